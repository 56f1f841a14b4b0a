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
import { characters, checkKnown, defineRule, Violation } from './rule';
import { SOURCES } from './sources';
import { known, lit, one, TerraformResourceView } from './terraform';
import { EVENT_NAME_PATTERN, PRODUCT_CODE_PATTERN } from './track';

export const RULE_NAME_PATTERN = /^[A-Za-z][A-Za-z0-9_-]{0,58}[A-Za-z0-9]$/;
export const RULE_DESCRIPTION_MAX = 200;
/** The CloudAudit event types on the default Tencent Cloud service event bus. */
export const CLOUDAUDIT_EVENT_TYPES = ['ApiCall', 'ConsoleCall', 'MiniProgramCall'] as const;
/** EventBridge receives CloudAudit events on the service bus in Guangzhou (1108/46246, "Call Method"). */
export const SERVICE_BUS_REGION = 'ap-guangzhou';
export const EB_EVENT_RULE = 'tencentcloud_eb_event_rule';
export const EB_EVENT_TARGET = 'tencentcloud_eb_event_target';

/** The CloudAudit part of an event rule's literal event_pattern, when it is one. */
function patternOf(r: TerraformResourceView): ReturnType<typeof parseCloudAuditPattern> {
  const pattern = lit(r.values.event_pattern);
  return pattern === undefined ? undefined : parseCloudAuditPattern(pattern);
}

export const EventRuleNameInvalid = defineRule({
  code: 'CA721',
  name: 'EventRuleNameInvalid',
  level: 'error',
  source: SOURCES.ebRuleApi,
  review: 'API-012',
  rule: 'ruleName is 2-60 letters, digits, "_" and "-", starting with a letter and ending with a letter or digit',
  reads: [{ resource: EB_EVENT_RULE, attributes: ['rule_name'] }],
  field: 'ruleName',
  terraform: (r) => known(lit(r.values.rule_name), 'rule_name'),
  example: '1',
  check: (name: string, field) => {
    if (RULE_NAME_PATTERN.test(name)) return undefined;
    const problem = name.length < 2 || name.length > 60
      ? `"${name}" has ${characters(name.length)}`
      : `"${name}" does not start with a letter, end with a letter or digit, and hold only letters, digits, "_" and "-"`;
    return { field, problem, fix: 'use 2-60 letters, digits, "_" or "-", e.g. "cam-write-events"' };
  },
});

export const EventRuleProductsInvalid = defineRule({
  code: 'CA722',
  name: 'EventRuleProductsInvalid',
  level: 'error',
  source: SOURCES.ebRuleApi,
  review: 'API-012',
  rule: 'products lists 1 or more lowercase product codes (not "*"), each once',
  reads: [{ resource: EB_EVENT_RULE, attributes: ['event_pattern'] }],
  field: 'products',
  terraform: (r) => known(patternOf(r)?.products, 'event_pattern.source'),
  example: [],
  check: (products: readonly string[], field) => {
    if (products.length === 0) return { field, problem: 'the list is empty', fix: 'list the product codes to match, e.g. ["cam", "cvm"]' };
    const bad = products.findIndex((p) => !PRODUCT_CODE_PATTERN.test(p));
    if (bad >= 0) {
      return { field: `${field}[${bad}]`, problem: `${JSON.stringify(products[bad])} is not one lowercase product code`, fix: products[bad] === '*' ? 'EventBridge patterns match exact values: list each product, e.g. ["cam", "cvm"]' : `use e.g. "${products[bad].toLowerCase()}"` };
    }
    const dup = products.find((p, i) => products.indexOf(p) !== i);
    return dup === undefined ? undefined : { field, problem: `"${dup}" is listed twice`, fix: 'list each product once' };
  },
});

export const EventRuleTypesInvalid = defineRule({
  code: 'CA723',
  name: 'EventRuleTypesInvalid',
  level: 'error',
  source: SOURCES.ebRuleApi,
  review: 'API-012',
  rule: 'eventTypes lists 1-3 of ApiCall, ConsoleCall, MiniProgramCall, each once',
  reads: [{ resource: EB_EVENT_RULE, attributes: ['event_pattern'] }],
  field: 'eventTypes',
  terraform: (r) => known(patternOf(r)?.types, 'event_pattern.type'),
  example: ['Nope'],
  check: (types: readonly string[], field) => {
    const bad = types.find((t) => !(CLOUDAUDIT_EVENT_TYPES as readonly string[]).includes(t));
    const dup = types.find((t, i) => types.indexOf(t) !== i);
    if (types.length > 0 && bad === undefined && dup === undefined) return undefined;
    const problem = types.length === 0 ? 'the list is empty' : bad !== undefined ? `"${bad}" is not ApiCall, ConsoleCall or MiniProgramCall` : `"${dup}" is listed twice`;
    return { field, problem, fix: 'use the CloudAuditEventType enum, each value once (omit eventTypes for all three)', fixTerraform: 'match "<product>:CloudEvent:ApiCall", "…:ConsoleCall" or "…:MiniProgramCall" in type' };
  },
});

