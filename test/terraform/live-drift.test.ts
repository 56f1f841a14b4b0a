/**
 * `cloudaudit-review --live`: the live drift report, against what the provider double's cloud
 * store holds after an apply. The store's tracking sets are written as the API would answer
 * DescribeAuditTracks (and DescribeAuditTrack for a multi-product one); the code side is the
 * state (`terraform show -json`, TrackIds known) or the synthesized configuration (matched by name).
 * Then the cloud drifts (console pause, deletion, a console-made track, storage moved), and the
 * report names each difference, in every format, with the review's exit codes.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { addressOf, deployed, stackConfig } from './lifecycle-support';
import { ActionType, AuditTrack, ClsDestination, CosDestination, tencentcloud } from '../../src';
import { main } from '../../src/review/cli';
import { sarifProblems } from '../review/support';
import { CloudStore, Workspace } from '../support/cloud-store';

jest.setTimeout(300_000);

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cloudaudit-drift-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const write = (name: string, doc: unknown) => {
  const f = path.join(dir, name);
  fs.writeFileSync(f, typeof doc === 'string' ? doc : JSON.stringify(doc, null, 1));
  return f;
};

function run(args: string[]): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const code = main(args, { stdout: (t) => (out += t), stderr: (t) => (err += t) });
  process.exitCode = 0;
  return { code, out, err };
}

/** The store's tracking sets as DescribeAuditTracks answers (and DescribeAuditTrack for the multi-product ones). */
function describe_(store: CloudStore): { list: string; details: string[] } {
  const storage = (s: any) => ({
    StorageType: s.storage_type,
    StorageRegion: s.storage_region,
    StorageName: s.storage_name,
    StoragePrefix: s.storage_prefix,
    ...(s.storage_account_id ? { StorageAccountId: s.storage_account_id, StorageAppId: s.storage_app_id } : {}),
  });
  const tracks: any[] = [];
  const details: string[] = [];
  for (const t of Object.values(store.all('tencentcloud_audit_track'))) {
    tracks.push({
      TrackId: Number(t.id),
      Name: t.name,
      ActionType: t.action_type,
      ResourceType: t.resource_type,
      EventNames: t.event_names,
      Status: t.status,
      Storage: storage(t.storage[0]),
      CreateTime: '2026-01-01 00:00:00',
    });
  }
  for (const t of Object.values(store.all('tencentcloud_events_audit_track'))) {
    tracks.push({ TrackId: Number(t.id), Name: t.name, ActionType: '', ResourceType: '', EventNames: [], Status: t.status, Storage: storage(t.storage[0]) });
    details.push(write(`track-${t.id}.json`, {
      Response: {
        Name: t.name,
        Status: t.status,
        Storage: storage(t.storage[0]),
        TrackForAllMembers: t.track_for_all_members ?? 0,
        Filters: {
          ResourceFields: t.filters[0].resource_fields.map((f: any) => ({
            ResourceType: f.resource_type, ActionType: f.action_type, EventNames: f.event_names,
          })),
        },
      },
    }));
  }
  return { list: write(`tracks-${Math.random().toString(36).slice(2)}.json`, { Response: { Tracks: tracks, TotalCount: tracks.length } }), details };
}

/** `terraform show -json` of the workspace's state, as a file. */
async function stateFile(ws: Workspace): Promise<string> {
  return write(`state-${Math.random().toString(36).slice(2)}.json`, await ws.state());
}

const config = () => stackConfig((s) => {
  const logs = new CosDestination(s, 'Logs', { bucketName: 'audit-logs', region: 'ap-guangzhou' });
  new AuditTrack(s, 'All', { trackName: 'org-audit', destination: logs });
  const events = new ClsDestination(s, 'Events', { region: 'ap-guangzhou', logsetName: 'cloudaudit', topicName: 'events' });
  new AuditTrack(s, 'Iam', { trackName: 'iam-writes', destination: events, actionType: ActionType.WRITE, selectors: [{ resourceType: 'cam' }, { resourceType: 'cvm' }] });
});

let ws: Workspace;
beforeAll(async () => {
  ws = await deployed(config());
});

