// A randomized simulation of the model repository: weighted random messages of every module
// (most valid, some deliberately not), many per block, from a seeded PRNG (mulberry32) in the
// test only; the chain itself never sees randomness. Invariants are checked after every block.
import { MsgSend } from 'cosmjs-types/cosmos/bank/v1beta1/tx';
import { toHex } from '../../chain/bytes.js';
import type { EncodedMsg } from '../../client/signing/tx-builder.js';
import { DEFAULT_VERIFICATION_PARAMS } from '../../modules/verification/params.js';
import { TestChain, type TestAccount } from '../harness/chain.js';
import { mulberry32 } from '../harness/prng.js';
import { ARWEAVE_TX, attestMsg, createModelMsg, hex, KEY_ENDPOINT, M, publishMsg, Purpose, signAll, Status, Visibility } from './helpers.js';

export { mulberry32 };

export interface SimResult {
  readonly chain: TestChain;
  readonly appHashes: string[];
  /** Per message kind: [succeeded, failed]. */
  readonly stats: Record<string, [number, number]>;
  /** Per message kind, the distinct refusal codes seen ("codespace/code"). */
  readonly refusals: Record<string, string[]>;
}

const USERS = ['u0', 'u1', 'u2', 'u3', 'u4'];
const TAGS = ['llm', 'vision', 'audio', 'small', 'onnx'];
const TASKS = ['', 'text-generation', 'image-classification', 'asr'];
const ALIASES = ['stable', 'prod', 'beta'];

