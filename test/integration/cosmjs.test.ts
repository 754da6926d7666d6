// cosmjs compatibility against a real aivmd process: the unmodified @cosmjs/stargate 0.39
// SigningStargateClient with an HD wallet from a dev mnemonic does everything a dApp does
// (read chain/account/balances, send with fee "auto", find its txs, read blocks), and two txs
// sent back to back from one account both commit with exactly amount + fee taken.
import { afterAll, beforeAll, describe, expect, jest, test } from '@jest/globals';
import { sha256 } from '@cosmjs/crypto';
import { toHex } from '@cosmjs/encoding';
import { DirectSecp256k1HdWallet, type EncodeObject } from '@cosmjs/proto-signing';
import { calculateFee, GasPrice, SigningStargateClient, type DeliverTxResponse, type IndexedTx, type StdFee } from '@cosmjs/stargate';
import { MsgSend } from 'cosmjs-types/cosmos/bank/v1beta1/tx';
import { AuthInfo, TxBody, TxRaw } from 'cosmjs-types/cosmos/tx/v1beta1/tx';
import { keyFromSeed } from '../../client/signing/secp256k1.js';
import { cleanupAll, NodeProcess } from '../harness/node-process.js';

jest.setTimeout(120_000);

const DENOM = 'uaivm';
const GAS_PRICE = GasPrice.fromString('0.025uaivm');
const INITIAL = 1_000_000_000_000n;

let node: NodeProcess;
let client: SigningStargateClient;
let sender: string;
let other: string;
/** What the sender's balance must be after everything it paid so far (amounts + fees). */
let expectedSender = INITIAL;

function send(to: string, amount: number | string): EncodeObject {
  return { typeUrl: '/cosmos.bank.v1beta1.MsgSend', value: MsgSend.fromPartial({ fromAddress: sender, toAddress: to, amount: [{ denom: DENOM, amount: String(amount) }] }) };
}

/** The fee a committed tx paid, read from its own bytes, checked against gas limit × 0.025. */
function feeOf(tx: IndexedTx): bigint {
  const raw = TxRaw.decode(tx.tx);
  const auth = AuthInfo.decode(raw.authInfoBytes);
  const fee = auth.fee!;
  expect(fee.amount).toHaveLength(1);
  expect(fee.amount[0]!.denom).toBe(DENOM);
  expect(BigInt(fee.amount[0]!.amount)).toBe(BigInt(Math.ceil(Number(fee.gasLimit) * 0.025)));
  expect(tx.gasWanted).toBe(fee.gasLimit);
  return BigInt(fee.amount[0]!.amount);
}

async function mustGetTx(hash: string): Promise<IndexedTx> {
  const t = await client.getTx(hash);
  expect(t).not.toBeNull();
  return t!;
}

beforeAll(async () => {
  node = await NodeProcess.start({ accounts: 2, blockTimeMs: 300 });
  const dev0 = node.devAccounts().find((a) => a.name === 'dev0')!;
  other = node.devAccounts().find((a) => a.name === 'dev1')!.address;
  const wallet = await DirectSecp256k1HdWallet.fromMnemonic(dev0.mnemonic, { prefix: 'aivm' });
  [{ address: sender }] = await wallet.getAccounts();
  expect(sender).toBe(dev0.address);
  client = await SigningStargateClient.connectWithSigner(node.url, wallet, { gasPrice: GAS_PRICE, broadcastPollIntervalMs: 300 });
}, 150_000);

afterAll(async () => {
  client?.disconnect();
  await node?.stop();
  await cleanupAll();
});

