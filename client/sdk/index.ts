// The aivm SDK: a thin layer over cosmjs. See client.ts (AivmClient), messages.ts (type URLs,
// EncodeObjects), registry.ts (the cosmjs Registry) and queries.ts (QueryClient extensions).
export * from './client.js';
export * from './messages.js';
export * from './queries.js';
export * from './registry.js';
export { aivm } from '../../proto/index.js';
