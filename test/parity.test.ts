/**
 * Parity: every API rule the constructs enforce is found by the review on Terraform, with the same
 * code. For each rule code, the table holds construct props the library refuses and the equivalent
 * hand-written Terraform; the Terraform runs through the review twice, as a JSON configuration and as
 * a `terraform show -json` plan. The reverse direction: what the constructs synthesize from valid
 * props passes the review without any API finding.
 */
import { TerraformStack, Testing, Token } from 'cdktf';
import { addAlarm, addEventRule, addEventsTrack, CAM_PATTERN, compliantDoc, track as tfTrack } from './review/support';
import { newStack, warningsOf } from './support';
import {
  AuditEventTargetType, AuditTrack, ClsAlarm, ClsDestination, CloudAuditEventType, CloudAuditServiceRole, CosDestination, CosStorageClass,
  CkafkaDestination,
  IAuditDestination, NoticeChannel, OrgWideTrack, SensitiveOperations, tencentcloud,
} from '../src';
import { review } from '../src/review/engine';
import { fromConfig, fromPlan } from '../src/review/normalize';
import { RULES } from '../src/rules/index';
import { Rule } from '../src/rules/rule';

// ---------------------------------------------------------------- construct side

function cos(s: TerraformStack, props: object = {}): IAuditDestination {
  return new CosDestination(s, 'Logs', { bucketName: 'audit-logs', region: 'ap-guangzhou', appId: '1250000000', ...props } as any);
}
function cls(s: TerraformStack, props: object = {}): ClsDestination {
  return new ClsDestination(s, 'Events', { region: 'ap-guangzhou', logsetName: 'cloudaudit', topicName: 'events', ...props } as any);
}
function track(props: object): void {
  const { stack } = newStack();
  new AuditTrack(stack, 'Track', { trackName: 'org-audit', destination: cos(stack), ...props } as any);
}
function alarm(props: object): void {
  const { stack } = newStack();
  cls(stack).addAlarm('Alarm', { alarmName: 'cam-key-changes', preset: SensitiveOperations.CAM_KEY_CHANGES, noticeIds: ['notice-1'], ...props } as any);
}
function eventRule(props: object): void {
  const { stack } = newStack();
  AuditTrack.onEvent(stack, 'Rule', { ruleName: 'cam-writes', eventBusId: 'eb-abc123', products: ['cam'], ...props } as any);
}
function org(props: object): void {
  const { stack } = newStack();
  new OrgWideTrack(stack, 'Org', { trackName: 'org-wide', destination: cos(stack), ...props } as any);
}

const REPLICA = { bucketName: 'audit-replica', region: 'ap-shanghai', role: 'qcs::cam::uin/100000000001:uin/100000000001', existing: true };

// ---------------------------------------------------------------- Terraform side

type Doc = any;
const r = (d: Doc, type: string) => (d.resource[type] ??= {});
const all = (d: Doc) => d.resource.tencentcloud_audit_track.all;
const clsTrack = (d: Doc) => d.resource.tencentcloud_audit_track.cls;
const bucket = (d: Doc) => d.resource.tencentcloud_cos_bucket.logs;
const topic = (d: Doc) => d.resource.tencentcloud_cls_topic.events;
interface Case {
  /**
   * Builds constructs from props the library refuses with the code: it throws, or returns a stack
   * whose synth fails or warns with the code.
   */
  readonly construct: () => unknown;
  /** Breaks the same rule in hand-written Terraform (a compliant document). */
  readonly terraform: (doc: Doc) => void;
}

