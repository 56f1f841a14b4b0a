/**
 * Audit storage that holds up to an auditor: the storage options of the library turned on (object
 * lock is left out: COS does not offer it on multi-AZ buckets, CA227).
 * - COS: KMS encryption, a multi-AZ bucket, a deny-delete bucket policy with a
 *   break-glass principal, access logging into a separate protected bucket, a replica in another
 *   region, transitions to infrequent access before expiry, noncurrent versions kept a year,
 *   compressed log files, and a second track under its own prefix.
 * - CLS: a KMS-encrypted topic with its own key, partitions and auto-split, a description and hot
 *   storage settled to infrequent storage after 30 days.
 * Cost and complexity: examples/audit-grade/README.md. In your own app, import from
 * 'cdktf-tencentcloud-cloudaudit'.
 */
import { App, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import {
  ActionType, AuditTrack, ClsDestination, ClsStorageType, CosDestination, CosEncryption, CosReplicaStorageClass, CosStorageClass, tencentcloud,
} from '../../src';
import { exampleApp, synthAndPrint } from '../support';

/** The account's UIN and APPID (a literal APPID: no data source is read at plan time). */
const OWNER_UIN = '100000000001';
const APP_ID = '1250000000';

export class AuditGradeStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    // ap-guangzhou: a CloudAudit API region, a COS delivery region, multi-AZ, and CLS encryption.
    new tencentcloud.provider.TencentcloudProvider(this, 'tencentcloud', { region: 'ap-guangzhou' });
    const shanghai = new tencentcloud.provider.TencentcloudProvider(this, 'shanghai', { region: 'ap-shanghai', alias: 'shanghai' });

    const logs = new CosDestination(this, 'AuditLogs', {
      bucketName: 'audit-grade-logs',
      region: 'ap-guangzhou',
      appId: APP_ID,
      encryption: CosEncryption.KMS,
      kmsKeyId: '23e80852-1e38-11e9-b129-5cb9019b4b01',
      kmsKeyRegion: 'ap-guangzhou',
      multiAz: true,
      retentionDays: 1095,
      noncurrentRetentionDays: 365,
      transitions: [{ days: 90, storageClass: CosStorageClass.MAZ_STANDARD_IA }],
      breakGlassPrincipal: `qcs::cam::uin/${OWNER_UIN}:uin/100000000011`,
      accessLogs: { bucketName: 'audit-grade-access' },
      replica: {
        bucketName: 'audit-grade-replica',
        region: 'ap-shanghai',
        provider: shanghai,
        role: `qcs::cam::uin/${OWNER_UIN}:uin/${OWNER_UIN}`,
        kmsKeyId: '9a2c3e0b-5f11-11ee-8c99-0242ac120002',
        storageClass: CosReplicaStorageClass.STANDARD_IA,
      },
      compress: true,
    });

    new AuditTrack(this, 'AllWrites', { trackName: 'audit-grade-writes', destination: logs, actionType: ActionType.WRITE });
    // A second track into the same bucket writes under its own prefix (CA223 / STO-012 otherwise).
    new AuditTrack(this, 'CamReads', {
      trackName: 'audit-grade-cam-reads',
      destination: logs.withPrefix('camreads'),
      resourceType: 'cam',
      actionType: ActionType.READ,
    });

    const events = new ClsDestination(this, 'AuditEvents', {
      region: 'ap-guangzhou',
      logsetName: 'audit-grade',
      topicName: 'audit-grade-events',
      description: 'CloudAudit write events, searched and alarmed on',
      retentionDays: 365,
      hotPeriodDays: 30,
      storageType: ClsStorageType.HOT,
      encrypted: true,
      kmsKey: { keyId: '4c1bf6a2-1e38-11e9-b129-5cb9019b4b01', region: 'ap-guangzhou' },
      partitionCount: 2,
      autoSplit: true,
      maxSplitPartitions: 10,
    });
    new AuditTrack(this, 'Events', { trackName: 'audit-grade-events', destination: events, actionType: ActionType.WRITE });
  }
}

export function buildApp(outdir?: string): App {
  const app = exampleApp(__dirname, outdir);
  new AuditGradeStack(app, 'cloudaudit-audit-grade');
  return app;
}

if (require.main === module) synthAndPrint(buildApp());
