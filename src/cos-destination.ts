import { ITerraformDependable, TerraformProvider, Token } from 'cdktf';
import { Construct } from 'constructs';
import { Acknowledgement } from './acknowledgement';
import { IAuditDestination, StorageType } from './destination';
import { accountOf } from './internal/account';
import { acknowledgeFromProps } from './internal/acknowledgements';
import { ensureAppLevelChecks } from './internal/app-checks';
import { DEFAULT_PREFIX } from './internal/defaults';
import { adoptedStorage, adoptedStorageSchema, throwUnlessKept } from './internal/keep';
import { checkProviderChoice, checkStorageProvider, effectiveProvider, validateAtSynth } from './internal/provider';
import { literal, literalNumber, lazySchema, parseProps, throwIfAny, warn } from './internal/validation';
import { CosBucket } from './provider-tencentcloud/cos-bucket';
import { DataTencentcloudUserInfo } from './provider-tencentcloud/data-tencentcloud-user-info';
import { BucketNameDuplicate, cosPropsViolations, MIN_SAFE_RETENTION_DAYS } from './rules/cos';
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
   * Keep every version of every log object, so an overwrite or delete can be undone.
   * @default true
   */
  readonly versioned?: boolean;
  /**
   * Delete log objects (and noncurrent versions) this many days after they are written.
   * Under 180 days needs `allowShortRetention: true`.
   * @default - logs are kept forever
   */
  readonly retentionDays?: number;
  /**
   * Allow `retentionDays` under 180.
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

const propsSchema = lazySchema((z) => z.object({
  bucketName: z.string(),
  region: z.string(),
  prefix: z.string().optional(),
  appId: z.string().optional(),
  encryption: z.enum(['AES256', 'KMS', 'SM4']).optional(),
  kmsKeyId: z.string().optional(),
  versioned: z.boolean().optional(),
  retentionDays: z.number().optional(),
  allowShortRetention: z.boolean().optional(),
  objectLockDays: z.number().optional(),
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
  ...adoptedStorageSchema(z),
}));

class ExistingCosBucket extends Construct implements IAuditDestination {
  public readonly storageType = StorageType.COS;
  public readonly storageRegion: string;
  public readonly storageName: string;
  public readonly storagePrefix: string;
  public readonly createsStorage = false;
  public readonly dependables: ITerraformDependable[] = [];
  public readonly storageAccountId?: string;
  public readonly storageAppId?: string;

  constructor(scope: Construct, id: string, props: ExistingCosBucketProps) {
    super(scope, id);
    const p = parseProps(this, existingSchema, props);
    this.storageName = p.bucketName;
    this.storageRegion = p.region;
    this.storagePrefix = p.prefix ?? DEFAULT_PREFIX;
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
  }
}

/** One bucket per full name per account, across the app: the second would fail at apply. */
const bucketsByApp = new WeakMap<object, Map<string, string>>();

/**
 * A COS bucket that receives CloudAudit log files, created with defaults that never lose a log:
 * private ACL, versioning on, server-side encryption on, no force-clean, Terraform
 * `prevent_destroy`, and no expiry unless `retentionDays` is set.
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
  public readonly createsStorage = true;
  /** The full bucket name `<bucketName>-<appId>` (a token when the APPID is read at plan time). */
  public readonly fullBucketName: string;
  /** The APPID used in the bucket name (a token when read from `tencentcloud_user_info`). */
  public readonly appId: string;
  /** The generated `tencentcloud_cos_bucket` resource. */
  public readonly bucket: CosBucket;
  public readonly dependables: ITerraformDependable[];

  constructor(scope: Construct, id: string, props: CosDestinationProps) {
    super(scope, id);
    const p = parseProps(this, propsSchema, props);
    this.storageName = p.bucketName;
    this.storageRegion = p.region;
    this.storagePrefix = p.prefix ?? DEFAULT_PREFIX;
    const encryption = p.encryption ?? CosEncryption.AES256;

    throwIfAny(this, cosPropsViolations({
      bucketName: literal(this.storageName),
      region: literal(this.storageRegion),
      prefix: literal(this.storagePrefix),
      appId: literal(p.appId),
      encryption,
      hasKmsKey: p.kmsKeyId !== undefined,
      retentionDays: literalNumber(p.retentionDays),
      allowShortRetention: p.allowShortRetention,
      objectLockDays: literalNumber(p.objectLockDays),
    }));
    throwIfAny(this, ImportBucketNeedsAppId.check({
      importExisting: p.importExisting ?? false,
      appId: p.appId === undefined ? undefined : literal(p.appId) === undefined ? 'token' : 'literal',
    }));

    const region = literal(this.storageRegion);
    if (region !== undefined) warn(this, regionWarnings(region, 'cos'));

    if (p.appId !== undefined) {
      this.appId = p.appId;
    } else {
      const userInfo = new DataTencentcloudUserInfo(this, 'UserInfo', { provider: p.provider });
      this.appId = userInfo.appId;
    }
    this.fullBucketName = `${this.storageName}-${this.appId}`;
    this.registerBucketName(p.provider as TerraformProvider | undefined);
    ensureAppLevelChecks(this);

    const retentionDays = p.retentionDays;
    this.bucket = new CosBucket(this, 'Bucket', {
      provider: p.provider,
      bucket: this.fullBucketName,
      acl: 'private',
      versioningEnable: p.versioned ?? true,
      encryptionAlgorithm: encryption,
      kmsId: p.kmsKeyId,
      forceClean: p.forceClean ?? false,
      tags: p.tags,
      lifecycleRules: retentionDays === undefined ? undefined : [{
        id: 'cloudaudit-retention',
        filterPrefix: `${this.storagePrefix}/`,
        expiration: { days: retentionDays },
        nonCurrentExpiration: { nonCurrentDays: retentionDays },
      }],
      objectLockConfiguration: p.objectLockDays === undefined ? undefined : {
        enabled: true,
        rule: { days: p.objectLockDays },
      },
      lifecycle: { preventDestroy: p.preventDestroy ?? true },
    });
    this.dependables = [this.bucket];
    const days = literalNumber(retentionDays);
    if (p.allowShortRetention && days !== undefined && days < MIN_SAFE_RETENTION_DAYS) {
      // The opt-in is the acknowledgement of the review's six-month rule: one decision, one place.
      acknowledgeFromProps(this, { id: STO_006.code, reason: `allowShortRetention: true (retentionDays ${days}) on CosDestination ${this.node.path}` });
    }
    if (p.importExisting) this.bucket.importFrom(this.fullBucketName, p.provider);

    const provider = p.provider as TerraformProvider | undefined;
    validateAtSynth(this, () => (region !== undefined ? checkStorageProvider(this, region, provider)
      : { errors: checkProviderChoice(this, provider), warnings: [] }));
  }

  private registerBucketName(provider: TerraformProvider | undefined): void {
    if (Token.isUnresolved(this.storageName)) return;
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
    const key = `${account}\u0000${Token.isUnresolved(this.appId) ? `${this.storageName}-<appid>` : this.fullBucketName}`;
    throwIfAny(this, BucketNameDuplicate.check({ name: this.storageName, usedBy: names.get(key), account }));
    names.set(key, this.node.path);
  }
}
