/**
 * Done-when of issue #12: console-made tracking sets (COS; CLS with named events, paused; org-wide
 * cross-account; multi-product) become a TypeScript file that compiles, synthesizes the same
 * tracks with an import block per TrackId, validates against the provider double, and plans as
 * imports of what a seeded cloud store holds.
 */
import * as fs from 'fs';
import * as path from 'path';
import { App, TerraformStack } from 'cdktf';
import * as ts from 'typescript';
import { jsonLines, providerDouble, removeTempDirs, stackDir, tempDir, terraform } from './support';
import { AuditTrack, ClsDestination, CosDestination, tencentcloud } from '../../src';
import { main } from '../../src/import/cli';
import { CloudStore, trackAttributes } from '../support/cloud-store';

const FIXTURES = path.join(__dirname, '..', 'fixtures', 'import');
const fixture = (name: string) => path.join(FIXTURES, name);
const GENERATED = path.join(__dirname, '.generated');
const LIST = JSON.parse(fs.readFileSync(fixture('describe-audit-tracks.json'), 'utf8')).Response.Tracks as any[];
const DETAILS: Record<number, any> = {
  24410: JSON.parse(fs.readFileSync(fixture('describe-audit-track-24410.json'), 'utf8')).Response,
  24502: JSON.parse(fs.readFileSync(fixture('describe-audit-track-24502.json'), 'utf8')),
};
const IDS = ['24283', '24301', '24410', '24502'];

function run(args: string[]): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const code = main(args, { stdout: (t) => (out += t), stderr: (t) => (err += t) });
  process.exitCode = 0;
  return { code, out, err };
}

