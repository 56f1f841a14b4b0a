import { ITerraformDependable, TerraformProvider, TerraformStack, Token } from 'cdktf';
import { Construct, IConstruct } from 'constructs';
import { Acknowledgement } from './acknowledgement';
import { IAuditDestination, StorageType } from './destination';
import { accountOf } from './internal/account';
import { acknowledgeFromProps } from './internal/acknowledgements';
import { ensureAppLevelChecks } from './internal/app-checks';
import { DEFAULT_ACCESS_LOG_PREFIX, DEFAULT_PREFIX } from './internal/defaults';
import { CreationValueGuard } from './internal/guard';
import { adoptedStorage, adoptedStorageSchema, throwUnlessKept } from './internal/keep';
import { checkProviderChoice, checkStorageProvider, effectiveProvider, validateAtSynth } from './internal/provider';
import { literal, literalNumber, lazySchema, parseProps, throwIfAny, warn, Zod } from './internal/validation';
import { CosBucket, CosBucketLifecycleRules, CosBucketReplicaRules } from './provider-tencentcloud/cos-bucket';
import { CosBucketPolicy } from './provider-tencentcloud/cos-bucket-policy';
import { DataTencentcloudUserInfo } from './provider-tencentcloud/data-tencentcloud-user-info';
import {
  BucketNameDuplicate, cosPropsViolations, MIN_SAFE_RETENTION_DAYS, ObjectLockWithReplica, PrefixInvalid, ReplicaSameRegion, TrackPrefixShared,
} from './rules/cos';
import { ImportBucketNeedsAppId } from './rules/importing';
import { regionWarnings } from './rules/regions';
import { STO_006 } from './rules/storage-posture';

/** Server-side encryption of the log bucket (`encryption_algorithm`). */
export enum CosEncryption {
  /** COS-managed keys, AES-256 (SSE-COS). */
  AES256 = 'AES256',
  /** A KMS key (SSE-KMS): `kmsKeyId`, or the default KMS key when none is given. */
  KMS = 'KMS',
  /** The Chinese national SM4 algorithm. */
  SM4 = 'SM4',
}

/** COS storage classes a lifecycle transition moves log objects to (`lifecycle_rules.transition.storage_class`). */
export enum CosStorageClass {
  /** Infrequent access, single-AZ. */
  STANDARD_IA = 'STANDARD_IA',
  /** Infrequent access, multi-AZ (`multiAz: true` buckets only). */
  MAZ_STANDARD_IA = 'MAZ_STANDARD_IA',
  /** Intelligent tiering, single-AZ. */
  INTELLIGENT_TIERING = 'INTELLIGENT_TIERING',
  /** Intelligent tiering, multi-AZ (`multiAz: true` buckets only). */
  MAZ_INTELLIGENT_TIERING = 'MAZ_INTELLIGENT_TIERING',
  /** Archive (restore before reading). */
  ARCHIVE = 'ARCHIVE',
  /** Deep archive (restore before reading). */
  DEEP_ARCHIVE = 'DEEP_ARCHIVE',
}

/** One lifecycle transition of the current log objects. */
export interface CosTransition {
  /** Days after a log object is written: a whole number >= 0, earlier than `retentionDays`. */
  readonly days: number;
  /** The storage class it moves to. */
  readonly storageClass: CosStorageClass;
}

/** The storage class of replicated objects (`replica_rules.destination_storage_class`). */
export enum CosReplicaStorageClass {
  /** Standard storage. */
  STANDARD = 'Standard',
  /** Infrequent access. */
  STANDARD_IA = 'Standard_IA',
  /** Intelligent tiering. */
  INTELLIGENT_TIERING = 'Intelligent_Tiering',
}

/** Where the log bucket's own access logs go (COS access logging: `log_enable`, `log_target_bucket`, `log_prefix`). */
export interface CosAccessLogsOptions {
  /**
   * The bucket that receives the access logs, WITHOUT the `-<APPID>` suffix: another bucket of the
   * log bucket's account and region (COS delivers access logs only within a region).
   */
  readonly bucketName: string;
  /**
   * Key prefix of the access log files (`<bucket>/<prefix>{YYYY}/{MM}/{DD}/...`).
   * @default 'cos-access/'
   */
  readonly prefix?: string;
  /**
   * The bucket exists already and is only named here.
   * @default false - created here, private, versioned, encrypted like the log bucket, with its
   * `preventDestroy` and deny-delete policy
   */
  readonly existing?: boolean;
}

