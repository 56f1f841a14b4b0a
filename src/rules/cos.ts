/**
 * COS bucket rules for CloudAudit destinations, CA2xx.
 *
 * Sources: terraform-provider-tencentcloud ValidateCosBucketName: full bucket name
 * `^[a-z0-9]([a-z0-9-]*[a-z0-9])?-[0-9]{10}$`, 1-60 characters (COS naming,
 * cloud.tencent.com/document/product/436/13312). The CloudAudit Storage.StorageName for cos is the
 * name WITHOUT `-APPID`, <= 50 characters (SDK cloudaudit v20190319, type Storage).
 */
import { RegionUnknown } from './regions';
import { characters, checkKnown, defineRule, firstViolation, isWholeNumber, Problem, Violation } from './rule';
import { SOURCES } from './sources';
import { isExpression, isTrue, known, lit, many, num, one, TerraformContext, TerraformInput, TerraformResourceView } from './terraform';
import { AUDIT_TRACK, EVENTS_AUDIT_TRACK, meantStorageType } from './track';

export const COS_BUCKET = 'tencentcloud_cos_bucket';
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

const STORAGE_NAME = [{ resource: AUDIT_TRACK, attributes: ['storage.storage_name'] }, { resource: EVENTS_AUDIT_TRACK, attributes: ['storage.storage_name'] }];

/** A full bucket name `<name>-<appid>` split in two (`appId` undefined when there is no suffix). */
export function splitBucket(full: string): { name: string; appId?: string } {
  const m = /^(.+)-([0-9]+)$/.exec(full);
  return m ? { name: m[1], appId: m[2] } : { name: full };
}

/** A value that is set (not absent, null or empty). */
export function given(v: unknown): boolean {
  return v !== undefined && v !== null && v !== '';
}

/** Whether a track resource delivers to COS. */
function cosStorage(r: TerraformResourceView): boolean {
  return r.type !== COS_BUCKET && meantStorageType(one(r.values.storage)) === 'cos';
}

/**
 * The name and APPID of a tencentcloud_cos_bucket's `bucket` (`<name>-<appid>`): `appId` is null when
 * it is an expression (e.g. `${data.tencentcloud_user_info.me.app_id}`), undefined when missing.
 */
export function bucketOf(r: TerraformResourceView): { name?: string; appId?: string | null } | undefined {
  const bucket = r.values.bucket;
  if (r.type !== COS_BUCKET || typeof bucket !== 'string') return undefined;
  const at = bucket.indexOf('${');
  if (at < 0) return splitBucket(bucket);
  const head = bucket.slice(0, at);
  return { name: head.length > 1 && head.endsWith('-') ? head.slice(0, -1) : undefined, appId: null };
}

/**
 * The bucket name a name rule reads: the track's storage_name, or the bucket's name part (not for
 * CA203, which is about storage_name). The review reports every name rule broken; the constructs
 * throw the first, in BUCKET_NAME_RULES order. A 10-digit suffix that differs from the APPID of the
 * bucket the track delivers to is part of the name, not an APPID (CA203 does not apply).
 */
function bucketNameInputs(r: TerraformResourceView, code: string, ctx?: TerraformContext): Array<TerraformInput<string>> {
  const fromTrack = cosStorage(r) ? lit(one(r.values.storage)?.storage_name) : undefined;
  if (fromTrack !== undefined) {
    if (code === 'CA203') {
      const storage = ctx?.storageOf(r);
      const storageAppId = storage ? bucketOf(storage)?.appId ?? undefined : undefined;
      if (suffixIsNotAppId(fromTrack, storageAppId)) return [];
    }
    return [{ input: fromTrack, field: 'storage.storage_name' }];
  }
  const name = code === 'CA203' ? undefined : bucketOf(r)?.name;
  return name === undefined ? [] : [{ input: name, field: 'bucket' }];
}

/** `<name>-${…}`: a name and the unknown its last part is. */
const UNKNOWN_SUFFIX = /^(.+)-(\$\{[^{}]*\})$/s;
/** The account's APPID as the data source tencentcloud_user_info reads it (in any module). */
const USER_INFO_APPID = /^\$\{(?:module\.[^{}]*\.)?data\.tencentcloud_user_info\.[A-Za-z0-9_-]+(?:\[[^\]]*\])?\.app_id\}$/;

/**
 * A track's storage_name that ends in an APPID unknown before the plan: the APPID of
 * tencentcloud_user_info, or the same unknown the bucket it delivers to ends in
 * (`"trail-${data.tencentcloud_user_info.me.app_id}"`, as `tencentcloud_cos_bucket.trail.bucket` gives it).
 */
function unknownAppIdInputs(r: TerraformResourceView, ctx: TerraformContext): Array<TerraformInput<string>> {
  const name = cosStorage(r) ? one(r.values.storage)?.storage_name : undefined;
  const m = typeof name === 'string' ? UNKNOWN_SUFFIX.exec(name) : null;
  if (!m) return [];
  const bucket = ctx.storageOf(r)?.values.bucket;
  const bucketSuffix = typeof bucket === 'string' ? UNKNOWN_SUFFIX.exec(bucket)?.[2] : undefined;
  if (!USER_INFO_APPID.test(m[2]) && m[2] !== bucketSuffix) return [];
  return [{ input: `${m[1]}-${m[2]}`, field: 'storage.storage_name' }];
}
function suggestBucketName(name: string): string {
  const s = name.toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, BUCKET_NAME_MAX).replace(/-+$/, '');
  return s.length > 0 ? s : 'audit-logs';
}

export const BucketNameInvalid = defineRule({
  code: 'CA201',
  name: 'BucketNameInvalid',
  level: 'error',
  source: SOURCES.cosBucketName,
  review: 'API-005',
  rule: 'bucketName is lowercase letters, digits and "-", not starting or ending with "-"',
  reads: [...STORAGE_NAME, { resource: COS_BUCKET, attributes: ['bucket'] }],
  field: 'bucketName',
  terraform: (r, ctx) => bucketNameInputs(r, 'CA201', ctx),
  check: (name: string, field) => (BUCKET_NAME_PATTERN.test(name) ? undefined
    : { field, problem: `"${name}" is not lowercase letters, digits and "-" without a leading or trailing "-"`, fix: `use e.g. "${suggestBucketName(name)}"` }),
});

