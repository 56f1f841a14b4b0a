/** Import on the constructs: AuditTrack/OrgWideTrack importTrackId, CosDestination importExisting, ClsDestination importLogsetId/importTopicId. */
import { TerraformStack } from 'cdktf';
import { ActionType, AuditTrack, ClsDestination, CosDestination, IAuditDestination, OrgWideTrack, tencentcloud } from '../../src';
import { expectCode, newStack, synth } from '../support';

const existing = (stack: TerraformStack): IAuditDestination =>
  CosDestination.fromExistingBucket(stack, 'Logs', { bucketName: 'audit-logs', region: 'ap-guangzhou' });

describe('AuditTrack importTrackId', () => {
  test('synthesizes one import block to the track resource', () => {
    const { stack } = newStack();
    const t = new AuditTrack(stack, 'T', { trackName: 'console-track', destination: existing(stack), importTrackId: '24283' });
    const doc = synth(stack);
    expect(doc.import).toEqual([{ id: '24283', to: `tencentcloud_audit_track.${t.resource.friendlyUniqueId}` }]);
  });

  test('without it, no import block', () => {
    const { stack } = newStack();
    new AuditTrack(stack, 'T', { trackName: 'new-track', destination: existing(stack) });
    expect(synth(stack).import).toBeUndefined();
  });

  test('follows the resource when addSelector switches to tencentcloud_events_audit_track: one import, to the final resource', () => {
    const { stack } = newStack();
    const t = new AuditTrack(stack, 'T', { trackName: 'multi', destination: existing(stack), importTrackId: '24502', resourceType: 'cam' });
    t.addSelector({ resourceType: 'cvm', actionType: ActionType.WRITE });
    const doc = synth(stack);
    expect(doc.import).toEqual([{ id: '24502', to: `tencentcloud_events_audit_track.${t.resource.friendlyUniqueId}` }]);
    expect(doc.resource.tencentcloud_audit_track).toBeUndefined();
  });

  test('names the provider of the track', () => {
    const { stack } = newStack();
    const hk = new tencentcloud.provider.TencentcloudProvider(stack, 'hk', { region: 'ap-hongkong', alias: 'hk' });
    new AuditTrack(stack, 'T', { trackName: 'hk-track', destination: existing(stack), importTrackId: '7', provider: hk });
    expect(synth(stack).import[0].provider).toBe('tencentcloud.hk');
  });

  test('OrgWideTrack: the import goes to the org-wide resource', () => {
    const { stack } = newStack();
    const t = new OrgWideTrack(stack, 'T', {
      trackName: 'org-archive', destination: existing(stack), importTrackId: '24410', storageAccountId: '100012345678', storageAppId: '1250000001',
    });
    const doc = synth(stack);
    const r = doc.resource.tencentcloud_audit_track[t.resource.friendlyUniqueId];
    expect(r.track_for_all_members).toBe(1);
    expect(doc.import).toEqual([{ id: '24410', to: `tencentcloud_audit_track.${t.resource.friendlyUniqueId}` }]);
  });

  test.each(['abc', '0', '-5', '012', '1.5', ' 24283', '123456789012345678901', '18446744073709551616', ''])('CA900 for %j', (id) => {
    const { stack } = newStack();
    const e = expectCode(() => new AuditTrack(stack, 'T', { trackName: 'track', destination: existing(stack), importTrackId: id }), 'CA900');
    expect(e.field).toBe('importTrackId');
    expect(e.message).toContain('test/T');
  });

  test('the largest uint64 is a valid id', () => {
    const { stack } = newStack();
    new AuditTrack(stack, 'T', { trackName: 'track', destination: existing(stack), importTrackId: '18446744073709551615' });
    expect(synth(stack).import[0].id).toBe('18446744073709551615');
  });

  test('CA001 for a number', () => {
    const { stack } = newStack();
    expectCode(() => new AuditTrack(stack, 'T', { trackName: 'track', destination: existing(stack), importTrackId: 24283 as any }), 'CA001');
  });

  test('the rules still apply to an imported track: a drifted value is refused before plan', () => {
    const { stack } = newStack();
    expectCode(() => new AuditTrack(stack, 'T', {
      trackName: 'drifted', destination: existing(stack), importTrackId: '24777', resourceType: '*', eventNames: ['DeleteUser'],
    }), 'CA105');
    const other = newStack().stack;
    expectCode(() => new AuditTrack(other, 'U', { trackName: 'x', destination: existing(other), importTrackId: '1' }), 'CA101');
  });
});

describe('CosDestination importExisting', () => {
  test('imports the bucket by its full name', () => {
    const { stack } = newStack();
    const d = new CosDestination(stack, 'Logs', { bucketName: 'audit-logs', region: 'ap-guangzhou', appId: '1250000000', importExisting: true });
    const doc = synth(stack);
    expect(doc.import).toEqual([{ id: 'audit-logs-1250000000', to: `tencentcloud_cos_bucket.${d.bucket.friendlyUniqueId}` }]);
    expect(doc.data).toBeUndefined();
  });

  test('CA901 without a literal appId', () => {
    const { stack } = newStack();
    expectCode(() => new CosDestination(stack, 'Logs', { bucketName: 'audit-logs', region: 'ap-guangzhou', importExisting: true }), 'CA901');
  });

  test('importExisting: false changes nothing', () => {
    const { stack } = newStack();
    new CosDestination(stack, 'Logs', { bucketName: 'audit-logs', region: 'ap-guangzhou', appId: '1250000000', importExisting: false });
    expect(synth(stack).import).toBeUndefined();
  });
});

describe('ClsDestination importLogsetId / importTopicId', () => {
  const base = { region: 'ap-guangzhou', logsetName: 'cloudaudit', topicName: 'events' };

  test('imports the logset and the topic', () => {
    const { stack } = newStack();
    const d = new ClsDestination(stack, 'Cls', { ...base, importLogsetId: '698902ff-8b5a-4c65-824b-d8956f366351', importTopicId: '2f5764c1-c833-44a0-8a33-8e0ef2b6d2ba' });
    expect(synth(stack).import).toEqual([
      { id: '698902ff-8b5a-4c65-824b-d8956f366351', to: `tencentcloud_cls_logset.${d.logset.friendlyUniqueId}` },
      { id: '2f5764c1-c833-44a0-8a33-8e0ef2b6d2ba', to: `tencentcloud_cls_topic.${d.topic.friendlyUniqueId}` },
    ]);
  });

  test.each([
    [{ importTopicId: 'abc' }, 'importLogsetId'],
    [{ importLogsetId: 'abc' }, 'importTopicId'],
    [{ importLogsetId: 'has space', importTopicId: 'abc' }, 'importLogsetId'],
    [{ importLogsetId: 'abc', importTopicId: '' }, 'importTopicId'],
  ])('CA902 for %j', (props, field) => {
    const { stack } = newStack();
    const e = expectCode(() => new ClsDestination(stack, 'Cls', { ...base, ...props }), 'CA902');
    expect(e.field).toBe(field);
  });
});
