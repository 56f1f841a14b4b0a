/**
 * The measured behaviours of the real provider, reproduced by the provider double (each named
 * once in test/provider-double/measured.go), shown as a user meets them with terraform, and what
 * the library does about each. Also what the provider refuses at plan time, with the SDK's words.
 */
import { TerraformStack, Testing } from 'cdktf';
import { ActionType, CosDestination, OrgWideTrack, tencentcloud } from '../../src';
import { canonicalJson } from '../../src/rules/eventbridge';
import { CloudStore, Workspace } from '../support/cloud-store';

jest.setTimeout(300_000);

const TERRAFORM = { required_providers: { tencentcloud: { source: 'tencentcloudstack/tencentcloud' } } };
const PROVIDER = { tencentcloud: [{ region: 'ap-guangzhou' }] };
const doc = (resource: Record<string, Record<string, unknown>>) => ({ terraform: TERRAFORM, provider: PROVIDER, resource });

const storage = (extra: Record<string, unknown> = {}) => [{ storage_type: 'cos', storage_region: 'ap-guangzhou', storage_name: 'audit-logs', storage_prefix: 'cloudaudit', ...extra }];
const track = (name: string, extra: Record<string, unknown> = {}) => ({
  name, action_type: '*', resource_type: '*', event_names: ['*'], status: 1, storage: storage(), ...extra,
});
const eventsTrack = (name: string, crossAccount: boolean, lifecycle?: unknown) => ({
  name,
  status: 1,
  storage: storage(crossAccount ? { storage_account_id: '100012345678', storage_app_id: '1250000001' } : {}),
  filters: [{
    resource_fields: [
      { resource_type: 'cam', action_type: 'Write', event_names: ['*'] },
      { resource_type: 'cos', action_type: '*', event_names: ['*'] },
    ],
  }],
  ...(lifecycle ? { lifecycle } : {}),
});

async function applied(config: any, store = CloudStore.create()): Promise<Workspace> {
  const ws = await Workspace.create(config, store);
  const r = await ws.apply();
  if (r.code !== 0) throw new Error(r.stderr);
  return ws;
}

describe('perpetual-diff-cross-account: events_audit_track never reads back the storage account', () => {
  test('raw: every plan shows the two fields added, every apply sends them again', async () => {
    const ws = await applied(doc({ tencentcloud_events_audit_track: { t: eventsTrack('org-events', true) } }));
    for (let i = 0; i < 2; i++) {
      const p = await ws.changes();
      expect(p.code).toBe(2);
      expect(p.changes).toEqual({ 'tencentcloud_events_audit_track.t': ['update'] });
      expect((await ws.apply()).code).toBe(0);
    }
    // The cloud has them all along.
    const [stored] = Object.values(ws.store.all('tencentcloud_events_audit_track'));
    expect(stored.storage[0]).toMatchObject({ storage_account_id: '100012345678', storage_app_id: '1250000001' });
  });

  test('without cross-account storage: no diff', async () => {
    const ws = await applied(doc({ tencentcloud_events_audit_track: { t: eventsTrack('own-events', false) } }));
    expect((await ws.plan()).code).toBe(0);
  });

  test('the library: an OrgWideTrack with two selectors delivering to another account re-plans clean', async () => {
    const app = Testing.app();
    const stack = new TerraformStack(app, 'org');
    new tencentcloud.provider.TencentcloudProvider(stack, 'tencentcloud', { region: 'ap-guangzhou' });
    const archive = CosDestination.fromExistingBucket(stack, 'Archive', { bucketName: 'org-log-archive', region: 'ap-guangzhou', prefix: 'orgaudit' });
    new OrgWideTrack(stack, 'Org', {
      trackName: 'org-wide',
      destination: archive,
      selectors: [{ resourceType: 'cam', actionType: ActionType.WRITE }, { resourceType: 'cvm' }],
      storageAccountId: '100012345678',
      storageAppId: '1250000001',
      checkDeliveryRegion: false,
    });
    const config = JSON.parse(Testing.synth(stack));
    const tracks = Object.values<any>(config.resource.tencentcloud_events_audit_track);
    expect(tracks).toHaveLength(1);
    for (const t of tracks) expect(t.lifecycle.ignore_changes).toEqual(['storage[0].storage_account_id', 'storage[0].storage_app_id']);
    const ws = await applied({ ...config, terraform: { ...config.terraform, required_providers: TERRAFORM.required_providers } });
    const p = await ws.changes();
    expect(p.stderr).toBe('');
    expect(p.changes).toEqual({});
  });
});