/** A replica of the log bucket in another region (`replica_rules`, `replica_role`). */
export interface CosReplicaOptions {
  /** The replica bucket, WITHOUT the `-<APPID>` suffix. */
  readonly bucketName: string;
  /** Region of the replica: another region than the log bucket's, to survive the loss of one. */
  readonly region: string;
  /**
   * The identity COS replicates as (`replica_role`): `qcs::cam::uin/<owneruin>:uin/<subuin>`, e.g.
   * the root account `qcs::cam::uin/100000000001:uin/100000000001`.
   */
  readonly role: string;
  /**
   * The APPID of the replica's account.
   * @default - the log bucket's APPID
   */
  readonly appId?: string;
  /**
   * The provider that creates the replica bucket; its region must equal `region`.
   * @default - the stack's default tencentcloud provider
   */
  readonly provider?: TerraformProvider;
  /**
   * The replica bucket exists already (with versioning on) and is only named here.
   * @default false - created here: versioned, encrypted, private, with `preventDestroy`, the
   * deny-delete policy and the log bucket's retention
   */
  readonly existing?: boolean;
  /**
   * A KMS key of the replica's region: needed when the log bucket is KMS-encrypted (CA226).
   * @default - none (the replica is encrypted with SSE-COS)
   */
  readonly kmsKeyId?: string;
  /**
   * Storage class of the replicated objects.
   * @default - the replica bucket's default class
   */
  readonly storageClass?: CosReplicaStorageClass;
}

/** Props of an adopted bucket. */
export interface ExistingCosBucketProps {
  /** The bucket name WITHOUT the `-<APPID>` suffix, e.g. `audit-logs`. */
  readonly bucketName: string;
  /** Region of the bucket, e.g. `ap-guangzhou`. */
  readonly region: string;
  /**
   * Key prefix of the log files: 3-40 letters and digits.
   * @default 'cloudaudit'
   */
  readonly prefix?: string;
  /**
   * Compress the log files (`storage.compress`: 1) or not (2). Needs provider v1.83 or later.
   * @default - not sent: CloudAudit's default applies
   */
  readonly compress?: boolean;
  /**
   * UIN of the account that owns the bucket, when it is not the track's own account (digits;
   * with `storageAppId`).
   * @default - the track's own account
   */
  readonly storageAccountId?: string;
  /**
   * APPID (10 digits) of the account that owns the bucket; with `storageAccountId`.
   * @default - the track's own account
   */
  readonly storageAppId?: string;
  /**
   * Rules the adopted bucket (as a tracking set delivers to it) already breaks, kept as the cloud
   * has them: each entry names the code (e.g. `CA205`) and why it is kept. A listed rule is an
   * acknowledged finding instead of stopping synth; list it on the track too, which the review
   * reads it from. `cloudaudit-import` writes these (docs/import.md).
   * @default - every rule applies
   */
  readonly keepImported?: Acknowledgement[];
}

