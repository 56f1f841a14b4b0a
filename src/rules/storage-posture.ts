/**
 * The review's storage-posture rules (STO): how the log bucket and topic protect what they hold.
 * Ids are stable: never renumber, only add. The review runs them on the storage its tracks deliver
 * to (src/review/engine.ts); a finding's message is the check's problem, its fix the rule's `fix`.
 */
import { CLS_TOPIC } from './cls';
import { COS_BUCKET, COS_BUCKET_POLICY, given, MIN_SAFE_RETENTION_DAYS, providerRegionOf, REPLICA_DESTINATION_PATTERN } from './cos';
import { defineRule } from './rule';
import { SOURCES } from './sources';
import { isExpression, isTrue, known, lit, many, num, one, TerraformContext, TerraformResourceView } from './terraform';
import { AUDIT_TRACK, EVENTS_AUDIT_TRACK } from './track';

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

export const STO_009 = defineRule({
  code: 'STO-009',
  name: 'BucketAccessLogged',
  level: 'info',
  source: SOURCES.cosLogging,
  rule: 'every access to the log bucket is logged into a separate bucket',
  fix: 'give the destination accessLogs (a separate bucket of the same region, created or adopted)',
  fixTerraform: 'set log_enable = true with log_target_bucket (another bucket of the same region) and log_prefix',
  rationale: 'CloudAudit records management calls, not who read or deleted a log object: only COS access logging does (COS Setting Log Management, https://intl.cloud.tencent.com/document/product/436/17040; it needs the log service authorized to write to COS once per account, hence a notice)',
  reads: [{ resource: COS_BUCKET, attributes: ['log_enable', 'log_target_bucket'] }],
  terraform: (r) => (isExpression(r.values.log_enable) ? [] : [{ input: { enabled: isTrue(r.values.log_enable), target: lit(r.values.log_target_bucket), self: lit(r.values.bucket) }, field: 'log_enable' }]),
  check: ({ enabled, target, self }: { enabled: boolean; target?: string; self?: string }, field) => {
    if (!enabled) return { field, problem: 'no access logging: reads and deletions of the audit logs leave no record', fix: STO_FIX };
    return target !== undefined && target === self ? { field, problem: 'the bucket logs its own access into itself: whoever may delete logs may delete the record of it', fix: STO_FIX } : undefined;
  },
});

/** What one bucket policy denies to every principal (undefined: the policy text cannot be read). */
type Denied = readonly string[] | undefined;

/**
 * Bucket policies by the bucket they name: its `bucket` text, and `@<address>` of each bucket it
 * refers to; each with what it denies to everyone, read once per document (a plan may hold tens of
 * thousands of buckets, each with its policy).
 */
const POLICY_INDEX = new WeakMap<readonly TerraformResourceView[], Map<string, Denied[]>>();
const BUCKET_REFERENCE = /((?:module\.[A-Za-z0-9_-]+(?:\[[^\]]*\])?\.)*)(tencentcloud_cos_bucket\.[A-Za-z0-9_-]+(?:\[[^\]]*\])?)/g;

function policyIndex(policies: readonly TerraformResourceView[]): Map<string, Denied[]> {
  let index = POLICY_INDEX.get(policies);
  if (index) return index;
  const built = new Map<string, Denied[]>();
  const add = (key: string, denied: Denied) => {
    const list = built.get(key);
    if (list) list.push(denied);
    else built.set(key, [denied]);
  };
  for (const p of policies) {
    const target = p.values.bucket;
    if (typeof target !== 'string') continue;
    const doc = parsePolicy(p.values.policy);
    const denied = doc === undefined ? undefined : deniedActions(doc);
    add(target, denied);
    if (!isExpression(target)) continue;
    // A reference within the policy's own module is relative to it.
    const own = p.address.slice(0, p.address.lastIndexOf(`${p.type}.`));
    for (const m of target.matchAll(BUCKET_REFERENCE)) add(`@${m[1] === '' ? own : m[1]}${m[2]}`, denied);
  }
  POLICY_INDEX.set(policies, built);
  return built;
}

const NOTHING: readonly string[] = Object.freeze([]);

