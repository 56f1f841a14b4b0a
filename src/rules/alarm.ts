/**
 * CLS alarm rules (tencentcloud_cls_alarm / tencentcloud_cls_alarm_notice). Pure functions
 * returning violations. The provider validates none of these (resource_tc_cls_alarm.go @v1.82.80:
 * no ValidateFunc); the ranges are the API's:
 * - CreateAlarm (cloud.tencent.com.cn/document/api/614/56466, intl 614/42830, 2026-06-10):
 *   TriggerCount 1-2000 (the 2024 English copy said 1-10: we take the current page),
 *   AlarmPeriod 0-1440 minutes, Name at most 255 bytes;
 * - SDK cls v20201016 MonitorTime.cs: Time 1-1440 minutes (Type "Period" or "Fixed");
 * - SDK AlarmTarget.cs: StartTimeOffset/EndTimeOffset in minutes, -1440..0, end > start;
 * - SDK CreateAlarmNoticeRequest.cs / NoticeReceiver.cs: notice Name at most 255 bytes, no "|";
 *   ReceiverType Uin|Group, ReceiverIds numeric, ReceiverChannels Email|Sms|WeChat|Phone.
 */
import { CLOUDAUDIT_EVENT_NAMES } from './audit-events';
import { clsNameProblem } from './cls';
import { characters, checkKnown, defineRule, isWholeNumber, Rule, Violation } from './rule';
import { SOURCES } from './sources';
import { isExpression, isTrue, known, lit, many, num, one, strings, TerraformInput, TerraformResourceView } from './terraform';
import { trackSelectors } from './track';
import { FIELDS_BY_KEY, parseCidr, QueriedField, queriedFields } from '../internal/cls-query';

export const TRIGGER_COUNT_MIN = 1;
export const TRIGGER_COUNT_MAX = 2000;
export const ALARM_PERIOD_MAX = 1440;
export const MONITOR_INTERVAL_MAX = 1440;
/** |StartTimeOffset| at most 1440 minutes (one day). */
export const QUERY_WINDOW_MAX = 1440;
export const CLS_ALARM = 'tencentcloud_cls_alarm';
export const CLS_ALARM_NOTICE = 'tencentcloud_cls_alarm_notice';

function utf8Length(s: string): number {
  let n = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
  }
  return n;
}

/** Alarm and notice names: not blank, at most 255 bytes, no "|" (CreateAlarmNotice; CLS names in general). */
export const AlarmNameInvalid = defineRule({
  code: 'CA701',
  name: 'AlarmNameInvalid',
  level: 'error',
  source: SOURCES.clsAlarmApi,
  review: 'API-011',
  rule: 'an alarm or notice name is 1-255 bytes without "|"',
  reads: [{ resource: CLS_ALARM, attributes: ['name'] }, { resource: CLS_ALARM_NOTICE, attributes: ['name'] }],
  field: 'alarmName',
  terraform: (r) => known(lit(r.values.name), 'name'),
  example: 'a|b',
  check: (name: string, field) => {
    const problem = clsNameProblem(name, utf8Length(name), 'bytes');
    return problem ? { field, problem, fix: 'use 1-255 bytes without "|", e.g. "cam-user-changes"' } : undefined;
  },
});

/** A whole-number range rule on one attribute of tencentcloud_cls_alarm. */
function rangeRule<const C extends string>(def: {
  code: C;
  name: string;
  rule: string;
  field: string;
  attribute: string;
  min: number;
  max: number;
  fix: string;
  example: number;
  read: (r: TerraformResourceView) => Array<TerraformInput<number>>;
}): Rule<C, number> {
  return defineRule({
    code: def.code,
    name: def.name,
    level: 'error',
    source: SOURCES.clsAlarmApi,
    review: 'API-011',
    rule: def.rule,
    reads: [{ resource: CLS_ALARM, attributes: [def.attribute] }],
    field: def.field,
    example: def.example,
    terraform: (r) => def.read(r),
    check: (value: number, field) => (isWholeNumber(value) && value >= def.min && value <= def.max ? undefined
      : { field, problem: `${value} is not a whole number from ${def.min} to ${def.max}`, fix: def.fix }),
  });
}

export const AlarmTriggerCountInvalid = rangeRule({
  code: 'CA702',
  name: 'AlarmTriggerCountInvalid',
  rule: 'triggerCount is a whole number from 1 to 2000',
  field: 'triggerCount',
  attribute: 'trigger_count',
  read: (r) => known(num(r.values.trigger_count), 'trigger_count'),
  min: TRIGGER_COUNT_MIN,
  max: TRIGGER_COUNT_MAX,
  example: 0,
  fix: 'use e.g. 1 to alarm on the first matching period',
});

