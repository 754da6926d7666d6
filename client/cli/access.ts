// aivmd tx access  grant | revoke
// aivmd query access  grants | has-access
import type { Command } from 'commander';
import { aivm } from '../../proto/index.js';
import { aivmMsgs } from '../sdk/messages.js';
import { queryGroup, subcommand, txGroup } from './command-tree.js';
import { CliError, print } from './common.js';
import { addPageOptions, allowSubcommandVersionOptions, moduleQuery, pageFooter, pageRequest, parsePurpose, protoJson, purposeText, runModuleTx, type PageCliOptions } from './model-common.js';
import { addQueryOptions, queryNodeUrl, type QueryCliOptions } from './query.js';
import { addTxOptions, parseAddressArg, type TxCliOptions } from './tx-runner.js';

const acc = aivm.access.v1;

const UNIT_SECONDS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86_400, w: 604_800 };
const RFC3339_RE = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;

/**
 * --expires: Unix seconds (`1767225600`), an RFC 3339 time (`2027-01-01T00:00:00Z`), a duration
 * from now (`+30d`, `+12h`, `+1w2d`; units s m h d w), or `never`/`0` (no expiry). Returns Unix
 * seconds (0 = never). `nowMs` is the local clock; the chain compares with block time.
 */
export function parseExpires(text: string, nowMs: number = Date.now()): number {
  const t = text.trim();
  if (t === 'never' || t === '0') return 0;
  if (/^[0-9]+$/.test(t)) {
    const n = Number(t);
    if (!Number.isSafeInteger(n)) throw new CliError('BAD_FLAG', `--expires ${t} is too large for Unix seconds`);
    return n;
  }
  if (t.startsWith('+')) {
    const parts = [...t.slice(1).matchAll(/(\d+)([smhdw])/g)];
    if (parts.length === 0 || parts.map((p) => p[0]).join('') !== t.slice(1)) {
      throw new CliError('BAD_FLAG', `--expires ${JSON.stringify(text)} is not a duration such as +30d, +12h or +1w2d (units s, m, h, d, w)`);
    }
    const seconds = parts.reduce((s, p) => s + Number(p[1]) * UNIT_SECONDS[p[2]!]!, 0);
    if (seconds <= 0 || !Number.isSafeInteger(seconds)) throw new CliError('BAD_FLAG', `--expires ${JSON.stringify(text)} must be a positive duration`);
    return Math.floor(nowMs / 1000) + seconds;
  }
  const m = RFC3339_RE.exec(t);
  if (m) {
    const ms = Date.parse(t.replace(' ', 'T'));
    // Date.parse rolls 2027-02-30 over to March; refuse dates that do not exist.
    const [, y, mo, d] = m;
    const check = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
    if (Number.isNaN(ms) || check.getUTCMonth() !== Number(mo) - 1 || check.getUTCDate() !== Number(d)) throw new CliError('BAD_FLAG', `--expires ${JSON.stringify(text)} is not a valid date and time`);
    if (ms < 0) throw new CliError('BAD_FLAG', `--expires ${JSON.stringify(text)} is before 1970`);
    return Math.floor(ms / 1000);
  }
  throw new CliError(
    'BAD_FLAG',
    `--expires ${JSON.stringify(text)} is not Unix seconds, an RFC 3339 time (2027-01-01T00:00:00Z), a duration from now (+30d, +12h) or "never"`,
  );
}

function expiryText(expiresAt: string | number): string {
  const n = Number(expiresAt);
  return n === 0 ? 'never expires' : `expires ${new Date(n * 1000).toISOString()} (${n})`;
}

function grantLine(e: Record<string, any>): string {
  const g = e.grant;
  return `${g.model}${g.version ? `@${g.version}` : ' (all versions)'}  ${g.grantee}  ${purposeText(g.purpose)}  ${expiryText(g.expires_at)}  ${e.active ? 'active' : 'EXPIRED'}`;
}

