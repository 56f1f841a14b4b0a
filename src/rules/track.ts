/**
 * Tracking-set rules (CreateAuditTrack / CreateEventsAuditTrack), CA1xx. Checks skip nothing:
 * callers pass literal values only (tokens and Terraform expressions are not judged).
 *
 * Source for the API rules here: CreateAuditTrack API, tencentcloud.com/document/product/1021/45906,
 * and the SDK cloudaudit v20190319 (CreateAuditTrackRequestParams, ResourceField).
 * The Chinese original of the EventNames rule: "ResourceType 为 * 时 EventNames 必须为 ["*"]; 指定单个
 * 产品时可为 ["*"] 或部分接口, 接口列表上限 10".
 */
import { characters, checkKnown, defineRule, firstViolation, Violation } from './rule';
import { SOURCES } from './sources';
import { known, lit, many, one, strings, TerraformInput, TerraformResourceView } from './terraform';

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

/** The two Terraform resources of a tracking set. */
export const AUDIT_TRACK = 'tencentcloud_audit_track';
export const EVENTS_AUDIT_TRACK = 'tencentcloud_events_audit_track';
export const TRACK_RESOURCE_TYPES: readonly string[] = [AUDIT_TRACK, EVENTS_AUDIT_TRACK];
const SELECTOR_ATTRIBUTES = ['filters.resource_fields.resource_type', 'filters.resource_fields.action_type', 'filters.resource_fields.event_names'];

/** One selector with every default applied (a ResourceField of the API). */
export interface SelectorInput {
  readonly resourceType: string;
  readonly actionType: string;
  readonly eventNames: readonly string[];
}

/** Whether selector `a` records every event `b` records. */
export function covers(a: SelectorInput, b: SelectorInput): boolean {
  const product = a.resourceType === '*' || a.resourceType === b.resourceType;
  const action = a.actionType === '*' || a.actionType === b.actionType;
  const names = a.eventNames.includes('*') || b.eventNames.every((n) => a.eventNames.includes(n));
  return product && action && names;
}

/** Product and actionType: two selectors with the same key are merged or refused. */
export function selectorKey(s: SelectorInput): string {
  return `${s.resourceType}\u0000${s.actionType}`;
}

function describe(s: SelectorInput): string {
  return `{ resourceType: "${s.resourceType}", actionType: "${s.actionType}", eventNames: ${JSON.stringify(s.eventNames)} }`;
}

/** A selector as a Terraform resource_fields block reads. */
function describeBlock(s: SelectorInput): string {
  return `resource_fields { resource_type = "${s.resourceType}", action_type = "${s.actionType}", event_names = ${JSON.stringify(s.eventNames)} }`;
}

/** The selectors of a track resource as written: `prefix` is the attribute path of the block. */
export function trackSelectors(r: TerraformResourceView): Array<{ prefix: string; raw: Record<string, any> }> {
  if (r.type === AUDIT_TRACK) return [{ prefix: '', raw: r.values }];
  return many(one(r.values.filters)?.resource_fields).map((raw, i) => ({ prefix: `filters.resource_fields[${i}].`, raw }));
}

/** The literal values of one selector attribute of a track resource, with their attribute paths. */
function selectorInputs(r: TerraformResourceView, attribute: 'action_type' | 'resource_type'): Array<TerraformInput<string>> {
  // A tencentcloud_audit_track is its own selector: no list per call (rules read every track).
  if (r.type === AUDIT_TRACK) return known(lit(r.values[attribute]), attribute);
  return trackSelectors(r).flatMap((s) => known(lit(s.raw[attribute]), `${s.prefix}${attribute}`));
}

/** Literal selectors of a track resource (undefined where a value is an expression). */
function literalSelector(raw: Record<string, any>): SelectorInput | undefined {
  const resourceType = lit(raw.resource_type);
  const actionType = lit(raw.action_type);
  const eventNames = strings(raw.event_names);
  return resourceType !== undefined && actionType !== undefined && eventNames !== undefined ? { resourceType, actionType, eventNames } : undefined;
}

/**
 * Every literal EventNames list of a track resource, with its ResourceType. The review reports each
 * rule a list breaks (the constructs throw the first one, in EVENT_NAMES_RULES order).
 */