export const AlarmPeriodInvalid = rangeRule({
  code: 'CA703',
  name: 'AlarmPeriodInvalid',
  rule: 'alarmPeriodMinutes (repeat interval) is a whole number from 0 to 1440',
  field: 'alarmPeriodMinutes',
  attribute: 'alarm_period',
  read: (r) => known(num(r.values.alarm_period), 'alarm_period'),
  min: 0,
  max: ALARM_PERIOD_MAX,
  example: 2000,
  fix: 'use e.g. 15 (minutes between repeated notices; 0 repeats every period)',
});

export const AlarmIntervalInvalid = rangeRule({
  code: 'CA704',
  name: 'AlarmIntervalInvalid',
  rule: 'intervalMinutes (monitor_time.time) is a whole number from 1 to 1440',
  field: 'intervalMinutes',
  attribute: 'monitor_time.time',
  read: (r) => known(num(one(r.values.monitor_time)?.time), 'monitor_time.time'),
  min: 1,
  max: MONITOR_INTERVAL_MAX,
  example: 0,
  fix: 'use e.g. 5 (the alarm runs its query every 5 minutes)',
});

/** The query range: start_time_offset = -window, end_time_offset = 0 (end > start holds for window >= 1). */
export const AlarmWindowInvalid = rangeRule({
  code: 'CA705',
  name: 'AlarmWindowInvalid',
  rule: 'windowMinutes (the query range, start_time_offset) is a whole number from 1 to 1440',
  field: 'windowMinutes',
  attribute: 'alarm_targets.start_time_offset',
  read: (r) => many(r.values.alarm_targets).flatMap((t, i) => { const start = num(t.start_time_offset); return start === undefined ? [] : [{ input: -start, field: `alarm_targets[${i}].start_time_offset` }]; }),
  min: 1,
  max: QUERY_WINDOW_MAX,
  example: 0,
  fix: 'use the monitor interval (the default), so each period looks at the events since the last run',
});

export const AlarmQueryChoice = defineRule({
  code: 'CA706',
  name: 'AlarmQueryChoice',
  level: 'error',
  source: SOURCES.clsAlarmApi,
  review: 'API-011',
  rule: 'an alarm has exactly one of query, preset and detection; a query is not blank',
  reads: [{ resource: CLS_ALARM, attributes: ['alarm_targets.query'] }],
  field: 'query',
  terraform: (r) => many(r.values.alarm_targets).flatMap((t, i) => { const query = lit(t.query); return query === undefined ? [] : [{ input: { hasQuery: true, hasPreset: false, query }, field: `alarm_targets[${i}].query` }]; }),
  example: { hasQuery: false, hasPreset: false },
  check: ({ hasQuery, hasPreset, hasDetection = false, query }: { hasQuery: boolean; hasPreset: boolean; hasDetection?: boolean; query?: string },
    field) => {
    const given = [hasQuery && 'query', hasPreset && 'preset', hasDetection && 'detection'].filter((x): x is string => x !== false);
    if (given.length !== 1) {
      return {
        field: given[0] ?? 'preset',
        problem: given.length === 0 ? 'none of query, preset and detection is given' : `${given.length === 2 ? 'both' : 'all of'} ${given.join(' and ')} are given`,
        fix: 'give one of: a CLS query, a SensitiveOperations preset, a Detection',
        fixTerraform: 'give alarm_targets a CLS query',
      };
    }
    if (query !== undefined && query.trim().length === 0) {
      return { field, problem: 'the query is blank', fix: 'give a CLS query such as \'resourceType:"cam" AND eventName:"DeleteUser" | select count(*) as events\'', fixTerraform: 'set query to a CLS query such as \'resourceType:"cam" AND eventName:"DeleteUser" | select count(*) as events\'' };
    }
    return undefined;
  },
});

export const AlarmNoticeChoice = defineRule({
  code: 'CA707',
  name: 'AlarmNoticeChoice',
  level: 'error',
  source: SOURCES.clsAlarmApi,
  rule: 'an alarm has exactly one of noticeIds and notify (the alarm takes alarm_notice_ids)',
  example: { hasIds: true, hasNotify: true },
  check: ({ hasIds, hasNotify }: { hasIds: boolean; hasNotify: boolean }) => (hasIds !== hasNotify ? undefined
    : { field: hasIds ? 'noticeIds' : 'notify', problem: hasIds ? 'both noticeIds and notify are given' : 'neither noticeIds nor notify is given', fix: 'give the ids of existing notice groups, or notify to create one' }),
});

