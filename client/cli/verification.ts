// aivmd tx verification attest
// aivmd query verification  params | attestations | tally | pending
import type { Command } from 'commander';
import { aivm } from '../../proto/index.js';
import { formatReport } from '../kernel/index.js';
import { aivmMsgs } from '../sdk/messages.js';
import { queryGroup, subcommand, txGroup } from './command-tree.js';
import { CliError, print } from './common.js';
import {
  addPageOptions,
  chainVerificationParams,
  kernelPublishFields,
  moduleQuery,
  msgResponse,
  pageFooter,
  pageRequest,
  parseHex64,
  protoJson,
  requirePassingKernel,
  runModuleTx,
  statusText,
  type PageCliOptions,
} from './model-common.js';
import { addQueryOptions, queryNodeUrl, type QueryCliOptions } from './query.js';
import { resolveNodeUrl } from './rpc.js';
import { addTxOptions, type TxCliOptions } from './tx-runner.js';

const vfy = aivm.verification.v1;
const ver = aivm.versioning.v1;

function paramsText(p: Record<string, any>): string {
  const list = (xs: string[]) => (xs.length ? xs.join(', ') : '(none)');
  return [
    `schema versions:        ${list(p.schema_versions)}`,
    `runtimes:               ${list(p.allowed_runtimes)}`,
    `os:                     ${list(p.allowed_os)}`,
    `architectures:          ${list(p.allowed_architectures)}`,
    `hardware:               ${list(p.allowed_hardware)}`,
    `entrypoint languages:   ${list(p.allowed_entrypoint_languages)}`,
    `allowed formats:        ${list(p.allowed_formats)}`,
    `forbidden formats:      ${list(p.forbidden_formats)}${p.allow_pickle ? ' (pickle allowed)' : ''}`,
    `max kernel bytes:       ${p.max_kernel_bytes}`,
    `max file bytes:         ${p.max_file_bytes}`,
    `max files:              ${p.max_files}`,
    `quorum:                 ${p.quorum} of voting power`,
    `deadline:               ${p.deadline_blocks} blocks after publication`,
  ].join('\n');
}

function tallyText(t: Record<string, any>): string {
  return [
    `version:      ${t.model}@${t.version}`,
    `status:       ${statusText(t.status)}${statusText(t.status) === 'PENDING' ? ` (deadline height ${t.deadline_height})` : ''}`,
    `pass:         ${t.pass_power} of ${t.total_power} voting power (${t.pass_count} attestation${t.pass_count === 1 ? '' : 's'}; verified at ${t.pass_threshold}, quorum ${t.quorum})`,
    `fail:         ${t.fail_power} of ${t.total_power} voting power (${t.fail_count} attestation${t.fail_count === 1 ? '' : 's'}; rejected above ${t.fail_threshold})`,
  ].join('\n');
}

