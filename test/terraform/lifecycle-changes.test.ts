/**
 * The changes a team makes to a deployed app, each against the provider double and its cloud
 * store: v1 applied, v2 planned (the actions the docs promise), applied, then planned again with
 * `-detailed-exitcode` (exit 0, no changes). Also what a forced create-before-destroy on a track
 * does (refused at synth, CA117: test/replacement-order.test.ts), and the way out of it.
 */
import { TerraformStack } from 'cdktf';
import { addressOf, change, deployed, expectExit, lineOf, stackConfig, tracksIn } from './lifecycle-support';
import { ActionType, AlarmLevel, AuditTrack, ClsDestination, CosDestination, SensitiveOperations, tencentcloud } from '../../src';
import { CloudStore, trackAttributes } from '../support/cloud-store';

jest.setTimeout(300_000);

const cos = (s: TerraformStack, retentionDays = 365) => new CosDestination(s, 'Logs', { bucketName: 'audit-logs', region: 'ap-guangzhou', retentionDays });
const cls = (s: TerraformStack) => new ClsDestination(s, 'Events', { region: 'ap-guangzhou', logsetName: 'cloudaudit', topicName: 'events' });

describe('changes a team makes: apply, then a clean re-plan', () => {
  test('retention change: the bucket and the topic are updated in place, nothing replaced', async () => {
    const v = (days: number, topicDays: number) => stackConfig((s) => {
      new AuditTrack(s, 'Track', { trackName: 'org-audit', destination: cos(s, days) });
      const events = new ClsDestination(s, 'Events', { region: 'ap-guangzhou', logsetName: 'cloudaudit', topicName: 'events', retentionDays: topicDays });
      new AuditTrack(s, 'Writes', { trackName: 'writes', destination: events, actionType: ActionType.WRITE });
    });
    const ws = await deployed(v(365, 180));
    const r = await change(ws, v(730, 365));
    expect(r.planned).toEqual({
      [addressOf(v(730, 365), 'tencentcloud_cos_bucket')]: ['update'],
      [addressOf(v(730, 365), 'tencentcloud_cls_topic')]: ['update'],
    });
    expectExit(r.apply, 0, 'apply');
    expectExit(r.replan, 0, 're-plan');
    const [bucket] = Object.values(ws.store.all('tencentcloud_cos_bucket'));
    expect(bucket.lifecycle_rules[0].expiration[0].days).toBe(730);
    expect(bucket.lifecycle_rules[0].non_current_expiration[0].non_current_days).toBe(730);
    const [topic] = Object.values(ws.store.all('tencentcloud_cls_topic'));
    expect(topic.period).toBe(365);
  });

  test('one selector to several: the track is replaced with the same name, destroy-first, in the order docs/advanced.md states', async () => {
    const v = (multi: boolean) => stackConfig((s) => {
      new AuditTrack(s, 'Track', { trackName: 'iam-changes', destination: cos(s), actionType: ActionType.WRITE, ...(multi ? { selectors: [{ resourceType: 'cam' }, { resourceType: 'cvm' }] } : { resourceType: 'cam' }) });
    });
    const ws = await deployed(v(false));
    const [oldId] = Object.keys(ws.store.all('tencentcloud_audit_track'));
    const r = await change(ws, v(true));
    const single = addressOf(v(false), 'tencentcloud_audit_track');
    const multi = addressOf(v(true), 'tencentcloud_events_audit_track');
    const marker = addressOf(v(true), 'terraform_data', 'NameMarker');
    expect(r.planned).toEqual({ [single]: ['delete'], [multi]: ['create'], [marker]: ['delete', 'create'] });
    expectExit(r.apply, 0, 'apply');
    // The old track is gone before the marker is replaced, and the new one is created after it.
    const out = r.apply.stdout;
    const gone = lineOf(out, new RegExp(`^${single.replace(/\./g, '\\.')}: Destruction complete`));
    const markerCreated = lineOf(out, new RegExp(`^${marker.replace(/\./g, '\\.')}: Creation complete`));
    const created = lineOf(out, new RegExp(`^${multi.replace(/\./g, '\\.')}: Creating`));
    expect(gone).toBeGreaterThanOrEqual(0);
    expect(gone).toBeLessThan(markerCreated);
    expect(markerCreated).toBeLessThan(created);
    expectExit(r.replan, 0, 're-plan');
    const tracks = tracksIn(ws.store);
    expect(Object.keys(tracks)).toEqual(['iam-changes']);
    expect(tracks['iam-changes'].type).toBe('tencentcloud_events_audit_track');
    expect(tracks['iam-changes'].id).not.toBe(oldId);
    expect(tracks['iam-changes'].filters[0].resource_fields.map((f: any) => f.resource_type)).toEqual(['cam', 'cvm']);
  });

  test('adding an alarm: only the alarm, its notice group and the topic\'s CLS index are created', async () => {
    const v = (alarm: boolean) => stackConfig((s) => {
      const events = cls(s);
      new AuditTrack(s, 'Writes', { trackName: 'writes', destination: events, actionType: ActionType.WRITE });
      if (alarm) {
        events.addAlarm('Keys', {
          alarmName: 'cam-key-changes',
          preset: SensitiveOperations.CAM_KEY_CHANGES,
          level: AlarmLevel.CRITICAL,
          notify: { receiverIds: [100012345678] },
        });
      }
    });
    const ws = await deployed(v(false));
    const r = await change(ws, v(true));
    expect(Object.entries(r.planned).map(([a, actions]) => `${a.split('.')[0]} ${actions.join('+')}`).sort())
      .toEqual(['tencentcloud_cls_alarm create', 'tencentcloud_cls_alarm_notice create', 'tencentcloud_cls_index create']);
    expectExit(r.apply, 0, 'apply');
    expectExit(r.replan, 0, 're-plan');
    const [alarm] = Object.values(ws.store.all('tencentcloud_cls_alarm'));
    const [topic] = Object.values(ws.store.all('tencentcloud_cls_topic'));
    expect(alarm.alarm_targets[0].topic_id).toBe(topic.id);
  });

  test('moving a track to another destination (COS bucket to CLS topic): updated in place, same TrackId', async () => {
    const v = (toCls: boolean) => stackConfig((s) => {
      const logs = cos(s);
      const events = cls(s);
      new AuditTrack(s, 'Track', { trackName: 'org-audit', destination: toCls ? events : logs });
    });
    const ws = await deployed(v(false));
    const [before] = Object.values(ws.store.all('tencentcloud_audit_track'));
    const r = await change(ws, v(true));
    expect(r.planned).toEqual({ [addressOf(v(true), 'tencentcloud_audit_track')]: ['update'] });
    expectExit(r.apply, 0, 'apply');
    expectExit(r.replan, 0, 're-plan');
    const [after] = Object.values(ws.store.all('tencentcloud_audit_track'));
    const [topic] = Object.values(ws.store.all('tencentcloud_cls_topic'));
    expect(after.id).toBe(before.id);
    expect(after.storage[0]).toMatchObject({ storage_type: 'cls', storage_name: topic.id, storage_region: 'ap-guangzhou' });
  });

  test('rename: the old track is deleted, the marker replaced, then the new track created (docs/advanced.md, Renaming)', async () => {
    const v = (name: string) => stackConfig((s) => new AuditTrack(s, 'Track', { trackName: name, destination: cos(s) }));
    const store = CloudStore.create();
    // At a full quota (4 other tracks + this one) a destroy-first rename still succeeds.
    for (let i = 1; i <= 4; i++) seedTrack(store, 200 + i, `other-${i}`);
    const ws = await deployed(v('org-audit'), store);
    const r = await change(ws, v('org-audit-v2'));
    const track = addressOf(v('org-audit-v2'), 'tencentcloud_audit_track');
    const marker = addressOf(v('org-audit-v2'), 'terraform_data', 'NameMarker');
    expect(r.planned).toEqual({ [track]: ['delete', 'create'], [marker]: ['delete', 'create'] });
    expectExit(r.apply, 0, 'apply');
    const out = r.apply.stdout;
    const esc = (a: string) => a.replace(/\./g, '\\.');
    const order = [
      lineOf(out, new RegExp(`^${esc(track)}: Destruction complete`)),
      lineOf(out, new RegExp(`^${esc(marker)}: Destruction complete`)),
      lineOf(out, new RegExp(`^${esc(marker)}: Creation complete`)),
      lineOf(out, new RegExp(`^${esc(track)}: Creating`)),
    ];
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expectExit(r.replan, 0, 're-plan');
    expect(Object.keys(tracksIn(store)).sort()).toEqual(['org-audit-v2', 'other-1', 'other-2', 'other-3', 'other-4']);
  });

  test('rename whose create fails (the new name is taken): nothing records until the way out, a free name, is applied', async () => {
    const v = (name: string) => stackConfig((s) => new AuditTrack(s, 'Track', { trackName: name, destination: cos(s) }));
    const store = CloudStore.create();
    seedTrack(store, 301, 'taken-name');
    const ws = await deployed(v('org-audit'), store);
    ws.write(v('taken-name'));
    const failed = await ws.apply();
    expectExit(failed, 1, 'rename onto a taken name');
    expect(failed.stderr).toContain('InvalidParameterValue.AliasAlreadyExists');
    // The old tracking set is already deleted: this app's account records nothing of its own.
    expect(Object.keys(tracksIn(store))).toEqual(['taken-name']);
    // The way out: a name that is free (or free the name), then apply.
    ws.write(v('org-audit-v2'));
    expectExit(await ws.apply(), 0, 'apply with a free name');
    expectExit(await ws.plan(), 0, 're-plan');
    expect(Object.keys(tracksIn(store)).sort()).toEqual(['org-audit-v2', 'taken-name']);
  });

  test('a second account: a provider with assume_role; its track is created in that account, and both re-plan clean', async () => {
    const v = (second: boolean) => stackConfig((s) => {
      new AuditTrack(s, 'Track', { trackName: 'org-audit', destination: cos(s) });
      if (second) {
        const other = new tencentcloud.provider.TencentcloudProvider(s, 'security', {
          alias: 'security',
          region: 'ap-guangzhou',
          assumeRole: [{ roleArn: 'qcs::cam::uin/100012345678:roleName/cloudaudit-deployer', sessionName: 'cdktf', sessionDuration: 3600 }],
        });
        const logs = CosDestination.fromExistingBucket(s, 'SecurityLogs', { bucketName: 'security-audit-logs', region: 'ap-guangzhou' });
        // The same name in another account is another tracking set.
        new AuditTrack(s, 'SecurityTrack', { trackName: 'org-audit', destination: logs, provider: other, checkDeliveryRegion: false });
      }
    });
    const ws = await deployed(v(false));
    const r = await change(ws, v(true));
    expect(Object.values(r.planned)).toEqual([['create'], ['create']]);
    expectExit(r.apply, 0, 'apply');
    expectExit(r.replan, 0, 're-plan');
    expect(Object.keys(tracksIn(ws.store, 'default'))).toEqual(['org-audit']);
    const second = tracksIn(ws.store, '100012345678');
    expect(Object.keys(second)).toEqual(['org-audit']);
    expect(second['org-audit'].storage[0].storage_name).toBe('security-audit-logs');
  });
});