/** Props of `CosDestination`. */
export interface CosDestinationProps {
  /**
   * The bucket name WITHOUT the `-<APPID>` suffix: lowercase letters, digits and `-`, not
   * starting or ending with `-`, at most 49 characters. The bucket is created as
   * `<bucketName>-<appId>`; the track receives `bucketName`.
   */
  readonly bucketName: string;
  /** Region of the bucket, e.g. `ap-guangzhou`. Must be the region of the provider that creates it. */
  readonly region: string;
  /**
   * Key prefix of the log files (`bucket/<prefix>/YYYYMMDDH/<file>`): 3-40 letters and digits.
   * Several tracks sharing the bucket get their own with `withPrefix`.
   * @default 'cloudaudit'
   */
  readonly prefix?: string;
  /**
   * The account APPID (10 digits), used to name the bucket.
   * @default - read from the `tencentcloud_user_info` data source at plan time
   */
  readonly appId?: string;
  /**
   * Server-side encryption.
   * @default CosEncryption.AES256
   */
  readonly encryption?: CosEncryption;
  /**
   * KMS key id, with `encryption: CosEncryption.KMS` only.
   * @default - with KMS, the default KMS key (the provider sends no key id)
   */
  readonly kmsKeyId?: string;
  /**
   * Region of the KMS key: a key belongs to its region and `kms_id` names none, so it must be the
   * bucket's (CA221).
   * @default - the bucket's region
   */
  readonly kmsKeyRegion?: string;
  /**
   * Keep every version of every log object, so an overwrite or delete can be undone.
   * @default true
   */
  readonly versioned?: boolean;
  /**
   * Delete log objects this many days after they are written (and noncurrent versions after
   * `noncurrentRetentionDays`). Under 180 days needs `allowShortRetention: true`.
   * @default - logs are kept forever
   */
  readonly retentionDays?: number;
  /**
   * Delete noncurrent (overwritten or deleted) versions this many days after they become
   * noncurrent, separately from `retentionDays`. Under 180 days needs `allowShortRetention: true`.
   * @default - `retentionDays` (kept forever when that is unset)
   */
  readonly noncurrentRetentionDays?: number;
  /**
   * Move log objects to cheaper storage classes before they expire, e.g.
   * `[{ days: 30, storageClass: CosStorageClass.STANDARD_IA }, { days: 90, storageClass: CosStorageClass.ARCHIVE }]`.
   * Each transition comes before `retentionDays` (CA219).
   * @default - none: log objects stay STANDARD
   */
  readonly transitions?: CosTransition[];
  /**
   * Allow `retentionDays` or `noncurrentRetentionDays` under 180.
   * @default false
   */
  readonly allowShortRetention?: boolean;
  /**
   * Turn on COS object lock (WORM) with this default retention in days (1-36500).
   * Object lock cannot be turned off once on.
   * @default - no object lock
   */
  readonly objectLockDays?: number;
  /**
   * A bucket policy (`tencentcloud_cos_bucket_policy`) denying `name/cos:DeleteObject`,
   * `name/cos:DeleteMultipleObjects` and `name/cos:DeleteBucket` to every principal
   * (`qcs::cam::anyone:anyone`). An explicit deny wins over any allow, so a deletion first needs
   * a visible change of the bucket policy. CloudAudit only writes: its delivery is unaffected.
   * @default true
   */
  readonly denyDelete?: boolean;
  /**
   * The CAM principal allowed to lift the deny in an emergency: the bucket policy grants it
   * `name/cos:GetBucketPolicy` and `name/cos:PutBucketPolicy` (CAM has no exception to a deny, so
   * lifting it means replacing the policy; the bucket owner can always delete it). E.g.
   * `qcs::cam::uin/100000000001:uin/100000000011`.
   * @default - none: only the bucket owner (and principals your CAM policies allow PutBucketPolicy) can lift it
   */
  readonly breakGlassPrincipal?: string;
  /**
   * Log every request to the log bucket into another bucket (created or adopted). COS needs the
   * log service authorized to write to COS once per account (COS console: Logging).
   * @default - no access logging
   */
  readonly accessLogs?: CosAccessLogsOptions;
  /**
   * Replicate the log bucket to a bucket in another region (needs `versioned: true`).
   * @default - no replica
   */
  readonly replica?: CosReplicaOptions;
  /**
   * Create a multi-AZ bucket (`multi_az`), in a region that offers them (ap-beijing, ap-guangzhou,
   * ap-shanghai, ap-hongkong, ap-singapore, ap-shanghai-fsi). ForceNew: changing it on an existing
   * bucket would replace the bucket, so the plan is stopped with the reason.
   * @default false
   */
  readonly multiAz?: boolean;
  /**
   * Compress the log files (`storage.compress`: 1) or not (2), for the tracks delivering here
   * (one-selector tracks only, CA222). Needs provider v1.83 or later.
   * @default - not sent: CloudAudit's default applies
   */
  readonly compress?: boolean;
  /**
   * Terraform `prevent_destroy` on the bucket. Turn off for sandboxes only.
   * @default true
   */
  readonly preventDestroy?: boolean;
  /**
   * Let `terraform destroy` delete a bucket that still holds objects.
   * @default false
   */
  readonly forceClean?: boolean;
  /**
   * Tags on the bucket.
   * @default - none
   */
  readonly tags?: Record<string, string>;
  /**
   * The provider that creates the bucket; its region must equal `region`.
   * @default - the stack's default tencentcloud provider
   */
  readonly provider?: TerraformProvider;
  /**
   * Adopt the bucket `<bucketName>-<appId>` that exists already and manage it from now on: the
   * bucket is synthesized with a Terraform `import` block (Terraform >= 1.5), so the plan shows an
   * import, then an in-place update to these props (versioning, encryption, retention...).
   * Needs a literal `appId`. To only reference a bucket, use `fromExistingBucket`.
   * @default false
   */
  readonly importExisting?: boolean;
}

