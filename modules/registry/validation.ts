// Stateless checks of registry fields. Each failure names the field, says what is wrong and
// what a valid value looks like.
import { ChainError } from '../../chain/errors.js';
import { aivm } from '../../proto/index.js';
import { RegistryErrors } from './errors.js';
import { validateMultiaddr, validatePeerId } from './multiaddr.js';
import { checkText } from './util.js';

const Visibility = aivm.registry.v1.Visibility;

export const MAX_TAGS = 16;
export const MAX_MAINTAINERS = 16;
export const MAX_DESCRIPTION_BYTES = 2048;
export const MAX_LICENSE_LENGTH = 128;
export const MAX_MODEL_CARD_URI_LENGTH = 512;

/** 3–64 characters of a-z 0-9 '-' '_' '.', a letter or digit at both ends. */
export const MODEL_NAME = /^[a-z0-9][a-z0-9._-]{1,62}[a-z0-9]$/;
const TAG = /^[a-z0-9][a-z0-9._-]{0,31}$/;
const TASK = /^[a-z0-9][a-z0-9._-]{0,63}$/;
const PREFIX = /^[a-z0-9._-]{0,64}$/;

export function validateModelName(name: string, field = 'name'): void {
  if (!MODEL_NAME.test(name)) {
    const why =
      name.length < 3 ? `is ${name.length} characters; a name has at least 3`
      : name.length > 64 ? `is ${name.length} characters; a name has at most 64`
      : /[A-Z]/.test(name) ? 'has uppercase letters; names are lowercase'
      : /^[._-]|[._-]$/.test(name) ? 'must start and end with a letter or digit'
      : "may only hold a-z, 0-9, '-', '_' and '.'";
    throw new ChainError(RegistryErrors.InvalidName, `${field} "${name.slice(0, 80)}" ${why} (e.g. "acme-llm-7b")`);
  }
}

/** Checks tags and returns them sorted (the stored order). */
export function validateTags(tags: readonly string[]): string[] {
  if (tags.length > MAX_TAGS) throw new ChainError(RegistryErrors.InvalidTags, `${tags.length} tags; a model has at most ${MAX_TAGS}`);
  for (const t of tags) {
    if (!TAG.test(t)) throw new ChainError(RegistryErrors.InvalidTags, `tag "${t.slice(0, 40)}" must be 1–32 characters of a-z, 0-9, '-', '_', '.', starting with a letter or digit`);
  }
  const sorted = [...tags].sort();
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i] === sorted[i - 1]) throw new ChainError(RegistryErrors.InvalidTags, `tag "${sorted[i]}" is given twice; list each tag once`);
  }
  return sorted;
}

export function validateTag(tag: string): void {
  if (!TAG.test(tag)) throw new ChainError(RegistryErrors.InvalidQuery, `tag "${tag.slice(0, 40)}" must be 1–32 characters of a-z, 0-9, '-', '_', '.'`);
}

export function validateTask(task: string, err = RegistryErrors.InvalidTask): void {
  if (task !== '' && !TASK.test(task)) {
    throw new ChainError(err, `task "${task.slice(0, 70)}" must be empty or 1–64 characters of a-z, 0-9, '-', '_', '.' (e.g. "text-generation")`);
  }
}

export function validateQueryTask(task: string): void {
  if (!TASK.test(task)) throw new ChainError(RegistryErrors.InvalidQuery, `task "${task.slice(0, 70)}" must be 1–64 characters of a-z, 0-9, '-', '_', '.'`);
}

export function validatePrefix(prefix: string): void {
  if (!PREFIX.test(prefix)) throw new ChainError(RegistryErrors.InvalidQuery, `name prefix "${prefix.slice(0, 70)}" may only hold a-z, 0-9, '-', '_', '.' (at most 64)`);
}

export function validateDescription(d: string): void {
  checkText(d, MAX_DESCRIPTION_BYTES, 'description', RegistryErrors.InvalidDescription);
}

export function validateLicense(l: string): void {
  if (l.length > MAX_LICENSE_LENGTH) throw new ChainError(RegistryErrors.InvalidLicense, `license is ${l.length} characters; the maximum is ${MAX_LICENSE_LENGTH}`);
  if (!/^[\x20-\x7e]*$/.test(l)) throw new ChainError(RegistryErrors.InvalidLicense, 'license must be printable ASCII, e.g. an SPDX identifier such as "Apache-2.0" or "MIT OR Apache-2.0"');
}