export const BucketNameTooLong = defineRule({
  code: 'CA202',
  name: 'BucketNameTooLong',
  level: 'error',
  source: SOURCES.cosBucketName,
  review: 'API-005',
  rule: 'bucketName is at most 49 characters so that "<name>-<appid>" fits 60',
  reads: [...STORAGE_NAME, { resource: COS_BUCKET, attributes: ['bucket'] }],
  field: 'bucketName',
  terraform: (r, ctx) => bucketNameInputs(r, 'CA202', ctx),
  check: (name: string, field) => (name.length <= BUCKET_NAME_MAX ? undefined
    : { field, problem: `"${name}" has ${characters(name.length)}; "<name>-<10-digit APPID>" must fit ${FULL_BUCKET_MAX}`, fix: `shorten it to at most ${BUCKET_NAME_MAX} characters` }),
});

export const BucketNameHasAppId = defineRule({
  code: 'CA203',
  name: 'BucketNameHasAppId',
  level: 'error',
  source: SOURCES.sdkStorage,
  review: 'API-005',
  rule: 'bucketName is given without the "-<APPID>" suffix',
  reads: STORAGE_NAME,
  field: 'bucketName',
  terraform: (r, ctx) => [...bucketNameInputs(r, 'CA203', ctx), ...unknownAppIdInputs(r, ctx)],
  check: (name: string, field) => {
    // A 10-digit APPID, or the APPID as an unknown of the plan (`-${data.tencentcloud_user_info.me.app_id}`).
    const withAppId = /^(.*)-([0-9]{10}|\$\{[^{}]*\})$/s.exec(name);
    if (!withAppId || withAppId[1].length === 0) return undefined;
    return { field, problem: `"${name}" ends in "-${withAppId[2]}", an APPID suffix`, fix: `remove the APPID suffix: bucketName "${withAppId[1]}" (pass the APPID as appId); if "${withAppId[2]}" is not your APPID, pass your appId and the name is accepted`, fixTerraform: `remove the APPID suffix: storage_name "${withAppId[1]}"` };
  },
});

/**
 * Whether a 10-digit suffix of `name` is known not to be the APPID: the APPID is given and differs
 * (e.g. "audit-1767225600" with appId "1250000000": a timestamp, not an APPID).
 */
export function suffixIsNotAppId(name: string, appId: string | undefined): boolean {
  const suffix = /-([0-9]{10})$/.exec(name)?.[1];
  return suffix !== undefined && appId !== undefined && APPID_PATTERN.test(appId) && suffix !== appId;
}

/** The bucket name rules in order, one violation per name. */
export const BUCKET_NAME_RULES = [BucketNameHasAppId, BucketNameInvalid, BucketNameTooLong] as const;

export const AppIdInvalid = defineRule({
  code: 'CA204',
  name: 'AppIdInvalid',
  level: 'error',
  source: SOURCES.cosBucketName,
  review: 'API-007',
  rule: 'appId is exactly 10 digits',
  reads: [{ resource: COS_BUCKET, attributes: ['bucket'] }],
  field: 'appId',
  terraform: (r) => { const b = bucketOf(r); return b && b.appId !== null ? [{ input: b.appId ?? '', field: 'bucket' }] : []; },
  check: (appId: string, field) => (APPID_PATTERN.test(appId) ? undefined
    : { field, problem: `"${appId}" is not exactly 10 digits`, fix: 'use the account APPID (console: Account Info), e.g. "1250000000", or omit appId to read it from tencentcloud_user_info', fixTerraform: 'end the bucket name in "-<APPID>", the 10-digit account APPID' }),
});

export const PrefixInvalid = defineRule({
  code: 'CA205',
  name: 'PrefixInvalid',
  level: 'error',
  source: SOURCES.sdkStorage,
  review: 'API-004',
  rule: 'prefix is 3-40 letters and digits',
  reads: [{ resource: AUDIT_TRACK, attributes: ['storage.storage_prefix'] }, { resource: EVENTS_AUDIT_TRACK, attributes: ['storage.storage_prefix'] }],
  field: 'prefix',
  terraform: (r) => (cosStorage(r) ? known(lit(one(r.values.storage)?.storage_prefix), 'storage.storage_prefix') : []),
  check: (prefix: string, field) => {
    if (COS_PREFIX_PATTERN.test(prefix)) return undefined;
    const cleaned = prefix.replace(/[^A-Za-z0-9]/g, '').slice(0, 40);
    return { field, problem: `"${prefix}" is not 3-40 letters and digits`, fix: cleaned.length >= 3 ? `use "${cleaned}"` : 'use e.g. "cloudaudit"' };
  },
});

/** Encryption settings: the algorithm (`KMS`, `AES256`, …) and whether a KMS key id is given. */
export interface EncryptionInput {
  readonly algorithm: string;
  readonly hasKmsKey: boolean;
}

export const EncryptionInvalid = defineRule({
  code: 'CA206',
  name: 'EncryptionInvalid',
  level: 'error',
  source: `${SOURCES.cosProvider} (kms_id: "valid only when encryption_algorithm is set to KMS … If not specified, the default kms id is used")`,
  review: 'API-007',
  rule: 'kmsKeyId is given only with KMS encryption (KMS without a key uses the default KMS key)',
  reads: [{ resource: COS_BUCKET, attributes: ['encryption_algorithm', 'kms_id'] }],
  field: 'kmsKeyId',
  terraform: (r) => { const algorithm = lit(r.values.encryption_algorithm); return algorithm === undefined ? [] : [{ input: { algorithm, hasKmsKey: given(r.values.kms_id) }, field: 'kms_id' }]; },
  check: ({ algorithm, hasKmsKey }: EncryptionInput, field): Problem | undefined => {
    if (algorithm !== 'KMS' && hasKmsKey) return { field, problem: `kmsKeyId is given but encryption is ${algorithm}`, problemTerraform: `kms_id is given but encryption_algorithm is ${algorithm}`, fix: 'set encryption: CosEncryption.KMS, or drop kmsKeyId', fixTerraform: 'set encryption_algorithm "KMS", or drop kms_id' };
    return undefined;
  },
});

