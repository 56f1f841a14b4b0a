/**
 * What a typical user deploys, with the props that keep `terraform plan` offline (a literal appId,
 * checkDeliveryRegion: false): the workload upgrade-plan.test.ts plans against recorded states.
 * Only add to it; a changed construct id here is a change of the workload, not of the library.
 */
import { App, TerraformStack } from 'cdktf';
import {
  ActionType, AuditEventTargetType, AuditTrack, ClsDestination, CosDestination, OrgWideTrack, SensitiveOperations, tencentcloud,
} from '../../src';

export function buildUpgradeWorkload(outdir: string): App {
  const app = new App({ outdir });

  const cos = new TerraformStack(app, 'upgrade-cos');
  new tencentcloud.provider.TencentcloudProvider(cos, 'tencentcloud', { region: 'ap-guangzhou' });
  const logs = new CosDestination(cos, 'AuditLogs', { bucketName: 'org-audit-logs', region: 'ap-guangzhou', appId: '1250000000', retentionDays: 365 });
  new AuditTrack(cos, 'OrgAudit', { trackName: 'org-audit', destination: logs, checkDeliveryRegion: false });
  new AuditTrack(cos, 'Products', {
    trackName: 'product-writes',
    destination: logs,
    checkDeliveryRegion: false,
    selectors: [{ resourceType: 'cam', actionType: ActionType.WRITE }, { resourceType: 'cvm', actionType: ActionType.WRITE, eventNames: ['RunInstances', 'TerminateInstances'] }],
  });
  const archive = CosDestination.fromExistingBucket(cos, 'Archive', { bucketName: 'org-log-archive', region: 'ap-shanghai', prefix: 'orgaudit' });
  new OrgWideTrack(cos, 'OrgWide', { trackName: 'org-wide', destination: archive, storageAccountId: '100012345678', storageAppId: '1250000001', createServiceRole: true, checkDeliveryRegion: false });

  const cls = new TerraformStack(app, 'upgrade-cls');
  new tencentcloud.provider.TencentcloudProvider(cls, 'tencentcloud', { region: 'ap-guangzhou' });
  const events = new ClsDestination(cls, 'AuditEvents', { region: 'ap-guangzhou', logsetName: 'cloudaudit', topicName: 'write-operations' });
  new AuditTrack(cls, 'Writes', { trackName: 'write-operations', destination: events, actionType: ActionType.WRITE });
  const keys = events.addAlarm('KeyChanges', { alarmName: 'cam-api-key-changes', preset: SensitiveOperations.CAM_KEY_CHANGES, notify: { receiverIds: [100012345678] } });
  events.addAlarm('AuditOff', { alarmName: 'cloudaudit-changes', preset: SensitiveOperations.CLOUDAUDIT_TRACK_CHANGES, noticeIds: [keys.notice!.id] });

  const eb = new TerraformStack(app, 'upgrade-events');
  new tencentcloud.provider.TencentcloudProvider(eb, 'tencentcloud', { region: 'ap-guangzhou' });
  AuditTrack.onEvent(eb, 'CamDeletions', {
    ruleName: 'cam-deletions',
    eventBusId: 'eb-0123abcd',
    products: ['cam'],
    eventNames: ['DeleteUser'],
    target: { type: AuditEventTargetType.SCF, resourceDescription: 'qcs::scf:ap-guangzhou:uin/100012345678:namespace/default/function/audit-alert/$LATEST' },
  });
  return app;
}