describe('cloudaudit-review --live', () => {
  test('right after apply: no drift, every field compared, exit 0', async () => {
    const { list, details } = describe_(ws.store);
    const state = await stateFile(ws);
    const r = run([state, '--live', list, ...details.flatMap((d) => ['--live', d]), '--format', 'json']);
    expect({ code: r.code, err: r.err }).toEqual({ code: 0, err: '' });
    const j = JSON.parse(r.out);
    expect(j.drift).toEqual([]);
    expect(j.matched.map((m: any) => [m.name, m.by]).sort()).toEqual([['iam-writes', 'trackId'], ['org-audit', 'trackId']]);
    // Left out: what the list does not say (TrackForAllMembers without DescribeAuditTrack), and what
    // the provider never reads back for tencentcloud_events_audit_track (not in the state).
    expect(Object.fromEntries(j.matched.map((m: any) => [m.name, m.notCompared]))).toEqual({
      'org-audit': ['track_for_all_members: not in the response (give its DescribeAuditTrack with another --live)'],
      'iam-writes': [
        'storage.storage_account_id: tencentcloud_events_audit_track never reads it back (a plan or state does not hold it)',
        'storage.storage_app_id: tencentcloud_events_audit_track never reads it back (a plan or state does not hold it)',
      ],
    });
  });

  test('drift in the console: paused, deleted, one made by hand, a multi-product track narrowed: each named; exit 1', async () => {
    const store = ws.store;
    const snapshot = JSON.parse(JSON.stringify({ a: store.all('tencentcloud_audit_track'), e: store.all('tencentcloud_events_audit_track') }));
    try {
      const [all] = Object.values(store.all('tencentcloud_audit_track'));
      const [iam] = Object.values(store.all('tencentcloud_events_audit_track'));
      store.change('tencentcloud_audit_track', all.id, (a) => { a.status = 0; a.storage[0].storage_name = 'other-logs'; });
      store.change('tencentcloud_events_audit_track', iam.id, (a) => { a.filters[0].resource_fields = a.filters[0].resource_fields.slice(0, 1); });
      store.seed('tencentcloud_audit_track', '99001', {
        name: 'console-made',
        action_type: '*',
        resource_type: '*',
        event_names: ['*'],
        status: 1,
        storage: [{ storage_type: 'cos', storage_region: 'ap-guangzhou', storage_name: 'console-logs', storage_prefix: 'cloudaudit' }],
      });
      const { list, details } = describe_(store);
      const state = await stateFile(ws);
      const live = [list, ...details].flatMap((f) => ['--live', f]);
      const r = run([state, ...live, '--format', 'json']);
      expect(r.code).toBe(1);
      const j = JSON.parse(r.out);
      expect(j.drift.map((d: any) => [d.id, d.name, d.field ?? null, d.code ?? null, d.cloud ?? null])).toEqual([
        ['DRIFT-003', 'iam-writes', 'selectors', 'cam:Write:[*] cvm:Write:[*]', 'cam:Write:[*]'],
        ['DRIFT-003', 'org-audit', 'status', '1', '0'],
        ['DRIFT-003', 'org-audit', 'storage.storage_name', 'audit-logs', 'other-logs'],
        ['DRIFT-001', 'console-made', null, null, null],
      ]);
      expect(j.summary).toEqual({ errors: 3, warnings: 1, matched: 2 });

      // The same report in the other formats.
      const table = run([state, ...live]);
      expect(table.code).toBe(1);
      expect(table.out).toMatch(/error\s+DRIFT-003\s+org-audit\s+\d+\s+status\s+1\s+0/);
      expect(table.out).toMatch(/warning\s+DRIFT-001\s+console-made\s+99001\s+-\s+\(not declared\)\s+exists/);
      expect(table.out).toContain('3 drift error(s), 1 warning(s); 2 track(s) matched');
      const mdown = run([state, ...live, '--format', 'markdown']);
      expect(mdown.out).toContain('# CloudAudit live drift');
      expect(mdown.out).toMatch(/\| error \| DRIFT-003 \| org-audit \| \d+ \| status \| 1 \| 0 \|/);
      const sarif = run([state, ...live, '--format', 'sarif']);
      const log = JSON.parse(sarif.out);
      expect(sarifProblems(log)).toEqual([]);
      expect(log.runs[0].results.map((x: any) => `${x.ruleId} ${x.level}`)).toEqual(['DRIFT-003 error', 'DRIFT-003 error', 'DRIFT-003 error', 'DRIFT-001 warning']);
      const out = path.join(dir, 'drift.sarif');
      const written = run([state, ...live, '--format', 'sarif', '-o', out]);
      expect(written.code).toBe(1);
      expect(written.out).toBe(`cloudaudit-review: wrote ${out}: 3 drift error(s), 1 warning(s), 2 matched\n`);
      expect(JSON.parse(fs.readFileSync(out, 'utf8')).runs[0].results).toHaveLength(4);
    } finally {
      for (const [id, a] of Object.entries<any>(snapshot.a)) store.seed('tencentcloud_audit_track', id, a);
      for (const [id, a] of Object.entries<any>(snapshot.e)) store.seed('tencentcloud_events_audit_track', id, a);
      store.remove('tencentcloud_audit_track', '99001');
    }
  });

  test('a track deleted outside Terraform: DRIFT-002, the runbook named in the fix', async () => {
    const { list } = describe_(ws.store);
    const doc = JSON.parse(fs.readFileSync(list, 'utf8'));
    doc.Response.Tracks = doc.Response.Tracks.filter((t: any) => t.Name !== 'org-audit');
    doc.Response.TotalCount = doc.Response.Tracks.length;
    const r = run([await stateFile(ws), '--live', write('without-org-audit.json', doc)]);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/error\s+DRIFT-002\s+org-audit\s+\d+\s+-\s+declared\s+\(does not exist\)/);
    expect(r.out).toContain('Not compared:');
    expect(r.out).toMatch(/iam-writes .*: selectors: not in the response/);
    const sarif = JSON.parse(run([await stateFile(ws), '--live', write('without-org-audit.json', doc), '--format', 'sarif']).out);
    expect(sarif.runs[0].results[0].message.text).toContain('terraform state rm it (docs/operations.md)');
  });

  test('against the synthesized configuration (no TrackIds): matched by name; a topic ID created in the plan is not compared', () => {
    const { list, details } = describe_(ws.store);
    const cfg = write('cdk.tf.json', { ...config(), '//': { metadata: { stackName: 'lifecycle' } } });
    const r = run([cfg, '--live', list, ...details.flatMap((d) => ['--live', d]), '--format', 'json']);
    expect({ code: r.code, err: r.err }).toEqual({ code: 0, err: '' });
    const j = JSON.parse(r.out);
    expect(j.matched.map((m: any) => m.by)).toEqual(['name', 'name']);
    expect(j.matched.find((m: any) => m.name === 'iam-writes').notCompared).toEqual(['storage.storage_name: unknown in the code']);
    expect(addressOf(config(), 'tencentcloud_audit_track')).toBe(j.matched.find((m: any) => m.name === 'org-audit').address);
  });

  test('an account without tracking sets: every track of the code is missing', async () => {
    const r = run([await stateFile(ws), '--live', write('none.json', { Response: { Tracks: [], TotalCount: 0 } }), '--format', 'json']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out).drift.map((d: any) => d.id)).toEqual(['DRIFT-002', 'DRIFT-002']);
  });
});