export const RetentionInvalid = defineRule({
  code: 'CA207',
  name: 'RetentionInvalid',
  level: 'error',
  source: SOURCES.cosProvider,
  review: 'API-007',
  rule: 'retentionDays is a whole number of days from 1 to 9007199254740991 (2^53 - 1: the provider reads days as an integer, and larger JavaScript numbers are not exact)',
  reads: [{ resource: COS_BUCKET, attributes: ['lifecycle_rules.expiration.days', 'lifecycle_rules.non_current_expiration.non_current_days'] }],
  field: 'retentionDays',
  terraform: (r) => many(r.values.lifecycle_rules).flatMap((rule, i) => [
    ...many(rule.expiration).flatMap((e) => known(num(e.days), `lifecycle_rules[${i}].expiration.days`)),
    ...many(rule.non_current_expiration).flatMap((e) => known(num(e.non_current_days), `lifecycle_rules[${i}].non_current_expiration.non_current_days`)),
  ]),
  check: (days: number, field) => (isWholeNumber(days) && days >= 1 && days <= Number.MAX_SAFE_INTEGER ? undefined
    : {
      field,
      problem: isWholeNumber(days) && days > Number.MAX_SAFE_INTEGER ? `${days} is more than ${Number.MAX_SAFE_INTEGER} days (terraform validate refuses it)` : `${days} is not a whole number of days >= 1`,
      fix: 'omit retentionDays to keep logs forever, or give a whole number of days such as 365',
      fixTerraform: 'give a whole number of days such as 365, or drop the expiration block to keep logs forever',
    }),
});

/** A retention in days and whether the caller opted in to short retention. */
export interface RetentionInput {
  readonly days: number;
  readonly allowShort: boolean;
}

export const RetentionTooShort = defineRule({
  code: 'CA208',
  name: 'RetentionTooShort',
  level: 'error',
  source: SOURCES.library,
  rule: 'retention under 180 days needs allowShortRetention: true',
  field: 'retentionDays',
  check: ({ days, allowShort }: RetentionInput, field) => (days >= MIN_SAFE_RETENTION_DAYS || allowShort ? undefined
    : { field, problem: `${days} days deletes audit logs before the usual ${MIN_SAFE_RETENTION_DAYS}-day minimum`, fix: `use at least ${MIN_SAFE_RETENTION_DAYS} days, or set allowShortRetention: true if your policy allows it` }),
});

export const ObjectLockInvalid = defineRule({
  code: 'CA209',
  name: 'ObjectLockInvalid',
  level: 'error',
  source: SOURCES.cosProvider,
  review: 'API-007',
  rule: 'objectLockDays is a whole number from 1 to 36500',
  reads: [{ resource: COS_BUCKET, attributes: ['object_lock_configuration.rule.days'] }],
  field: 'objectLockDays',
  terraform: (r) => known(num(one(one(r.values.object_lock_configuration)?.rule)?.days), 'object_lock_configuration.rule.days'),
  check: (days: number, field) => (isWholeNumber(days) && days >= 1 && days <= OBJECT_LOCK_MAX_DAYS ? undefined
    : { field, problem: `${days} is not a whole number from 1 to ${OBJECT_LOCK_MAX_DAYS}`, fix: 'use e.g. 365; object lock cannot be turned off once on' }),
});

export const BucketNameDuplicate = defineRule({
  code: 'CA210',
  name: 'BucketNameDuplicate',
  level: 'error',
  source: SOURCES.cosBucketName,
  review: 'API-007',
  rule: 'two destinations of one account (in any stack of the app) cannot create the same bucket',
  reads: [{ resource: COS_BUCKET, attributes: ['bucket'] }],
  field: 'bucketName',
  terraform: (r, ctx) => { const bucket = lit(r.values.bucket); return bucket === undefined ? [] : [{ input: { name: bucket, usedBy: ctx.claim(`${r.account}\u0000${bucket}`, r.address) }, field: 'bucket' }]; },
  check: (input: { name: string; usedBy?: string; account?: string }, field) => (input.usedBy === undefined ? undefined
    : { field, problem: `"${input.name}" is already created by ${input.usedBy}${input.account !== undefined ? ` in ${input.account}` : ''}`, fix: 'give each destination its own bucketName, or pass the same destination to several tracks', fixTerraform: 'give each tencentcloud_cos_bucket its own bucket name' }),
});

/** Object lock and expiration days of one bucket. */
export interface LockRetentionInput {
  readonly lockDays: number;
  readonly retentionDays: number;
}

export const ObjectLockOutlivesRetention = defineRule({
  code: 'CA211',
  name: 'ObjectLockOutlivesRetention',
  level: 'error',
  source: SOURCES.cosObjectLock,
  review: 'API-007',
  rule: 'objectLockDays is at most retentionDays: a locked object cannot be deleted by the lifecycle rule',
  reads: [{ resource: COS_BUCKET, attributes: ['object_lock_configuration.rule.days', 'lifecycle_rules.expiration.days'] }],
  field: 'objectLockDays',
  terraform: (r) => {
    const lockDays = num(one(one(r.values.object_lock_configuration)?.rule)?.days);
    const expirations = many(r.values.lifecycle_rules).flatMap((rule) => many(rule.expiration).map((e) => num(e.days)))
      .filter((d): d is number => d !== undefined);
    return lockDays === undefined || expirations.length === 0 ? [] : [{ input: { lockDays, retentionDays: Math.min(...expirations) }, field: 'object_lock_configuration.rule.days' }];
  },
  check: ({ lockDays, retentionDays }: LockRetentionInput, field) => (lockDays <= retentionDays ? undefined
    : { field, problem: `objects are locked for ${lockDays} days but the lifecycle deletes them after ${retentionDays}: COS does not apply the deletion while the lock holds, so the retention silently becomes ${lockDays} days`, fix: `set objectLockDays to at most ${retentionDays}, or retentionDays to at least ${lockDays}`, fixTerraform: `set object_lock_configuration.rule.days to at most ${retentionDays}, or the expiration days to at least ${lockDays}` }),
});

