import { ITerraformDependable, TerraformProvider, Token } from 'cdktf';
import { Construct } from 'constructs';
import { Acknowledgement } from './acknowledgement';
import { ClsAlarm, ClsAlarmOptions } from './cls-alarm';
import { ClsIndex } from './cls-index';
import { IAuditDestination, StorageType } from './destination';
import { Detection } from './detection';
import { acknowledgeFromProps } from './internal/acknowledgements';
import { ensureAppLevelChecks } from './internal/app-checks';
import { DEFAULT_CLS_RETENTION_DAYS, DEFAULT_PREFIX } from './internal/defaults';
import { adoptedStorage, adoptedStorageSchema, throwUnlessKept } from './internal/keep';
import { checkProviderChoice, checkStorageProvider, validateAtSynth } from './internal/provider';
import { literal, literalNumber, lazySchema, parseProps, throwIfAny, warn } from './internal/validation';
import { ClsLogset } from './provider-tencentcloud/cls-logset';
import { ClsTopic } from './provider-tencentcloud/cls-topic';
import { AlarmNeverFires, DeliveringTrack, DetectionNotRecorded, watchOf } from './rules/alarm';
import { clsPropsViolations } from './rules/cls';
import { MIN_SAFE_RETENTION_DAYS } from './rules/cos';
import { formatViolation } from './rules/errors';
import { checkImportClsIds } from './rules/importing';
import { regionWarnings } from './rules/regions';
import { STO_007 } from './rules/storage-posture';

/** Props of an adopted CLS topic. */
export interface ExistingClsTopicProps {
  /** The topic ID (not its name), e.g. `2f5764c1-c833-44a0-8a33-8e0ef2b6d2ba`. */
  readonly topicId: string;
  /** Region of the topic, e.g. `ap-guangzhou`. */
  readonly region: string;
  /**
   * `Storage.StoragePrefix` for the track.
   * @default 'cloudaudit'
   */
  readonly prefix?: string;
  /**
   * UIN of the account that owns the topic, when it is not the track's own account (digits;
   * with `storageAppId`).
   * @default - the track's own account
   */
  readonly storageAccountId?: string;
  /**
   * APPID (10 digits) of the account that owns the topic; with `storageAccountId`.
   * @default - the track's own account
   */
  readonly storageAppId?: string;
  /**
   * Rules the adopted topic (as a tracking set delivers to it) already breaks, kept as the cloud
   * has them: each entry names the code (e.g. `CA306`) and why it is kept. A listed rule is an
   * acknowledged finding instead of stopping synth; list it on the track too, which the review
   * reads it from. `cloudaudit-import` writes these (docs/import.md).
   * @default - every rule applies
   */
  readonly keepImported?: Acknowledgement[];
}

/** Props of `ClsDestination`. */
export interface ClsDestinationProps {
  /** Region of the logset and topic. Must be the region of the provider that creates them. */
  readonly region: string;
  /** Name of the logset created: 1-255 characters without `|`. */
  readonly logsetName: string;
  /** Name of the topic created: not empty, no `|`, not a reserved CLS name. */
  readonly topicName: string;
  /**
   * Days logs are kept: 1-3600, or 3640 for permanent. Under 180 needs `allowShortRetention: true`.
   * @default 180
   */
  readonly retentionDays?: number;
  /**
   * Allow `retentionDays` under 180.
   * @default false
   */
  readonly allowShortRetention?: boolean;
  /**
   * Days in hot (standard) storage before moving to cold (IA) storage: 0 (all hot), or 7 to
   * `retentionDays - 1`.
   * @default - CLS keeps everything in hot storage
   */
  readonly hotPeriodDays?: number;
  /**
   * `Storage.StoragePrefix` for the track.
   * @default 'cloudaudit'
   */
  readonly prefix?: string;
  /**
   * Terraform `prevent_destroy` on the logset and topic. Turn off for sandboxes only.
   * @default true
   */
  readonly preventDestroy?: boolean;
  /**
   * Tags on the logset and topic.
   * @default - none
   */
  readonly tags?: Record<string, string>;
  /**
   * The provider that creates the logset and topic; its region must equal `region`.
   * @default - the stack's default tencentcloud provider
   */
  readonly provider?: TerraformProvider;
  /**
   * Adopt an existing logset (with `importTopicId`) and manage it from now on: synthesized with a
   * Terraform `import` block (Terraform >= 1.5). To only reference a topic, use `fromTopicId`.
   * @default - a new logset is created
   */
  readonly importLogsetId?: string;
  /**
   * Adopt an existing topic of the logset `importLogsetId` and manage it from now on (retention,
   * hot period, tags are brought to these props by the next apply).
   * @default - a new topic is created
   */
  readonly importTopicId?: string;
  /**
   * Create the topic's CLS index (`tencentcloud_cls_index`) with the first alarm, and extend it
   * with the fields of every alarm (`indexFields`): a query matches only indexed fields.
   * @default true
   */
  readonly createIndex?: boolean;
  /**
   * With `importTopicId`: the topic has an index already; adopt it (import block) instead of
   * creating one. The next apply sets it to the alarms' fields.
   * @default false
   */
  readonly importIndex?: boolean;
}

