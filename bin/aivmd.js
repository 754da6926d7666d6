#!/usr/bin/env node
// aivmd: runs the TypeScript sources directly through tsx (no build step after `npm ci`).
import { register } from 'tsx/esm/api';

register();
await import('../node/polyfills.ts');
const { main } = await import('../client/cli/main.ts');
await main(process.argv);
