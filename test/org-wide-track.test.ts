import { Token } from 'cdktf';
import { ActionType, CosDestination, OrgWideTrack } from '../src';
import { expectCode, newStack, only, synth } from './support';

function dest(stack: any) {
  return CosDestination.fromExistingBucket(stack, 'Archive', { bucketName: 'org-archive', region: 'ap-shanghai' });
}

describe('OrgWideTrack', () => {
  test('sets track_for_all_members = 1 and keeps the track defaults', () => {
    const { stack } = newStack();
    const t = new OrgWideTrack(stack, 'Org', { trackName: 'org-wide', destination: dest(stack) });
    const r = only(synth(stack), 'tencentcloud_audit_track');
    expect(r.track_for_all_members).toBe(1);
    expect(r).toMatchObject({ action_type: '*', resource_type: '*', status: 1 });
    expect(r.storage.storage_account_id).toBeUndefined();
    expect(t.storageAccountId).toBeUndefined();
  });
  test('delivers into another account with both ids', () => {
    const { stack } = newStack();
    new OrgWideTrack(stack, 'Org', {
      trackName: 'org-wide',
      destination: dest(stack),
      actionType: ActionType.WRITE,
      storageAccountId: '100012345678',
      storageAppId: '1250000001',
    });
    const r = only(synth(stack), 'tencentcloud_audit_track');
    expect(r.storage).toMatchObject({ storage_account_id: '100012345678', storage_app_id: '1250000001' });
    expect(r.action_type).toBe('Write');
  });
  test('accepts token ids', () => {
    const { stack } = newStack();
    expect(() => new OrgWideTrack(stack, 'Org', {
      trackName: 'org-wide',
      destination: dest(stack),
      storageAccountId: Token.asString({ Ref: 'uin' }),
      storageAppId: Token.asString({ Ref: 'app' }),
    })).not.toThrow();
  });
});

describe('rule 6: organization ids', () => {
  const make = (ids: { storageAccountId?: string; storageAppId?: string }) => {
    const { stack } = newStack();
    return () => new OrgWideTrack(stack, 'Org', { trackName: 'org-wide', destination: dest(stack), ...ids });
  };
  test('account id without app id (CA503)', () => {
    const e = expectCode(make({ storageAccountId: '100012345678' }), 'CA503');
    expect(e.message).toContain('test/Org');
  });
  test('app id without account id (CA503)', () => { expectCode(make({ storageAppId: '1250000001' }), 'CA503'); });
  test.each(['abc', '12 34', '', '1234'])('refuses storageAccountId %p (CA501)', (a) => {
    expectCode(make({ storageAccountId: a, storageAppId: '1250000001' }), 'CA501');
  });
  test.each(['125000000', 'x250000001', ''])('refuses storageAppId %p (CA502)', (a) => {
    expectCode(make({ storageAccountId: '100012345678', storageAppId: a }), 'CA502');
  });
  test('a refused OrgWideTrack adds nothing to the stack', () => {
    const { stack } = newStack();
    const d = dest(stack);
    expect(() => new OrgWideTrack(stack, 'Org', { trackName: 'org-wide', destination: d, storageAppId: '1' })).toThrow();
    expect(stack.node.tryFindChild('Org')).toBeUndefined();
  });
  test('the track rules still apply (CA101)', () => {
    const { stack } = newStack();
    expectCode(() => new OrgWideTrack(stack, 'Org', { trackName: 'x', destination: dest(stack) }), 'CA101');
  });
});
