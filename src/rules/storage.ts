/**
 * Storage rules: COS buckets and CLS logsets/topics used as CloudAudit destinations, and the
 * organization (cross-account delivery) fields. Pure functions returning violations.
 */
import { Violation } from './errors';

// ---------------------------------------------------------------- COS
// Source: provider v1.83.25 common/validators.go:238-251 ValidateCosBucketName: full bucket name
// `^[a-z0-9]([a-z0-9-]*[a-z0-9])?-[0-9]{10}$`, 1-60 characters. The CloudAudit Storage.StorageName
// for cos is the name WITHOUT `-APPID`, <= 50 characters (SDK models.go Storage).
export const BUCKET_NAME_PATTERN = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?$/;
export const APPID_PATTERN = /^[0-9]{10}$/;
export const FULL_BUCKET_MAX = 60;
/** 60 - "-" - 10 digits. */
export const BUCKET_NAME_MAX = FULL_BUCKET_MAX - 11;
/** SDK Storage.StoragePrefix: "the cos log file prefix supports only letters and digits, 3-40 characters". */
export const COS_PREFIX_PATTERN = /^[A-Za-z0-9]{3,40}$/;
/** Provider object_lock_configuration.rule.days (COS docs: 1-36500). */
export const OBJECT_LOCK_MAX_DAYS = 36500;
/** Audit logs are commonly kept at least six months: shorter needs an explicit opt-in. */
export const MIN_SAFE_RETENTION_DAYS = 180;

export function checkBucketName(name: string, field = 'bucketName'): Violation[] {
  const withAppId = /^(.*)-([0-9]{10})$/.exec(name);
  if (withAppId && withAppId[1].length > 0) {
    return [{ code: 'CA203', field, problem: `"${name}" ends in "-${withAppId[2]}", an APPID suffix`, fix: `remove the APPID suffix: bucketName "${withAppId[1]}" (pass the APPID as appId)` }];
  }
  if (!BUCKET_NAME_PATTERN.test(name)) {
    return [{ code: 'CA201', field, problem: `"${name}" is not lowercase letters, digits and "-" without a leading or trailing "-"`, fix: `use e.g. "${suggestBucketName(name)}"` }];
  }
  if (name.length > BUCKET_NAME_MAX) {
    return [{ code: 'CA202', field, problem: `"${name}" has ${name.length} characters; "<name>-<10-digit APPID>" must fit ${FULL_BUCKET_MAX}`, fix: `shorten it to at most ${BUCKET_NAME_MAX} characters` }];
  }
  return [];
}

function suggestBucketName(name: string): string {
  const s = name.toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, BUCKET_NAME_MAX).replace(/-+$/, '');
  return s.length > 0 ? s : 'audit-logs';
}

export function checkAppId(appId: string, field = 'appId'): Violation[] {
  if (APPID_PATTERN.test(appId)) return [];
  return [{ code: 'CA204', field, problem: `"${appId}" is not exactly 10 digits`, fix: 'use the account APPID (console: Account Info), e.g. "1250000000", or omit appId to read it from tencentcloud_user_info' }];
}

export function checkCosPrefix(prefix: string, field = 'prefix'): Violation[] {
  if (COS_PREFIX_PATTERN.test(prefix)) return [];
  const cleaned = prefix.replace(/[^A-Za-z0-9]/g, '').slice(0, 40);
  return [{ code: 'CA205', field, problem: `"${prefix}" is not 3-40 letters and digits`, fix: cleaned.length >= 3 ? `use "${cleaned}"` : 'use e.g. "cloudaudit"' }];
}

export function isWholeNumber(n: number): boolean {
  return Number.isFinite(n) && Math.floor(n) === n;
}

export function checkCosRetention(days: number, allowShort: boolean, field = 'retentionDays'): Violation[] {
  if (!isWholeNumber(days) || days < 1) {
    return [{ code: 'CA207', field, problem: `${days} is not a whole number of days >= 1`, fix: 'omit retentionDays to keep logs forever, or give a whole number of days such as 365' }];
  }
  if (days < MIN_SAFE_RETENTION_DAYS && !allowShort) {
    return [{ code: 'CA208', field, problem: `${days} days deletes audit logs before the usual ${MIN_SAFE_RETENTION_DAYS}-day minimum`, fix: `use at least ${MIN_SAFE_RETENTION_DAYS} days, or set allowShortRetention: true if your policy allows it` }];
  }
  return [];
}

export function checkObjectLockDays(days: number, field = 'objectLockDays'): Violation[] {
  if (isWholeNumber(days) && days >= 1 && days <= OBJECT_LOCK_MAX_DAYS) return [];
  return [{ code: 'CA209', field, problem: `${days} is not a whole number from 1 to ${OBJECT_LOCK_MAX_DAYS}`, fix: 'use e.g. 365; object lock cannot be turned off once on' }];
}

