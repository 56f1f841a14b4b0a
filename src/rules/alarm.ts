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
import { clsNameProblem } from './cls';
import { checkKnown, defineRule, isWholeNumber, Rule, Violation } from './rule';
import { SOURCES } from './sources';
import { known, lit, many, num, one, strings, TerraformInput, TerraformResourceView } from './terraform';
import { trackSelectors } from './track';

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
  rule: 'an alarm has exactly one of query and preset; a query is not blank',
  reads: [{ resource: CLS_ALARM, attributes: ['alarm_targets.query'] }],
  field: 'query',
  terraform: (r) => many(r.values.alarm_targets).flatMap((t, i) => { const query = lit(t.query); return query === undefined ? [] : [{ input: { hasQuery: true, hasPreset: false, query }, field: `alarm_targets[${i}].query` }]; }),
  example: { hasQuery: false, hasPreset: false },
  check: ({ hasQuery, hasPreset, query }: { hasQuery: boolean; hasPreset: boolean; query?: string }, field) => {
    if (hasQuery === hasPreset) {
      return { field: hasQuery ? 'query' : 'preset', problem: hasQuery ? 'both query and preset are given' : 'neither query nor preset is given', fix: 'give a CLS query, or a SensitiveOperations preset', fixTerraform: 'give alarm_targets a CLS query' };
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

function records(track: DeliveringTrack, product: string | undefined, eventName: string | undefined): boolean {
  if (!track.enabled) return false;
  const kind = eventName === undefined ? undefined : READ_API.test(eventName) ? 'Read' : 'Write';
  return track.selectors.some((s) => (s.resourceType === '*' || product === undefined || s.resourceType === product)
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

/** ClsAlarm props with defaults applied, literal values only (undefined: absent or a token). */
export interface AlarmPropsInput {
  readonly alarmName?: string;
  readonly hasQuery: boolean;
  readonly hasPreset: boolean;
  readonly query?: string;
  /** What the preset (SensitiveOperations) says about itself. */
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
    ...AlarmQueryChoice.check({ hasQuery: i.hasQuery, hasPreset: i.hasPreset, query: i.query }),
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
  AlarmNoticeChoice, AlarmReceiverInvalid, AlarmConditionInvalid, AlarmNoticeIdsInvalid, AlarmNeverFires,
] as const;
