/**
 * `cloudaudit-review` as a process on fixtures (ours and hand-written), per format and exit code,
 * and on bad input; plus in-process runs of main() for the remaining combinations.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { DENY_DELETE, sarifProblems, track, runReview as run } from './support';
import { review } from '../../src/review/engine';
import { loadPath } from '../../src/review/load';

const ROOT = path.join(__dirname, '..', '..');
const FIXTURES = path.join(__dirname, '..', 'fixtures', 'review');
const ENTRY = path.join(ROOT, 'src', 'review', 'main.ts');
const rel = (p: string) => path.relative(ROOT, p);

/** Runs the command from source, in the repository root. */
function cli(...args: string[]) {
  const r = spawnSync(process.execPath, ['-r', 'ts-node/register/transpile-only', ENTRY, ...args], {
    cwd: ROOT, encoding: 'utf8', env: { ...process.env, TS_NODE_TRANSPILE_ONLY: 'true' }, timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

let tmp: string;
let ours: string;
let oursAcknowledged: string;

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cloudaudit-review-'));
  // "Ours": the examples, synthesized with the aspect, as a user's pipeline would.
  for (const [name, dir] of [['cos', 'cos.out'], ['existing-bucket', 'existing.out']]) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    require(path.join(ROOT, 'examples', name, 'main.ts')).buildApp(path.join(tmp, dir)).synth();
  }
  ours = path.join(tmp, 'cos.out');
  oursAcknowledged = path.join(tmp, 'existing.out');
});

afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** The one line a bad input gets: names the file, no stack trace. */
function expectOneLineError(r: { code: number | null; stdout: string; stderr: string }, file: string, code: string) {
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr.trim().split('\n')).toHaveLength(1);
  expect(r.stderr).toContain(`cloudaudit-review: ${file}: [${code} `);
  expect(r.stderr).not.toMatch(/\n\s+at /);
}

