/**
 * CLS logset and topic rules for CloudAudit destinations, CA3xx.
 *
 * Source: CLS API CreateTopic (Period: 1-3600 days, 3640 = permanent; HotPeriod: 0, or >= 7 and
 * < Period), CreateTopic TopicName and CreateLogset LogsetName (no "|", logset <= 255), reserved
 * topic names from the provider's cls_topic documentation.
 */
import { RetentionTooShort } from './cos';
import { RegionUnknown } from './regions';
import { checkKnown, defineRule, isWholeNumber, Problem, Violation } from './rule';
import { SOURCES } from './sources';
import { isExpression, known, lit, num, one, TerraformResourceView } from './terraform';
import { AUDIT_TRACK, EVENTS_AUDIT_TRACK, meantStorageType } from './track';

export const CLS_TOPIC = 'tencentcloud_cls_topic';
export const CLS_LOGSET = 'tencentcloud_cls_logset';
export const CLS_PERMANENT_DAYS = 3640;
export const CLS_MAX_DAYS = 3600;
export const CLS_RESERVED_TOPIC_NAMES = ['cls_service_log', 'loglistener_status', 'loglistener_alarm', 'loglistener_business', 'cls_service_metric'];
/** Length cap for topic names: the API states none; we use the logset cap (UNVERIFIED for topics). */
export const CLS_NAME_MAX = 255;

/** Whether a track resource delivers to CLS. */
function clsStorage(r: TerraformResourceView): boolean {
  return meantStorageType(one(r.values.storage)) === 'cls';
}

/**
 * What is wrong with a CLS name (logset, topic, alarm, notice), if anything: blank, a "|", or longer
 * than 255 in the unit the API counts (`length`, in `unit`).
 */
export function clsNameProblem(name: string, length: number, unit: string): string | undefined {
  if (name.trim().length === 0) return 'it is empty or blank';
  if (name.includes('|')) return `"${name}" contains "|"`;
  if (length > CLS_NAME_MAX) return `it has ${length} ${unit}, more than ${CLS_NAME_MAX}`;
  return undefined;
}

export const ClsRetentionInvalid = defineRule({
  code: 'CA301',
  name: 'ClsRetentionInvalid',
  level: 'error',
  source: SOURCES.clsTopicApi,
  review: 'API-008',
  rule: 'retentionDays is 1-3600, or 3640 for permanent',
  reads: [{ resource: CLS_TOPIC, attributes: ['period'] }],
  field: 'retentionDays',
  terraform: (r) => known(num(r.values.period), 'period'),
  check: (days: number, field) => (isWholeNumber(days) && days >= 1 && (days <= CLS_MAX_DAYS || days === CLS_PERMANENT_DAYS) ? undefined
    : { field, problem: `${days} is not 1-${CLS_MAX_DAYS} or ${CLS_PERMANENT_DAYS}`, fix: `use 1-${CLS_MAX_DAYS} days, or ${CLS_PERMANENT_DAYS} to keep logs permanently` }),
});

export const ClsHotPeriodInvalid = defineRule({
  code: 'CA302',
  name: 'ClsHotPeriodInvalid',
  level: 'error',
  source: SOURCES.clsTopicApi,
  review: 'API-008',
  rule: 'hotPeriodDays is 0, or at least 7 and less than retentionDays',
  reads: [{ resource: CLS_TOPIC, attributes: ['hot_period', 'period'] }],
  field: 'hotPeriodDays',
  terraform: (r) => { const hot = num(r.values.hot_period); const retention = num(r.values.period); return hot === undefined || retention === undefined ? [] : [{ input: { hot, retention }, field: 'hot_period' }]; },
  check: ({ hot, retention }: { hot: number; retention: number }, field) => (
    isWholeNumber(hot) && (hot === 0 || (hot >= 7 && hot < retention)) ? undefined
      : { field, problem: `${hot} is not 0, nor at least 7 and less than retentionDays (${retention})`, problemTerraform: `hot_period ${hot} is not 0, nor at least 7 and less than period (${retention})`, fix: `use 0 (all hot storage) or a value from 7 to ${retention - 1}`, fixTerraform: `use hot_period 0 (all hot storage) or a value from 7 to ${retention - 1} (less than period)` }),
});

export const ClsTopicNameInvalid = defineRule({
  code: 'CA303',
  name: 'ClsTopicNameInvalid',
  level: 'error',
  source: SOURCES.clsTopicApi,
  review: 'API-008',
  rule: 'topicName is non-empty, at most 255 characters, has no "|" and is not a reserved name',
  reads: [{ resource: CLS_TOPIC, attributes: ['topic_name'] }],
  field: 'topicName',
  terraform: (r) => known(lit(r.values.topic_name), 'topic_name'),
  check: (name: string, field) => {
    const problem = clsNameProblem(name, name.length, 'characters')
      ?? (CLS_RESERVED_TOPIC_NAMES.includes(name) ? `"${name}" is a reserved CLS topic name` : undefined);
    return problem ? { field, problem, fix: 'use a descriptive name such as "cloudaudit-events"' } : undefined;
  },
});

