import { App, TerraformStack, Testing } from 'cdktf';
import { AuditTrack, CosDestination, tencentcloud } from '../src';
import { warningsOf } from './support';
import { DEFAULT_TRACK_QUOTA } from '../src/rules/quota';

function app(context?: Record<string, unknown>): App {
  return Testing.app({ context });
}
function stackWithTracks(scope: App, id: string, count: number, providerProps: Record<string, unknown> = { region: 'ap-guangzhou' }): TerraformStack {
  const stack = new TerraformStack(scope, id);
  new tencentcloud.provider.TencentcloudProvider(stack, 'tencentcloud', providerProps);
  const d = new CosDestination(stack, 'Logs', { bucketName: `logs-${id}`, region: 'ap-guangzhou', appId: '1250000000' });
  for (let i = 0; i < count; i++) new AuditTrack(stack, `T${i}`, { trackName: `${id}-track-${i}`, destination: d, checkDeliveryRegion: false });
  return stack;
}
const quotaWarnings = (stacks: TerraformStack[]): string[] => {
  stacks.forEach((s) => Testing.synth(s, true));
  return stacks.flatMap((s) => warningsOf(s)).filter((w) => w.includes('[CA851'));
};

test(`the default quota is ${DEFAULT_TRACK_QUOTA}, from the CloudAudit Features page`, () => expect(DEFAULT_TRACK_QUOTA).toBe(5));

test('accepts the quota: no warning at 5 tracks', () => {
  expect(quotaWarnings([stackWithTracks(app(), 's', 5)])).toEqual([]);
});

test('warns once per account, on the first track past the quota, naming the source and the ack code', () => {
  const warnings = quotaWarnings([stackWithTracks(app(), 's', 7)]);
  expect(warnings).toHaveLength(1);
  expect(warnings[0]).toContain('the account of the default credentials has 7 tracking sets in this app, 2 above the quota of 5, from this one on (tracking set 6 of 7');
  expect(warnings[0]).toContain('tencentcloud.com/document/product/1021/30333');
  expect(warnings[0]).toContain('LimitExceeded.OverAmount');
  expect(warnings[0]).toContain('[ack: CA851]');
});

test('counts across the stacks of the app', () => {
  const a = app();
  expect(quotaWarnings([stackWithTracks(a, 'one', 3), stackWithTracks(a, 'two', 3)])).toHaveLength(1);
});

test('counts per account: providers with different assumed roles or profiles are separate', () => {
  const a = app();
  const one = stackWithTracks(a, 'one', 4, { region: 'ap-guangzhou', assumeRole: [{ roleArn: 'qcs::cam::uin/1:roleName/a', sessionName: 's', sessionDuration: 3600 }] });
  const two = stackWithTracks(a, 'two', 4, { region: 'ap-guangzhou', profile: 'archive' });
  expect(quotaWarnings([one, two])).toEqual([]);
});

test('the quota is configurable with the context key cloudaudit:trackQuota', () => {
  expect(quotaWarnings([stackWithTracks(app({ 'cloudaudit:trackQuota': 10 }), 's', 7)])).toEqual([]);
  expect(quotaWarnings([stackWithTracks(app({ 'cloudaudit:trackQuota': '2' }), 's', 3)])).toHaveLength(1);
});

test.each([0, -1, 1.5, 'many'])('refuses a context quota of %p with CA831', (value) => {
  const stack = stackWithTracks(app({ 'cloudaudit:trackQuota': value }), 's', 1);
  expect(() => Testing.synth(stack, true)).toThrow(/CA831 TrackQuotaInvalid.*cloudaudit:trackQuota/);
});
