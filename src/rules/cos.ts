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
import { known, lit, many, num, one, TerraformContext, TerraformInput, TerraformResourceView } from './terraform';
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

/** CosDestination props (created or adopted bucket), literal values only (undefined: absent or a token). */
export interface CosPropsInput {
  readonly bucketName?: string;
  readonly region?: string;
  readonly prefix?: string;
  readonly appId?: string;
  /** The encryption algorithm, for a created bucket. */
  readonly encryption?: string;
  readonly hasKmsKey?: boolean;
  readonly retentionDays?: number;
  readonly allowShortRetention?: boolean;
  readonly objectLockDays?: number;
}

/** Every rule CosDestination checks on its props, in the order its error names them. */
export function cosPropsViolations(i: CosPropsInput): Violation[] {
  // "audit-1767225600" with appId "1250000000": the suffix is not the APPID (CA203 does not apply).
  const nameRules = i.bucketName !== undefined && suffixIsNotAppId(i.bucketName, i.appId) ? BUCKET_NAME_RULES.slice(1) : BUCKET_NAME_RULES;
  return [
    ...(i.bucketName !== undefined ? firstViolation(nameRules, i.bucketName) : []),
    ...checkKnown(RegionUnknown, i.region),
    ...checkKnown(PrefixInvalid, i.prefix),
    ...checkKnown(AppIdInvalid, i.appId),
    ...(i.encryption !== undefined ? EncryptionInvalid.check({ algorithm: i.encryption, hasKmsKey: i.hasKmsKey ?? false }) : []),
    ...checkKnown(RetentionInvalid, i.retentionDays),
    ...(i.retentionDays !== undefined ? RetentionTooShort.check({ days: i.retentionDays, allowShort: i.allowShortRetention ?? false }) : []),
    ...checkKnown(ObjectLockInvalid, i.objectLockDays),
    ...(i.objectLockDays !== undefined && i.retentionDays !== undefined
      ? ObjectLockOutlivesRetention.check({ lockDays: i.objectLockDays, retentionDays: i.retentionDays }) : []),
  ];
}

export const COS_RULES = [
  BucketNameInvalid, BucketNameTooLong, BucketNameHasAppId, AppIdInvalid, PrefixInvalid, EncryptionInvalid,
  RetentionInvalid, RetentionTooShort, ObjectLockInvalid, BucketNameDuplicate, ObjectLockOutlivesRetention,
] as const;