const transitionShape = (z: Zod) => z.object({ days: z.number(), storageClass: z.string() });
const propsSchema = lazySchema((z) => z.object({
  bucketName: z.string(),
  region: z.string(),
  prefix: z.string().optional(),
  appId: z.string().optional(),
  encryption: z.enum(['AES256', 'KMS', 'SM4']).optional(),
  kmsKeyId: z.string().optional(),
  kmsKeyRegion: z.string().optional(),
  versioned: z.boolean().optional(),
  retentionDays: z.number().optional(),
  noncurrentRetentionDays: z.number().optional(),
  transitions: z.array(transitionShape(z)).optional(),
  allowShortRetention: z.boolean().optional(),
  objectLockDays: z.number().optional(),
  denyDelete: z.boolean().optional(),
  breakGlassPrincipal: z.string().optional(),
  accessLogs: z.object({ bucketName: z.string(), prefix: z.string().optional(), existing: z.boolean().optional() }).optional(),
  replica: z.object({
    bucketName: z.string(),
    region: z.string(),
    role: z.string(),
    appId: z.string().optional(),
    provider: z.any().optional(),
    existing: z.boolean().optional(),
    kmsKeyId: z.string().optional(),
    storageClass: z.enum(['Standard', 'Standard_IA', 'Intelligent_Tiering']).optional(),
  }).optional(),
  multiAz: z.boolean().optional(),
  compress: z.boolean().optional(),
  preventDestroy: z.boolean().optional(),
  forceClean: z.boolean().optional(),
  tags: z.record(z.string(), z.string()).optional(),
  provider: z.any().optional(),
  importExisting: z.boolean().optional(),
}));

const existingSchema = lazySchema((z) => z.object({
  bucketName: z.string(),
  region: z.string(),
  prefix: z.string().optional(),
  compress: z.boolean().optional(),
  ...adoptedStorageSchema(z),
}));

/** What the shared-prefix check (CA223) needs of a COS destination: which bucket, which prefix. */
interface CosTarget {
  /** One bucket, one key: the creating destination's path, or region and name of an adopted bucket. */
  readonly bucketKey: string;
  /** The bucket, as a reader knows it. */
  readonly bucketLabel: string;
}
const TARGET = Symbol.for('cdktf-tencentcloud-cloudaudit.cosTarget');
type WithTarget = IAuditDestination & { [TARGET]?: CosTarget };

/** The tracks of the app by bucket and prefix, built once per validation pass (see refreshSharedPrefixes). */
const tracksByTarget = new WeakMap<object, Map<string, Array<{ name: string; destination: IAuditDestination }>>>();
const refreshed = new WeakSet<TerraformStack>();

function targetKey(d: WithTarget): string | undefined {
  const t = d[TARGET];
  const prefix = literal(d.storagePrefix);
  return t === undefined || prefix === undefined ? undefined : `${t.bucketKey}\u0000${prefix}`;
}

function tracksOfApp(root: IConstruct): Map<string, Array<{ name: string; destination: IAuditDestination }>> {
  let map = tracksByTarget.get(root);
  if (map) return map;
  map = new Map();
  for (const c of root.node.findAll()) {
    // Tracks are found by structure (another copy of this library may have made them).
    const t = c as unknown as { destination?: WithTarget; trackName?: string; enabled?: boolean };
    if (t.destination === undefined || typeof t.trackName !== 'string' || t.enabled === false) continue;
    const key = typeof t.destination === 'object' ? targetKey(t.destination) : undefined;
    if (key === undefined) continue;
    const name = Token.isUnresolved(t.trackName) ? c.node.path : t.trackName;
    const list = map.get(key);
    if (list) list.push({ name, destination: t.destination });
    else map.set(key, [{ name, destination: t.destination }]);
  }
  tracksByTarget.set(root, map);
  return map;
}

/**
 * CA223 at synth: two tracks writing one bucket under one prefix warn once, on the destination of
 * the first of them (an acknowledgement of CA223 or STO-012 there accepts it).
 */
function checkSharedPrefix(d: WithTarget): void {
  const stack = TerraformStack.of(d);
  if (!refreshed.has(stack)) {
    refreshed.add(stack);
    // The stack validates before its children: the map is rebuilt once per pass.
    stack.node.addValidation({ validate: () => { tracksByTarget.delete(d.node.root); return []; } });
  }
  d.node.addValidation({
    validate: () => {
      const key = targetKey(d);
      const tracks = key === undefined ? undefined : tracksOfApp(d.node.root).get(key);
      if (tracks === undefined || tracks.length < 2 || tracks[0].destination !== d) return [];
      warn(d, TrackPrefixShared.check({ bucket: d[TARGET]!.bucketLabel, prefix: d.storagePrefix, tracks: tracks.map((t) => t.name) }));
      return [];
    },
  });
}

class ExistingCosBucket extends Construct implements IAuditDestination {
  public readonly storageType = StorageType.COS;
  public readonly storageRegion: string;
  public readonly storageName: string;
  public readonly storagePrefix: string;
  public readonly storageCompress?: boolean;
  public readonly createsStorage = false;
  public readonly dependables: ITerraformDependable[] = [];
  public readonly storageAccountId?: string;
  public readonly storageAppId?: string;
  public readonly [TARGET]: CosTarget;

