// aivmd tx versioning  publish | yank | unyank | deprecate | set-alias | remove-alias | fork | record-mirror
// aivmd query versioning  version | versions | resolve | lineage | mirrors | aliases
import type { Command } from 'commander';
import { cidProblem } from '../../modules/versioning/cid.js';
import { aivm } from '../../proto/index.js';
import { aivmMsgs } from '../sdk/messages.js';
import { queryGroup, subcommand, txGroup } from './command-tree.js';
import { CliError, print } from './common.js';
import {
  addPageOptions,
  allowSubcommandVersionOptions,
  chainVerificationParams,
  kernelPublishFields,
  moduleQuery,
  msgResponse,
  pageFooter,
  pageRequest,
  parseHex64,
  parseRef,
  parseRefList,
  parseUint,
  protoJson,
  readPublicManifestFile,
  requirePassingKernel,
  runModuleTx,
  statusText,
  type PageCliOptions,
} from './model-common.js';
import { addQueryOptions, queryNodeUrl, type QueryCliOptions } from './query.js';
import { addEndpointOptions, addMetadataOptions, metadataFields, visibilityFlags, type EndpointFlags, type MetadataFlags } from './registry.js';
import { resolveNodeUrl } from './rpc.js';
import { addTxOptions, type TxCliOptions } from './tx-runner.js';

const ver = aivm.versioning.v1;

/** The content flags of publish and fork. */
interface ContentFlags {
  cid?: string;
  size?: string;
  manifestDigest?: string;
  publicManifest?: string;
  kernel?: string;
  encrypted?: boolean;
  keyFingerprint?: string;
}

interface Content {
  rootCid: string;
  size: number;
  manifestDigest: string;
  publicManifest: string;
  encrypted: boolean;
  keyFingerprint: string;
}

const KERNEL_HELP =
  'a kernel directory: run the standard checks locally with the chain\'s params first (refusing when they fail), and take --size, --manifest-digest and --public-manifest from it. The root CID must still be given with --cid: uploading kernels comes in a later release';

function addContentOptions(cmd: Command, cidRequired: boolean): Command {
  return cmd
    .option('--cid <root-cid>', `the kernel's root CID (CIDv1 base32, "bafy…"/"bafk…", 59 characters)${cidRequired ? '' : '; without it the fork copies the source version\'s content'}`)
    .option('--kernel <dir>', KERNEL_HELP)
    .option('--size <bytes>', 'kernel size in bytes (with --kernel: the sum of its file sizes)')
    .option('--manifest-digest <sha256>', 'sha256 of aivm.json, 64 hex characters (with --kernel: computed)')
    .option('--public-manifest <file.json>', 'the public part of the manifest, or a full aivm.json whose public part is taken (with --kernel: computed)')
    .option('--encrypted', 'the kernel is encrypted (private models only); needs --key-fingerprint')
    .option('--key-fingerprint <hex>', 'encrypted kernels: the content key fingerprint, 64 hex characters');
}

/**
 * The content fields of the flags. With --kernel the directory is checked first (KERNEL_CHECK_FAILED
 * with the report on stderr when it fails) and gives the size, manifest digest and public manifest.
 */
