/**
 * The pipelines this repository ships (docs/review.md, "CI and pre-commit"): the `gitlab` and
 * `junit` formats, the pre-commit hooks (.pre-commit-hooks.yaml), the composite GitHub Action
 * (ci/github/action.yml) and the GitLab CI template (ci/gitlab/). Each file is parsed and checked,
 * and the commands it names are run as the CI server (or pre-commit) would run them, with the
 * command of this repository installed as a user's repository has it: a package folder whose
 * bin is the real bin/cloudaudit-review and whose lib/review/cli.js is src/review/cli.ts built
 * with esbuild (the dependencies resolved from this repository's node_modules).
 * The hooks run twice: as pre-commit calls their entry, and in real pre-commit (PyPI's, named by
 * $PRE_COMMIT: .ci/run installs it; `try-repo` of this checkout, no network).
 * What cannot run here: GitHub's `uses:` steps (setup-node, cache, upload-sarif), whose inputs
 * and conditions are checked instead (the upload's `if:` is evaluated).
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parse as parseYaml } from 'yaml';
import { runReview, sarifProblems } from './support';
import { formatGitlab } from '../../src/review/ci-formats';

// The commands run as processes, some several times a test (synchronously).
jest.setTimeout(300_000);

const ROOT = path.join(__dirname, '..', '..');
// Relative to the repository root: the folder the tests (and runReview) run in.
const MONOREPO = 'test/fixtures/monorepo';
const NONCOMPLIANT = 'test/fixtures/review/raw-noncompliant';
const PACKAGE_NAME = 'cdktf-tencentcloud-cloudaudit-review';
const REPO_URL = 'https://github.com/cdktf-tencentcloud-cloudaudit/cdktf-tencentcloud-cloudaudit';

const readYaml = (file: string): any => parseYaml(fs.readFileSync(path.join(ROOT, file), 'utf8'));

let tmp: string;
/** The installed package (folder): what `npx --package <spec>` installs. */
let pkg: string;
let serial = 0;

/** The environment the commands run in: nothing of this process's CI variables, a private npm cache. */
function baseEnv(): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    HOME: path.join(tmp, 'home'),
    NODE_PATH: path.join(ROOT, 'node_modules'),
    npm_config_cache: path.join(tmp, 'npm-cache'),
    npm_config_update_notifier: 'false',
    npm_config_fund: 'false',
    npm_config_audit: 'false',
    TF_CLI_CONFIG_FILE: '/dev/null',
  };
}

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cloudaudit-pipelines-'));
  fs.mkdirSync(path.join(tmp, 'home'));
  pkg = path.join(tmp, 'pkg');
  fs.mkdirSync(path.join(pkg, 'bin'), { recursive: true });
  fs.copyFileSync(path.join(ROOT, 'bin', 'cloudaudit-review'), path.join(pkg, 'bin', 'cloudaudit-review'));
  fs.chmodSync(path.join(pkg, 'bin', 'cloudaudit-review'), 0o755);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const esbuild = require('esbuild') as typeof import('esbuild');
  esbuild.buildSync({
    // The review's source as the tests import it (the cdktn run maps it to packages/cdktn/src).
    entryPoints: [require.resolve('../../src/review/cli')],
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    packages: 'external',
    outfile: path.join(pkg, 'lib', 'review', 'cli.js'),
    logLevel: 'error',
  });
  const version = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version;
  fs.writeFileSync(path.join(pkg, 'package.json'), JSON.stringify({ name: PACKAGE_NAME, version, bin: { 'cloudaudit-review': 'bin/cloudaudit-review' } }));
}, 60_000);

afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/**
 * A user's repository: the monorepo fixture at its root (apps/web uses modules/log-bucket; audit
 * holds the tracking set), `infra/` (the audit root again, with infra/prod.tfvars), and the
 * package installed as `npm install --save-dev` leaves it (node_modules/<name>, node_modules/.bin).
 */
function userRepo(): string {
  const repo = path.join(tmp, `repo-${++serial}`);
  fs.cpSync(path.join(ROOT, MONOREPO), repo, { recursive: true });
  fs.cpSync(path.join(ROOT, MONOREPO, 'audit'), path.join(repo, 'infra'), { recursive: true });
  fs.writeFileSync(path.join(repo, 'infra', 'prod.tfvars'), 'track_status = 1\n');
  fs.writeFileSync(path.join(repo, 'package.json'), JSON.stringify({ name: 'user-infra', private: true, devDependencies: { [PACKAGE_NAME]: '*' } }));
  fs.mkdirSync(path.join(repo, 'node_modules', '.bin'), { recursive: true });
  fs.symlinkSync(pkg, path.join(repo, 'node_modules', PACKAGE_NAME));
  fs.symlinkSync(path.join('..', PACKAGE_NAME, 'bin', 'cloudaudit-review'), path.join(repo, 'node_modules', '.bin', 'cloudaudit-review'));
  return repo;
}

/** A finding that fails any gate: the audit root's bucket made public-read. */
function breakAudit(repo: string): void {
  const file = path.join(repo, 'audit', 'main.tf');
  fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('acl                  = "private"', 'acl                  = "public-read"'));
}