  constructor(scope: Construct, id: string, props: ExistingCosBucketProps) {
    super(scope, id);
    const p = parseProps(this, existingSchema, props);
    this.storageName = p.bucketName;
    this.storageRegion = p.region;
    this.storagePrefix = p.prefix ?? DEFAULT_PREFIX;
    this.storageCompress = p.compress;
    const adopted = adoptedStorage(this, p);
    this.storageAccountId = adopted.storageAccountId;
    this.storageAppId = adopted.storageAppId;
    throwUnlessKept(this, cosPropsViolations({
      bucketName: literal(this.storageName),
      region: literal(this.storageRegion),
      prefix: literal(this.storagePrefix),
    }), adopted.kept);
    const r = literal(this.storageRegion);
    if (r !== undefined) warn(this, regionWarnings(r, 'cos'));
    this[TARGET] = { bucketKey: `existing\u0000${this.storageRegion}\u0000${this.storageName}`, bucketLabel: this.storageName };
    checkSharedPrefix(this);
  }
}

/** The same bucket under another key prefix, for another track (`CosDestination.withPrefix`). */
class CosPrefixView extends Construct implements IAuditDestination {
  public readonly storageType = StorageType.COS;
  public readonly storageRegion: string;
  public readonly storageName: string;
  public readonly storageCompress?: boolean;
  public readonly createsStorage = true;
  public readonly dependables: ITerraformDependable[];
  public readonly [TARGET]: CosTarget;

  constructor(scope: CosDestination, id: string, public readonly storagePrefix: string) {
    super(scope, id);
    this.storageRegion = scope.storageRegion;
    this.storageName = scope.storageName;
    this.storageCompress = scope.storageCompress;
    this.dependables = scope.dependables;
    this[TARGET] = (scope as unknown as WithTarget)[TARGET]!;
    checkSharedPrefix(this);
  }
}

/** One bucket per full name per account, across the app: the second would fail at apply. */
const bucketsByApp = new WeakMap<object, Map<string, string>>();

/** COS resource of every object of a bucket, for a bucket policy. */
function objectsOf(region: string, appId: string, fullName: string): string {
  return `qcs::cos:${region}:uid/${appId}:${fullName}/*`;
}

/** The deny-delete bucket policy (and the break-glass principal's right to replace it). */
function denyDeletePolicy(resource: string, breakGlass?: string): string {
  const statement: object[] = [{
    effect: 'deny',
    principal: { qcs: ['qcs::cam::anyone:anyone'] },
    action: ['name/cos:DeleteObject', 'name/cos:DeleteMultipleObjects', 'name/cos:DeleteBucket'],
    resource: [resource],
  }];
  if (breakGlass !== undefined) {
    statement.push({
      effect: 'allow',
      principal: { qcs: [breakGlass] },
      action: ['name/cos:GetBucketPolicy', 'name/cos:PutBucketPolicy'],
      resource: [resource],
    });
  }
  return JSON.stringify({ version: '2.0', statement });
}

/** The reason a multi-AZ change is stopped, in the plan's error. */
function multiAzMessage(path: string): string {
  return `CosDestination ${path}: multi_az cannot change on an existing bucket. COS creates a bucket multi-AZ or single-AZ once `
    + '(multi-AZ cannot be turned off) and the provider replaces the bucket for it, which would delete the audit logs. '
    + 'Keep multiAz as the bucket was created, or create a new CosDestination (another bucketName) and move the tracks to it.';
}

/**
 * A COS bucket that receives CloudAudit log files, created with defaults that never lose a log:
 * private ACL, versioning on, server-side encryption on, a bucket policy denying deletion, no
 * force-clean, Terraform `prevent_destroy`, and no expiry unless `retentionDays` is set. Access
 * logging, a cross-region replica, multi-AZ, storage-class transitions and object lock are
 * opt-in (see the audit-grade example).
 *
 * @example
 * const logs = new CosDestination(this, 'Logs', { bucketName: 'audit-logs', region: 'ap-guangzhou' });
 */
export class CosDestination extends Construct implements IAuditDestination {
  /**
   * Adopts a bucket that exists already (it is not managed here). The tracking set writes to
   * `bucketName` in `region`; the bucket's encryption, versioning and retention are yours.
   */
  public static fromExistingBucket(scope: Construct, id: string, props: ExistingCosBucketProps): IAuditDestination {
    return new ExistingCosBucket(scope, id, props);
  }

