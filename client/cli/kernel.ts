// aivmd kernel  init | manifest | check
//
// Thin wrappers over client/kernel: scaffold a kernel that passes the standard checks, (re)list its
// files in aivm.json, and run the very checks the validators run.
import type { Command } from 'commander';
import { DEFAULT_VERIFICATION_PARAMS, type VerificationParams } from '../../modules/verification/params.js';
import { checkKernelDir, fillManifest, formatReport, initKernel } from '../kernel/index.js';
import { addHomeOption, addOutputOption, CliError, print } from './common.js';
import { allowSubcommandVersionOptions, chainVerificationParams, parseUint, stderrProgress } from './model-common.js';
import { addNodeOption, resolveNodeUrl } from './rpc.js';

export function registerKernelCommands(program: Command): void {
  allowSubcommandVersionOptions(program);
  const kernel = program.command('kernel').description('AIVM kernel directories: scaffold, list files, run the standard checks locally');

  addOutputOption(
    kernel
      .command('init <dir>')
      .description('scaffold a kernel that passes every standard check as it is: aivm.json, inference and aggregation code, I/O schemas, a conformance vector and an empty safetensors weights file')
      .requiredOption('--name <name>', 'kernel name (3–64 of a-z 0-9 . _ -, like model names)')
      .option('--version <version>', 'semantic version of the kernel', '0.1.0')
      .option('--description <text>', 'what the model does')
      .option('--seed <n>', 'the fixed seed every random generator is seeded with', '42')
      .option('--force', 'write into a non-empty directory (scaffold files are overwritten, others are kept and listed)'),
  ).action(async (dir: string, o: { output: string; name: string; version: string; description?: string; seed: string; force?: boolean }) => {
    const seed = parseUint(o.seed, '--seed', { max: Number.MAX_SAFE_INTEGER });
    const r = await initKernel(dir, { name: o.name, version: o.version, seed, ...(o.description !== undefined ? { description: o.description } : {}), ...(o.force ? { force: true } : {}) });
    print(o.output, { dir: r.dir, manifest: r.manifestPath, written: r.written, files: r.files }, () =>
      [
        `created kernel ${o.name}@${o.version} in ${r.dir}`,
        ...r.written.map((w) => `  ${w}`),
        'next: replace the placeholders (weights, inference.py, schemas, conformance vectors), then',
        `  aivmd kernel manifest ${dir}    # list the files with their sizes and sha256`,
        `  aivmd kernel check ${dir}       # run the standard checks`,
      ].join('\n'),
    );
  });

  addOutputOption(
    kernel
      .command('manifest <dir>')
      .description("rewrite the files list of <dir>/aivm.json from the directory: every file but aivm.json with its size and sha256 (roles and formats of listed files are kept, guessed for new ones); every other field is kept. Progress goes to stderr for large kernels"),
  ).action(async (dir: string, o: { output: string }) => {
    const progress = stderrProgress(`hashing ${dir}`);
    let r;
    try {
      r = await fillManifest(dir, { onProgress: progress.onProgress });
    } finally {
      progress.done();
    }
    for (const s of r.skipped) process.stderr.write(`warning: ${s.path} is a ${s.type}, which a kernel cannot hold: it is not listed, and "kernel check" fails on it; remove it\n`);
    print(o.output, { manifest: r.manifestPath, files: r.files, added: r.added, removed: r.removed, changed: r.changed, skipped: r.skipped }, () => {
      const bytes = r.files.reduce((s, f) => s + f.size, 0);
      const lines = [`${r.manifestPath}: ${r.files.length} file${r.files.length === 1 ? '' : 's'} listed (${bytes} bytes besides aivm.json)`];
      if (r.added.length) lines.push(`added:   ${r.added.join(', ')}`);
      if (r.changed.length) lines.push(`changed: ${r.changed.join(', ')}`);
      if (r.removed.length) lines.push(`removed: ${r.removed.join(', ')}`);
      if (!r.added.length && !r.changed.length && !r.removed.length) lines.push('no change to the files list');
      return lines.join('\n');
    });
  });

  addNodeOption(
    addHomeOption(
      addOutputOption(
        kernel
          .command('check <dir>')
          .description(
            "run the standard checks the validators run on <dir> and print the report and its digest; exits 1 when a check fails. Uses the genesis defaults of the standard, or the chain's current params with --params-from-chain",
          )
          .option('--params-from-chain', "use the chain's current verification params (from --node, or the home's node)"),
      ),
    ),
  ).action(async (dir: string, o: { output: string; home: string; node?: string; paramsFromChain?: boolean }) => {
    let params: VerificationParams = DEFAULT_VERIFICATION_PARAMS;
    let source = 'genesis defaults';
    if (o.paramsFromChain || o.node !== undefined) {
      const url = resolveNodeUrl(o);
      params = await chainVerificationParams(url);
      source = `chain at ${url}`;
    }
    const progress = stderrProgress(`checking ${dir}`);
    let r;
    try {
      r = await checkKernelDir(dir, params, { onProgress: progress.onProgress });
    } finally {
      progress.done();
    }
    const failed = r.report.checks.filter((c) => !c.pass).map((c) => c.id);
    print(o.output, { dir, pass: r.report.pass, digest: r.digest, params: source, failed, report: r.report }, () => `${formatReport(r.report, { digest: r.digest }).trimEnd()}\nparams:          ${source}`);
    if (!r.report.pass) {
      throw new CliError('KERNEL_CHECK_FAILED', `${dir} fails ${failed.length} standard check${failed.length === 1 ? '' : 's'}: ${failed.join(', ')} (see docs/kernel-format.md for how to fix each)`);
    }
  });
}