export const AlarmReceiverInvalid = defineRule({
  code: 'CA708',
  name: 'AlarmReceiverInvalid',
  level: 'error',
  source: SOURCES.clsAlarmApi,
  review: 'API-011',
  rule: 'notify has at least one receiver id (whole numbers) and at least one channel, each once',
  reads: [{ resource: CLS_ALARM_NOTICE, attributes: ['notice_receivers.receiver_ids', 'notice_receivers.receiver_channels'] }],
  field: 'notify',
  terraform: (r) => many(r.values.notice_receivers).flatMap((n, i) => {
    const numbers = Array.isArray(n.receiver_ids) ? n.receiver_ids.map((x: unknown) => num(x)) : undefined;
    const ids = numbers?.every((x: number | undefined) => x !== undefined) ? numbers as number[] : undefined;
    const channels = strings(n.receiver_channels);
    return ids === undefined || channels === undefined ? [] : [{ input: { ids, channels, fields: { ids: `notice_receivers[${i}].receiver_ids`, channels: `notice_receivers[${i}].receiver_channels` } }, field: '' }];
  }),
  example: { ids: [], channels: [] },
  check: ({ ids, channels, fields }: { ids: readonly number[]; channels: readonly string[]; fields?: { ids: string; channels: string } }, field) => {
    const f = fields ?? { ids: `${field}.receiverIds`, channels: `${field}.channels` };
    if (ids.length === 0 || ids.some((id) => !isWholeNumber(id) || id < 1) || new Set(ids).size !== ids.length) {
      return { field: f.ids, problem: ids.length === 0 ? 'no receiver is given' : `${JSON.stringify(ids)} has an id that is not a positive whole number, or one listed twice`, fix: 'list the sub-user UINs (or CAM group ids) that receive the alarm, each once' };
    }
    if (channels.length === 0 || new Set(channels).size !== channels.length) {
      return { field: f.channels, problem: channels.length === 0 ? 'no channel is given' : 'a channel is listed twice', fix: 'use e.g. [NoticeChannel.EMAIL, NoticeChannel.SMS]', fixTerraform: 'use e.g. receiver_channels ["Email", "Sms"]' };
    }
    return undefined;
  },
});

export const AlarmConditionInvalid = defineRule({
  code: 'CA709',
  name: 'AlarmConditionInvalid',
  level: 'error',
  source: SOURCES.clsAlarmApi,
  review: 'API-011',
  rule: 'condition is a non-blank expression over the query result, e.g. "$1.events > 0"',
  reads: [{ resource: CLS_ALARM, attributes: ['condition'] }],
  field: 'condition',
  terraform: (r) => known(lit(r.values.condition), 'condition'),
  example: ' ',
  check: (condition: string, field) => (condition.trim().length > 0 ? undefined
    : { field, problem: 'the condition is blank', fix: 'use an expression over the query result, e.g. "$1.events > 0"' }),
});

/** The notice group ids themselves (CA707 is only about choosing ids or notify). */
export const AlarmNoticeIdsInvalid = defineRule({
  code: 'CA710',
  name: 'AlarmNoticeIdsInvalid',
  level: 'error',
  source: SOURCES.clsAlarmApi,
  review: 'API-011',
  rule: 'noticeIds lists 1 or more notice group ids (no blank or whitespace), each once',
  reads: [{ resource: CLS_ALARM, attributes: ['alarm_notice_ids'] }],
  field: 'noticeIds',
  terraform: (r) => known(strings(r.values.alarm_notice_ids), 'alarm_notice_ids'),
  example: ['notice-1', 'notice-1'],
  check: (ids: readonly string[], field) => {
    const bad = ids.findIndex((id) => id.trim().length === 0 || /\s/.test(id));
    if (ids.length > 0 && bad < 0 && new Set(ids).size === ids.length) return undefined;
    return { field, problem: ids.length === 0 ? 'the list is empty' : bad >= 0 ? `${JSON.stringify(ids[bad])} is not a notice id` : 'an id is listed twice', fix: 'list each notice group id once, e.g. "notice-b02af159-f67b-44c3-877c-a55343f874c3"' };
  },
});

/** What a CLS query watches: the product and event names it filters on (presets' form). */
export interface AlarmWatch {
  /** The product (`resourceType`); undefined: any product (a query on other CloudAudit fields). */
  readonly product?: string;
  /** The API names (`eventName`); empty: any. */
  readonly eventNames: readonly string[];
}

