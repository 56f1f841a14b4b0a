/**
 * CLS logset and topic rules for CloudAudit destinations, CA3xx.
 *
 * Source: CLS API CreateTopic (Period: 1-3600 days, 3640 = permanent; HotPeriod: 0, or >= 7 and
 * < Period), CreateTopic TopicName and CreateLogset LogsetName (no "|", logset <= 255), reserved
 * topic names from the provider's cls_topic documentation.
 */
import { RetentionTooShort } from './cos';
import { RegionUnknown } from './regions';
import { checkKnown, defineRule, isWholeNumber, Violation } from './rule';
import { SOURCES } from './sources';
import { known, lit, num, one, TerraformResourceView } from './terraform';
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
  ];
}

export const CLS_RULES = [
  ClsRetentionInvalid, ClsHotPeriodInvalid, ClsTopicNameInvalid, ClsLogsetNameInvalid, ClsTopicIdInvalid, ClsPrefixInvalid,
] as const;