export const EventRuleDescriptionInvalid = defineRule({
  code: 'CA724',
  name: 'EventRuleDescriptionInvalid',
  level: 'error',
  source: SOURCES.ebRuleApi,
  review: 'API-012',
  rule: 'description is at most 200 characters',
  reads: [{ resource: EB_EVENT_RULE, attributes: ['description'] }],
  field: 'description',
  terraform: (r) => known(lit(r.values.description), 'description'),
  example: 'x'.repeat(201),
  check: (description: string, field) => (description.length <= RULE_DESCRIPTION_MAX ? undefined
    : { field, problem: `it has ${characters(description.length)}`, fix: `shorten it to at most ${RULE_DESCRIPTION_MAX}` }),
});

export const EventBusIdInvalid = defineRule({
  code: 'CA725',
  name: 'EventBusIdInvalid',
  level: 'error',
  source: SOURCES.ebRuleApi,
  review: 'API-012',
  rule: 'eventBusId is the bus ID (e.g. "eb-xxxxxxxx"): not blank, no whitespace',
  reads: [{ resource: EB_EVENT_RULE, attributes: ['event_bus_id'] }, { resource: EB_EVENT_TARGET, attributes: ['event_bus_id'] }],
  field: 'eventBusId',
  terraform: (r) => known(lit(r.values.event_bus_id), 'event_bus_id'),
  example: ' ',
  check: (id: string, field) => (id.trim().length > 0 && !/\s/.test(id) ? undefined
    : { field, problem: `${JSON.stringify(id)} is blank or contains whitespace`, fix: 'pass the ID of the Tencent Cloud service event bus (EventBridge console, Guangzhou), e.g. "eb-xxxxxxxx"' }),
});

/** The QCS prefix a target of `type` has, e.g. `qcs::scf:` (SDK CreateTargetRequest examples). */
export const EventTargetInvalid = defineRule({
  code: 'CA726',
  name: 'EventTargetInvalid',
  level: 'error',
  source: SOURCES.ebTargetApi,
  review: 'API-012',
  rule: 'a target resourceDescription is the QCS resource string of its type, e.g. "qcs::scf:<region>:uin/<uin>:namespace/<ns>/function/<fn>/$LATEST"',
  reads: [{ resource: EB_EVENT_TARGET, attributes: ['type', 'target_description.resource_description'] }],
  field: 'target.resourceDescription',
  terraform: (r) => { const type = lit(r.values.type); const description = lit(one(r.values.target_description)?.resource_description); return type === undefined || description === undefined ? [] : [{ input: { type, description }, field: 'target_description.resource_description' }]; },
  example: { type: 'scf', description: 'not-a-qcs-string' },
  check: ({ type, description }: { type: string; description: string }, field) => (description.startsWith(`qcs::${type}:`) && !/\s/.test(description) ? undefined
    : { field, problem: `"${description}" does not start with "qcs::${type}:"`, fix: `give the QCS resource string of the ${type} target, e.g. ${type === 'cls' ? '"qcs::cls:ap-guangzhou:uin/<uin>:topic/<topicId>"' : '"qcs::scf:ap-guangzhou:uin/<uin>:namespace/default/function/<name>/$LATEST"'}` }),
});

export const ApiNamesInvalid = defineRule({
  code: 'CA727',
  name: 'ApiNamesInvalid',
  level: 'error',
  source: SOURCES.ebRuleApi,
  review: 'API-012',
  rule: 'eventNames of an event rule, of SensitiveOperations.custom or of Detection.custom lists 1 or more exact API names (no "*", no whitespace), each once',
  reads: [{ resource: EB_EVENT_RULE, attributes: ['event_pattern'] }],
  field: 'eventNames',
  terraform: (r) => known(patternOf(r)?.eventNames, 'event_pattern.data.eventName'),
  example: ['*'],
  check: (names: readonly string[], field) => {
    const bad = names.findIndex((n) => !EVENT_NAME_PATTERN.test(n));
    const dup = names.find((n, i) => names.indexOf(n) !== i);
    if (names.length > 0 && bad < 0 && dup === undefined) return undefined;
    const problem = names.length === 0 ? 'the list is empty' : bad >= 0 ? `${JSON.stringify(names[bad])} is blank, "*" or contains whitespace` : `"${dup}" is listed twice`;
    return { field, problem, fix: 'list exact API names such as "DeleteUser", each once; omit eventNames to match every API', fixTerraform: 'list exact API names in data.eventName, each once; omit it to match every API' };
  },
});

