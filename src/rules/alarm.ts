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
import { Violation } from './errors';
import { isWholeNumber } from './storage';

export const TRIGGER_COUNT_MIN = 1;
export const TRIGGER_COUNT_MAX = 2000;
export const ALARM_PERIOD_MAX = 1440;
export const MONITOR_INTERVAL_MAX = 1440;
/** |StartTimeOffset| at most 1440 minutes (one day). */
export const QUERY_WINDOW_MAX = 1440;
export const ALARM_NAME_MAX_BYTES = 255;

function utf8Length(s: string): number {
  let n = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
  }
  return n;
}

/** Alarm and notice names: not blank, at most 255 bytes, no "|" (CreateAlarmNotice; CLS names in general). */
export function checkAlarmName(name: string, field = 'alarmName'): Violation[] {
  let problem: string | undefined;
  if (name.trim().length === 0) problem = 'it is empty or blank';
  else if (name.includes('|')) problem = `"${name}" contains "|"`;
  else if (utf8Length(name) > ALARM_NAME_MAX_BYTES) problem = `it has ${utf8Length(name)} bytes, more than ${ALARM_NAME_MAX_BYTES}`;
  if (!problem) return [];
  return [{ code: 'CA701', field, problem, fix: 'use 1-255 bytes without "|", e.g. "cam-user-changes"' }];
}

function range(code: string, field: string, value: number, min: number, max: number, fix: string): Violation[] {
  if (isWholeNumber(value) && value >= min && value <= max) return [];
  return [{ code, field, problem: `${value} is not a whole number from ${min} to ${max}`, fix }];
}

export function checkTriggerCount(n: number, field = 'triggerCount'): Violation[] {
  return range('CA702', field, n, TRIGGER_COUNT_MIN, TRIGGER_COUNT_MAX, 'use e.g. 1 to alarm on the first matching period');
}

export function checkAlarmPeriod(n: number, field = 'alarmPeriodMinutes'): Violation[] {
  return range('CA703', field, n, 0, ALARM_PERIOD_MAX, 'use e.g. 15 (minutes between repeated notices; 0 repeats every period)');
}

export function checkMonitorInterval(n: number, field = 'intervalMinutes'): Violation[] {
  return range('CA704', field, n, 1, MONITOR_INTERVAL_MAX, 'use e.g. 5 (the alarm runs its query every 5 minutes)');
}

/** The query range: start_time_offset = -window, end_time_offset = 0 (end > start holds for window >= 1). */
export function checkQueryWindow(n: number, field = 'windowMinutes'): Violation[] {
  return range('CA705', field, n, 1, QUERY_WINDOW_MAX, 'use the monitor interval (the default), so each period looks at the events since the last run');
}

export function checkQueryChoice(hasQuery: boolean, hasPreset: boolean, query?: string): Violation[] {
  if (hasQuery === hasPreset) {
    return [{ code: 'CA706', field: hasQuery ? 'query' : 'preset', problem: hasQuery ? 'both query and preset are given' : 'neither query nor preset is given', fix: 'give a CLS query, or a SensitiveOperations preset' }];
  }
  if (query !== undefined && query.trim().length === 0) {
    return [{ code: 'CA706', field: 'query', problem: 'the query is blank', fix: 'give a CLS query such as \'resourceType:"cam" AND eventName:"DeleteUser" | select count(*) as events\'' }];
  }
  return [];
}

export function checkNoticeChoice(hasIds: boolean, hasNotify: boolean): Violation[] {
  if (hasIds !== hasNotify) return [];
  return [{ code: 'CA707', field: hasIds ? 'noticeIds' : 'notify', problem: hasIds ? 'both noticeIds and notify are given' : 'neither noticeIds nor notify is given', fix: 'give the ids of existing notice groups, or notify to create one' }];
}

export function checkNoticeIds(ids: readonly string[], field = 'noticeIds'): Violation[] {
  const bad = ids.findIndex((id) => id.trim().length === 0 || /\s/.test(id));
  if (ids.length > 0 && bad < 0 && new Set(ids).size === ids.length) return [];
  return [{ code: 'CA707', field, problem: ids.length === 0 ? 'the list is empty' : bad >= 0 ? `${JSON.stringify(ids[bad])} is not a notice id` : 'an id is listed twice', fix: 'list each notice group id once, e.g. "notice-b02af159-f67b-44c3-877c-a55343f874c3"' }];
}

export function checkReceivers(ids: readonly number[], channels: readonly string[], field = 'notify'): Violation[] {
  if (ids.length === 0 || ids.some((id) => !isWholeNumber(id) || id < 1) || new Set(ids).size !== ids.length) {
    return [{ code: 'CA708', field: `${field}.receiverIds`, problem: ids.length === 0 ? 'no receiver is given' : `${JSON.stringify(ids)} has an id that is not a positive whole number, or one listed twice`, fix: 'list the sub-user UINs (or CAM group ids) that receive the alarm, each once' }];
  }
  if (channels.length === 0 || new Set(channels).size !== channels.length) {
    return [{ code: 'CA708', field: `${field}.channels`, problem: channels.length === 0 ? 'no channel is given' : 'a channel is listed twice', fix: 'use e.g. [NoticeChannel.EMAIL, NoticeChannel.SMS]' }];
  }
  return [];
}

export function checkCondition(condition: string, field = 'condition'): Violation[] {
  if (condition.trim().length > 0) return [];
  return [{ code: 'CA709', field, problem: 'the condition is blank', fix: 'use an expression over the query result, e.g. "$1.events > 0"' }];
}