  public readonly storageType = StorageType.COS;
  public readonly storageRegion: string;
  /** The bucket name without `-<APPID>`, as the tracking set needs it. */
  public readonly storageName: string;
  public readonly storagePrefix: string;
  public readonly storageCompress?: boolean;
  public readonly createsStorage = true;
  /** The full bucket name `<bucketName>-<appId>` (a token when the APPID is read at plan time). */
  public readonly fullBucketName: string;
  /** The APPID used in the bucket name (a token when read from `tencentcloud_user_info`). */
  public readonly appId: string;
  /** The generated `tencentcloud_cos_bucket` resource. */
  public readonly bucket: CosBucket;
  /** The deny-delete `tencentcloud_cos_bucket_policy`, unless `denyDelete: false`. */
  public readonly bucketPolicy?: CosBucketPolicy;
  /** The bucket receiving the access logs, when `accessLogs` creates it. */
  public readonly accessLogBucket?: CosBucket;
  /** The replica bucket, when `replica` creates it. */
  public readonly replicaBucket?: CosBucket;
  public readonly dependables: ITerraformDependable[];
  /** @internal */
  public readonly [TARGET]: CosTarget;
  private readonly retention: { days?: number; noncurrent?: number; transitions: CosTransition[] };
  private readonly prefixes: string[] = [];

