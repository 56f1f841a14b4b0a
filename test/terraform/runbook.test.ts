/**
 * docs/operations.md, recipe by recipe, against the provider double and its cloud store: each
 * recipe's symptom is produced on a stack the library synthesizes, then its commands (written in
 * the runbook with placeholders such as `<track address>`, checked to be there verbatim) are run
 * with the real addresses, and the stack ends applied and planning clean (or destroyed).
 */
import * as fs from 'fs';
import * as path from 'path';
import { TerraformStack } from 'cdktf';
import { addressOf, deployed, expectExit, stackConfig, tracksIn } from './lifecycle-support';
import { ActionType, AlarmLevel, AuditTrack, ClsDestination, CosDestination, SensitiveOperations } from '../../src';
import { CloudStore, trackAttributes, Workspace } from '../support/cloud-store';

jest.setTimeout(300_000);

const RUNBOOK = fs.readFileSync(path.join(__dirname, '..', '..', 'docs', 'operations.md'), 'utf8');

/** A recipe's heading must be in the runbook. */
function recipe(heading: string): void {
  expect(RUNBOOK).toContain(`\n## ${heading}\n`);
}

/**
 * Runs a runbook command: the template must appear verbatim in docs/operations.md; its
 * placeholders are replaced by `values`, then it runs as `terraform <args>` in the workspace.
 */
