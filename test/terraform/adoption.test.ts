/**
 * Lossless adoption, end to end against the provider double: a DescribeAuditTracks response of 3
 * tracking sets (one by the rules, a CLS one with an empty prefix, one delivering into another
 * account without its DescribeAuditTrack) becomes a file declaring 3 of 3; with the tracks in a
 * seeded cloud store, the generated app (with AuditChecks, as its main block runs it) synthesizes,
 * plans 3 imports and nothing to change or destroy (the adds are the 3 terraform_data rename
 * markers: Terraform state only), applies without a call changing the cloud, and re-plans clean.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, Aspects } from 'cdktf';
import { AuditChecks } from '../../src';
import { main } from '../../src/import/cli';
import { CloudStore, trackAttributes, Workspace } from '../support/cloud-store';

jest.setTimeout(300_000);

const FIXTURE = path.join(__dirname, '..', 'fixtures', 'import', 'describe-audit-tracks-lossless.json');
const TRACKS = JSON.parse(fs.readFileSync(FIXTURE, 'utf8')).Response.Tracks as any[];
// Beside the import tests' generated files (gitignored), where 'cdktf' resolves.
const GENERATED = path.join(__dirname, '..', 'import', '.generated');
const file = path.join(GENERATED, `lossless-${process.pid}.ts`);
afterAll(() => fs.rmSync(file, { force: true }));

let out = '';
let err = '';
let code = -1;
let config: any;
const annotations: string[] = [];
const infos: string[] = [];

beforeAll(() => {
  fs.mkdirSync(GENERATED, { recursive: true });
  code = main([FIXTURE, '--module', '../../../src', '-o', file], { stdout: (t) => (out += t), stderr: (t) => (err += t) });
  process.exitCode = 0;
  // What the generated file's main block does, into a temp outdir.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const mod = require(file);
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'cloudaudit-lossless-'));
  const app = new App({ outdir });
  Aspects.of(app).add(new AuditChecks());
  const stack = new mod.ImportedTracksStack(app, 'imported-tracks');
  app.synth();
  for (const c of stack.node.findAll()) {
    for (const m of c.node.metadata) {
      if (/^@cdktf\/(error|warn)$/.test(m.type)) annotations.push(String(m.data));
      if (m.type === '@cdktf/info') infos.push(String(m.data));
    }
  }
  config = JSON.parse(fs.readFileSync(path.join(outdir, 'stacks', 'imported-tracks', 'cdk.tf.json'), 'utf8'));
  fs.rmSync(outdir, { recursive: true, force: true });
});

test('3 of 3 declared: the empty prefix kept with its finding, the cross-account track with the missing detail named; exit 1', () => {
  expect(code).toBe(1);
  expect(out).toMatch(/3 tracking set\(s\) declared with import IDs, 0 left commented out/);
  const text = fs.readFileSync(file, 'utf8');
  expect(text).toContain('3 of 3 tracking set(s) declared.');
  expect(text).not.toContain('NOT DECLARED');
  const lines = err.trim().split('\n');
  expect(lines).toEqual([
    expect.stringMatching(/^cloudaudit-import: \[CA919 ImportTrackBreaksRule\] tracking set 24305 "cls-no-prefix" is declared as the cloud has it, rule kept: \[CA306 ClsPrefixInvalid\]/),
    expect.stringMatching(/^cloudaudit-import: \[CA930 ImportDetailMissing\] tracking set 24410 "archive-cross-account" delivers into another account/),
  ]);
  expect(config.import.map((i: any) => i.id).sort()).toEqual(['24283', '24305', '24410']);
});

test('the generated app synthesizes with AuditChecks: the kept rule is acknowledged, no error', () => {
  expect(annotations).toEqual([]);
  expect(infos.filter((i) => i.includes('[CA306 ClsPrefixInvalid]') && i.includes('Acknowledged: kept as the cloud has it')).length).toBeGreaterThan(0);
  const tracks = Object.values<any>(config.resource.tencentcloud_audit_track);
  const cls = tracks.find((t) => t.name === 'cls-no-prefix');
  expect(cls.storage.storage_prefix).toBe('');
  expect(cls['//'].cloudaudit.acknowledgements).toEqual([{ id: 'CA306', reason: expect.stringContaining('kept as the cloud has it') }]);
  const cross = tracks.find((t) => t.name === 'archive-cross-account');
  expect(cross.storage).toMatchObject({ storage_account_id: '100012345678', storage_app_id: '1250000001' });
  expect(cross.track_for_all_members).toBeUndefined();
});

test('against a cloud store holding them: 3 to import, nothing to change or destroy; apply changes nothing; re-plan clean', async () => {
  const store = CloudStore.create();
  for (const t of TRACKS) {
    const { type, id, attributes } = trackAttributes(t);
    store.seed(type, id, attributes);
  }
  const before = JSON.stringify(store.all('tencentcloud_audit_track'));
  const ws = await Workspace.create(config, store);
  const plan = await ws.run(['plan', '-input=false', '-no-color']);
  expect({ code: plan.code, stderr: plan.stderr }).toEqual({ code: 0, stderr: '' });
  // Terraform counts the three rename markers (terraform_data) as adds: Terraform state only.
  expect(plan.stdout).toContain('Plan: 3 to import, 3 to add, 0 to change, 0 to destroy.');
  const p = await ws.changes();
  const byType = (type: string) => (p.json.resource_changes as any[]).filter((c) => c.type === type);
  const tracks = [...byType('tencentcloud_audit_track'), ...byType('tencentcloud_events_audit_track')];
  expect(tracks.map((c) => ({ id: c.change.importing?.id, actions: c.change.actions })).sort((a, b) => a.id.localeCompare(b.id))).toEqual([
    { id: '24283', actions: ['no-op'] }, { id: '24305', actions: ['no-op'] }, { id: '24410', actions: ['no-op'] },
  ]);
  expect(byType('terraform_data').map((c) => c.change.actions)).toEqual([['create'], ['create'], ['create']]);
  expect((p.json.resource_changes as any[]).length).toBe(6);
  expect((await ws.apply()).code).toBe(0);
  expect(JSON.stringify(store.all('tencentcloud_audit_track'))).toBe(before);
  const replan = await ws.plan();
  expect({ code: replan.code, stderr: replan.stderr }).toEqual({ code: 0, stderr: '' });
});
