/**
 * A tracking set that records write operations of every product into a new CLS topic, where
 * they can be searched and alarmed on. In your own app, import from 'cdktf-tencentcloud-cloudaudit'.
 */
import { App, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { ActionType, AuditTrack, ClsDestination, tencentcloud } from '../../src';
import { exampleApp, synthAndPrint } from '../support';

export class ClsAuditStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new tencentcloud.provider.TencentcloudProvider(this, 'tencentcloud', { region: 'ap-guangzhou' });

    const events = new ClsDestination(this, 'AuditEvents', {
      region: 'ap-guangzhou',
      logsetName: 'cloudaudit',
      topicName: 'cloudaudit-write-events',
      retentionDays: 365,
      hotPeriodDays: 30,
    });

    new AuditTrack(this, 'WriteAudit', {
      trackName: 'write-audit',
      destination: events,
      actionType: ActionType.WRITE,
    });
  }
}

export function buildApp(outdir?: string): App {
  const app = exampleApp(__dirname, outdir);
  new ClsAuditStack(app, 'cloudaudit-cls');
  return app;
}

if (require.main === module) synthAndPrint(buildApp());