function eventNamesInputs(r: TerraformResourceView): Array<TerraformInput<EventNamesInput>> {
  // Six rules read the same lists: read them once per resource view (the review never changes one).
  let inputs = EVENT_NAMES_INPUTS.get(r);
  if (inputs === undefined && r.type === AUDIT_TRACK) {
    // A tencentcloud_audit_track is its own selector: no selector list to build and flatten.
    const eventNames = strings(r.values.event_names);
    inputs = eventNames === undefined ? [] : [{ input: { eventNames, resourceType: lit(r.values.resource_type) }, field: 'event_names' }];
    EVENT_NAMES_INPUTS.set(r, inputs);
  } else if (inputs === undefined) {
    inputs = trackSelectors(r).flatMap((s) => {
      const eventNames = strings(s.raw.event_names);
      return eventNames === undefined ? [] : [{ input: { eventNames, resourceType: lit(s.raw.resource_type) }, field: `${s.prefix}event_names` }];
    });
    EVENT_NAMES_INPUTS.set(r, inputs);
  }
  return inputs;
}
const EVENT_NAMES_INPUTS = new WeakMap<object, Array<TerraformInput<EventNamesInput>>>();

/** Pairs of selectors of an events track whose first broken rule is `code`. */
function selectorPairInputs(r: TerraformResourceView, code: string): Array<TerraformInput<SelectorPairInput>> {
  // A tencentcloud_audit_track has one selector: no pairs.
  if (r.type === AUDIT_TRACK) return [];
  const selectors = trackSelectors(r).map((s) => ({ prefix: s.prefix, selector: literalSelector(s.raw) }));
  const out: Array<TerraformInput<SelectorPairInput>> = [];
  selectors.forEach(({ prefix, selector: added }, i) => {
    if (!added) return;
    const earlier = selectors.slice(0, i).flatMap((s) => (s.selector ? [s.selector] : []));
    for (const existing of earlier) {
      const v = checkSelectorPairs([existing], added)[0];
      if (v) {
        if (v.code === code) out.push({ input: { existing, added }, field: `${prefix}resource_type` });
        return;
      }
    }
  });
  return out;
}

export const TrackNameInvalid = defineRule({
  code: 'CA101',
  name: 'TrackNameInvalid',
  level: 'error',
  source: SOURCES.createAuditTrack,
  review: 'API-001',
  rule: 'trackName is 3-48 characters of letters, digits, "-" and "_"',
  reads: [{ resource: AUDIT_TRACK, attributes: ['name'] }, { resource: EVENTS_AUDIT_TRACK, attributes: ['name'] }],
  field: 'trackName',
  terraform: (r) => known(lit(r.values.name), 'name'),
  check: (name: string, field) => {
    if (TRACK_NAME_PATTERN.test(name)) return undefined;
    const problem = name.length < 3 || name.length > 48
      ? `"${name}" has ${characters(name.length)}`
      : `"${name}" has characters other than letters, digits, "-" and "_"`;
    return { field, problem, fix: 'use 3-48 letters, digits, "-" or "_", e.g. "org-audit_01"' };
  },
});

/** One account (provider) cannot hold two tracking sets with one name. */
export const TrackNameDuplicate = defineRule({
  code: 'CA102',
  name: 'TrackNameDuplicate',
  level: 'error',
  source: SOURCES.createAuditTrack,
  review: 'API-001',
  rule: 'two tracks of one account cannot share a name (constructs: in any stack of the app; review: per provider configuration)',
  reads: [{ resource: AUDIT_TRACK, attributes: ['name'] }, { resource: EVENTS_AUDIT_TRACK, attributes: ['name'] }],
  field: 'trackName',
  terraform: (r, ctx) => { const name = lit(r.values.name); return name === undefined ? [] : [{ input: { name, usedBy: ctx.claim(`${r.account}\u0000${name}`, r.address), account: `provider ${r.account}` }, field: 'name' }]; },
  check: (input: { name: string; usedBy?: string; account?: string }, field) => {
    if (input.usedBy === undefined) return undefined;
    const where = input.account !== undefined ? ` in ${input.account}` : '';
    return { field, problem: `"${input.name}" is already used by ${input.usedBy}${where}`, fix: 'give each tracking set its own name' };
  },
});

/**
 * Names seen per account: `claim` returns the CA102 violation when the name is taken. Used by the
 * constructs (per provider across the app) and the review (per provider alias in a document).
 */
export class TrackNames {
  private readonly names = new Map<string, string>();

  claim(account: string, name: string, owner: string, field?: string, accountLabel?: string): Violation[] {
    const key = `${account}\u0000${name}`;
    const usedBy = this.names.get(key);
    if (usedBy === undefined) this.names.set(key, owner);
    return TrackNameDuplicate.check({ name, usedBy, account: accountLabel }, field);
  }
}