const CASES: Record<string, Case> = {
  CA101: { construct: () => track({ trackName: 'ab' }), terraform: (d) => { all(d).name = 'ab'; } },
  CA102: {
    construct: () => { const { stack } = newStack(); const dest = cos(stack); new AuditTrack(stack, 'A', { trackName: 'org-audit', destination: dest }); new AuditTrack(stack, 'B', { trackName: 'org-audit', destination: dest }); },
    terraform: (d) => { clsTrack(d).name = 'org-audit'; },
  },
  CA103: { construct: () => track({ actionType: 'read' }), terraform: (d) => { all(d).action_type = 'read'; } },
  CA104: { construct: () => track({ resourceType: 'CVM' }), terraform: (d) => { all(d).resource_type = 'CVM'; } },
  CA105: { construct: () => track({ resourceType: '*', eventNames: ['DeleteUser'] }), terraform: (d) => { all(d).event_names = ['DeleteUser']; } },
  CA106: {
    construct: () => track({ resourceType: 'cam', eventNames: Array.from({ length: 11 }, (_, i) => `Api${i}`) }),
    terraform: (d) => { Object.assign(all(d), { resource_type: 'cam', event_names: Array.from({ length: 11 }, (_, i) => `Api${i}`) }); },
  },
  CA107: { construct: () => track({ resourceType: 'cam', eventNames: ['*', 'DeleteUser'] }), terraform: (d) => { Object.assign(all(d), { resource_type: 'cam', event_names: ['*', 'DeleteUser'] }); } },
  CA108: { construct: () => track({ resourceType: 'cam', eventNames: ['Delete User'] }), terraform: (d) => { Object.assign(all(d), { resource_type: 'cam', event_names: ['Delete User'] }); } },
  CA116: { construct: () => track({ resourceType: 'cam', eventNames: ['*Create*'] }), terraform: (d) => { Object.assign(all(d), { resource_type: 'cam', event_names: ['*Create*'] }); } },
  CA115: {
    construct: () => { const { stack } = newStack(); new AuditTrack(stack, 'Track', { trackName: 'org-audit', destination: { storageType: 'ap-guangzhou', storageRegion: 'cos', storageName: 'audit-logs', storagePrefix: 'cloudaudit', createsStorage: false, dependables: [] } as any }); },
    terraform: (d) => { Object.assign(all(d).storage, { storage_type: 'ap-guangzhou', storage_region: 'cos' }); },
  },
  CA109: { construct: () => track({ resourceType: 'cam', eventNames: ['DeleteUser', 'DeleteUser'] }), terraform: (d) => { Object.assign(all(d), { resource_type: 'cam', event_names: ['DeleteUser', 'DeleteUser'] }); } },
  CA112: {
    construct: () => track({ selectors: [{ resourceType: '*' }, { resourceType: 'cam' }] }),
    terraform: (d) => addEventsTrack(d, [{ resource_type: '*', action_type: '*', event_names: ['*'] }, { resource_type: 'cam', action_type: '*', event_names: ['*'] }]),
  },
  CA113: {
    construct: () => track({ selectors: [{ resourceType: 'cam', eventNames: ['DeleteUser'] }, { resourceType: 'cam', eventNames: ['CreateUser'] }] }),
    terraform: (d) => addEventsTrack(d, [{ resource_type: 'cam', action_type: '*', event_names: ['DeleteUser'] }, { resource_type: 'cam', action_type: '*', event_names: ['CreateUser'] }]),
  },
  CA201: { construct: () => cos(newStack().stack, { bucketName: 'Audit_Logs' }), terraform: (d) => { all(d).storage.storage_name = 'Audit_Logs'; } },
  CA202: { construct: () => cos(newStack().stack, { bucketName: 'a'.repeat(50) }), terraform: (d) => { bucket(d).bucket = `${'a'.repeat(50)}-1250000000`; } },
  CA203: { construct: () => cos(newStack().stack, { bucketName: 'audit-logs-1250000000' }), terraform: (d) => { all(d).storage.storage_name = 'audit-logs-1250000000'; } },
  CA204: { construct: () => cos(newStack().stack, { appId: '125000' }), terraform: (d) => { bucket(d).bucket = 'audit-logs-125000'; } },
  CA205: { construct: () => cos(newStack().stack, { prefix: 'audit/logs' }), terraform: (d) => { all(d).storage.storage_prefix = 'audit/logs'; } },
  CA206: { construct: () => cos(newStack().stack, { kmsKeyId: 'key-123' }), terraform: (d) => { bucket(d).kms_id = 'key-123'; } },
  CA207: { construct: () => cos(newStack().stack, { retentionDays: 0 }), terraform: (d) => { bucket(d).lifecycle_rules[0].expiration.days = 0; } },
  CA209: {
    construct: () => cos(newStack().stack, { objectLockDays: 40000 }),
    terraform: (d) => { bucket(d).object_lock_configuration.rule.days = 40000; },
  },
  CA210: {
    construct: () => { const { stack } = newStack(); cos(stack); new CosDestination(stack, 'Again', { bucketName: 'audit-logs', region: 'ap-guangzhou', appId: '1250000000' }); },
    terraform: (d) => { d.resource.tencentcloud_cos_bucket.again = { ...bucket(d) }; },
  },
  CA211: {
    construct: () => cos(newStack().stack, { retentionDays: 365, objectLockDays: 400 }),
    terraform: (d) => { bucket(d).lifecycle_rules = [{ filter_prefix: 'cloudaudit/', expiration: { days: 365 } }]; bucket(d).object_lock_configuration = { enabled: true, rule: { days: 400 } }; },
  },
  CA212: { construct: () => cos(newStack().stack, { accessLogs: { bucketName: 'audit-access', prefix: '' } }), terraform: (d) => { delete bucket(d).log_prefix; } },
  CA214: {
    construct: () => cos(newStack().stack, { versioned: false, replica: REPLICA }),
    terraform: (d) => { bucket(d).versioning_enable = false; },
  },
  CA215: { construct: () => cos(newStack().stack, { replica: { ...REPLICA, role: 'root' } }), terraform: (d) => { bucket(d).replica_role = 'root'; } },
  CA216: {
    construct: () => cos(newStack().stack, { replica: { ...REPLICA, bucketName: 'audit-logs', region: 'ap-guangzhou' } }),
    terraform: (d) => { bucket(d).replica_rules[0].destination_bucket = 'audit-replica'; },
  },
  CA217: {
    construct: () => cos(newStack().stack, { region: 'ap-tokyo', multiAz: true }),
    terraform: (d) => { d.provider = { tencentcloud: [{ region: 'ap-tokyo' }] }; bucket(d).multi_az = true; },
  },
  CA218: {
    construct: () => cos(newStack().stack, { multiAz: true, versioned: false }),
    terraform: (d) => { Object.assign(bucket(d), { multi_az: true, versioning_enable: false }); },
  },
  CA219: {
    construct: () => cos(newStack().stack, { retentionDays: 365, transitions: [{ days: 400, storageClass: CosStorageClass.STANDARD_IA }] }),
    terraform: (d) => { bucket(d).lifecycle_rules[0].transition = [{ days: 400, storage_class: 'STANDARD_IA' }]; },
  },
  CA220: {
    construct: () => cos(newStack().stack, { transitions: [{ days: 30, storageClass: CosStorageClass.MAZ_STANDARD_IA }] }),
    terraform: (d) => { bucket(d).lifecycle_rules[0].transition = [{ days: 30, storage_class: 'GLACIER' }]; },
  },
  CA227: { construct: () => cos(newStack().stack, { multiAz: true, objectLockDays: 30 }), terraform: (d) => { bucket(d).multi_az = true; } },
  CA301: { construct: () => cls(newStack().stack, { retentionDays: 3700 }), terraform: (d) => { topic(d).period = 3700; } },
  CA302: { construct: () => cls(newStack().stack, { hotPeriodDays: 3 }), terraform: (d) => { topic(d).hot_period = 3; } },
  CA303: { construct: () => cls(newStack().stack, { topicName: 'cls_service_log' }), terraform: (d) => { topic(d).topic_name = 'cls_service_log'; } },
  CA304: { construct: () => cls(newStack().stack, { logsetName: 'audit|logs' }), terraform: (d) => { r(d, 'tencentcloud_cls_logset').l = { logset_name: 'audit|logs' }; } },
  CA305: {
    construct: () => ClsDestination.fromTopicId(newStack().stack, 'Topic', { topicId: 'a topic', region: 'ap-guangzhou' }),
    terraform: (d) => { clsTrack(d).storage.storage_name = 'a topic'; },
  },
  CA306: { construct: () => cls(newStack().stack, { prefix: ' ' }), terraform: (d) => { clsTrack(d).storage.storage_prefix = ' '; } },
  CA307: { construct: () => cls(newStack().stack, { partitionCount: 11 }), terraform: (d) => { topic(d).partition_count = 11; } },
  CA308: { construct: () => cls(newStack().stack, { maxSplitPartitions: 0 }), terraform: (d) => { topic(d).max_split_partitions = 0; } },
  CA309: { construct: () => cls(newStack().stack, { storageType: 'warm' }), terraform: (d) => { topic(d).storage_type = 'warm'; } },
  CA310: {
    construct: () => cls(newStack().stack, { region: 'ap-hongkong', encrypted: true }),
    terraform: (d) => { d.provider = { tencentcloud: [{ region: 'ap-hongkong' }] }; topic(d).encryption = 1; },
  },
  CA311: {
    construct: () => cls(newStack().stack, { encrypted: false, kmsKey: { keyId: 'key-1', region: 'ap-guangzhou' } }),
    terraform: (d) => { topic(d).custom_kms_info = { kms_key_id: 'key-1', kms_region: 'ap-guangzhou' }; },
  },
  CA401: { construct: () => cos(newStack().stack, { region: 'ap-guangzhuo' }), terraform: (d) => { all(d).storage.storage_region = 'ap-guangzhuo'; } },
  CA402: {
    construct: () => { const stack = providerStack('ap-shanghai'); cos(stack); return stack; },
    terraform: (d) => { d.provider = { tencentcloud: [{ region: 'ap-shanghai' }] }; },
  },
  CA452: {
    construct: () => { const stack = providerStack('ap-mumbai'); CosDestination.fromExistingBucket(stack, 'Logs', { bucketName: 'audit-logs', region: 'ap-mumbai' }); return stack; },
    terraform: (d) => { all(d).storage.storage_region = 'ap-mumbai'; },
  },
  CA453: {
    construct: () => { const stack = providerStack(undefined); cos(stack, { region: 'ap-hongkong' }); return stack; },
    terraform: (d) => { d.provider = { tencentcloud: [{}] }; all(d).storage.storage_region = 'ap-hongkong'; },
  },
  CA501: {
    construct: () => org({ storageAccountId: 'abc', storageAppId: '1250000001' }),
    terraform: (d) => { Object.assign(all(d).storage, { storage_account_id: 'abc', storage_app_id: '1250000001' }); },
  },
  CA502: {
    construct: () => org({ storageAccountId: '100012345678', storageAppId: '12' }),
    terraform: (d) => { Object.assign(all(d).storage, { storage_account_id: '100012345678', storage_app_id: '12' }); },
  },
  CA503: { construct: () => org({ storageAccountId: '100012345678' }), terraform: (d) => { all(d).storage.storage_account_id = '100012345678'; } },
  CA701: { construct: () => alarm({ alarmName: 'a|b' }), terraform: (d) => addAlarm(d, { name: 'a|b' }) },
  CA702: { construct: () => alarm({ triggerCount: 0 }), terraform: (d) => addAlarm(d, { trigger_count: 0 }) },
  CA703: { construct: () => alarm({ alarmPeriodMinutes: 2000 }), terraform: (d) => addAlarm(d, { alarm_period: 2000 }) },
  CA704: { construct: () => alarm({ intervalMinutes: 0, windowMinutes: 5 }), terraform: (d) => addAlarm(d, { monitor_time: { type: 'Period', time: 0 } }) },
  CA705: {
    construct: () => alarm({ windowMinutes: 1441 }),
    terraform: (d) => addAlarm(d, { alarm_targets: [{ topic_id: 't', query: 'x | select count(*) as events', start_time_offset: -1441, end_time_offset: 0, number: 1 }] }),
  },
  CA706: {
    construct: () => alarm({ preset: undefined, query: '  ' }),
    terraform: (d) => addAlarm(d, { alarm_targets: [{ topic_id: 't', query: '  ', start_time_offset: -5, end_time_offset: 0, number: 1 }] }),
  },
  CA708: {
    construct: () => alarm({ noticeIds: undefined, notify: { receiverIds: [1], channels: [NoticeChannel.SMS, NoticeChannel.SMS] } }),
    terraform: (d) => { r(d, 'tencentcloud_cls_alarm_notice').n = { name: 'notice', type: 'All', notice_receivers: [{ receiver_type: 'Uin', receiver_ids: [1], receiver_channels: ['Sms', 'Sms'] }] }; },
  },
  CA709: { construct: () => alarm({ condition: ' ' }), terraform: (d) => addAlarm(d, { condition: ' ' }) },
  CA710: { construct: () => alarm({ noticeIds: ['a', 'a'] }), terraform: (d) => addAlarm(d, { alarm_notice_ids: ['a', 'a'] }) },
  CA711: {
    construct: () => { const { stack } = newStack(); const d = cls(stack); new AuditTrack(stack, 'T', { trackName: 'cvm-only', destination: d, resourceType: 'cvm', eventNames: ['*'] }); d.addAlarm('Alarm', { alarmName: 'cam-key-changes', preset: SensitiveOperations.CAM_KEY_CHANGES, noticeIds: ['notice-1'] }); return stack; },
    terraform: (d) => { addAlarm(d); clsTrack(d).resource_type = 'cvm'; },
  },
  CA712: {
    construct: () => { const { stack } = newStack(); new ClsAlarm(stack, 'Alarm', { alarmName: 'cam-key-changes', logsetId: 'l', topicId: 't', preset: SensitiveOperations.CAM_KEY_CHANGES, noticeIds: ['notice-1'] }); return stack; },
    terraform: (d) => addAlarm(d),
  },
  CA721: { construct: () => eventRule({ ruleName: '1' }), terraform: (d) => addEventRule(d, CAM_PATTERN, { rule_name: '1' }) },
  CA722: { construct: () => eventRule({ products: ['CAM'] }), terraform: (d) => addEventRule(d, { source: ['CAM.cloud.tencent'], type: ['CAM:CloudEvent:ApiCall'] }) },
  CA723: {
    construct: () => eventRule({ eventTypes: [CloudAuditEventType.API_CALL, CloudAuditEventType.API_CALL] }),
    terraform: (d) => addEventRule(d, { source: ['cam.cloud.tencent'], type: ['cam:CloudEvent:Nope'] }),
  },
  CA120: {
    construct: () => { const { stack } = newStack(); new AuditTrack(stack, 'Track', { trackName: 'org-audit', destination: { storageType: Token.asString({ Ref: 't' }), storageRegion: 'ap-guangzhou', storageName: '', storagePrefix: 'cloudaudit', createsStorage: false, dependables: [] } as any }); },
    terraform: (d) => { Object.assign(all(d).storage, { storage_type: 'oss', storage_name: '' }); },
  },
  CA121: {
    construct: () => { const { stack } = newStack(); new AuditTrack(stack, 'Track', { trackName: 'org-audit', destination: { storageType: Token.asString({ Ref: 't' }), storageRegion: 'ap-guangzhou', storageName: 'audit-logs', storagePrefix: '', createsStorage: false, dependables: [] } as any }); },
    terraform: (d) => { Object.assign(all(d).storage, { storage_type: 'oss', storage_prefix: '' }); },
  },
  CA122: {
    construct: () => { const { stack } = newStack(); new AuditTrack(stack, 'Track', { trackName: 'org-audit', destination: CkafkaDestination.fromExistingTopic(stack, 'Siem', { instanceId: 'ckafka-8t2xqm1p', topicName: 'a/b', region: 'ap-guangzhou' }) }); },
    terraform: (d) => { Object.assign(all(d).storage, { storage_type: 'ckafka', storage_name: 'cloudaudit-events' }); },
  },
  CA504: {
    construct: () => {
      const stack = providerStack('ap-guangzhou');
      const archive = new tencentcloud.provider.TencentcloudProvider(stack, 'archive', { alias: 'archive', region: 'ap-guangzhou', assumeRole: [{ roleArn: 'qcs::cam::uin/200000000002:roleName/Archive', sessionName: 'tf', sessionDuration: 3600 }] });
      new AuditTrack(stack, 'Track', { trackName: 'org-audit', destination: cos(stack, { provider: archive }) });
      return stack;
    },
    terraform: (d) => {
      d.provider = { tencentcloud: [{ region: 'ap-guangzhou' }, { alias: 'archive', region: 'ap-guangzhou', assume_role: { role_arn: 'qcs::cam::uin/200000000002:roleName/Archive', session_name: 'tf' } }] };
      bucket(d).provider = 'tencentcloud.archive';
    },
  },
  CA724: { construct: () => eventRule({ description: 'x'.repeat(201) }), terraform: (d) => addEventRule(d, CAM_PATTERN, { description: 'x'.repeat(201) }) },
  CA725: { construct: () => eventRule({ eventBusId: ' ' }), terraform: (d) => addEventRule(d, CAM_PATTERN, { event_bus_id: ' ' }) },
  CA726: {
    construct: () => eventRule({ target: { type: AuditEventTargetType.SCF, resourceDescription: 'not-a-qcs-string' } }),
    terraform: (d) => { r(d, 'tencentcloud_eb_event_target').t = { event_bus_id: 'eb-abc123', rule_id: 'r', type: 'scf', target_description: { resource_description: 'not-a-qcs-string' } }; },
  },
  CA727: { construct: () => eventRule({ eventNames: ['*'] }), terraform: (d) => addEventRule(d, { ...CAM_PATTERN, data: { eventName: ['*'] } }) },
  CA751: {
    construct: () => { const stack = providerStack('ap-shanghai'); AuditTrack.onEvent(stack, 'Rule', { ruleName: 'cam-writes', eventBusId: 'eb-abc123', products: ['cam'] }); return stack; },
    terraform: (d) => { d.provider = { tencentcloud: [{ region: 'ap-guangzhou' }, { alias: 'sh', region: 'ap-shanghai' }] }; addEventRule(d, CAM_PATTERN, { provider: 'tencentcloud.sh' }); },
  },
  CA801: {
    construct: () => { const { stack } = newStack(); new CloudAuditServiceRole(stack, 'A'); new CloudAuditServiceRole(stack, 'B'); },
    terraform: (d) => { r(d, 'tencentcloud_cam_role').a = { name: 'CloudAudit_QCSRole', document: '{}' }; r(d, 'tencentcloud_cam_role').b = { name: 'CloudAudit_QCSRole', document: '{}' }; },
  },
  CA802: {
    construct: () => new CloudAuditServiceRole(newStack().stack, 'Role', { policyIds: ['AdministratorAccess'] }),
    terraform: (d) => { r(d, 'tencentcloud_cam_role_policy_attachment').p = { role_id: '${tencentcloud_cam_role.a.id}', policy_id: 'AdministratorAccess' }; },
  },
};

