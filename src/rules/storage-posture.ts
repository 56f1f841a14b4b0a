/**
 * The review's storage-posture rules (STO): how the log bucket and topic protect what they hold.
 * Ids are stable: never renumber, only add.
 */
import { defineRule } from './rule';
import { SOURCES } from './sources';

/** China's Cybersecurity Law, art. 21(3): network logs are kept for no less than six months. */
const SIX_MONTHS = 'audit logs are commonly kept at least six months (e.g. PRC Cybersecurity Law art. 21: "留存相关的网络日志不少于六个月"); shorter deletes evidence before a review can use it';

export const STO_001 = defineRule({
  code: 'STO-001',
  name: 'BucketPrivate',
  level: 'error',
  source: SOURCES.library,
  rule: 'the log bucket is private',
  fix: 'set acl "private" on the bucket',
  rationale: `a public-read bucket exposes every account operation to the internet (${SOURCES.cosProvider}: acl private | public-read | public-read-write)`,
});

export const STO_002 = defineRule({
  code: 'STO-002',
  name: 'BucketVersioned',
  level: 'warning',
  source: SOURCES.library,
  rule: 'the log bucket keeps versions',
  fix: 'set versioning_enable true (CosDestination: versioned)',
  rationale: 'without versioning an overwrite or delete of a log object cannot be undone (provider default: versioning_enable false)',
});

export const STO_003 = defineRule({
  code: 'STO-003',
  name: 'BucketEncrypted',
  level: 'error',
  source: SOURCES.library,
  rule: 'the log bucket has server-side encryption',
  fix: 'set encryption_algorithm AES256, KMS (with kms_id) or SM4',
  rationale: `audit logs hold account identities and source IPs; the provider sends no encryption unless encryption_algorithm is set (${SOURCES.cosProvider})`,
});

export const STO_004 = defineRule({
  code: 'STO-004',
  name: 'BucketNotForceCleaned',
  level: 'warning',
  source: SOURCES.library,
  rule: 'the log bucket is not force-cleaned on destroy',
  fix: 'set force_clean false (the default)',
  rationale: 'force_clean lets terraform destroy delete a bucket that still holds logs',
});

export const STO_005 = defineRule({
  code: 'STO-005',
  name: 'StoragePreventDestroy',
  level: 'warning',
  source: SOURCES.library,
  rule: 'the log bucket and topic have Terraform prevent_destroy',
  fix: 'set lifecycle.prevent_destroy true (CosDestination/ClsDestination: preventDestroy)',
  rationale: 'a replacement or destroy of the storage deletes the logs; prevent_destroy makes the plan fail instead (not visible in plan JSON, checked on cdk.tf.json / *.tf.json only)',
});

export const STO_006 = defineRule({
  code: 'STO-006',
  name: 'BucketRetentionSixMonths',
  level: 'error',
  source: SOURCES.library,
  rule: 'log objects do not expire before 180 days',
  fix: 'set lifecycle expiration (and non-current expiration) to at least 180 days, or remove it',
  rationale: SIX_MONTHS,
});

export const STO_007 = defineRule({
  code: 'STO-007',
  name: 'TopicRetentionSixMonths',
  level: 'error',
  source: SOURCES.library,
  rule: 'the CLS topic keeps logs at least 180 days',
  fix: 'set period to 180-3600 days, or 3640 for permanent',
  rationale: `${SIX_MONTHS}; an unset period leaves the retention to the CLS default (${SOURCES.clsTopicApi})`,
});

export const STO_008 = defineRule({
  code: 'STO-008',
  name: 'BucketObjectLock',
  level: 'info',
  source: SOURCES.library,
  rule: 'the log bucket has object lock (WORM)',
  fix: 'set object_lock_configuration (CosDestination: objectLockDays) if your policy needs immutable logs',
  rationale: 'versioning allows an administrator to delete versions; object lock makes logs immutable for its period (cannot be turned off once on)',
});

export const STORAGE_POSTURE_RULES = [STO_001, STO_002, STO_003, STO_004, STO_005, STO_006, STO_007, STO_008] as const;

