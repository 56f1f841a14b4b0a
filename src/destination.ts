import { ITerraformDependable } from 'cdktf';
import { IConstruct } from 'constructs';

/** Where a tracking set ships its logs (the API's `Storage.StorageType`). */
export enum StorageType {
  /** A COS bucket: log files at `bucket/<prefix>/YYYYMMDDH/<file>`. */
  COS = 'cos',
  /** A CLS log topic. */
  CLS = 'cls',
  /** A CKafka topic (`<instance id>/<topic>`): `CkafkaDestination.fromExistingTopic`. */
  CKAFKA = 'ckafka',
}

/**
 * What a destination hands a tracking set: the API's `Storage` block, plus the resources the
 * track must be created after. Implemented by `CosDestination` and `ClsDestination` (and what
 * their `from…` methods return), and by what `CkafkaDestination.fromExistingTopic` returns.
 */
export interface IAuditDestination extends IConstruct {
  /** `cos`, `cls` or `ckafka`. */
  readonly storageType: StorageType;
  /** Region of the bucket or topic (`Storage.StorageRegion`). */
  readonly storageRegion: string;
  /**
   * `Storage.StorageName`: for COS the bucket name WITHOUT `-<APPID>`; for CLS the topic ID; for
   * CKafka `<instance id>/<topic>`.
   */
  readonly storageName: string;
  /** `Storage.StoragePrefix`: the COS key prefix, or the CLS directory prefix. */
  readonly storagePrefix: string;
  /** `Storage.StorageAccountId`, for delivery into another account. @default - the track's own account */
  readonly storageAccountId?: string;
  /** `Storage.StorageAppId`, for delivery into another account. @default - the track's own account */
  readonly storageAppId?: string;
  /** Whether this app creates the storage (false when adopted with a `from…` method). */
  readonly createsStorage: boolean;
  /** Resources the track depends on (bucket, topic); empty for adopted storage. */
  readonly dependables: ITerraformDependable[];
}