/** Codes the constructs raise: thrown at construction or synth, or warned at synth. */
function constructCodes(build: () => unknown): string[] {
  const codes = (text: string) => [...text.matchAll(/\[(CA\d{3})[ \]]/g)].map((m) => m[1]);
  let stack: unknown;
  try {
    stack = build();
    if (stack instanceof TerraformStack) Testing.synth(stack, true);
  } catch (e) {
    return codes((e as Error).message);
  }
  return stack instanceof TerraformStack ? stack.node.findAll().flatMap((x) => warningsOf(x)).flatMap(codes) : [];
}

/** A stack with a tencentcloud provider in `region` (undefined: none set). */
function providerStack(region: string | undefined): TerraformStack {
  const stack = new TerraformStack(Testing.app(), 'parity');
  new tencentcloud.provider.TencentcloudProvider(stack, 'tencentcloud', region ? { region } : {});
  return stack;
}

/** The API rules: registry rules the review runs on Terraform. */
const API_CODES = (RULES as readonly Rule[]).filter((x) => x.reads !== undefined && x.review !== undefined).map((x) => x.code).sort();

/** The same configuration as a `terraform show -json` plan: blocks become lists, as Terraform writes them. */
function asPlan(doc: Doc): Doc {
  const body = (o: object): object => Object.fromEntries(Object.entries(o).map(([k, x]) => [k, blocks(x)]));
  const blocks = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map((x) => (typeof x === 'object' && x !== null ? body(x) : x));
    return typeof v === 'object' && v !== null ? [body(v)] : v;
  };
  const resources: object[] = [];
  const configured: object[] = [];
  for (const [type, byName] of Object.entries(doc.resource as Record<string, Record<string, any>>)) {
    for (const [name, config] of Object.entries(byName)) {
      const values = Object.fromEntries(Object.entries(config).filter(([k]) => k !== 'lifecycle' && k !== '//' && k !== 'provider').map(([k, v]) => [k, blocks(v)]));
      resources.push({ address: `${type}.${name}`, mode: 'managed', type, name, provider_name: 'registry.terraform.io/tencentcloudstack/tencentcloud', values });
      configured.push({ address: `${type}.${name}`, mode: 'managed', type, name, provider_config_key: config.provider ?? 'tencentcloud' });
    }
  }
  const providerConfig = Object.fromEntries((doc.provider?.tencentcloud ?? []).map((p: any) => [
    p.alias ? `tencentcloud.${p.alias}` : 'tencentcloud',
    {
      name: 'tencentcloud',
      ...(p.alias ? { alias: p.alias } : {}),
      expressions: {
        ...(p.region ? { region: { constant_value: p.region } } : {}),
        ...(p.assume_role ? { assume_role: [{ role_arn: { constant_value: p.assume_role.role_arn } }] } : {}),
      },
    },
  ]));
  return { format_version: '1.2', terraform_version: '1.9.8', planned_values: { root_module: { resources } }, configuration: { provider_config: providerConfig, root_module: { resources: configured } } };
}

