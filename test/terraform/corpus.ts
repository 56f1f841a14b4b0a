/**
 * The validate corpus: one App whose stacks use every construct, every static factory and every
 * option of every props interface the library exports. `validate.test.ts` runs the real
 * `terraform validate` on each stack, and checks (with the TypeScript compiler API) that no
 * exported props member is missing from `used`, so a new option cannot skip terraform validate.
 */
import { App, Aspects, TerraformStack } from 'cdktf';
import {
  ActionType, AlarmLevel, AuditChecks, AuditEventTargetType, AuditTrack, CallerFilter, ClsAlarm, ClsDestination, ClsIndex,
  ClsIndexFieldType, CloudAuditEventType, CloudAuditServiceRole, CosDestination, CosEncryption, Detection, NoticeChannel,
  NoticeReceiverType, NoticeTrigger, OrgWideTrack, SensitiveOperations, tencentcloud, CkafkaDestination,
} from '../../src';

/** Props members seen by the corpus, per interface name. */
export const used = new Map<string, Set<string>>();

/** Records which members of interface `name` the corpus sets, and returns the props unchanged. */
function p<T extends object>(name: string, props: T): T {
  const seen = used.get(name) ?? new Set<string>();
  for (const k of Object.keys(props)) seen.add(k);
  used.set(name, seen);
  return props;
}

function provider(stack: TerraformStack, region: string, alias?: string): tencentcloud.provider.TencentcloudProvider {
  return new tencentcloud.provider.TencentcloudProvider(stack, alias ?? 'tencentcloud', { region, ...(alias ? { alias } : {}) });
}

/** COS storage with every option, tracks with every option, selectors added later. */
function cosStack(app: App): void {
  const stack = new TerraformStack(app, 'corpus-cos');
  provider(stack, 'ap-guangzhou');
  const hk = provider(stack, 'ap-hongkong', 'hk');
  const full = new CosDestination(stack, 'Full', p('CosDestinationProps', {
    bucketName: 'corpus-full-logs',
    region: 'ap-hongkong',
    prefix: 'corpus',
    appId: '1250000000',
    encryption: CosEncryption.KMS,
    kmsKeyId: 'kms-key-0001',
    versioned: true,
    retentionDays: 400,
    allowShortRetention: false,
    objectLockDays: 30,
    preventDestroy: true,
    forceClean: false,
    tags: { team: 'platform' },
    provider: hk,
  }));
  const short = new CosDestination(stack, 'Short', { bucketName: 'corpus-short-logs', region: 'ap-guangzhou', encryption: CosEncryption.SM4, retentionDays: 30, allowShortRetention: true, versioned: false, preventDestroy: false });
  const aes = new CosDestination(stack, 'Aes', p('CosDestinationProps', {
    bucketName: 'corpus-aes-logs',
    region: 'ap-guangzhou',
    encryption: CosEncryption.AES256,
    appId: '1250000000',
    importExisting: true,
  }));
  new AuditTrack(stack, 'FullTrack', p('AuditTrackProps', {
    trackName: 'corpus-full',
    destination: full,
    actionType: ActionType.WRITE,
    resourceType: 'cam',
    eventNames: ['DeleteUser', 'CreateUser'],
    enabled: false,
    provider: hk,
    createServiceRole: true,
    checkDeliveryRegion: true,
  }));
  new AuditTrack(stack, 'ShortTrack', { trackName: 'corpus-short', destination: short, checkDeliveryRegion: false });
  new AuditTrack(stack, 'Reads', p('AuditTrackProps', { trackName: 'corpus-reads', destination: aes, actionType: ActionType.READ, resourceType: 'cvm', importTrackId: '10086' }));
  AuditChecks.acknowledge(short, p('Acknowledgement', { id: 'STO-006', reason: 'scratch account: 30 days is the agreed retention' }));
  const multi = new AuditTrack(stack, 'Multi', p('AuditTrackProps', {
    trackName: 'corpus-multi',
    destination: aes,
    selectors: [
      p('EventSelector', { resourceType: 'cvm', actionType: ActionType.WRITE, eventNames: ['RunInstances'] }),
      { resourceType: 'cam' },
    ],
  }));
  multi.addSelector({ resourceType: 'cos', actionType: ActionType.READ });
  const grown = new AuditTrack(stack, 'Grown', { trackName: 'corpus-grown', destination: aes, checkDeliveryRegion: false });
  grown.addSelector({ resourceType: 'vpc', actionType: ActionType.WRITE });
}

