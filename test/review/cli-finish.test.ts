/**
 * The CLI as a new user meets it (both commands): --version, --help with an example per format and
 * the exit codes, SARIF's driver version and rule help, a table that fits 120 columns (--wide for
 * all), and the flags reviewers know from checkov and tflint: -o/--output-file, --soft-fail,
 * --check, --skip-check.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { sarifProblems, runReview as run } from './support';
import { main as importMain, USAGE as IMPORT_USAGE } from '../../src/import/cli';
import { USAGE } from '../../src/review/cli';

const ROOT = path.join(__dirname, '..', '..');
const FIXTURES = path.join(__dirname, '..', 'fixtures', 'review');
const NONCOMPLIANT = path.join(FIXTURES, 'raw-noncompliant');
const COMPLETE = path.join(FIXTURES, 'hcl', 'examples', 'complete');
const VERSION = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version;
const REVIEW_DOC = fs.readFileSync(path.join(ROOT, 'docs', 'review.md'), 'utf8');

function runImport(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = importMain(args, { stdout: (t) => { stdout += t; }, stderr: (t) => { stderr += t; } });
  process.exitCode = 0;
  return { code, stdout, stderr };
}

/** Columns a line takes in a terminal (CJK two a character). */
const columns = (l: string) => [...l].reduce((n, c) => n + (/[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3\uff00-\uff60]/.test(c) ? 2 : 1), 0);