export const ActionTypeInvalid = defineRule({
  code: 'CA103',
  name: 'ActionTypeInvalid',
  level: 'error',
  source: SOURCES.createAuditTrack,
  review: 'API-002',
  rule: 'actionType is Read, Write or * (case-sensitive)',
  reads: [{ resource: AUDIT_TRACK, attributes: ['action_type'] }, { resource: EVENTS_AUDIT_TRACK, attributes: ['filters.resource_fields.action_type'] }],
  field: 'actionType',
  terraform: (r) => selectorInputs(r, 'action_type'),
  check: (value: string, field) => ((ACTION_TYPES as readonly string[]).includes(value) ? undefined
    : { field, problem: `"${value}" is not Read, Write or *`, fix: 'use the ActionType enum: ActionType.READ, ActionType.WRITE or ActionType.ALL', fixTerraform: 'use "Read", "Write" or "*"' }),
});

export const ResourceTypeInvalid = defineRule({
  code: 'CA104',
  name: 'ResourceTypeInvalid',
  level: 'error',
  source: SOURCES.createAuditTrack,
  review: 'API-002',
  rule: 'resourceType is "*" or one lowercase product code such as "cvm"',
  reads: [{ resource: AUDIT_TRACK, attributes: ['resource_type'] }, { resource: EVENTS_AUDIT_TRACK, attributes: ['filters.resource_fields.resource_type'] }],
  field: 'resourceType',
  terraform: (r) => selectorInputs(r, 'resource_type'),
  check: (value: string, field) => {
    if (value === '*' || PRODUCT_CODE_PATTERN.test(value)) return undefined;
    const lower = value.toLowerCase() !== value && PRODUCT_CODE_PATTERN.test(value.toLowerCase());
    return {
      field,
      problem: `"${value}" is neither "*" nor a single lowercase product code`,
      fix: lower ? `use "${value.toLowerCase()}"` : 'use "*" for all products or one product code such as "cvm"; add one selector per product for several',
      fixTerraform: lower ? `use "${value.toLowerCase()}"`
        : 'use "*" for all products or one product code such as "cvm"; for several, use tencentcloud_events_audit_track with one resource_fields block per product',
    };
  },
});

/** EventNames and the ResourceType they belong to (`undefined` when it is not known). */
export interface EventNamesInput {
  readonly eventNames: readonly string[];
  readonly resourceType?: string;
}
const EVENT_NAMES_READS = [
  { resource: AUDIT_TRACK, attributes: ['event_names', 'resource_type'] },
  { resource: EVENTS_AUDIT_TRACK, attributes: ['filters.resource_fields.event_names', 'filters.resource_fields.resource_type'] },
];

export const EventNamesNotStar = defineRule({
  code: 'CA105',
  name: 'EventNamesNotStar',
  level: 'error',
  source: SOURCES.createAuditTrack,
  review: 'API-002',
  rule: 'when resourceType is "*", eventNames must be exactly ["*"]',
  reads: EVENT_NAMES_READS,
  field: 'eventNames',
  terraform: (r) => eventNamesInputs(r),
  check: ({ eventNames, resourceType }: EventNamesInput, field) => (resourceType === '*' && !(eventNames.length === 1 && eventNames[0] === '*')
    ? { field, problem: `resourceType is "*" but eventNames is ${JSON.stringify(eventNames)}`, problemTerraform: `resource_type is "*" but event_names is ${JSON.stringify(eventNames)}`, fix: 'use eventNames ["*"], or set resourceType to one product to list its API names', fixTerraform: 'set event_names ["*"], or set resource_type to one product to list its API names' }
    : undefined),
});

export const EventNamesTooMany = defineRule({
  code: 'CA106',
  name: 'EventNamesTooMany',
  level: 'error',
  source: SOURCES.createAuditTrack,
  review: 'API-003',
  rule: 'a product takes ["*"] or at most 10 API names',
  reads: EVENT_NAMES_READS,
  field: 'eventNames',
  terraform: (r) => eventNamesInputs(r),
  check: ({ eventNames }: EventNamesInput, field) => (eventNames.length > MAX_EVENT_NAMES
    ? { field, problem: `${eventNames.length} API names given, the API takes at most ${MAX_EVENT_NAMES}`, fix: 'use ["*"] for the whole product, or keep at most 10 API names' }
    : undefined),
});

