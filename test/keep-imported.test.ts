/**
 * Lossless adoption: an existing tracking set (or its adopted bucket or topic) that breaks a rule
 * is declared as the cloud has it, with `keepImported` naming the rule and why it is kept. The
 * kept rule is an acknowledged finding everywhere (construct annotation, `AuditChecks`, the `//`
 * metadata `cloudaudit-review` reads); every other rule still applies; only an adopted track may
 * keep a rule (CA118).
 */
import { Aspects, Testing } from 'cdktf';
import { expectCode, newStack } from './support';
import { AuditChecks, AuditTrack, ClsDestination, CosDestination, OrgWideTrack } from '../src';
import { review } from '../src/review/engine';
import { fromConfig } from '../src/review/normalize';

const REASON = 'console track since 2024, kept as the cloud has it until the team decides';
const annotations = (c: any, type: string): string[] =>
  c.node.findAll().flatMap((x: any) => x.node.metadata.filter((m: any) => m.type === type).map((m: any) => String(m.data)));

function consoleTrack(keep: Array<{ id: string; reason: string }> | undefined, over: object = {}) {
  const { app, stack } = newStack();
  Aspects.of(app).add(new AuditChecks({ reports: false }));
  const logs = CosDestination.fromExistingBucket(stack, 'Logs', { bucketName: 'audit-logs', region: 'ap-guangzhou' });
  const t = new AuditTrack(stack, 'Console', {
    trackName: 'drifted-named-events',
    destination: logs,
    importTrackId: '24777',
    actionType: 'Write' as any,
    resourceType: '*',
    eventNames: ['DeleteUser', 'DeleteBucket'],
    checkDeliveryRegion: false,
    keepImported: keep,
    ...over,
  });
  return { app, stack, t };
}

describe('keepImported on an adopted track', () => {
  test('without it, the console track is refused (CA105), as before', () => {
    expectCode(() => consoleTrack(undefined), 'CA105');
  });

  test('with it: synthesized as the cloud has it, the finding acknowledged by the construct, AuditChecks and the review', () => {
    const { stack, t } = consoleTrack([{ id: 'CA105', reason: REASON }]);
    const doc = JSON.parse(Testing.synth(stack, true));
    const r = Object.values<any>(doc.resource.tencentcloud_audit_track)[0];
    expect({ resource_type: r.resource_type, event_names: r.event_names }).toEqual({ resource_type: '*', event_names: ['DeleteBucket', 'DeleteUser'] });
    expect(doc.import).toEqual([{ id: '24777', to: expect.stringMatching(/^tencentcloud_audit_track\./) }]);
    // The construct's own finding: an info with the reason, no warning or error.
    const infos = annotations(t, '@cdktf/info');
    expect(infos.some((i: string) => i.includes('[CA105 EventNamesNotStar]') && i.endsWith(`Acknowledged: ${REASON}`))).toBe(true);
    expect(annotations(stack, '@cdktf/warn').filter((w: string) => w.includes('CA105'))).toEqual([]);
    expect(annotations(stack, '@cdktf/error').filter((e: string) => e.includes('CA105'))).toEqual([]);
    // The review of what is synthesized (cloudaudit-review cdktf.out): acknowledged, with the reason.
    const full = stack.toTerraform();
    const result = review({ name: 'test', file: 'cdk.tf.json', kind: 'cdktf', resources: fromConfig(full, 'cdk.tf.json') });
    const ca105 = result.findings.filter((f) => f.code === 'CA105');
    expect(ca105).toHaveLength(1);
    expect(ca105[0].acknowledged).toEqual({ id: 'CA105', reason: REASON });
  });

  test('a rule not listed still throws', () => {
    expectCode(() => consoleTrack([{ id: 'CA105', reason: REASON }], { trackName: 'ab' }), 'CA101');
  });

  test('only for an adopted track (CA118), with a known code (CA602) and a reason (CA601)', () => {
    expectCode(() => consoleTrack([{ id: 'CA105', reason: REASON }], { importTrackId: undefined }), 'CA118');
    expectCode(() => consoleTrack([{ id: 'CA999', reason: REASON }]), 'CA602');
    expectCode(() => consoleTrack([{ id: 'COV-001', reason: REASON }]), 'CA602');
    expectCode(() => consoleTrack([{ id: 'CA105', reason: 'short' }]), 'CA601');
  });

  test('OrgWideTrack keeps the same way', () => {
    const { stack } = newStack();
    const logs = CosDestination.fromExistingBucket(stack, 'Logs', { bucketName: 'org-logs', region: 'ap-guangzhou' });
    new OrgWideTrack(stack, 'Org', {
      trackName: 'org-wide',
      destination: logs,
      importTrackId: '24410',
      resourceType: '*',
      eventNames: ['DeleteUser'],
      checkDeliveryRegion: false,
      keepImported: [{ id: 'CA105', reason: REASON }],
    });
    const doc = JSON.parse(Testing.synth(stack, true));
    expect(Object.values<any>(doc.resource.tencentcloud_audit_track)[0].track_for_all_members).toBe(1);
  });
});