/** A tracking set that exists already in the store (made outside Terraform). */
function seedTrack(store: CloudStore, id: number, name: string, account = 'default'): void {
  const t = trackAttributes({
    TrackId: id,
    Name: name,
    ActionType: '*',
    ResourceType: '*',
    EventNames: ['*'],
    Status: 1,
    Storage: { StorageType: 'cos', StorageRegion: 'ap-guangzhou', StorageName: 'other-logs', StoragePrefix: 'cloudaudit' },
  });
  store.seed(t.type, t.id, t.attributes, account);
}

describe('forced create_before_destroy on a track (refused at synth with CA117): what it would do', () => {
  const v = (name: string, cbd: boolean) => stackConfig((s) => {
    const t = new AuditTrack(s, 'Track', { trackName: name, destination: cos(s) });
    if (cbd) t.resource.addOverride('lifecycle.create_before_destroy', true);
  }, { validate: !cbd });

  test('the library refuses it at synth', () => {
    expect(() => stackConfig((s) => {
      const t = new AuditTrack(s, 'Track', { trackName: 'org-audit', destination: cos(s) });
      t.resource.addOverride('lifecycle.create_before_destroy', true);
    })).toThrow(/CA117 TrackCreateBeforeDestroy/);
  });

  test('at the quota: the create fails, the marker is already replaced, every later apply fails; -replace recovers', async () => {
    const store = CloudStore.create();
    for (let i = 1; i <= 4; i++) seedTrack(store, 400 + i, `other-${i}`);
    const ws = await deployed(v('org-audit', true), store);
    const track = addressOf(v('org-audit', true), 'tencentcloud_audit_track');
    ws.write(v('org-audit-v2', true));
    const first = await ws.apply();
    expectExit(first, 1, 'create-before-destroy rename at the quota');
    expect(first.stderr).toContain('LimitExceeded.OverAmount');
    // Wedged: the marker holds the new name, the track the old one; the plan is an in-place rename.
    const planned = await ws.changes();
    expect(planned.changes[track]).toEqual(['update']);
    for (let i = 0; i < 2; i++) {
      const again = await ws.apply();
      expectExit(again, 1, 'apply on the wedged state');
      expect(again.stderr).toContain('InvalidParameterValue.AuditTrackNameNotSupportModify');
    }
    expect(tracksIn(store)['org-audit']).toBeDefined();
    // The way out (docs/operations.md): remove the override, then replace the track destroy-first.
    ws.write(v('org-audit-v2', false));
    expectExit(await ws.apply([`-replace=${track}`]), 0, 'apply -replace');
    expectExit(await ws.plan(), 0, 're-plan');
    expect(Object.keys(tracksIn(store)).sort()).toEqual(['org-audit-v2', 'other-1', 'other-2', 'other-3', 'other-4']);
  });
});
