// CometBFT's pagination rules (rpc/core/env.go): per_page defaults to 30 and is clamped to
// [1, 100]; page defaults to 1 and must lie in [1, pages] where pages ≥ 1 even with no items.
import { RpcCode, RpcError } from '../errors.js';

export const DEFAULT_PER_PAGE = 30;
export const MAX_PER_PAGE = 100;

export function perPage(requested: number | undefined): number {
  if (requested === undefined || requested < 1) return DEFAULT_PER_PAGE;
  return Math.min(requested, MAX_PER_PAGE);
}

/** The 1-based page number, validated against the total. */
export function page(requested: number | undefined, total: number, size: number): number {
  const pages = Math.max(1, Math.ceil(total / size));
  const p = requested ?? 1;
  if (p < 1 || p > pages) throw new RpcError(RpcCode.InvalidParams, `page should be within [1, ${pages}] range, given ${p}`);
  return p;
}

export function paginate<T>(all: readonly T[], requestedPage: number | undefined, size: number): { items: T[]; page: number } {
  const p = page(requestedPage, all.length, size);
  return { items: all.slice((p - 1) * size, p * size), page: p };
}