/** The actions the bucket policies of a bucket deny to every principal, or undefined when one of them cannot be read. */
function deniedToEveryone(bucket: TerraformResourceView, ctx: TerraformContext): Denied {
  const policies = ctx.resourcesOf(COS_BUCKET_POLICY);
  if (policies.length === 0) return NOTHING;
  const index = policyIndex(policies);
  const name = bucket.values.bucket;
  // The same literal name, the same expression (both derived from one unknown APPID), or a reference to the bucket.
  const byName = typeof name === 'string' ? index.get(name) : undefined;
  const byReference = index.get(`@${bucket.address}`);
  if (byName === undefined && byReference === undefined) return NOTHING;
  const all = byName === undefined ? byReference! : byReference === undefined ? byName : [...byName, ...byReference];
  if (all.length === 1) return all[0];
  const denied: string[] = [];
  for (const d of all) {
    if (d === undefined) return undefined;
    for (const a of d) denied.push(a);
  }
  return denied;
}

/** A policy document: JSON text (expressions inside strings are kept as text), undefined when unreadable. */
function parsePolicy(text: unknown): Record<string, any> | undefined {
  if (typeof text !== 'string') return typeof text === 'object' && text !== null ? text as Record<string, any> : undefined;
  try {
    const doc = JSON.parse(text);
    return typeof doc === 'object' && doc !== null ? doc : undefined;
  } catch {
    return undefined;
  }
}

/** CAM policy keys are read case-insensitively (the provider decodes them with Go's JSON). */
function member(o: Record<string, any>, k: string): any {
  const found = Object.keys(o).find((x) => x.toLowerCase() === k);
  return found === undefined ? undefined : o[found];
}

const listOf = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined ? [] : [v]);
const EVERYONE = new Set(['*', 'qcs::cam::anyone:anyone']);

function deniedActions(doc: Record<string, any>): string[] {
  const top = member(doc, 'principal');
  return listOf(member(doc, 'statement')).flatMap((st) => {
    if (typeof st !== 'object' || st === null) return [];
    const s = st as Record<string, any>;
    if (String(member(s, 'effect') ?? '').toLowerCase() !== 'deny') return [];
    const principal = member(s, 'principal') ?? top;
    const ids = principal === '*' ? ['*'] : typeof principal === 'object' && principal !== null ? listOf(member(principal, 'qcs')) : [];
    if (!ids.some((id) => EVERYONE.has(String(id)))) return [];
    return listOf(member(s, 'action')).map(String);
  });
}

/** Whether the denied actions cover one COS action (`name/cos:DeleteObject`): itself, `name/cos:*`, `cos:*` or `*`. */
function covers(denied: readonly string[], action: string): boolean {
  return denied.some((a) => a === '*' || a === 'name/cos:*' || a === 'cos:*' || a === `name/cos:${action}` || a === `cos:${action}`);
}

export const STO_010 = defineRule({
  code: 'STO-010',
  name: 'BucketDenyDelete',
  level: 'warning',
  source: SOURCES.cosBucketPolicy,
  rule: 'a bucket policy denies deleting log objects and the bucket to every principal',
  fix: 'keep denyDelete: true (the default) on the destination',
  fixTerraform: 'add a tencentcloud_cos_bucket_policy whose statement denies name/cos:DeleteObject, name/cos:DeleteMultipleObjects and name/cos:DeleteBucket to "qcs::cam::anyone:anyone"',
  rationale: 'versioning keeps an overwritten object, but whoever may delete versions may still erase the trail; an explicit deny wins over every allow, so a deletion first needs a visible, recorded change of the bucket policy (COS Access Policy Language Overview, https://www.tencentcloud.com/document/product/436/18023)',
  reads: [{ resource: COS_BUCKET, attributes: ['bucket'] }, { resource: COS_BUCKET_POLICY, attributes: ['bucket', 'policy'] }],
  terraform: (r, ctx) => { const denied = deniedToEveryone(r, ctx); return denied === undefined ? [] : [{ input: denied, field: 'tencentcloud_cos_bucket_policy' }]; },
  check: (denied: readonly string[], field) => {
    const missing = ['DeleteObject', 'DeleteBucket'].filter((a) => !covers(denied, a));
    return missing.length === 0 ? undefined
      : { field, problem: `no bucket policy denies ${missing.map((a) => `name/cos:${a}`).join(' and ')} to every principal: anyone allowed to delete can erase the logs`, fix: STO_FIX };
  },
});