export const EventNamesStarMixed = defineRule({
  code: 'CA107',
  name: 'EventNamesStarMixed',
  level: 'error',
  source: SOURCES.createAuditTrack,
  review: 'API-002',
  rule: '"*" cannot be mixed with API names',
  reads: EVENT_NAMES_READS,
  field: 'eventNames',
  terraform: (r) => eventNamesInputs(r),
  check: ({ eventNames }: EventNamesInput, field) => (eventNames.includes('*') && eventNames.length > 1
    ? { field, problem: `${JSON.stringify(eventNames)} mixes "*" with API names`, fix: 'use ["*"] alone for all APIs, or drop "*" and keep the names' }
    : undefined),
});

export const EventNameBlank = defineRule({
  code: 'CA108',
  name: 'EventNameBlank',
  level: 'error',
  source: SOURCES.createAuditTrack,
  review: 'API-002',
  rule: 'eventNames is non-empty and holds no empty, blank or space-containing name',
  reads: EVENT_NAMES_READS,
  field: 'eventNames',
  terraform: (r) => eventNamesInputs(r),
  check: ({ eventNames }: EventNamesInput, field) => {
    if (eventNames.length === 0) return { field, problem: 'the list is empty', fix: 'use ["*"] for all APIs, or list 1-10 API names' };
    // A name holding "*" is CA116's (a wildcard), not a blank one.
    const blank = eventNames.findIndex((n) => typeof n !== 'string' || !EVENT_NAME_PATTERN.test(n) && !n.includes('*'));
    if (blank < 0) return undefined;
    return {
      field: `${field}[${blank}]`,
      problem: `${JSON.stringify(eventNames[blank])} is empty, blank, too long or contains whitespace`,
      fix: 'give each API name as the exact action, e.g. "DeleteUser"',
    };
  },
});

export const EventNameDuplicate = defineRule({
  code: 'CA109',
  name: 'EventNameDuplicate',
  level: 'error',
  source: SOURCES.createAuditTrack,
  review: 'API-002',
  rule: 'eventNames holds each API name once',
  reads: EVENT_NAMES_READS,
  field: 'eventNames',
  terraform: (r) => eventNamesInputs(r),
  check: ({ eventNames }: EventNamesInput, field) => {
    const dup = eventNames.find((n, i) => eventNames.indexOf(n) !== i);
    return dup === undefined ? undefined : { field, problem: `"${dup}" is listed twice`, fix: 'list each API name once' };
  },
});

export const EventNameWildcard = defineRule({
  code: 'CA116',
  name: 'EventNameWildcard',
  level: 'error',
  source: SOURCES.createAuditTrack,
  review: 'API-002',
  rule: 'an API name is exact: "*" stands alone (["*"], every API), never inside a name such as "*Create*"',
  reads: EVENT_NAMES_READS,
  field: 'eventNames',
  terraform: (r) => eventNamesInputs(r),
  example: { eventNames: ['*Create*'], resourceType: 'cam' },
  check: ({ eventNames }: EventNamesInput, field) => {
    const at = eventNames.findIndex((n) => typeof n === 'string' && n !== '*' && n.includes('*'));
    if (at < 0) return undefined;
    return {
      field: `${field}[${at}]`,
      problem: `${JSON.stringify(eventNames[at])} holds a wildcard: the API takes exact API names, and "*" only alone`,
      fix: 'list the exact API names, e.g. ["CreateUser", "CreateRole"], or use ["*"] for every API of the product',
    };
  },
});

/** The EventNames rules in the order their messages help most (the constructs throw the first). */
export const EVENT_NAMES_RULES = [
  EventNameBlank, EventNamesNotStar, EventNameWildcard, EventNamesStarMixed, EventNameDuplicate, EventNamesTooMany,
] as const;

/** EventNames against ResourceType (`resourceType` undefined when it is a token or expression). */
export function checkEventNames(eventNames: readonly string[], resourceType: string | undefined, field = 'eventNames'): Violation[] {
  return firstViolation(EVENT_NAMES_RULES, { eventNames, resourceType }, field);
}

export const DestinationInvalid = defineRule({
  code: 'CA110',
  name: 'DestinationInvalid',
  level: 'error',
  source: SOURCES.library,
  rule: 'destination is a CosDestination or ClsDestination (an IAuditDestination)',
  field: 'destination',
  check: (d: unknown, field) => (typeof d === 'object' && d !== null && 'storageType' in d && 'storageName' in d && 'storageRegion' in d
    ? undefined
    : { field, problem: `${d === undefined ? 'no destination is given' : 'the value is not an IAuditDestination'}`, fix: 'pass a CosDestination, a ClsDestination, or what CosDestination.fromExistingBucket / ClsDestination.fromTopicId return' }),
});