export const ClsLogsetNameInvalid = defineRule({
  code: 'CA304',
  name: 'ClsLogsetNameInvalid',
  level: 'error',
  source: SOURCES.clsLogsetApi,
  review: 'API-008',
  rule: 'logsetName is 1-255 characters without "|"',
  reads: [{ resource: CLS_LOGSET, attributes: ['logset_name'] }],
  field: 'logsetName',
  terraform: (r) => known(lit(r.values.logset_name), 'logset_name'),
  check: (name: string, field) => {
    const problem = clsNameProblem(name, name.length, 'characters');
    return problem ? { field, problem, fix: 'use 1-255 characters without "|", e.g. "cloudaudit"' } : undefined;
  },
});

/**
 * SDK Storage.StorageName for cls: "the log topic ID, 1-50 characters"; CLS topic IDs are UUIDs
 * (CreateTopic returns TopicId such as "2f5764c1-c833-44a0-8a33-8e0ef2b6d2ba").
 */
export const TOPIC_ID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const ClsTopicIdInvalid = defineRule({
  code: 'CA305',
  name: 'ClsTopicIdInvalid',
  level: 'error',
  source: SOURCES.sdkStorage,
  review: 'API-005',
  rule: 'topicId is a CLS topic ID: a UUID such as "2f5764c1-c833-44a0-8a33-8e0ef2b6d2ba", not the topic name',
  reads: [{ resource: AUDIT_TRACK, attributes: ['storage.storage_name'] }, { resource: EVENTS_AUDIT_TRACK, attributes: ['storage.storage_name'] }],
  field: 'topicId',
  terraform: (r) => (clsStorage(r) ? known(lit(one(r.values.storage)?.storage_name), 'storage.storage_name') : []),
  check: (topicId: string, field) => (TOPIC_ID_PATTERN.test(topicId) ? undefined
    : { field, problem: `"${topicId}" is not a topic ID (topic IDs are UUIDs; a topic name is not accepted)`, fix: 'pass the topic ID (console: Log Topic list, or tencentcloud_cls_topic.id), e.g. "2f5764c1-c833-44a0-8a33-8e0ef2b6d2ba"' }),
});

/** The CLS storage prefix (Storage.StoragePrefix): the COS letters-and-digits rule (CA205) is for COS only. */
export const ClsPrefixInvalid = defineRule({
  code: 'CA306',
  name: 'ClsPrefixInvalid',
  level: 'error',
  source: SOURCES.sdkStorage,
  review: 'API-004',
  rule: 'a CLS storage prefix is non-empty and has no whitespace',
  reads: [{ resource: AUDIT_TRACK, attributes: ['storage.storage_prefix'] }, { resource: EVENTS_AUDIT_TRACK, attributes: ['storage.storage_prefix'] }],
  field: 'prefix',
  terraform: (r) => (clsStorage(r) ? known(lit(one(r.values.storage)?.storage_prefix), 'storage.storage_prefix') : []),
  check: (prefix: string, field) => (prefix.trim().length > 0 && !/\s/.test(prefix) ? undefined
    : { field, problem: `"${prefix}" is empty or contains whitespace`, fix: 'use e.g. "cloudaudit"' }),
});

/** partition_count: "Default: 1, maximum: 10" (the provider's tencentcloud_cls_topic, v1.83.25). */
export const CLS_MAX_PARTITIONS = 10;
/** storage_type: "hot: standard storage; cold: infrequent storage" (default hot). */
export const CLS_STORAGE_TYPES: readonly string[] = ['hot', 'cold'];
/** Infrequent (cold) storage keeps logs 7-3600 days, or 3640 for permanent. */
export const CLS_COLD_MIN_DAYS = 7;
/** encryption: "Supported regions" of the provider's description (v1.83.25). */
export const CLS_ENCRYPTION_REGIONS: readonly string[] = [
  'ap-beijing', 'ap-guangzhou', 'ap-shanghai', 'ap-singapore', 'ap-bangkok', 'ap-jakarta', 'eu-frankfurt', 'ap-seoul', 'ap-tokyo',
];

