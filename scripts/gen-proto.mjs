#!/usr/bin/env node
// Generates proto/gen/aivm.js (+ aivm.d.ts) from every .proto under proto/aivm with protobufjs.
// `--check` regenerates into a temporary folder and fails if the committed files differ, so the
// generated code is always reproducible from a clean clone.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const protoRoot = join(root, 'proto');
const check = process.argv.includes('--check');

function findProtos(dir) {
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...findProtos(p));
    else if (name.endsWith('.proto')) out.push(relative(protoRoot, p));
  }
  return out;
}

const files = findProtos(join(protoRoot, 'aivm'));
const outDir = check ? mkdtempSync(join(tmpdir(), 'aivm-proto-')) : join(protoRoot, 'gen');
mkdirSync(outDir, { recursive: true });
const bin = (name) => join(root, 'node_modules', '.bin', name);
const js = join(outDir, 'aivm.js');
execFileSync(bin('pbjs'), ['-t', 'static-module', '-w', 'esm', '--force-number', '--no-delimited', '--no-verify', '--no-beautify', '-p', protoRoot, '-o', js, ...files], { cwd: protoRoot, stdio: 'inherit' });
// ESM needs the explicit file name of protobufjs' minimal runtime.
writeFileSync(js, readFileSync(js, 'utf8').replace(/from "protobufjs\/minimal"/g, 'from "protobufjs/minimal.js"'));
execFileSync(bin('pbts'), ['--no-comments', '-o', join(outDir, 'aivm.d.ts'), js], { stdio: 'inherit' });

if (check) {
  let stale = [];
  for (const f of ['aivm.js', 'aivm.d.ts']) {
    let committed = '';
    try {
      committed = readFileSync(join(protoRoot, 'gen', f), 'utf8');
    } catch {}
    if (committed !== readFileSync(join(outDir, f), 'utf8')) stale.push(`proto/gen/${f}`);
  }
  rmSync(outDir, { recursive: true, force: true });
  if (stale.length) {
    console.error(`generated protobuf code is out of date: ${stale.join(', ')}. Run \`npm run proto\` and commit the result.`);
    process.exit(1);
  }
  console.log(`proto: generated code matches ${files.length} .proto files`);
} else {
  console.log(`proto: generated proto/gen/aivm.js and aivm.d.ts from ${files.length} .proto files`);
}