describe('adopted storage: another account, kept rules', () => {
  test('a CLS topic adopted with an empty prefix: refused (CA306) unless kept; the track keeps it for the review', () => {
    const { stack } = newStack();
    expectCode(() => ClsDestination.fromTopicId(stack, 'Bad', { topicId: '8d2c7a44-51f0-4a57-9b38-0c1e4b1f9e21', region: 'ap-guangzhou', prefix: '' }), 'CA306');
    const keep = [{ id: 'CA306', reason: REASON }];
    const topic = ClsDestination.fromTopicId(stack, 'Events', { topicId: '8d2c7a44-51f0-4a57-9b38-0c1e4b1f9e21', region: 'ap-guangzhou', prefix: '', keepImported: keep });
    new AuditTrack(stack, 'Cls', { trackName: 'cls-empty-prefix', destination: topic, importTrackId: '24301', keepImported: keep });
    const full = stack.toTerraform();
    const r = Object.values<any>(full.resource.tencentcloud_audit_track)[0];
    expect(r.storage.storage_prefix).toBe('');
    const result = review({ name: 'test', file: 'cdk.tf.json', kind: 'cdktf', resources: fromConfig(full, 'cdk.tf.json') });
    const ca306 = result.findings.filter((f) => f.code === 'CA306');
    expect(ca306.length).toBeGreaterThan(0);
    expect(ca306.map((f) => f.acknowledged?.reason)).toEqual(ca306.map(() => REASON));
  });

  test('a bucket of another account: the track delivers there without being org-wide', () => {
    const { stack } = newStack();
    const logs = CosDestination.fromExistingBucket(stack, 'Logs', {
      bucketName: 'archive-logs', region: 'ap-guangzhou', storageAccountId: '100012345678', storageAppId: '1250000001',
    });
    expect({ account: logs.storageAccountId, app: logs.storageAppId }).toEqual({ account: '100012345678', app: '1250000001' });
    new AuditTrack(stack, 'T', { trackName: 'cross-account', destination: logs, checkDeliveryRegion: false });
    const doc = JSON.parse(Testing.synth(stack, true));
    const r = Object.values<any>(doc.resource.tencentcloud_audit_track)[0];
    expect(r.storage).toMatchObject({ storage_account_id: '100012345678', storage_app_id: '1250000001' });
    expect(r.track_for_all_members).toBeUndefined();
  });

  test('the account pair follows the organization rules: both or neither (CA503), digits (CA501), 10-digit APPID (CA502)', () => {
    const { stack } = newStack();
    expectCode(() => CosDestination.fromExistingBucket(stack, 'A', { bucketName: 'b', region: 'ap-guangzhou', storageAccountId: '100012345678' }), 'CA503');
    expectCode(() => ClsDestination.fromTopicId(stack, 'B', { topicId: '8d2c7a44-51f0-4a57-9b38-0c1e4b1f9e21', region: 'ap-guangzhou', storageAccountId: 'uin-1', storageAppId: '1250000001' }), 'CA501');
    expectCode(() => ClsDestination.fromTopicId(stack, 'C', { topicId: '8d2c7a44-51f0-4a57-9b38-0c1e4b1f9e21', region: 'ap-guangzhou', storageAccountId: '100012345678', storageAppId: '125' }), 'CA502');
  });
});