// ------------------------------------------------------------------ audit-grade storage

/** COS MAZ Feature Overview (436/35208, 2026-05-29): the regions where a multi-AZ bucket can be created. */
export const MULTI_AZ_REGIONS: readonly string[] = ['ap-beijing', 'ap-guangzhou', 'ap-shanghai', 'ap-hongkong', 'ap-singapore', 'ap-shanghai-fsi'];
/** The provider's lifecycle_rules.transition.storage_class values (COS storage classes, 436/33417). */
export const COS_TRANSITION_CLASSES: readonly string[] = ['STANDARD_IA', 'MAZ_STANDARD_IA', 'INTELLIGENT_TIERING', 'MAZ_INTELLIGENT_TIERING', 'ARCHIVE', 'DEEP_ARCHIVE'];
/** replica_role: "qcs::cam::uin/<owneruin>:uin/<subuin>" (the provider's description). */
export const REPLICA_ROLE_PATTERN = /^qcs::cam::uin\/[0-9]+:uin\/[0-9]+$/;
/** A CAM principal of a bucket policy: a root or sub-account (436/18023), or a role ("qcs::cam::uin/<uin>:roleName/<name>"). */
export const CAM_PRINCIPAL_PATTERN = /^qcs::cam::uin\/[0-9]+:(uin\/[0-9]+|roleName\/[A-Za-z0-9+=,.@_-]+)$/;
/** replica_rules.destination_bucket: "qcs::cos:<region>::<bucketname-appid>" (the provider's description). */
export const REPLICA_DESTINATION_PATTERN = /^qcs::cos:([a-z]+(?:-[a-z]+)+)::([a-z0-9](?:[a-z0-9-]*[a-z0-9])?-[0-9]{10})$/;
export const COS_BUCKET_POLICY = 'tencentcloud_cos_bucket_policy';

/** The literal region of the provider configuration a resource uses, when the document has it. */
export function providerRegionOf(r: TerraformResourceView, ctx: TerraformContext): string | undefined {
  return lit(ctx.providerConfig(r.account)?.region);
}

/** Whether a boolean attribute is set to true (false for absent or false; undefined for an expression). */
function flag(v: unknown): boolean | undefined {
  return isExpression(v) ? undefined : isTrue(v);
}

/** Logging settings of a bucket: log_enable, and whether a target bucket and a prefix are given. */
export interface AccessLogInput {
  readonly enabled: boolean;
  readonly target: boolean;
  readonly prefix: boolean;
}

export const AccessLogTargetMissing = defineRule({
  code: 'CA212',
  name: 'AccessLogTargetMissing',
  level: 'error',
  source: SOURCES.cosLogging,
  review: 'API-007',
  rule: 'access logging has a target bucket and a prefix, and a target bucket or prefix comes with access logging',
  reads: [{ resource: COS_BUCKET, attributes: ['log_enable', 'log_target_bucket', 'log_prefix'] }],
  field: 'accessLogs',
  terraform: (r) => {
    const enabled = flag(r.values.log_enable);
    return enabled === undefined ? [] : [{ input: { enabled, target: given(r.values.log_target_bucket), prefix: given(r.values.log_prefix) }, field: 'log_enable' }];
  },
  check: ({ enabled, target, prefix }: AccessLogInput, field): Problem | undefined => {
    if (enabled && (!target || !prefix)) {
      const missing = [!target ? 'target bucket' : '', !prefix ? 'prefix' : ''].filter(Boolean).join(' and ');
      return { field, problem: `access logging is on without a ${missing}: the provider refuses it at apply ("log_target_bucket and log_prefix should set valid value when log_enable is true")`, fix: 'give accessLogs a bucketName and a non-empty prefix', fixTerraform: 'set log_target_bucket (a bucket of the same region) and log_prefix, e.g. "cos-access/"' };
    }
    if (!enabled && (target || prefix)) {
      return { field, problem: 'a log target bucket or prefix is set while log_enable is false: the provider refuses it at apply', fix: 'give accessLogs, or drop the target', fixTerraform: 'set log_enable = true, or drop log_target_bucket and log_prefix' };
    }
    return undefined;
  },
});

export const AccessLogTargetIsSource = defineRule({
  code: 'CA213',
  name: 'AccessLogTargetIsSource',
  level: 'error',
  source: SOURCES.cosLogging,
  rule: 'the access logs of the log bucket go to a separate bucket',
  field: 'accessLogs.bucketName',
  check: ({ source, target }: { source: string; target: string }, field) => (source !== target ? undefined
    : { field, problem: `"${target}" is the log bucket itself: every read of an access log would log another one, and whoever may delete logs may delete the record of it (COS: "It is not recommended to use the source bucket itself")`, fix: 'name another bucket, e.g. "<bucketName>-access"' }),
});

/** Replication settings of a bucket. */
export interface ReplicaVersioningInput {
  readonly replica: boolean;
  readonly versioned: boolean;
}

export const ReplicaNeedsVersioning = defineRule({
  code: 'CA214',
  name: 'ReplicaNeedsVersioning',
  level: 'error',
  source: SOURCES.cosReplication,
  review: 'API-007',
  rule: 'replication needs versioning on the log bucket',
  reads: [{ resource: COS_BUCKET, attributes: ['versioning_enable', 'replica_rules', 'replica_role'] }],
  field: 'versioned',
  terraform: (r) => {
    const versioned = flag(r.values.versioning_enable);
    const replica = many(r.values.replica_rules).length > 0 || given(r.values.replica_role);
    return versioned === undefined || !replica ? [] : [{ input: { replica, versioned }, field: 'versioning_enable' }];
  },
  check: ({ replica, versioned }: ReplicaVersioningInput, field) => (!replica || versioned ? undefined
    : { field, problem: 'replication is configured on a bucket without versioning: the provider refuses it ("cannot configure role/replica rule unless versioning enable")', fix: 'keep versioned: true (the default) with replica', fixTerraform: 'set versioning_enable = true, or drop replica_rules and replica_role' }),
});