export const ClsPartitionCountInvalid = defineRule({
  code: 'CA307',
  name: 'ClsPartitionCountInvalid',
  level: 'error',
  source: SOURCES.clsTopicOptions,
  review: 'API-008',
  rule: `partitionCount is a whole number from 1 to ${CLS_MAX_PARTITIONS}`,
  reads: [{ resource: CLS_TOPIC, attributes: ['partition_count'] }],
  field: 'partitionCount',
  terraform: (r) => known(num(r.values.partition_count), 'partition_count'),
  check: (n: number, field) => (isWholeNumber(n) && n >= 1 && n <= CLS_MAX_PARTITIONS ? undefined
    : { field, problem: `${n} is not a whole number from 1 to ${CLS_MAX_PARTITIONS}`, fix: 'use 1 (the CLS default) and let autoSplit add partitions', fixTerraform: 'use partition_count 1 (the CLS default) and let auto_split add partitions' }),
});

export const ClsMaxSplitPartitionsInvalid = defineRule({
  code: 'CA308',
  name: 'ClsMaxSplitPartitionsInvalid',
  level: 'error',
  source: SOURCES.clsTopicOptions,
  review: 'API-008',
  rule: 'maxSplitPartitions is a whole number, at least 1 and at least partitionCount',
  reads: [{ resource: CLS_TOPIC, attributes: ['max_split_partitions', 'partition_count'] }],
  field: 'maxSplitPartitions',
  terraform: (r) => { const max = num(r.values.max_split_partitions); return max === undefined ? [] : [{ input: { max, partitions: num(r.values.partition_count) }, field: 'max_split_partitions' }]; },
  check: ({ max, partitions }: { max: number; partitions?: number }, field) => {
    if (!isWholeNumber(max) || max < 1) return { field, problem: `${max} is not a whole number >= 1`, fix: 'use 50 (the CLS default)' };
    return partitions !== undefined && max < partitions
      ? { field, problem: `${max} is below the topic's ${partitions} partitions: auto-split could never reach it`, fix: `use at least ${partitions}`, fixTerraform: `set max_split_partitions to at least partition_count (${partitions})` } : undefined;
  },
});

export const ClsStorageTypeInvalid = defineRule({
  code: 'CA309',
  name: 'ClsStorageTypeInvalid',
  level: 'error',
  source: SOURCES.clsTopicOptions,
  review: 'API-008',
  rule: 'storageType is hot or cold; cold keeps logs 7-3600 days (3640 permanent) and has no hot period',
  reads: [{ resource: CLS_TOPIC, attributes: ['storage_type', 'period', 'hot_period'] }],
  field: 'storageType',
  terraform: (r) => { const type = lit(r.values.storage_type); return type === undefined ? [] : [{ input: { type, retention: num(r.values.period), hot: num(r.values.hot_period) }, field: 'storage_type' }]; },
  check: ({ type, retention, hot }: { type: string; retention?: number; hot?: number }, field): Problem | undefined => {
    if (!CLS_STORAGE_TYPES.includes(type)) return { field, problem: `"${type}" is not hot or cold`, fix: 'use ClsStorageType.HOT or ClsStorageType.COLD', fixTerraform: 'use storage_type "hot" or "cold"' };
    if (type !== 'cold') return undefined;
    if (retention !== undefined && retention < CLS_COLD_MIN_DAYS) return { field, problem: `cold storage keeps logs at least ${CLS_COLD_MIN_DAYS} days; retention is ${retention}`, fix: `use retentionDays of at least ${CLS_COLD_MIN_DAYS} (7-3600, or 3640), or hot storage`, fixTerraform: `use period of at least ${CLS_COLD_MIN_DAYS} with storage_type "cold"` };
    if (hot !== undefined && hot > 0) return { field, problem: `a hot period (${hot} days) applies to hot storage only`, fix: 'drop hotPeriodDays with cold storage', fixTerraform: 'drop hot_period with storage_type "cold"' };
    return undefined;
  },
});

/** Topic encryption (`encryption`: 0 or 1) and the region the topic is created in (undefined: unknown). */
export interface ClsEncryptionInput {
  readonly encryption: number;
  readonly region?: string;
}