/** Type-checks one file (and what it imports) with the repository's compiler options. */
function typeErrors(file: string): string[] {
  const config = ts.getParsedCommandLineOfConfigFile(path.join(__dirname, '..', 'tsconfig.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined })!;
  const program = ts.createProgram([file], { ...config.options, noEmit: true });
  return ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

/** Generates into test/import/.generated (so that 'cdktf' resolves), synthesizes, returns the stack JSON path. */
function generateAndSynth(name: string, args: string[]): { result: ReturnType<typeof run>; file: string; tfJson: string; doc: any } {
  fs.mkdirSync(GENERATED, { recursive: true });
  const file = path.join(GENERATED, `${name}-${process.pid}.ts`);
  const result = run([...args, '--module', '../../../src', '-o', file]);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const mod = require(file);
  const outdir = tempDir('ca-import-synth-');
  const app = new App({ outdir });
  new mod.ImportedTracksStack(app, 'imported-tracks');
  app.synth();
  const tfJson = path.join(outdir, 'stacks', 'imported-tracks', 'cdk.tf.json');
  return { result, file, tfJson, doc: JSON.parse(fs.readFileSync(tfJson, 'utf8')) };
}

/** The provider double, built once per run by globalSetup. */
let provider: { dir: string; rc: string };
beforeAll(() => {
  provider = providerDouble();
}, 120_000);

/** A cloud store holding the fixture's tracking sets, as DescribeAuditTrack describes them. */
function storeWithFixtureTracks(): CloudStore {
  const store = CloudStore.create();
  for (const t of LIST) {
    const { type, id, attributes } = trackAttributes({ ...t, ...(DETAILS[t.TrackId] ?? {}), TrackId: t.TrackId });
    store.seed(type, id, attributes);
  }
  return store;
}
afterAll(() => removeTempDirs());

const byName = (doc: any, type: string): Record<string, any> =>
  Object.fromEntries(Object.entries(doc.resource[type] ?? {}).map(([key, r]: [string, any]) => [r.name, { key, ...r }]));

describe('cloudaudit-import on console-made tracking sets', () => {
  let g: ReturnType<typeof generateAndSynth>;

  beforeAll(() => {
    g = generateAndSynth('fixture', [fixture('describe-audit-tracks.json'), '-t', fixture('describe-audit-track-24410.json'), '--track', fixture('describe-audit-track-24502.json')]);
  }, 120_000);
  afterAll(() => fs.rmSync(g.file, { force: true }));

  test('exits 0 and declares every tracking set', () => {
    expect(g.result.code).toBe(0);
    expect(g.result.err).toBe('');
    expect(g.result.out).toMatch(/wrote .*: 4 tracking set\(s\) declared with import IDs, 0 left commented out/);
  });

  test('the file type-checks against the package', () => {
    expect(typeErrors(g.file)).toEqual([]);
  }, 120_000);

  test('same names and settings as the cloud', () => {
    const single = byName(g.doc, 'tencentcloud_audit_track');
    const multi = byName(g.doc, 'tencentcloud_events_audit_track');
    expect(Object.keys(single).sort()).toEqual(['cam-key-watch', 'console-cos-all', 'org-archive']);
    expect(Object.keys(multi)).toEqual(['multi-product']);
    for (const t of LIST) {
      const detail = DETAILS[t.TrackId];
      const storage = {
        storage_type: t.Storage.StorageType,
        storage_region: t.Storage.StorageRegion,
        storage_name: t.Storage.StorageName,
        storage_prefix: t.Storage.StoragePrefix,
        ...(t.Storage.StorageAccountId ? { storage_account_id: t.Storage.StorageAccountId, storage_app_id: t.Storage.StorageAppId } : {}),
      };
      if (t.Name === 'multi-product') {
        const r = multi[t.Name];
        expect(r.status).toBe(t.Status);
        expect(r.storage).toEqual(storage);
        const fields = detail.Filters.ResourceFields.map((f: any) => ({
          resource_type: f.ResourceType,
          action_type: f.ActionType,
          event_names: [...f.EventNames].sort(),
        }));
        expect(r.filters.resource_fields).toEqual(fields);
        expect(r.track_for_all_members).toBeUndefined();
        continue;
      }
      const r = single[t.Name];
      expect({ action_type: r.action_type, resource_type: r.resource_type, event_names: r.event_names, status: r.status })
        .toEqual({ action_type: t.ActionType, resource_type: t.ResourceType, event_names: [...t.EventNames].sort(), status: t.Status });
      expect(r.storage).toEqual(storage);
      expect(r.track_for_all_members).toBe(detail?.TrackForAllMembers === 1 ? 1 : undefined);
    }
  });

  test('an import block per TrackId, each to its track', () => {
    const single = byName(g.doc, 'tencentcloud_audit_track');
    const multi = byName(g.doc, 'tencentcloud_events_audit_track');
    const expected = LIST.map((t) => ({
      id: String(t.TrackId),
      to: t.Name === 'multi-product' ? `tencentcloud_events_audit_track.${multi[t.Name].key}` : `tencentcloud_audit_track.${single[t.Name].key}`,
    }));
    expect([...g.doc.import].sort((a: any, b: any) => a.id.localeCompare(b.id))).toEqual(expected.sort((a, b) => a.id.localeCompare(b.id)));
    // Adopted storage is referenced only: no bucket, logset or topic, and no data source calling the API.
    expect(Object.keys(g.doc.resource).sort()).toEqual(['tencentcloud_audit_track', 'tencentcloud_events_audit_track', 'terraform_data']);
    expect(g.doc.data).toBeUndefined();
  });

  test('terraform validate against the provider double: valid', async () => {
    const dir = stackDir(g.tfJson);
    const r = await terraform(dir, ['validate', '-json', '-no-color'], provider.rc);
    const v = JSON.parse(r.stdout);
    expect(v.error_count).toBe(0);
    expect(v.valid).toBe(true);
  }, 120_000);

  test('terraform plan against an empty cloud store: the import read of exactly those ids is what fails', async () => {
    const dir = stackDir(g.tfJson);
    const r = await terraform(dir, ['plan', '-refresh=false', '-input=false', '-lock=false', '-no-color'], provider.rc, CloudStore.create().env());
    expect(r.code).toBe(1);
    const preparing = [...r.stdout.matchAll(/: Preparing import\.\.\. \[id=(\d+)\]/g)].map((m) => m[1]).sort();
    expect(preparing).toEqual(IDS);
    const errors = r.stderr.match(/^Error: .*$/gm) ?? [];
    expect(errors).toHaveLength(4);
    // The real provider's Read of a missing tracking set returns the API error.
    expect(r.stderr.match(/ResourceNotFound\.AuditNotExist/g)).toHaveLength(4);
    // Nothing of the tracks is planned as a create.
    expect(r.stdout).not.toMatch(/tencentcloud_(events_)?audit_track\.\S+ will be created/);
  }, 300_000);

  test('terraform plan against a cloud store holding the tracks: 4 imports, no track created, nothing changed', async () => {
    const store = storeWithFixtureTracks();
    const before = JSON.stringify([store.all('tencentcloud_audit_track'), store.all('tencentcloud_events_audit_track')]);
    const dir = stackDir(g.tfJson);
    const r = await terraform(dir, ['plan', '-json', '-refresh=false', '-input=false', '-lock=false'], provider.rc, store.env());
    const msgs = jsonLines(r.stdout);
    const errors = msgs.filter((m) => m.type === 'diagnostic' && m.diagnostic.severity === 'error');
    expect(errors).toEqual([]);
    expect(r.code).toBe(0);
    const changes = msgs.filter((m) => m.type === 'planned_change').map((m) => m.change);
    const imports = changes.filter((c) => c.action === 'import');
    expect(imports.map((c) => c.importing.id).sort()).toEqual(IDS);
    expect(imports.every((c) => /^tencentcloud_(events_)?audit_track$/.test(c.resource.resource_type))).toBe(true);
    // The only creates are the rename markers (terraform_data: Terraform state only, no API call).
    const markers = Object.keys(g.doc.resource.terraform_data ?? {}).map((name) => `terraform_data.${name}`).sort();
    expect(markers.length).toBeGreaterThan(0);
    const creates = changes.filter((c) => c.action !== 'import');
    expect(creates.every((c) => c.action === 'create')).toBe(true);
    expect(creates.map((c) => c.resource.addr).sort()).toEqual(markers);
    expect(msgs.find((m) => m.type === 'change_summary').changes).toEqual({ add: markers.length, change: 0, import: 4, remove: 0, operation: 'plan' });
    // A plan changes nothing in the cloud.
    expect(JSON.stringify([store.all('tencentcloud_audit_track'), store.all('tencentcloud_events_audit_track')])).toBe(before);
  }, 300_000);
});

describe('adopting and managing storage against the provider double', () => {
  let tfJson: string;
  beforeAll(() => {
    const outdir = tempDir('ca-import-storage-');
    const app = new App({ outdir });
    const stack = new TerraformStack(app, 'storage');
    new tencentcloud.provider.TencentcloudProvider(stack, 'tencentcloud', { region: 'ap-guangzhou' });
    const bucket = new CosDestination(stack, 'Logs', { bucketName: 'audit-logs', region: 'ap-guangzhou', appId: '1250000000', importExisting: true });
    new ClsDestination(stack, 'Events', {
      region: 'ap-guangzhou',
      logsetName: 'cloudaudit',
      topicName: 'events',
      importLogsetId: '698902ff-8b5a-4c65-824b-d8956f366351',
      importTopicId: '2f5764c1-c833-44a0-8a33-8e0ef2b6d2ba',
    });
    new AuditTrack(stack, 'Track', { trackName: 'console-cos-all', destination: bucket, importTrackId: '24283', checkDeliveryRegion: false });
    app.synth();
    tfJson = path.join(outdir, 'stacks', 'storage', 'cdk.tf.json');
  }, 120_000);

  test('bucket, logset, topic and track import blocks validate', async () => {
    const r = await terraform(stackDir(tfJson), ['validate', '-json', '-no-color'], provider.rc);
    expect(JSON.parse(r.stdout)).toMatchObject({ valid: true, error_count: 0 });
  }, 120_000);

  test('an import block per adopted resource, with the provider\'s import IDs', () => {
    const doc = JSON.parse(fs.readFileSync(tfJson, 'utf8'));
    const imports = doc.import.map((i: any) => `${i.to.split('.')[0]} ${i.id}`).sort();
    expect(imports).toEqual([
      'tencentcloud_audit_track 24283',
      'tencentcloud_cls_logset 698902ff-8b5a-4c65-824b-d8956f366351',
      'tencentcloud_cls_topic 2f5764c1-c833-44a0-8a33-8e0ef2b6d2ba',
      'tencentcloud_cos_bucket audit-logs-1250000000',
    ]);
    // Each import block targets a resource of the stack.
    for (const i of doc.import) {
      const [type, name] = i.to.split('.');
      expect(doc.resource[type][name]).toBeDefined();
    }
  });
});

describe('a console track that drifted from the rules', () => {
  let g: ReturnType<typeof generateAndSynth>;
  beforeAll(() => {
    g = generateAndSynth('drifted', [fixture('describe-audit-tracks-drifted.json')]);
  }, 120_000);
  afterAll(() => fs.rmSync(g.file, { force: true }));

  test('exits 1 with one line naming the track and the rule kept', () => {
    expect(g.result.code).toBe(1);
    const lines = g.result.err.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^cloudaudit-import: \[CA919 ImportTrackBreaksRule\] tracking set 24777 "drifted-named-events" is declared as the cloud has it, rule kept: \[CA105 EventNamesNotStar\]/);
    expect(g.result.out).toMatch(/2 tracking set\(s\) declared with import IDs, 0 left commented out/);
  });

  test('the track is declared as the cloud has it, the rule kept with its reason', () => {
    const text = fs.readFileSync(g.file, 'utf8');
    expect(text).not.toContain('NOT DECLARED');
    expect(text).toContain('// KEPT AS THE CLOUD HAS IT: CA105 EventNamesNotStar');
    expect(text).toContain("      importTrackId: '24777',");
    expect(text).toContain("      eventNames: ['DeleteUser', 'DeleteBucket'],");
    expect(text).toMatch(/keepImported: \[\s*\{\s*id: 'CA105',\s*reason: 'kept as the cloud has it \(cloudaudit-import, tracking set 24777\): eventNames: resourceType is "\*" but eventNames is /);
  });

  test('the file type-checks', () => {
    expect(typeErrors(g.file)).toEqual([]);
  }, 120_000);

  test('both tracks synthesize, each with its import, the kept one with its values and the acknowledgement', () => {
    expect(Object.values(g.doc.resource.tencentcloud_audit_track).map((r: any) => r.name).sort()).toEqual(['console-cos-all', 'drifted-named-events']);
    expect(g.doc.import.map((i: any) => i.id).sort()).toEqual(['24283', '24777']);
    const drifted = Object.values<any>(g.doc.resource.tencentcloud_audit_track).find((r) => r.name === 'drifted-named-events');
    expect({ resource_type: drifted.resource_type, event_names: drifted.event_names }).toEqual({ resource_type: '*', event_names: ['DeleteBucket', 'DeleteUser'] });
  });
});