/** The replica role (`null`: an expression) and whether replica rules are given. */
export interface ReplicaRoleInput {
  readonly role?: string | null;
  readonly rules: boolean;
}

export const ReplicaRoleInvalid = defineRule({
  code: 'CA215',
  name: 'ReplicaRoleInvalid',
  level: 'error',
  source: SOURCES.cosReplication,
  review: 'API-007',
  rule: 'a replica has a role "qcs::cam::uin/<owneruin>:uin/<subuin>", and a role comes with replica rules',
  reads: [{ resource: COS_BUCKET, attributes: ['replica_role', 'replica_rules'] }],
  field: 'replica.role',
  terraform: (r) => {
    const rules = many(r.values.replica_rules).length > 0;
    const role = isExpression(r.values.replica_role) ? null : given(r.values.replica_role) ? String(r.values.replica_role) : undefined;
    return !rules && role === undefined ? [] : [{ input: { role, rules }, field: 'replica_role' }];
  },
  check: ({ role, rules }: ReplicaRoleInput, field): Problem | undefined => {
    if (rules && role === undefined) return { field, problem: 'replica rules are given without a replica role: the provider refuses them (replica_rules require replica_role)', fix: 'give replica.role, e.g. "qcs::cam::uin/100000000001:uin/100000000001"', fixTerraform: 'set replica_role = "qcs::cam::uin/<owneruin>:uin/<subuin>"' };
    if (!rules && role !== undefined) return { field, problem: 'a replica role is given without replica rules (replica_role requires replica_rules)', fix: 'give replica, or drop the role', fixTerraform: 'add replica_rules, or drop replica_role' };
    if (typeof role === 'string' && !REPLICA_ROLE_PATTERN.test(role)) return { field, problem: `"${role}" is not "qcs::cam::uin/<owneruin>:uin/<subuin>"`, fix: 'use the UIN of the account (or of the sub-account COS replicates as), e.g. "qcs::cam::uin/100000000001:uin/100000000001"', fixTerraform: 'set replica_role to "qcs::cam::uin/<owneruin>:uin/<subuin>"' };
    return undefined;
  },
});

/** One replica destination (`qcs::cos:<region>::<bucket-appid>`) and the source bucket's full name. */
export interface ReplicaDestinationInput {
  readonly destination: string;
  readonly source?: string;
}

export const ReplicaDestinationInvalid = defineRule({
  code: 'CA216',
  name: 'ReplicaDestinationInvalid',
  level: 'error',
  source: SOURCES.cosReplication,
  review: 'API-007',
  rule: 'a replica destination is "qcs::cos:<region>::<bucketname-appid>" of another bucket',
  reads: [{ resource: COS_BUCKET, attributes: ['replica_rules.destination_bucket'] }],
  field: 'replica.bucketName',
  terraform: (r) => many(r.values.replica_rules).flatMap((rule, i) => {
    const destination = lit(rule.destination_bucket);
    return destination === undefined ? [] : [{ input: { destination, source: lit(r.values.bucket) }, field: `replica_rules[${i}].destination_bucket` }];
  }),
  check: ({ destination, source }: ReplicaDestinationInput, field): Problem | undefined => {
    const m = REPLICA_DESTINATION_PATTERN.exec(destination);
    if (!m) return { field, problem: `"${destination}" is not "qcs::cos:<region>::<bucketname-appid>"`, fix: 'give replica a bucketName without "-<APPID>" and its region', fixTerraform: 'write destination_bucket as "qcs::cos:<region>::<bucketname-appid>", e.g. "qcs::cos:ap-shanghai::audit-replica-1250000000"' };
    if (source !== undefined && m[2] === source) return { field, problem: `the replica is the log bucket itself (${source})`, fix: 'name another bucket, in another region', fixTerraform: 'name another bucket, in another region' };
    return undefined;
  },
});

export const MultiAzRegionUnsupported = defineRule({
  code: 'CA217',
  name: 'MultiAzRegionUnsupported',
  level: 'error',
  source: SOURCES.cosMultiAz,
  review: 'API-007',
  rule: `multiAz is used in a region with multi-AZ buckets (${MULTI_AZ_REGIONS.join(', ')})`,
  reads: [{ resource: COS_BUCKET, attributes: ['multi_az'] }],
  field: 'multiAz',
  terraform: (r, ctx) => {
    const region = providerRegionOf(r, ctx);
    return flag(r.values.multi_az) !== true || region === undefined ? [] : [{ input: region, field: 'multi_az' }];
  },
  check: (region: string, field) => (MULTI_AZ_REGIONS.includes(region) ? undefined
    : { field, problem: `${region} has no multi-AZ buckets (only ${MULTI_AZ_REGIONS.join(', ')})`, fix: 'drop multiAz, or create the bucket in one of those regions (a new bucket: multi_az forces a replacement)', fixTerraform: 'drop multi_az, or create the bucket in one of those regions' }),
});

export const MultiAzNeedsVersioning = defineRule({
  code: 'CA218',
  name: 'MultiAzNeedsVersioning',
  level: 'error',
  source: SOURCES.cosMultiAz,
  review: 'API-007',
  rule: 'a multi-AZ bucket keeps versioning on',
  reads: [{ resource: COS_BUCKET, attributes: ['multi_az', 'versioning_enable'] }],
  field: 'versioned',
  terraform: (r) => {
    const versioned = flag(r.values.versioning_enable);
    return flag(r.values.multi_az) !== true || versioned === undefined ? [] : [{ input: versioned, field: 'versioning_enable' }];
  },
  check: (versioned: boolean, field) => (versioned ? undefined
    : { field, problem: 'versioning is off on a multi-AZ bucket: the provider says "The multi_az feature is true for the current bucket, cannot disable version control"', fix: 'keep versioned: true with multiAz', fixTerraform: 'set versioning_enable = true on the multi-AZ bucket' }),
});