/**
 * The storage types of the API's Storage.StorageType: SDK cloudaudit v20190319 (type Storage: "cos、cls、ckafka")
 * and the provider's tencentcloud_audit_track / tencentcloud_events_audit_track documentation.
 */
export const STORAGE_TYPES = ['cos', 'cls', 'ckafka'] as const;

/** The Terraform resource of a CKafka topic (a CKafka destination's `<instance id>/<topic>`). */
export const CKAFKA_TOPIC = 'tencentcloud_ckafka_topic';

/**
 * A track's storage type as meant: `storage_type` in any case (`"COS"`), or `storage_region` when
 * the two are swapped (`storage_type = "ap-guangzhou"`, `storage_region = "cos"`); CA115 reports
 * the mistake, and the rules of the type meant still judge the name and prefix.
 */
export function meantStorageType(storage: Record<string, any> | undefined): string | undefined {
  const type = lit(storage?.storage_type);
  const t = type?.trim().toLowerCase();
  if (t !== undefined && (STORAGE_TYPES as readonly string[]).includes(t)) return t;
  const region = lit(storage?.storage_region)?.trim().toLowerCase();
  return region !== undefined && (STORAGE_TYPES as readonly string[]).includes(region) ? region : type;
}

/** A destination's storage type, and the region given beside it (to tell a swap from a typo). */
export interface StorageTypeInput {
  readonly storageType: string;
  readonly storageRegion?: string;
}

const STORAGE_READS = (attributes: string[]) => [{ resource: AUDIT_TRACK, attributes }, { resource: EVENTS_AUDIT_TRACK, attributes }];

export const StorageTypeInvalid = defineRule({
  code: 'CA115',
  name: 'StorageTypeInvalid',
  level: 'error',
  source: SOURCES.sdkStorage,
  review: 'API-010',
  rule: 'the storage type is "cos", "cls" or "ckafka" (lowercase)',
  reads: STORAGE_READS(['storage.storage_type', 'storage.storage_region']),
  field: 'destination.storageType',
  terraform: (r) => {
    const s = one(r.values.storage);
    const storageType = lit(s?.storage_type);
    return storageType === undefined ? [] : [{ input: { storageType, storageRegion: lit(s?.storage_region) }, field: 'storage.storage_type' }];
  },
  example: { storageType: 'ap-guangzhou', storageRegion: 'cos' },
  check: ({ storageType, storageRegion }: StorageTypeInput, field) => {
    if ((STORAGE_TYPES as readonly string[]).includes(storageType)) return undefined;
    if (storageRegion !== undefined && (STORAGE_TYPES as readonly string[]).includes(storageRegion)) {
      return {
        field,
        problem: `"${storageType}" is not a storage type, and the region beside it is "${storageRegion}": the storage type and region look swapped`,
        fix: `swap them: storageType "${storageRegion}", storageRegion "${storageType}"`,
        fixTerraform: `swap the two values: storage_type "${storageRegion}", storage_region "${storageType}"`,
      };
    }
    const lower = storageType.trim().toLowerCase();
    return {
      field,
      problem: `"${storageType}" is none of "cos", "cls" and "ckafka"`,
      fix: (STORAGE_TYPES as readonly string[]).includes(lower) ? `use "${lower}" (lowercase)` : 'use a CosDestination (cos), a ClsDestination (cls) or a CkafkaDestination (ckafka)',
      fixTerraform: (STORAGE_TYPES as readonly string[]).includes(lower) ? `set storage_type "${lower}" (lowercase)` : 'set storage_type "cos" (a COS bucket), "cls" (a CLS topic) or "ckafka" (a CKafka topic)',
    };
  },
});

/** The storage block of a track whose type is none the API knows: its name and prefix are judged without a type. */
function untypedStorage(r: TerraformResourceView, attribute: 'storage_name' | 'storage_prefix', types: readonly string[]): Array<TerraformInput<string>> {
  const s = one(r.values.storage);
  const type = meantStorageType(s);
  if (s === undefined || (type !== undefined && types.includes(type))) return [];
  return known(lit(s[attribute]), `storage.${attribute}`);
}

