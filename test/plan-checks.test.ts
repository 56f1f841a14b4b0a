import { TerraformStack } from 'cdktf';
import { AuditTrack, ClsDestination, CosDestination, IAuditDestination, tencentcloud } from '../src';
import { newStack, only, resourcesOf, synth } from './support';

const cos = (stack: TerraformStack, region = 'ap-guangzhou'): IAuditDestination =>
  new CosDestination(stack, `Logs-${region}`, { bucketName: `audit-${region}`, region, appId: '1250000000' });

describe('COS delivery region: a plan-time precondition', () => {
  const { stack } = newStack();
  new AuditTrack(stack, 'T', { trackName: 'track', destination: cos(stack) });
  const doc = synth(stack);
  const [pre] = only(doc, 'tencentcloud_audit_track').lifecycle.precondition;
  const dataName = Object.keys(doc.data.tencentcloud_audit_cos_regions)[0];

  test('reads data.tencentcloud_audit_cos_regions (ListCosEnableRegion) at plan time; synth stays offline', () => {
    expect(only(doc, 'tencentcloud_audit_cos_regions', 'data')).toEqual({});
  });
  test('the condition looks the storage region up in the list', () => {
    expect(pre.condition).toBe(`\${contains([for r in data.tencentcloud_audit_cos_regions.${dataName}.audit_cos_region_list : r.cos_region], "ap-guangzhou")}`);
  });
  test('the message carries our code, the path and the fix', () => {
    expect(pre.error_message).toMatch(/^\[CA821 CosRegionNotEnabled\] test\/T: storage region "ap-guangzhou" is not in the COS delivery regions/);
    expect(pre.error_message).toContain('checkDeliveryRegion: false');
  });
  test('the rename marker stays', () => {
    expect(only(doc, 'tencentcloud_audit_track').lifecycle.replace_triggered_by).toHaveLength(1);
  });
});

test('the multi-product resource gets the precondition too', () => {
  const { stack } = newStack();
  new AuditTrack(stack, 'T', { trackName: 'track', destination: cos(stack), selectors: [{ resourceType: 'cam' }, { resourceType: 'cvm' }] });
  expect(only(synth(stack), 'tencentcloud_events_audit_track').lifecycle.precondition).toHaveLength(1);
});

test('tracks of one provider share one data source; another provider gets its own', () => {
  const { stack } = newStack();
  const other = new tencentcloud.provider.TencentcloudProvider(stack, 'hk', { region: 'ap-hongkong', alias: 'hk' });
  new AuditTrack(stack, 'A', { trackName: 'one', destination: cos(stack) });
  const existing = (region: string) => CosDestination.fromExistingBucket(stack, `E-${region}`, { bucketName: `audit-${region}`, region });
  new AuditTrack(stack, 'B', { trackName: 'two', destination: existing('ap-shanghai') });
  new AuditTrack(stack, 'C', { trackName: 'three', destination: existing('ap-beijing'), provider: other });
  const doc = synth(stack);
  const data = doc.data.tencentcloud_audit_cos_regions;
  expect(Object.keys(data)).toHaveLength(2);
  expect(Object.values(data)).toContainEqual({ provider: 'tencentcloud.hk' });
});

test('checkDeliveryRegion: false leaves the check out', () => {
  const { stack } = newStack();
  new AuditTrack(stack, 'T', { trackName: 'track', destination: cos(stack), checkDeliveryRegion: false });
  const doc = synth(stack);
  expect(only(doc, 'tencentcloud_audit_track').lifecycle.precondition).toBeUndefined();
  expect(doc.data?.tencentcloud_audit_cos_regions).toBeUndefined();
});

test('CLS destinations have no COS region check', () => {
  const { stack } = newStack();
  const d = new ClsDestination(stack, 'Cls', { region: 'ap-guangzhou', logsetName: 'audit', topicName: 'events' });
  new AuditTrack(stack, 'T', { trackName: 'track', destination: d });
  const doc = synth(stack);
  expect(only(doc, 'tencentcloud_audit_track').lifecycle.precondition).toBeUndefined();
  expect(resourcesOf(doc, 'tencentcloud_audit_cos_regions', 'data')).toHaveLength(0);
});