/** A transition (days) and the expiration of the same lifecycle rule (undefined: none). */
export interface TransitionInput {
  readonly days: number;
  readonly expirationDays?: number;
}

export const TransitionInvalid = defineRule({
  code: 'CA219',
  name: 'TransitionInvalid',
  level: 'error',
  source: SOURCES.cosLifecycle,
  review: 'API-007',
  rule: 'a transition is a whole number of days >= 0, earlier than the expiration of its rule',
  reads: [{ resource: COS_BUCKET, attributes: ['lifecycle_rules.transition.days', 'lifecycle_rules.expiration.days'] }],
  field: 'transitions',
  terraform: (r) => many(r.values.lifecycle_rules).flatMap((rule, i) => {
    const expirationDays = many(rule.expiration).map((e) => num(e.days)).find((d) => d !== undefined);
    return many(rule.transition).flatMap((t, j) => {
      const days = num(t.days);
      return days === undefined ? [] : [{ input: { days, expirationDays }, field: `lifecycle_rules[${i}].transition[${j}].days` }];
    });
  }),
  check: ({ days, expirationDays }: TransitionInput, field): Problem | undefined => {
    if (!isWholeNumber(days) || days < 0) return { field, problem: `${days} is not a whole number of days >= 0`, fix: 'use e.g. 30 (infrequent access) or 90 (archive)' };
    if (expirationDays !== undefined && days >= expirationDays) {
      return { field, problem: `the transition after ${days} days comes at or after the expiration after ${expirationDays} days: the objects are deleted before they move`, fix: `transition before day ${expirationDays}, or keep the logs longer (retentionDays)`, fixTerraform: `set transition days below ${expirationDays}, or raise the expiration days` };
    }
    return undefined;
  },
});

/** A transition's storage class and whether the bucket is multi-AZ. */
export interface StorageClassInput {
  readonly storageClass: string;
  readonly multiAz: boolean;
}

export const TransitionStorageClassInvalid = defineRule({
  code: 'CA220',
  name: 'TransitionStorageClassInvalid',
  level: 'error',
  source: SOURCES.cosLifecycle,
  review: 'API-007',
  rule: 'a transition names a COS storage class; a multi-AZ bucket only moves to MAZ_ classes, a single-AZ bucket never to them',
  reads: [{ resource: COS_BUCKET, attributes: ['lifecycle_rules.transition.storage_class', 'lifecycle_rules.non_current_transition.storage_class', 'multi_az'] }],
  field: 'transitions',
  terraform: (r) => {
    const multiAz = flag(r.values.multi_az);
    if (multiAz === undefined) return [];
    return many(r.values.lifecycle_rules).flatMap((rule, i) => [
      ...many(rule.transition).map((t, j) => ({ c: lit(t.storage_class), field: `lifecycle_rules[${i}].transition[${j}].storage_class` })),
      ...many(rule.non_current_transition).map((t, j) => ({ c: lit(t.storage_class), field: `lifecycle_rules[${i}].non_current_transition[${j}].storage_class` })),
    ]).flatMap(({ c, field }) => (c === undefined ? [] : [{ input: { storageClass: c, multiAz }, field }]));
  },
  check: ({ storageClass, multiAz }: StorageClassInput, field): Problem | undefined => {
    if (!COS_TRANSITION_CLASSES.includes(storageClass)) return { field, problem: `"${storageClass}" is not a COS storage class (${COS_TRANSITION_CLASSES.join(', ')})`, fix: 'use CosStorageClass.STANDARD_IA or ARCHIVE', fixTerraform: `use one of ${COS_TRANSITION_CLASSES.join(', ')}` };
    const maz = storageClass.startsWith('MAZ_');
    if (multiAz && !maz) return { field, problem: `a multi-AZ bucket cannot transition to the single-AZ class ${storageClass} (COS PUT Bucket lifecycle)`, fix: 'use CosStorageClass.MAZ_STANDARD_IA or MAZ_INTELLIGENT_TIERING', fixTerraform: 'use MAZ_STANDARD_IA or MAZ_INTELLIGENT_TIERING' };
    if (!multiAz && maz) return { field, problem: `${storageClass} is a multi-AZ class and the bucket is single-AZ`, fix: `use ${storageClass.slice(4)}, or multiAz: true`, fixTerraform: `use ${storageClass.slice(4)}, or multi_az = true` };
    return undefined;
  },
});

export const KmsKeyRegionMismatch = defineRule({
  code: 'CA221',
  name: 'KmsKeyRegionMismatch',
  level: 'error',
  source: SOURCES.kmsRegion,
  rule: 'the KMS key of a bucket (or topic) is in its region',
  field: 'kmsKeyRegion',
  check: ({ keyRegion, region }: { keyRegion: string; region: string }, field) => (keyRegion === region ? undefined
    : { field, problem: `the key is in ${keyRegion} and the storage in ${region}: a KMS key belongs to the region it is created in, and kms_id names no region, so COS cannot find it`, fix: `create (or replicate) the key in ${region} and give its id` }),
});

export const CompressNeedsOneSelector = defineRule({
  code: 'CA222',
  name: 'CompressNeedsOneSelector',
  level: 'error',
  source: SOURCES.trackCompress,
  rule: 'compress is set only for a track with one selector (tencentcloud_events_audit_track has no storage.compress)',
  field: 'compress',
  check: ({ selectors, path }: { selectors: number; path: string }, field) => (selectors <= 1 ? undefined
    : { field, problem: `the track has ${selectors} selectors (tencentcloud_events_audit_track), whose storage block has no compress; the destination ${path} sets it`, fix: 'drop compress from the destination, or split the track into one track per selector' }),
});