export function simulate(seed: number, blocks: number): SimResult {
  const chain = TestChain.create({
    accounts: USERS,
    validatorPowers: [10, 20, 30, 40],
    appState: { verification: { params: { ...DEFAULT_VERIFICATION_PARAMS, deadline_blocks: 10 } } },
  });
  const rnd = mulberry32(seed);
  const int = (n: number) => Math.floor(rnd() * n);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)]!;
  const chance = (p: number) => rnd() < p;
  const users = USERS.map((n) => chain.account(n));
  const vals = [0, 1, 2, 3].map((i) => chain.account(`val${i}`));
  const everyone = [...users, ...vals];
  const byAddress = new Map(everyone.map((a) => [a.address, a]));
  const k = chain.keepers;
  const stats: Record<string, [number, number]> = {};
  const appHashes: string[] = [];
  const refusals: Record<string, string[]> = {};

  const subset = <T>(xs: readonly T[], max: number): T[] => xs.filter(() => chance(max / xs.length / 2));
  const versionString = () => `${int(3)}.${int(4)}.${int(3)}${chance(0.2) ? `-rc.${int(3)}` : ''}`;

  for (let b = 0; b < blocks; b++) {
    const ctx = chain.ctx();
    const models = [...k.registry.models(ctx)];
    const versions = [...k.versioning.allVersions(ctx)];
    const verified = versions.filter((v) => v.status === Status.VERSION_STATUS_VERIFIED);
    const pending = versions.filter((v) => v.status === Status.VERSION_STATUS_PENDING);
    const grants = [...k.access.allGrants(ctx)].map((g) => g.grant);
    const aliases = [...k.versioning.allAliases(ctx)];
    const ownerOf = (name: string) => byAddress.get(models.find((m) => m.name === name)?.owner ?? '') ?? pick(users);
    /** Usually the rightful signer, sometimes anyone (which must fail cleanly). */
    const signerFor = (rightful: TestAccount) => (chance(0.85) ? rightful : pick(everyone));

    type Gen = () => [string, TestAccount, EncodedMsg] | undefined;
    const gens: Array<[number, Gen]> = [
      [8, () => {
        const who = pick(users);
        const priv = chance(0.25);
        return ['createModel', who, createModelMsg(who, `model-${int(10)}`, { tags: subset(TAGS, 2), task: pick(TASKS), visibility: priv ? Visibility.VISIBILITY_PRIVATE : Visibility.VISIBILITY_PUBLIC, keyEndpoint: priv ? KEY_ENDPOINT : undefined })];
      }],
      [4, () => {
        if (!models.length) return undefined;
        const m = pick(models);
        const who = signerFor(chance(0.5) ? ownerOf(m.name) : (byAddress.get(pick([...m.maintainers, m.owner])) ?? pick(users)));
        return ['updateModel', who, M.updateModel({ sender: who.address, name: m.name, description: `d${int(100)}`, tags: subset(TAGS, 2), task: pick(TASKS), updateMask: chance(0.5) ? ['tags', 'task'] : [] })];
      }],
      [1, () => {
        if (!models.length) return undefined;
        const m = pick(models);
        const who = signerFor(ownerOf(m.name));
        return ['transferOwnership', who, M.transferOwnership({ owner: who.address, name: m.name, newOwner: pick(users).address })];
      }],
      [3, () => {
        if (!models.length) return undefined;
        const m = pick(models);
        const who = signerFor(ownerOf(m.name));
        return ['addMaintainer', who, M.addMaintainer({ owner: who.address, name: m.name, maintainer: pick(users).address })];
      }],
      [2, () => {
        const m = models.find((x) => x.maintainers.length > 0);
        if (!m) return undefined;
        const who = signerFor(ownerOf(m.name));
        return ['removeMaintainer', who, M.removeMaintainer({ sender: who.address, name: m.name, maintainer: pick(m.maintainers) })];
      }],
      [2, () => {
        if (!models.length) return undefined;
        const m = pick(models);
        const who = signerFor(ownerOf(m.name));
        const priv = chance(0.5);
        return ['setVisibility', who, M.setVisibility({ owner: who.address, name: m.name, visibility: priv ? Visibility.VISIBILITY_PRIVATE : Visibility.VISIBILITY_PUBLIC, keyEndpoint: priv ? KEY_ENDPOINT : undefined })];
      }],
      [16, () => {
        if (!models.length) return undefined;
        const m = pick(models);
        const who = signerFor(chance(0.7) ? ownerOf(m.name) : (byAddress.get(pick([...m.maintainers, m.owner])) ?? pick(users)));
        const parents = versions.length && chance(0.6) ? [...new Map(Array.from({ length: 1 + int(2) }, () => pick(versions)).map((v) => [`${v.model}@${v.version}`, { model: v.model, version: v.version }])).values()] : [];
        const encrypted = m.visibility === Visibility.VISIBILITY_PRIVATE && chance(0.5);
        return ['publishVersion', who, publishMsg(who, m.name, versionString(), { parents, encrypted, keyFingerprint: encrypted ? hex(`key${int(5)}`) : '', size: 1 + int(1_000_000) })];
      }],
      [20, () => {
        // Validators mostly work through the pending versions in order, as verifier workers do.
        const v = pending.length && chance(0.9) ? pick(pending.slice(0, 2)) : versions.length ? pick(versions) : undefined;
        if (!v) return undefined;
        const who = chance(0.95) ? pick(vals) : pick(users);
        return ['attestVersion', who, attestMsg(who, v.model, v.version, chance(0.8))];
      }],
      [3, () => {
        if (!versions.length) return undefined;
        const v = pick(versions);
        const who = signerFor(ownerOf(v.model));
        return ['yankVersion', who, M.yankVersion({ sender: who.address, model: v.model, version: v.version, reason: 'sim' })];
      }],
      [3, () => {
        const y = versions.filter((v) => v.yanked);
        if (!y.length) return undefined;
        const v = pick(y);
        const who = signerFor(ownerOf(v.model));
        return ['unyankVersion', who, M.unyankVersion({ owner: who.address, model: v.model, version: v.version })];
      }],
      [2, () => {
        if (!versions.length) return undefined;
        const v = pick(versions);
        const who = signerFor(ownerOf(v.model));
        const dep = !v.deprecated || chance(0.3);
        return ['deprecateVersion', who, M.deprecateVersion({ sender: who.address, model: v.model, version: v.version, deprecated: dep, reason: dep ? 'old' : '' })];
      }],
      [5, () => {
        const v = verified.length && chance(0.85) ? pick(verified) : versions.length ? pick(versions) : undefined;
        if (!v) return undefined;
        const who = signerFor(ownerOf(v.model));
        return ['setAlias', who, M.setAlias({ owner: who.address, model: v.model, alias: pick(ALIASES), version: v.version })];
      }],
      [1, () => {
        if (!aliases.length) return undefined;
        const a = pick(aliases);
        const who = signerFor(ownerOf(a.model));
        return ['removeAlias', who, M.removeAlias({ owner: who.address, model: a.model, alias: a.alias })];
      }],
      [3, () => {
        if (!verified.length) return undefined;
        const v = pick(verified);
        const who = pick(users);
        return ['forkModel', who, M.forkModel({ creator: who.address, sourceModel: v.model, sourceVersion: v.version, name: `fork-${int(10)}`, tags: ['fork'], version: chance(0.5) ? '' : versionString() })];
      }],
      [3, () => {
        if (!versions.length) return undefined;
        const v = pick(versions);
        const who = chance(0.5) ? pick(vals) : (byAddress.get(v.publisher) ?? pick(users));
        return ['recordMirror', who, M.recordMirror({ sender: who.address, model: v.model, version: v.version, arweaveTxId: ARWEAVE_TX(`${int(20)}`) })];
      }],
      [5, () => {
        if (!models.length) return undefined;
        const priv = models.filter((x) => x.visibility === Visibility.VISIBILITY_PRIVATE);
        const m = priv.length && chance(0.9) ? pick(priv) : pick(models);
        const who = signerFor(ownerOf(m.name));
        const mv = versions.filter((v) => v.model === m.name);
        const version = mv.length && chance(0.4) ? pick(mv).version : '';
        const now = ctx.block.time.seconds;
        return ['grantAccess', who, M.grantAccess({ owner: who.address, model: m.name, version, grantee: pick(everyone).address, purpose: pick([Purpose.PURPOSE_EXECUTE, Purpose.PURPOSE_VERIFY]), expiresAt: chance(0.5) ? 0 : now + 1 + int(20) })];
      }],
      [3, () => {
        if (!grants.length) return undefined;
        const g = pick(grants);
        const who = signerFor(ownerOf(g.model));
        return ['revokeAccess', who, M.revokeAccess({ owner: who.address, model: g.model, version: g.version, grantee: g.grantee, purpose: g.purpose })];
      }],
      [2, () => {
        const who = pick(users);
        return ['malformed', who, pick([createModelMsg(who, 'Bad Name'), publishMsg(who, 'm1', '1.0'), publishMsg(who, 'm1', '1.0.0', { rootCid: 'Qm123' }), attestMsg(who, 'm1', 'x')])];
      }],
      [1, () => {
        const [from, to] = [pick(users), pick(users)];
        return ['bankSend', from, { typeUrl: '/cosmos.bank.v1beta1.MsgSend', value: MsgSend.encode({ fromAddress: from.address, toAddress: to.address, amount: [{ denom: 'uaivm', amount: String(1 + int(1000)) }] }).finish() }];
      }],
    ];
    const total = gens.reduce((s, [w]) => s + w, 0);
    const choose = (): Gen => {
      let x = int(total);
      for (const [w, g] of gens) {
        if (x < w) return g;
        x -= w;
      }
      return gens[0]![1];
    };

    // One tx per signer per block: a tx refused before the ante chain (validateBasic) does not use
    // its sequence, which would make the signer's next tx in the block fail on its sequence.
    const planned: Array<[string, TestAccount, EncodedMsg]> = [];
    const n = 1 + int(7);
    for (let i = 0; i < n * 4 && planned.length < n; i++) {
      const p = choose()();
      if (p && !planned.some(([, who]) => who === p[1])) planned.push(p);
    }
    const out = chain.deliverBlock(signAll(chain, planned.map(([, who, msg]) => [who, [msg]] as const)));
    out.results.forEach((r, i) => {
      const kind = planned[i]![0];
      const s = (stats[kind] ??= [0, 0]);
      s[r.code === 0 ? 0 : 1]++;
      if (r.code !== 0) {
        const list = (refusals[kind] ??= []);
        const id = `${r.codespace}/${r.code}`;
        if (!list.includes(id)) list.push(id);
      }
      if (r.code !== 0 && r.codespace === 'sdk' && r.code === 111222) throw new Error(`internal error in ${kind}: ${r.log}`);
    });
    chain.app.runInvariants();
    appHashes.push(toHex(out.appHash));
  }
  return { chain, appHashes, stats, refusals };
}