function codesIn(resources: ReturnType<typeof fromConfig>): string[] {
  return review({ name: 'parity', file: 'main.tf.json', kind: 'terraform-json', resources }).findings.flatMap((f) => (f.code ? [f.code] : []));
}

/** Codes the review does not look for in Terraform, and why: none is an API rule with a Terraform attribute. */
const NOT_IN_TERRAFORM: Record<string, string> = {
  CA001: 'prop types (jsii languages); Terraform has its own schema',
  CA002: 'a construct id (construct paths are not in Terraform)',
  CA110: 'a construct argument (the destination object)',
  CA111: 'a props shape (selectors vs resourceType/eventNames)',
  CA114: 'a construct-model rule (a handed-out resource is never replaced)',
  CA117: 'a construct-model rule (the track and its marker are replaced destroy-first; a plan JSON has no lifecycle)',
  CA118: 'a construct prop (keepImported needs importTrackId)',
  CA208: 'this library\'s opt-in (allowShortRetention); the review\'s STO-006/STO-007 judge short retention',
  CA213: 'the review\'s STO-009 reports a bucket that logs its access into itself',
  CA221: 'a construct prop (kmsKeyRegion): kms_id names no region',
  CA222: 'tencentcloud_events_audit_track has no storage.compress: terraform validate refuses it',
  CA223: 'the review\'s STO-012 reports two tracks on one prefix',
  CA224: 'a construct prop (breakGlassPrincipal); the review\'s STO-010 reads the bucket policy itself',
  CA225: 'the review\'s STO-011 reports a replica in the bucket\'s own region',
  CA226: 'a construct prop (replica.kmsKeyId)',
  CA228: 'an advisory on conflicting COS documentation (object lock with replication)',
  CA404: 'which provider a construct given none gets: in Terraform an implicit empty provider is the documented default, not an attribute to read',
  CA405: 'Terraform itself refuses two default provider configurations (terraform validate: Duplicate provider configuration)',
  CA406: 'a construct argument (CloudAuditAccount.assign)',
  CA451: 'an advisory on documented region lists; the live COS list is checked at plan time (CA821)',
  CA601: 'acknowledgement input',
  CA602: 'acknowledgement input',
  CA603: 'review option',
  CA610: 'review input',
  CA611: 'review input',
  CA612: 'review input',
  CA613: 'review input',
  CA614: 'review input',
  CA615: 'review input',
  CA616: 'review usage',
  CA617: 'review output',
  CA618: 'review input (--baseline)',
  CA620: 'review input (HCL syntax)',
  CA621: 'review input (--var-file)',
  CA622: 'review input (--var)',
  CA623: 'review input (module sources)',
  CA630: 'review limits (too large to review)',
  CA631: 'review input (too complex to review)',
  CA632: 'review input (a link out of the reviewed folder)',
  CA633: 'review output',
  CA634: 'review input (not a regular file)',
  CA640: 'review input (--var-file)',
  CA641: 'review input (config file)',
  CA642: 'review input (roots of a monorepo)',
  CA900: 'a construct prop (the import id; Terraform import blocks are not a review subject)',
  CA901: 'a construct prop (importExisting needs a literal appId)',
  CA902: 'a construct prop (the CLS ids to import)',
  CA910: 'cloudaudit-import usage',
  CA911: 'cloudaudit-import input',
  CA912: 'cloudaudit-import input',
  CA913: 'cloudaudit-import input',
  CA914: 'cloudaudit-import input',
  CA915: 'cloudaudit-import input',
  CA916: 'cloudaudit-import input',
  CA917: 'cloudaudit-import input',
  CA918: 'cloudaudit-import output',
  CA919: 'cloudaudit-import result (a console track that breaks a rule)',
  CA920: 'cloudaudit-import input',
  CA921: 'cloudaudit-import output',
  CA930: 'cloudaudit-import result (a detail DescribeAuditTracks does not give)',
  CA707: 'a props choice (noticeIds or notify); Terraform has alarm_notice_ids only',
  CA713: 'the tracks of the app a detection\'s topic is fed by; on Terraform, CA711 judges what an alarm\'s query watches',
  CA714: 'a Detection\'s input (its CLS query is built at synth)',
  CA715: 'a Detection\'s input (its CLS query is built at synth)',
  CA716: 'a Detection\'s input (its CLS query is built at synth)',
  CA717: 'a Detection\'s input (its CLS query is built at synth)',
  CA718: 'a Detection\'s input (its CLS query is built at synth)',
  CA719: 'a ClsIndex prop; on Terraform the review reads the index for what alarms need (CA712)',
  CA728: 'a construct limitation (the pattern is built at synth from literal lists)',
  CA730: 'a props choice (products or a detection); Terraform has event_pattern only',
  CA729: 'a SensitiveOperations preset (CLS query built at synth)',
  CA752: 'checked by Terraform itself at plan time (a precondition on the data source tencentcloud_eb_bus)',
  CA821: 'checked by Terraform itself at plan time (a precondition)',
  CA831: 'a cdktf context value',
  CA851: 'the review\'s QTA-001 counts tracking sets per account',
};