// ---------------------------------------------------------------- CLS
// Source: CLS API CreateTopic (Period: 1-3600 days, 3640 = permanent; HotPeriod: 0, or >= 7 and
// < Period), CreateTopic TopicName and CreateLogset LogsetName (no "|", logset <= 255), reserved
// topic names from the provider's cls_topic description.
export const CLS_PERMANENT_DAYS = 3640;
export const CLS_MAX_DAYS = 3600;
export const CLS_RESERVED_TOPIC_NAMES = ['cls_service_log', 'loglistener_status', 'loglistener_alarm', 'loglistener_business', 'cls_service_metric'];
/** Length cap for topic names: the API states none; we use the logset cap (UNVERIFIED for topics). */
export const CLS_NAME_MAX = 255;

export function checkClsRetention(days: number, allowShort: boolean, field = 'retentionDays'): Violation[] {
  if (!isWholeNumber(days) || days < 1 || (days > CLS_MAX_DAYS && days !== CLS_PERMANENT_DAYS)) {
    return [{ code: 'CA301', field, problem: `${days} is not 1-${CLS_MAX_DAYS} or ${CLS_PERMANENT_DAYS}`, fix: `use 1-${CLS_MAX_DAYS} days, or ${CLS_PERMANENT_DAYS} to keep logs permanently` }];
  }
  if (days < MIN_SAFE_RETENTION_DAYS && !allowShort) {
    return [{ code: 'CA208', field, problem: `${days} days deletes audit logs before the usual ${MIN_SAFE_RETENTION_DAYS}-day minimum`, fix: `use at least ${MIN_SAFE_RETENTION_DAYS} days, or set allowShortRetention: true if your policy allows it` }];
  }
  return [];
}

export function checkClsHotPeriod(hot: number, retention: number, field = 'hotPeriodDays'): Violation[] {
  if (isWholeNumber(hot) && (hot === 0 || (hot >= 7 && hot < retention))) return [];
  return [{ code: 'CA302', field, problem: `${hot} is not 0, nor at least 7 and less than retentionDays (${retention})`, fix: `use 0 (all hot storage) or a value from 7 to ${retention - 1}` }];
}

export function checkClsTopicName(name: string, field = 'topicName'): Violation[] {
  let problem: string | undefined;
  if (name.trim().length === 0) problem = 'it is empty or blank';
  else if (name.includes('|')) problem = `"${name}" contains "|"`;
  else if (name.length > CLS_NAME_MAX) problem = `it has ${name.length} characters`;
  else if (CLS_RESERVED_TOPIC_NAMES.includes(name)) problem = `"${name}" is a reserved CLS topic name`;
  if (!problem) return [];
  return [{ code: 'CA303', field, problem, fix: 'use a descriptive name such as "cloudaudit-events"' }];
}

export function checkClsLogsetName(name: string, field = 'logsetName'): Violation[] {
  let problem: string | undefined;
  if (name.trim().length === 0) problem = 'it is empty or blank';
  else if (name.includes('|')) problem = `"${name}" contains "|"`;
  else if (name.length > CLS_NAME_MAX) problem = `it has ${name.length} characters, more than ${CLS_NAME_MAX}`;
  if (!problem) return [];
  return [{ code: 'CA304', field, problem, fix: 'use 1-255 characters without "|", e.g. "cloudaudit"' }];
}

/** SDK Storage.StorageName for cls: "the log topic ID, 1-50 characters". */
export function checkClsTopicId(topicId: string, field = 'topicId'): Violation[] {
  if (topicId.length >= 1 && topicId.length <= 50 && !/\s/.test(topicId)) return [];
  return [{ code: 'CA305', field, problem: `"${topicId}" is not a 1-50 character topic ID`, fix: 'pass the topic ID (a UUID such as "2f5764c1-…"), not the topic name' }];
}

// ---------------------------------------------------------------- organization
// Source: Storage.StorageAccountId ("account ID of the designated storage user") and StorageAppId
// (APPID), SDK models.go; the UIN is a decimal number.
export const ACCOUNT_ID_PATTERN = /^[0-9]{5,20}$/;

export function checkStorageAccount(
  accountId: string | undefined,
  appId: string | undefined,
  accountIsToken = false,
  appIsToken = false,
): Violation[] {
  const hasAccount = accountId !== undefined || accountIsToken;
  const hasApp = appId !== undefined || appIsToken;
  if (hasAccount !== hasApp) {
    return [{ code: 'CA503', field: hasAccount ? 'storageAppId' : 'storageAccountId', problem: `${hasAccount ? 'storageAccountId' : 'storageAppId'} is given without ${hasAccount ? 'storageAppId' : 'storageAccountId'}`, fix: 'give both the destination account UIN and its APPID, or neither' }];
  }
  if (accountId !== undefined && !ACCOUNT_ID_PATTERN.test(accountId)) {
    return [{ code: 'CA501', field: 'storageAccountId', problem: `"${accountId}" is not an account UIN (5-20 digits)`, fix: 'use the destination account UIN, e.g. "100012345678"' }];
  }
  if (appId !== undefined && !APPID_PATTERN.test(appId)) {
    return [{ code: 'CA502', field: 'storageAppId', problem: `"${appId}" is not exactly 10 digits`, fix: 'use the destination account APPID, e.g. "1250000000"' }];
  }
  return [];
}
