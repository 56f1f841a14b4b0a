/**
 * Default example: a tracking set that records every operation of every product and ships it to
 * a new COS bucket. In your own app, import from 'cdktf-tencentcloud-cloudaudit'.
 */
import { App, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { AuditTrack, CosDestination, tencentcloud } from '../../src';
import { exampleApp, synthAndPrint } from '../support';

export class CosAuditStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    // ap-hongkong is both a CloudAudit API region and a documented COS delivery region.
    new tencentcloud.provider.TencentcloudProvider(this, 'tencentcloud', { region: 'ap-hongkong' });

    const logs = new CosDestination(this, 'AuditLogs', {
      bucketName: 'org-audit-logs',
      region: 'ap-hongkong',
      retentionDays: 365,
    });

    new AuditTrack(this, 'OrgAudit', {
      trackName: 'org-audit',
      destination: logs,
    });
  }
}

export function buildApp(outdir?: string): App {
  const app = exampleApp(__dirname, outdir);
  new CosAuditStack(app, 'cloudaudit-cos');
  return app;
}

if (require.main === module) synthAndPrint(buildApp());