const propsSchema = lazySchema((z) => z.object({
  region: z.string(),
  logsetName: z.string(),
  topicName: z.string(),
  retentionDays: z.number().optional(),
  allowShortRetention: z.boolean().optional(),
  hotPeriodDays: z.number().optional(),
  prefix: z.string().optional(),
  preventDestroy: z.boolean().optional(),
  tags: z.record(z.string(), z.string()).optional(),
  provider: z.any().optional(),
  importLogsetId: z.string().optional(),
  importTopicId: z.string().optional(),
  createIndex: z.boolean().optional(),
  importIndex: z.boolean().optional(),
}));

const existingSchema = lazySchema((z) => z.object({
  topicId: z.string(),
  region: z.string(),
  prefix: z.string().optional(),
  ...adoptedStorageSchema(z),
}));

class ExistingClsTopic extends Construct implements IAuditDestination {
  public readonly storageType = StorageType.CLS;
  public readonly storageRegion: string;
  public readonly storageName: string;
  public readonly storagePrefix: string;
  public readonly createsStorage = false;
  public readonly dependables: ITerraformDependable[] = [];
  public readonly storageAccountId?: string;
  public readonly storageAppId?: string;

  constructor(scope: Construct, id: string, props: ExistingClsTopicProps) {
    super(scope, id);
    const p = parseProps(this, existingSchema, props);
    this.storageName = p.topicId;
    this.storageRegion = p.region;
    this.storagePrefix = p.prefix ?? DEFAULT_PREFIX;
    const topicId = literal(p.topicId);
    const region = literal(p.region);
    const adopted = adoptedStorage(this, p);
    this.storageAccountId = adopted.storageAccountId;
    this.storageAppId = adopted.storageAppId;
    throwUnlessKept(this, clsPropsViolations({ topicId, region, prefix: literal(this.storagePrefix) }), adopted.kept);
    if (region !== undefined) warn(this, regionWarnings(region, 'cls'));
  }
}

/**
 * A CLS logset and topic that receive CloudAudit events, kept 180 days by default, with
 * Terraform `prevent_destroy` on both. Use CLS to search events and alarm on them.
 *
 * @example
 * const logs = new ClsDestination(this, 'Logs', { region: 'ap-guangzhou', logsetName: 'cloudaudit', topicName: 'events' });
 */
export class ClsDestination extends Construct implements IAuditDestination {
  /** Adopts a topic that exists already (not managed here). */
  public static fromTopicId(scope: Construct, id: string, props: ExistingClsTopicProps): IAuditDestination {
    return new ExistingClsTopic(scope, id, props);
  }

  public readonly storageType = StorageType.CLS;
  public readonly storageRegion: string;
  /** The topic ID (a token until apply). */
  public readonly storageName: string;
  public readonly storagePrefix: string;
  public readonly createsStorage = true;
  public readonly dependables: ITerraformDependable[];
  /** The generated `tencentcloud_cls_logset` resource. */
  public readonly logset: ClsLogset;
  /** The generated `tencentcloud_cls_topic` resource. */
  public readonly topic: ClsTopic;
  /** Days the topic keeps logs. */
  public readonly retentionDays: number;
  private readonly provider?: TerraformProvider;
  private readonly createIndex: boolean;
  private readonly importIndex: boolean;
  private topicIndex?: ClsIndex;

