/**
 * Adopt a bucket that already exists and record only sensitive CAM operations into it.
 * In your own app, import from 'cdktf-tencentcloud-cloudaudit'.
 */
import { App, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { ActionType, AuditChecks, AuditTrack, CosDestination, tencentcloud } from '../../src';
import { exampleApp, synthAndPrint } from '../support';

export class ExistingBucketStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new tencentcloud.provider.TencentcloudProvider(this, 'tencentcloud', { region: 'ap-guangzhou' });

    const existing = CosDestination.fromExistingBucket(this, 'ExistingBucket', {
      bucketName: 'security-logs',
      region: 'ap-shanghai',
      prefix: 'camaudit',
    });

    const camAudit = new AuditTrack(this, 'CamAudit', {
      trackName: 'cam-sensitive',
      destination: existing,
      resourceType: 'cam',
      actionType: ActionType.WRITE,
      eventNames: ['DeleteUser', 'AttachUserPolicy', 'DetachUserPolicy', 'CreateAccessKey', 'DeletePolicy'],
    });
    // This stack deliberately records a few CAM operations only: say why, for the reviewer.
    AuditChecks.acknowledge(camAudit, {
      id: 'COV-001',
      reason: 'Complements the account-wide write track of the cos example; records sensitive CAM operations only',
    });
  }
}

export function buildApp(outdir?: string): App {
  const app = exampleApp(__dirname, outdir);
  new ExistingBucketStack(app, 'cloudaudit-existing-bucket');
  return app;
}

if (require.main === module) synthAndPrint(buildApp());