describe('event-pattern-reserialized: no diff suppression on event_pattern', () => {
  const rule = (pattern: string) => doc({ tencentcloud_eb_event_rule: { r: { event_bus_id: 'eb-default', rule_name: 'audit', event_pattern: pattern } } });

  test('raw: a pattern in any other form than the API returns plans a change at every run', async () => {
    const ws = await applied(rule('{"source": ["cam.cloud.tencent"], "type": ["cam:CloudEvent:ApiCall"]}'));
    expect((await ws.changes()).changes).toEqual({ 'tencentcloud_eb_event_rule.r': ['update'] });
  });

  test('the library writes it in the canonical form: clean', async () => {
    const ws = await applied(rule(canonicalJson({ type: ['cam:CloudEvent:ApiCall'], source: ['cam.cloud.tencent'], data: { eventName: ['DeleteUser'] } })));
    expect((await ws.plan()).code).toBe(0);
  });
});

describe('read-error-when-gone: drift', () => {
  test('a tracking set deleted outside Terraform: every plan fails; state rm then apply recovers', async () => {
    const ws = await applied(doc({ tencentcloud_audit_track: { t: track('drifted') } }));
    const [id] = Object.keys(ws.store.all('tencentcloud_audit_track'));
    ws.store.remove('tencentcloud_audit_track', id);
    for (let i = 0; i < 2; i++) {
      const p = await ws.plan();
      expect(p.code).toBe(1);
      expect(p.stderr).toContain('ResourceNotFound.AuditNotExist');
    }
    expect((await ws.run(['state', 'rm', 'tencentcloud_audit_track.t'])).code).toBe(0);
    expect((await ws.apply()).code).toBe(0);
    expect(Object.values(ws.store.all('tencentcloud_audit_track')).map((t) => t.name)).toEqual(['drifted']);
    expect((await ws.plan()).code).toBe(0);
  });

  test.each(['tencentcloud_cls_logset', 'tencentcloud_cls_topic'])('%s deleted outside Terraform: every plan fails', async (type) => {
    const body = type === 'tencentcloud_cls_logset' ? { logset_name: 'audit' } : { logset_id: 'x', topic_name: 'audit' };
    const ws = await applied(doc({ [type]: { r: body } }));
    const [id] = Object.keys(ws.store.all(type));
    ws.store.remove(type, id);
    const p = await ws.plan();
    expect(p.code).toBe(1);
    expect(p.stderr).toContain('does not exist');
  });

  test('a bucket deleted outside Terraform drops out cleanly and is re-created', async () => {
    const ws = await applied(doc({ tencentcloud_cos_bucket: { b: { bucket: 'logs-1250000000' } } }));
    ws.store.remove('tencentcloud_cos_bucket', 'logs-1250000000');
    expect((await ws.changes()).changes).toEqual({ 'tencentcloud_cos_bucket.b': ['create'] });
  });

  test('a changed attribute (status paused in the console) plans the update back', async () => {
    const ws = await applied(doc({ tencentcloud_audit_track: { t: track('paused') } }));
    const [id] = Object.keys(ws.store.all('tencentcloud_audit_track'));
    ws.store.change('tencentcloud_audit_track', id, (a) => { a.status = 0; });
    expect((await ws.changes()).changes).toEqual({ 'tencentcloud_audit_track.t': ['update'] });
    expect((await ws.apply()).code).toBe(0);
    expect(ws.store.get('tencentcloud_audit_track', id)!.status).toBe(1);
  });
});