/**
 * Fields of a CloudAudit event as CLS indexes them (field:value in a query): a query on one of them
 * searches audit logs, whatever else it filters on.
 */
const CLOUDAUDIT_FIELD = /(?:^|[\s(])(?:eventName|eventSource|eventType|eventRegion|userIdentity(?:\.[A-Za-z]+)*|sourceIPAddress|resourceType|resourceName|requestParameters|responseElements|errorCode|errorMessage|actionType|apiVersion|sensitiveAction)\s*:/;

/**
 * What a query on CloudAudit fields watches when it is not in the presets' form (no single
 * `resourceType`): any product, the event names it names (none when it negates: any event).
 * Undefined for a query on no CloudAudit field.
 */
export function auditWatchOf(query: string): AlarmWatch | undefined {
  const search = query.split('|')[0];
  if (!CLOUDAUDIT_FIELD.test(search)) return undefined;
  if (/\bNOT\b/.test(search)) return { eventNames: [] };
  return { eventNames: [...search.matchAll(/eventName\s*:\s*"([^"]+)"/g)].map((m) => m[1]) };
}

/**
 * The product and event names of a query written like the presets
 * (`resourceType:"cam" AND (eventName:"A" OR eventName:"B") | …`); undefined for any other query.
 */
export function watchOf(query: string): AlarmWatch | undefined {
  const search = query.split('|')[0];
  const products = [...search.matchAll(/resourceType\s*:\s*"([^"]+)"/g)].map((m) => m[1]);
  if (products.length !== 1 || /\bNOT\b/.test(search)) return undefined;
  return { product: products[0], eventNames: [...search.matchAll(/eventName\s*:\s*"([^"]+)"/g)].map((m) => m[1]) };
}

/** One tracking set that delivers to the alarm's topic, as the rule needs it. */
export interface DeliveringTrack {
  readonly name: string;
  readonly enabled: boolean;
  readonly selectors: ReadonlyArray<{ readonly resourceType: string; readonly actionType: string; readonly eventNames: readonly string[] }>;
}

/**
 * Tencent Cloud API names that only read (Describe*, Get*, List*, …): CloudAudit records them as
 * Read operations; every other name is taken to be a Write.
 */
const READ_API = /^(Describe|Get|List|Inquire|Query|Lookup|Check|Search|Head)[A-Z]/;

/**
 * Whether an enabled track records `eventName` of `product` (`*` or none: any product; no name:
 * any API), read or written as `actionType` says (else as the name reads: Describe… is a Read).
 */
function records(track: DeliveringTrack, product: string | undefined, eventName: string | undefined, actionType?: 'Read' | 'Write'): boolean {
  if (!track.enabled) return false;
  const kind = actionType ?? (eventName === undefined ? undefined : READ_API.test(eventName) ? 'Read' : 'Write');
  return track.selectors.some((s) => (product === undefined || product === '*' || s.resourceType === '*' || s.resourceType === product)
    && (s.actionType === '*' || kind === undefined || s.actionType === kind)
    && (s.eventNames.includes('*') || eventName === undefined || s.eventNames.includes(eventName)));
}

/** The alarm's watch and the tracks delivering to its topic (all of them: in the app, or the plan). */
export interface AlarmFeedInput {
  readonly watch: AlarmWatch;
  readonly tracks: readonly DeliveringTrack[];
  /** How to name where the tracks were looked for, e.g. "this app" or "this plan". */
  readonly scope: string;
}

export const AlarmNeverFires = defineRule({
  code: 'CA711',
  name: 'AlarmNeverFires',
  level: 'warning',
  source: SOURCES.cloudAuditToCls,
  review: 'API-015',
  rule: 'an alarm on the CloudAudit topic watches operations some enabled tracking set delivering to that topic records',
  reads: [{ resource: CLS_ALARM, attributes: ['alarm_targets.query', 'alarm_targets.topic_id'] }],
  field: 'query',
  terraform: (r, ctx) => many(r.values.alarm_targets).flatMap((t, i) => {
    const query = lit(t.query);
    // The presets' form, else any query on CloudAudit fields (eventName, userIdentity, …).
    const watch = query === undefined ? undefined : watchOf(query) ?? auditWatchOf(query);
    const delivering = watch === undefined ? undefined : ctx.tracksDeliveringTo(t.topic_id);
    if (!watch || !delivering) return [];
    const tracks: DeliveringTrack[] = [];
    for (const track of delivering) {
      const status = num(track.values.status);
      const selectors = trackSelectors(track)
        .map(({ raw }) => ({ resourceType: lit(raw.resource_type), actionType: lit(raw.action_type), eventNames: strings(raw.event_names) }));
      // A value known only at apply: the rule does not judge.
      const unknown = selectors.some((x) => x.resourceType === undefined || x.actionType === undefined || x.eventNames === undefined);
      if (status === undefined || unknown) return [];
      tracks.push({ name: lit(track.values.name) ?? track.address, enabled: status !== 0, selectors: selectors as DeliveringTrack['selectors'] });
    }
    return [{ input: { watch, tracks, scope: 'this plan' }, field: `alarm_targets[${i}].query` }];
  }),
  check: ({ watch, tracks, scope }: AlarmFeedInput, field) => {
    const names = watch.eventNames.length > 0 ? watch.eventNames : [undefined];
    if (names.some((n) => tracks.some((t) => records(t, watch.product, n)))) return undefined;
    const what = watch.product === undefined
      ? (watch.eventNames.length > 0 ? watch.eventNames.join(', ') : 'CloudAudit events')
      : `${watch.product}${watch.eventNames.length > 0 ? ` ${watch.eventNames.join(', ')}` : ''}`;
    const product = watch.product ?? '*';
    const problem = tracks.length === 0
      ? `no tracking set in ${scope} delivers to the alarm's topic, so the query on ${what} never matches`
      : `no enabled tracking set delivering to the alarm's topic records ${what} (${tracks.map((t) => t.name).join(', ')}): the alarm can never fire`;
    return {
      field,
      problem,
      fix: `deliver a tracking set recording resourceType "${product}"${product === '*' ? '' : ' (or "*")'}, Write operations, to this topic; or acknowledge if a tracking set outside ${scope} delivers to it`,
      fixTerraform: `deliver a tracking set with resource_type "${product}"${product === '*' ? '' : ' (or "*")'} and action_type "Write" (or "*") to this topic (storage_type "cls", storage_name the topic id); or acknowledge if a tracking set outside ${scope} delivers to it`,
    };
  },
});

// ------------------------------------------------------------------ the CLS index and detections

export const CLS_INDEX = 'tencentcloud_cls_index';

/** A key of a topic's key-value index, as the index configures it. */
export interface IndexedKey {
  readonly key: string;
  /** Analysis (SQL) is on for the key (`sql_flag`). */
  readonly sql: boolean;
}

/** What CA712 judges: the fields a query reads and the index of its topic. */
export interface AlarmIndexInput {
  readonly required: readonly QueriedField[];
  /**
   * The key-value keys of the topic's index; `absent`: the configuration creates the topic and no
   * index on it; `unmanaged`: this library does not manage the topic's index (construct side).
   */
  readonly index: 'absent' | 'unmanaged' | readonly IndexedKey[];
}

/** `'key' (text, analysis on)` for each field: what an index must hold (keys quoted: they are log keys). */
export function describeIndexFields(fields: readonly QueriedField[]): string {
  return fields.map((f) => `'${f.key}' (${FIELDS_BY_KEY.get(f.key)?.type ?? 'text'}${f.sql ? ', analysis on' : ''})`).join(', ');
}

function indexedKeys(index: TerraformResourceView): IndexedKey[] | undefined {
  const keys: IndexedKey[] = [];
  for (const kv of many(one(one(index.values.rule)?.key_value)?.key_values)) {
    const key = lit(kv.key);
    if (key === undefined) return undefined;
    const flag = one(kv.value)?.sql_flag;
    if (isExpression(flag)) return undefined;
    keys.push({ key, sql: isTrue(flag) });
  }
  return keys;
}

export const AlarmIndexMissingField = defineRule({
  code: 'CA712',
  name: 'AlarmIndexMissingField',
  level: 'warning',
  source: SOURCES.clsIndex,
  review: 'API-015',
  rule: 'the CLS topic an alarm queries has a key-value index on every field the query reads, with analysis on for the fields its SQL reads',
  reads: [{ resource: CLS_ALARM, attributes: ['alarm_targets.query', 'alarm_targets.topic_id'] }, { resource: CLS_INDEX, attributes: ['topic_id', 'rule.key_value.key_values'] }],
  field: 'query',
  terraform: (r, ctx) => (r.type !== CLS_ALARM ? [] : many(r.values.alarm_targets).flatMap((t, i) => {
    const query = lit(t.query);
    const indexes = query === undefined ? undefined : ctx.indexesOf(t.topic_id);
    if (query === undefined || indexes === undefined) return [];
    const keys = indexes.map(indexedKeys);
    // An index whose keys are expressions is not judged.
    if (keys.some((k) => k === undefined)) return [];
    const index = indexes.length === 0 ? 'absent' as const : (keys as IndexedKey[][]).flat();
    return [{ input: { required: queriedFields(query), index }, field: `alarm_targets[${i}].query` }];
  })),
  example: { required: [{ key: 'eventName', sql: false }], index: 'absent' },
  check: ({ required, index }: AlarmIndexInput, field) => {
    if (required.length === 0) return undefined;
    if (index === 'unmanaged') {
      return {
        field,
        problem: `this library does not manage the CLS index of the alarm's topic: CLS matches the query only if the topic's key-value index has ${describeIndexFields(required)}`,
        fix: 'give the topic that index (new ClsIndex with the alarm\'s indexFields, or the CLS console), then acknowledge CA712; or let ClsDestination create the topic and its index',
        fixTerraform: `give the topic a tencentcloud_cls_index with key_value.key_values for ${describeIndexFields(required)}`,
      };
    }
    if (index === 'absent') {
      return {
        field,
        problem: `the alarm's topic has no tencentcloud_cls_index in this configuration: CLS matches ${required.map((f) => `"${f.key}"`).join(', ')} only through a key-value index, so the alarm can never fire`,
        fix: 'add alarms through ClsDestination.addAlarm (it creates the index), or create a ClsIndex on the topic with the alarm\'s indexFields',
        fixTerraform: `add a tencentcloud_cls_index on the topic with key_value.key_values for ${describeIndexFields(required)}, or acknowledge if the index is managed elsewhere`,
      };
    }
    const missing = required.filter((f) => !index.some((k) => k.key === f.key));
    const noSql = required.filter((f) => f.sql && index.some((k) => k.key === f.key) && !index.some((k) => k.key === f.key && k.sql));
    if (missing.length === 0 && noSql.length === 0) return undefined;
    const parts = [
      ...(missing.length > 0 ? [`has no key-value field ${missing.map((f) => f.key).join(', ')}`] : []),
      ...(noSql.length > 0 ? [`has analysis off (sql_flag) for ${noSql.map((f) => f.key).join(', ')}`] : []),
    ];
    return {
      field,
      problem: `the index of the alarm's topic ${parts.join(' and ')}, which the query reads: the alarm can never fire`,
      fix: 'add the alarm through ClsDestination.addAlarm (it extends the index), or add the alarm\'s indexFields to the topic\'s ClsIndex',
      fixTerraform: `add to the tencentcloud_cls_index key_value.key_values: ${describeIndexFields([...missing, ...noSql])}`,
    };
  },
});

/** One thing a detection watches: a product (`*`: any) and, optionally, API names and read or write. */
export interface DetectionWatch {
  readonly product: string;
  readonly eventNames?: readonly string[];
  readonly actionType?: 'Read' | 'Write';
}

function describeWatch(w: DetectionWatch): string {
  const what = w.product === '*' ? 'any product' : `${w.product}${w.eventNames ? ` ${w.eventNames.length > 3 ? `${w.eventNames.slice(0, 3).join(', ')}, …` : w.eventNames.join(', ')}` : ''}`;
  return w.actionType ? `${w.actionType} operations of ${what}` : what;
}

/** The tracks delivering to a detection's topic, in the app. */
export interface DetectionFeedInput {
  readonly title: string;
  readonly watches: readonly DetectionWatch[];
  readonly tracks: readonly DeliveringTrack[];
}

export const DetectionNotRecorded = defineRule({
  code: 'CA713',
  name: 'DetectionNotRecorded',
  level: 'error',
  source: SOURCES.cloudAuditToCls,
  rule: 'the tracking sets of the app delivering to a detection\'s topic record what the detection watches (its products, API names and read or write)',
  field: 'detection',
  example: { title: 'Root credentials used', watches: [{ product: 'cam', actionType: 'Read' }], tracks: [{ name: 'writes', enabled: true, selectors: [{ resourceType: '*', actionType: 'Write', eventNames: ['*'] }] }] },
  check: ({ title, watches, tracks }: DetectionFeedInput, field) => {
    if (tracks.length === 0) return undefined;
    const missing = watches.filter((w) => !(w.eventNames ?? [undefined]).some((n) => tracks.some((t) => records(t, w.product, n, w.actionType))));
    if (missing.length === 0) return undefined;
    return {
      field,
      problem: `no enabled tracking set delivering to the topic (${tracks.map((t) => t.name).join(', ')}) records ${missing.map(describeWatch).join('; ')}: the detection "${title}" cannot see those calls`,
      fix: `record them in a tracking set delivering to this topic: a selector per product (or resourceType "*") with actionType ${missing.some((w) => w.actionType === 'Read') ? 'READ or ALL' : missing.some((w) => w.actionType === 'Write') ? 'WRITE or ALL' : 'ALL'} and eventNames ["*"]; or drop the detection`,
    };
  },
});

export const DetectionCidrInvalid = defineRule({
  code: 'CA714',
  name: 'DetectionCidrInvalid',
  level: 'error',
  source: SOURCES.clsIpFunctions,
  rule: 'each allowed network is an IPv4 range a.b.c.d/n (n 0-32) or an IPv6 range x::/n (n 0-128), written as its network address',
  field: 'allowedCidrs',
  example: '10.0.0.1/8',
  check: (cidr: string, field) => {
    const { problem } = parseCidr(cidr);
    return problem === undefined ? undefined : { field, problem, fix: 'write the range as network address/prefix length, e.g. "10.0.0.0/8", "203.0.113.0/24" or "2001:db8::/32"' };
  },
});

export const DetectionAllowListEmpty = defineRule({
  code: 'CA715',
  name: 'DetectionAllowListEmpty',
  level: 'error',
  source: SOURCES.library,
  rule: 'a detection of calls from outside allowed networks lists at least one allowed network, each once',
  field: 'allowedCidrs',
  example: [],
  check: (cidrs: readonly string[], field) => {
    if (cidrs.length === 0) return { field, problem: 'the allow-list is empty: every call would be "outside"', fix: 'list the networks your calls come from, e.g. ["203.0.113.0/24", "2001:db8::/32"]' };
    const dup = cidrs.find((c, i) => cidrs.indexOf(c) !== i);
    return dup === undefined ? undefined : { field, problem: `"${dup}" is listed twice`, fix: 'list each network once' };
  },
});

/** Most calls a threshold may ask for (a CLS alarm query runs over at most a day of logs). */
export const THRESHOLD_MAX = 100000;

export const DetectionThresholdInvalid = defineRule({
  code: 'CA716',
  name: 'DetectionThresholdInvalid',
  level: 'error',
  source: SOURCES.clsTriggerCondition,
  rule: `a detection's threshold (calls per caller in the alarm's window) is a whole number from 1 to ${THRESHOLD_MAX}`,
  field: 'threshold',
  example: 0,
  check: (threshold: number, field) => (isWholeNumber(threshold) && threshold >= 1 && threshold <= THRESHOLD_MAX ? undefined
    : { field, problem: `${threshold} is not a whole number from 1 to ${THRESHOLD_MAX}`, fix: 'use e.g. 5 (the alarm fires when one caller makes 5 such calls in the alarm\'s window)' }),
});

export const DetectionEventNameUnlisted = defineRule({
  code: 'CA717',
  name: 'DetectionEventNameUnlisted',
  level: 'error',
  source: SOURCES.auditedServices,
  rule: 'the event names of a detection for a product CloudAudit lists the operations of are in that list',
  field: 'eventNames',
  example: { product: 'cam', eventNames: ['DeleteUsers'] },
  check: ({ product, eventNames }: { product: string; eventNames: readonly string[] }, field) => {
    const listed = CLOUDAUDIT_EVENT_NAMES[product];
    const bad = listed === undefined ? -1 : eventNames.findIndex((n) => !listed.has(n));
    if (bad < 0) return undefined;
    const name = eventNames[bad];
    const near = [...listed!].find((n) => n.toLowerCase() === name.toLowerCase() || n === `${name}s` || `${n}s` === name);
    return {
      field: `${field}[${bad}]`,
      problem: `"${name}" is not an operation CloudAudit records for ${product}`,
      fix: near ? `use "${near}"` : `use a name of CloudAudit's list for ${product} (docs/detections.md links it), or write the CLS query yourself`,
    };
  },
});

export const DetectionInvalid = defineRule({
  code: 'CA718',
  name: 'DetectionInvalid',
  level: 'error',
  source: SOURCES.library,
  rule: 'a custom detection has a title of 1-100 characters, and event names only with a product',
  field: 'title',
  example: { title: ' ', hasProduct: true, hasEventNames: false },
  check: ({ title, hasProduct, hasEventNames }: { title: string; hasProduct: boolean; hasEventNames: boolean }, field) => {
    if (title.trim().length === 0 || title.length > 100) return { field, problem: title.trim().length === 0 ? 'the title is blank' : `the title has ${characters(title.length)}`, fix: 'give a short title such as "CVM terminations"' };
    return hasEventNames && !hasProduct ? { field: 'eventNames', problem: 'event names are given without a product', fix: 'give the product the API names belong to, e.g. product: "cvm"' } : undefined;
  },
});

/** The provider's tencentcloud_cls_index: "Up to 100 key-value pairs can be configured". */
export const INDEX_KEYS_MAX = 100;
const INDEX_KEY = /^[^\s"|]{1,128}$/;

export const ClsIndexFieldsInvalid = defineRule({
  code: 'CA719',
  name: 'ClsIndexFieldsInvalid',
  level: 'error',
  source: SOURCES.clsIndex,
  rule: `a CLS index has at most ${INDEX_KEYS_MAX} key-value fields, each key 1-128 characters without whitespace, "\\"" or "|", with one type`,
  field: 'fields',
  example: [{ key: 'event name', type: 'text' }],
  check: (fields: ReadonlyArray<{ readonly key: string; readonly type: string }>, field) => {
    const bad = fields.findIndex((f) => !INDEX_KEY.test(f.key));
    if (bad >= 0) return { field: `${field}[${bad}].key`, problem: `${JSON.stringify(fields[bad].key)} is not a log key`, fix: 'use the key as the log writes it, e.g. "eventName" or "userIdentity.type"' };
    const clash = fields.find((f) => fields.some((g) => g.key === f.key && g.type !== f.type));
    if (clash) return { field, problem: `"${clash.key}" is given with two types`, fix: 'give each key one type (CloudAudit\'s errorCode and eventPlatform are long, the other fields text)' };
    const keys = new Set(fields.map((f) => f.key)).size;
    return keys <= INDEX_KEYS_MAX ? undefined : { field, problem: `${keys} keys`, fix: `index at most ${INDEX_KEYS_MAX} keys: split the alarms over two topics, or drop fields` };
  },
});

/** ClsAlarm props with defaults applied, literal values only (undefined: absent or a token). */
export interface AlarmPropsInput {
  readonly alarmName?: string;
  readonly hasQuery: boolean;
  readonly hasPreset: boolean;
  readonly hasDetection?: boolean;
  readonly query?: string;
  /** What the preset (SensitiveOperations or Detection) says about itself. */
  readonly presetViolations: readonly Violation[];
  readonly condition?: string;
  readonly intervalMinutes?: number;
  readonly windowMinutes?: number;
  readonly triggerCount?: number;
  readonly alarmPeriodMinutes?: number;
  readonly hasNoticeIds: boolean;
  readonly noticeIds?: readonly string[];
  readonly notify?: { readonly receiverIds: readonly number[]; readonly channels: readonly string[]; readonly noticeName?: string };
}

/** Every rule ClsAlarm checks on its props, in the order its error names them. */
export function alarmPropsViolations(i: AlarmPropsInput): Violation[] {
  return [
    ...checkKnown(AlarmNameInvalid, i.alarmName),
    ...AlarmQueryChoice.check({ hasQuery: i.hasQuery, hasPreset: i.hasPreset, hasDetection: i.hasDetection, query: i.query }),
    ...i.presetViolations,
    ...checkKnown(AlarmConditionInvalid, i.condition),
    ...checkKnown(AlarmIntervalInvalid, i.intervalMinutes),
    ...checkKnown(AlarmWindowInvalid, i.windowMinutes),
    ...checkKnown(AlarmTriggerCountInvalid, i.triggerCount),
    ...checkKnown(AlarmPeriodInvalid, i.alarmPeriodMinutes),
    ...AlarmNoticeChoice.check({ hasIds: i.hasNoticeIds, hasNotify: i.notify !== undefined }),
    ...checkKnown(AlarmNoticeIdsInvalid, i.noticeIds),
    ...(i.notify ? AlarmReceiverInvalid.check({ ids: i.notify.receiverIds, channels: i.notify.channels }) : []),
    ...checkKnown(AlarmNameInvalid, i.notify?.noticeName, 'notify.noticeName'),
  ];
}

export const ALARM_RULES = [
  AlarmNameInvalid, AlarmTriggerCountInvalid, AlarmPeriodInvalid, AlarmIntervalInvalid, AlarmWindowInvalid, AlarmQueryChoice,
  AlarmNoticeChoice, AlarmReceiverInvalid, AlarmConditionInvalid, AlarmNoticeIdsInvalid, AlarmNeverFires, AlarmIndexMissingField,
  DetectionNotRecorded, DetectionCidrInvalid, DetectionAllowListEmpty, DetectionThresholdInvalid, DetectionEventNameUnlisted, DetectionInvalid,
  ClsIndexFieldsInvalid,
] as const;
