/**
 * Monorepos: roots found under a folder (each with its own terraform.tfvars), `stacks/` that is not
 * cdktf output, --changed-files, the config file (.cloudaudit-review.yml / .json), and a
 * --var-file setting variables a root does not declare (CA640).
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runReview as run } from './support';
import { parseYamlSubset } from '../../src/review/config';
import { discoverRoots, loadRoots } from '../../src/review/roots';

const FIXTURE = path.join('test', 'fixtures', 'monorepo');

let tmp: string;
let repo: string;
beforeEach(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'monorepo-'));
  repo = path.join(tmp, 'repo');
  fs.cpSync(FIXTURE, repo, { recursive: true });
});
afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));

const write = (file: string, text: string) => {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  return file;
};
const BUCKET = 'resource "tencentcloud_cos_bucket" "b" {\n  bucket = "x-1250000000"\n}\n';
/** The findings of the fixture's audit root: its bucket has no access logging, deny-delete policy or replica (STO-009-011). */
const AUDIT_ROOT = ['STO-010', 'STO-008', 'STO-009', 'STO-011'];
const docsOf = (stdout: string) => JSON.parse(stdout).documents.map((d: any) => [path.relative(repo, d.file), d.findings.map((f: any) => f.ruleId)]);

describe('roots found under a folder', () => {
  test('three roots, named; .terraform, node_modules, hidden folders and a local module are not roots', () => {
    write(path.join(repo, 'apps', 'web', '.terraform', 'modules', 'logs', 'main.tf'), BUCKET);
    write(path.join(repo, 'node_modules', 'some-package', 'main.tf'), BUCKET);
    write(path.join(repo, '.github', 'main.tf'), BUCKET);
    expect(discoverRoots(repo).map((r) => path.relative(repo, r))).toEqual([path.join('apps', 'web'), 'audit', path.join('stacks', 'data')]);
    const r = run(repo, '-f', 'json');
    expect(r.stderr).toContain(`cloudaudit-review: ${repo}: [CA642 RootsFound] 3 Terraform root(s) found, each reviewed on its own: apps/web, audit, stacks/data\n`);
    expect(docsOf(r.stdout)).toEqual([[path.join('apps', 'web'), []], ['audit', AUDIT_ROOT], [path.join('stacks', 'data'), []]]);
    expect(r.code).toBe(0);
  });

  test('each root reads its own terraform.tfvars', () => {
    const out = JSON.parse(run(repo, '-f', 'json').stdout);
    const audit = out.documents.find((d: any) => d.file.endsWith('audit'));
    expect(audit.tracks.map((t: any) => [t.name, t.enabled])).toEqual([['all-writes', true]]);
    // apps/web's env = "prod" names the bucket its local module creates.
    const [web] = loadRoots(path.join(repo, 'apps', 'web'), {}, () => undefined, () => undefined);
    expect(web.docs[0].resources.filter((x) => x.type === 'tencentcloud_cos_bucket').map((x) => x.values.bucket)).toEqual(['web-prod-1250000000']);
    fs.writeFileSync(path.join(repo, 'audit', 'terraform.tfvars'), 'track_status = 0\n');
    expect(JSON.parse(run(repo, '-f', 'json').stdout).documents.find((d: any) => d.file.endsWith('audit')).findings.map((f: any) => f.ruleId))
      .toEqual(['COV-001', 'COV-002', ...AUDIT_ROOT]);
  });

  test('the output order is the roots\' path order, whatever the order of the file system', () => {
    const first = run(repo, '-f', 'json').stdout;
    fs.renameSync(path.join(repo, 'audit'), path.join(repo, 'zz-tmp'));
    fs.renameSync(path.join(repo, 'zz-tmp'), path.join(repo, 'audit'));
    expect(run(repo, '-f', 'json').stdout).toBe(first);
  });

  test('stacks/ is cdktf output only when it holds */cdk.tf.json', () => {
    // The fixture's stacks/data is a .tf root (above). With a cdk.tf.json, stacks/ is a cdktf.out:
    const out = path.join(tmp, 'cdktf.out');
    write(path.join(out, 'stacks', 'audit', 'cdk.tf.json'), JSON.stringify({ '//': { metadata: { stackName: 'audit' } }, 'resource': {} }));
    write(path.join(out, 'manifest.json'), '{}');
    const r = run(out, '-f', 'json', '--require-tracks', 'off');
    expect(r.stderr).not.toContain('CA642');
    expect(JSON.parse(r.stdout).documents.map((d: any) => [d.name, d.kind])).toEqual([['audit', 'cdktf']]);
    // A stacks/ folder with neither: still "run cdktf synth first".
    const empty = path.join(tmp, 'empty-out');
    fs.mkdirSync(path.join(empty, 'stacks', 'audit'), { recursive: true });
    expect(run(empty).stderr).toMatch(/\[CA614 ReviewInputNoStacks\] is a cdktf.out directory with no stacks\/\*\/cdk.tf.json/);
  });

  test('--tracks-per-root: the roots holding no tracking set fail the gate', () => {
    const r = run(repo, '-f', 'json', '--tracks-per-root');
    expect(r.code).toBe(1);
    expect(docsOf(r.stdout)).toEqual([[path.join('apps', 'web'), ['COV-004']], ['audit', AUDIT_ROOT], [path.join('stacks', 'data'), ['COV-004']]]);
  });
});