describe('as a process', () => {
  test('--help prints usage, exit 0', () => {
    const r = cli('--help');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Usage: cloudaudit-review [options] <path>...');
    expect(r.stdout).toContain('--format <table|json|markdown|sarif|html|gitlab|junit>');
  });

  test('our cdktf.out, --format sarif: valid SARIF 2.1.0, exit 0', () => {
    const r = cli(rel(ours), '--format', 'sarif');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const log = JSON.parse(r.stdout);
    expect(sarifProblems(log)).toEqual([]);
    // The notices of a default destination: no object lock, no access logging, no replica.
    expect(log.runs[0].results.map((x: any) => `${x.ruleId} ${x.level}`)).toEqual(['STO-008 note', 'STO-009 note', 'STO-011 note']);
    // Outside the working directory (a temp dir here): an absolute file URI; inside: relative.
    expect(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe(`file://${ours}/stacks/cloudaudit-cos/cdk.tf.json`);
  });

  test('our acknowledged example: the finding is a suppressed SARIF result, exit 0', () => {
    const r = cli(oursAcknowledged, '--format=sarif');
    expect(r.code).toBe(0);
    const log = JSON.parse(r.stdout);
    expect(sarifProblems(log)).toEqual([]);
    const cov = log.runs[0].results.find((x: any) => x.ruleId === 'COV-001');
    expect(cov.level).toBe('error');
    expect(cov.suppressions).toEqual([{ kind: 'inSource', justification: expect.stringContaining('sensitive CAM operations') }]);
  });

  test('hand-written compliant HCL-JSON, table: coverage matrix and no findings, exit 0', () => {
    const r = cli(rel(path.join(FIXTURES, 'raw-compliant')), '--wide');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/account-audit\s+tencentcloud\s+enabled\s+\*:Read\+Write\s+cos:\/\/audit-logs\/cloudaudit @ap-guangzhou \(created\)\s+400 days\s+AES256\s+no/);
    expect(r.stdout).toMatch(/\* \(all products\)\s+account-audit\s+account-audit/);
    expect(r.stdout).toContain('no findings');
    expect(r.stdout).toContain('cloudaudit-review: 0 errors, 0 warnings, 0 info, 0 acknowledged');
  });

  test('hand-written non-compliant HCL-JSON, --format json: findings, exit 1', () => {
    const r = cli(rel(path.join(FIXTURES, 'raw-noncompliant')), '--format', 'json');
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out.summary).toEqual({ errors: 7, warnings: 4, infos: 3, acknowledged: 1 });
    const ids = out.documents[0].findings.map((f: any) => f.ruleId);
    expect(ids).toEqual(expect.arrayContaining(['API-001', 'API-002', 'API-004', 'COV-001', 'STO-001', 'STO-003', 'STO-006', 'COV-003']));
    expect(out.documents[0].findings.find((f: any) => f.ruleId === 'COV-003').acknowledged.reason).toMatch(/log-archive/);
  });

  test('--format markdown --output FILE writes the report and says so, exit 1', () => {
    const file = path.join(tmp, 'review.md');
    const r = cli(rel(path.join(FIXTURES, 'raw-noncompliant')), '--format', 'markdown', '--output', file);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(`cloudaudit-review: wrote ${file}: 7 errors, 4 warnings, 3 info, 1 acknowledged\n`);
    const md = fs.readFileSync(file, 'utf8');
    expect(md).toMatch(/^# CloudAudit compliance review/);
    expect(md).toContain('| error | STO-001 | tencentcloud_cos_bucket.public |');
  });

  test('a terraform show -json plan (child module, unknown topic ID), --format sarif, exit 1', () => {
    const r = cli(rel(path.join(FIXTURES, 'plan.json')), '--format', 'sarif');
    expect(r.code).toBe(1);
    const log = JSON.parse(r.stdout);
    expect(sarifProblems(log)).toEqual([]);
    // The plan also deletes tencentcloud_audit_track.old: COV-005, about the plan as a whole.
    expect(log.runs[0].results.map((x: any) => [x.ruleId, x.level, x.locations[0].logicalLocations?.[0].fullyQualifiedName]))
      .toEqual([['COV-005', 'error', undefined], ['STO-007', 'error', 'module.audit.tencentcloud_cls_topic.this']]);
    expect(log.runs[0].results[0].message.text).toContain('the plan deletes 1 tracking set(s): tencentcloud_audit_track.old');
  });

  test('truncated JSON: one line naming the file, exit 2', () => {
    const file = rel(path.join(FIXTURES, 'truncated.json'));
    expectOneLineError(cli(file), file, 'CA611');
  });

  test('a binary file: one line naming the file, exit 2', () => {
    const file = path.join(tmp, 'plan.bin');
    fs.writeFileSync(file, Buffer.from([0x7b, 0x00, 0xff, 0xfe, 0x01, 0x02]));
    expectOneLineError(cli(file), file, 'CA612');
  });

  test('an empty directory: one line naming it, exit 2', () => {
    const dir = fs.mkdtempSync(path.join(tmp, 'empty-'));
    expectOneLineError(cli(dir), dir, 'CA614');
  });

  test('a missing file: one line naming it, exit 2', () => {
    expectOneLineError(cli('no/such/plan.json'), 'no/such/plan.json', 'CA610');
  });

  test('a file over the 256 MB cap is refused before reading, exit 2', () => {
    const file = path.join(tmp, 'huge.json');
    fs.writeFileSync(file, '');
    fs.truncateSync(file, 257 * 1024 * 1024); // sparse: no disk used
    const r = cli(file);
    expectOneLineError(r, file, 'CA613');
    expect(r.stderr).toContain('over the 256 MB limit');
  });

  // Throughput is measured by `npm run bench`, not here.
  test('a 20 MB plan is reviewed', () => {
    const file = path.join(tmp, 'big-plan.json');
    writeBigPlan(file, 20 * 1024 * 1024);
    const r = cli(file, '--format', 'json', '--output', path.join(tmp, 'big.json'), '--quota', '100000');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/wrote .*: 0 errors, 0 warnings, 0 info/);
  });

  test('bad usage: exit 2 with the reason', () => {
    const r = cli(rel(ours), '--format', 'xml');
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('cloudaudit-review: [CA616 ReviewUsage] --format must be one of table, json, markdown, sarif, html, gitlab, junit, not "xml" (see --help)\n');
  });
});