/** CLS storage with every option, alarms with every option, an adopted topic. */
function clsStack(app: App): void {
  const stack = new TerraformStack(app, 'corpus-cls');
  provider(stack, 'ap-guangzhou');
  const sh = provider(stack, 'ap-shanghai', 'sh');
  const events = new ClsDestination(stack, 'Events', p('ClsDestinationProps', {
    region: 'ap-shanghai',
    logsetName: 'corpus',
    topicName: 'corpus-events',
    retentionDays: 400,
    allowShortRetention: false,
    hotPeriodDays: 30,
    prefix: 'corpus',
    preventDestroy: true,
    tags: { team: 'platform' },
    provider: sh,
    createIndex: true,
  }));
  const short = new ClsDestination(stack, 'Short', p('ClsDestinationProps', {
    region: 'ap-guangzhou',
    logsetName: 'corpus-short',
    topicName: 'short',
    retentionDays: 7,
    allowShortRetention: true,
    preventDestroy: false,
    importLogsetId: 'a1b2c3d4-0000-4000-8000-00000000000a',
    importTopicId: 'a1b2c3d4-0000-4000-8000-00000000000b',
    importIndex: true,
  }));
  new AuditTrack(stack, 'Writes', { trackName: 'corpus-cls-writes', destination: events, actionType: ActionType.WRITE, provider: sh });
  new AuditTrack(stack, 'ShortTrack', { trackName: 'corpus-cls-short', destination: short });
  AuditChecks.acknowledge(short, { id: 'STO-007', reason: 'scratch account: 7 days is the agreed retention' });
  const keys = events.addAlarm('Keys', p('ClsAlarmOptions', {
    alarmName: 'corpus-key-changes',
    preset: SensitiveOperations.CAM_KEY_CHANGES,
    condition: '$1.events > 1',
    intervalMinutes: 10,
    windowMinutes: 20,
    triggerCount: 2,
    alarmPeriodMinutes: 30,
    level: AlarmLevel.CRITICAL,
    notify: p('AlarmNotifyProps', {
      receiverIds: [100012345678],
      receiverType: NoticeReceiverType.UIN,
      channels: [NoticeChannel.EMAIL, NoticeChannel.SMS, NoticeChannel.WECHAT, NoticeChannel.PHONE],
      noticeOn: NoticeTrigger.TRIGGER,
      noticeName: 'corpus-on-call',
    }),
    enabled: true,
    tags: { team: 'security' },
  }));
  events.addAlarm('Custom', p('ClsAlarmOptions', {
    alarmName: 'corpus-custom',
    query: 'action:DeleteBucket | select count(*) as events',
    noticeIds: [keys.notice!.id],
    level: AlarmLevel.INFO,
    enabled: false,
  }));
  events.addAlarm('Group', { alarmName: 'corpus-group', preset: SensitiveOperations.custom('cvm', 'CVM terminations', ['TerminateInstances']), level: AlarmLevel.WARN, notify: { receiverIds: [42], receiverType: NoticeReceiverType.GROUP, noticeOn: NoticeTrigger.RECOVERY } });
  for (const [i, preset] of [SensitiveOperations.CAM_USER_CHANGES, SensitiveOperations.CAM_POLICY_CHANGES, SensitiveOperations.CAM_ROLE_CHANGES,
    SensitiveOperations.CAM_LOGIN_SECURITY_CHANGES, SensitiveOperations.CLOUDAUDIT_TRACK_CHANGES, SensitiveOperations.SECURITY_GROUP_CHANGES,
    SensitiveOperations.NETWORK_CHANGES].entries()) {
    short.addAlarm(`Preset${i}`, { alarmName: `corpus-${preset.title.toLowerCase().replace(/[^a-z]+/g, '-')}`, preset, noticeIds: [keys.notice!.id] });
  }
  const direct = new ClsAlarm(stack, 'Direct', p('ClsAlarmProps', {
    alarmName: 'corpus-direct',
    logsetId: 'a1b2c3d4-0000-4000-8000-000000000001',
    topicId: 'a1b2c3d4-0000-4000-8000-000000000002',
    preset: SensitiveOperations.CAM_KEY_CHANGES,
    noticeIds: ['notice-0001'],
    provider: sh,
  }));
  // The detections, on the topic whose track records everything (the index is adopted with the topic).
  const detections = [
    Detection.ROOT_CREDENTIALS_USED, Detection.CONSOLE_LOGINS, Detection.PURCHASES_AND_RELEASES_BY_SUB_USERS, Detection.AUDIT_TRAIL_CHANGES,
    Detection.callsFromOutsideNetworks(p('OutsideNetworksProps', { allowedCidrs: ['203.0.113.0/24', '2001:db8::/32'], includePlatformEvents: false })),
    Detection.deniedCalls(p('DeniedCallsProps', { threshold: 3 })),
    Detection.custom(p('CustomDetectionProps', {
      title: 'CAM user deletions by root from outside the office, refused',
      question: 'Did someone try to delete CAM users with the root account from outside?',
      product: 'cam',
      eventNames: ['DeleteUser', 'DeleteSubAccount'],
      eventTypes: [CloudAuditEventType.API_CALL, CloudAuditEventType.CONSOLE_CALL],
      actionType: ActionType.WRITE,
      caller: CallerFilter.ROOT,
      deniedOnly: true,
      allowedCidrs: ['198.51.100.0/24'],
      includePlatformEvents: true,
      threshold: 2,
    })),
    Detection.custom({ title: 'Sub-user console writes', caller: CallerFilter.NOT_ROOT, eventTypes: [CloudAuditEventType.CONSOLE_CALL], actionType: ActionType.WRITE }),
  ];
  detections.forEach((detection, i) => short.addAlarm(`Detection${i}`, p('ClsAlarmOptions', { alarmName: `corpus-detection-${i}`, detection, noticeIds: [keys.notice!.id] })));
  // The adopted topic of the direct alarm: its index, managed here.
  new ClsIndex(stack, 'DirectIndex', p('ClsIndexProps', {
    topicId: 'a1b2c3d4-0000-4000-8000-000000000002',
    fields: [...direct.indexFields, p('ClsIndexField', { key: 'errorCode', type: ClsIndexFieldType.LONG, analysis: true })],
    caseSensitive: false,
    fullText: true,
    importExisting: true,
    provider: sh,
  }));
  const adopted = ClsDestination.fromTopicId(stack, 'Adopted', p('ExistingClsTopicProps', {
    topicId: 'a1b2c3d4-0000-4000-8000-000000000003',
    region: 'ap-guangzhou',
    prefix: 'adopted',
  }));
  new AuditTrack(stack, 'AdoptedTrack', { trackName: 'corpus-cls-adopted', destination: adopted, actionType: ActionType.WRITE });
  // Adopted as the cloud has it: a console track into another account's topic, with an empty prefix (CA306 kept).
  const kept = [{ id: 'CA306', reason: 'console track since 2024: the empty prefix is kept until the team decides' }];
  const foreign = ClsDestination.fromTopicId(stack, 'Foreign', p('ExistingClsTopicProps', {
    topicId: 'a1b2c3d4-0000-4000-8000-000000000004',
    region: 'ap-guangzhou',
    prefix: '',
    storageAccountId: '100012345678',
    storageAppId: '1250000001',
    keepImported: kept,
  }));
  new AuditTrack(stack, 'KeptTrack', p('AuditTrackProps', {
    trackName: 'corpus-cls-kept', destination: foreign, actionType: ActionType.WRITE, importTrackId: '10087', keepImported: kept,
  }));
  const siem = CkafkaDestination.fromExistingTopic(stack, 'Siem', p('ExistingCkafkaTopicProps', {
    instanceId: 'ckafka-8t2xqm1p',
    topicName: 'cloudaudit-events',
    region: 'ap-guangzhou',
    prefix: 'siem',
  }));
  new AuditTrack(stack, 'SiemTrack', { trackName: 'corpus-ckafka', destination: siem, actionType: ActionType.WRITE });
}