export function validateModelCardUri(u: string): void {
  if (u === '') return;
  if (u.length > MAX_MODEL_CARD_URI_LENGTH) throw new ChainError(RegistryErrors.InvalidModelCardUri, `model_card_uri is ${u.length} characters; the maximum is ${MAX_MODEL_CARD_URI_LENGTH}`);
  if (!/^(ipfs|ar|https|http):\/\/[\x21-\x7e]+$/.test(u)) {
    throw new ChainError(RegistryErrors.InvalidModelCardUri, `model_card_uri "${u.slice(0, 80)}" must be an ipfs://, ar://, https:// or http:// URI without spaces, or empty`);
  }
}

export interface Metadata {
  readonly description: string;
  readonly task: string;
  readonly tags: readonly string[];
  readonly license: string;
  readonly modelCardUri: string;
}

/** Checks every metadata field; returns them with tags sorted. */
export function validateMetadata(m: Partial<Metadata>): Metadata {
  const description = m.description ?? '';
  const task = m.task ?? '';
  const license = m.license ?? '';
  const modelCardUri = m.modelCardUri ?? '';
  validateDescription(description);
  validateTask(task);
  const tags = validateTags(m.tags ?? []);
  validateLicense(license);
  validateModelCardUri(modelCardUri);
  return { description, task, tags, license, modelCardUri };
}

export type KeyEndpointProps = aivm.registry.v1.KeyEndpoint.$Properties | null | undefined;

function hasEndpoint(e: KeyEndpointProps): boolean {
  return !!e && (!!e.multiaddr || !!e.peerId);
}

/**
 * Checks a visibility and its key endpoint together: PUBLIC (or UNSPECIFIED when `allowUnspecified`,
 * meaning public) must not carry an endpoint; PRIVATE must carry a well-formed one.
 */
export function validateVisibility(v: number, endpoint: KeyEndpointProps, allowUnspecified: boolean): { visibility: aivm.registry.v1.Visibility; keyEndpoint?: { multiaddr: string; peerId: string } } {
  if (v === Visibility.VISIBILITY_UNSPECIFIED && allowUnspecified) v = Visibility.VISIBILITY_PUBLIC;
  if (v !== Visibility.VISIBILITY_PUBLIC && v !== Visibility.VISIBILITY_PRIVATE) {
    throw new ChainError(RegistryErrors.InvalidVisibility, `visibility ${v} is not VISIBILITY_PUBLIC (1) or VISIBILITY_PRIVATE (2)`);
  }
  if (v === Visibility.VISIBILITY_PUBLIC) {
    if (hasEndpoint(endpoint)) throw new ChainError(RegistryErrors.InvalidKeyEndpoint, 'a public model has no key endpoint: leave key_endpoint empty (only private models serve content keys)');
    return { visibility: v };
  }
  if (!hasEndpoint(endpoint)) {
    throw new ChainError(RegistryErrors.InvalidKeyEndpoint, "a private model needs key_endpoint: the multiaddr and peer id of the owner's key server, which delivers content keys to grantees");
  }
  const peerId = endpoint!.peerId ?? '';
  const multiaddr = endpoint!.multiaddr ?? '';
  validatePeerId(peerId);
  validateMultiaddr(multiaddr, peerId);
  return { visibility: v, keyEndpoint: { multiaddr, peerId } };
}

export const UPDATE_MASK_FIELDS = ['description', 'task', 'tags', 'license', 'model_card_uri'] as const;
export type UpdateMaskField = (typeof UPDATE_MASK_FIELDS)[number];

/** Parses update_mask: known, unique names; empty means every field. */
export function parseUpdateMask(mask: readonly string[]): UpdateMaskField[] {
  if (mask.length === 0) return [...UPDATE_MASK_FIELDS];
  const out: UpdateMaskField[] = [];
  for (const f of mask) {
    if (!(UPDATE_MASK_FIELDS as readonly string[]).includes(f)) {
      throw new ChainError(RegistryErrors.InvalidUpdateMask, `update_mask names "${f.slice(0, 40)}"; the fields that can be updated are ${UPDATE_MASK_FIELDS.join(', ')}`);
    }
    if (out.includes(f as UpdateMaskField)) throw new ChainError(RegistryErrors.InvalidUpdateMask, `update_mask names "${f}" twice`);
    out.push(f as UpdateMaskField);
  }
  return out;
}