/** An empty storage_name beside a storage type that is no type: the name rules of cos, cls and ckafka say the rest. */
export const StorageNameEmpty = defineRule({
  code: 'CA120',
  name: 'StorageNameEmpty',
  level: 'error',
  source: SOURCES.sdkStorage,
  review: 'API-005',
  rule: 'storage_name is not empty, whatever the storage type (for cos, cls and ckafka their own name rules apply)',
  reads: STORAGE_READS(['storage.storage_name', 'storage.storage_type']),
  field: 'destination.storageName',
  terraform: (r) => untypedStorage(r, 'storage_name', STORAGE_TYPES),
  example: '',
  check: (name: string, field) => (name.trim().length > 0 ? undefined
    : { field, problem: 'it is empty: CloudAudit has no bucket, topic or CKafka topic to deliver to', fix: 'give the bucket name without -<APPID> (cos), the topic ID (cls) or <instance id>/<topic> (ckafka)', fixTerraform: 'set storage_name: the bucket name without -<APPID> (cos), the topic ID (cls) or <instance id>/<topic> (ckafka)' }),
});

/** An empty storage_prefix beside a storage type with no prefix rule of its own (cos: CA205, cls: CA306). */
export const StoragePrefixEmpty = defineRule({
  code: 'CA121',
  name: 'StoragePrefixEmpty',
  level: 'error',
  source: SOURCES.sdkStorage,
  review: 'API-004',
  rule: 'storage_prefix is not empty, whatever the storage type (for cos and cls their own prefix rules apply)',
  reads: STORAGE_READS(['storage.storage_prefix', 'storage.storage_type']),
  field: 'destination.storagePrefix',
  terraform: (r) => untypedStorage(r, 'storage_prefix', ['cos', 'cls']),
  example: '',
  check: (prefix: string, field) => (prefix.trim().length > 0 ? undefined
    : { field, problem: 'it is empty (the provider requires it and the API takes a directory prefix)', fix: 'use a prefix such as "cloudaudit"', fixTerraform: 'set storage_prefix, e.g. "cloudaudit"' }),
});

/** SDK Storage.StorageName for ckafka: "<ckafka instance id>/<topic>", e.g. "ckafka-xxxxxx/tencent_test_audit_log". */
export const CKAFKA_STORAGE_NAME = /^[^\s/]+\/[^\s/]+$/;

export const CkafkaStorageNameInvalid = defineRule({
  code: 'CA122',
  name: 'CkafkaStorageNameInvalid',
  level: 'error',
  source: SOURCES.sdkStorage,
  review: 'API-005',
  rule: 'a CKafka storage name is "<CKafka instance id>/<topic name>", e.g. "ckafka-8t2xqm1p/cloudaudit-events"',
  reads: STORAGE_READS(['storage.storage_name', 'storage.storage_type']),
  field: 'destination.storageName',
  terraform: (r) => (meantStorageType(one(r.values.storage)) === 'ckafka' ? known(lit(one(r.values.storage)?.storage_name), 'storage.storage_name') : []),
  example: 'cloudaudit-events',
  check: (name: string, field) => (CKAFKA_STORAGE_NAME.test(name) ? undefined
    : { field, problem: `"${name}" is not <CKafka instance id>/<topic name>`, fix: 'give the instance id and the topic, e.g. "ckafka-8t2xqm1p/cloudaudit-events"', fixTerraform: 'set storage_name "<instance id>/<topic>", e.g. "${tencentcloud_ckafka_topic.audit.instance_id}/${tencentcloud_ckafka_topic.audit.topic_name}"' }),
});

/**
 * The storage name and prefix of a destination, for the rules no destination construct checks
 * itself: CA122 for ckafka, CA120/CA121 when the type is no literal cos, cls or ckafka (a token).
 * Literal values only (undefined: a token, not judged).
 */
export function storageFieldViolations(d: { readonly type?: string; readonly name?: string; readonly prefix?: string }): Violation[] {
  const { type, name, prefix } = d;
  if (type === 'ckafka') return [...checkKnown(CkafkaStorageNameInvalid, name), ...checkKnown(StoragePrefixEmpty, prefix)];
  if (type !== undefined && (STORAGE_TYPES as readonly string[]).includes(type)) return [];
  return [...checkKnown(StorageNameEmpty, name), ...checkKnown(StoragePrefixEmpty, prefix)];
}

