import { AuditTrack, CloudAuditServiceRole, CosDestination, OrgWideTrack, tencentcloud } from '../src';
import { expectCode, newStack, only, resourcesOf, synth } from './support';

describe('CloudAuditServiceRole', () => {
  const { stack } = newStack();
  const role = new CloudAuditServiceRole(stack, 'Role');
  const doc = synth(stack);
  test('CloudAudit_QCSRole trusting cloudaudit.cloud.tencent.com', () => {
    const r = only(doc, 'tencentcloud_cam_role');
    expect(r.name).toBe('CloudAudit_QCSRole');
    expect(JSON.parse(r.document)).toEqual({
      version: '2.0',
      statement: [{ action: ['name/sts:AssumeRole'], effect: 'allow', principal: { service: ['cloudaudit.cloud.tencent.com'] } }],
    });
    expect(role.roleName).toBe('CloudAudit_QCSRole');
  });
  test('attaches QcloudAccessForCARole (18150187) by numeric id', () => {
    const a = only(doc, 'tencentcloud_cam_role_policy_attachment');
    expect(a.policy_id).toBe('18150187');
    expect(a.role_id).toMatch(/^\$\{tencentcloud_cam_role\.[A-Za-z0-9_]+\.id\}$/);
  });
});

test('multiAccountDelivery adds 102693096; policyIds replace the defaults', () => {
  const { stack } = newStack();
  new CloudAuditServiceRole(stack, 'Role', { multiAccountDelivery: true });
  expect(resourcesOf(synth(stack), 'tencentcloud_cam_role_policy_attachment').map((a: any) => a.policy_id).sort()).toEqual(['102693096', '18150187']);
  const other = newStack().stack;
  const role = new CloudAuditServiceRole(other, 'Role', { policyIds: ['123', '456'] });
  role.addPolicyId('123');
  expect(resourcesOf(synth(other), 'tencentcloud_cam_role_policy_attachment').map((a: any) => a.policy_id).sort()).toEqual(['123', '456']);
});

describe('createServiceRole on tracks', () => {
  const cos = (stack: any) => new CosDestination(stack, 'Logs', { bucketName: 'audit-logs', region: 'ap-guangzhou', appId: '1250000000' });
  test('off by default', () => {
    const { stack } = newStack();
    const t = new AuditTrack(stack, 'T', { trackName: 'track', destination: cos(stack) });
    expect(resourcesOf(synth(stack), 'tencentcloud_cam_role')).toHaveLength(0);
    expect(t.serviceRole).toBeUndefined();
  });
  test('an AuditTrack creates the role and depends on it and its attachment', () => {
    const { stack } = newStack();
    new AuditTrack(stack, 'T', { trackName: 'track', destination: cos(stack), createServiceRole: true });
    const doc = synth(stack);
    expect(only(doc, 'tencentcloud_cam_role_policy_attachment').policy_id).toBe('18150187');
    expect(only(doc, 'tencentcloud_audit_track').depends_on).toEqual(expect.arrayContaining([
      expect.stringMatching(/^tencentcloud_cam_role\./), expect.stringMatching(/^tencentcloud_cam_role_policy_attachment\./),
    ]));
  });
  test('an OrgWideTrack delivering cross-account adds the multi-account policy', () => {
    const { stack } = newStack();
    const t = new OrgWideTrack(stack, 'T', { trackName: 'org', destination: cos(stack), createServiceRole: true, storageAccountId: '100012345678', storageAppId: '1250000001' });
    const doc = synth(stack);
    expect(resourcesOf(doc, 'tencentcloud_cam_role_policy_attachment').map((a: any) => a.policy_id).sort()).toEqual(['102693096', '18150187']);
    expect(only(doc, 'tencentcloud_audit_track').depends_on).toHaveLength(5);
    expect(t.serviceRole?.policyAttachments).toHaveLength(2);
  });
  test('an OrgWideTrack delivering into its own account does not', () => {
    const { stack } = newStack();
    new OrgWideTrack(stack, 'T', { trackName: 'org', destination: cos(stack), createServiceRole: true });
    expect(only(synth(stack), 'tencentcloud_cam_role_policy_attachment').policy_id).toBe('18150187');
  });
});

describe('rules', () => {
  test('CA801 refuses a second role through the same provider, accepts one per provider', () => {
    const { stack } = newStack();
    new CloudAuditServiceRole(stack, 'A');
    const e = expectCode(() => new CloudAuditServiceRole(stack, 'B'), 'CA801');
    expect(e.message).toContain('test/A already creates CloudAudit_QCSRole');
    const other = new tencentcloud.provider.TencentcloudProvider(stack, 'archive', { region: 'ap-guangzhou', alias: 'archive' });
    expect(() => new CloudAuditServiceRole(stack, 'C', { provider: other })).not.toThrow();
  });
  test('CA801 also applies to createServiceRole on two tracks', () => {
    const { stack } = newStack();
    const d = new CosDestination(stack, 'Logs', { bucketName: 'audit-logs', region: 'ap-guangzhou', appId: '1250000000' });
    new AuditTrack(stack, 'A', { trackName: 'one', destination: d, createServiceRole: true });
    expectCode(() => new AuditTrack(stack, 'B', { trackName: 'two', destination: d, createServiceRole: true }), 'CA801');
  });
  test.each([[['QcloudAccessForCARole']], [['12a']], [['']], [['1', '1']]])('CA802 refuses policyIds %p', (policyIds) => {
    const { stack } = newStack();
    expectCode(() => new CloudAuditServiceRole(stack, 'R', { policyIds }), 'CA802');
  });
  test('CA802 refuses a policy name in addPolicyId', () => {
    const { stack } = newStack();
    const role = new CloudAuditServiceRole(stack, 'R');
    expect(expectCode(() => role.addPolicyId('QcloudAccessForCARole'), 'CA802').message).toContain('numeric');
  });
});
