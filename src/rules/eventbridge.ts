/**
 * EventBridge rules for CloudAudit events. Pure functions returning violations.
 *
 * Sources:
 * - rule_name: provider tencentcloud_eb_event_rule description (resource_tc_eb_event_rule.go
 *   @2f241606): "can only contain letters, numbers, underscores, hyphens, starts with a letter and
 *   ends with a number or letter, 2~60 characters". The API (SDK eb v20210416 CreateRuleRequest)
 *   also allows Chinese characters; we keep the provider's stricter rule. The provider validates
 *   nothing; the API refuses a bad name at apply.
 * - description: same file, "description within 200 characters".
 * - event format: EventBridge "Cloud Audit Event" (tencentcloud.com/document/product/1108/46246):
 *   `type` = `<product>:CloudEvent:ApiCall|ConsoleCall|MiniProgramCall`, `source` =
 *   `<product>.cloud.tencent`, `data` = the raw CloudAudit log (whose `eventName` field is
 *   documented in "Viewing Event Details in Operation Record", CloudAudit doc appendix).
 * - pattern syntax: EventBridge "Event Pattern" (tencentcloud.com/document/product/1108/42288):
 *   values in [] are OR, keys are AND, matching is exact and case-sensitive.
 * - target resource descriptions: SDK eb v20210416 CreateTargetRequest.cs examples
 *   (`qcs::scf:…`, `qcs::cls:…`).
 */
import { Violation } from './errors';
import { EVENT_NAME_PATTERN, PRODUCT_CODE_PATTERN } from './track';

export const RULE_NAME_PATTERN = /^[A-Za-z][A-Za-z0-9_-]{0,58}[A-Za-z0-9]$/;
export const RULE_DESCRIPTION_MAX = 200;
/** The CloudAudit event types on the default Tencent Cloud service event bus. */
export const CLOUDAUDIT_EVENT_TYPES = ['ApiCall', 'ConsoleCall', 'MiniProgramCall'] as const;
/** EventBridge receives CloudAudit events on the service bus in Guangzhou (1108/46246, "Call Method"). */
export const SERVICE_BUS_REGION = 'ap-guangzhou';

export function checkRuleName(name: string, field = 'ruleName'): Violation[] {
  if (RULE_NAME_PATTERN.test(name)) return [];
  const problem = name.length < 2 || name.length > 60
    ? `"${name}" has ${name.length} characters`
    : `"${name}" does not start with a letter, end with a letter or digit, and hold only letters, digits, "_" and "-"`;
  return [{ code: 'CA721', field, problem, fix: 'use 2-60 letters, digits, "_" or "-", e.g. "cam-write-events"' }];
}

export function checkRuleDescription(description: string, field = 'description'): Violation[] {
  if (description.length <= RULE_DESCRIPTION_MAX) return [];
  return [{ code: 'CA724', field, problem: `it has ${description.length} characters`, fix: `shorten it to at most ${RULE_DESCRIPTION_MAX}` }];
}

export function checkEventBusId(id: string, field = 'eventBusId'): Violation[] {
  if (id.trim().length > 0 && !/\s/.test(id)) return [];
  return [{ code: 'CA725', field, problem: `${JSON.stringify(id)} is blank or contains whitespace`, fix: 'pass the ID of the Tencent Cloud service event bus (EventBridge console, Guangzhou), e.g. "eb-xxxxxxxx"' }];
}

export function checkProducts(products: readonly string[], field = 'products'): Violation[] {
  if (products.length === 0) {
    return [{ code: 'CA722', field, problem: 'the list is empty', fix: 'list the product codes to match, e.g. ["cam", "cvm"]' }];
  }
  const bad = products.findIndex((p) => !PRODUCT_CODE_PATTERN.test(p));
  if (bad >= 0) {
    return [{ code: 'CA722', field: `${field}[${bad}]`, problem: `${JSON.stringify(products[bad])} is not one lowercase product code`, fix: products[bad] === '*' ? 'EventBridge patterns match exact values: list each product, e.g. ["cam", "cvm"]' : `use e.g. "${products[bad].toLowerCase()}"` }];
  }
  const dup = products.find((p, i) => products.indexOf(p) !== i);
  if (dup !== undefined) return [{ code: 'CA722', field, problem: `"${dup}" is listed twice`, fix: 'list each product once' }];
  return [];
}

export function checkEventTypes(types: readonly string[], field = 'eventTypes'): Violation[] {
  const bad = types.find((t) => !(CLOUDAUDIT_EVENT_TYPES as readonly string[]).includes(t));
  const dup = types.find((t, i) => types.indexOf(t) !== i);
  if (types.length > 0 && bad === undefined && dup === undefined) return [];
  const problem = types.length === 0 ? 'the list is empty' : bad !== undefined ? `"${bad}" is not ApiCall, ConsoleCall or MiniProgramCall` : `"${dup}" is listed twice`;
  return [{ code: 'CA723', field, problem, fix: 'use the CloudAuditEventType enum, each value once (omit eventTypes for all three)' }];
}

export function checkPatternEventNames(names: readonly string[], field = 'eventNames'): Violation[] {
  const bad = names.findIndex((n) => !EVENT_NAME_PATTERN.test(n));
  const dup = names.find((n, i) => names.indexOf(n) !== i);
  if (names.length > 0 && bad < 0 && dup === undefined) return [];
  const problem = names.length === 0 ? 'the list is empty' : bad >= 0 ? `${JSON.stringify(names[bad])} is blank, "*" or contains whitespace` : `"${dup}" is listed twice`;
  return [{ code: 'CA727', field, problem, fix: 'list exact API names such as "DeleteUser", each once; omit eventNames to match every API' }];
}

/** The QCS prefix a target of `type` has, e.g. `qcs::scf:` (SDK CreateTargetRequest examples). */
export function checkTargetDescription(type: string, description: string, field = 'target.resourceDescription'): Violation[] {
  if (description.startsWith(`qcs::${type}:`) && !/\s/.test(description)) return [];
  return [{ code: 'CA726', field, problem: `"${description}" does not start with "qcs::${type}:"`, fix: `give the QCS resource string of the ${type} target, e.g. ${type === 'cls' ? '"qcs::cls:ap-guangzhou:uin/<uin>:topic/<topicId>"' : '"qcs::scf:ap-guangzhou:uin/<uin>:namespace/default/function/<name>/$LATEST"'}` }];
}

/**
 * The `event_pattern` JSON for CloudAudit events of `products` × `types`, optionally narrowed to
 * API names (`data.eventName`; the nesting follows the documented `data` = raw log, UNVERIFIED
 * against a live bus). Sorted, so equal inputs give equal strings.
 */
export function cloudAuditEventPattern(products: readonly string[], types: readonly string[], eventNames?: readonly string[]): string {
  const ps = [...products].sort();
  const ts = [...types].sort();
  const pattern: Record<string, unknown> = {
    source: ps.map((p) => `${p}.cloud.tencent`),
    type: ps.flatMap((p) => ts.map((t) => `${p}:CloudEvent:${t}`)),
  };
  if (eventNames !== undefined) pattern.data = { eventName: [...eventNames].sort() };
  return JSON.stringify(pattern);
}
