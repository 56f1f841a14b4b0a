/**
 * The merge-request gate: --fail-on, --soft-fail, and the expectation of tracking sets
 * (COV-004 a root holding none, COV-005 tracking sets deleted; --require-tracks, --tracks-per-root).
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { compliantDoc, runReview as run } from './support';

let tmp: string;
beforeEach(() => { tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'gate-')); });
afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** A folder holding `doc` as main.tf.json. */
function root(name: string, doc: object): string {
  const dir = path.join(tmp, name);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'main.tf.json'), JSON.stringify(doc, null, 2));
  return dir;
}

/** The compliant document with one warning: a track whose bucket is not in the configuration (COV-003). */
function warningOnly(): any {
  const d = compliantDoc();
  d.resource.tencentcloud_audit_track.all.storage.storage_name = 'somewhere-else';
  return d;
}

/** A configuration with a bucket and no tracking set. */
const BUCKET_ONLY = { resource: { tencentcloud_cos_bucket: { logs: { bucket: 'audit-logs-1250000000' } } } };

const ids = (stdout: string) => JSON.parse(stdout).documents.flatMap((d: any) => d.findings.map((f: any) => `${f.ruleId} ${f.level}`));

describe('--fail-on', () => {
  test('default error: a warning alone exits 0; --fail-on warning exits 1; --soft-fail wins', () => {
    const dir = root('w', warningOnly());
    expect(ids(run(dir, '-f', 'json').stdout)).toEqual(['COV-003 warning']);
    expect(run(dir).code).toBe(0);
    expect(run(dir, '--fail-on', 'error').code).toBe(0);
    expect(run(dir, '--fail-on', 'warning').code).toBe(1);
    expect(run(dir, '--fail-on', 'info').code).toBe(1);
    expect(run(dir, '--fail-on', 'warning', '--soft-fail').code).toBe(0);
  });

  test('--fail-on info fails on an info finding; warning does not', () => {
    const dir = path.join('test', 'fixtures', 'review', 'hcl', 'examples', 'compliant');
    expect(run(dir, '--fail-on', 'warning').code).toBe(0);
    expect(run(dir, '--fail-on', 'info').code).toBe(1);
  });

  test('an acknowledged finding never fails the gate, whatever the level', () => {
    const d = warningOnly();
    d.resource.tencentcloud_audit_track.all['//'] = { cloudaudit: { acknowledgements: [{ id: 'COV-003', reason: 'bucket of the log archive account, reviewed there' }] } };
    expect(run(root('ack', d), '--fail-on', 'warning').code).toBe(0);
  });

  test('a bad level is a coded usage error, exit 2, nothing written', () => {
    const dir = root('w', warningOnly());
    const out = path.join(tmp, 'r.json');
    const r = run(dir, '--fail-on', 'warnings', '-o', out);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('cloudaudit-review: [CA616 ReviewUsage] --fail-on must be one of error, warning, info, not "warnings" (see --help)\n');
    expect(fs.existsSync(out)).toBe(false);
    expect(run(dir, '--require-tracks', 'never').stderr).toContain('--require-tracks must be one of error, warning, info, off, not "never"');
  });
});

describe('tracking sets expected (COV-004, COV-005)', () => {
  test('a folder with a bucket and no tracking set is an error by default, exit 1', () => {
    const r = run(root('b', BUCKET_ONLY), '-f', 'json');
    expect(r.code).toBe(1);
    expect(ids(r.stdout)).toEqual(['COV-004 error']);
    expect(JSON.parse(r.stdout).documents[0].findings[0].message).toMatch(/declares no tracking set/);
  });

  test('--require-tracks warning / info / off lowers it', () => {
    const dir = root('b', BUCKET_ONLY);
    expect(ids(run(dir, '-f', 'json', '--require-tracks', 'warning').stdout)).toEqual(['COV-004 warning']);
    expect(run(dir, '--require-tracks', 'warning').code).toBe(0);
    expect(run(dir, '--require-tracks', 'warning', '--fail-on', 'warning').code).toBe(1);
    expect(ids(run(dir, '-f', 'json', '--require-tracks', 'info').stdout)).toEqual(['COV-004 info']);
    const off = run(dir, '-f', 'json', '--require-tracks', 'off');
    expect([off.code, ids(off.stdout)]).toEqual([0, []]);
  });

  test('several roots: one holding the tracks is enough by default; --tracks-per-root asks it of each', () => {
    const audit = root('audit', compliantDoc());
    const app = root('app', BUCKET_ONLY);
    const byDefault = run(audit, app, '-f', 'json');
    expect([byDefault.code, ids(byDefault.stdout)]).toEqual([0, []]);
    const perRoot = run(audit, app, '-f', 'json', '--tracks-per-root');
    expect(perRoot.code).toBe(1);
    const docs = JSON.parse(perRoot.stdout).documents;
    expect(docs.map((d: any) => [d.name, d.findings.map((f: any) => f.ruleId)])).toEqual([[audit, []], [app, ['COV-004']]]);
  });

  test('a plan deleting a tracking set: COV-005 at the chosen level', () => {
    const plan = path.join('test', 'fixtures', 'review', 'plan.json');
    const r = run(plan, '-f', 'json', '--check', 'COV-*');
    expect([r.code, ids(r.stdout)]).toEqual([1, ['COV-005 error']]);
    expect(JSON.parse(r.stdout).documents[0].findings[0].message).toBe('the plan deletes 1 tracking set(s): tencentcloud_audit_track.old');
    const info = run(plan, '-f', 'json', '--check', 'COV-*', '--require-tracks', 'info');
    expect([info.code, ids(info.stdout)]).toEqual([0, ['COV-005 info']]);
  });

  test('a plan deleting the last tracking set: COV-004 and COV-005', () => {
    const plan = {
      format_version: '1.2',
      terraform_version: '1.11.4',
      planned_values: { root_module: { resources: [] } },
      resource_changes: [{ address: 'tencentcloud_audit_track.all', mode: 'managed', type: 'tencentcloud_audit_track', name: 'all', change: { actions: ['delete'], before: { name: 'all' }, after: null } }],
    };
    const file = path.join(tmp, 'plan.json');
    fs.writeFileSync(file, JSON.stringify(plan));
    const r = run(file, '-f', 'json');
    expect([r.code, ids(r.stdout)]).toEqual([1, ['COV-004 error', 'COV-005 error']]);
    // A replacement (delete then create) is no deletion.
    plan.resource_changes[0].change.actions = ['delete', 'create'];
    (plan.resource_changes[0].change as any).after = { name: 'all', status: 1, resource_type: '*', action_type: 'Write', event_names: ['*'] };
    fs.writeFileSync(file, JSON.stringify(plan));
    expect(ids(run(file, '-f', 'json', '--check', 'COV-004,COV-005').stdout)).toEqual([]);
  });
});