  constructor(scope: Construct, id: string, props: CosDestinationProps) {
    super(scope, id);
    const p = parseProps(this, propsSchema, props);
    this.storageName = p.bucketName;
    this.storageRegion = p.region;
    this.storagePrefix = p.prefix ?? DEFAULT_PREFIX;
    this.storageCompress = p.compress;
    const encryption = (p.encryption ?? CosEncryption.AES256) as CosEncryption;
    const versioned = p.versioned ?? true;
    const denyDelete = p.denyDelete ?? true;
    const preventDestroy = p.preventDestroy ?? true;
    const transitions = (p.transitions ?? []) as CosTransition[];

    throwIfAny(this, cosPropsViolations({
      bucketName: literal(this.storageName),
      region: literal(this.storageRegion),
      prefix: literal(this.storagePrefix),
      appId: literal(p.appId),
      encryption,
      hasKmsKey: p.kmsKeyId !== undefined,
      kmsKeyRegion: literal(p.kmsKeyRegion),
      retentionDays: literalNumber(p.retentionDays),
      noncurrentRetentionDays: literalNumber(p.noncurrentRetentionDays),
      allowShortRetention: p.allowShortRetention,
      objectLockDays: literalNumber(p.objectLockDays),
      versioned,
      multiAz: p.multiAz,
      transitions: transitions.map((t) => ({ days: literalNumber(t.days), storageClass: literal(t.storageClass) })),
      accessLogs: p.accessLogs && { bucketName: literal(p.accessLogs.bucketName), prefix: literal(p.accessLogs.prefix ?? DEFAULT_ACCESS_LOG_PREFIX) },
      denyDelete,
      breakGlassPrincipal: literal(p.breakGlassPrincipal),
      replica: p.replica && {
        bucketName: literal(p.replica.bucketName),
        region: literal(p.replica.region),
        role: literal(p.replica.role),
        hasKmsKey: p.replica.kmsKeyId !== undefined,
      },
    }));
    throwIfAny(this, ImportBucketNeedsAppId.check({
      importExisting: p.importExisting ?? false,
      appId: p.appId === undefined ? undefined : literal(p.appId) === undefined ? 'token' : 'literal',
    }));

    const region = literal(this.storageRegion);
    if (region !== undefined) warn(this, regionWarnings(region, 'cos'));
    const replicaRegion = p.replica ? literal(p.replica.region) : undefined;
    if (replicaRegion !== undefined && region !== undefined) warn(this, ReplicaSameRegion.check({ replicaRegion, region }));
    warn(this, ObjectLockWithReplica.check(p.objectLockDays !== undefined && p.replica !== undefined));

    if (p.appId !== undefined) {
      this.appId = p.appId;
    } else {
      const userInfo = new DataTencentcloudUserInfo(this, 'UserInfo', { provider: p.provider });
      this.appId = userInfo.appId;
    }
    this.fullBucketName = `${this.storageName}-${this.appId}`;
    const provider = p.provider as TerraformProvider | undefined;
    this.registerBucketName(this.storageName, this.fullBucketName, provider);
    ensureAppLevelChecks(this);
    this.retention = { days: p.retentionDays, noncurrent: p.noncurrentRetentionDays ?? p.retentionDays, transitions };

    // The target of the access logs: another bucket of this account and region.
    let logTarget: string | undefined;
    if (p.accessLogs) {
      const full = `${p.accessLogs.bucketName}-${this.appId}`;
      if (p.accessLogs.existing) {
        logTarget = full;
      } else {
        this.registerBucketName(p.accessLogs.bucketName, full, provider);
        this.accessLogBucket = this.protectedBucket('AccessLogBucket', full, {
          provider,
          encryption,
          kmsKeyId: p.kmsKeyId,
          preventDestroy,
          forceClean: p.forceClean,
          tags: p.tags,
          policy: denyDelete ? { region: this.storageRegion, appId: this.appId, breakGlass: p.breakGlassPrincipal } : undefined,
        });
        logTarget = this.accessLogBucket.bucket;
      }
    }

    // The replica: a versioned bucket of another region, created first (COS checks it exists).
    let replicaRules: CosBucketReplicaRules[] | undefined;
    if (p.replica) {
      const r = p.replica;
      const replicaAppId = r.appId ?? this.appId;
      const full = `${r.bucketName}-${replicaAppId}`;
      let destinationName = full;
      if (!r.existing) {
        const replicaProvider = r.provider as TerraformProvider | undefined;
        this.registerBucketName(r.bucketName, full, replicaProvider);
        this.replicaBucket = this.protectedBucket('ReplicaBucket', full, {
          provider: replicaProvider,
          encryption: r.kmsKeyId !== undefined ? CosEncryption.KMS : encryption === CosEncryption.KMS ? CosEncryption.AES256 : encryption,
          kmsKeyId: r.kmsKeyId,
          preventDestroy,
          forceClean: p.forceClean,
          tags: p.tags,
          policy: denyDelete ? { region: r.region, appId: replicaAppId, breakGlass: p.breakGlassPrincipal } : undefined,
        });
        destinationName = this.replicaBucket.bucket;
        const rRegion = literal(r.region);
        validateAtSynth(this.replicaBucket, () => (rRegion !== undefined ? checkStorageProvider(this, rRegion, replicaProvider)
          : { errors: checkProviderChoice(this, replicaProvider), warnings: [] }));
      }
      replicaRules = [{
        id: 'cloudaudit-replica',
        status: 'Enabled',
        destinationBucket: `qcs::cos:${r.region}::${destinationName}`,
        destinationStorageClass: r.storageClass,
        // An audit replica keeps what the source deletes.
        deleteMarkerReplication: { status: 'Disabled' },
        ...(encryption === CosEncryption.KMS && r.kmsKeyId !== undefined ? {
          sourceSelectionCriteria: { sseKmsEncryptedObjects: { status: 'Enabled' } },
          destinationEncryptionKmsKeyId: r.kmsKeyId,
        } : {}),
      }];
    }

    const guard = preventDestroy ? new CreationValueGuard(this, 'MultiAzGuard', p.multiAz ?? false) : undefined;
    this.bucket = new CosBucket(this, 'Bucket', {
      provider: p.provider,
      bucket: this.fullBucketName,
      acl: 'private',
      versioningEnable: versioned,
      encryptionAlgorithm: encryption,
      kmsId: p.kmsKeyId,
      forceClean: p.forceClean ?? false,
      tags: p.tags,
      multiAz: p.multiAz,
      logEnable: logTarget !== undefined ? true : undefined,
      logTargetBucket: logTarget,
      logPrefix: logTarget !== undefined ? p.accessLogs!.prefix ?? DEFAULT_ACCESS_LOG_PREFIX : undefined,
      replicaRole: p.replica?.role,
      replicaRules,
      objectLockConfiguration: p.objectLockDays === undefined ? undefined : {
        enabled: true,
        rule: { days: p.objectLockDays },
      },
      lifecycle: {
        preventDestroy,
        ...(guard ? { precondition: [{ condition: guard.unchanged, errorMessage: multiAzMessage(this.node.path) }] } : {}),
      },
    });
    this.applyLifecycleRules();
    if (denyDelete) {
      this.bucketPolicy = new CosBucketPolicy(this, 'DenyDelete', {
        provider: p.provider,
        bucket: this.bucket.bucket,
        policy: denyDeletePolicy(objectsOf(this.storageRegion, this.appId, this.fullBucketName), p.breakGlassPrincipal),
      });
    }
    this.dependables = [this.bucket];
    this[TARGET] = { bucketKey: `created\u0000${this.node.path}`, bucketLabel: this.storageName };
    checkSharedPrefix(this);

    const short = ([['retentionDays', literalNumber(p.retentionDays)], ['noncurrentRetentionDays', literalNumber(p.noncurrentRetentionDays)]] as const)
      .filter(([, d]) => d !== undefined && d < MIN_SAFE_RETENTION_DAYS).map(([name, d]) => `${name} ${d}`);
    if (p.allowShortRetention && short.length > 0) {
      // The opt-in is the acknowledgement of the review's six-month rule: one decision, one place.
      acknowledgeFromProps(this, { id: STO_006.code, reason: `allowShortRetention: true (${short.join(', ')}) on CosDestination ${this.node.path}` });
    }
    if (p.importExisting) this.bucket.importFrom(this.fullBucketName, p.provider);

    validateAtSynth(this, () => (region !== undefined ? checkStorageProvider(this, region, provider)
      : { errors: checkProviderChoice(this, provider), warnings: [] }));
  }