test('the table covers every API rule code, and only those', () => {
  expect(Object.keys(CASES).sort()).toEqual(API_CODES);
});

test('every other code of the catalogue says why the review does not look for it in Terraform', () => {
  const others = (RULES as readonly Rule[]).map((x) => x.code).filter((c) => c.startsWith('CA') && !API_CODES.includes(c)).sort();
  expect(others).toEqual(Object.keys(NOT_IN_TERRAFORM).sort());
});

test('the compliant Terraform has no API finding, as configuration and as plan', () => {
  expect(codesIn(fromConfig(compliantDoc(), 'main.tf.json'))).toEqual([]);
  expect(codesIn(fromPlan(asPlan(compliantDoc()), 'plan.json'))).toEqual([]);
});

describe.each(Object.entries(CASES))('%s', (code, c) => {
  test('the constructs refuse the props', () => {
    expect(constructCodes(c.construct)).toContain(code);
  });
  test('the review flags the equivalent Terraform JSON configuration', () => {
    const doc = compliantDoc();
    c.terraform(doc);
    expect(codesIn(fromConfig(doc, 'main.tf.json'))).toContain(code);
  });
  test('the review flags the equivalent `terraform show -json` plan', () => {
    const doc = compliantDoc();
    c.terraform(doc);
    expect(codesIn(fromPlan(asPlan(doc), 'plan.json'))).toContain(code);
  });
});

