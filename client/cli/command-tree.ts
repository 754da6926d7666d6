// Shared command groups: `tx`, `query` and their module subgroups are created once and found
// again by whoever registers commands under them (tx bank, tx registry, query versioning, …),
// in any order.
import type { Command } from 'commander';

/** The subcommand `name` of `parent`, created with `description` (and `aliases`) if it does not exist yet. */
export function subcommand(parent: Command, name: string, description: string, aliases: string[] = []): Command {
  const existing = parent.commands.find((c) => c.name() === name);
  if (existing) return existing;
  const cmd = parent.command(name).description(description);
  for (const a of aliases) cmd.alias(a);
  return cmd;
}

/** `aivmd tx` */
export function txGroup(program: Command): Command {
  return subcommand(program, 'tx', 'sign and broadcast transactions');
}

/** `aivmd query` (alias `q`) */
export function queryGroup(program: Command): Command {
  return subcommand(program, 'query', 'query the chain through a node', ['q']);
}
