/**
 * How a rule reads Terraform: a neutral view of one resource (from cdk.tf.json, hand-written
 * *.tf.json or a `terraform show -json` plan) and helpers for literal values. A value that is a
 * Terraform expression (`${…}`) is unknown before apply: rules never judge it. Pure: no cdktf.
 */

/** One resource, as the review sees it. */
export interface TerraformResourceView {
  /** e.g. `tencentcloud_audit_track`. */
  readonly type: string;
  /** e.g. `tencentcloud_audit_track.all`. */
  readonly address: string;
  /** The provider configuration (`tencentcloud`, `tencentcloud.archive`): the account. */
  readonly account: string;
  /** The arguments, blocks as written (objects or one-element lists). */
  readonly values: Record<string, any>;
  /** `config` (Terraform JSON) or `plan` (plan / state JSON: no lifecycle). */
  readonly source?: 'config' | 'plan';
  /** Terraform `lifecycle` meta-argument (config inputs only). */
  readonly lifecycle?: Record<string, any>;
}

/** The model type of a tencentcloud provider configuration (`account` = `tencentcloud` or `tencentcloud.<alias>`). */
export const PROVIDER_CONFIG = 'provider:tencentcloud';

/** What a rule may ask about the rest of the document, and state it keeps across its resources. */
export interface TerraformContext {
  /** The address that claimed `key` first, or undefined when this resource is the first. */
  claim(key: string, address: string): string | undefined;
  /** The arguments of the provider configuration of `account`, when the document has it. */
  providerConfig(account: string): Record<string, any> | undefined;
  /** The bucket or topic a track delivers to, when it is created in the document. */
  storageOf(track: TerraformResourceView): TerraformResourceView | undefined;
  /**
   * The account of the provider configuration a resource is managed by (its name, assume_role role
   * ARN, profile, or the default credentials), or undefined when the document does not say (a
   * provider it does not hold, a role ARN that is an expression).
   */
  accountOf(resource: TerraformResourceView): { readonly key: string; readonly label: string } | undefined;
  /**
   * The tracks delivering to the topic a CLS alarm's `topic_id` names, when that topic is created
   * in the document (undefined otherwise: who delivers to it is unknown).
   */
  tracksDeliveringTo(topicId: unknown): TerraformResourceView[] | undefined;
  /**
   * The `tencentcloud_cls_index` resources on the topic a `topic_id` names, when that topic is
   * created in the document (`[]`: none; undefined: the topic is not in the document).
   */
  indexesOf(topicId: unknown): TerraformResourceView[] | undefined;
}

/** One value for a rule's check, and the attribute it came from. */
export interface TerraformInput<I> {
  readonly input: I;
  readonly field: string;
}

/** `true` or `"true"`. */
export function isTrue(v: unknown): boolean {
  return v === true || v === 'true';
}

/** A string holding a Terraform expression: its value is unknown at review time. */
export function isExpression(v: unknown): boolean {
  return typeof v === 'string' && v.includes('${');
}

/** The first block of a block attribute (written as an object or a list of objects). */
export function one(v: unknown): Record<string, any> | undefined {
  const x = Array.isArray(v) ? v[0] : v;
  return typeof x === 'object' && x !== null ? x : undefined;
}

/** Every block of a block attribute. */
export function many(v: unknown): Array<Record<string, any>> {
  if (Array.isArray(v)) return v.filter((x) => typeof x === 'object' && x !== null);
  return typeof v === 'object' && v !== null ? [v as Record<string, any>] : [];
}

/** A literal string, or undefined for expressions and absent values. */
export function lit(v: unknown): string | undefined {
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return typeof v === 'string' && !isExpression(v) ? v : undefined;
}

/** A literal number (or numeric string), or undefined. */
export function num(v: unknown): number | undefined {
  if (typeof v === 'number') return v;
  return typeof v === 'string' && /^-?[0-9]+(\.[0-9]+)?$/.test(v) ? Number(v) : undefined;
}

/** A list of literal strings, or undefined when the list or an item is an expression. */
export function strings(v: unknown): string[] | undefined {
  if (!Array.isArray(v) || !v.every((x) => typeof x === 'string' && !isExpression(x))) return undefined;
  return v as string[];
}

/** `[{ input, field }]` when `input` is known, else `[]`. */
export function known<I>(input: I | undefined, field: string): Array<TerraformInput<I>> {
  return input === undefined ? [] : [{ input, field }];
}