async function contentFromFlags(o: ContentFlags & { home: string; node?: string }, ref: string): Promise<Content> {
  if (o.cid === undefined) throw new CliError('BAD_FLAG', `--cid <root CID> is required: the root CID of the kernel (CIDv1 base32). ${o.kernel !== undefined ? '--kernel checks the directory but does not upload it yet, so the CID must be given' : ''}`.trim());
  const rootCid = o.cid.trim();
  const cp = cidProblem(rootCid);
  if (cp) throw new CliError('BAD_FLAG', `--cid ${JSON.stringify(o.cid)} ${cp}`);
  const encrypted = o.encrypted === true;
  if (encrypted && o.keyFingerprint === undefined) throw new CliError('BAD_FLAG', '--encrypted needs --key-fingerprint <64 hex>: the fingerprint of the content key');
  if (!encrypted && o.keyFingerprint !== undefined) throw new CliError('BAD_FLAG', '--key-fingerprint is only for encrypted kernels: add --encrypted');
  const keyFingerprint = o.keyFingerprint !== undefined ? parseHex64(o.keyFingerprint, '--key-fingerprint') : '';
  const givenSize = o.size !== undefined ? parseUint(o.size, '--size', { min: 1 }) : undefined;
  const givenDigest = o.manifestDigest !== undefined ? parseHex64(o.manifestDigest, '--manifest-digest') : undefined;
  const givenPublic = o.publicManifest !== undefined ? await readPublicManifestFile(o.publicManifest) : undefined;

  if (o.kernel === undefined) {
    const missing = [givenSize === undefined ? '--size' : '', givenDigest === undefined ? '--manifest-digest' : '', givenPublic === undefined ? '--public-manifest' : ''].filter(Boolean);
    if (missing.length > 0) throw new CliError('BAD_FLAG', `${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} required, or give --kernel <dir> to take them from the kernel directory`);
    return { rootCid, size: givenSize!, manifestDigest: givenDigest!, publicManifest: givenPublic!, encrypted, keyFingerprint };
  }

  const params = await chainVerificationParams(resolveNodeUrl(o));
  const k = await kernelPublishFields(o.kernel, params, `checking ${o.kernel}`);
  requirePassingKernel(o.kernel, k, `${ref} is not published`);
  // An encrypted kernel's stored size is the ciphertext's: --size then wins over the directory's.
  const size = encrypted && givenSize !== undefined ? givenSize : k.size;
  if (!encrypted && givenSize !== undefined && givenSize !== k.size) throw new CliError('BAD_FLAG', `--size ${givenSize} differs from the size of ${o.kernel} (${k.size} bytes); leave --size out with --kernel`);
  if (givenDigest !== undefined && givenDigest !== k.manifestDigest) throw new CliError('BAD_FLAG', `--manifest-digest ${givenDigest} differs from the sha256 of ${o.kernel}/aivm.json (${k.manifestDigest}); leave it out with --kernel`);
  if (givenPublic !== undefined && givenPublic !== k.publicManifest) throw new CliError('BAD_FLAG', `--public-manifest ${o.publicManifest} differs from the public part of ${o.kernel}/aivm.json; leave it out with --kernel`);
  const m = JSON.parse(k.publicManifest!) as { name?: string; version?: string };
  const [model, version] = [ref.slice(0, ref.indexOf('@')), ref.slice(ref.indexOf('@') + 1)];
  if (m.version !== version) process.stderr.write(`warning: ${o.kernel}/aivm.json says version ${m.version}, publishing it as ${version}\n`);
  if (m.name !== model) process.stderr.write(`warning: ${o.kernel}/aivm.json says name ${m.name}, publishing it in model ${model}\n`);
  return { rootCid, size, manifestDigest: k.manifestDigest, publicManifest: k.publicManifest!, encrypted, keyFingerprint };
}

function hasContentFlags(o: ContentFlags): boolean {
  return [o.cid, o.kernel, o.size, o.manifestDigest, o.publicManifest, o.keyFingerprint].some((x) => x !== undefined) || o.encrypted === true;
}

// ---- text output ------------------------------------------------------------------------------

function refOf(v: { model?: string; version?: string } | Record<string, any>): string {
  return `${v.model}@${v.version}`;
}

/** A version (proto JSON) as text. */
export function versionText(v: Record<string, any>): string {
  const marks = [v.yanked ? `YANKED (${v.yank_reason})` : '', v.deprecated ? `deprecated (${v.deprecation_reason})` : ''].filter(Boolean);
  const status = statusText(v.status);
  const lines = [
    `version:          ${refOf(v)}`,
    `status:           ${status}${status === 'PENDING' ? ` (deadline height ${v.deadline_height})` : ` (since height ${v.status_height})`}${marks.length ? `, ${marks.join(', ')}` : ''}`,
    `root cid:         ${v.root_cid}`,
    `size:             ${v.size} bytes`,
    `manifest digest:  ${v.manifest_digest}`,
    `encrypted:        ${v.encrypted ? `yes (key fingerprint ${v.key_fingerprint})` : 'no'}`,
    `parents:          ${v.parents.length ? v.parents.map(refOf).join(', ') : '(none)'}`,
    `publisher:        ${v.publisher}`,
    `published:        height ${v.published_height} (${new Date(Number(v.published_time) * 1000).toISOString()})`,
  ];
  if (v.changelog) lines.push('changelog:', ...String(v.changelog).split('\n').map((l) => `  ${l}`));
  return lines.join('\n');
}

function versionsText(d: { versions: Array<Record<string, any>>; pagination?: Record<string, any> }): string {
  if (d.versions.length === 0) return ['(no versions)', ...pageFooter(d.pagination)].join('\n');
  const w = Math.max(7, ...d.versions.map((v) => v.version.length));
  const lines = [`${'VERSION'.padEnd(w)}  ${'STATUS'.padEnd(9)}  ${'MARKS'.padEnd(18)}  ${'HEIGHT'.padEnd(8)}  ROOT CID`];
  for (const v of d.versions) {
    const marks = [v.yanked ? 'yanked' : '', v.deprecated ? 'deprecated' : ''].filter(Boolean).join(',') || '-';
    lines.push(`${v.version.padEnd(w)}  ${statusText(v.status).padEnd(9)}  ${marks.padEnd(18)}  ${String(v.published_height).padEnd(8)}  ${v.root_cid}`);
  }
  return [...lines, ...pageFooter(d.pagination)].join('\n');
}