describe('--live: bad input is one coded line, exit 2', () => {
  const state = () => write('plain.tf.json', config());
  test.each([
    ['a missing file', () => ['--live', path.join(dir, 'nope.json')], /\[CA610 ReviewInputMissing\]/],
    ['not JSON', () => ['--live', write('bad.json', '{ nope')], /\[CA611 ReviewInputNotJson\]/],
    ['no DescribeAuditTracks among the files', () => ['--live', write('detail-only.json', { Name: 'x', Status: 1, Storage: { StorageType: 'cos', StorageRegion: 'r', StorageName: 'n', StoragePrefix: 'p' } })], /\[CA616 ReviewUsage\] .*needs one DescribeAuditTracks response/],
    ['a wrong field type', () => ['--live', write('typed.json', { Tracks: [{ TrackId: 'x', Name: 'a' }] })], /\[CA916 ImportFieldType\]/],
    ['a detail of a track the list does not have', () => ['--live', write('l.json', { Tracks: [] }), '--live', write('d.json', { Name: 'ghost', Status: 1, Storage: { StorageType: 'cos', StorageRegion: 'r', StorageName: 'n', StoragePrefix: 'p' } })], /\[CA917 ImportDetailMismatch\]/],
    ['--live-account without --live', () => ['--live-account', 'default'], /\[CA616 ReviewUsage\] --live-account goes with --live/],
    ['an account the code does not have', () => ['--live', write('l2.json', { Tracks: [] }), '--live-account', 'qcs::cam::uin/1:roleName/x'], /\[CA616 ReviewUsage\] .*names none of the code's accounts/],
  ])('%s', (_what, args, message) => {
    const r = run([state(), ...args()]);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err.trim().split('\n')).toEqual([expect.stringMatching(message)]);
  });

  test('two accounts in the code: --live-account picks one (its tracks only), else a usage error', () => {
    const two = stackConfig((s) => {
      new AuditTrack(s, 'A', { trackName: 'org-audit', destination: CosDestination.fromExistingBucket(s, 'L', { bucketName: 'audit-logs', region: 'ap-guangzhou' }), checkDeliveryRegion: false });
      const other = new tencentcloud.provider.TencentcloudProvider(s, 'sec', { alias: 'sec', region: 'ap-guangzhou', assumeRole: [{ roleArn: 'qcs::cam::uin/100012345678:roleName/audit', sessionName: 's', sessionDuration: 3600 }] });
      new AuditTrack(s, 'B', { trackName: 'org-audit', provider: other, destination: CosDestination.fromExistingBucket(s, 'M', { bucketName: 'sec-logs', region: 'ap-guangzhou' }), checkDeliveryRegion: false });
    });
    const f = write('two.tf.json', two);
    const list = write('sec.json', { Tracks: [{ TrackId: 1, Name: 'org-audit', ActionType: '*', ResourceType: '*', EventNames: ['*'], Status: 1, Storage: { StorageType: 'cos', StorageRegion: 'ap-guangzhou', StorageName: 'sec-logs', StoragePrefix: 'cloudaudit' } }] });
    const refused = run([f, '--live', list]);
    expect(refused.code).toBe(2);
    expect(refused.err).toMatch(/\[CA616 ReviewUsage\] .*manages tracks in 2 accounts/);
    const r = run([f, '--live', list, '--live-account', 'qcs::cam::uin/100012345678:roleName/audit', '--format', 'json']);
    expect({ code: r.code, err: r.err }).toEqual({ code: 0, err: '' });
    const j = JSON.parse(r.out);
    expect(j.matched).toHaveLength(1);
    expect(j.otherAccounts).toHaveLength(1);
    expect(j.account).toBe('the account of role "qcs::cam::uin/100012345678:roleName/audit"');
  });
});
