/**
 * Ship CAM and CloudAudit events to CLS and alarm on sensitive operations (CloudAudit documentation,
 * "Reviewing Employee Operation Records on Tencent Cloud": "select specific operations (such as
 * sensitive operations) for a certain product and configure alarm policies in CLS"). In your own app, import from 'cdktf-tencentcloud-cloudaudit'.
 *
 * The topic needs a CLS index on resourceType and eventName for the queries to match; this
 * library does not create it (see README).
 */
import { App, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { ActionType, AlarmLevel, AuditTrack, ClsDestination, NoticeChannel, SensitiveOperations, tencentcloud } from '../../src';
import { exampleApp, synthAndPrint } from '../support';

export class ClsAlarmsStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new tencentcloud.provider.TencentcloudProvider(this, 'tencentcloud', { region: 'ap-guangzhou' });

    const logs = new ClsDestination(this, 'AuditEvents', {
      region: 'ap-guangzhou',
      logsetName: 'cloudaudit',
      topicName: 'sensitive-operations',
    });

    new AuditTrack(this, 'Writes', {
      trackName: 'write-operations',
      destination: logs,
      actionType: ActionType.WRITE,
    });

    // One notice group, created with the first alarm, reused by the others.
    const keys = logs.addAlarm('KeyChanges', {
      alarmName: 'cam-api-key-changes',
      preset: SensitiveOperations.CAM_KEY_CHANGES,
      level: AlarmLevel.CRITICAL,
      notify: { receiverIds: [100012345678], channels: [NoticeChannel.EMAIL, NoticeChannel.SMS], noticeName: 'security-on-call' },
    });
    const noticeIds = [keys.notice!.id];
    logs.addAlarm('UserChanges', { alarmName: 'cam-user-changes', preset: SensitiveOperations.CAM_USER_CHANGES, noticeIds });
    logs.addAlarm('PolicyChanges', { alarmName: 'cam-policy-changes', preset: SensitiveOperations.CAM_POLICY_CHANGES, noticeIds });
    logs.addAlarm('AuditOff', {
      alarmName: 'cloudaudit-tracking-set-changes',
      preset: SensitiveOperations.CLOUDAUDIT_TRACK_CHANGES,
      level: AlarmLevel.CRITICAL,
      noticeIds,
    });
    logs.addAlarm('SecurityGroups', {
      alarmName: 'security-group-changes',
      preset: SensitiveOperations.SECURITY_GROUP_CHANGES,
      intervalMinutes: 15,
      triggerCount: 1,
      alarmPeriodMinutes: 60,
      noticeIds,
    });
  }
}

export function buildApp(outdir?: string): App {
  const app = exampleApp(__dirname, outdir);
  new ClsAlarmsStack(app, 'cloudaudit-cls-alarms');
  return app;
}

if (require.main === module) synthAndPrint(buildApp());
