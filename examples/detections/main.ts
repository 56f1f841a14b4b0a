/**
 * The baseline detections for one account ("Reviewing Employee Operation Records on Tencent Cloud",
 * https://www.tencentcloud.com/document/product/598/58346: who accessed what, whose operations
 * failed, who purchased a resource, whether employees work from the restricted environment): one
 * tracking set records every product's reads and writes into a CLS topic, and each detection is a
 * CLS alarm on it; the topic's CLS index is created with the first alarm and holds exactly the
 * fields the alarms query. The two detections that have an EventBridge equivalent also go to the
 * service event bus, for a function to react within seconds. In your own app, import from
 * 'cdktf-tencentcloud-cloudaudit'.
 *
 * docs/detections.md lists every detection: its question, fields, query and EventBridge pattern.
 */
import { App, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { ActionType, AlarmLevel, AuditEventTargetType, AuditTrack, ClsDestination, Detection, NoticeChannel, tencentcloud } from '../../src';
import { exampleApp, synthAndPrint } from '../support';

/** The networks the company calls Tencent Cloud from (documentation ranges: replace with yours). */
const OFFICE_NETWORKS = ['203.0.113.0/24', '198.51.100.0/24', '2001:db8::/32'];
const ALERT_FUNCTION = 'qcs::scf:ap-guangzhou:uin/100012345678:namespace/default/function/audit-alert/$LATEST';

export class DetectionsStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new tencentcloud.provider.TencentcloudProvider(this, 'tencentcloud', { region: 'ap-guangzhou' });

    const logs = new ClsDestination(this, 'AuditEvents', {
      region: 'ap-guangzhou',
      logsetName: 'cloudaudit',
      topicName: 'detections',
    });
    // Reads and writes of every product: the denied-calls and outside-network detections look at both.
    new AuditTrack(this, 'Everything', { trackName: 'all-operations', destination: logs, actionType: ActionType.ALL });

    const root = logs.addAlarm('RootUsed', {
      alarmName: 'root-credentials-used',
      detection: Detection.ROOT_CREDENTIALS_USED,
      level: AlarmLevel.CRITICAL,
      notify: { receiverIds: [100012345678], channels: [NoticeChannel.EMAIL, NoticeChannel.SMS], noticeName: 'security-on-call' },
    });
    const noticeIds = [root.notice!.id];
    logs.addAlarm('ConsoleLogins', { alarmName: 'console-logins', detection: Detection.CONSOLE_LOGINS, level: AlarmLevel.INFO, noticeIds });
    logs.addAlarm('OutsideNetworks', {
      alarmName: 'calls-from-outside-networks',
      detection: Detection.callsFromOutsideNetworks({ allowedCidrs: OFFICE_NETWORKS }),
      intervalMinutes: 10,
      noticeIds,
    });
    logs.addAlarm('DeniedCalls', { alarmName: 'denied-calls', detection: Detection.deniedCalls({ threshold: 10 }), intervalMinutes: 15, noticeIds });
    logs.addAlarm('Purchases', { alarmName: 'purchases-by-sub-users', detection: Detection.PURCHASES_AND_RELEASES_BY_SUB_USERS, level: AlarmLevel.INFO, noticeIds });
    logs.addAlarm('TrailChanges', { alarmName: 'audit-trail-changes', detection: Detection.AUDIT_TRAIL_CHANGES, level: AlarmLevel.CRITICAL, noticeIds });

    // The two with an EventBridge equivalent (docs/detections.md says why the others have none).
    const onTheBus = [['RootEvent', 'root-credentials-used', Detection.ROOT_CREDENTIALS_USED], ['TrailEvent', 'audit-trail-changes', Detection.AUDIT_TRAIL_CHANGES]] as const;
    for (const [id, ruleName, detection] of onTheBus) {
      AuditTrack.onEvent(this, id, {
        ruleName,
        eventBusId: 'eb-0123abcd',
        detection,
        description: detection.question,
        target: { type: AuditEventTargetType.SCF, resourceDescription: ALERT_FUNCTION },
      });
    }
  }
}

export function buildApp(outdir?: string): App {
  const app = exampleApp(__dirname, outdir);
  new DetectionsStack(app, 'cloudaudit-detections');
  return app;
}

if (require.main === module) synthAndPrint(buildApp());