export const ClsEncryptionInvalid = defineRule({
  code: 'CA310',
  name: 'ClsEncryptionInvalid',
  level: 'error',
  source: SOURCES.clsTopicOptions,
  review: 'API-008',
  rule: `topic encryption is 0 or 1, and 1 only in ${CLS_ENCRYPTION_REGIONS.join(', ')}`,
  reads: [{ resource: CLS_TOPIC, attributes: ['encryption'] }],
  field: 'encrypted',
  terraform: (r, ctx) => { const e = num(r.values.encryption); return e === undefined ? [] : [{ input: { encryption: e, region: lit(ctx.providerConfig(r.account)?.region) }, field: 'encryption' }]; },
  check: ({ encryption, region }: ClsEncryptionInput, field): Problem | undefined => {
    if (encryption !== 0 && encryption !== 1) return { field, problem: `${encryption} is not 0 (no encryption) or 1 (KMS)`, fix: 'use encrypted: true or false', fixTerraform: 'use encryption 1 (KMS) or 0' };
    if (encryption === 1 && region !== undefined && !CLS_ENCRYPTION_REGIONS.includes(region)) {
      return { field, problem: `CLS topic encryption is offered in ${CLS_ENCRYPTION_REGIONS.join(', ')}, not ${region} ("cannot be passed in other scenarios")`, fix: 'drop encrypted, or create the topic in one of those regions', fixTerraform: 'drop encryption, or create the topic in one of those regions' };
    }
    return undefined;
  },
});

export const ClsKmsKeyNeedsEncryption = defineRule({
  code: 'CA311',
  name: 'ClsKmsKeyNeedsEncryption',
  level: 'error',
  source: SOURCES.clsTopicOptions,
  review: 'API-008',
  rule: 'a topic KMS key (custom_kms_info) comes with encryption 1',
  reads: [{ resource: CLS_TOPIC, attributes: ['custom_kms_info', 'encryption'] }],
  field: 'kmsKey',
  terraform: (r) => (one(r.values.custom_kms_info) === undefined || isExpression(r.values.encryption) ? [] : [{ input: num(r.values.encryption) === 1, field: 'custom_kms_info' }]),
  check: (encrypted: boolean, field) => (encrypted ? undefined
    : { field, problem: 'a KMS key is given but the topic is not encrypted: the key is never used', fix: 'set encrypted: true with kmsKey (or drop kmsKey)', fixTerraform: 'set encryption = 1 with custom_kms_info, or drop custom_kms_info' }),
});

/** ClsDestination props (created or adopted topic), literal values only (undefined: absent or a token). */
export interface ClsPropsInput {
  readonly topicId?: string;
  readonly region?: string;
  readonly logsetName?: string;
  readonly topicName?: string;
  readonly retentionDays?: number;
  readonly allowShortRetention?: boolean;
  readonly hotPeriodDays?: number;
  readonly prefix?: string;
  readonly partitionCount?: number;
  readonly maxSplitPartitions?: number;
  readonly storageType?: string;
  readonly encrypted?: boolean;
  readonly kmsKey?: { readonly region?: string };
}

/** Every rule ClsDestination checks on its props, in the order its error names them. */
export function clsPropsViolations(i: ClsPropsInput): Violation[] {
  const retention = i.retentionDays;
  return [
    ...checkKnown(ClsTopicIdInvalid, i.topicId),
    ...checkKnown(RegionUnknown, i.region),
    ...checkKnown(ClsLogsetNameInvalid, i.logsetName),
    ...checkKnown(ClsTopicNameInvalid, i.topicName),
    ...checkKnown(ClsRetentionInvalid, retention),
    ...(retention !== undefined ? RetentionTooShort.check({ days: retention, allowShort: i.allowShortRetention ?? false }) : []),
    ...(i.hotPeriodDays !== undefined && retention !== undefined ? ClsHotPeriodInvalid.check({ hot: i.hotPeriodDays, retention }) : []),
    ...checkKnown(ClsPrefixInvalid, i.prefix),
    ...checkKnown(ClsPartitionCountInvalid, i.partitionCount),
    ...(i.maxSplitPartitions !== undefined ? ClsMaxSplitPartitionsInvalid.check({ max: i.maxSplitPartitions, partitions: i.partitionCount }) : []),
    ...(i.storageType !== undefined ? ClsStorageTypeInvalid.check({ type: i.storageType, retention, hot: i.hotPeriodDays }) : []),
    ...(i.encrypted !== undefined ? ClsEncryptionInvalid.check({ encryption: i.encrypted ? 1 : 0, region: i.region }) : []),
    ...(i.kmsKey !== undefined ? ClsKmsKeyNeedsEncryption.check(i.encrypted ?? true) : []),
    ...(i.kmsKey?.region !== undefined ? checkKnown(RegionUnknown, i.kmsKey.region, 'kmsKey.region') : []),
  ];
}

export const CLS_RULES = [
  ClsRetentionInvalid, ClsHotPeriodInvalid, ClsTopicNameInvalid, ClsLogsetNameInvalid, ClsTopicIdInvalid, ClsPrefixInvalid,
  ClsPartitionCountInvalid, ClsMaxSplitPartitionsInvalid, ClsStorageTypeInvalid, ClsEncryptionInvalid, ClsKmsKeyNeedsEncryption,
] as const;