  constructor(scope: Construct, id: string, props: ClsDestinationProps) {
    super(scope, id);
    const p = parseProps(this, propsSchema, props);
    this.storageRegion = p.region;
    this.storagePrefix = p.prefix ?? DEFAULT_PREFIX;
    this.retentionDays = p.retentionDays ?? DEFAULT_CLS_RETENTION_DAYS;

    const region = literal(p.region);
    const logsetName = literal(p.logsetName);
    const topicName = literal(p.topicName);
    const retention = literalNumber(this.retentionDays);
    const hot = literalNumber(p.hotPeriodDays);
    throwIfAny(this, clsPropsViolations({
      region,
      logsetName,
      topicName,
      retentionDays: retention,
      allowShortRetention: p.allowShortRetention,
      hotPeriodDays: hot,
      prefix: literal(this.storagePrefix),
    }));
    if (!Token.isUnresolved(p.importLogsetId) && !Token.isUnresolved(p.importTopicId)) {
      throwIfAny(this, checkImportClsIds(literal(p.importLogsetId), literal(p.importTopicId)));
    }
    if (region !== undefined) warn(this, regionWarnings(region, 'cls'));

    ensureAppLevelChecks(this);
    const preventDestroy = p.preventDestroy ?? true;
    this.logset = new ClsLogset(this, 'Logset', {
      provider: p.provider,
      logsetName: p.logsetName,
      tags: p.tags,
      lifecycle: { preventDestroy },
    });
    this.topic = new ClsTopic(this, 'Topic', {
      provider: p.provider,
      logsetId: this.logset.id,
      topicName: p.topicName,
      period: this.retentionDays,
      hotPeriod: p.hotPeriodDays,
      tags: p.tags,
      lifecycle: { preventDestroy },
    });
    this.storageName = this.topic.id;
    if (p.importLogsetId !== undefined && p.importTopicId !== undefined) {
      this.logset.importFrom(p.importLogsetId, p.provider);
      this.topic.importFrom(p.importTopicId, p.provider);
    }
    this.dependables = [this.topic];
    if (p.allowShortRetention && retention !== undefined && retention < MIN_SAFE_RETENTION_DAYS) {
      // The opt-in is the acknowledgement of the review's six-month rule: one decision, one place.
      acknowledgeFromProps(this, { id: STO_007.code, reason: `allowShortRetention: true (retentionDays ${retention}) on ClsDestination ${this.node.path}` });
    }

    const provider = p.provider as TerraformProvider | undefined;
    this.provider = provider;
    this.createIndex = p.createIndex ?? true;
    this.importIndex = (p.importIndex ?? false) && p.importTopicId !== undefined;
    validateAtSynth(this, () => (region !== undefined ? checkStorageProvider(this, region, provider)
      : { errors: checkProviderChoice(this, provider), warnings: [] }));
  }

  /**
   * Adds a CLS alarm policy on this topic: a query, a `SensitiveOperations` preset or a
   * `Detection`, how often it runs and whom it notifies (existing notice groups, or a new one). The
   * alarm uses this destination's provider. The first alarm creates the topic's CLS index
   * (`index`), and every alarm adds the fields its query reads (unless `createIndex: false`).
   *
   * @example
   * logs.addAlarm('KeyChanges', { alarmName: 'cam-key-changes', preset: SensitiveOperations.CAM_KEY_CHANGES, notify: { receiverIds: [100012345678] } });
   */
  public addAlarm(id: string, options: ClsAlarmOptions): ClsAlarm {
    const alarm = new ClsAlarm(this, id, { ...options, logsetId: this.logset.id, topicId: this.topic.id, provider: this.provider });
    if (this.createIndex && alarm.indexFields.length > 0) {
      this.topicIndex ??= new ClsIndex(this, 'Index', { topicId: this.topic.id, provider: this.provider, importExisting: this.importIndex });
      this.topicIndex.addFields(alarm.indexFields);
      alarm._indexManaged();
    }
    const detection = options.detection instanceof Detection ? options.detection : undefined;
    // CA711 (and CA713 for a detection) at synth: the tracks of the app delivering to this topic must record what the alarm watches.
    alarm.node.addValidation({
      validate: () => {
        const tracks = this.deliveringTracks();
        if (tracks === undefined) return [];
        if (detection !== undefined && tracks.length > 0) {
          const found = DetectionNotRecorded.check({ title: detection.title, watches: detection._watches(), tracks });
          return found.map((v) => formatViolation(v, alarm.node.path));
        }
        const ofDetection = detection && { product: detection._watches()[0].product, eventNames: [] };
        const watch = Token.isUnresolved(alarm.query) ? undefined : watchOf(alarm.query) ?? ofDetection;
        if (watch) warn(alarm, AlarmNeverFires.check({ watch, tracks, scope: 'this app' }));
        return [];
      },
    });
    return alarm;
  }

  /** The topic's CLS index, once an alarm created it. */
  public get index(): ClsIndex | undefined {
    return this.topicIndex;
  }

  /** The tracks of the app delivering to this topic; undefined when one is not known at synth. */
  private deliveringTracks(): DeliveringTrack[] | undefined {
    const tracks: DeliveringTrack[] = [];
    for (const c of this.node.root.node.findAll()) {
      // Tracks are found by structure (another copy of this library may have made them).
      const t = c as unknown as { destination?: unknown; trackName?: string; enabled?: boolean; selectors?: DeliveringTrack['selectors'] };
      if (t.destination !== this || t.selectors === undefined) continue;
      if (typeof t.enabled !== 'boolean' || Token.isUnresolved(t.trackName ?? '')) return undefined;
      tracks.push({ name: t.trackName ?? c.node.path, enabled: t.enabled, selectors: t.selectors });
    }
    return tracks;
  }
}