describe('in process', () => {
  test('several inputs at once; the worst decides the exit code', () => {
    const r = run(ours, path.join(FIXTURES, 'raw-compliant'), path.join(FIXTURES, 'plan.json'));
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('cloudaudit-cos (cdktf:');
    expect(r.stdout).toContain('(plan:');
  });

  test.each(['table', 'json', 'markdown', 'sarif'])('--format %s on a clean input: exit 0', (format) => {
    const r = run('--format', format, path.join(FIXTURES, 'raw-compliant'));
    expect(r.code).toBe(0);
    expect(r.stdout.length).toBeGreaterThan(50);
  });

  test('a single cdk.tf.json', () => {
    const r = run('--format', 'json', path.join(ours, 'stacks', 'cloudaudit-cos', 'cdk.tf.json'));
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).documents[0]).toMatchObject({ name: 'cloudaudit-cos', kind: 'cdktf' });
  });

  test('--quota sets QTA-001; a bad quota is a usage error', () => {
    expect(run('--quota', '1', oursAcknowledged).code).toBe(0);
    const dir = fs.mkdtempSync(path.join(tmp, 'quota-'));
    fs.writeFileSync(path.join(dir, 'main.tf.json'), JSON.stringify({ resource: { tencentcloud_audit_track: { a: track('a-a'), b: track('b-b') } } }));
    expect(JSON.parse(run('--format', 'json', '--quota', '1', dir).stdout).documents[0].findings.map((f: any) => f.ruleId)).toContain('QTA-001');
    expect(run('--quota', '0', dir)).toMatchObject({ code: 2, stderr: expect.stringContaining('[CA603 ReviewQuotaInvalid] --quota must be a whole number >= 1') });
  });

  test('no path, an unknown option, a missing value: usage errors', () => {
    expect(run().stderr).toContain('give at least one path');
    expect(run('--fast', ours).stderr).toContain('unknown option --fast');
    expect(run(ours, '--output').stderr).toContain('--output needs a value');
  });

  test('JSON that is not Terraform: exit 2 naming the file', () => {
    const file = path.join(tmp, 'package.json');
    fs.writeFileSync(file, '{"name":"x"}');
    expect(run(file)).toMatchObject({ code: 2, stderr: expect.stringContaining(`${file}: [CA615 ReviewInputNotTerraform]`) });
  });

  test('a cdktf.out whose stacks hold no cdk.tf.json: exit 2', () => {
    const dir = path.join(tmp, 'broken.out');
    fs.mkdirSync(path.join(dir, 'stacks', 's'), { recursive: true });
    expect(run(dir)).toMatchObject({ code: 2, stderr: expect.stringContaining('[CA614 ReviewInputNoStacks] is a cdktf.out directory with no stacks/*/cdk.tf.json') });
  });

  test('an unwritable --output: exit 2, one line with its own code (not a "cannot read" one), nothing printed instead', () => {
    const missing = path.join(tmp, 'no', 'such', 'dir.sarif');
    const r = run('--output', missing, ours);
    expect(r).toEqual({ code: 2, stdout: '', stderr: `cloudaudit-review: ${missing}: [CA617 ReviewOutputUnwritable] cannot be written: its folder does not exist (ENOENT); nothing was written\n` });
    expect(fs.existsSync(missing)).toBe(false);
    // A folder given as the file.
    expect(run('-o', tmp, ours).stderr).toBe(`cloudaudit-review: ${tmp}: [CA617 ReviewOutputUnwritable] cannot be written: it is a folder (EISDIR); nothing was written\n`);
  });

  // Throughput (MB/s) and linearity are measured by `npm run bench`, not by a timed test.
  test('the engine reads and reviews a 20 MB plan: every track, no false finding', () => {
    const file = path.join(tmp, 'speed.json');
    const bytes = writeBigPlan(file, 20 * 1024 * 1024);
    expect(bytes).toBeGreaterThan(20 * 1024 * 1024);
    const [doc] = loadPath(file);
    const result = review(doc, { quota: 1_000_000 });
    expect(result.tracks.length).toBeGreaterThan(10_000);
    expect(result.findings).toEqual([]);
  });
});

const DENY_DELETE_TEXT = JSON.stringify(DENY_DELETE);

/** Writes a plan of compliant track + bucket (+ bucket policy) triples of about `size` bytes; returns its size. */
function writeBigPlan(file: string, size: number): number {
  const changes: string[] = [];
  let total = 0;
  for (let i = 0; total < size; i++) {
    const bucket = JSON.stringify({
      address: `tencentcloud_cos_bucket.b${i}`,
      mode: 'managed',
      type: 'tencentcloud_cos_bucket',
      name: `b${i}`,
      provider_name: 'registry.terraform.io/tencentcloudstack/tencentcloud',
      change: {
        actions: ['create'],
        after: {
          bucket: `logs-${i}-1250000000`,
          acl: 'private',
          versioning_enable: true,
          encryption_algorithm: 'AES256',
          force_clean: false,
          lifecycle_rules: [{ expiration: [{ days: 365 }] }],
          object_lock_configuration: [{ enabled: true, rule: [{ days: 365 }] }],
          log_enable: true,
          log_target_bucket: `access-${i}-1250000000`,
          log_prefix: 'cos-access/',
          replica_role: 'qcs::cam::uin/100000000001:uin/100000000001',
          replica_rules: [{ status: 'Enabled', destination_bucket: `qcs::cos:ap-shanghai::replica-${i}-1250000000` }],
        },
        after_unknown: { id: true },
      },
    });
    const policy = JSON.stringify({
      address: `tencentcloud_cos_bucket_policy.p${i}`,
      mode: 'managed',
      type: 'tencentcloud_cos_bucket_policy',
      name: `p${i}`,
      provider_name: 'registry.terraform.io/tencentcloudstack/tencentcloud',
      change: { actions: ['create'], after: { bucket: `logs-${i}-1250000000`, policy: DENY_DELETE_TEXT }, after_unknown: { id: true } },
    });
    const trk = JSON.stringify({
      address: `tencentcloud_audit_track.t${i}`,
      mode: 'managed',
      type: 'tencentcloud_audit_track',
      name: `t${i}`,
      provider_name: 'registry.terraform.io/tencentcloudstack/tencentcloud',
      change: {
        actions: ['create'],
        after: { ...track(`track-${i}`), storage: [{ storage_type: 'cos', storage_region: 'ap-guangzhou', storage_name: `logs-${i}`, storage_prefix: 'cloudaudit' }] },
        after_unknown: { id: true },
      },
    });
    changes.push(bucket, policy, trk);
    total += bucket.length + policy.length + trk.length + 3;
  }
  const text = `{"format_version":"1.2","resource_changes":[${changes.join(',')}]}`;
  fs.writeFileSync(file, text);
  return text.length;
}
