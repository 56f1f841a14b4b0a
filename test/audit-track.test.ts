import { TerraformStack, Testing, Token } from 'cdktf';
import {
  ActionType, AuditChecks, AuditTrack, ClsAlarm, ClsDestination, CloudAuditAccount, CloudAuditServiceRole, CosDestination, IAuditDestination,
  tencentcloud,
} from '../src';
import { expectCode, newStack, only, resourcesOf, synth, warningsOf } from './support';

function cos(stack: TerraformStack, id = 'Logs'): IAuditDestination {
  return new CosDestination(stack, id, { bucketName: 'audit-logs', region: 'ap-guangzhou', appId: '1250000000' });
}

describe('AuditTrack defaults', () => {
  const { stack } = newStack();
  new AuditTrack(stack, 'Track', { trackName: 'org-audit', destination: cos(stack) });
  const doc = synth(stack);
  const track = only(doc, 'tencentcloud_audit_track');

  test('records every action of every product', () => {
    expect(track.action_type).toBe('*');
    expect(track.resource_type).toBe('*');
    expect(track.event_names).toEqual(['*']);
  });
  test('is enabled (status 1)', () => expect(track.status).toBe(1));
  test('is not org-wide', () => expect(track.track_for_all_members).toBeUndefined());
  test('stores into the destination, bucket name without APPID', () => {
    expect(track.storage).toEqual({ storage_type: 'cos', storage_region: 'ap-guangzhou', storage_name: 'audit-logs', storage_prefix: 'cloudaudit' });
  });
  test('depends on the bucket and on the name marker (which orders a replacement)', () => {
    expect(track.depends_on).toEqual([expect.stringMatching(/^tencentcloud_cos_bucket\./), expect.stringMatching(/^terraform_data\..*NameMarker/)]);
  });
  test('a rename plans as a replacement: replace_triggered_by a marker holding the name', () => {
    const marker = only(doc, 'terraform_data');
    expect(marker.triggers_replace).toEqual({ name: 'org-audit' });
    const [address] = track.lifecycle.replace_triggered_by;
    expect(address).toMatch(/^terraform_data\.[A-Za-z0-9_]+$/);
    expect(Object.keys(doc.resource.terraform_data)).toContain(address.split('.')[1]);
  });
});

describe('AuditTrack props', () => {
  test('actionType, resourceType, eventNames and enabled are passed through', () => {
    const { stack } = newStack();
    new AuditTrack(stack, 'T', {
      trackName: 'cam_write',
      destination: cos(stack),
      actionType: ActionType.WRITE,
      resourceType: 'cam',
      eventNames: ['DeleteUser', 'AttachUserPolicy'],
      enabled: false,
    });
    const t = only(synth(stack), 'tencentcloud_audit_track');
    expect(t).toMatchObject({ action_type: 'Write', resource_type: 'cam', status: 0 });
    expect(t.event_names).toEqual(['AttachUserPolicy', 'DeleteUser']);
  });
  test.each([[ActionType.READ, 'Read'], [ActionType.WRITE, 'Write'], [ActionType.ALL, '*']])('ActionType %s synthesizes %s', (a, expected) => {
    const { stack } = newStack();
    new AuditTrack(stack, 'T', { trackName: 'track', destination: cos(stack), actionType: a });
    expect(only(synth(stack), 'tencentcloud_audit_track').action_type).toBe(expected);
  });
  test('CLS destination: storage_name is the topic id token, depends on the topic', () => {
    const { stack } = newStack();
    const d = new ClsDestination(stack, 'Cls', { region: 'ap-guangzhou', logsetName: 'audit', topicName: 'events' });
    const track = new AuditTrack(stack, 'T', { trackName: 'track', destination: d });
    const t = only(synth(stack), 'tencentcloud_audit_track');
    expect(t.storage.storage_type).toBe('cls');
    expect(t.storage.storage_name).toMatch(/^\$\{tencentcloud_cls_topic\.[A-Za-z0-9_]+\.id\}$/);
    expect(t.depends_on).toEqual([expect.stringMatching(/^tencentcloud_cls_topic\./), expect.stringMatching(/^terraform_data\./)]);
    expect(track.auditTrackResource).toBeDefined();
    expect(Token.isUnresolved(track.trackId)).toBe(true);
  });
  test('exposes the generated resource', () => {
    const { stack } = newStack();
    const track = new AuditTrack(stack, 'T', { trackName: 'track', destination: cos(stack) });
    expect(track.resource.terraformResourceType).toBe('tencentcloud_audit_track');
    expect(track.eventsAuditTrackResource).toBeUndefined();
  });
});

