// The ante matrix with cosmjs-signed transactions (DirectSecp256k1Wallet + SigningStargateClient
// offline signing), run through the real App: every bad tx gets its own code and a message that
// names the problem; a msg that fails inside a block keeps the fee and sequence writes only.
import { beforeAll, describe, expect, it } from '@jest/globals';
import { DirectSecp256k1Wallet, Registry, type EncodeObject } from '@cosmjs/proto-signing';
import { defaultRegistryTypes, SigningStargateClient, type StdFee } from '@cosmjs/stargate';
import { MsgSend } from 'cosmjs-types/cosmos/bank/v1beta1/tx';
import { AuthInfo, Tx, TxBody, TxRaw } from 'cosmjs-types/cosmos/tx/v1beta1/tx';
import { SimulateRequest, SimulateResponse } from 'cosmjs-types/cosmos/tx/v1beta1/service';
import { toHighS } from '../../client/signing/secp256k1.js';
import { TestChain } from '../harness/chain.js';

const registry = new Registry([...defaultRegistryTypes, ['/aivm.nope.v1.MsgNope', MsgSend]]);
const FEE: StdFee = { amount: [{ denom: 'uaivm', amount: '5000' }], gas: '200000' };

let chain: TestChain;
let client: SigningStargateClient;
let alice: string;
let bob: string;

beforeAll(async () => {
  chain = TestChain.create({ accounts: ['alice', 'bob'] });
  alice = chain.account('alice').address;
  bob = chain.account('bob').address;
  const wallet = await DirectSecp256k1Wallet.fromKey(chain.account('alice').key.privateKey, 'aivm');
  client = await SigningStargateClient.offline(wallet, { registry });
});

function send(amount = '100'): EncodeObject {
  return { typeUrl: '/cosmos.bank.v1beta1.MsgSend', value: MsgSend.fromPartial({ fromAddress: alice, toAddress: bob, amount: [{ denom: 'uaivm', amount }] }) };
}

async function sign(o: { msgs?: EncodeObject[]; fee?: StdFee; memo?: string; chainId?: string; accountNumber?: number; sequence?: number } = {}): Promise<TxRaw> {
  const acc = chain.keepers.auth.getAccount(chain.ctx(), alice)!;
  return client.sign(alice, o.msgs ?? [send()], o.fee ?? FEE, o.memo ?? '', {
    chainId: o.chainId ?? chain.chainId,
    accountNumber: BigInt(o.accountNumber ?? acc.accountNumber),
    sequence: Number(o.sequence ?? acc.sequence),
  });
}

const bytes = (raw: TxRaw) => TxRaw.encode(raw).finish();

/** Codes seen per matrix row, to check that no two kinds of failure share a code. */
const seen = new Map<string, string>();

function expectRejected(raw: TxRaw | Uint8Array, codespace: string, code: number, words: RegExp) {
  const r = chain.checkTx(raw instanceof Uint8Array ? raw : bytes(raw));
  seen.set(expect.getState().currentTestName ?? String(seen.size), `${r.codespace}/${r.code}`);
  expect({ codespace: r.codespace, code: r.code }).toEqual({ codespace, code });
  expect(r.log).toMatch(words);
}

describe('gas simulation', () => {
  it('estimates the gas of the signed tx closely (cosmjs "auto" multiplies by 1.4)', async () => {
    const raw = await sign();
    // What cosmjs sends to Simulate: the same body and auth info, no fee, one empty signature.
    const authInfo = AuthInfo.decode(raw.authInfoBytes);
    const simTx = Tx.fromPartial({ body: TxBody.decode(raw.bodyBytes), authInfo: { ...authInfo, fee: { amount: [], gasLimit: 0n } }, signatures: [new Uint8Array()] });
    const q = chain.query('/cosmos.tx.v1beta1.Service/Simulate', SimulateRequest.encode({ txBytes: Tx.encode(simTx).finish() }).finish());
    expect(q.code).toBe(0);
    const estimated = Number(SimulateResponse.decode(q.value).gasInfo!.gasUsed);
    const actual = chain.deliverBlock([bytes(raw)]).results[0]!;
    expect(actual.code).toBe(0);
    expect(estimated).toBeGreaterThanOrEqual(actual.gasUsed * 0.95);
    expect(estimated).toBeLessThanOrEqual(actual.gasUsed * 1.1);
  });
});