/** Words of the TypeScript API: classes and enums of the library, and camelCase props. */
const CONSTRUCT_TERMS = new RegExp([
  '\\b(CosDestination|ClsDestination|TencentcloudProvider|ActionType|CosEncryption|SensitiveOperations|AuditTrack|OrgWideTrack',
  '|CloudAuditServiceRole|AuditEventRule|NoticeChannel|AuditEventTargetType|CloudAuditEventType|AuditChecks|enum|props?)\\b',
  '|\\b[a-z]+[A-Z][A-Za-z]*\\b',
].join(''));

describe('the fix is said in the input\'s terms', () => {
  const findingsOf = (doc: Doc, kind: 'cdktf' | 'terraform-json' | 'plan', code: string) => {
    const resources = kind === 'plan' ? fromPlan(asPlan(doc), 'plan.json') : fromConfig(doc, 'main.tf.json');
    return review({ name: 'fix', file: 'main.tf.json', kind, resources }).findings.filter((f) => f.code === code);
  };

  test.each(Object.entries(CASES))('%s: Terraform input gets a fix in attribute terms, cdktf output the construct fix', (code, c) => {
    const doc = compliantDoc();
    c.terraform(doc);
    for (const kind of ['terraform-json', 'plan'] as const) {
      const found = findingsOf(doc, kind, code);
      expect(found.length).toBeGreaterThan(0);
      // Quoted examples (a CLS query's fields) and event pattern keys (data.eventName) are Terraform values.
      const terms = (fix: string) => CONSTRUCT_TERMS.exec(fix.replace(/'[^']*'|data\.eventName/g, ''))?.[0];
      for (const f of found) expect({ code, kind, fix: f.fix, construct: terms(f.fix) }).toEqual({ code, kind, fix: f.fix, construct: undefined });
    }
    // cdktf output: the same findings, each with the construct fix the rule gives its props.
    const asTerraform = findingsOf(doc, 'terraform-json', code);
    const asCdktf = findingsOf(doc, 'cdktf', code);
    expect(asCdktf.map((f) => f.address)).toEqual(asTerraform.map((f) => f.address));
    // The problem is said in the input's terms too (the text after "Rule:" is the catalogue's own).
    const problem = (m: string) => m.replace(/^\[[^\]]*\] [^:]*: /, '').replace(/\. Rule: [\s\S]*$/, '').replace(/"[^"]*"|'[^']*'|\[[^\]]*\]/g, '');
    for (const f of asTerraform) {
      const construct = CONSTRUCT_TERMS.exec(problem(f.message))?.[0];
      expect({ code, problem: f.message, construct }).toEqual({ code, problem: f.message, construct: undefined });
    }
  });

  test('CA103 and CA203: the construct fix on cdktf output, the attribute fix on Terraform', () => {
    const doc = compliantDoc();
    all(doc).action_type = 'write';
    all(doc).storage.storage_name = 'audit-logs-1250000000';
    const fixes = (kind: 'cdktf' | 'terraform-json' | 'plan') => ['CA103', 'CA203'].map((code) => findingsOf(doc, kind, code)[0].fix);
    expect(fixes('cdktf')).toEqual(['use the ActionType enum: ActionType.READ, ActionType.WRITE or ActionType.ALL', 'remove the APPID suffix: bucketName "audit-logs" (pass the APPID as appId); if "1250000000" is not your APPID, pass your appId and the name is accepted']);
    expect(fixes('terraform-json')).toEqual(['use "Read", "Write" or "*"', 'remove the APPID suffix: storage_name "audit-logs"']);
    expect(fixes('plan')).toEqual(fixes('terraform-json'));
  });
});