/** Tracks (names or paths) writing one bucket under one prefix. */
export interface SharedPrefixInput {
  readonly bucket: string;
  readonly prefix: string;
  readonly tracks: readonly string[];
}

export const TrackPrefixShared = defineRule({
  code: 'CA223',
  name: 'TrackPrefixShared',
  level: 'warning',
  source: SOURCES.library,
  acknowledgedWith: 'STO-012',
  rule: 'two tracks do not write one bucket under one prefix unless that is acknowledged',
  field: 'prefix',
  check: ({ bucket, prefix, tracks }: SharedPrefixInput, field) => (tracks.length < 2 ? undefined
    : { field, problem: `${tracks.length} tracks (${tracks.join(', ')}) write ${bucket}/${prefix}/: their log files mix and a lifecycle or access rule on the prefix applies to all of them`, fix: 'give each track its own prefix with destination.withPrefix("<prefix>"), or acknowledge CA223 (STO-012) if one prefix is intended' }),
});

export const BreakGlassPrincipalInvalid = defineRule({
  code: 'CA224',
  name: 'BreakGlassPrincipalInvalid',
  level: 'error',
  source: SOURCES.cosBucketPolicy,
  rule: 'breakGlassPrincipal is a CAM principal "qcs::cam::uin/<owneruin>:uin/<uin>" or "qcs::cam::uin/<owneruin>:roleName/<role>", and comes with denyDelete',
  field: 'breakGlassPrincipal',
  check: ({ principal, denyDelete }: { principal: string; denyDelete: boolean }, field): Problem | undefined => {
    if (!denyDelete) return { field, problem: 'a break-glass principal is given but denyDelete is false: there is no deny to lift', fix: 'drop breakGlassPrincipal, or keep denyDelete: true' };
    return CAM_PRINCIPAL_PATTERN.test(principal) ? undefined
      : { field, problem: `"${principal}" is not "qcs::cam::uin/<owneruin>:uin/<uin>" or "qcs::cam::uin/<owneruin>:roleName/<role>"`, fix: 'use e.g. "qcs::cam::uin/100000000001:uin/100000000011" (a sub-account kept for emergencies)' };
  },
});

export const ReplicaSameRegion = defineRule({
  code: 'CA225',
  name: 'ReplicaSameRegion',
  level: 'warning',
  source: SOURCES.library,
  acknowledgedWith: 'STO-011',
  rule: 'the replica is in another region than the log bucket',
  field: 'replica.region',
  check: ({ replicaRegion, region }: { replicaRegion: string; region: string }, field) => (replicaRegion !== region ? undefined
    : { field, problem: `the replica is in ${region}, the log bucket's own region: it does not survive the loss of the region`, fix: 'put the replica in another region (with a provider of that region), or acknowledge CA225 (STO-011)' }),
});

export const ReplicaKmsKeyMissing = defineRule({
  code: 'CA226',
  name: 'ReplicaKmsKeyMissing',
  level: 'error',
  source: SOURCES.cosReplication,
  rule: 'a replica of a KMS-encrypted bucket has a KMS key of its own region',
  field: 'replica.kmsKeyId',
  check: (hasKey: boolean, field) => (hasKey ? undefined
    : { field, problem: 'the log bucket is KMS-encrypted and the replica has no KMS key: COS replicates KMS-encrypted objects only with source_selection_criteria and a destination_encryption_kms_key_id', fix: 'give replica.kmsKeyId, a key of the replica\'s region' }),
});

export const ObjectLockMultiAz = defineRule({
  code: 'CA227',
  name: 'ObjectLockMultiAz',
  level: 'error',
  source: SOURCES.cosObjectLockLimits,
  review: 'API-007',
  rule: 'object lock is not combined with a multi-AZ bucket',
  reads: [{ resource: COS_BUCKET, attributes: ['object_lock_configuration.enabled', 'multi_az'] }],
  field: 'objectLockDays',
  terraform: (r) => {
    const lock = one(r.values.object_lock_configuration);
    return lock === undefined || flag(lock.enabled) !== true || flag(r.values.multi_az) === undefined ? [] : [{ input: flag(r.values.multi_az)!, field: 'object_lock_configuration' }];
  },
  check: (multiAz: boolean, field) => (!multiAz ? undefined
    : { field, problem: 'object lock is turned on for a multi-AZ bucket: "The Object Lock feature cannot be enabled for multi-AZ buckets at this time"', fix: 'choose one: drop objectLockDays (and rely on denyDelete and a replica), or drop multiAz', fixTerraform: 'drop object_lock_configuration, or multi_az' }),
});

export const ObjectLockWithReplica = defineRule({
  code: 'CA228',
  name: 'ObjectLockWithReplica',
  level: 'warning',
  source: SOURCES.cosObjectLockLimits,
  rule: 'object lock and replication are not combined without checking the account allows it',
  field: 'replica',
  check: (both: boolean, field) => (!both ? undefined
    : { field, problem: 'object lock and a replica on one bucket: the China-site Object Lock Overview says "Bucket replication is not supported" on a locked bucket (the international page does not say so)', fix: 'check with COS that your account supports both, then acknowledge CA228; or keep one of them' }),
});

/** CosDestination props (created or adopted bucket), literal values only (undefined: absent or a token). */
export interface CosPropsInput {
  readonly bucketName?: string;
  readonly region?: string;
  readonly prefix?: string;
  readonly appId?: string;
  /** The encryption algorithm, for a created bucket. */
  readonly encryption?: string;
  readonly hasKmsKey?: boolean;
  readonly kmsKeyRegion?: string;
  readonly retentionDays?: number;
  readonly noncurrentRetentionDays?: number;
  readonly allowShortRetention?: boolean;
  readonly objectLockDays?: number;
  readonly versioned?: boolean;
  readonly multiAz?: boolean;
  readonly transitions?: ReadonlyArray<{ readonly days?: number; readonly storageClass?: string }>;
  /** Access logging: the target bucket name (without -APPID) and prefix. */
  readonly accessLogs?: { readonly bucketName?: string; readonly prefix?: string };
  readonly denyDelete?: boolean;
  readonly breakGlassPrincipal?: string;
  /** Replication: the replica bucket name (without -APPID), region, role, and whether it has a KMS key. */
  readonly replica?: { readonly bucketName?: string; readonly region?: string; readonly role?: string; readonly hasKmsKey: boolean };
}

