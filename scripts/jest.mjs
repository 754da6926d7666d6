#!/usr/bin/env node
// Runs jest with the ESM flag. With JEST_JSON_OUT set (CI), also writes jest's JSON results
// there so that .ci/run can print the counts from jest's own numbers.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const jest = fileURLToPath(new URL('../node_modules/jest/bin/jest.js', import.meta.url));
const args = [jest, ...process.argv.slice(2)];
if (process.env.JEST_JSON_OUT) args.push('--json', `--outputFile=${process.env.JEST_JSON_OUT}`);
const r = spawnSync(process.execPath, ['--experimental-vm-modules', '--no-warnings=ExperimentalWarning', ...args], { stdio: 'inherit' });
process.exit(r.status ?? 1);
