// What the access module needs from other modules, and nothing more.
import type { Context } from '../../chain/context.js';

/** registry: a model's owner and visibility. */
export interface ModelReader {
  getModel(ctx: Context, name: string): { readonly name: string; readonly owner: string; readonly visibility: number } | undefined;
}

/** versioning: whether a version exists (grants of one version). */
export interface VersionReader {
  getVersion(ctx: Context, model: string, version: string): unknown;
}