export const SelectorsConflict = defineRule({
  code: 'CA111',
  name: 'SelectorsConflict',
  level: 'error',
  source: SOURCES.library,
  rule: 'selectors cannot be combined with resourceType or eventNames',
  field: 'selectors',
  check: (input: { selectors: boolean; single: boolean }, field) => (input.selectors && input.single
    ? { field, problem: 'selectors is given together with resourceType or eventNames', fix: 'put every product in selectors, or use resourceType/eventNames alone' }
    : undefined),
});

/** Two selectors of one tracking set: the one already there and the one added. */
export interface SelectorPairInput {
  readonly existing: SelectorInput;
  readonly added: SelectorInput;
}

export const SelectorCovered = defineRule({
  code: 'CA112',
  name: 'SelectorCovered',
  level: 'error',
  source: SOURCES.createAuditTrack,
  review: 'API-006',
  rule: 'a selector cannot sit beside one that already records all its events (e.g. "*" beside a product)',
  reads: [{ resource: EVENTS_AUDIT_TRACK, attributes: SELECTOR_ATTRIBUTES }],
  field: 'resourceType',
  terraform: (r) => selectorPairInputs(r, 'CA112'),
  check: ({ existing, added }: SelectorPairInput, field) => {
    const wider = covers(existing, added);
    if (!wider && !covers(added, existing)) return undefined;
    const [wide, narrow] = wider ? [existing, added] : [added, existing];
    return {
      field,
      problem: `the selector ${describe(wide)} already records every event of ${describe(narrow)}, so the second adds nothing and the API would store its events twice`,
      problemTerraform: `${describeBlock(wide)} already records every event of ${describeBlock(narrow)}, so the second adds nothing and the API would store its events twice`,
      fix: 'drop the narrower selector, or narrow the wider one (e.g. give "*" a single actionType)',
      fixTerraform: 'drop the narrower resource_fields block, or narrow the wider one (e.g. give "*" a single action_type)',
    };
  },
});

export const SelectorDuplicate = defineRule({
  code: 'CA113',
  name: 'SelectorDuplicate',
  level: 'error',
  source: SOURCES.createAuditTrack,
  review: 'API-006',
  rule: 'a product and actionType appear in one selector only',
  reads: [{ resource: EVENTS_AUDIT_TRACK, attributes: SELECTOR_ATTRIBUTES }],
  field: 'resourceType',
  // Same product and actionType: a duplicate unless one strictly covers the other (CA112 says why).
  terraform: (r) => selectorPairInputs(r, 'CA113'),
  check: ({ existing, added }: SelectorPairInput, field) => (
    selectorKey(existing) === selectorKey(added) && covers(existing, added) === covers(added, existing)
      ? { field, problem: `"${added.resourceType}" with actionType ${added.actionType} is selected twice`, problemTerraform: `resource_type "${added.resourceType}" with action_type ${added.actionType} is in two resource_fields blocks`, fix: 'merge the eventNames of both selectors into one', fixTerraform: 'merge the event_names of both resource_fields blocks into one' }
      : undefined),
});

/** A selector added beside `existing` ones: CA113, then CA112, against each. */
export function checkSelectorPairs(existing: readonly SelectorInput[], added: SelectorInput, field?: string): Violation[] {
  for (const e of existing) {
    const v = firstViolation([SelectorDuplicate, SelectorCovered], { existing: e, added }, field);
    if (v.length > 0) return v;
  }
  return [];
}

/** Item of the construct model: a handed-out resource is never replaced, so a reference to it cannot go stale. */
export const TrackResourceFixed = defineRule({
  code: 'CA114',
  name: 'TrackResourceFixed',
  level: 'error',
  source: SOURCES.library,
  rule: 'once a track\'s resource was read (resource, auditTrackResource), a second selector, which needs tencentcloud_events_audit_track, is refused',
  field: 'resourceType',
  check: ({ taken }: { taken: boolean }, field) => (!taken ? undefined : {
    field,
    problem: 'the tencentcloud_audit_track resource was already handed out (track.resource or auditTrackResource), and a second selector needs tencentcloud_events_audit_track; replacing it would leave that reference and its overrides behind',
    fix: 'pass every selector in props.selectors, or call addSelector before reading track.resource',
  }),
});

/** Where `lifecycle.create_before_destroy` is set on a track's resources (the track, its name marker). */
export interface ReplacementOrderInput {
  /** Terraform addresses whose lifecycle sets create_before_destroy. */
  readonly createBeforeDestroy: readonly string[];
}