/** The pattern is built at synth from products and API names: they cannot be tokens (CA722 is about their values). */
export const EventPatternNotLiteral = defineRule({
  code: 'CA728',
  name: 'EventPatternNotLiteral',
  level: 'error',
  source: SOURCES.library,
  rule: 'products and eventNames of an event rule are literal lists, not tokens (the pattern is built at synth)',
  field: 'products',
  check: (isToken: boolean, field) => (!isToken ? undefined
    : { field, problem: 'products or eventNames is a token; the pattern is built at synth', fix: 'pass literal product codes and API names' }),
});

/** SensitiveOperations.custom matches one product in a CLS query; "*" (valid for a track, CA104) is not one. */
export const SensitiveProductInvalid = defineRule({
  code: 'CA729',
  name: 'SensitiveProductInvalid',
  level: 'error',
  source: SOURCES.library,
  rule: 'the product of SensitiveOperations.custom or Detection.custom is one product code, not "*" (omit it for every product)',
  field: 'product',
  check: (product: string, field) => (product !== '*' ? undefined
    : { field, problem: '"*" is not one product', fix: 'use one product code such as "cvm"' }),
});

/** The detection choice of an event rule: products, or a detection with an EventBridge equivalent. */
export interface EventRuleSourceInput {
  readonly hasProducts: boolean;
  readonly hasEventFilters: boolean;
  /** The detection's title and, when it has none, why it has no event pattern. */
  readonly detection?: { readonly title: string; readonly unavailable?: string };
}

export const EventRuleDetectionInvalid = defineRule({
  code: 'CA730',
  name: 'EventRuleDetectionInvalid',
  level: 'error',
  source: SOURCES.ebPattern,
  rule: 'an event rule has exactly one of products and detection (a detection without eventTypes or eventNames), and the detection has an EventBridge equivalent',
  field: 'detection',
  example: { hasProducts: false, hasEventFilters: false, detection: { title: 'Denied calls', unavailable: 'an event pattern matches one event and cannot count calls per caller' } },
  check: ({ hasProducts, hasEventFilters, detection }: EventRuleSourceInput, field) => {
    if (detection === undefined) {
      return hasProducts ? undefined : { field: 'products', problem: 'neither products nor detection is given', fix: 'list the product codes to match, e.g. ["cam"], or pass a Detection' };
    }
    if (hasProducts || hasEventFilters) {
      return { field, problem: `detection "${detection.title}" is given with ${hasProducts ? 'products' : 'eventTypes or eventNames'}`, fix: 'give either a detection (it sets the pattern) or products with eventTypes and eventNames' };
    }
    return detection.unavailable === undefined ? undefined
      : { field, problem: `detection "${detection.title}" has no EventBridge equivalent: ${detection.unavailable}`, fix: 'use it as a CLS alarm (ClsDestination.addAlarm with detection)' };
  },
});

export const EventRuleRegionNotGuangzhou = defineRule({
  code: 'CA751',
  name: 'EventRuleRegionNotGuangzhou',
  level: 'warning',
  source: SOURCES.ebRuleApi,
  rule: 'the Tencent Cloud service event bus that receives CloudAudit events is in ap-guangzhou',
  field: 'provider',
  review: 'API-014',
  reads: [{ resource: EB_EVENT_RULE, attributes: ['provider region'] }],
  terraform: (r, ctx) => known(lit(ctx.providerConfig(r.account)?.region), `provider ${r.account} region`),
  check: (region: string, field) => (region === SERVICE_BUS_REGION ? undefined
    : { field, problem: `the rule is created through a provider in "${region}", but CloudAudit events arrive on the service event bus in ${SERVICE_BUS_REGION}`, fix: `pass provider: a TencentcloudProvider with region "${SERVICE_BUS_REGION}"`, fixTerraform: `create the rule through a provider block with region "${SERVICE_BUS_REGION}" (provider = tencentcloud.<alias>)` }),
});