test('what the constructs synthesize from valid props passes every API rule of the review', () => {
  const { stack } = newStack();
  const logs = cos(stack, { retentionDays: 365, objectLockDays: 365 });
  const events = cls(stack);
  new AuditTrack(stack, 'All', { trackName: 'org-audit', destination: logs, createServiceRole: true });
  new AuditTrack(stack, 'Multi', { trackName: 'multi-audit', destination: events, selectors: [{ resourceType: 'cam', eventNames: ['DeleteUser'] }, { resourceType: 'cvm' }] });
  events.addAlarm('Users', { alarmName: 'cam-user-changes', preset: SensitiveOperations.CAM_USER_CHANGES, notify: { receiverIds: [100012345678] } });
  AuditTrack.onEvent(stack, 'OnCam', { ruleName: 'cam-writes', eventBusId: 'eb-abc123', products: ['cam'], eventNames: ['DeleteUser'], target: { type: AuditEventTargetType.SCF, resourceDescription: 'qcs::scf:ap-guangzhou:uin/1:namespace/default/function/f/$LATEST' } });
  const doc = JSON.parse(Testing.synth(stack));
  expect(codesIn(fromConfig(doc, 'cdk.tf.json'))).toEqual([]);
  // Hand-written Terraform with the same shape as a track's: also clean.
  expect(codesIn(fromConfig({ resource: { tencentcloud_audit_track: { t: tfTrack('org-audit') } } }, 'main.tf.json'))).toEqual([]);
});