let tmp: string;
beforeAll(() => { tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cli-finish-')); });
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('--version', () => {
  test.each(['--version', '-v'])('cloudaudit-review %s prints the package version, exit 0', (flag) => {
    expect(run(flag)).toEqual({ code: 0, stdout: `cloudaudit-review ${VERSION}\n`, stderr: '' });
  });
  test.each(['--version', '-v'])('cloudaudit-import %s prints the package version, exit 0', (flag) => {
    expect(runImport(flag)).toEqual({ code: 0, stdout: `cloudaudit-import ${VERSION}\n`, stderr: '' });
  });
});

describe('--help', () => {
  test('cloudaudit-review: an example per format, and the exit codes', () => {
    for (const format of ['json', 'markdown', 'sarif', 'html', 'gitlab', 'junit']) expect(USAGE).toMatch(new RegExp(`^ {2}cloudaudit-review .*--format ${format} -o \\S+`, 'm'));
    expect(USAGE).toMatch(/^ {2}cloudaudit-review infra\/ {2,}table on the terminal$/m);
    expect(USAGE).toMatch(/^Exit codes:\n {2}0 .*\n {2}1 .*\n {2}2 /m);
    for (const flag of ['--output-file <file>, -o', '--soft-fail', '--check <ids>', '--skip-check <ids>', '--wide', '--framework <id>', '--version, -v']) expect(USAGE).toContain(flag);
    expect(run('-h').stdout).toBe(USAGE);
  });
  test('cloudaudit-import: examples and the exit codes', () => {
    expect(IMPORT_USAGE).toMatch(/^Examples:\n/m);
    expect(IMPORT_USAGE).toMatch(/^Exit codes:\n {2}0 .*\n {2}1 .*\n {2}2 /m);
    for (const flag of ['--output-file <file>, -o <file>', '--soft-fail', '--version, -v']) expect(IMPORT_USAGE).toContain(flag);
  });
});

describe('SARIF', () => {
  test('tool.driver has the version and informationUri; every rule a help text, markdown and helpUri, and its clauses as tags', () => {
    const log = JSON.parse(run(NONCOMPLIANT, '--format', 'sarif').stdout);
    expect(sarifProblems(log)).toEqual([]);
    const driver = log.runs[0].tool.driver;
    expect(driver).toMatchObject({ name: 'cloudaudit-review', version: VERSION, informationUri: expect.stringMatching(/^https:\/\/.*docs\/review\.md$/) });
    for (const r of driver.rules) {
      expect(r.help.text).toMatch(/^Fix: .+\. Why: /);
      expect(r.help.markdown).toContain(`**${r.id}**`);
      // Each rule's own row of the Rules table, whose anchor docs/review.md writes.
      expect(r.helpUri).toMatch(new RegExp(`^https://.*docs/review\\.md#${r.id.toLowerCase()}$`));
      expect(REVIEW_DOC).toContain(`| <a id="${r.id.toLowerCase()}"></a>\`${r.id}\` |`);
    }
    const sto006 = driver.rules.find((r: any) => r.id === 'STO-006');
    expect(sto006.help.text).toMatch(/Supports: .*csl Art\. 23 \(3\) 网络运营者的安全保护义务/);
    expect(sto006.properties.tags).toEqual(['cloudaudit', 'mlps2-l3/8.1.5.4-d', 'csl/23-3', 'iso27001/5.33']);
  });
});

describe('the table fits 120 columns; --wide prints every row on one line', () => {
  test('default: no line wider than 120 columns, every finding still there (wrapped)', () => {
    const r = run(COMPLETE, '--framework', 'mlps2-l3');
    const wide = run(COMPLETE, '--wide', '--framework', 'mlps2-l3');
    expect(r.code).toBe(1);
    expect(r.stdout.split('\n').filter((l) => columns(l) > 120)).toEqual([]);
    expect(wide.stdout.split('\n').filter((l) => columns(l) > 120).length).toBeGreaterThan(0);
    // The same words, however they are wrapped.
    const flat = (t: string) => t.replace(/\s+/g, ' ');
    for (const phrase of ['acl is "public-read"', 'is read from the cloud at plan time', 'Obligations: MLPS 2.0 level 3']) {
      expect(flat(wide.stdout)).toContain(phrase);
      expect(flat(r.stdout)).toContain(phrase);
    }
  });

  test('a wrapped row keeps its columns: continuation lines start under their column', () => {
    const lines = run(NONCOMPLIANT).stdout.split('\n');
    const header = lines.findIndex((l) => /^ {2}LEVEL +RULE +RESOURCE +AT +FINDING$/.test(l));
    expect(header).toBeGreaterThan(0);
    const at = lines[header].indexOf('FINDING');
    const next = lines[header + 2];
    // The first finding's text goes on under FINDING.
    expect(next.slice(0, at).trim()).not.toMatch(/^(error|warning|info)/);
    expect(next.length).toBeGreaterThan(at);
  });
});

describe('checkov/tflint flags', () => {
  test('-o and --output-file write the report, the summary goes to stdout', () => {
    for (const flag of ['-o', '--output-file', '--output']) {
      const file = path.join(tmp, `out${flag}.json`);
      const r = run(NONCOMPLIANT, '--format', 'json', flag, file);
      expect(r).toMatchObject({ code: 1, stdout: `cloudaudit-review: wrote ${file}: 7 errors, 4 warnings, 3 info, 1 acknowledged\n` });
      expect(JSON.parse(fs.readFileSync(file, 'utf8')).summary.errors).toBe(7);
    }
  });

  test('the summary says the same words on stdout and with -o', () => {
    const table = run(NONCOMPLIANT).stdout.trimEnd().split('\n');
    const file = path.join(tmp, 'same-words.txt');
    const written = run(NONCOMPLIANT, '-o', file).stdout;
    expect(table[table.length - 1]).toBe('cloudaudit-review: 7 errors, 4 warnings, 3 info, 1 acknowledged');
    expect(written).toBe(`cloudaudit-review: wrote ${file}: 7 errors, 4 warnings, 3 info, 1 acknowledged\n`);
    expect(fs.readFileSync(file, 'utf8').trimEnd().split('\n').pop()).toBe(table[table.length - 1]);
  });

  test('--soft-fail: exit 0 with unacknowledged errors, the findings still reported; bad input still 2', () => {
    const r = run(NONCOMPLIANT, '--soft-fail', '--format', 'json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).summary.errors).toBe(7);
    expect(run('no/such/plan.json', '--soft-fail').code).toBe(2);
  });

  test('--skip-check drops those rules (ids, codes, prefixes); the exit code follows what is left', () => {
    const all = JSON.parse(run(NONCOMPLIANT, '--format', 'json').stdout).documents[0].findings.map((f: any) => f.ruleId);
    const r = run(NONCOMPLIANT, '--format', 'json', '--skip-check', 'STO-*,COV-001', '--skip-check', 'API-001,API-002,API-004');
    const left = JSON.parse(r.stdout).documents[0].findings.map((f: any) => f.ruleId);
    expect(all).toEqual(expect.arrayContaining(['STO-001', 'COV-001', 'API-001']));
    expect(left.filter((id: string) => id.startsWith('STO-') || ['COV-001', 'API-001', 'API-002', 'API-004'].includes(id))).toEqual([]);
    expect(left.length).toBeGreaterThan(0);
    expect(r.code).toBe(JSON.parse(r.stdout).summary.errors > 0 ? 1 : 0);
    // A code skips its findings only.
    const byCode = JSON.parse(run(NONCOMPLIANT, '--format', 'json', '--skip-check', 'CA101').stdout).documents[0].findings;
    expect(byCode.filter((f: any) => f.code === 'CA101')).toEqual([]);
  });

  test('--check keeps only those rules', () => {
    const r = run(NONCOMPLIANT, '--format', 'json', '--check', 'STO-001,STO-003');
    expect([...new Set(JSON.parse(r.stdout).documents[0].findings.map((f: any) => f.ruleId))].sort()).toEqual(['STO-001', 'STO-003']);
    expect(r.code).toBe(1);
    const warningsOnly = run(NONCOMPLIANT, '--check', 'STO-002');
    expect(warningsOnly.code).toBe(0);
  });

  test('--check / --skip-check naming no rule is a usage error (a typo never silences a rule)', () => {
    expect(run(NONCOMPLIANT, '--skip-check', 'STO-0O1')).toEqual({ code: 2, stdout: '', stderr: 'cloudaudit-review: [CA616 ReviewUsage] --skip-check: "STO-0O1" names no rule the review reports (see docs/review.md, Rules) (see --help)\n' });
    expect(run(NONCOMPLIANT, '--check', 'XYZ*').code).toBe(2);
    expect(run(NONCOMPLIANT, '--check', ',').stderr).toContain('--check needs rule ids');
  });

  test('obligations are judged on every finding, whatever --skip-check hides', () => {
    const o = JSON.parse(run(NONCOMPLIANT, '--format', 'json', '--framework', 'csl', '--skip-check', 'STO-*').stdout).compliance[0].clauses[0];
    expect(o.status).toBe('not met');
    expect(o.findings.map((f: any) => f.ruleId)).toContain('STO-006');
  });

  test('cloudaudit-import: --output-file writes the file; --soft-fail exits 0 when some tracks are commented out', () => {
    const tracks = path.join(tmp, 'tracks.json');
    const broken = { TrackId: 7, Name: 'x!', ActionType: '*', ResourceType: '*', EventNames: ['*'], Status: 1, Storage: { StorageType: 'cos', StorageRegion: 'ap-guangzhou', StorageName: 'audit-logs', StoragePrefix: 'cloudaudit' }, CreateTime: '2024-01-01 00:00:00' };
    fs.writeFileSync(tracks, JSON.stringify({ Tracks: [broken], TotalCount: 1 }));
    const out = path.join(tmp, 'tracks.ts');
    const hard = runImport(tracks, '--output-file', out);
    expect(hard.code).toBe(1);
    expect(fs.readFileSync(out, 'utf8')).toContain('x!');
    const soft = runImport(tracks, '--soft-fail', '-o', out);
    expect(soft.code).toBe(0);
    expect(soft.stderr).toContain('CA101');
  });
});