async function runbook(ws: Workspace, template: string, values: Record<string, string> = {}, code = 0) {
  expect(RUNBOOK).toContain(template);
  const line = template.replace(/<[^>]+>/g, (p) => {
    if (values[p] === undefined) throw new Error(`no value for ${p} in ${template}`);
    return values[p];
  });
  // Arguments as a shell would split them (single quotes around addresses).
  const args = (line.match(/(?:[^\s']+|'[^']*')+/g) ?? []).map((a) => a.replace(/'/g, ''));
  if (args[0] !== 'terraform') throw new Error(`not a terraform command: ${template}`);
  const r = await ws.run([...args.slice(1), ...(['apply', 'destroy'].includes(args[1]) ? ['-auto-approve', '-input=false'] : []), '-no-color']);
  expectExit(r, code, template);
  return r;
}

const cos = (s: TerraformStack, preventDestroy = true) => new CosDestination(s, 'Logs', { bucketName: 'audit-logs', region: 'ap-guangzhou', preventDestroy });

describe('A tracking set, topic or logset deleted outside Terraform', () => {
  beforeAll(() => recipe('A tracking set, topic or logset deleted outside Terraform'));

  test('a tracking set: every plan fails with ResourceNotFound.AuditNotExist; state rm, then apply creates it again', async () => {
    const config = stackConfig((s) => new AuditTrack(s, 'Track', { trackName: 'org-audit', destination: cos(s) }));
    const ws = await deployed(config);
    const [id] = Object.keys(ws.store.all('tencentcloud_audit_track'));
    ws.store.remove('tencentcloud_audit_track', id);
    const p = await ws.plan();
    expectExit(p, 1, 'plan after the deletion');
    expect(p.stderr).toContain('ResourceNotFound.AuditNotExist');
    const track = addressOf(config, 'tencentcloud_audit_track');
    await runbook(ws, "terraform state rm '<track address>'", { '<track address>': track });
    await runbook(ws, 'terraform apply');
    await runbook(ws, 'terraform plan -detailed-exitcode');
    const tracks = tracksIn(ws.store);
    expect(Object.keys(tracks)).toEqual(['org-audit']);
    expect(tracks['org-audit'].id).not.toBe(id);
  });

  test('a CLS logset and its topic: plans fail; state rm both, then apply re-creates them and updates the track and the alarm', async () => {
    const config = stackConfig((s) => {
      const events = new ClsDestination(s, 'Events', { region: 'ap-guangzhou', logsetName: 'cloudaudit', topicName: 'events' });
      new AuditTrack(s, 'Writes', { trackName: 'writes', destination: events, actionType: ActionType.WRITE });
      events.addAlarm('Keys', { alarmName: 'cam-key-changes', preset: SensitiveOperations.CAM_KEY_CHANGES, level: AlarmLevel.CRITICAL, notify: { receiverIds: [100012345678] } });
    });
    const ws = await deployed(config);
    const [logsetId] = Object.keys(ws.store.all('tencentcloud_cls_logset'));
    const [topicId] = Object.keys(ws.store.all('tencentcloud_cls_topic'));
    ws.store.remove('tencentcloud_cls_topic', topicId);
    ws.store.remove('tencentcloud_cls_logset', logsetId);
    const p = await ws.plan();
    expectExit(p, 1, 'plan after the deletion');
    expect(p.stderr).toContain('does not exist');
    await runbook(ws, "terraform state rm '<topic address>' '<logset address>'", {
      '<topic address>': addressOf(config, 'tencentcloud_cls_topic'),
      '<logset address>': addressOf(config, 'tencentcloud_cls_logset'),
    });
    const planned = await ws.changes();
    expect(Object.entries(planned.changes).map(([a, x]) => `${a.split('.')[0]} ${x.join('+')}`).sort()).toEqual([
      'tencentcloud_audit_track update', 'tencentcloud_cls_alarm update', 'tencentcloud_cls_index update', 'tencentcloud_cls_logset create', 'tencentcloud_cls_topic create',
    ]);
    await runbook(ws, 'terraform apply');
    await runbook(ws, 'terraform plan -detailed-exitcode');
    const [topic] = Object.values(ws.store.all('tencentcloud_cls_topic'));
    expect(topic.id).not.toBe(topicId);
    expect(tracksIn(ws.store).writes.storage[0].storage_name).toBe(topic.id);
    expect(Object.values(ws.store.all('tencentcloud_cls_alarm'))[0].alarm_targets[0].topic_id).toBe(topic.id);
  });
});

describe('A stuck rename', () => {
  beforeAll(() => recipe('A stuck rename: every apply fails with AuditTrackNameNotSupportModify'));

  test('the marker replaced without the track (-target): in-place rename refused at every apply; apply -replace recovers', async () => {
    const v = (name: string) => stackConfig((s) => new AuditTrack(s, 'Track', { trackName: name, destination: cos(s) }));
    const ws = await deployed(v('org-audit'));
    const track = addressOf(v('org-audit'), 'tencentcloud_audit_track');
    const marker = addressOf(v('org-audit'), 'terraform_data', 'NameMarker');
    ws.write(v('org-audit-v2'));
    expectExit(await ws.apply([`-target=${marker}`]), 0, 'apply -target on the marker');
    for (let i = 0; i < 2; i++) {
      const r = await ws.apply();
      expectExit(r, 1, 'apply on the stuck rename');
      expect(r.stderr).toContain('InvalidParameterValue.AuditTrackNameNotSupportModify');
    }
    await runbook(ws, "terraform apply -replace='<track address>'", { '<track address>': track });
    await runbook(ws, 'terraform plan -detailed-exitcode');
    expect(Object.keys(tracksIn(ws.store))).toEqual(['org-audit-v2']);
  });
});

describe('A rename or replacement whose create failed', () => {
  beforeAll(() => recipe('A rename or replacement whose create failed'));

  test('renamed onto a name in use: the old track is gone, nothing records; freeing the name and applying again recovers', async () => {
    const store = CloudStore.create();
    const t = trackAttributes({
      TrackId: 601,
      Name: 'org-audit-v2',
      ActionType: '*',
      ResourceType: '*',
      EventNames: ['*'],
      Status: 0,
      Storage: { StorageType: 'cos', StorageRegion: 'ap-guangzhou', StorageName: 'old-logs', StoragePrefix: 'cloudaudit' },
    });
    store.seed(t.type, t.id, t.attributes);
    const v = (name: string) => stackConfig((s) => new AuditTrack(s, 'Track', { trackName: name, destination: cos(s) }));
    const ws = await deployed(v('org-audit'), store);
    ws.write(v('org-audit-v2'));
    const r = await ws.apply();
    expectExit(r, 1, 'rename onto a name in use');
    expect(r.stderr).toContain('InvalidParameterValue.AliasAlreadyExists');
    expect(Object.keys(tracksIn(store))).toEqual(['org-audit-v2']);
    expect(tracksIn(store)['org-audit-v2'].id).toBe('601');
    // The unused (paused) tracking set holding the name is deleted (DeleteAuditTrack), then the same apply.
    store.remove('tencentcloud_audit_track', '601');
    await runbook(ws, 'terraform apply');
    await runbook(ws, 'terraform plan -detailed-exitcode');
    expect(tracksIn(store)['org-audit-v2'].storage[0].storage_name).toBe('audit-logs');
  });
});

describe('LimitExceeded.OverAmount: the tracking-set quota', () => {
  beforeAll(() => recipe('The tracking-set quota: LimitExceeded.OverAmount'));

  test('a sixth tracking set fails; once one is deleted (or the quota raised), the same apply succeeds', async () => {
    const store = CloudStore.create();
    for (let i = 1; i <= 5; i++) {
      const t = trackAttributes({
        TrackId: 500 + i,
        Name: `console-${i}`,
        ActionType: '*',
        ResourceType: '*',
        EventNames: ['*'],
        Status: 1,
        Storage: { StorageType: 'cos', StorageRegion: 'ap-guangzhou', StorageName: 'other-logs', StoragePrefix: 'cloudaudit' },
      });
      store.seed(t.type, t.id, t.attributes);
    }
    const config = stackConfig((s) => new AuditTrack(s, 'Track', { trackName: 'org-audit', destination: cos(s) }));
    const ws = await Workspace.create(config, store);
    const r = await ws.apply();
    expectExit(r, 1, 'apply past the quota');
    expect(r.stderr).toContain('LimitExceeded.OverAmount');
    // The bucket and the marker were created; the track was not: nothing is left half-made.
    expect(Object.keys(tracksIn(store)).sort()).toEqual(['console-1', 'console-2', 'console-3', 'console-4', 'console-5']);
    // DeleteAuditTrack of an unused one (console or tccli), then the same apply.
    store.remove('tencentcloud_audit_track', '505');
    await runbook(ws, 'terraform apply');
    await runbook(ws, 'terraform plan -detailed-exitcode');
    expect(tracksIn(store)['org-audit']).toBeDefined();
  });
});

describe('prevent_destroy stops a whole destroy', () => {
  beforeAll(() => recipe('`prevent_destroy` stops the whole `destroy`'));
  const config = () => stackConfig((s) => new AuditTrack(s, 'Track', { trackName: 'org-audit', destination: cos(s) }));

  test('terraform destroy fails before destroying anything, not even the track', async () => {
    const ws = await deployed(config());
    const r = await ws.destroy();
    expectExit(r, 1, 'destroy');
    expect(r.stderr.replace(/\s+/g, ' ')).toContain('Instance cannot be destroyed');
    expect(Object.keys(tracksIn(ws.store))).toEqual(['org-audit']);
    expect(Object.keys(ws.store.all('tencentcloud_cos_bucket'))).toHaveLength(1);
  });

  test('keep the logs: state rm the bucket, then destroy takes the rest; the bucket stays in the cloud', async () => {
    const ws = await deployed(config());
    await runbook(ws, "terraform state rm '<bucket address>'", { '<bucket address>': addressOf(config(), 'tencentcloud_cos_bucket') });
    await runbook(ws, 'terraform destroy');
    expect(tracksIn(ws.store)).toEqual({});
    expect(Object.keys(ws.store.all('tencentcloud_cos_bucket'))).toEqual(['audit-logs-1250000000']);
    expect((await ws.state()).values).toBeUndefined();
  });

  test('or destroy only the track: destroy -target', async () => {
    const ws = await deployed(config());
    await runbook(ws, "terraform destroy -target='<track address>'", { '<track address>': addressOf(config(), 'tencentcloud_audit_track') });
    expect(tracksIn(ws.store)).toEqual({});
    expect(Object.keys(ws.store.all('tencentcloud_cos_bucket'))).toHaveLength(1);
  });
});

describe('A sandbox destroy that stops at BucketNotEmpty', () => {
  beforeAll(() => recipe('A sandbox destroy stops at `409 BucketNotEmpty`'));
  const config = () => stackConfig((s) => new AuditTrack(s, 'Track', { trackName: 'sandbox', destination: cos(s, false) }));
  const bucketName = 'audit-logs-1250000000';

  async function stopped(): Promise<Workspace> {
    const ws = await deployed(config());
    ws.store.putObjects(bucketName, ['cloudaudit/2026010100/log-1.json.gz', 'cloudaudit/2026010101/log-2.json.gz']);
    const r = await ws.destroy();
    expectExit(r, 1, 'sandbox destroy');
    expect(r.stderr.replace(/\s+/g, ' ')).toContain('409 BucketNotEmpty');
    // The track is already gone: the account records nothing; the bucket holds the logs.
    expect(tracksIn(ws.store)).toEqual({});
    return ws;
  }

  test('keep the logs: state rm the bucket, and the destroy ends', async () => {
    const ws = await stopped();
    await runbook(ws, "terraform state rm '<bucket address>'", { '<bucket address>': addressOf(config(), 'tencentcloud_cos_bucket') });
    await runbook(ws, 'terraform destroy');
    expect(Object.keys(ws.store.all('tencentcloud_cos_bucket'))).toEqual([bucketName]);
  });

  test('or empty the bucket (every object version), then destroy again', async () => {
    const ws = await stopped();
    // What emptying the bucket leaves: no object (the double reads <bucket>.objects).
    fs.rmSync(path.join(ws.store.dir, 'default', 'tencentcloud_cos_bucket', `${bucketName}.objects`));
    await runbook(ws, 'terraform destroy');
    expect(ws.store.all('tencentcloud_cos_bucket')).toEqual({});
  });
});
