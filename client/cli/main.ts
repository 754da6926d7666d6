import { Command, CommanderError } from 'commander';
import { AIVM_VERSION } from '../../node/version.js';
import { registerNodeCommands } from './node-commands.js';
import { registerKeysCommands } from './keys.js';
import { registerTxCommands } from './tx.js';
import { registerQueryCommands } from './query.js';
import { registerStatusCommand } from './status.js';
import { registerRegistryCommands } from './registry.js';
import { registerVersioningCommands } from './versioning.js';
import { registerVerificationCommands } from './verification.js';
import { registerAccessCommands } from './access.js';
import { registerKernelCommands } from './kernel.js';

/** Error classes that carry a stable `code` and a message meant for the user. */
function userError(e: unknown): { code: string; message: string } | undefined {
  if (e && typeof e === 'object' && 'code' in e && typeof (e as { code: unknown }).code === 'string' && e instanceof Error) {
    return { code: (e as { code: string }).code, message: e.message };
  }
  return undefined;
}

export function buildProgram(): Command {
  const program = new Command('aivmd')
    .description('aivm: the on-chain repository of AI models and their execution environments')
    .version(AIVM_VERSION)
    .showHelpAfterError('(run with --help for usage)');
  registerNodeCommands(program);
  registerKeysCommands(program);
  registerTxCommands(program);
  registerQueryCommands(program);
  registerStatusCommand(program);
  registerRegistryCommands(program);
  registerVersioningCommands(program);
  registerVerificationCommands(program);
  registerAccessCommands(program);
  registerKernelCommands(program);
  return program;
}

export async function main(argv: string[]): Promise<void> {
  const program = buildProgram();
  program.exitOverride();
  try {
    await program.parseAsync(argv);
  } catch (e) {
    if (e instanceof CommanderError) {
      process.exitCode = e.exitCode;
      return;
    }
    const u = userError(e);
    if (u) process.stderr.write(`Error [${u.code}]: ${u.message}\n`);
    else process.stderr.write(`Error: ${(e as Error).message ?? String(e)}\n`);
    process.exitCode = 1;
  }
}