describe('--changed-files', () => {
  test('only the roots a change touches are reviewed; a change to a local module touches the roots using it', () => {
    const list = write(path.join(tmp, 'changed.txt'), `${path.join(repo, 'modules', 'log-bucket', 'main.tf')}\n`);
    const r = run(repo, '-f', 'json', '--changed-files', list);
    expect(docsOf(r.stdout)).toEqual([[path.join('apps', 'web'), []]]);
    expect(r.stderr).toContain('--changed-files: 1 of 3 root(s) touched by 1 changed file(s)');
    fs.writeFileSync(list, `${path.join(repo, 'audit', 'terraform.tfvars')}\n${path.join(repo, 'README.md')}\n`);
    expect(docsOf(run(repo, '-f', 'json', '--changed-files', list).stdout)).toEqual([['audit', AUDIT_ROOT]]);
  });

  test('a change touching no root reviews nothing and passes', () => {
    const list = write(path.join(tmp, 'changed.txt'), 'docs/index.md\n');
    const r = run(repo, '-f', 'json', '--changed-files', list, '--tracks-per-root');
    expect([r.code, JSON.parse(r.stdout).documents]).toEqual([0, []]);
    expect(r.stderr).toContain('--changed-files: 0 of 3 root(s) touched by 1 changed file(s)');
  });

  test('a list that cannot be read is CA610', () => {
    const r = run(repo, '--changed-files', path.join(tmp, 'missing.txt'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('[CA610 ReviewInputMissing] cannot be read (--changed-files: ENOENT)');
  });
});

describe('the config file', () => {
  test('per-root var files, skipped roots and the fail level; the command line wins', () => {
    write(path.join(repo, 'audit', 'disabled.tfvars'), 'track_status = 0\n');
    const config = write(path.join(repo, '.cloudaudit-review.yml'), [
      '# the gate of this repository',
      'fail-on: info',
      'skip-roots:',
      '  - stacks/data',
      'roots:',
      '  audit:',
      '    var-files: [audit/disabled.tfvars]',
      '',
    ].join('\n'));
    const r = run(repo, '-f', 'json', '--config', config);
    expect(docsOf(r.stdout)).toEqual([[path.join('apps', 'web'), []], ['audit', ['COV-001', 'COV-002', ...AUDIT_ROOT]]]);
    expect(r.code).toBe(1);
    fs.writeFileSync(config, 'fail-on: info\n');
    expect(run(repo, '--config', config).code).toBe(1); // the STO-008 info
    expect(run(repo, '--config', config, '--fail-on', 'error').code).toBe(0);
  });

  test('found in the current folder, as .json too', () => {
    const cwd = process.cwd();
    try {
      process.chdir(repo);
      fs.writeFileSync('.cloudaudit-review.json', JSON.stringify({ 'tracks-per-root': true, 'roots': { 'stacks/data': { 'require-tracks': 'warning' } } }));
      const r = run('.', '-f', 'json');
      expect(r.code).toBe(1); // apps/web: COV-004 error
      const levels = JSON.parse(r.stdout).documents.map((d: any) => d.findings.filter((f: any) => f.ruleId === 'COV-004').map((f: any) => f.level));
      expect(levels).toEqual([['error'], [], ['warning']]);
    } finally {
      process.chdir(cwd);
    }
  });

  test.each([
    ['fail-on: fatal\n', ':', 'fail-on is one of error, warning, info, not "fatal"'],
    ['failon: error\n', ':', '"failon" is not a setting'],
    ['roots:\n  nowhere:\n    var-files: [x.tfvars]\n', ':', 'roots.nowhere: no such folder'],
    ['roots:\n  audit:\n    var-file: x\n', ':', 'roots.audit: "var-file" is not a root setting'],
    ['skip-roots:\n  - &a x\n', ':2:', 'anchors, aliases, tags and block scalars are not read'],
    ['skip-roots:\n\t- x\n', ':2:', 'indent with spaces, not tabs'],
    ['roots:\n  - path: audit\n', ':2:', 'lists of maps are not read'],
    ['fail-on: error\nfail-on: info\n', ':2:', '"fail-on" is given twice'],
  ])('%j is CA641 naming the file (and line), exit 2', (text, where, message) => {
    const config = write(path.join(repo, 'review.yml'), text);
    const r = run(repo, '--config', config);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${config}${where === ':' ? ':' : where} [CA641 ReviewConfigInvalid]`);
    expect(r.stderr).toContain(message);
  });

  test('the YAML subset: scalars, quotes, flow lists, comments', () => {
    expect(parseYamlSubset('a: "x # y"  # comment\nb: [1, \'two\', three]\nc:\n  d: true\n  e: ~\n')).toEqual({ a: 'x # y', b: [1, 'two', 'three'], c: { d: true, e: null } });
  });
});

describe('--var-file and the roots', () => {
  test('a --var-file setting variables a root does not declare is said for that root (CA640)', () => {
    const vars = write(path.join(tmp, 'prod.tfvars'), 'env = "prod"\ntrack_status = 1\n');
    const r = run(repo, '--var-file', vars);
    expect(r.stderr).toContain(`${vars}: [CA640 VarFileUndeclared] sets env, which ${path.join(repo, 'audit')} does not declare: not used for this root`);
    expect(r.stderr).toContain(`${vars}: [CA640 VarFileUndeclared] sets track_status, which ${path.join(repo, 'apps', 'web')} does not declare`);
    expect(r.stderr).toContain(`${vars}: [CA640 VarFileUndeclared] sets env, track_status, which ${path.join(repo, 'stacks', 'data')} does not declare`);
    expect(r.code).toBe(0);
  });
});