function exec(argv: string[], cwd: string, env: NodeJS.ProcessEnv = {}, input?: string) {
  const r = spawnSync(argv[0], argv.slice(1), { cwd, env: { ...baseEnv(), ...env }, encoding: 'utf8', input, timeout: 120_000 });
  if (r.error) throw r.error;
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A JUnit file parsed by a strict XML 1.0 parser (Python's expat): throws on XML that is not well-formed. */
function parseJunit(xml: string): any {
  const script = [
    'import sys, json, xml.dom.minidom as m',
    'd = m.parseString(sys.stdin.buffer.read())',
    'attrs = lambda n: dict(n.attributes.items())',
    'text = lambda n: "".join(t.data for t in n.childNodes if t.nodeType in (3, 4))',
    'r = d.documentElement',
    'out = {"tag": r.tagName, "attrs": attrs(r), "suites": []}',
    'for s in r.getElementsByTagName("testsuite"):',
    '    cases = []',
    '    for c in s.getElementsByTagName("testcase"):',
    '        kids = [{"tag": k.tagName, "attrs": attrs(k), "text": text(k)} for k in c.childNodes if k.nodeType == 1]',
    '        cases.append({"attrs": attrs(c), "children": kids})',
    '    out["suites"].append({"attrs": attrs(s), "cases": cases})',
    'print(json.dumps(out))',
  ].join('\n');
  const r = spawnSync('python3', ['-c', script], { input: Buffer.from(xml, 'utf8'), encoding: 'utf8' });
  if (r.error) throw r.error;
  if (r.status !== 0) throw new Error(`not well-formed XML: ${r.stderr.trim().split('\n').pop()}`);
  return JSON.parse(r.stdout);
}

/** Problems with a GitLab Code Quality report (docs.gitlab.com/ci/testing/code_quality, "Code Quality report format"). */
function codeQualityProblems(report: unknown): string[] {
  const p: string[] = [];
  if (!Array.isArray(report)) return ['the report is a JSON array'];
  const fingerprints = new Set<string>();
  for (const [i, x] of report.entries()) {
    for (const k of ['description', 'check_name', 'fingerprint']) if (typeof x[k] !== 'string' || x[k] === '') p.push(`[${i}].${k} is a non-empty string`);
    if (!['info', 'minor', 'major', 'critical', 'blocker'].includes(x.severity)) p.push(`[${i}].severity`);
    const file = x.location?.path;
    if (typeof file !== 'string' || file === '' || path.isAbsolute(file) || file.startsWith('./') || file.includes('\\')) p.push(`[${i}].location.path is relative`);
    if (!Number.isInteger(x.location?.lines?.begin) || x.location.lines.begin < 1) p.push(`[${i}].location.lines.begin is a line`);
    if (fingerprints.has(x.fingerprint)) p.push(`[${i}].fingerprint is unique`);
    fingerprints.add(x.fingerprint);
  }
  return p;
}

/** Every finding of a review, acknowledged ones too (from --format json). */
function findingsOf(...args: string[]): any[] {
  const r = runReview(...args, '--format', 'json', '--soft-fail');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout).documents.flatMap((d: any) => d.findings);
}

describe('--format gitlab', () => {
  test('a Code Quality report: every unacknowledged finding, with its file and line', () => {
    const all = findingsOf(NONCOMPLIANT);
    const open = all.filter((f) => !f.acknowledged);
    expect(all.length).toBeGreaterThan(open.length);
    const r = runReview(NONCOMPLIANT, '--format', 'gitlab');
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(codeQualityProblems(report)).toEqual([]);
    expect(report).toHaveLength(open.length);
    expect(report.map((x: any) => x.check_name)).toEqual(open.map((f) => (f.code ? `${f.ruleId}/${f.code}` : f.ruleId)));
    expect(report.map((x: any) => x.location.lines.begin)).toEqual(open.map((f) => f.line));
    expect(report.map((x: any) => x.severity)).toEqual(open.map((f) => ({ error: 'critical', warning: 'major', info: 'info' } as any)[f.level]));
    expect(report[0].location.path).toBe('test/fixtures/review/raw-noncompliant/main.tf.json');
  });

  test('fingerprints do not move with the lines: the same findings re-indented keep them', () => {
    const dir = path.join(tmp, 'moved');
    fs.mkdirSync(dir);
    const doc = JSON.parse(fs.readFileSync(path.join(NONCOMPLIANT, 'main.tf.json'), 'utf8'));
    fs.writeFileSync(path.join(dir, 'main.tf.json'), JSON.stringify(doc, null, 2));
    const before = JSON.parse(runReview(path.join(dir, 'main.tf.json'), '--format', 'gitlab').stdout);
    fs.writeFileSync(path.join(dir, 'main.tf.json'), `\n\n\n${JSON.stringify(doc, null, 8)}`);
    const after = JSON.parse(runReview(path.join(dir, 'main.tf.json'), '--format', 'gitlab').stdout);
    expect(after.length).toBeGreaterThan(0);
    expect(after.map((x: any) => x.fingerprint)).toEqual(before.map((x: any) => x.fingerprint));
    expect(after.map((x: any) => x.location.lines.begin)).not.toEqual(before.map((x: any) => x.location.lines.begin));
  });

  test('a plan: the plan file, line 1 when a finding has no line', () => {
    const plan = path.join(ROOT, 'test', 'fixtures', 'review', 'plan.json');
    const open = findingsOf(plan).filter((f) => !f.acknowledged);
    const report = JSON.parse(runReview(plan, '--format', 'gitlab').stdout);
    expect(report.length).toBeGreaterThan(0);
    expect(open.some((f) => f.line === undefined)).toBe(true);
    expect(codeQualityProblems(report)).toEqual([]);
    expect(report.map((x: any) => x.location)).toEqual(open.map((f) => ({ path: 'test/fixtures/review/plan.json', lines: { begin: f.line ?? 1 } })));
  });

  test('two findings alike in rule, file and resource: two issues, two fingerprints; a file outside the folder: its absolute path', () => {
    const finding = (message: string, file = 'infra/main.tf') => ({ ruleId: 'STO-002', level: 'warning' as const, address: 'tencentcloud_cos_bucket.b', file, message, fix: 'f', line: 3 });
    const doc = { name: 'infra', file: 'infra', kind: 'terraform-hcl' as const, resources: [] };
    const result = (findings: any[]) => [{ document: doc, tracks: [], matrix: [], findings, alarms: [], eventRules: [] }];
    const two = JSON.parse(formatGitlab(result([finding('one'), finding('two')])));
    expect(new Set(two.map((x: any) => x.fingerprint)).size).toBe(2);
    expect(JSON.parse(formatGitlab(result([finding('one')])))[0].fingerprint).toBe(two[0].fingerprint);
    const outside = path.join(os.tmpdir(), 'elsewhere', 'main.tf');
    expect(JSON.parse(formatGitlab(result([finding('one', outside)])))[0].location.path).toBe(outside);
  });

  test('a clean review: an empty array', () => {
    const r = runReview(path.join(MONOREPO, 'audit'), '--format', 'gitlab', '--check', 'STO-001');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([]);
  });
});

describe('--format junit', () => {
  test('a suite per document, a test per finding, failures at --fail-on or worse, acknowledged ones skipped', () => {
    const all = findingsOf(NONCOMPLIANT);
    const acknowledged = all.filter((f) => f.acknowledged).length;
    for (const [failOn, levels] of [['error', ['error']], ['warning', ['error', 'warning']], ['info', ['error', 'warning', 'info']]] as const) {
      const r = runReview(NONCOMPLIANT, '--format', 'junit', '--fail-on', failOn);
      expect(r.code).toBe(1);
      const x = parseJunit(r.stdout);
      const failing = all.filter((f) => !f.acknowledged && (levels as readonly string[]).includes(f.level)).length;
      expect(x.tag).toBe('testsuites');
      expect(x.attrs).toMatchObject({ name: 'cloudaudit-review', tests: String(all.length), failures: String(failing) });
      expect(x.suites).toHaveLength(1);
      expect(x.suites[0].attrs).toMatchObject({ name: 'test/fixtures/review/raw-noncompliant', tests: String(all.length), failures: String(failing), skipped: String(acknowledged) });
      const kinds = x.suites[0].cases.map((c: any) => c.children[0].tag);
      expect(kinds.filter((k: string) => k === 'failure')).toHaveLength(failing);
      expect(kinds.filter((k: string) => k === 'skipped')).toHaveLength(acknowledged);
      expect(kinds.filter((k: string) => k === 'system-out')).toHaveLength(all.length - failing - acknowledged);
    }
    const first = parseJunit(runReview(NONCOMPLIANT, '--format', 'junit').stdout).suites[0].cases[0];
    expect(first.attrs).toEqual({
      name: `${all[0].ruleId} ${all[0].code} ${all[0].address}`,
      classname: 'cloudaudit-review.test/fixtures/review/raw-noncompliant',
      file: 'test/fixtures/review/raw-noncompliant/main.tf.json',
      line: String(all[0].line),
    });
    expect(first.children[0].attrs).toEqual({ message: all[0].message, type: 'error' });
    expect(first.children[0].text).toContain(`at test/fixtures/review/raw-noncompliant/main.tf.json:${all[0].line}: ${all[0].message}. Fix: ${all[0].fix}.`);
  });

  test('one suite per root of a monorepo; a root without findings is one passing test', () => {
    const x = parseJunit(runReview(MONOREPO, '--format', 'junit').stdout);
    expect(x.suites.map((s: any) => s.attrs.name)).toEqual(['apps/web', 'audit', 'stacks/data'].map((d) => `test/fixtures/monorepo/${d}`));
    const web = x.suites[0];
    expect(web.cases).toEqual([{ attrs: { name: 'no findings', classname: 'cloudaudit-review.test/fixtures/monorepo/apps/web', file: 'test/fixtures/monorepo/apps/web' }, children: [] }]);
    expect(x.attrs.failures).toBe('0');
  });

  test('hostile names and values: well-formed XML (a strict parser reads it) and a JSON report without raw controls', () => {
    const repo = path.join(tmp, 'hostile');
    const dir = path.join(repo, 'infra');
    fs.mkdirSync(dir, { recursive: true });
    const name = 'a<b>&c"d\'e\u0001f\u001b[31mg\u0008\u000bh\u202ei\ufffej\ud800k]]>l';
    const doc = {
      resource: {
        tencentcloud_audit_track: { [name]: { name, action_type: name, resource_type: '*', event_names: ['*'], status: 1, storage: { storage_type: 'cos', storage_region: 'ap-guangzhou', storage_name: name, storage_prefix: name } } },
        tencentcloud_cos_bucket: { [`${name}2`]: { bucket: name, acl: 'public-read' } },
      },
    };
    fs.writeFileSync(path.join(dir, 'main.tf.json'), JSON.stringify(doc, null, 2));
    const cli = (...args: string[]) => exec([path.join(pkg, 'bin', 'cloudaudit-review'), 'infra', ...args], repo);
    const all = JSON.parse(cli('--format', 'json').stdout).documents.flatMap((d: any) => d.findings);
    expect(all.length).toBeGreaterThan(3);
    expect(all.some((f: any) => f.address?.includes('a<b>&c"d\'e'))).toBe(true);
    const junit = cli('--format', 'junit');
    expect(junit.code).toBe(1);
    expect(junit.stdout).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\ud800-\udfff]/);
    const x = parseJunit(junit.stdout);
    expect(x.suites[0].cases).toHaveLength(all.length);
    const names = x.suites[0].cases.map((c: any) => c.attrs.name).join('\n');
    // The XML specials come back as they were; the controls as visible escapes.
    expect(names).toContain('a<b>&c"d\'e\\x01f\\x1b[31mg\\x08\\x0bh\\u202ei\\ufffej\\ud800k]]>l');
    const gitlab = cli('--format', 'gitlab');
    expect(gitlab.stdout).not.toMatch(/[\u0001\u001b\u0008\u000b\u202e]/);
    const report = JSON.parse(gitlab.stdout);
    expect(codeQualityProblems(report)).toEqual([]);
    expect(report.map((i: any) => i.location.path)).toContain('infra/main.tf.json');
  });
});