describe('rule 1: trackName', () => {
  test.each(['abc', 'a'.repeat(48), 'Org-Audit_01', '___'])('accepts %p', (name) => {
    const { stack } = newStack();
    expect(() => new AuditTrack(stack, 'T', { trackName: name, destination: cos(stack) })).not.toThrow();
  });
  test('issue #10 item 11: "1 character", not "1 characters" (CA101)', () => {
    const { stack } = newStack();
    const e = expectCode(() => new AuditTrack(stack, 'T', { trackName: 'a', destination: cos(stack) }), 'CA101');
    expect(e.message).toContain('"a" has 1 character;'.slice(0, -1));
    expect(e.message).not.toContain('1 characters');
  });
  test.each(['ab', 'a'.repeat(49), 'has space', 'dot.name', 'ünï', ''])('refuses %p with CA101', (name) => {
    const { stack } = newStack();
    const e = expectCode(() => new AuditTrack(stack, 'T', { trackName: name, destination: cos(stack) }), 'CA101');
    expect(e.message).toContain('test/T: trackName');
    expect(e.message).toMatch(/Rule: .*3-48.*Fix: /);
  });
  test('refuses a duplicate name in one stack with CA102, naming the first track', () => {
    const { stack } = newStack();
    const d = cos(stack);
    new AuditTrack(stack, 'A', { trackName: 'same', destination: d });
    const e = expectCode(() => new AuditTrack(stack, 'B', { trackName: 'same', destination: d }), 'CA102');
    expect(e.message).toContain('test/A');
  });
  test('issue #10 item 3: refuses the same name in two stacks of the same account (default credentials) with CA102', () => {
    const { app, stack } = newStack();
    new AuditTrack(stack, 'A', { trackName: 'same', destination: cos(stack) });
    const other = new TerraformStack(app, 'other');
    new tencentcloud.provider.TencentcloudProvider(other, 'tencentcloud', { region: 'ap-shanghai' });
    const d = CosDestination.fromExistingBucket(other, 'Logs', { bucketName: 'other-logs', region: 'ap-shanghai' });
    const e = expectCode(() => new AuditTrack(other, 'A', { trackName: 'same', destination: d }), 'CA102');
    expect(e.message).toContain('already used by test/A in the account of the default credentials');
  });
  test('accepts the same name in two stacks of different accounts (assume_role, or CloudAuditAccount.assign)', () => {
    const app = Testing.app();
    const a = new TerraformStack(app, 'a');
    new tencentcloud.provider.TencentcloudProvider(a, 'tencentcloud', { region: 'ap-guangzhou', assumeRole: [{ roleArn: 'qcs::cam::uin/100000000001:roleName/audit', sessionName: 's', sessionDuration: 3600 }] });
    const b = new TerraformStack(app, 'b');
    const pb = new tencentcloud.provider.TencentcloudProvider(b, 'tencentcloud', { region: 'ap-guangzhou' });
    CloudAuditAccount.assign(pb, 'team-b');
    new AuditTrack(a, 'A', { trackName: 'same', destination: cos(a) });
    expect(() => new AuditTrack(b, 'A', { trackName: 'same', destination: cos(b) })).not.toThrow();
    expect(CloudAuditAccount.of(pb)).toBe('account "team-b"');
  });
  test('CloudAuditAccount.assign: two providers named alike are one account, whatever their credentials settings', () => {
    const app = Testing.app();
    const a = new TerraformStack(app, 'a');
    CloudAuditAccount.assign(new tencentcloud.provider.TencentcloudProvider(a, 'tencentcloud', { region: 'ap-guangzhou', profile: 'ops' }), 'prod');
    const b = new TerraformStack(app, 'b');
    CloudAuditAccount.assign(new tencentcloud.provider.TencentcloudProvider(b, 'tencentcloud', { region: 'ap-guangzhou' }), 'prod');
    new AuditTrack(a, 'A', { trackName: 'same', destination: cos(a) });
    expectCode(() => new AuditTrack(b, 'A', { trackName: 'same', destination: CosDestination.fromExistingBucket(b, 'L', { bucketName: 'x-logs', region: 'ap-guangzhou' }) }), 'CA102');
  });
  test('CloudAuditAccount.assign refuses a blank name (CA406)', () => {
    const { stack } = newStack();
    const p = stack.node.children.find((c) => c instanceof tencentcloud.provider.TencentcloudProvider) as tencentcloud.provider.TencentcloudProvider;
    expectCode(() => CloudAuditAccount.assign(p, ' '), 'CA406');
  });
  test('skips a token name', () => {
    const { stack } = newStack();
    const name = Token.asString({ Ref: 'x' });
    expect(() => new AuditTrack(stack, 'T', { trackName: name, destination: cos(stack) })).not.toThrow();
  });
});