/** Products, event types and API names of a CloudAudit event pattern, or undefined when the pattern is not one. */
export function parseCloudAuditPattern(pattern: string): { products: string[]; types: string[]; eventNames?: string[] } | undefined {
  let p: any;
  try {
    p = JSON.parse(pattern);
  } catch {
    return undefined;
  }
  const source: unknown[] = Array.isArray(p?.source) ? p.source : [];
  const type: unknown[] = Array.isArray(p?.type) ? p.type : [];
  if (source.length === 0 || !source.every((x) => typeof x === 'string' && x.endsWith('.cloud.tencent'))) return undefined;
  const products = (source as string[]).map((x) => x.slice(0, -'.cloud.tencent'.length));
  const types = [...new Set(type.filter((x): x is string => typeof x === 'string').map((x) => x.split(':CloudEvent:')[1] ?? x))];
  const names = p?.data?.eventName;
  return { products, types, eventNames: Array.isArray(names) ? names.map(String) : undefined };
}

/** AuditEventRule props, literal values only (undefined: absent or a token). */
export interface EventRulePropsInput {
  readonly ruleName?: string;
  readonly eventBusId?: string;
  readonly products?: readonly string[];
  readonly eventTypes: readonly string[];
  readonly eventNames?: readonly string[];
  readonly description?: string;
  readonly target?: { readonly type: string; readonly resourceDescription?: string };
  /** products or eventNames is a token. */
  readonly notLiteral: boolean;
  /** Which of products, event filters and a detection are given. */
  readonly source?: EventRuleSourceInput;
}

/** Every rule AuditEventRule checks on its props, in the order its error names them. */
export function eventRulePropsViolations(i: EventRulePropsInput): Violation[] {
  return [
    ...checkKnown(EventRuleNameInvalid, i.ruleName),
    ...checkKnown(EventRuleDetectionInvalid, i.source),
    ...checkKnown(EventBusIdInvalid, i.eventBusId),
    ...checkKnown(EventRuleProductsInvalid, i.products),
    ...EventRuleTypesInvalid.check(i.eventTypes),
    ...checkKnown(ApiNamesInvalid, i.eventNames),
    ...checkKnown(EventRuleDescriptionInvalid, i.description),
    ...(i.target?.resourceDescription !== undefined
      ? EventTargetInvalid.check({ type: i.target.type, description: i.target.resourceDescription })
      : []),
    ...EventPatternNotLiteral.check(i.notLiteral),
  ];
}

/**
 * No eventBusId given: the rule looks the service event bus up at plan time (data source
 * tencentcloud_eb_bus, type "Cloud"); a Terraform precondition fails the plan unless exactly one is
 * listed. `serviceEventBusNotFoundMessage` is its message.
 */
export const ServiceEventBusNotFound = defineRule({
  code: 'CA752',
  name: 'ServiceEventBusNotFound',
  level: 'error',
  source: SOURCES.ebBuses,
  rule: 'without eventBusId, the account lists exactly one event bus of type "Cloud" (checked at plan time, not synth)',
});

/** The precondition message when the service event bus is not found at plan time. */
export function serviceEventBusNotFoundMessage(path: string): string {
  return `[${ServiceEventBusNotFound.code} ${ServiceEventBusNotFound.name}] ${path}: data.tencentcloud_eb_bus does not list exactly one event bus of type "Cloud" (the Tencent Cloud service event bus, in ap-guangzhou). `
    + 'Fix: activate EventBridge in the console (it creates the service event bus), manage the rule through a provider in ap-guangzhou, or pass eventBusId.';
}

export const EVENTBRIDGE_RULES = [
  EventRuleNameInvalid, EventRuleProductsInvalid, EventRuleTypesInvalid, EventRuleDescriptionInvalid, EventBusIdInvalid,
  EventTargetInvalid, ApiNamesInvalid, EventPatternNotLiteral, SensitiveProductInvalid, EventRuleDetectionInvalid, EventRuleRegionNotGuangzhou,
  ServiceEventBusNotFound,
] as const;

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
  return canonicalJson(pattern);
}

/**
 * JSON in one canonical form: compact, object keys sorted at every depth. The provider has no diff
 * suppression on `event_pattern`, and EventBridge returns a pattern re-serialized: a pattern
 * written in any other form would plan a change at every run.
 */
export function canonicalJson(value: unknown): string {
  const sorted = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(sorted);
    if (v && typeof v === 'object') return Object.fromEntries(Object.keys(v).sort().map((k) => [k, sorted((v as Record<string, unknown>)[k])]));
    return v;
  };
  return JSON.stringify(sorted(value));
}