function viaText(via: string, alias: string): string {
  if (via === 'RESOLVED_VIA_ALIAS') return `alias ${alias}`;
  if (via === 'RESOLVED_VIA_LATEST') return 'latest (the highest VERIFIED, non-yanked version)';
  if (via === 'RESOLVED_VIA_EXACT') return 'exact version';
  return via;
}

function lineageText(d: Record<string, any>): string {
  const lines = [`lineage of ${refOf(d.root)}: ${d.nodes.length} version${d.nodes.length === 1 ? '' : 's'}, ${d.edges.length} edge${d.edges.length === 1 ? '' : 's'}${d.truncated ? ' (truncated)' : ''}`];
  for (const n of d.nodes) lines.push(`  ${refOf(n.ref).padEnd(40)}  ${statusText(n.status)}${n.yanked ? ', yanked' : ''}`);
  if (d.edges.length) lines.push('edges (parent → child):', ...d.edges.map((e: any) => `  ${refOf(e.parent)} → ${refOf(e.child)}`));
  return lines.join('\n');
}

const DIRECTIONS: Record<string, aivm.versioning.v1.LineageDirection> = {
  ancestors: ver.LineageDirection.LINEAGE_DIRECTION_ANCESTORS,
  descendants: ver.LineageDirection.LINEAGE_DIRECTION_DESCENDANTS,
  both: ver.LineageDirection.LINEAGE_DIRECTION_BOTH,
};