describe('rule 2: resourceType and eventNames', () => {
  const make = (props: { resourceType?: string; eventNames?: string[]; actionType?: any }) => {
    const { stack } = newStack();
    return () => new AuditTrack(stack, 'T', { trackName: 'track', destination: cos(stack), ...props });
  };
  test('accepts a product with ["*"]', () => expect(make({ resourceType: 'cvm', eventNames: ['*'] })).not.toThrow());
  test('accepts a product with 1 and with 10 names', () => {
    expect(make({ resourceType: 'cvm', eventNames: ['RunInstances'] })).not.toThrow();
    expect(make({ resourceType: 'cvm', eventNames: Array.from({ length: 10 }, (_, i) => `Api${i}`) })).not.toThrow();
  });
  test('refuses "*" product with names (CA105)', () => { expectCode(make({ resourceType: '*', eventNames: ['DeleteUser'] }), 'CA105'); });
  test('refuses "*" product with ["*","*"] (CA105)', () => { expectCode(make({ resourceType: '*', eventNames: ['*', '*'] }), 'CA105'); });
  test('refuses 11 names (CA106)', () => {
    const e = expectCode(make({ resourceType: 'cvm', eventNames: Array.from({ length: 11 }, (_, i) => `Api${i}`) }), 'CA106');
    expect(e.message).toContain('at most 10');
  });
  test('refuses "*" mixed with names (CA107)', () => { expectCode(make({ resourceType: 'cvm', eventNames: ['*', 'RunInstances'] }), 'CA107'); });
  test('refuses an empty list (CA108)', () => { expectCode(make({ resourceType: 'cvm', eventNames: [] }), 'CA108'); });
  test.each(['', '  ', 'Run Instances', '\t'])('refuses the name %p (CA108)', (n) => {
    const e = expectCode(make({ resourceType: 'cvm', eventNames: ['RunInstances', n] }), 'CA108');
    expect(e.field).toBe('eventNames[1]');
  });
  test('refuses a duplicate name (CA109)', () => { expectCode(make({ resourceType: 'cvm', eventNames: ['A', 'A'] }), 'CA109'); });
  test.each(['CVM', 'c v m', '', 'cvm,cos', '1cvm'])('refuses the product code %p (CA104)', (rt) => {
    expectCode(make({ resourceType: rt }), 'CA104');
  });
  test('suggests the lowercase product code', () => {
    expect(expectCode(make({ resourceType: 'CAM' }), 'CA104').message).toContain('use "cam"');
  });
  test('refuses an actionType outside the enum, e.g. lowercase "write" (CA103)', () => {
    expectCode(make({ actionType: 'write' }), 'CA103');
  });
  test('skips token event names', () => {
    expect(make({ resourceType: 'cvm', eventNames: Token.asList({ Ref: 'names' }) })).not.toThrow();
  });
});