describe('rename-refused, track-quota and replacement order', () => {
  test('raw: renaming an audit_track plans in place, and the API refuses it at apply', async () => {
    const ws = await applied(doc({ tencentcloud_audit_track: { t: track('before') } }));
    ws.write(doc({ tencentcloud_audit_track: { t: track('after') } }));
    expect((await ws.changes()).changes).toEqual({ 'tencentcloud_audit_track.t': ['update'] });
    const r = await ws.apply();
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('InvalidParameterValue.AuditTrackNameNotSupportModify');
  });

  test('a sixth tracking set fails with LimitExceeded.OverAmount; a name in use with AliasAlreadyExists', async () => {
    const store = CloudStore.create();
    for (let i = 1; i <= 5; i++) store.seed('tencentcloud_audit_track', String(100 + i), track(`existing-${i}`));
    const ws = await Workspace.create(doc({ tencentcloud_audit_track: { t: track('sixth') } }), store);
    const r = await ws.apply();
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('LimitExceeded.OverAmount');
    store.remove('tencentcloud_audit_track', '105');
    ws.write(doc({ tencentcloud_audit_track: { t: track('existing-1') } }));
    const again = await ws.apply();
    expect(again.stderr).toContain('InvalidParameterValue.AliasAlreadyExists');
  });

  test('a ForceNew change replaces destroy-first', async () => {
    const ws = await applied(doc({ tencentcloud_cos_bucket: { b: { bucket: 'one-1250000000' } } }));
    ws.write(doc({ tencentcloud_cos_bucket: { b: { bucket: 'two-1250000000' } } }));
    expect((await ws.changes()).changes).toEqual({ 'tencentcloud_cos_bucket.b': ['delete', 'create'] });
    expect((await ws.apply()).code).toBe(0);
    expect(Object.keys(ws.store.all('tencentcloud_cos_bucket'))).toEqual(['two-1250000000']);
  });
});

describe('bucket-not-empty: destroy', () => {
  test('a bucket holding objects fails the destroy with 409 BucketNotEmpty, after the track is gone', async () => {
    const ws = await applied(doc({
      tencentcloud_cos_bucket: { b: { bucket: 'audit-logs-1250000000' } },
      tencentcloud_audit_track: { t: { ...track('sandbox'), depends_on: ['tencentcloud_cos_bucket.b'] } },
    }));
    ws.store.putObjects('audit-logs-1250000000', ['cloudaudit/2026/01/01/log.json.gz']);
    const r = await ws.destroy();
    expect(r.code).toBe(1);
    expect(r.stderr.replace(/\s+/g, ' ')).toContain('409 BucketNotEmpty');
    expect(ws.store.all('tencentcloud_audit_track')).toEqual({});
    expect(Object.keys(ws.store.all('tencentcloud_cos_bucket'))).toEqual(['audit-logs-1250000000']);
  });
});

describe('what the provider refuses at plan time, with the SDK\'s words', () => {
  const validate = async (resource: Record<string, Record<string, unknown>>) => {
    const ws = await Workspace.create(doc(resource), CloudStore.create());
    const r = await ws.run(['validate', '-no-color']);
    return `${r.stdout}\n${r.stderr}`.replace(/\s+/g, ' ');
  };

  test('RequiredWith: replica_role without replica_rules and versioning', async () => {
    expect(await validate({ tencentcloud_cos_bucket: { b: { bucket: 'b-1250000000', replica_role: 'qcs::cam::uin/1:roleName/r' } } }))
      .toContain('"replica_role": all of `replica_role,replica_rules,versioning_enable` must be specified');
  });

  test('ExactlyOneOf and ConflictsWith on a CLS alarm', async () => {
    const alarm = { name: 'a', alarm_period: 5, trigger_count: 1, alarm_targets: [{ topic_id: 't', query: 'q', number: 1, start_time_offset: -15, end_time_offset: 0, logset_id: 'l' }], monitor_time: [{ type: 'Period', time: 1 }] };
    const none = await validate({ tencentcloud_cls_alarm: { a: alarm } });
    expect(none).toContain('"condition": one of `condition,multi_conditions` must be specified');
    expect(none).toContain('"alarm_notice_ids": one of `alarm_notice_ids,monitor_notice` must be specified');
    const both = await validate({ tencentcloud_cls_alarm: { a: { ...alarm, condition: 'x', alarm_notice_ids: ['n'], alarm_level: 1, multi_conditions: [{ condition: 'y', alarm_level: 1 }] } } });
    expect(both).toContain('"alarm_level": conflicts with multi_conditions');
    expect(both).toContain('only one of `condition,multi_conditions` can be specified');
  });
});
