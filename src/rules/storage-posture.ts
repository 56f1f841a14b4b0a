/**
 * The review's storage-posture rules (STO): how the log bucket and topic protect what they hold.
 * Ids are stable: never renumber, only add. The review runs them on the storage its tracks deliver
 * to (src/review/engine.ts); a finding's message is the check's problem, its fix the rule's `fix`.
 */
import { CLS_TOPIC } from './cls';
import { COS_BUCKET, given, MIN_SAFE_RETENTION_DAYS } from './cos';
import { defineRule } from './rule';
import { SOURCES } from './sources';
import { isExpression, isTrue, known, lit, many, num, one } from './terraform';

/** A finding of a review rule carries the rule's own fix (the review reports `rule.fix`). */
const STO_FIX = '';

/** China's Cybersecurity Law, art. 23(3) (art. 21 before the 2025 amendment): network logs are kept no less than six months. */
const SIX_MONTHS = 'audit logs are commonly kept at least six months (e.g. PRC Cybersecurity Law art. 23, art. 21 before the 2025 amendment: "留存相关的网络日志不少于六个月"); shorter deletes evidence before a review can use it';

export const STO_001 = defineRule({
  code: 'STO-001',
  name: 'BucketPrivate',
  level: 'error',
  source: SOURCES.library,
  rule: 'the log bucket is private',
  fix: 'set acl "private" on the bucket',
  rationale: `a public-read bucket exposes every account operation to the internet (${SOURCES.cosProvider}: acl private | public-read | public-read-write)`,
  reads: [{ resource: COS_BUCKET, attributes: ['acl'] }],
  terraform: (r) => known(lit(r.values.acl), 'acl'),
  check: (acl: string, field) => (acl === 'private' ? undefined : { field, problem: `acl is "${acl}": the audit logs are readable by anyone`, fix: STO_FIX }),
});

export const STO_002 = defineRule({
  code: 'STO-002',
  name: 'BucketVersioned',
  level: 'warning',
  source: SOURCES.library,
  rule: 'the log bucket keeps versions',
  fix: 'set versioning_enable true (CosDestination: versioned)',
  fixTerraform: 'set versioning_enable = true on the bucket',
  rationale: 'without versioning an overwrite or delete of a log object cannot be undone (provider default: versioning_enable false)',
  reads: [{ resource: COS_BUCKET, attributes: ['versioning_enable'] }],
  terraform: (r) => (isExpression(r.values.versioning_enable) ? [] : [{ input: r.values.versioning_enable as unknown, field: 'versioning_enable' }]),
  check: (value: unknown, field) => (isTrue(value) ? undefined
    : { field, problem: `versioning_enable is ${value === undefined ? 'not set (provider default false)' : String(value)}`, fix: STO_FIX }),
});

export const STO_003 = defineRule({
  code: 'STO-003',
  name: 'BucketEncrypted',
  level: 'error',
  source: SOURCES.library,
  rule: 'the log bucket has server-side encryption',
  fix: 'set encryption_algorithm AES256, KMS (with kms_id) or SM4',
  rationale: `audit logs hold account identities and source IPs; the provider sends no encryption unless encryption_algorithm is set (${SOURCES.cosProvider})`,
  reads: [{ resource: COS_BUCKET, attributes: ['encryption_algorithm'] }],
  terraform: (r) => (isExpression(r.values.encryption_algorithm) ? [] : [{ input: r.values.encryption_algorithm as unknown, field: 'encryption_algorithm' }]),
  check: (value: unknown, field) => (given(value) ? undefined : { field, problem: 'encryption_algorithm is not set: log objects are stored unencrypted', fix: STO_FIX }),
});

export const STO_004 = defineRule({
  code: 'STO-004',
  name: 'BucketNotForceCleaned',
  level: 'warning',
  source: SOURCES.library,
  rule: 'the log bucket is not force-cleaned on destroy',
  fix: 'set force_clean false (the default)',
  rationale: 'force_clean lets terraform destroy delete a bucket that still holds logs',
  reads: [{ resource: COS_BUCKET, attributes: ['force_clean'] }],
  terraform: (r) => [{ input: isTrue(r.values.force_clean), field: 'force_clean' }],
  check: (forceClean: boolean, field) => (!forceClean ? undefined : { field, problem: 'force_clean is true: terraform destroy deletes the bucket with every log in it', fix: STO_FIX }),
});