describe('props shape', () => {
  test('a wrong type is a coded CA001 error, not a TypeError', () => {
    const { stack } = newStack();
    expectCode(() => new AuditTrack(stack, 'T', { trackName: 42 as any, destination: cos(stack) }), 'CA001');
  });
  test('a destination that is not an IAuditDestination is CA110', () => {
    const { stack } = newStack();
    const e = expectCode(() => new AuditTrack(stack, 'T', { trackName: 'track', destination: { bucketName: 'logs' } as any }), 'CA110');
    expect(e.message).toContain('not an IAuditDestination');
  });
  test('a missing destination is CA110', () => {
    const { stack } = newStack();
    const e = expectCode(() => new AuditTrack(stack, 'T', { trackName: 'track' } as any), 'CA110');
    expect(e.field).toBe('destination');
  });
});

describe('a failed construct writes nothing', () => {
  test('no resource is added to the stack when the track is refused', () => {
    const { stack } = newStack();
    const d = cos(stack);
    expect(() => new AuditTrack(stack, 'T', { trackName: 'x', destination: d })).toThrow();
    const doc = JSON.parse(JSON.stringify(stack.toTerraform()));
    expect(resourcesOf(doc, 'tencentcloud_audit_track')).toHaveLength(0);
  });
});

describe('issue #10 items 1-2: which provider manages a construct given none', () => {
  test('item 1: only an aliased provider in the stack, not passed: synth fails with CA404 (track and bucket)', () => {
    const stack = new TerraformStack(Testing.app(), 'test');
    new tencentcloud.provider.TencentcloudProvider(stack, 'hk', { region: 'ap-hongkong', alias: 'hk' });
    const d = new CosDestination(stack, 'Logs', { bucketName: 'audit-logs', region: 'ap-hongkong', appId: '1250000000' });
    new AuditTrack(stack, 'T', { trackName: 'track', destination: d });
    expect(() => Testing.synth(stack, true)).toThrow(/\[test\/Logs\] \[CA404 ProviderNotGiven\] provider: no provider was passed and stack test has only aliased tencentcloud providers \("hk"\)/);
    expect(() => Testing.synth(stack, true)).toThrow(/\[test\/T\] \[CA404 ProviderNotGiven\] provider: /);
  });
  test('item 1: the aliased provider passed: accepted', () => {
    const stack = new TerraformStack(Testing.app(), 'test');
    const hk = new tencentcloud.provider.TencentcloudProvider(stack, 'hk', { region: 'ap-hongkong', alias: 'hk' });
    const d = new CosDestination(stack, 'Logs', { bucketName: 'audit-logs', region: 'ap-hongkong', appId: '1250000000', provider: hk });
    new AuditTrack(stack, 'T', { trackName: 'track', destination: d, provider: hk });
    expect(() => synth(stack)).not.toThrow();
  });
  test('item 1: the other constructs (event rule, service role, CLS alarm) get CA404 too', () => {
    const stack = new TerraformStack(Testing.app(), 'test');
    new tencentcloud.provider.TencentcloudProvider(stack, 'gz', { region: 'ap-guangzhou', alias: 'gz' });
    AuditTrack.onEvent(stack, 'Rule', { ruleName: 'cam-writes', products: ['cam'], eventBusId: 'eb-abc123' });
    new CloudAuditServiceRole(stack, 'Role');
    new ClsAlarm(stack, 'Alarm', { alarmName: 'a', query: 'resourceType:"cam" | select count(*) as events', noticeIds: ['notice-1'], logsetId: 'l', topicId: 't' });
    for (const path of ['test/Rule', 'test/Role', 'test/Alarm']) expect(() => Testing.synth(stack, true)).toThrow(new RegExp(`\\[${path}\\] \\[CA404 ProviderNotGiven\\]`));
  });
  test('item 2: two providers without alias: synth fails with CA405', () => {
    const { stack } = newStack();
    new tencentcloud.provider.TencentcloudProvider(stack, 'second', { region: 'ap-shanghai' });
    new AuditTrack(stack, 'T', { trackName: 'track', destination: cos(stack) });
    expect(() => Testing.synth(stack, true)).toThrow(/\[test\/T\] \[CA405 ProviderDefaultDuplicate\] provider: stack test has 2 tencentcloud providers without alias \(test\/tencentcloud, test\/second\)/);
  });
});