/** Every rule CosDestination checks on its props, in the order its error names them. */
export function cosPropsViolations(i: CosPropsInput): Violation[] {
  // "audit-1767225600" with appId "1250000000": the suffix is not the APPID (CA203 does not apply).
  const nameRules = i.bucketName !== undefined && suffixIsNotAppId(i.bucketName, i.appId) ? BUCKET_NAME_RULES.slice(1) : BUCKET_NAME_RULES;
  const named = (name: string | undefined, field: string) => (name !== undefined ? firstViolation(BUCKET_NAME_RULES.slice(1), name, field) : []);
  const noncurrent = i.noncurrentRetentionDays;
  const logs = i.accessLogs;
  const replica = i.replica;
  return [
    ...(i.bucketName !== undefined ? firstViolation(nameRules, i.bucketName) : []),
    ...checkKnown(RegionUnknown, i.region),
    ...checkKnown(PrefixInvalid, i.prefix),
    ...checkKnown(AppIdInvalid, i.appId),
    ...(i.encryption !== undefined ? EncryptionInvalid.check({ algorithm: i.encryption, hasKmsKey: i.hasKmsKey ?? false }) : []),
    ...(i.kmsKeyRegion !== undefined ? checkKnown(RegionUnknown, i.kmsKeyRegion, 'kmsKeyRegion') : []),
    ...(i.kmsKeyRegion !== undefined && i.region !== undefined ? KmsKeyRegionMismatch.check({ keyRegion: i.kmsKeyRegion, region: i.region }) : []),
    ...checkKnown(RetentionInvalid, i.retentionDays),
    ...(i.retentionDays !== undefined ? RetentionTooShort.check({ days: i.retentionDays, allowShort: i.allowShortRetention ?? false }) : []),
    ...checkKnown(RetentionInvalid, noncurrent, 'noncurrentRetentionDays'),
    ...(noncurrent !== undefined ? RetentionTooShort.check({ days: noncurrent, allowShort: i.allowShortRetention ?? false }, 'noncurrentRetentionDays') : []),
    ...checkKnown(ObjectLockInvalid, i.objectLockDays),
    ...(i.objectLockDays !== undefined && i.retentionDays !== undefined
      ? ObjectLockOutlivesRetention.check({ lockDays: i.objectLockDays, retentionDays: i.retentionDays }) : []),
    ...(i.transitions ?? []).flatMap((t, k) => [
      ...(t.days !== undefined ? TransitionInvalid.check({ days: t.days, expirationDays: i.retentionDays }, `transitions[${k}].days`) : []),
      ...(t.storageClass !== undefined ? TransitionStorageClassInvalid.check({ storageClass: t.storageClass, multiAz: i.multiAz ?? false }, `transitions[${k}].storageClass`) : []),
    ]),
    ...(i.multiAz === true && i.region !== undefined ? MultiAzRegionUnsupported.check(i.region) : []),
    ...(i.multiAz === true ? MultiAzNeedsVersioning.check(i.versioned ?? true) : []),
    ...(logs !== undefined ? AccessLogTargetMissing.check({ enabled: true, target: logs.bucketName !== '', prefix: logs.prefix !== '' }) : []),
    ...named(logs?.bucketName || undefined, 'accessLogs.bucketName'),
    ...(logs?.bucketName !== undefined && i.bucketName !== undefined
      ? AccessLogTargetIsSource.check({ source: i.bucketName, target: logs.bucketName }) : []),
    ...(i.breakGlassPrincipal !== undefined
      ? BreakGlassPrincipalInvalid.check({ principal: i.breakGlassPrincipal, denyDelete: i.denyDelete ?? true }) : []),
    ...(replica !== undefined ? ReplicaNeedsVersioning.check({ replica: true, versioned: i.versioned ?? true }) : []),
    ...(replica !== undefined ? ReplicaRoleInvalid.check({ role: replica.role ?? null, rules: true }) : []),
    ...named(replica?.bucketName, 'replica.bucketName'),
    ...(replica?.region !== undefined ? checkKnown(RegionUnknown, replica.region, 'replica.region') : []),
    ...(replica?.bucketName !== undefined && replica.bucketName === i.bucketName && (replica.region === undefined || replica.region === i.region)
      ? [ReplicaDestinationInvalid.violation({ field: 'replica.bucketName', problem: `the replica is the log bucket itself (${i.bucketName})`, fix: 'name another bucket, in another region' })] : []),
    ...(replica !== undefined && i.encryption === 'KMS' ? ReplicaKmsKeyMissing.check(replica.hasKmsKey) : []),
    ...(i.objectLockDays !== undefined && i.multiAz !== undefined ? ObjectLockMultiAz.check(i.multiAz) : []),
  ];
}

export const COS_RULES = [
  BucketNameInvalid, BucketNameTooLong, BucketNameHasAppId, AppIdInvalid, PrefixInvalid, EncryptionInvalid,
  RetentionInvalid, RetentionTooShort, ObjectLockInvalid, BucketNameDuplicate, ObjectLockOutlivesRetention,
  AccessLogTargetMissing, AccessLogTargetIsSource, ReplicaNeedsVersioning, ReplicaRoleInvalid, ReplicaDestinationInvalid,
  MultiAzRegionUnsupported, MultiAzNeedsVersioning, TransitionInvalid, TransitionStorageClassInvalid, KmsKeyRegionMismatch,
  CompressNeedsOneSelector, TrackPrefixShared, BreakGlassPrincipalInvalid, ReplicaSameRegion, ReplicaKmsKeyMissing,
  ObjectLockMultiAz, ObjectLockWithReplica,
] as const;
