/**
 * Several products in one tracking set: CAM writes, CVM writes and a few COS bucket APIs. With two
 * or more selectors the track is synthesized as tencentcloud_events_audit_track. In your own app,
 * import from 'cdktf-tencentcloud-cloudaudit'.
 */
import { App, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { ActionType, AuditChecks, AuditTrack, CosDestination, tencentcloud } from '../../src';
import { exampleApp, synthAndPrint } from '../support';

export class MultiProductAuditStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    // ap-hongkong is both a CloudAudit API region and a documented COS delivery region.
    new tencentcloud.provider.TencentcloudProvider(this, 'tencentcloud', { region: 'ap-hongkong' });

    const logs = new CosDestination(this, 'AuditLogs', { bucketName: 'multi-product-audit', region: 'ap-hongkong' });

    const track = new AuditTrack(this, 'Changes', {
      trackName: 'iam-and-compute-changes',
      destination: logs,
      actionType: ActionType.WRITE,
      selectors: [{ resourceType: 'cam' }, { resourceType: 'cvm' }],
    });
    track.addSelector({ resourceType: 'cos', eventNames: ['DeleteBucket', 'PutBucketPolicy', 'PutBucketAcl'] });
    // This stack records three products only: say why, for the reviewer (README: Compliance review, Rules).
    AuditChecks.acknowledge(track, {
      id: 'COV-001',
      reason: 'Complements the account-wide write track of the cos example; keeps IAM and compute changes in their own bucket',
    });
  }
}

export function buildApp(outdir?: string): App {
  const app = exampleApp(__dirname, outdir);
  new MultiProductAuditStack(app, 'cloudaudit-multi-product');
  return app;
}

if (require.main === module) synthAndPrint(buildApp());