export function registerVersioningCommands(program: Command): void {
  allowSubcommandVersionOptions(program);
  const tx = subcommand(txGroup(program), 'versioning', 'model version transactions: publish, yank, deprecate, aliases, forks, mirrors');

  addTxOptions(
    addContentOptions(
      tx
        .command('publish <model> <version>')
        .description(
          'publish a version of a model (owner or maintainer); it is PENDING until validators attest it. Give the content with --cid and either --kernel <dir> or --size, --manifest-digest and --public-manifest',
        )
        .option('--parents <m@v,…>', 'where the version comes from: comma-separated model@version (one for an update, several for a merge, another model for a fork)')
        .option('--changelog <text>', 'what changed (≤ 4096 bytes)'),
      true,
    ),
  ).action(async (model: string, version: string, o: TxCliOptions & ContentFlags & { parents?: string; changelog?: string }) => {
    const parents = parseRefList(o.parents, '--parents entry');
    const c = await contentFromFlags(o, `${model}@${version}`);
    await runModuleTx(o, (publisher) => [aivmMsgs.publishVersion({ publisher, model, version, ...c, parents, changelog: o.changelog ?? '' })], {
      summary: `publish ${model}@${version} (${c.rootCid}, ${c.size} bytes)`,
      describeResult: (r) => {
        const res = msgResponse(r, 0, ver.MsgPublishVersionResponse);
        return `published ${model}@${version}: PENDING until validators attest it${res ? ` (deadline height ${res.deadlineHeight})` : ''}`;
      },
    });
  });

  addTxOptions(
    tx
      .command('yank <model> <version>')
      .description('mark a version as yanked (owner or maintainer): it is never "latest" and aliases to it stop resolving; it stays fetchable by exact version')
      .requiredOption('--reason <text>', 'why (shown to everyone who resolves it)'),
  ).action(async (model: string, version: string, o: TxCliOptions & { reason: string }) => {
    await runModuleTx(o, (sender) => [aivmMsgs.yankVersion({ sender, model, version, reason: o.reason })], {
      summary: `yank ${model}@${version}`,
      describeResult: () => `yanked ${model}@${version}`,
    });
  });

  addTxOptions(tx.command('unyank <model> <version>').description('clear the yank of a version (owner only)')).action(async (model: string, version: string, o: TxCliOptions) => {
    await runModuleTx(o, (owner) => [aivmMsgs.unyankVersion({ owner, model, version })], {
      summary: `unyank ${model}@${version}`,
      describeResult: () => `unyanked ${model}@${version}`,
    });
  });

  addTxOptions(
    tx
      .command('deprecate <model> <version>')
      .description('set an advisory deprecation mark with a reason, or clear it with --clear (owner or maintainer); it does not affect "latest"')
      .option('--reason <text>', 'why it is deprecated, e.g. "use 2.0.0"')
      .option('--clear', 'clear the deprecation mark instead'),
  ).action(async (model: string, version: string, o: TxCliOptions & { reason?: string; clear?: boolean }) => {
    if (o.clear && o.reason !== undefined) throw new CliError('BAD_FLAG', 'give either --reason (deprecate) or --clear (undo), not both');
    if (!o.clear && o.reason === undefined) throw new CliError('BAD_FLAG', '--reason <text> is required to deprecate (or --clear to clear the mark)');
    const deprecated = !o.clear;
    await runModuleTx(o, (sender) => [aivmMsgs.deprecateVersion({ sender, model, version, deprecated, reason: o.reason ?? '' })], {
      summary: `${deprecated ? 'deprecate' : 'clear the deprecation of'} ${model}@${version}`,
      describeResult: () => (deprecated ? `deprecated ${model}@${version}` : `${model}@${version} is no longer deprecated`),
    });
  });

  addTxOptions(tx.command('set-alias <model> <alias> <version>').description('point an alias (stable, prod, …) at a VERIFIED version; setting it again moves it (owner only)')).action(
    async (model: string, alias: string, version: string, o: TxCliOptions) => {
      await runModuleTx(o, (owner) => [aivmMsgs.setAlias({ owner, model, alias, version })], {
        summary: `set alias ${model}@${alias} → ${version}`,
        describeResult: () => `${model}@${alias} → ${model}@${version}`,
      });
    },
  );

  addTxOptions(tx.command('remove-alias <model> <alias>').description('delete an alias (owner only)')).action(async (model: string, alias: string, o: TxCliOptions) => {
    await runModuleTx(o, (owner) => [aivmMsgs.removeAlias({ owner, model, alias })], {
      summary: `remove alias ${model}@${alias}`,
      describeResult: () => `removed alias ${model}@${alias}`,
    });
  });

  addTxOptions(
    addContentOptions(
      addEndpointOptions(
        addMetadataOptions(
          tx
            .command('fork <source> <name>')
            .description(
              'create model <name> (owned by you) whose first version has <source> (model@version, VERIFIED) as its parent; it copies the source\'s content unless --cid is given with new content',
            )
            .option('--private', 'the new model is private (needs --key-endpoint)')
            .option('--version <version>', "the first version's number (default: the source's)")
            .option('--changelog <text>', 'what changed'),
        ),
      ),
      false,
    ),
  ).action(async (source: string, name: string, o: TxCliOptions & MetadataFlags & EndpointFlags & ContentFlags & { private?: boolean; version?: string; changelog?: string }) => {
    const src = parseRef(source, 'source');
    const vis = visibilityFlags(o);
    const content = hasContentFlags(o) ? await contentFromFlags(o, `${name}@${o.version ?? src.version}`) : undefined;
    await runModuleTx(
      o,
      (creator) => [
        aivmMsgs.forkModel({
          creator,
          sourceModel: src.model,
          sourceVersion: src.version,
          name,
          ...metadataFields(o),
          visibility: vis.visibility,
          ...(vis.keyEndpoint ? { keyEndpoint: vis.keyEndpoint } : {}),
          version: o.version ?? '',
          changelog: o.changelog ?? '',
          ...(content ?? {}),
        }),
      ],
      {
        summary: `fork ${src.model}@${src.version} into new model ${name}`,
        describeResult: (r) => {
          const res = msgResponse(r, 0, ver.MsgForkModelResponse);
          return res ? `forked ${src.model}@${src.version} into ${res.name}@${res.version}: PENDING (deadline height ${res.deadlineHeight})` : `forked ${src.model}@${src.version} into ${name}`;
        },
      },
    );
  });

  addTxOptions(
    tx
      .command('record-mirror <model> <version> <arweave-tx-id>')
      .description("record an Arweave copy (CAR file) of a version's kernel (a validator operator or the version's publisher)"),
  ).action(async (model: string, version: string, arweaveTxId: string, o: TxCliOptions) => {
    if (!/^[A-Za-z0-9_-]{43}$/.test(arweaveTxId)) throw new CliError('BAD_ARGS', `${JSON.stringify(arweaveTxId)} is not an Arweave transaction id (43 base64url characters)`);
    await runModuleTx(o, (sender) => [aivmMsgs.recordMirror({ sender, model, version, arweaveTxId })], {
      summary: `record Arweave mirror ${arweaveTxId} of ${model}@${version}`,
      describeResult: () => `recorded mirror ar://${arweaveTxId} of ${model}@${version}`,
    });
  });

  // ---- queries -------------------------------------------------------------------------------

  const q = subcommand(queryGroup(program), 'versioning', 'model version queries: versions, resolve, lineage, aliases, mirrors');

  addQueryOptions(q.command('version <model> <version>').description('one version: status, content, parents, marks')).action(async (model: string, version: string, o: QueryCliOptions) => {
    const r = await moduleQuery(queryNodeUrl(o), '/aivm.versioning.v1.Query/Version', ver.QueryVersionRequest, { model, version }, ver.QueryVersionResponse);
    if (!r.version) throw new CliError('VERSION_NOT_FOUND', `no version ${model}@${version}`);
    print(o.output, protoJson(ver.Version, r.version as aivm.versioning.v1.Version), versionText);
  });

  addQueryOptions(addPageOptions(q.command('versions <model>').description('the versions of a model in semver order (--reverse: newest first)'))).action(
    async (model: string, o: QueryCliOptions & PageCliOptions) => {
      const r = await moduleQuery(queryNodeUrl(o), '/aivm.versioning.v1.Query/Versions', ver.QueryVersionsRequest, { model, pagination: pageRequest(o) }, ver.QueryVersionsResponse);
      print(o.output, protoJson(ver.QueryVersionsResponse, r), versionsText);
    },
  );

  addQueryOptions(
    q.command('resolve <ref>').description('resolve name (= latest), name@latest, name@1.2.0 (exact, any status) or name@<alias> to a version'),
  ).action(async (ref: string, o: QueryCliOptions) => {
    const r = await moduleQuery(queryNodeUrl(o), '/aivm.versioning.v1.Query/Resolve', ver.QueryResolveRequest, { ref }, ver.QueryResolveResponse);
    print(o.output, protoJson(ver.QueryResolveResponse, r), (d) => `${ref} → ${refOf(d.version)} via ${viaText(d.via, d.alias)}\n${versionText(d.version)}`);
  });

  addQueryOptions(
    q
      .command('lineage <ref>')
      .description('the ancestors and/or descendants of a version (model@version), across models')
      .option('--depth <n>', 'how many steps to walk (1–64)', '8')
      .option('--direction <dir>', 'ancestors, descendants or both', 'both'),
  ).action(async (ref: string, o: QueryCliOptions & { depth: string; direction: string }) => {
    const { model, version } = parseRef(ref);
    const depth = parseUint(o.depth, '--depth', { min: 1, max: 64 });
    const direction = DIRECTIONS[o.direction.trim().toLowerCase()];
    if (direction === undefined) throw new CliError('BAD_FLAG', `--direction must be ancestors, descendants or both, not ${JSON.stringify(o.direction)}`);
    const r = await moduleQuery(queryNodeUrl(o), '/aivm.versioning.v1.Query/Lineage', ver.QueryLineageRequest, { model, version, depth, direction }, ver.QueryLineageResponse);
    print(o.output, protoJson(ver.QueryLineageResponse, r), lineageText);
  });

  addQueryOptions(q.command('mirrors <ref>').description('the Arweave mirrors of a version (model@version)')).action(async (ref: string, o: QueryCliOptions) => {
    const { model, version } = parseRef(ref);
    const r = await moduleQuery(queryNodeUrl(o), '/aivm.versioning.v1.Query/Mirrors', ver.QueryMirrorsRequest, { model, version }, ver.QueryMirrorsResponse);
    print(o.output, protoJson(ver.QueryMirrorsResponse, r), (d) =>
      d.mirrors.length === 0 ? `(no mirrors of ${ref})` : d.mirrors.map((m: any) => `ar://${m.arweave_tx_id}  recorded by ${m.recorder} at height ${m.height}`).join('\n'),
    );
  });

  addQueryOptions(addPageOptions(q.command('aliases <model>').description('the aliases of a model'))).action(async (model: string, o: QueryCliOptions & PageCliOptions) => {
    const r = await moduleQuery(queryNodeUrl(o), '/aivm.versioning.v1.Query/Aliases', ver.QueryAliasesRequest, { model, pagination: pageRequest(o) }, ver.QueryAliasesResponse);
    print(o.output, protoJson(ver.QueryAliasesResponse, r), (d) =>
      [...(d.aliases.length === 0 ? [`(no aliases of ${model})`] : d.aliases.map((a: any) => `${model}@${a.alias} → ${a.version}  (set at height ${a.set_height})`)), ...pageFooter(d.pagination)].join('\n'),
    );
  });
}