export const STO_005 = defineRule({
  code: 'STO-005',
  name: 'StoragePreventDestroy',
  level: 'warning',
  source: SOURCES.library,
  rule: 'the log bucket and topic have Terraform prevent_destroy',
  fix: 'set lifecycle.prevent_destroy true (CosDestination/ClsDestination: preventDestroy)',
  fixTerraform: 'add lifecycle { prevent_destroy = true } to the bucket or topic',
  rationale: 'a replacement or destroy of the storage deletes the logs; prevent_destroy makes the plan fail instead (not visible in plan JSON, checked on cdk.tf.json / *.tf.json only)',
  reads: [{ resource: COS_BUCKET, attributes: ['lifecycle.prevent_destroy'] }, { resource: CLS_TOPIC, attributes: ['lifecycle.prevent_destroy'] }],
  // Plan JSON does not show lifecycle: configuration inputs only.
  terraform: (r) => (r.source === 'config' ? [{ input: isTrue(r.lifecycle?.prevent_destroy), field: 'lifecycle.prevent_destroy' }] : []),
  check: (preventDestroy: boolean, field) => (preventDestroy ? undefined : { field, problem: 'lifecycle.prevent_destroy is not true: a replacement or destroy deletes the logs', fix: STO_FIX }),
});

export const STO_006 = defineRule({
  code: 'STO-006',
  name: 'BucketRetentionSixMonths',
  level: 'error',
  source: SOURCES.library,
  rule: 'log objects do not expire before 180 days',
  fix: 'set lifecycle expiration (and non-current expiration) to at least 180 days, or remove it',
  rationale: SIX_MONTHS,
  reads: [{ resource: COS_BUCKET, attributes: ['lifecycle_rules.expiration.days', 'lifecycle_rules.non_current_expiration.non_current_days'] }],
  terraform: (r) => [{
    input: many(r.values.lifecycle_rules).flatMap((rule, i) => [
      ...many(rule.expiration).flatMap((e) => known(num(e.days), `lifecycle_rules[${i}].expiration.days`)),
      ...many(rule.non_current_expiration).flatMap((e) => known(num(e.non_current_days), `lifecycle_rules[${i}].non_current_expiration.non_current_days`)),
    ]).map(({ input: days, field }) => ({ days, field })),
    field: 'lifecycle_rules',
  }],
  check: (expirations: ReadonlyArray<{ days: number; field: string }>, field) => {
    const short = expirations.filter((e) => e.days < MIN_SAFE_RETENTION_DAYS).map((e) => `${e.field} is ${e.days}`);
    return short.length === 0 ? undefined : { field, problem: `${short.join('; ')}: logs are deleted before ${MIN_SAFE_RETENTION_DAYS} days`, fix: STO_FIX };
  },
});

export const STO_007 = defineRule({
  code: 'STO-007',
  name: 'TopicRetentionSixMonths',
  level: 'error',
  source: SOURCES.library,
  rule: 'the CLS topic keeps logs at least 180 days',
  fix: 'set period to 180-3600 days, or 3640 for permanent',
  rationale: `${SIX_MONTHS}; an unset period leaves the retention to the CLS default (${SOURCES.clsTopicApi})`,
  reads: [{ resource: CLS_TOPIC, attributes: ['period'] }],
  terraform: (r) => (isExpression(r.values.period) ? [] : [{ input: num(r.values.period), field: 'period' }]),
  check: (days: number | undefined, field) => {
    if (days === undefined) return { field, problem: 'period is not set: the topic keeps logs for the CLS default, not a reviewed retention', fix: STO_FIX };
    return days < MIN_SAFE_RETENTION_DAYS ? { field, problem: `period is ${days} days: logs are deleted before ${MIN_SAFE_RETENTION_DAYS} days`, fix: STO_FIX } : undefined;
  },
});

export const STO_008 = defineRule({
  code: 'STO-008',
  name: 'BucketObjectLock',
  level: 'info',
  source: SOURCES.library,
  rule: 'the log bucket has object lock (WORM)',
  fix: 'set object_lock_configuration (CosDestination: objectLockDays) if your policy needs immutable logs',
  fixTerraform: 'add an object_lock_configuration block (enabled = true, rule { days = 365 }) if your policy needs immutable logs',
  rationale: 'versioning allows an administrator to delete versions; object lock makes logs immutable for its period (cannot be turned off once on)',
  reads: [{ resource: COS_BUCKET, attributes: ['object_lock_configuration.enabled'] }],
  terraform: (r) => { const lock = one(r.values.object_lock_configuration); return [{ input: lock !== undefined && (isTrue(lock.enabled) || isExpression(lock.enabled)), field: 'object_lock_configuration' }]; },
  check: (locked: boolean, field) => (locked ? undefined : { field, problem: 'no object lock: log objects can be deleted by whoever may delete versions', fix: STO_FIX }),
});

export const STORAGE_POSTURE_RULES = [STO_001, STO_002, STO_003, STO_004, STO_005, STO_006, STO_007, STO_008] as const;

