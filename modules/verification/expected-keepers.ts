// What the verification module needs from other modules, and nothing more.
import type { Context } from '../../chain/context.js';

export interface VersionView {
  readonly model: string;
  readonly version: string;
  /** aivm.versioning.v1.VersionStatus */
  readonly status: number;
  readonly deadlineHeight: number;
}

/** versioning: versions and their status. */
export interface VersionStore {
  getVersion(ctx: Context, model: string, version: string): VersionView | undefined;
  /** Throws registry/3 or versioning/4 when absent. */
  requireVersion(ctx: Context, model: string, version: string): VersionView;
  /** Moves a PENDING version to a final status (and keeps "latest"). */
  setStatus(ctx: Context, model: string, version: string, status: number): unknown;
  allVersions(ctx: Context): Iterable<VersionView>;
}

/** validators: the current set and its voting power. */
export interface ValidatorReader {
  getByOperator(ctx: Context, operator: string): { readonly power: number } | undefined;
  getValidators(ctx: Context): ReadonlyArray<{ readonly power: number; readonly operatorAddress: string }>;
}