/**
 * A tracking set is replaced destroy-first, never create-before-destroy: the API refuses a second
 * tracking set with the same name (AliasAlreadyExists) and past the quota (LimitExceeded.OverAmount),
 * and a create that fails after the name marker was replaced leaves the state planning an in-place
 * rename the API refuses at every apply (InvalidParameterValue.AuditTrackNameNotSupportModify).
 */
export const TrackCreateBeforeDestroy = defineRule({
  code: 'CA117',
  name: 'TrackCreateBeforeDestroy',
  level: 'error',
  source: `${SOURCES.createAuditTrack}: a name in use fails (AliasAlreadyExists), a tracking set past the quota fails (LimitExceeded.OverAmount), and ModifyAuditTrack cannot rename one (AuditTrackNameNotSupportModify)`,
  rule: 'a tracking set and its name marker are replaced destroy-first: lifecycle.create_before_destroy is never set on them',
  field: 'lifecycle.create_before_destroy',
  example: { createBeforeDestroy: ['tencentcloud_audit_track.Track_0A1B2C3D'] } as ReplacementOrderInput,
  check: ({ createBeforeDestroy }: ReplacementOrderInput, field) => (createBeforeDestroy.length === 0 ? undefined : {
    field,
    problem: `create_before_destroy is set on ${createBeforeDestroy.join(' and ')}: a replacement would create the new tracking set first, which fails at the quota or with the name in use after the name marker was replaced, and every later apply then fails with AuditTrackNameNotSupportModify`,
    fix: 'remove the create_before_destroy override (a replacement is destroy-first); to replace a track without a gap, add the new track under a new name and construct id, apply, then remove the old one and apply again (docs/operations.md)',
  }),
});

/** `keepImported` on a track: only for an adopted tracking set. */
export const KeepImportedWithoutImport = defineRule({
  code: 'CA118',
  name: 'KeepImportedWithoutImport',
  level: 'error',
  source: SOURCES.library,
  rule: 'keepImported (rules an existing tracking set already breaks, kept as the cloud has them) is given with importTrackId only',
  field: 'keepImported',
  example: { keepImported: 1, imported: false },
  check: ({ keepImported, imported }: { keepImported: number; imported: boolean }, field) => (keepImported === 0 || imported ? undefined : {
    field,
    problem: `${keepImported} rule(s) are listed to keep, but the track has no importTrackId: a new tracking set must follow every rule`,
    fix: 'give the TrackId of the existing tracking set as importTrackId, or fix the values and drop keepImported',
  }),
});

/** AuditTrack props, literal values only (undefined: absent or a token). */
export interface TrackPropsInput {
  readonly trackName?: string;
  readonly actionType?: string;
  readonly hasSelectors: boolean;
  /** resourceType or eventNames is given. */
  readonly hasSingle: boolean;
}

/** Every rule AuditTrack checks on its own props (selectors: `selectorPropsViolations`). */
export function trackPropsViolations(i: TrackPropsInput): Violation[] {
  return [
    ...checkKnown(TrackNameInvalid, i.trackName),
    ...checkKnown(ActionTypeInvalid, i.actionType),
    ...SelectorsConflict.check({ selectors: i.hasSelectors, single: i.hasSingle }),
  ];
}

/** One selector with defaults applied, literal values only; `field` names a part, e.g. `selectors[1].resourceType`. */
export function selectorPropsViolations(
  i: { readonly resourceType?: string; readonly actionType?: string; readonly eventNames?: readonly string[] },
  field: (name: string) => string,
): Violation[] {
  return [
    ...checkKnown(ResourceTypeInvalid, i.resourceType, field('resourceType')),
    ...checkKnown(ActionTypeInvalid, i.actionType, field('actionType')),
    ...(i.eventNames !== undefined ? checkEventNames(i.eventNames, i.resourceType, field('eventNames')) : []),
  ];
}

export const TRACK_RULES = [
  TrackNameInvalid, TrackNameDuplicate, ActionTypeInvalid, ResourceTypeInvalid, EventNamesNotStar, EventNamesTooMany,
  EventNamesStarMixed, EventNameBlank, EventNameDuplicate, DestinationInvalid, SelectorsConflict, SelectorCovered, SelectorDuplicate,
  TrackResourceFixed, StorageTypeInvalid, EventNameWildcard, TrackCreateBeforeDestroy, KeepImportedWithoutImport, StorageNameEmpty,
  StoragePrefixEmpty, CkafkaStorageNameInvalid,
] as const;