export function registerVerificationCommands(program: Command): void {
  const tx = subcommand(txGroup(program), 'verification', 'verification transactions: attest a pending version (validator operators)');

  addTxOptions(
    tx
      .command('attest <model> <version>')
      .description(
        "attest a PENDING version as a validator's operator account: pass or fail, with the digest of the standard-check report. --kernel <dir> computes the digest by running the standard checks locally with the chain's params",
      )
      .option('--pass', 'the kernel passes the standard checks')
      .option('--fail', 'the kernel fails them (or cannot be fetched)')
      .option('--report-digest <hex>', 'sha256 of the canonical report, 64 hex characters')
      .option('--kernel <dir>', 'the kernel directory of this version: compute the report digest from it (and refuse --pass when it fails a check or is not the published kernel)'),
  ).action(async (model: string, version: string, o: TxCliOptions & { pass?: boolean; fail?: boolean; reportDigest?: string; kernel?: string }) => {
    if (o.pass === o.fail) throw new CliError('BAD_FLAG', 'give exactly one of --pass and --fail');
    const pass = o.pass === true;
    if (o.reportDigest === undefined && o.kernel === undefined) throw new CliError('BAD_FLAG', '--report-digest <hex> is required, or --kernel <dir> to compute it');
    let reportDigest = o.reportDigest !== undefined ? parseHex64(o.reportDigest, '--report-digest') : undefined;
    if (o.kernel !== undefined) {
      const url = resolveNodeUrl(o);
      const r = await moduleQuery(url, '/aivm.versioning.v1.Query/Version', ver.QueryVersionRequest, { model, version }, ver.QueryVersionResponse);
      const onChain = r.version;
      if (!onChain) throw new CliError('VERSION_NOT_FOUND', `no version ${model}@${version}`);
      const k = await kernelPublishFields(o.kernel, await chainVerificationParams(url), `checking ${o.kernel}`);
      if (reportDigest !== undefined && reportDigest !== k.digest) {
        throw new CliError('BAD_FLAG', `--report-digest ${reportDigest} differs from the digest of the report on ${o.kernel} (${k.digest}); leave it out with --kernel`);
      }
      reportDigest = k.digest;
      if (pass) {
        requirePassingKernel(o.kernel, k, `${model}@${version} cannot be attested as passing`);
        if (k.manifestDigest !== onChain.manifestDigest) {
          throw new CliError(
            'KERNEL_MISMATCH',
            `${o.kernel}/aivm.json has sha256 ${k.manifestDigest}, but ${model}@${version} was published with manifest digest ${onChain.manifestDigest}: this is not the published kernel, so it cannot be attested as passing`,
          );
        }
      } else if (k.report.pass && k.manifestDigest === onChain.manifestDigest) {
        process.stderr.write(`warning: ${o.kernel} passes every standard check, and you attest ${model}@${version} as failing\n`);
      } else if (!k.report.pass && o.output !== 'json') {
        process.stderr.write(formatReport(k.report, { digest: k.digest }));
      }
    }
    const digest = reportDigest!;
    await runModuleTx(o, (attester) => [aivmMsgs.attestVersion({ attester, model, version, pass, reportDigest: digest })], {
      summary: `attest ${model}@${version}: ${pass ? 'pass' : 'fail'} (report ${digest})`,
      describeResult: (r) => {
        const res = msgResponse(r, 0, vfy.MsgAttestVersionResponse);
        return `attested ${model}@${version} ${pass ? 'pass' : 'fail'}${res ? `; the version is now ${statusText(res.status)}` : ''}`;
      },
    });
  });

  // ---- queries -------------------------------------------------------------------------------

  const q = subcommand(queryGroup(program), 'verification', 'verification queries: the execution standard, attestations, tallies, pending versions');

  addQueryOptions(q.command('params').description('the AIVM execution standard (what kernels must satisfy), quorum and deadline')).action(async (o: QueryCliOptions) => {
    const r = await moduleQuery(queryNodeUrl(o), '/aivm.verification.v1.Query/Params', vfy.QueryParamsRequest, {}, vfy.QueryParamsResponse);
    if (!r.params) throw new CliError('QUERY_FAILED', 'the node returned no verification params');
    print(o.output, protoJson(vfy.Params, r.params as aivm.verification.v1.Params), paramsText);
  });

  addQueryOptions(addPageOptions(q.command('attestations <model> <version>').description('the attestations of a version, by attester'))).action(
    async (model: string, version: string, o: QueryCliOptions & PageCliOptions) => {
      const r = await moduleQuery(queryNodeUrl(o), '/aivm.verification.v1.Query/Attestations', vfy.QueryAttestationsRequest, { model, version, pagination: pageRequest(o) }, vfy.QueryAttestationsResponse);
      print(o.output, protoJson(vfy.QueryAttestationsResponse, r), (d) =>
        [
          ...(d.attestations.length === 0
            ? [`(no attestations of ${model}@${version})`]
            : d.attestations.map((a: any) => `${a.attester}  ${a.pass ? 'pass' : 'FAIL'}  report ${a.report_digest}  height ${a.height}`)),
          ...pageFooter(d.pagination),
        ].join('\n'),
      );
    },
  );

  addQueryOptions(q.command('tally <model> <version>').description('pass and fail voting power of a version, thresholds and status')).action(async (model: string, version: string, o: QueryCliOptions) => {
    const r = await moduleQuery(queryNodeUrl(o), '/aivm.verification.v1.Query/Tally', vfy.QueryTallyRequest, { model, version }, vfy.QueryTallyResponse);
    if (!r.tally) throw new CliError('QUERY_FAILED', `the node returned no tally for ${model}@${version}`);
    print(o.output, protoJson(vfy.Tally, r.tally as aivm.verification.v1.Tally), tallyText);
  });

  addQueryOptions(addPageOptions(q.command('pending').description('PENDING versions by deadline, soonest first (what verifiers work on)'))).action(async (o: QueryCliOptions & PageCliOptions) => {
    const r = await moduleQuery(queryNodeUrl(o), '/aivm.verification.v1.Query/PendingVersions', vfy.QueryPendingVersionsRequest, { pagination: pageRequest(o) }, vfy.QueryPendingVersionsResponse);
    print(o.output, protoJson(vfy.QueryPendingVersionsResponse, r), (d) =>
      [...(d.versions.length === 0 ? ['(no pending versions)'] : d.versions.map((v: any) => `${v.model}@${v.version}  deadline height ${v.deadline_height}`)), ...pageFooter(d.pagination)].join('\n'),
    );
  });
}