describe('rule 5: the provider region of the track (the CloudAudit API region)', () => {
  test('refuses a provider region that is no Tencent Cloud region (CA401), with a did-you-mean', () => {
    const { stack } = newStack('ap-hongkonk');
    const d = CosDestination.fromExistingBucket(stack, 'E', { bucketName: 'logs', region: 'ap-hongkong' });
    new AuditTrack(stack, 'T', { trackName: 'track', destination: d });
    expect(() => synth(stack)).toThrow(/CA401.*provider test\/tencentcloud region.*did you mean "ap-hongkong"/);
  });
  test('warns (CA451) for a provider region outside mainland China and the CreateAuditTrack doc list, naming the source', () => {
    const { stack } = newStack('na-ashburn');
    const d = CosDestination.fromExistingBucket(stack, 'E', { bucketName: 'logs', region: 'na-ashburn' });
    new AuditTrack(stack, 'T', { trackName: 'track', destination: d });
    synth(stack);
    expect(warningsOf(stack).join('\n')).toMatch(/CA451.*CreateAuditTrack doc \(1021\/45906\).*\[ack: CA451\]/);
  });
  test.each(['ap-guangzhou', 'ap-shanghai', 'ap-beijing'])('issue #10 item 5: no CA451 for a mainland user in %s (track and bucket)', (region) => {
    const { stack } = newStack(region);
    const d = new CosDestination(stack, 'Logs', { bucketName: 'logs', region, appId: '1250000000' });
    new AuditTrack(stack, 'T', { trackName: 'track', destination: d });
    synth(stack);
    expect(warningsOf(stack).filter((w) => w.includes('CA451'))).toEqual([]);
  });
  test('issue #10 item 5: AuditChecks.acknowledge silences a construct warning by its [ack: code], with the reason', () => {
    const { stack } = newStack('na-ashburn');
    const d = CosDestination.fromExistingBucket(stack, 'E', { bucketName: 'logs', region: 'na-ashburn' });
    const t = new AuditTrack(stack, 'T', { trackName: 'track', destination: d });
    AuditChecks.acknowledge(t, { id: 'CA451', reason: 'our account manages tracks through na-ashburn' });
    synth(stack);
    const doc: any = stack.toTerraform();
    expect(warningsOf(stack).filter((w) => w.includes('CA451'))).toEqual([]);
    const infos = stack.node.findAll().flatMap((c) => c.node.metadata.filter((m) => m.type === '@cdktf/info').map((m) => String(m.data)));
    expect(infos.join('\n')).toMatch(/CA451.*Acknowledged: our account manages tracks through na-ashburn/);
    expect(only(doc, 'tencentcloud_audit_track')['//'].cloudaudit.acknowledgements).toEqual([{ id: 'CA451', reason: 'our account manages tracks through na-ashburn' }]);
  });
  test('no warning in a listed API region', () => {
    const { stack } = newStack('ap-guangzhou');
    const d = ClsDestination.fromTopicId(stack, 'E', { topicId: '2f5764c1-c833-44a0-8a33-8e0ef2b6d2bb', region: 'ap-guangzhou' });
    new AuditTrack(stack, 'T', { trackName: 'track', destination: d });
    synth(stack);
    expect(warningsOf(stack)).toEqual([]);
  });
});