describe('unmodified @cosmjs/stargate 0.39 against a real aivmd', () => {
  test('getChainId and getHeight (the chain moves)', async () => {
    expect(await client.getChainId()).toBe('aivm-dev-1');
    const h1 = await client.getHeight();
    expect(h1).toBeGreaterThanOrEqual(1);
    await node.waitForHeight(h1 + 1);
    expect(await client.getHeight()).toBeGreaterThan(h1);
  });

  test('getAccount, getSequence: a funded account before its first tx, and an unknown one', async () => {
    const acc = await client.getAccount(sender);
    expect(acc).not.toBeNull();
    expect(acc!.address).toBe(sender);
    expect(acc!.sequence).toBe(0);
    expect(acc!.pubkey).toBeNull();
    expect(typeof acc!.accountNumber).toBe('bigint');
    expect(await client.getSequence(sender)).toEqual({ accountNumber: acc!.accountNumber, sequence: 0 });
    expect(await client.getAccount(keyFromSeed('cosmjs-it/nobody').address)).toBeNull();
  });

  test('getBalance and getAllBalances', async () => {
    expect(await client.getBalance(sender, DENOM)).toEqual({ denom: DENOM, amount: INITIAL.toString() });
    expect(await client.getAllBalances(sender)).toEqual([{ denom: DENOM, amount: INITIAL.toString() }]);
    const nobody = keyFromSeed('cosmjs-it/nobody').address;
    expect(await client.getBalance(nobody, DENOM)).toEqual({ denom: DENOM, amount: '0' });
    expect(await client.getAllBalances(nobody)).toEqual([]);
  });

  test('sendTokens with fee "auto" to a new address: exact balances, account created, pubkey set', async () => {
    const to = keyFromSeed('cosmjs-it/recipient-1').address;
    const r = await client.sendTokens(sender, to, [{ denom: DENOM, amount: '1234567' }], 'auto', 'first send');
    expect(r.code).toBe(0);
    expect(r.transactionHash).toMatch(/^[0-9A-F]{64}$/);
    const tx = await mustGetTx(r.transactionHash);
    expect(tx.height).toBe(r.height);
    const fee = feeOf(tx);
    expect(fee).toBeGreaterThan(0n);
    expectedSender -= 1_234_567n + fee;
    expect(await client.getBalance(to, DENOM)).toEqual({ denom: DENOM, amount: '1234567' });
    expect(await client.getBalance(sender, DENOM)).toEqual({ denom: DENOM, amount: expectedSender.toString() });
    const acc = await client.getAccount(sender);
    expect(acc!.sequence).toBe(1);
    expect(acc!.pubkey).not.toBeNull();
    expect(await client.getAccount(to)).not.toBeNull();
  });

  test('signAndBroadcast (fee "auto") → getTx, searchTx by sender and by height, getBlock', async () => {
    const to = keyFromSeed('cosmjs-it/recipient-2').address;
    const r: DeliverTxResponse = await client.signAndBroadcast(sender, [send(to, 42), send(other, 58)], 'auto', 'two msgs');
    expect(r.code).toBe(0);
    expect(r.gasUsed).toBeGreaterThan(0n);
    expect(r.gasUsed).toBeLessThanOrEqual(r.gasWanted);
    expect(r.msgResponses.map((m) => m.typeUrl)).toEqual(['/cosmos.bank.v1beta1.MsgSendResponse', '/cosmos.bank.v1beta1.MsgSendResponse']);
    // the events name the sender the way searchTx asks for it
    expect(r.events.some((e) => e.type === 'message' && e.attributes.some((a) => a.key === 'sender' && a.value === sender))).toBe(true);

    const tx = await mustGetTx(r.transactionHash);
    expect(tx.hash).toBe(r.transactionHash);
    expect(tx.height).toBe(r.height);
    expect(tx.txIndex).toBe(r.txIndex);
    expect(tx.code).toBe(0);
    expect(toHex(sha256(tx.tx)).toUpperCase()).toBe(r.transactionHash);
    expect(TxBody.decode(TxRaw.decode(tx.tx).bodyBytes).memo).toBe('two msgs');
    expectedSender -= 100n + feeOf(tx);
    // lower-case id works too
    expect((await client.getTx(r.transactionHash.toLowerCase()))?.height).toBe(r.height);

    const bySender = await client.searchTx(`message.sender='${sender}'`);
    expect(bySender.map((t) => t.hash)).toContain(r.transactionHash);
    expect(bySender.length).toBe(2); // the sendTokens above and this one
    expect(bySender.every((t) => t.code === 0)).toBe(true);
    const byArray = await client.searchTx([{ key: 'message.sender', value: sender }, { key: 'tx.height', value: r.height }]);
    expect(byArray.map((t) => t.hash)).toEqual([r.transactionHash]);
    const byHeight = await client.searchTx(`tx.height=${r.height}`);
    expect(byHeight.map((t) => t.hash)).toContain(r.transactionHash);
    expect(byHeight.every((t) => t.height === r.height)).toBe(true);
    expect(await client.searchTx(`message.sender='${keyFromSeed('cosmjs-it/nobody').address}'`)).toEqual([]);

    const block = await client.getBlock(r.height);
    expect(block.header.height).toBe(r.height);
    expect(block.header.chainId).toBe('aivm-dev-1');
    expect(block.id).toMatch(/^[0-9A-F]{64}$/);
    expect(block.txs.map((t) => toHex(sha256(t)).toUpperCase())).toContain(r.transactionHash);
    expect(block.txs.length).toBe(byHeight.length);
    const latest = await client.getBlock();
    expect(latest.header.height).toBeGreaterThanOrEqual(r.height);
    expect(Date.parse(latest.header.time)).toBeGreaterThanOrEqual(Date.parse(block.header.time));

    expect(await client.getBalance(to, DENOM)).toEqual({ denom: DENOM, amount: '42' });
    expect(await client.getBalance(sender, DENOM)).toEqual({ denom: DENOM, amount: expectedSender.toString() });
  });

  test('two txs back to back with signAndBroadcastSync (second sent before the first commits): both commit', async () => {
    const to = keyFromSeed('cosmjs-it/recipient-3').address;
    const before = await client.getSequence(sender);
    const h1 = await client.signAndBroadcastSync(sender, [send(to, 1000)], 'auto', 'back to back 1');
    const h2 = await client.signAndBroadcastSync(sender, [send(to, 2000)], 'auto', 'back to back 2');
    expect(h1).not.toBe(h2);
    // the first is not committed yet when the second goes out (or at most in the same block)
    const [t1, t2] = await Promise.all([waitTx(h1), waitTx(h2)]);
    expect(t1.code).toBe(0);
    expect(t2.code).toBe(0);
    expect(t2.height).toBeGreaterThanOrEqual(t1.height);
    expectedSender -= 3000n + feeOf(t1) + feeOf(t2);
    expect((await client.getSequence(sender)).sequence).toBe(before.sequence + 2);
    expect(await client.getBalance(to, DENOM)).toEqual({ denom: DENOM, amount: '3000' });
    expect(await client.getBalance(sender, DENOM)).toEqual({ denom: DENOM, amount: expectedSender.toString() });
  });

  test('two txs signed offline with explicit sequences, broadcast together: both commit', async () => {
    const to = keyFromSeed('cosmjs-it/recipient-4').address;
    const chainId = await client.getChainId();
    const { accountNumber, sequence } = await client.getSequence(sender);
    const gas = await client.simulate(sender, [send(to, 1)], '');
    const fee: StdFee = calculateFee(Math.ceil(gas * 1.4), GAS_PRICE);
    const raw1 = await client.sign(sender, [send(to, 111)], fee, 'explicit 1', { accountNumber, sequence, chainId });
    const raw2 = await client.sign(sender, [send(to, 222)], fee, 'explicit 2', { accountNumber, sequence: sequence + 1, chainId });
    const b1 = TxRaw.encode(raw1).finish();
    const b2 = TxRaw.encode(raw2).finish();
    // Both are in flight together: broadcastTx (sync + polling until committed) for each. The
    // second starts once the node has the first (in its mempool or already in a block), so that
    // CheckTx sees the sequences in order, but long before the first broadcastTx returns.
    const id1 = toHex(sha256(b1)).toUpperCase();
    const p1 = client.broadcastTx(b1, 30_000, 300);
    for (const end = Date.now() + 10_000; Date.now() < end; await new Promise((r) => setTimeout(r, 5))) {
      const pending: string[] = (await node.rpc('unconfirmed_txs', { limit: '100' })).txs ?? [];
      if (pending.some((t) => toHex(sha256(Buffer.from(t, 'base64'))).toUpperCase() === id1)) break;
      if (await node.rpc('tx', { hash: id1 }).then(() => true, () => false)) break;
    }
    const p2 = client.broadcastTx(b2, 30_000, 300);
    const [r1, r2] = await Promise.all([p1, p2]);
    expect([r1.code, r2.code]).toEqual([0, 0]);
    expect(r2.height).toBeGreaterThanOrEqual(r1.height);
    const paid = BigInt(fee.amount[0]!.amount);
    expect(feeOf(await mustGetTx(r1.transactionHash))).toBe(paid);
    expectedSender -= 333n + 2n * paid;
    expect(await client.getBalance(to, DENOM)).toEqual({ denom: DENOM, amount: '333' });
    expect(await client.getBalance(sender, DENOM)).toEqual({ denom: DENOM, amount: expectedSender.toString() });
    expect((await client.getSequence(sender)).sequence).toBe(sequence + 2);
  });

  test('broadcast_tx_commit answers with the committed result: the same as the tx method reads back from the block', async () => {
    const to = keyFromSeed('cosmjs-it/recipient-6').address;
    const chainId = await client.getChainId();
    const { accountNumber, sequence } = await client.getSequence(sender);
    const fee = calculateFee(200_000, GAS_PRICE);
    const raw = await client.sign(sender, [send(to, 444)], fee, 'commit', { accountNumber, sequence, chainId });
    const bytes = TxRaw.encode(raw).finish();
    const r = await node.rpc('broadcast_tx_commit', { tx: Buffer.from(bytes).toString('base64') }, 30_000);
    expect(r.check_tx.code).toBe(0);
    expect(r.hash).toBe(toHex(sha256(bytes)).toUpperCase());
    expect(Number(r.height)).toBeGreaterThan(0);
    expect(r.tx_result.code).toBe(0);
    expect(r.tx_result.gas_wanted).toBe('200000');
    expect(Number(r.tx_result.gas_used)).toBeGreaterThan(0);
    const transfer = r.tx_result.events.filter((e: { type: string }) => e.type === 'transfer').map((e: { attributes: Array<{ key: string; value: string; index: boolean }> }) => e.attributes);
    expect(transfer).toContainEqual([
      { key: 'recipient', value: to, index: true },
      { key: 'sender', value: sender, index: true },
      { key: 'amount', value: '444uaivm', index: true },
    ]);
    // The signature attribute is reported, not indexed.
    expect(r.tx_result.events.flatMap((e: { attributes: Array<{ key: string; index: boolean }> }) => e.attributes).find((a: { key: string }) => a.key === 'signature')?.index).toBe(false);
    const stored = await node.rpc('tx', { hash: r.hash });
    expect(stored.height).toBe(r.height);
    expect(r.tx_result).toEqual(stored.tx_result);
    expectedSender -= 444n + BigInt(fee.amount[0]!.amount);
    expect(await client.getBalance(sender, DENOM)).toEqual({ denom: DENOM, amount: expectedSender.toString() });
  });

  test('a failing msg inside a committed tx comes back as a result, not an exception, and keeps only the fee', async () => {
    const to = keyFromSeed('cosmjs-it/recipient-5').address;
    const balance = BigInt((await client.getBalance(sender, DENOM)).amount);
    expect(balance).toBe(expectedSender);
    // more than the sender has: passes CheckTx (the ante chain only takes the fee), fails in the block
    const r = await client.signAndBroadcast(sender, [send(to, (balance * 2n).toString())], calculateFee(200_000, GAS_PRICE));
    expect(r.code).not.toBe(0);
    expect(r.rawLog).toMatch(/insufficient|funds/i);
    expectedSender -= 5000n;
    expect(await client.getBalance(sender, DENOM)).toEqual({ denom: DENOM, amount: expectedSender.toString() });
    expect(await client.getBalance(to, DENOM)).toEqual({ denom: DENOM, amount: '0' });
  });
});

async function waitTx(hash: string, timeoutMs = 30_000): Promise<IndexedTx> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const t = await client.getTx(hash);
    if (t) return t;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`tx ${hash} not committed within ${timeoutMs} ms; node stderr:\n${node.stderr.slice(-3000)}`);
}
