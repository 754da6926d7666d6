// What the versioning module needs from other modules, and nothing more.
import type { Context } from '../../chain/context.js';
import type { CreateModelSpec } from '../registry/keeper.js';

/** The part of a model versioning reads. */
export interface ModelView {
  readonly name: string;
  readonly owner: string;
  readonly maintainers: readonly string[];
  /** aivm.registry.v1.Visibility */
  readonly visibility: number;
}

/** registry: models (and creating one, for MsgForkModel). */
export interface ModelKeeper {
  getModel(ctx: Context, name: string): ModelView | undefined;
  /** Whether the model exists, without decoding its record. */
  hasModel(ctx: Context, name: string): boolean;
  createModel(ctx: Context, spec: CreateModelSpec): unknown;
  /** Every model name, in order (invariants). */
  models(ctx: Context): Iterable<{ readonly name: string }>;
}

/** access: whether an account holds an honoured grant on a model or on one version of it. */
export interface AccessChecker {
  /** aivm.access.v1.Purpose; undefined means any purpose. */
  hasGrant(ctx: Context, model: string, version: string | undefined, grantee: string, purpose?: number): boolean;
}

/** validators: who is a validator operator (mirrors may be recorded by operators). */
export interface ValidatorSet {
  getByOperator(ctx: Context, operator: string): { readonly power: number } | undefined;
}

/** verification: the size limit and the verification deadline of new versions. */
export interface VerificationHooks {
  /** The largest kernel accepted (verification param max_kernel_bytes). */
  maxKernelBytes(ctx: Context): bigint;
  /** Schedules the verification deadline of a newly published version; returns its height. */
  scheduleDeadline(ctx: Context, model: string, version: string): number;
}
