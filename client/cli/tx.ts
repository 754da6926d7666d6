// aivmd tx bank send
import type { MsgSendEncodeObject } from '@cosmjs/stargate';
import type { Command } from 'commander';
import { subcommand, txGroup } from './command-tree.js';
import { CliError } from './common.js';
import { addTxOptions, formatCoins, parseAddressArg, parseCoinsArg, signAndBroadcastFromCli, type TxCliOptions } from './tx-runner.js';

export function registerTxCommands(program: Command): void {
  const bank = subcommand(txGroup(program), 'bank', 'bank module transactions: send tokens');

  addTxOptions(
    bank
      .command('send')
      .usage('--from <key> <to-address> <amount> [options]')
      .description('send tokens, e.g. aivmd tx bank send --from alice aivm1… 1000uaivm (the key may also be given first: send alice aivm1… 1000uaivm)')
      .argument('<to-address>', 'recipient (aivm1…); when --from is not given: the sending key, then the recipient')
      .argument('<amount>', 'coins to send, e.g. 1000uaivm or 1000uaivm,5foo (after the recipient)')
      .argument('[coins]', 'the coins, when the sending key is the first argument'),
  ).action(async (a: string, b: string, c: string | undefined, o: TxCliOptions) => {
    let from: string;
    let to: string;
    let amountText: string;
    if (o.from !== undefined) {
      if (c !== undefined) throw new CliError('BAD_ARGS', 'with --from, give only <to-address> <amount>');
      from = o.from;
      to = a;
      amountText = b;
    } else {
      if (c === undefined) throw new CliError('BAD_ARGS', 'missing the sending key: aivmd tx bank send --from <key> <to-address> <amount>');
      from = a;
      to = b;
      amountText = c;
    }
    parseAddressArg(to, 'recipient address');
    const amount = parseCoinsArg(amountText, 'amount');
    await signAndBroadcastFromCli({ ...o, from }, (sender): MsgSendEncodeObject[] => [
      { typeUrl: '/cosmos.bank.v1beta1.MsgSend', value: { fromAddress: sender, toAddress: to, amount } },
    ], { summary: `send ${formatCoins(amount)} to ${to}` });
  });
}