  /**
   * The same bucket under another key prefix, for another track: tracks sharing one prefix warn
   * (CA223). The retention, transitions and replica of the bucket apply to the prefix too.
   *
   * @example
   * new AuditTrack(this, 'Cam', { trackName: 'cam-writes', destination: logs.withPrefix('cam'), resourceType: 'cam' });
   */
  public withPrefix(prefix: string): IAuditDestination {
    const value = literal(prefix);
    if (value !== undefined) throwIfAny(this, PrefixInvalid.check(value, 'withPrefix(prefix)'));
    if (prefix === this.storagePrefix) return this;
    const id = `Prefix-${value ?? `token${this.prefixes.length}`}`;
    const existing = this.node.tryFindChild(id) as IAuditDestination | undefined;
    if (existing) return existing;
    const view = new CosPrefixView(this, id, prefix);
    this.prefixes.push(prefix);
    this.applyLifecycleRules();
    return view;
  }

  /**
   * The retention and transitions, one lifecycle rule per prefix (the first keeps its historical
   * id). A created replica gets the same retention: COS does not replicate what a lifecycle rule
   * deletes (Cross-bucket replication, https://www.tencentcloud.com/document/product/436/19923).
   */
  private applyLifecycleRules(): void {
    const { days, noncurrent, transitions } = this.retention;
    const rules = (withTransitions: boolean): CosBucketLifecycleRules[] => {
      const moves = withTransitions ? transitions : [];
      if (days === undefined && noncurrent === undefined && moves.length === 0) return [];
      const rule = (prefix: string, id: string): CosBucketLifecycleRules => ({
        id,
        filterPrefix: `${prefix}/`,
        expiration: days === undefined ? undefined : { days },
        nonCurrentExpiration: noncurrent === undefined ? undefined : { nonCurrentDays: noncurrent },
        transition: moves.length === 0 ? undefined : moves.map((t) => ({ days: t.days, storageClass: t.storageClass })),
      });
      return [rule(this.storagePrefix, 'cloudaudit-retention'), ...this.prefixes.map((x) => rule(x, `cloudaudit-retention-${x}`))];
    };
    const own = rules(true);
    if (own.length > 0) this.bucket.putLifecycleRules(own);
    // The replica's storage class is replica.storageClass: its transitions would name the source's (maybe multi-AZ) classes.
    const replica = rules(false);
    if (this.replicaBucket && replica.length > 0) this.replicaBucket.putLifecycleRules(replica);
  }

  /** A second bucket of the destination (access logs, replica), protected like the log bucket. */
  private protectedBucket(id: string, fullName: string, o: {
    provider?: TerraformProvider;
    encryption: CosEncryption;
    kmsKeyId?: string;
    preventDestroy: boolean;
    forceClean?: boolean;
    tags?: Record<string, string>;
    policy?: { region: string; appId: string; breakGlass?: string };
  }): CosBucket {
    const bucket = new CosBucket(this, id, {
      provider: o.provider,
      bucket: fullName,
      acl: 'private',
      versioningEnable: true,
      encryptionAlgorithm: o.encryption,
      kmsId: o.encryption === CosEncryption.KMS ? o.kmsKeyId : undefined,
      forceClean: o.forceClean ?? false,
      tags: o.tags,
      lifecycle: { preventDestroy: o.preventDestroy },
    });
    if (o.policy) {
      new CosBucketPolicy(this, `${id}DenyDelete`, {
        provider: o.provider,
        bucket: bucket.bucket,
        policy: denyDeletePolicy(objectsOf(o.policy.region, o.policy.appId, fullName), o.policy.breakGlass),
      });
    }
    return bucket;
  }

  private registerBucketName(name: string, fullName: string, provider: TerraformProvider | undefined): void {
    if (Token.isUnresolved(name)) return;
    // Bucket names are unique per account (APPID), in every region and stack: key by the app's
    // notion of account (internal/account.ts). The APPID may be a token: then equal names still
    // collide in one account.
    const root = this.node.root;
    let names = bucketsByApp.get(root);
    if (!names) {
      names = new Map();
      bucketsByApp.set(root, names);
    }
    const account = accountOf(effectiveProvider(this, provider));
    const key = `${account}\u0000${Token.isUnresolved(fullName) ? `${name}-<appid>` : fullName}`;
    throwIfAny(this, BucketNameDuplicate.check({ name, usedBy: names.get(key), account }));
    names.set(key, this.node.path);
  }
}