describe('the CLI', () => {
  test('--help names the formats and their use', () => {
    const r = runReview('--help');
    expect(r.stdout).toContain('--format <table|json|markdown|sarif|html|gitlab|junit>');
    expect(r.stdout).toContain('--format gitlab -o gl-code-quality-report.json');
    expect(r.stdout).toContain('--format junit -o review.junit.xml');
  });

  test.each(['html', 'gitlab', 'junit'])('--live with --format %s: a usage error (CA616), nothing written', (format) => {
    const live = path.join(tmp, 'live.json');
    fs.writeFileSync(live, JSON.stringify({ Response: { Tracks: [], TotalCount: 0 } }));
    const out = path.join(tmp, `live-${format}.out`);
    const r = runReview(path.join(MONOREPO, 'audit'), '--live', live, '--format', format, '-o', out);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`cloudaudit-review: [CA616 ReviewUsage] --live reports in table, json, markdown, sarif, not ${format} (see --help)\n`);
    expect(fs.existsSync(out)).toBe(false);
  });
});

// ---------------------------------------------------------------- pre-commit

interface Hook {
  id: string;
  name: string;
  entry: string;
  language: string;
  files?: string;
  args?: string[];
  pass_filenames?: boolean;
  require_serial?: boolean;
}
const HOOKS: Hook[] = readYaml('.pre-commit-hooks.yaml');
const hook = (id: string) => HOOKS.find((h) => h.id === id)!;