/** Organization-wide delivery into another account, adopted storage, the service role alone. */
function orgStack(app: App): void {
  const stack = new TerraformStack(app, 'corpus-org');
  provider(stack, 'ap-guangzhou');
  const archive = CosDestination.fromExistingBucket(stack, 'Archive', p('ExistingCosBucketProps', {
    bucketName: 'org-log-archive',
    region: 'ap-shanghai',
    prefix: 'orgaudit',
  }));
  // A member account's bucket, adopted with a prefix the rules refuse (CA205 kept).
  const keptPrefix = [{ id: 'CA205', reason: 'console track: its prefix "org_audit" is kept until the team moves it' }];
  const member = CosDestination.fromExistingBucket(stack, 'Member', p('ExistingCosBucketProps', {
    bucketName: 'member-log-archive',
    region: 'ap-guangzhou',
    prefix: 'org_audit',
    storageAccountId: '100012345679',
    storageAppId: '1250000002',
    keepImported: keptPrefix,
  }));
  new AuditTrack(stack, 'MemberTrack', { trackName: 'corpus-member', destination: member, importTrackId: '10088', keepImported: keptPrefix, checkDeliveryRegion: false });
  new OrgWideTrack(stack, 'Org', p('OrgWideTrackProps', {
    trackName: 'corpus-org',
    destination: archive,
    storageAccountId: '100012345678',
    storageAppId: '1250000001',
    createServiceRole: true,
  }));
  const own = CosDestination.fromExistingBucket(stack, 'Own', { bucketName: 'org-own-archive', region: 'ap-guangzhou' });
  new OrgWideTrack(stack, 'OrgOwn', { trackName: 'corpus-org-own', destination: own, checkDeliveryRegion: false });

  const other = new TerraformStack(app, 'corpus-role');
  const p2 = provider(other, 'ap-guangzhou');
  new CloudAuditServiceRole(other, 'Role', p('CloudAuditServiceRoleProps', {
    multiAccountDelivery: true,
    policyIds: ['18150187'],
    description: 'CloudAudit delivers logs with this role',
    provider: p2,
  }));
}

