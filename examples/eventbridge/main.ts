/**
 * React to CloudAudit events with EventBridge ("Cloud Audit Event", https://www.tencentcloud.com/document/product/1108/46246): a rule on the Tencent Cloud service
 * event bus (Guangzhou) matching CAM console and API calls that delete users or keys, delivered
 * to a Serverless Cloud Function. In your own app, import from 'cdktf-tencentcloud-cloudaudit'.
 *
 * Before applying: enable CloudAudit on the service event bus (EventBridge console, Guangzhou) and
 * copy its ID; no fixed ID is documented.
 */
import { App, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { AuditEventTargetType, AuditTrack, CloudAuditEventType, tencentcloud } from '../../src';
import { exampleApp, synthAndPrint } from '../support';

export class EventBridgeStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new tencentcloud.provider.TencentcloudProvider(this, 'tencentcloud', { region: 'ap-guangzhou' });

    AuditTrack.onEvent(this, 'CamDeletions', {
      ruleName: 'cam-deletions',
      eventBusId: 'eb-0123abcd',
      products: ['cam'],
      eventTypes: [CloudAuditEventType.API_CALL, CloudAuditEventType.CONSOLE_CALL],
      eventNames: ['DeleteUser', 'DeleteAccessKey', 'DeletePolicy'],
      description: 'CAM users, keys and policies deleted',
      target: {
        type: AuditEventTargetType.SCF,
        resourceDescription: 'qcs::scf:ap-guangzhou:uin/100012345678:namespace/default/function/audit-alert/$LATEST',
      },
    });
  }
}

export function buildApp(outdir?: string): App {
  const app = exampleApp(__dirname, outdir);
  new EventBridgeStack(app, 'cloudaudit-eventbridge');
  return app;
}

if (require.main === module) synthAndPrint(buildApp());