describe('ante matrix (cosmjs-signed)', () => {
  it('accepts a correct tx', async () => {
    const r = chain.checkTx(bytes(await sign()));
    expect(r.code).toBe(0);
    // CheckTx bumped the sequence in CheckTx state; reset by committing an empty block.
    chain.deliverBlock([]);
  });

  it('wrong chain-id → sdk/28 naming both chain ids', async () => {
    expectRejected(await sign({ chainId: 'aivm-1' }), 'sdk', 28, /chain-id "aivm-1".*"aivm-test-1"/);
  });

  it('a chain-id it cannot guess → sdk/4 signature verification failed, naming chain-id and account number', async () => {
    expectRejected(await sign({ chainId: 'some-other-chain-7' }), 'sdk', 4, /signature verification failed.*chain-id aivm-test-1, account number \d+/);
  });

  it('wrong account number → ante/1', async () => {
    const acc = chain.keepers.auth.getAccount(chain.ctx(), alice)!;
    expectRejected(await sign({ accountNumber: Number(acc.accountNumber) + 1 }), 'ante', 1, /account number/);
  });

  it('sequence gap → sdk/32 naming expected and got', async () => {
    const acc = chain.keepers.auth.getAccount(chain.ctx(), alice)!;
    expectRejected(await sign({ sequence: Number(acc.sequence) + 3 }), 'sdk', 32, new RegExp(`expected ${acc.sequence}, got ${acc.sequence + 3n}.*gap`));
  });

  it('replayed bytes of a committed tx → sdk/32 (the node\'s mempool answers ante/3 first)', async () => {
    const raw = bytes(await sign());
    const out = chain.deliverBlock([raw]);
    expect(out.results[0]!.code).toBe(0);
    expectRejected(raw, 'sdk', 32, /already used/);
  });

  it('bad signature → sdk/4', async () => {
    const raw = await sign();
    raw.signatures[0]![10]! ^= 0xff;
    expectRejected(raw, 'sdk', 4, /signature verification failed/);
  });

  it('high-S signature → ante/2', async () => {
    const raw = await sign();
    raw.signatures[0] = toHighS(raw.signatures[0]!);
    expectRejected(raw, 'ante', 2, /high S/);
  });

  it('signature of the wrong length → ante/4', async () => {
    const raw = await sign();
    raw.signatures[0] = raw.signatures[0]!.subarray(0, 63);
    expectRejected(raw, 'ante', 4, /64-byte/);
  });

  it('oversized tx → sdk/21', async () => {
    expectRejected(await sign({ memo: 'x'.repeat(1_100_000) }), 'sdk', 21, /bytes; the maximum is 1048576/);
  });

  it('memo too long → sdk/12', async () => {
    expectRejected(await sign({ memo: 'y'.repeat(300) }), 'sdk', 12, /memo is 300 characters; the maximum is 256/);
  });

  it('fee below minimum → sdk/13 naming the required fee', async () => {
    expectRejected(await sign({ fee: { amount: [{ denom: 'uaivm', amount: '1' }], gas: '200000' } }), 'sdk', 13, /required: 5000uaivm/);
  });

  it('gas limit too low for the tx → sdk/11', async () => {
    expectRejected(await sign({ fee: { amount: [{ denom: 'uaivm', amount: '5000' }], gas: '1000' } }), 'sdk', 11, /out of gas/);
  });

  it('unknown type URL → sdk/6', async () => {
    expectRejected(await sign({ msgs: [{ typeUrl: '/aivm.nope.v1.MsgNope', value: MsgSend.fromPartial({}) }] }), 'sdk', 6, /unknown message type URL "\/aivm.nope.v1.MsgNope"/);
  });

  it('empty signatures → sdk/15', async () => {
    const raw = await sign();
    raw.signatures = [];
    expectRejected(raw, 'sdk', 15, /no signatures/);
  });

  it('garbage bytes → sdk/2', () => {
    expectRejected(Uint8Array.of(1, 2, 3, 4, 5), 'sdk', 2, /tx parse error/);
  });

  it('a fee payer that did not sign → sdk/4 wrong number of signers, and the payer pays nothing', async () => {
    // Signed by alice alone, naming bob as the fee payer: bob must sign too.
    const raw = await sign({ fee: { ...FEE, payer: bob } });
    const bobBefore = chain.keepers.bank.getBalance(chain.ctx(), bob, 'uaivm');
    const r = chain.checkTx(bytes(raw));
    expect({ codespace: r.codespace, code: r.code }).toEqual({ codespace: 'sdk', code: 4 });
    expect(r.log).toMatch(/wrong number of signers; expected 2 .*aivm.*got 1.*fee payer aivm1\w+ is not a message signer, so it must sign too/);
    expect(chain.deliverBlock([bytes(raw)]).results[0]!.code).toBe(4);
    expect(chain.keepers.bank.getBalance(chain.ctx(), bob, 'uaivm')).toBe(bobBefore);
    // Naming the signer itself as the payer changes nothing.
    expect(chain.checkTx(bytes(await sign({ fee: { ...FEE, payer: alice } }))).code).toBe(0);
    chain.deliverBlock([]);
  });

  it('a fee the payer cannot pay → sdk/5 naming the balance and the fee; nothing of the tx is kept', async () => {
    const ctx = () => chain.ctx();
    const balance = chain.keepers.bank.getBalance(ctx(), alice, 'uaivm');
    const seq = chain.keepers.auth.getAccount(ctx(), alice)!.sequence;
    const tooMuch = String(balance + 1n);
    expectRejected(await sign({ fee: { amount: [{ denom: 'uaivm', amount: tooMuch }], gas: '200000' } }), 'sdk', 5, new RegExp(`insufficient funds to pay the fee: ${alice} has ${balance}uaivm, the fee is ${tooMuch}uaivm`));
    // Two fee coins, the first payable and the second not: the first is not taken either, in
    // CheckTx or in a block.
    const twoCoins = bytes(await sign({ fee: { amount: [{ denom: 'uaivm', amount: '5000' }, { denom: 'uzzz', amount: '1' }], gas: '200000' } }));
    const checked = chain.checkTx(twoCoins);
    expect({ code: checked.code, codespace: checked.codespace }).toEqual({ code: 5, codespace: 'sdk' });
    expect(checked.log).toMatch(/has 0uzzz, the fee is 1uzzz/);
    const delivered = chain.deliverBlock([twoCoins]).results[0]!;
    expect(delivered.code).toBe(5);
    expect(chain.keepers.bank.getBalance(ctx(), alice, 'uaivm')).toBe(balance);
    expect(chain.keepers.auth.getAccount(ctx(), alice)!.sequence).toBe(seq);
  });

  it('each failure kind has its own code', () => {
    // Rows that are the same failure seen two ways (a replay is a used sequence) share a code.
    const rows = [...seen].filter(([name]) => !/replayed|cannot guess/.test(name));
    expect(rows.length).toBeGreaterThanOrEqual(12);
    expect(new Set(rows.map(([, c]) => c)).size).toBe(rows.length);
  });

  it('a msg that fails inside a block keeps the fee and sequence writes and drops its own', async () => {
    const ctx = () => chain.ctx();
    const before = {
      alice: chain.keepers.bank.getBalance(ctx(), alice, 'uaivm'),
      bob: chain.keepers.bank.getBalance(ctx(), bob, 'uaivm'),
      seq: chain.keepers.auth.getAccount(ctx(), alice)!.sequence,
    };
    // Sends more than alice has: passes the ante chain, fails in the bank handler.
    const raw = bytes(await sign({ msgs: [send('999999999999999999')] }));
    const r = chain.deliverBlock([raw]).results[0]!;
    expect(r.code).toBe(5);
    expect(r.log).toMatch(/insufficient funds/);
    expect(chain.keepers.bank.getBalance(ctx(), alice, 'uaivm')).toBe(before.alice - 5000n);
    expect(chain.keepers.bank.getBalance(ctx(), bob, 'uaivm')).toBe(before.bob);
    expect(chain.keepers.auth.getAccount(ctx(), alice)!.sequence).toBe(before.seq + 1n);
    // The failed tx's events: only the ante chain's (fee, sequence), no transfer.
    expect(r.events.map((e) => e.type)).not.toContain('transfer');
  });

  it('a msg that runs out of gas inside a block keeps fee and sequence, drops its writes', async () => {
    // Measure what the ante chain alone costs, then give just that much gas.
    const anteGas = chain.checkTx(bytes(await sign())).gasUsed;
    chain.deliverBlock([]);
    const seq = chain.keepers.auth.getAccount(chain.ctx(), alice)!.sequence;
    const bobBefore = chain.keepers.bank.getBalance(chain.ctx(), bob, 'uaivm');
    const gas = String(anteGas + 200);
    const raw = bytes(await sign({ fee: { amount: [{ denom: 'uaivm', amount: '5000' }], gas } }));
    expect(chain.checkTx(raw).code).toBe(0);
    const r = chain.deliverBlock([raw]).results[0]!;
    expect(r.code).toBe(11);
    expect(r.gasUsed).toBeLessThanOrEqual(Number(gas));
    expect(chain.keepers.auth.getAccount(chain.ctx(), alice)!.sequence).toBe(seq + 1n);
    expect(chain.keepers.bank.getBalance(chain.ctx(), bob, 'uaivm')).toBe(bobBefore);
  });
});
