/**
 * Tracking-set rules (CreateAuditTrack / CreateEventsAuditTrack). Pure functions: each returns the
 * violations of a literal value, never throws. Callers skip unresolved tokens.
 *
 * Source for every rule here: CreateAuditTrack API, tencentcloud.com/document/product/1021/45906,
 * and the SDK cloudaudit v20190319 models.go (CreateAuditTrackRequestParams, ResourceField).
 * The Chinese original of the EventNames rule: "ResourceType 为 * 时 EventNames 必须为 ["*"]; 指定单个
 * 产品时可为 ["*"] 或部分接口, 接口列表上限 10".
 */
import { Violation } from './errors';

/** Name: 3-48 of letters, digits, `-`, `_` (API doc: "3-48 letters, digits, hyphens, and underscores"). */
export const TRACK_NAME_PATTERN = /^[A-Za-z0-9_-]{3,48}$/;
/** ActionType values the API takes, case-sensitive. */
export const ACTION_TYPES = ['Read', 'Write', '*'] as const;
/** Product codes are lowercase identifiers (e.g. `cvm`, `cos`, `cam`, `tke`); `*` means all. */
export const PRODUCT_CODE_PATTERN = /^[a-z][a-z0-9_-]{0,63}$/;
/** The API caps the list of API names at 10 per product. */
export const MAX_EVENT_NAMES = 10;
/** API names: no whitespace, 1-128 visible characters (the API takes action names such as `DeleteUser`). */
export const EVENT_NAME_PATTERN = /^[^\s*]{1,128}$/;

export function checkTrackName(name: string, field = 'trackName'): Violation[] {
  if (TRACK_NAME_PATTERN.test(name)) return [];
  const problem =
    name.length < 3 || name.length > 48
      ? `"${name}" has ${name.length} characters`
      : `"${name}" has characters other than letters, digits, "-" and "_"`;
  return [{ code: 'CA101', field, problem, fix: 'use 3-48 letters, digits, "-" or "_", e.g. "org-audit_01"' }];
}

export function checkActionType(value: string, field = 'actionType'): Violation[] {
  if ((ACTION_TYPES as readonly string[]).includes(value)) return [];
  return [{ code: 'CA103', field, problem: `"${value}" is not Read, Write or *`, fix: 'use the ActionType enum: ActionType.READ, ActionType.WRITE or ActionType.ALL' }];
}

export function checkResourceType(value: string, field = 'resourceType'): Violation[] {
  if (value === '*' || PRODUCT_CODE_PATTERN.test(value)) return [];
  return [{
    code: 'CA104',
    field,
    problem: `"${value}" is neither "*" nor a single lowercase product code`,
    fix: value.toLowerCase() !== value && PRODUCT_CODE_PATTERN.test(value.toLowerCase())
      ? `use "${value.toLowerCase()}"`
      : 'use "*" for all products or one product code such as "cvm"; add one selector per product for several',
  }];
}

/**
 * EventNames against ResourceType. `resourceType` may be undefined when it is a token: then only
 * the rules that hold for any product are checked.
 */
export function checkEventNames(eventNames: readonly string[], resourceType: string | undefined, field = 'eventNames'): Violation[] {
  if (eventNames.length === 0) {
    return [{ code: 'CA108', field, problem: 'the list is empty', fix: 'use ["*"] for all APIs, or list 1-10 API names' }];
  }
  const blank = eventNames.findIndex((n) => typeof n !== 'string' || !EVENT_NAME_PATTERN.test(n) && n !== '*');
  if (blank >= 0) {
    return [{
      code: 'CA108',
      field: `${field}[${blank}]`,
      problem: `${JSON.stringify(eventNames[blank])} is empty, blank, too long or contains whitespace`,
      fix: 'give each API name as the exact action, e.g. "DeleteUser"',
    }];
  }
  const hasStar = eventNames.includes('*');
  if (resourceType === '*' && !(eventNames.length === 1 && hasStar)) {
    return [{ code: 'CA105', field, problem: `resourceType is "*" but eventNames is ${JSON.stringify(eventNames)}`, fix: 'use eventNames ["*"], or set resourceType to one product to list its API names' }];
  }
  if (hasStar && eventNames.length > 1) {
    return [{ code: 'CA107', field, problem: `${JSON.stringify(eventNames)} mixes "*" with API names`, fix: 'use ["*"] alone for all APIs, or drop "*" and keep the names' }];
  }
  const seen = new Set<string>();
  for (const n of eventNames) {
    if (seen.has(n)) {
      return [{ code: 'CA109', field, problem: `"${n}" is listed twice`, fix: 'list each API name once' }];
    }
    seen.add(n);
  }
  if (eventNames.length > MAX_EVENT_NAMES) {
    return [{ code: 'CA106', field, problem: `${eventNames.length} API names given, the API takes at most ${MAX_EVENT_NAMES}`, fix: 'use ["*"] for the whole product, or keep at most 10 API names' }];
  }
  return [];
}