/**
 * Runs a hook as pre-commit does: the entry (split on blanks: ours has no quotes), the args, then
 * the staged files its `files` pattern matches (all of them at once: `require_serial`). A `script`
 * entry is a path in the hook repository (here: this one); the command runs in the user's repository.
 */
function runHook(h: Hook, repo: string, staged: string[], args: string[] = h.args ?? []) {
  const pattern = new RegExp(h.files ?? '');
  const files = h.pass_filenames === false ? [] : staged.filter((f) => pattern.test(f));
  const entry = h.entry.split(/\s+/);
  if (h.language === 'script') entry[0] = path.join(ROOT, entry[0]);
  return exec([...entry, ...args, ...files], repo);
}

describe('.pre-commit-hooks.yaml', () => {
  test('two hooks, each with what pre-commit requires, on .tf and .tf.json files, run one at a time', () => {
    expect(HOOKS.map((h) => h.id)).toEqual(['cloudaudit-review', 'cloudaudit-review-all']);
    for (const h of HOOKS) {
      for (const k of ['id', 'name', 'entry', 'language'] as const) expect(typeof h[k]).toBe('string');
      expect(['script', 'system']).toContain(h.language);
      expect(h.require_serial).toBe(true);
      const files = new RegExp(h.files!);
      expect(['main.tf', 'a/b.tf.json', 'x.tf']).toEqual(['main.tf', 'a/b.tf.json', 'x.tf'].filter((f) => files.test(f)));
      expect(['prod.tfvars', 'README.md', 'main.tf.bak', 'plan.json'].filter((f) => files.test(f))).toEqual([]);
    }
    const script = path.join(ROOT, hook('cloudaudit-review').entry);
    // Executable by everyone (pre-commit runs it as it is checked out).
    expect(() => fs.accessSync(script, fs.constants.X_OK)).not.toThrow();
    expect((fs.statSync(script).mode % 0o1000).toString(8)).toMatch(/^[7531][7531][7531]$/);
    expect(hook('cloudaudit-review').pass_filenames).toBe(true);
    expect(hook('cloudaudit-review-all')).toMatchObject({ pass_filenames: false, args: ['.'], entry: 'npx --no -- cloudaudit-review' });
  });

  test('cloudaudit-review: only the roots the staged files touch (a module counts for its users); exit 1 on a finding', () => {
    const repo = userRepo();
    const h = hook('cloudaudit-review');
    const modules = runHook(h, repo, ['modules/log-bucket/main.tf', 'README.md']);
    expect(modules.stderr).toContain('--changed-files: 1 of 4 root(s) touched by 1 changed file(s): apps/web');
    expect(modules.code).toBe(0);
    expect(modules.stdout).toContain('0 errors');
    breakAudit(repo);
    const web = runHook(h, repo, ['apps/web/main.tf']);
    expect(web.code).toBe(0);
    const audit = runHook(h, repo, ['audit/main.tf', 'infra/prod.tfvars']);
    expect(audit.stderr).toContain('1 of 4 root(s) touched by 1 changed file(s): audit');
    expect(audit.stdout).toMatch(/STO-001/);
    expect(audit.code).toBe(1);
  });

  test('cloudaudit-review: settings from .cloudaudit-review.yml; an option as an arg is refused (exit 2); nothing staged, exit 0', () => {
    const repo = userRepo();
    const h = hook('cloudaudit-review');
    expect(runHook(h, repo, ['audit/main.tf']).code).toBe(0);
    fs.writeFileSync(path.join(repo, '.cloudaudit-review.yml'), 'fail-on: warning\n');
    const strict = runHook(h, repo, ['audit/main.tf']);
    expect(strict.code).toBe(1);
    const refused = runHook(h, repo, ['audit/main.tf'], ['--fail-on', 'warning']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/^cloudaudit-review hook: \[CA616 ReviewUsage\] "--fail-on": this hook takes no options/);
    expect(runHook(h, repo, ['README.md']).code).toBe(0);
  });

  test('cloudaudit-review-all: every root, the args as options', () => {
    const repo = userRepo();
    const h = hook('cloudaudit-review-all');
    const all = runHook(h, repo, ['audit/main.tf']);
    expect(all.stderr).toContain('4 Terraform root(s) found');
    expect(all.code).toBe(0);
    expect(runHook(h, repo, [], ['.', '--fail-on', 'warning']).code).toBe(1);
    breakAudit(repo);
    expect(runHook(h, repo, []).code).toBe(1);
    expect(runHook(h, repo, [], ['infra']).code).toBe(0);
  });

  test('without the package installed, the hook fails and runs nothing', () => {
    const repo = userRepo();
    fs.rmSync(path.join(repo, 'node_modules'), { recursive: true });
    const h = hook('cloudaudit-review-all');
    // npm offline, so no registry is asked here (with one, `--no` refuses to install what is missing).
    const r = exec([...h.entry.split(/\s+/), ...h.args!], repo, { npm_config_offline: 'true' });
    expect(r.code).not.toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/npm error/);
    expect(fs.existsSync(path.join(tmp, 'npm-cache', '_npx')) && fs.readdirSync(path.join(tmp, 'npm-cache', '_npx')).some((d) => fs.existsSync(path.join(tmp, 'npm-cache', '_npx', d, 'node_modules', 'cloudaudit-review')))).toBe(false);
  });
});

