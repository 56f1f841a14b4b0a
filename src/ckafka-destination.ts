import { ITerraformDependable } from 'cdktf';
import { Construct } from 'constructs';
import { IAuditDestination, StorageType } from './destination';
import { lazySchema, literal, parseProps, throwIfAny } from './internal/validation';
import { RegionUnknown } from './rules/regions';
import { checkKnown } from './rules/rule';
import { storageFieldViolations } from './rules/track';

/** Props of an existing CKafka topic that receives CloudAudit events. */
export interface ExistingCkafkaTopicProps {
  /** The CKafka instance id, e.g. `ckafka-8t2xqm1p`. */
  readonly instanceId: string;
  /** The topic of that instance the tracking set writes to, e.g. `cloudaudit-events`. */
  readonly topicName: string;
  /** Region of the CKafka instance (`Storage.StorageRegion`), e.g. `ap-guangzhou`. */
  readonly region: string;
  /**
   * `Storage.StoragePrefix`, which the API requires for every storage type.
   * @default 'cloudaudit'
   */
  readonly prefix?: string;
}

const DEFAULT_PREFIX = 'cloudaudit';
const existingSchema = lazySchema((z) => z.object({
  instanceId: z.string(), topicName: z.string(), region: z.string(), prefix: z.string().optional(),
}));

class ExistingCkafkaTopic extends Construct implements IAuditDestination {
  public readonly storageType = StorageType.CKAFKA;
  public readonly storageRegion: string;
  public readonly storageName: string;
  public readonly storagePrefix: string;
  public readonly createsStorage = false;
  public readonly dependables: ITerraformDependable[] = [];

  constructor(scope: Construct, id: string, props: ExistingCkafkaTopicProps) {
    super(scope, id);
    const p = parseProps(this, existingSchema, props);
    // The API's Storage.StorageName for ckafka: "<ckafka instance id>/<topic>".
    this.storageName = `${p.instanceId}/${p.topicName}`;
    this.storageRegion = p.region;
    this.storagePrefix = p.prefix ?? DEFAULT_PREFIX;
    const name = literal(p.instanceId) !== undefined && literal(p.topicName) !== undefined ? this.storageName : undefined;
    throwIfAny(this, [
      ...storageFieldViolations({ type: StorageType.CKAFKA, name, prefix: literal(this.storagePrefix) }),
      ...checkKnown(RegionUnknown, literal(p.region)),
    ]);
  }
}

/**
 * Delivery of CloudAudit events to a CKafka topic (`storage_type = "ckafka"`, the API's
 * Storage.StorageName `<instance id>/<topic>`), for a SIEM that consumes Kafka. The topic is
 * adopted: this library creates no CKafka instance or topic, and the review cannot judge its
 * retention or encryption (keep an archive in COS or CLS as well).
 *
 * @example
 * const siem = CkafkaDestination.fromExistingTopic(this, 'Siem', { instanceId: 'ckafka-8t2xqm1p', topicName: 'cloudaudit-events', region: 'ap-guangzhou' });
 */
export class CkafkaDestination {
  /** Delivers to a topic of an existing CKafka instance (not managed here). */
  public static fromExistingTopic(scope: Construct, id: string, props: ExistingCkafkaTopicProps): IAuditDestination {
    return new ExistingCkafkaTopic(scope, id, props);
  }

  private constructor() {}
}