export function registerAccessCommands(program: Command): void {
  allowSubcommandVersionOptions(program);
  const tx = subcommand(txGroup(program), 'access', 'access grants of private models: grant, revoke (owner only)');

  addTxOptions(
    tx
      .command('grant <model> <grantee>')
      .description('let an account obtain the content key of a private model (or one version) from the owner\'s key server; granting again replaces the expiry')
      .option('--purpose <purpose>', 'execute (run the model) or verify (validators checking a version)')
      .option('--version <version>', 'only this version (default: every version of the model)')
      .option('--expires <when>', 'Unix seconds, RFC 3339 (2027-01-01T00:00:00Z), a duration from now (+30d, +12h) or never (default)'),
  ).action(async (model: string, grantee: string, o: TxCliOptions & { purpose?: string; version?: string; expires?: string }) => {
    parseAddressArg(grantee, 'grantee');
    const purpose = parsePurpose(o.purpose);
    const expiresAt = o.expires === undefined ? 0 : parseExpires(o.expires);
    const what = `${model}${o.version ? `@${o.version}` : ''}`;
    await runModuleTx(o, (owner) => [aivmMsgs.grantAccess({ owner, model, version: o.version ?? '', grantee, purpose, expiresAt })], {
      summary: `grant ${purposeText(purpose)} access to ${what} to ${grantee} (${expiryText(expiresAt)})`,
      describeResult: () => `${grantee} may ${purposeText(purpose)} ${what}; the grant ${expiryText(expiresAt)}`,
    });
  });

  addTxOptions(
    tx
      .command('revoke <model> <grantee>')
      .description('delete a grant: future key deliveries stop, but keys already delivered cannot be taken back (publish the next version under a new key)')
      .option('--purpose <purpose>', 'execute or verify (the grant to delete)')
      .option('--version <version>', 'the grant of this one version (default: the model-wide grant)'),
  ).action(async (model: string, grantee: string, o: TxCliOptions & { purpose?: string; version?: string }) => {
    parseAddressArg(grantee, 'grantee');
    const purpose = parsePurpose(o.purpose);
    const what = `${model}${o.version ? `@${o.version}` : ''}`;
    await runModuleTx(o, (owner) => [aivmMsgs.revokeAccess({ owner, model, version: o.version ?? '', grantee, purpose })], {
      summary: `revoke ${purposeText(purpose)} access to ${what} from ${grantee}`,
      describeResult: () => `revoked ${purposeText(purpose)} access to ${what} from ${grantee}`,
    });
  });

  // ---- queries -------------------------------------------------------------------------------

  const q = subcommand(queryGroup(program), 'access', 'access grant queries');

  addQueryOptions(
    addPageOptions(
      q
        .command('grants')
        .description('the grants of a model (--model) or held by an account (--grantee), with whether each is still active')
        .option('--model <name>', 'grants of this model')
        .option('--grantee <address>', 'grants held by this account'),
    ),
  ).action(async (o: QueryCliOptions & PageCliOptions & { model?: string; grantee?: string }) => {
    if ((o.model === undefined) === (o.grantee === undefined)) throw new CliError('BAD_FLAG', 'give exactly one of --model <name> and --grantee <address>');
    const url = queryNodeUrl(o);
    const pagination = pageRequest(o);
    let r: aivm.access.v1.QueryGrantsResponse;
    if (o.model !== undefined) {
      r = await moduleQuery(url, '/aivm.access.v1.Query/GrantsByModel', acc.QueryGrantsByModelRequest, { model: o.model, pagination }, acc.QueryGrantsResponse);
    } else {
      parseAddressArg(o.grantee!, '--grantee');
      r = await moduleQuery(url, '/aivm.access.v1.Query/GrantsByGrantee', acc.QueryGrantsByGranteeRequest, { grantee: o.grantee!, pagination }, acc.QueryGrantsResponse);
    }
    print(o.output, protoJson(acc.QueryGrantsResponse, r), (d) => [...(d.grants.length === 0 ? ['(no grants)'] : d.grants.map(grantLine)), ...pageFooter(d.pagination)].join('\n'));
  });

  addQueryOptions(
    q
      .command('has-access <model> <grantee>')
      .description('whether an account holds an honoured grant on a model (or a version), and which (what a key server asks)')
      .option('--version <version>', 'also accept a grant of this one version')
      .option('--purpose <purpose>', 'execute or verify (default: any)'),
  ).action(async (model: string, grantee: string, o: QueryCliOptions & { version?: string; purpose?: string }) => {
    parseAddressArg(grantee, 'grantee');
    const purpose = o.purpose === undefined ? acc.Purpose.PURPOSE_UNSPECIFIED : parsePurpose(o.purpose);
    const r = await moduleQuery(queryNodeUrl(o), '/aivm.access.v1.Query/HasAccess', acc.QueryHasAccessRequest, { model, grantee, version: o.version ?? '', purpose }, acc.QueryHasAccessResponse);
    print(o.output, protoJson(acc.QueryHasAccessResponse, r), (d) => (d.has_access ? `yes: ${grantLine({ grant: d.grant, active: true })}` : `no: ${grantee} holds no honoured grant on ${model}${o.version ? `@${o.version}` : ''}`));
  });
}