// ---------------------------------------------------------------- GitHub Action

const ACTION_FILE = 'ci/github/action.yml';
const ACTION = readYaml(ACTION_FILE);

/** `${{ inputs.x }}` replaced by the input's value, as GitHub does in `env:` and `with:`. */
function substitute(text: string, inputs: Record<string, string>): string {
  return text.replace(/\$\{\{\s*inputs\.([A-Za-z0-9_-]+)\s*\}\}/g, (_m, name: string) => {
    if (!(name in inputs)) throw new Error(`no input ${name}`);
    return inputs[name];
  });
}

/**
 * Runs the action's `run:` steps as a runner does (`shell: bash` is `bash --noprofile --norc -eo
 * pipefail {0}`), with its inputs (defaults under the given ones) and GITHUB_OUTPUT; returns the
 * review step's outputs and its exit code, and whether the upload step's `if:` holds.
 */
function runAction(given: Record<string, string>, repo: string) {
  for (const k of Object.keys(given)) expect(Object.keys(ACTION.inputs)).toContain(k);
  const inputs: Record<string, string> = {};
  for (const [k, v] of Object.entries<any>(ACTION.inputs)) inputs[k] = given[k] ?? String(v.default ?? '');
  const outputs: Record<string, Record<string, string>> = {};
  let code: number | null = 0;
  for (const [i, step] of ACTION.runs.steps.entries()) {
    if (step.run === undefined) continue;
    expect(step.shell).toBe('bash');
    const script = path.join(tmp, `step-${++serial}.sh`);
    fs.writeFileSync(script, step.run);
    const output = path.join(tmp, `output-${serial}`);
    fs.writeFileSync(output, '');
    const env: Record<string, string> = { GITHUB_OUTPUT: output };
    for (const [k, v] of Object.entries<string>(step.env ?? {})) env[k] = substitute(String(v), inputs);
    const r = exec(['bash', '--noprofile', '--norc', '-eo', 'pipefail', script], repo, env);
    outputs[step.id ?? String(i)] = Object.fromEntries(fs.readFileSync(output, 'utf8').split('\n').filter((l) => l !== '').map((l) => l.split(/=(.*)/s).slice(0, 2)));
    code = r.code;
    if (code !== 0) break;
  }
  const upload = ACTION.runs.steps.find((s: any) => String(s.uses ?? '').startsWith('github/codeql-action/upload-sarif@'));
  // The upload's condition, evaluated: always() holds, the rest are the inputs and the review's outputs.
  const condition = String(upload.if)
    .replace(/always\(\)/g, 'true')
    .replace(/inputs\.([A-Za-z0-9_-]+)/g, (_m, n: string) => JSON.stringify(inputs[n]))
    .replace(/steps\.([A-Za-z0-9_-]+)\.outputs\.([A-Za-z0-9_-]+)/g, (_m, s: string, o: string) => JSON.stringify(outputs[s]?.[o] ?? ''))
    .replace(/'/g, '"').replace(/==/g, '===');
  expect(condition).toMatch(/^[\s"\w.&|()=!-]*$/);
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  const uploads = new Function(`return (${condition});`)() as boolean;
  return { code, outputs: outputs.review ?? {}, uploads, sarif: path.join(repo, substitute(upload.with.sarif_file, inputs)) };
}

describe('ci/github/action.yml', () => {
  test('a composite action: setup-node, an npm cache, the review, the SARIF upload; every input used', () => {
    expect(ACTION.runs.using).toBe('composite');
    const uses = ACTION.runs.steps.map((s: any) => s.uses ?? 'run');
    expect(uses).toEqual(['actions/setup-node@v6', 'actions/cache@v5', 'run', 'github/codeql-action/upload-sarif@v4']);
    const text = fs.readFileSync(path.join(ROOT, ACTION_FILE), 'utf8');
    const steps = text.slice(text.indexOf('\nruns:'));
    for (const name of Object.keys(ACTION.inputs)) expect(steps).toMatch(new RegExp(`\\binputs\\.${name}\\b`));
    // No expression in a script: inputs reach it as environment variables only.
    for (const s of ACTION.runs.steps.filter((x: any) => x.run !== undefined)) expect(s.run).not.toContain('${{');
    expect(ACTION.runs.steps[0].with).toEqual({ 'node-version': '${{ inputs.node-version }}', 'package-manager-cache': false });
    const cache = ACTION.runs.steps[1];
    expect(cache.with.path).toBe('~/.npm');
    expect(cache.with.key).toContain('${{ inputs.package }}');
    expect(ACTION.runs.steps[3].with.sarif_file).toBe('${{ inputs.sarif-file }}');
    expect(ACTION.outputs['exit-code'].value).toBe('${{ steps.review.outputs.exit-code }}');
  });

  test('its README states the permissions the job needs', () => {
    const readme = fs.readFileSync(path.join(ROOT, 'ci', 'github', 'README.md'), 'utf8');
    const blocks = yamlBlocks(readme).map((b) => parseYaml(b));
    expect(blocks).toContainEqual({ permissions: { 'contents': 'read', 'security-events': 'write' } });
    for (const name of Object.keys(ACTION.inputs)) expect(readme).toContain(`| \`${name}\` |`);
  });

  test('the review step: SARIF written and uploaded on exit 0 and 1; nothing on bad input (exit 2)', () => {
    const repo = userRepo();
    const clean = runAction({ path: 'infra', package: pkg }, repo);
    expect(clean).toMatchObject({ code: 0, outputs: { 'exit-code': '0' }, uploads: true });
    expect(sarifProblems(JSON.parse(fs.readFileSync(clean.sarif, 'utf8')))).toEqual([]);
    fs.rmSync(clean.sarif);
    const strict = runAction({ 'path': 'infra', 'package': pkg, 'fail-on': 'warning', 'sarif-file': 'out/review.sarif' }, (fs.mkdirSync(path.join(repo, 'out')), repo));
    expect(strict).toMatchObject({ code: 1, outputs: { 'exit-code': '1' }, uploads: true });
    expect(JSON.parse(fs.readFileSync(path.join(repo, 'out', 'review.sarif'), 'utf8')).runs[0].results.length).toBeGreaterThan(0);
    const skipped = runAction({ 'path': 'infra', 'package': pkg, 'fail-on': 'warning', 'args': '--skip-check STO-* --var-file infra/prod.tfvars', 'upload': 'false' }, repo);
    expect(skipped).toMatchObject({ code: 0, uploads: false });
    const bad = runAction({ 'path': 'nowhere', 'package': pkg, 'sarif-file': 'bad.sarif' }, repo);
    expect(bad).toMatchObject({ code: 2, outputs: { 'exit-code': '2' }, uploads: false });
    expect(fs.existsSync(bad.sarif)).toBe(false);
    breakAudit(repo);
    expect(runAction({ 'package': pkg, 'require-tracks': 'warning' }, repo)).toMatchObject({ code: 1, uploads: true });
  });

  test('an input cannot inject shell: a path with $(...) and quotes is one argument', () => {
    const repo = userRepo();
    const r = runAction({ path: 'infra"; touch injected; "$(touch injected2)', package: pkg }, repo);
    expect(r.code).toBe(2);
    expect(fs.existsSync(path.join(repo, 'injected')) || fs.existsSync(path.join(repo, 'injected2'))).toBe(false);
  });
});

// ---------------------------------------------------------------- GitLab CI template

const GITLAB_FILE = 'ci/gitlab/cloudaudit-review.gitlab-ci.yml';
const GITLAB = readYaml(GITLAB_FILE);

/**
 * Runs the job's `script:` as a GitLab runner does (one shell, stopping at the first command that
 * fails), with the job's variables (`$CI_PROJECT_DIR` expanded) under the given ones.
 */
function runGitlabJob(overrides: Record<string, string>, repo: string) {
  const job = GITLAB['cloudaudit-review'];
  for (const k of Object.keys(overrides)) expect(Object.keys(job.variables)).toContain(k);
  const vars: Record<string, string> = {};
  for (const [k, v] of Object.entries<string>({ ...job.variables, ...overrides })) vars[k] = String(v).replace(/\$CI_PROJECT_DIR/g, repo);
  const script = path.join(tmp, `job-${++serial}.sh`);
  fs.writeFileSync(script, `${job.script.join('\n')}\n`);
  return exec(['bash', '-eo', 'pipefail', script], repo, { ...vars, CI_PROJECT_DIR: repo, GITLAB_CI: 'true' });
}

describe('ci/gitlab/cloudaudit-review.gitlab-ci.yml', () => {
  test('the job cloudaudit-review: two runs, Code Quality and JUnit reports kept always', () => {
    const job = GITLAB['cloudaudit-review'];
    expect(Object.keys(GITLAB)).toEqual(['cloudaudit-review']);
    expect(job.artifacts.when).toBe('always');
    expect(job.artifacts.reports).toEqual({ codequality: 'gl-code-quality-report.json', junit: 'cloudaudit-review.junit.xml' });
    const runs = job.script.filter((l: string) => l.includes('cloudaudit-review'));
    expect(runs).toHaveLength(2);
    expect(runs[0]).toMatch(/--soft-fail --format gitlab --output-file gl-code-quality-report\.json$/);
    expect(runs[1]).toMatch(/--fail-on "\$CLOUDAUDIT_REVIEW_FAIL_ON" --format junit --output-file cloudaudit-review\.junit\.xml$/);
    for (const v of job.script.join('\n').match(/\$CLOUDAUDIT_[A-Z_]+/g)) expect(Object.keys(job.variables)).toContain(v.slice(1));
    expect(job.cache.paths).toEqual(['.npm/']);
    expect(job.variables.npm_config_cache).toBe('$CI_PROJECT_DIR/.npm');
  });

  test('its script: both reports written, the job failing only at --fail-on (and on bad input)', () => {
    const repo = userRepo();
    const read = () => ({
      quality: JSON.parse(fs.readFileSync(path.join(repo, 'gl-code-quality-report.json'), 'utf8')),
      junit: parseJunit(fs.readFileSync(path.join(repo, 'cloudaudit-review.junit.xml'), 'utf8')),
    });
    const clean = runGitlabJob({ CLOUDAUDIT_REVIEW_PACKAGE: pkg }, repo);
    expect(clean.code).toBe(0);
    let r = read();
    expect(codeQualityProblems(r.quality)).toEqual([]);
    // audit and infra (the same root): a warning and three infos each.
    expect(r.quality.map((x: any) => x.severity)).toEqual(['major', 'info', 'info', 'info', 'major', 'info', 'info', 'info']);
    expect(r.junit.suites.map((s: any) => s.attrs.name)).toEqual(['apps/web', 'audit', 'infra', 'stacks/data']);
    expect(r.junit.attrs.failures).toBe('0');
    // npm's cache where the job caches it.
    expect(fs.existsSync(path.join(repo, '.npm'))).toBe(true);
    const strict = runGitlabJob({ CLOUDAUDIT_REVIEW_PACKAGE: pkg, CLOUDAUDIT_REVIEW_FAIL_ON: 'warning' }, repo);
    expect(strict.code).toBe(1);
    r = read();
    expect(r.quality).toHaveLength(8);
    expect(r.junit.attrs.failures).toBe(String(r.quality.filter((x: any) => x.severity === 'major').length));
    breakAudit(repo);
    fs.rmSync(path.join(repo, 'gl-code-quality-report.json'));
    const broken = runGitlabJob({ CLOUDAUDIT_REVIEW_PACKAGE: pkg, CLOUDAUDIT_REVIEW_PATH: 'audit', CLOUDAUDIT_REVIEW_ARGS: '--skip-check STO-0* --skip-check COV-*' }, repo);
    expect(broken.code).toBe(0);
    expect(read().quality).toEqual([]);
    const bad = runGitlabJob({ CLOUDAUDIT_REVIEW_PACKAGE: pkg, CLOUDAUDIT_REVIEW_PATH: 'nowhere' }, repo);
    expect(bad.code).toBe(2);
  });
});

// ---------------------------------------------------------------- docs/review.md snippets

/** The fenced ```yaml blocks of a Markdown text. */
function yamlBlocks(md: string): string[] {
  return [...md.matchAll(/^```yaml\n([\s\S]*?)^```$/gm)].map((m) => m[1]);
}

const DOCS = fs.readFileSync(path.join(ROOT, 'docs', 'review.md'), 'utf8');
const SECTION = DOCS.slice(DOCS.indexOf('\n## CI and pre-commit\n'), DOCS.indexOf('\n## ', DOCS.indexOf('\n## CI and pre-commit\n') + 5));
const SNIPPETS = yamlBlocks(SECTION).map((b) => parseYaml(b));

describe('docs/review.md, "CI and pre-commit": the snippets, parsed and run', () => {
  test('four snippets: a GitHub workflow, a GitLab include, two pre-commit configurations', () => {
    expect(SECTION.length).toBeGreaterThan(1000);
    expect(SNIPPETS.map((s) => (s.jobs ? 'github' : s.include ? 'gitlab' : s.repos ? 'pre-commit' : 'other'))).toEqual(['github', 'gitlab', 'pre-commit', 'pre-commit']);
    const pkgJson = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    expect(pkgJson.repository.url).toBe(`${REPO_URL}.git`);
  });

  test('its links: the shipped files, and the sections named, exist', () => {
    const links = [...SECTION.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]).filter((l) => !/^https:\/\//.test(l));
    expect(links).toEqual(expect.arrayContaining(['../ci/github/README.md', '../ci/gitlab/cloudaudit-review.gitlab-ci.yml', '../.pre-commit-hooks.yaml', '#monorepos']));
    const slugs = DOCS.split('\n').filter((h) => /^#+ /.test(h)).map((h) => h.replace(/^#+ /, '').toLowerCase().replace(/[^a-z0-9 -]/g, '').replace(/ /g, '-'));
    expect(slugs).toContain('ci-and-pre-commit');
    for (const l of links) {
      if (l.startsWith('#')) expect(slugs).toContain(l.slice(1));
      else expect(fs.existsSync(path.join(ROOT, 'docs', l))).toBe(true);
    }
    expect(fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8')).toContain('(docs/review.md#ci-and-pre-commit)');
  });

  test('the GitHub workflow: the permissions, the checkout, the action of this repository with its inputs; run', () => {
    const wf = SNIPPETS[0];
    expect(wf.permissions).toEqual({ 'contents': 'read', 'security-events': 'write' });
    const steps = Object.values<any>(wf.jobs)[0].steps;
    expect(steps[0].uses).toBe('actions/checkout@v5');
    const m = /^cdktf-tencentcloud-cloudaudit\/cdktf-tencentcloud-cloudaudit\/(.+)@v\d+\.\d+\.\d+$/.exec(steps[1].uses);
    expect(m).not.toBeNull();
    expect(`${m![1]}/action.yml`).toBe(ACTION_FILE);
    expect(steps[1].with.package).toMatch(new RegExp(`^${PACKAGE_NAME}@\\d+\\.\\d+\\.\\d+$`));
    // The pinned version is not published from here: the same package, installed from its folder.
    const repo = userRepo();
    const r = runAction({ ...steps[1].with, package: pkg }, repo);
    expect(r).toMatchObject({ code: 0, uploads: true });
    expect(sarifProblems(JSON.parse(fs.readFileSync(r.sarif, 'utf8')))).toEqual([]);
  });

  test('the GitLab include: the template of this repository, its job and variables; run', () => {
    const ci = SNIPPETS[1];
    const remote = ci.include[0].remote as string;
    const m = /^https:\/\/raw\.githubusercontent\.com\/cdktf-tencentcloud-cloudaudit\/cdktf-tencentcloud-cloudaudit\/v\d+\.\d+\.\d+\/(.+)$/.exec(remote);
    expect(m).not.toBeNull();
    expect(m![1]).toBe(GITLAB_FILE);
    expect(Object.keys(ci).filter((k) => k !== 'include')).toEqual(['cloudaudit-review']);
    const vars = ci['cloudaudit-review'].variables;
    expect(vars.CLOUDAUDIT_REVIEW_PACKAGE).toMatch(new RegExp(`^${PACKAGE_NAME}@\\d+\\.\\d+\\.\\d+$`));
    const repo = userRepo();
    const r = runGitlabJob({ ...vars, CLOUDAUDIT_REVIEW_PACKAGE: pkg }, repo);
    expect(r.code).toBe(0);
    expect(codeQualityProblems(JSON.parse(fs.readFileSync(path.join(repo, 'gl-code-quality-report.json'), 'utf8')))).toEqual([]);
    expect(parseJunit(fs.readFileSync(path.join(repo, 'cloudaudit-review.junit.xml'), 'utf8')).suites.map((s: any) => s.attrs.name)).toEqual(['infra']);
  });

  test('the pre-commit configurations: this repository, hooks it defines; run', () => {
    const repo = userRepo();
    breakAudit(repo);
    const results = SNIPPETS.slice(2).map((config) => {
      expect(config.repos).toHaveLength(1);
      expect(config.repos[0].repo).toBe(REPO_URL);
      expect(config.repos[0].rev).toMatch(/^v\d+\.\d+\.\d+$/);
      return config.repos[0].hooks.map((h: { id: string; args?: string[] }) => {
        expect(HOOKS.map((x) => x.id)).toContain(h.id);
        const def = hook(h.id);
        return [h.id, runHook(def, repo, ['audit/main.tf', 'infra/main.tf'], h.args ?? def.args).code];
      });
    });
    // The changed-roots hook sees the broken audit root; the other reviews infra (no error, a warning) with --fail-on warning.
    expect(results).toEqual([[['cloudaudit-review', 1]], [['cloudaudit-review-all', 1]]]);
  });
});

/** The real pre-commit (PyPI's; .ci/run installs it and sets PRE_COMMIT), in the user's repository made a git repository. */
const PRE_COMMIT = process.env.PRE_COMMIT ?? 'pre-commit';
const GIT_ENV = { GIT_AUTHOR_NAME: 'Test', GIT_AUTHOR_EMAIL: 'test@example.com', GIT_COMMITTER_NAME: 'Test', GIT_COMMITTER_EMAIL: 'test@example.com' };

function preCommit(repo: string, ...args: string[]) {
  const r = spawnSync(PRE_COMMIT, args, {
    cwd: repo,
    encoding: 'utf8',
    timeout: 180_000,
    env: { ...baseEnv(), ...GIT_ENV, PRE_COMMIT_HOME: path.join(tmp, 'pre-commit-home'), PRE_COMMIT_COLOR: 'never' },
  });
  if (r.error) throw new Error(`cannot run ${PRE_COMMIT} (${r.error.message}): install pre-commit (pip install pre-commit) or set PRE_COMMIT; .ci/run does`);
  return { code: r.status, out: r.stdout + r.stderr };
}

function gitRepo(repo: string): string {
  fs.writeFileSync(path.join(repo, '.gitignore'), 'node_modules/\n');
  for (const args of [['init', '-q'], ['add', '-A']]) expect(exec(['git', ...args], repo, GIT_ENV).code).toBe(0);
  return repo;
}

describe('in real pre-commit', () => {
  test('try-repo of this repository: both hooks, passing and failing', () => {
    const repo = gitRepo(userRepo());
    const touched = preCommit(repo, 'try-repo', ROOT, 'cloudaudit-review', '--verbose', '--files', 'modules/log-bucket/main.tf', 'README.md');
    expect(touched.out).toMatch(/cloudaudit-review \(Terraform roots touched\)\.+Passed/);
    expect(touched.out).toContain('--changed-files: 1 of 4 root(s) touched by 1 changed file(s): apps/web');
    expect(touched.code).toBe(0);
    breakAudit(repo);
    const broken = preCommit(repo, 'try-repo', ROOT, 'cloudaudit-review', '--files', 'audit/main.tf');
    expect(broken.out).toMatch(/cloudaudit-review \(Terraform roots touched\)\.+Failed/);
    expect(broken.out).toContain('STO-001');
    expect(broken.code).toBe(1);
    const all = preCommit(repo, 'try-repo', ROOT, 'cloudaudit-review-all', '--all-files');
    expect(all.out).toMatch(/cloudaudit-review \(every Terraform root\)\.+Failed/);
    expect(all.code).toBe(1);
  });

  test('the docs\' configurations, with this repository (HEAD) for the GitHub URL', () => {
    const repo = gitRepo(userRepo());
    breakAudit(repo);
    const head = exec(['git', 'rev-parse', 'HEAD'], ROOT).stdout.trim();
    const results = SNIPPETS.slice(2).map((config, i) => {
      const file = path.join(tmp, `pre-commit-config-${++serial}.yaml`);
      const text = yamlBlocks(SECTION)[2 + i].replace(REPO_URL, ROOT).replace(/rev: v\d+\.\d+\.\d+/, `rev: ${head}`);
      fs.writeFileSync(file, text);
      const r = preCommit(repo, 'run', '--config', file, '--files', 'audit/main.tf', 'infra/main.tf');
      return [config.repos[0].hooks[0].id, r.code, /\.+Failed/.test(r.out)];
    });
    expect(results).toEqual([['cloudaudit-review', 1, true], ['cloudaudit-review-all', 1, true]]);
  });
});
