/**
 * Terraform addresses as the review reads them: `module.team["core"].tencentcloud_cls_topic.t[0]`.
 * One place for the pieces every reader of addresses and references uses. Pure.
 */

/** An instance key: `[0]` or `["core"]`. */
export const KEY = String.raw`\[[^\]]*\]`;

/** A module path, instance keys included, possibly empty: `module.a["x"].module.b[0].`. */
export const MODULE_PATH = String.raw`(?:module\.[A-Za-z0-9_-]+(?:${KEY})?\.)*`;

/** Strips instance keys: `module.a["x"].t.n[0]` -> `module.a.t.n`. */
export function stripKeys(address: string): string {
  return address.includes('[') ? address.replace(/\[[^\]]*\]/g, '') : address;
}

/** The address of a resource of `type` (a regular expression source), instance keys included. */
export function resourceAddress(type: string): string {
  return String.raw`${MODULE_PATH}${type}\.[A-Za-z0-9_-]+(?:${KEY})?`;
}