export const STO_011 = defineRule({
  code: 'STO-011',
  name: 'BucketReplicated',
  level: 'info',
  source: SOURCES.cosReplication,
  rule: 'the log bucket is replicated to a bucket in another region',
  fix: 'give the destination a replica in another region (replica: bucketName, region, role, provider)',
  fixTerraform: 'add an enabled replica_rules block whose destination_bucket is "qcs::cos:<other region>::<bucket-appid>", with replica_role and versioning_enable = true',
  rationale: 'a bucket, multi-AZ or not, lives in one region: only a copy elsewhere survives the loss of the region (COS cross-bucket replication, https://www.tencentcloud.com/document/product/436/19923; a second bucket doubles the storage cost, hence a notice)',
  reads: [{ resource: COS_BUCKET, attributes: ['replica_rules.status', 'replica_rules.destination_bucket'] }],
  terraform: (r, ctx) => {
    const enabled = many(r.values.replica_rules).filter((x) => lit(x.status) === undefined || lit(x.status) === 'Enabled');
    if (enabled.some((x) => isExpression(x.destination_bucket) || isExpression(x.status))) return [];
    const regions = enabled.map((x) => REPLICA_DESTINATION_PATTERN.exec(String(x.destination_bucket ?? ''))?.[1]);
    return [{ input: { regions, region: providerRegionOf(r, ctx) }, field: 'replica_rules' }];
  },
  check: ({ regions, region }: { regions: ReadonlyArray<string | undefined>; region?: string }, field) => {
    if (regions.length === 0) return { field, problem: 'no enabled replica: the logs live in one region only', fix: STO_FIX };
    return region !== undefined && regions.every((x) => x === region)
      ? { field, problem: `the only replicas are in ${region}, the bucket's own region`, fix: STO_FIX } : undefined;
  },
});

const NO_PREFIXES = new Map<string, string[]>();

/** The COS tracks delivering to a bucket, by literal storage_prefix (enabled tracks only). */
function tracksByPrefix(bucket: TerraformResourceView, ctx: TerraformContext): Map<string, string[]> {
  const tracks = ctx.tracksOf(bucket);
  // Most buckets have one track: nothing can be shared.
  if (tracks.length < 2) return NO_PREFIXES;
  const byPrefix = new Map<string, string[]>();
  for (const t of tracks) {
    if (t.type !== AUDIT_TRACK && t.type !== EVENTS_AUDIT_TRACK) continue;
    if (num(t.values.status) === 0) continue;
    const prefix = lit(one(t.values.storage)?.storage_prefix);
    if (prefix === undefined) continue;
    const label = t.constructPath ?? t.address;
    const list = byPrefix.get(prefix);
    if (list) list.push(label);
    else byPrefix.set(prefix, [label]);
  }
  return byPrefix;
}

export const STO_012 = defineRule({
  code: 'STO-012',
  name: 'TrackPrefixShared',
  level: 'warning',
  source: SOURCES.library,
  rule: 'two tracks do not write one bucket under one prefix',
  fix: 'give each track its own prefix (destination.withPrefix), or acknowledge that one prefix is intended',
  fixTerraform: 'give each tencentcloud_audit_track delivering to the bucket its own storage_prefix, or acknowledge that one prefix is intended',
  rationale: 'the log files of both tracks mix under one prefix: who recorded what cannot be told apart, and a lifecycle rule or grant on the prefix applies to both (CA223 at synth)',
  reads: [{ resource: COS_BUCKET, attributes: ['bucket'] }, { resource: AUDIT_TRACK, attributes: ['storage.storage_prefix'] }, { resource: EVENTS_AUDIT_TRACK, attributes: ['storage.storage_prefix'] }],
  terraform: (r, ctx) => {
    const byPrefix = tracksByPrefix(r, ctx);
    const out: Array<{ input: { prefix: string; tracks: readonly string[] }; field: string }> = [];
    for (const [prefix, tracks] of byPrefix) if (tracks.length > 1) out.push({ input: { prefix, tracks }, field: 'storage.storage_prefix' });
    return out;
  },
  check: ({ prefix, tracks }: { prefix: string; tracks: readonly string[] }, field) => (tracks.length < 2 ? undefined
    : { field, problem: `${tracks.length} tracks write under the prefix "${prefix}": ${tracks.join(', ')}`, fix: STO_FIX }),
});

export const STORAGE_POSTURE_RULES = [
  STO_001, STO_002, STO_003, STO_004, STO_005, STO_006, STO_007, STO_008, STO_009, STO_010, STO_011, STO_012,
] as const;

