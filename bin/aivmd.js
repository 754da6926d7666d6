#!/usr/bin/env -S node --max-semi-space-size=64
// aivmd: runs the TypeScript sources directly through tsx (no build step after `npm ci`).
// A larger young generation (--max-semi-space-size, MiB) cuts garbage-collection time under load
// (docs/operations.md, "Node.js flags").
import { register } from 'tsx/esm/api';

register();
await import('../node/polyfills.ts');
const { main } = await import('../client/cli/main.ts');
await main(process.argv);
