import { TerraformStack, Testing } from 'cdktf';
import {
  ActionType, AlarmLevel, AuditTrack, ClsAlarm, ClsAlarmOptions, ClsDestination, NoticeChannel, NoticeReceiverType, NoticeTrigger,
  SensitiveOperations,
} from '../src';
import { expectCode, newStack, only, resourcesOf, synth, warningsOf } from './support';
import { review } from '../src/review/engine';
import { fromConfig } from '../src/review/normalize';

function dest(stack: TerraformStack): ClsDestination {
  return new ClsDestination(stack, 'Logs', { region: 'ap-guangzhou', logsetName: 'audit', topicName: 'events' });
}
const base: ClsAlarmOptions = { alarmName: 'cam-key-changes', preset: SensitiveOperations.CAM_KEY_CHANGES, noticeIds: ['notice-1'] };
function alarm(options: Partial<ClsAlarmOptions> & Record<string, unknown> = {}): { stack: TerraformStack; a: ClsAlarm } {
  const { stack } = newStack();
  const a = dest(stack).addAlarm('A', { ...base, ...options } as ClsAlarmOptions);
  return { stack, a };
}

describe('addAlarm with a preset and existing notices', () => {
  const { stack, a } = alarm();
  const doc = synth(stack);
  const r = only(doc, 'tencentcloud_cls_alarm');
  test('watches the audit topic and logset', () => {
    expect(r.alarm_targets).toEqual([expect.objectContaining({
      topic_id: expect.stringMatching(/^\$\{tencentcloud_cls_topic\./),
      logset_id: expect.stringMatching(/^\$\{tencentcloud_cls_logset\./),
      number: 1,
      start_time_offset: -5,
      end_time_offset: 0,
    })]);
  });
  test('the query counts the preset events', () => {
    expect(r.alarm_targets[0].query).toBe(SensitiveOperations.CAM_KEY_CHANGES.query);
    expect(a.query).toContain('resourceType:"cam" AND (eventName:"CreateAccessKey" OR');
    expect(a.query).toMatch(/\| select count\(\*\) as events$/);
  });
  test('defaults: every 5 minutes, first match, repeat every 15 minutes, Warn, on', () => {
    expect(r).toMatchObject({ monitor_time: { type: 'Period', time: 5 }, condition: '$1.events > 0', trigger_count: 1, alarm_period: 15, alarm_level: 0, status: true, alarm_notice_ids: ['notice-1'] });
  });
  test('no notice group is created', () => expect(resourcesOf(doc, 'tencentcloud_cls_alarm_notice')).toHaveLength(0));
});

describe('addAlarm with notify and a custom query', () => {
  const { stack } = alarm({
    preset: undefined,
    noticeIds: undefined,
    query: 'eventName:"DeleteBucket" | select count(*) as n',
    condition: '$1.n > 2',
    intervalMinutes: 10,
    windowMinutes: 60,
    triggerCount: 3,
    alarmPeriodMinutes: 0,
    level: AlarmLevel.CRITICAL,
    enabled: false,
    notify: {
      receiverIds: [200, 100],
      receiverType: NoticeReceiverType.GROUP,
      channels: [NoticeChannel.SMS, NoticeChannel.EMAIL],
      noticeOn: NoticeTrigger.TRIGGER,
    },
  });
  const doc = synth(stack);
  const r = only(doc, 'tencentcloud_cls_alarm');
  const n = only(doc, 'tencentcloud_cls_alarm_notice');
  test('passes the settings through', () => {
    expect(r).toMatchObject({ condition: '$1.n > 2', monitor_time: { time: 10 }, trigger_count: 3, alarm_period: 0, alarm_level: 2, status: false });
    expect(r.alarm_targets[0]).toMatchObject({ query: 'eventName:"DeleteBucket" | select count(*) as n', start_time_offset: -60, end_time_offset: 0 });
  });
  test('creates the notice group and links it', () => {
    expect(n).toMatchObject({ name: 'cam-key-changes', type: 'Trigger', notice_receivers: [{ receiver_type: 'Group', receiver_ids: [100, 200], receiver_channels: ['Sms', 'Email'] }] });
    expect(r.alarm_notice_ids).toEqual([expect.stringMatching(/^\$\{tencentcloud_cls_alarm_notice\./)]);
  });
});

test('ClsAlarm works on an adopted topic by id', () => {
  const { stack } = newStack();
  new ClsAlarm(stack, 'A', { ...base, logsetId: 'ls-1', topicId: 'tp-1', notify: undefined });
  expect(only(synth(stack), 'tencentcloud_cls_alarm').alarm_targets[0]).toMatchObject({ logset_id: 'ls-1', topic_id: 'tp-1' });
});

describe('SensitiveOperations presets', () => {
  const presets = [
    SensitiveOperations.CAM_USER_CHANGES, SensitiveOperations.CAM_POLICY_CHANGES, SensitiveOperations.CAM_ROLE_CHANGES,
    SensitiveOperations.CAM_KEY_CHANGES, SensitiveOperations.CAM_LOGIN_SECURITY_CHANGES, SensitiveOperations.CLOUDAUDIT_TRACK_CHANGES,
    SensitiveOperations.SECURITY_GROUP_CHANGES, SensitiveOperations.NETWORK_CHANGES,
  ];
  test.each(presets.map((p) => [p.title, p]))('%s is valid, sorted and without duplicates', (_, p) => {
    expect(p._violations('preset')).toEqual([]);
    expect(p.eventNames).toEqual([...p.eventNames].sort());
    expect(new Set(p.eventNames).size).toBe(p.eventNames.length);
    expect(p.query.startsWith(`resourceType:"${p.product}" AND (`)).toBe(true);
  });
  test('cover CAM users/policies/keys, CloudAudit tracking sets and security groups', () => {
    expect(SensitiveOperations.CAM_USER_CHANGES.eventNames).toContain('DeleteUser');
    expect(SensitiveOperations.CAM_POLICY_CHANGES.eventNames).toContain('AttachUserPolicy');
    expect(SensitiveOperations.CAM_KEY_CHANGES.eventNames).toContain('CreateAccessKey');
    expect(SensitiveOperations.CLOUDAUDIT_TRACK_CHANGES.eventNames).toEqual(expect.arrayContaining(['DeleteAuditTrack', 'StopLogging']));
    expect(SensitiveOperations.SECURITY_GROUP_CHANGES.eventNames).toContain('ModifySecurityGroupPolicies');
  });
  test('custom sets are accepted', () => {
    const { stack } = alarm({ preset: SensitiveOperations.custom('cvm', 'Instances terminated', ['TerminateInstances']) });
    expect(only(synth(stack), 'tencentcloud_cls_alarm').alarm_targets[0].query).toBe('resourceType:"cvm" AND (eventName:"TerminateInstances") | select count(*) as events');
  });
  test.each([
    ['CA104', SensitiveOperations.custom('CVM', 't', ['TerminateInstances'])],
    // "*" is a valid resourceType (CA104) but not one product: its own code.
    ['CA729', SensitiveOperations.custom('*', 't', ['TerminateInstances'])],
    ['CA727', SensitiveOperations.custom('cvm', 't', [])],
    ['CA727', SensitiveOperations.custom('cvm', 't', ['*'])],
    ['CA727', SensitiveOperations.custom('cvm', 't', ['A', 'A'])],
  ])('custom sets are refused with %s', (code, preset) => {
    expectCode(() => alarm({ preset }), code);
  });
});

describe('rules', () => {
  const accept: Array<[string, Record<string, unknown>]> = [
    ['CA701', { alarmName: 'a'.repeat(255) }],
    ['CA702', { triggerCount: 2000 }],
    ['CA702', { triggerCount: 1 }],
    ['CA703', { alarmPeriodMinutes: 0 }],
    ['CA703', { alarmPeriodMinutes: 1440 }],
    ['CA704', { intervalMinutes: 1 }],
    ['CA704', { intervalMinutes: 1440 }],
    ['CA705', { windowMinutes: 1440 }],
    ['CA706', { preset: undefined, query: 'x' }],
    ['CA707', { noticeIds: undefined, notify: { receiverIds: [1] } }],
    ['CA708', { noticeIds: undefined, notify: { receiverIds: [1, 2], channels: [NoticeChannel.PHONE, NoticeChannel.WECHAT] } }],
    ['CA709', { condition: '$1.events >= 1' }],
  ];
  test.each(accept)('%s accepts %p', (_, options) => {
    expect(() => synth(alarm(options).stack)).not.toThrow();
  });
  const refuse: Array<[string, Record<string, unknown>, string]> = [
    ['CA701', { alarmName: '' }, 'alarmName'],
    ['CA701', { alarmName: 'a|b' }, 'alarmName'],
    ['CA701', { alarmName: '告'.repeat(86) }, 'alarmName'],
    ['CA701', { noticeIds: undefined, notify: { receiverIds: [1], noticeName: ' ' } }, 'notify.noticeName'],
    ['CA702', { triggerCount: 0 }, 'triggerCount'],
    ['CA702', { triggerCount: 2001 }, 'triggerCount'],
    ['CA702', { triggerCount: 1.5 }, 'triggerCount'],
    ['CA703', { alarmPeriodMinutes: -1 }, 'alarmPeriodMinutes'],
    ['CA703', { alarmPeriodMinutes: 1441 }, 'alarmPeriodMinutes'],
    ['CA704', { intervalMinutes: 0 }, 'intervalMinutes'],
    ['CA704', { intervalMinutes: 1441 }, 'intervalMinutes'],
    ['CA705', { windowMinutes: 0 }, 'windowMinutes'],
    ['CA705', { windowMinutes: 1441 }, 'windowMinutes'],
    ['CA706', { query: 'x' }, 'query'],
    ['CA706', { preset: undefined }, 'preset'],
    ['CA706', { preset: undefined, query: '  ' }, 'query'],
    ['CA707', { notify: { receiverIds: [1] } }, 'noticeIds'],
    ['CA707', { noticeIds: undefined }, 'notify'],
    ['CA710', { noticeIds: [] }, 'noticeIds'],
    ['CA710', { noticeIds: ['a', 'a'] }, 'noticeIds'],
    ['CA708', { noticeIds: undefined, notify: { receiverIds: [] } }, 'notify.receiverIds'],
    ['CA708', { noticeIds: undefined, notify: { receiverIds: [1.5] } }, 'notify.receiverIds'],
    ['CA708', { noticeIds: undefined, notify: { receiverIds: [1], channels: [] } }, 'notify.channels'],
    ['CA708', { noticeIds: undefined, notify: { receiverIds: [1], channels: [NoticeChannel.SMS, NoticeChannel.SMS] } }, 'notify.channels'],
    ['CA709', { condition: ' ' }, 'condition'],
  ];
  test.each(refuse)('%s refuses %p', (code, options, field) => {
    const e = expectCode(() => alarm(options), code);
    expect(e.field).toBe(field);
    expect(e.message).toContain('test/Logs/A');
  });
  test('a preset of the wrong type is refused with CA001', () => {
    expectCode(() => alarm({ preset: { product: 'cam' } as unknown as SensitiveOperations }), 'CA001');
  });
  test('a refused alarm writes nothing', () => {
    const { stack } = newStack();
    const d = dest(stack);
    expectCode(() => d.addAlarm('A', { ...base, triggerCount: 0 }), 'CA702');
    expect(resourcesOf(JSON.parse(Testing.synth(stack)), 'tencentcloud_cls_alarm')).toHaveLength(0);
  });
});

describe('issue #10 item 10: an alarm no delivering track can feed is flagged (CA711)', () => {
  const ca711 = (stack: TerraformStack) => {
    synth(stack);
    return warningsOf(stack).filter((w) => w.includes('[CA711 '));
  };
  function withTrack(props: Record<string, unknown> | null): TerraformStack {
    const { stack } = newStack();
    const logs = dest(stack);
    if (props) new AuditTrack(stack, 'T', { trackName: 'events', destination: logs, ...props });
    logs.addAlarm('Keys', base);
    return stack;
  }
  test('only track records cvm: warns', () => {
    expect(ca711(withTrack({ resourceType: 'cvm', eventNames: ['*'] }))).toEqual([expect.stringMatching(/CA711 AlarmNeverFires\] query: no enabled tracking set delivering to the alarm's topic records cam CreateAccessKey.*\(events\): the alarm can never fire.*\[ack: CA711\]$/)]);
  });
  test('only track records Read: warns', () => {
    expect(ca711(withTrack({ actionType: ActionType.READ }))).toHaveLength(1);
  });
  test('only track is disabled: warns', () => {
    expect(ca711(withTrack({ enabled: false }))).toHaveLength(1);
  });
  test('no track delivers to the topic: warns', () => {
    expect(ca711(withTrack(null))).toEqual([expect.stringMatching(/no tracking set in this app delivers to the alarm's topic/)]);
  });
  test.each([
    [{}],
    [{ resourceType: 'cam', eventNames: ['*'], actionType: ActionType.WRITE }],
    [{ resourceType: 'cam', eventNames: ['DeleteAccessKey'] }],
  ])('a track recording the watched operations (%p): no warning', (props) => {
    expect(ca711(withTrack(props))).toEqual([]);
  });
  test('the review finds it on Terraform (API-015, code CA711)', () => {
    const stack = withTrack({ resourceType: 'cvm', eventNames: ['*'] });
    const findings = review({ name: 't', file: 'cdk.tf.json', kind: 'cdktf', resources: fromConfig(stack.toTerraform(), 'cdk.tf.json') }).findings;
    expect(findings.filter((f) => f.code === 'CA711')).toEqual([expect.objectContaining({ ruleId: 'API-015', level: 'warning' })]);
    const ok = withTrack({});
    expect(review({ name: 't', file: 'cdk.tf.json', kind: 'cdktf', resources: fromConfig(ok.toTerraform(), 'cdk.tf.json') }).findings.filter((f) => f.code === 'CA711')).toEqual([]);
  });
});