/** EventBridge rules with every option. */
function eventStack(app: App): void {
  const stack = new TerraformStack(app, 'corpus-events');
  const gz = provider(stack, 'ap-guangzhou');
  AuditTrack.onEvent(stack, 'Full', p('AuditEventRuleProps', {
    ruleName: 'corpus-cam-deletions',
    eventBusId: 'eb-0123abcd',
    products: ['cam', 'cvm'],
    eventTypes: [CloudAuditEventType.API_CALL, CloudAuditEventType.CONSOLE_CALL, CloudAuditEventType.MINI_PROGRAM_CALL],
    eventNames: ['DeleteUser', 'TerminateInstances'],
    description: 'CAM deletions and CVM terminations',
    enabled: false,
    target: p('AuditEventTarget', {
      type: AuditEventTargetType.SCF,
      resourceDescription: 'qcs::scf:ap-guangzhou:uin/100012345678:namespace/default/function/audit-alert/$LATEST',
    }),
    tags: { team: 'security' },
    provider: gz,
  }));
  for (const [i, detection] of [Detection.ROOT_CREDENTIALS_USED, Detection.AUDIT_TRAIL_CHANGES, Detection.PURCHASES_AND_RELEASES_BY_SUB_USERS,
    Detection.callsFromOutsideNetworks({ allowedCidrs: ['203.0.113.0/24'], includePlatformEvents: true })].entries()) {
    AuditTrack.onEvent(stack, `Detection${i}`, p('AuditEventRuleProps', { ruleName: `corpus-detection-${i}`, eventBusId: 'eb-0123abcd', detection, provider: gz }));
  }
  AuditTrack.onEvent(stack, 'ToCls', {
    ruleName: 'corpus-to-cls',
    eventBusId: 'eb-0123abcd',
    products: ['cos'],
    target: { type: AuditEventTargetType.CLS, resourceDescription: 'qcs::cls:ap-guangzhou:uin/100012345678:topic/a1b2c3d4-0000-4000-8000-000000000002' },
  });
  // No eventBusId: the service event bus is looked up at plan time (data.tencentcloud_eb_bus), validated against the real schema.
  AuditTrack.onEvent(stack, 'LookedUp', {
    ruleName: 'corpus-looked-up-bus',
    products: ['cam'],
    target: { type: AuditEventTargetType.SCF, resourceDescription: 'qcs::scf:ap-guangzhou:uin/100012345678:namespace/default/function/audit-alert/$LATEST' },
    provider: gz,
  });
}

/** The corpus app, writing to `outdir`, with AuditChecks on (reports and a quota). */
export function buildCorpus(outdir: string): App {
  const app = new App({ outdir });
  Aspects.of(app).add(new AuditChecks(p('AuditChecksProps', { quota: 20, reports: true })));
  cosStack(app);
  clsStack(app);
  orgStack(app);
  eventStack(app);
  return app;
}
