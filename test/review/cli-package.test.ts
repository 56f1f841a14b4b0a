/**
 * The review CLI package (scripts/build-review-cli.ts) as a person uses it: its tarball installed
 * alone, offline, into a fresh folder (no cdktf, no constructs come with it), then the installed
 * `node_modules/.bin/cloudaudit-review` run on a copy of the three-root monorepo fixture, with the
 * exit codes of --fail-on, --soft-fail and --require-tracks, and --version.
 *
 * In the cdktn run (jest.cdktn.config.js) the bundle is built from the cdktn build's sources
 * (packages/cdktn/src), the sources that run tests: it must hold neither cdktf nor cdktn. The
 * released package is built from src/ (`npx projen package:review-cli`).
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { buildReviewCli, BUNDLE, CLI_BIN, CLI_PACKAGE, FORBIDDEN, ReviewCliResult } from '../../scripts/build-review-cli';

declare const __CDK_RUNTIME__: string | undefined;
const runtime = typeof __CDK_RUNTIME__ === 'string' ? __CDK_RUNTIME__ : 'cdktf';
const ROOT = path.join(__dirname, '..', '..');
const SRC = runtime === 'cdktn' ? path.join(ROOT, 'packages', 'cdktn', 'src') : path.join(ROOT, 'src');
const FIXTURE = path.join(ROOT, 'test', 'fixtures', 'monorepo');

/** The environment without the npm_* variables of the `npm test` running jest (prefix, config). */
const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k)));

let tmp: string;
let app: string;
let repo: string;
let bin: string;
let built: ReviewCliResult;
let installMs: number;
let installOutput: string;

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'review-cli-'));
  built = await buildReviewCli({ outDir: path.join(tmp, 'dist'), srcDir: SRC });
  // A fresh project folder with nothing but the tarball installed.
  app = path.join(tmp, 'app');
  fs.mkdirSync(app);
  fs.writeFileSync(path.join(app, 'package.json'), JSON.stringify({ name: 'fresh', version: '1.0.0', private: true }));
  const start = Date.now();
  const install = spawnSync('npm', ['install', '--offline', '--no-audit', '--no-fund', built.file], { cwd: app, env, encoding: 'utf8' });
  installMs = Date.now() - start;
  installOutput = `${install.stdout}${install.stderr}`;
  if (install.status !== 0) throw new Error(`npm install failed: ${installOutput}`);
  bin = path.join(app, 'node_modules', '.bin', CLI_BIN);
  repo = path.join(tmp, 'repo');
  fs.cpSync(FIXTURE, repo, { recursive: true });
}, 180_000);

afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** One command, as typed in the project folder. */
function run(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(bin, args, { cwd: app, env, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function du(dir: string): number {
  return fs.readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .reduce((n, e) => n + fs.statSync(path.join(e.parentPath, e.name)).size, 0);
}

const rulesOf = (stdout: string) => JSON.parse(stdout).documents.map((d: any) => [path.relative(repo, d.file), d.findings.map((f: any) => f.ruleId)]);

test('installs offline as one package: no dependency, no cdktf, no constructs', () => {
  expect(installOutput).toMatch(/added 1 package/);
  const nm = path.join(app, 'node_modules');
  expect(fs.readdirSync(nm).filter((e) => !e.startsWith('.'))).toEqual([CLI_PACKAGE]);
  for (const name of [...FORBIDDEN, '@cdktf']) expect(fs.existsSync(path.join(nm, name))).toBe(false);
  const manifest = JSON.parse(fs.readFileSync(path.join(nm, CLI_PACKAGE, 'package.json'), 'utf8'));
  expect(manifest.dependencies).toBeUndefined();
  expect(manifest.peerDependencies).toBeUndefined();
  expect(manifest.bin).toEqual({ [CLI_BIN]: BUNDLE });
  expect(fs.readdirSync(path.join(nm, CLI_PACKAGE), { recursive: true }).map(String).filter((f) => !f.endsWith('wasm')).sort())
    .toEqual(['LICENSE', 'NOTICE', 'README.md', BUNDLE, 'hcl2json', 'hcl2json/main.wasm.gz', 'hcl2json/wasm/bridge_wasm_exec.js', 'hcl2json/wasm/wasm_exec.js', 'package.json'].sort());
  const installed = du(app);
  // For the release note: what installing the CLI costs.
  console.log(`${CLI_PACKAGE}: tarball ${built.size} bytes, ${built.entryCount} files, ${built.unpackedSize} bytes unpacked; `
    + `installed folder ${installed} bytes (node_modules: ${du(nm)}); npm install --offline took ${installMs} ms`);
  expect(built.size).toBeLessThan(2 * 1024 * 1024);
});

test('the bundle holds nothing of cdktf, cdktn or constructs and requires only Node.js built-ins', () => {
  const packages = new Set(built.inputs.map((f) => /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(f)?.[1]).filter(Boolean));
  expect([...packages].sort()).toEqual(['re2js']);
  expect(built.inputs).toContain(path.relative(ROOT, path.join(SRC, 'review', 'cli.ts')));
  const text = fs.readFileSync(path.join(app, 'node_modules', CLI_PACKAGE, BUNDLE), 'utf8');
  expect(text.startsWith('#!/usr/bin/env node\n')).toBe(true);
  expect(text).not.toMatch(/require\(\s*["'](cdktf|cdktn|constructs)["'/]/);
  const notice = fs.readFileSync(path.join(app, 'node_modules', CLI_PACKAGE, 'NOTICE'), 'utf8');
  expect(notice).toContain('@cdktf/hcl2json 0.21.0 (MPL-2.0)');
  expect(notice).toContain('Mozilla Public License Version 2.0');
  expect(notice).toMatch(/re2js 2\.\d+\.\d+ \(MIT\)/);
  expect(notice).toContain('Copyright 2009 The Go Authors.');
});

test('--version prints the version of the package, the main package\'s', () => {
  const version = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version;
  expect(built.version).toBe(version);
  expect(run('--version')).toEqual({ code: 0, stdout: `${CLI_BIN} ${version}\n`, stderr: '' });
});

test('one command reviews the three roots (HCL, through the bundled WASM parser); the exit follows --fail-on', () => {
  const r = run(repo, '-f', 'json');
  expect(r.stderr).toContain('[CA642 RootsFound] 3 Terraform root(s) found, each reviewed on its own: apps/web, audit, stacks/data');
  const out = JSON.parse(r.stdout);
  expect(out.documents.map((d: any) => d.kind)).toEqual(['terraform-hcl', 'terraform-hcl', 'terraform-hcl']);
  expect(out.documents.find((d: any) => d.file.endsWith('audit')).tracks.map((t: any) => t.name)).toEqual(['all-writes']);
  // The audit root's bucket: one warning (STO-010) and infos, no error.
  expect(rulesOf(r.stdout)).toEqual([[path.join('apps', 'web'), []], ['audit', ['STO-010', 'STO-008', 'STO-009', 'STO-011']], [path.join('stacks', 'data'), []]]);
  expect(r.code).toBe(0);
  expect(run(repo, '--fail-on', 'warning').code).toBe(1);
  expect(run(repo, '--fail-on', 'warning', '--skip-check', 'STO-010').code).toBe(0);
  expect(run(repo, '--fail-on', 'info', '--soft-fail').code).toBe(0);
  // The worker pool runs from the bundle too (its workers start the bundle itself): the same report.
  const pooled = run(repo, '-f', 'json', '--jobs', '2');
  expect(pooled.code).toBe(0);
  expect(pooled.stdout).toBe(r.stdout);
});

test('an error finding exits 1; --soft-fail exits 0', () => {
  fs.writeFileSync(path.join(repo, 'audit', 'terraform.tfvars'), 'track_status = 0\n');
  try {
    const r = run(repo, '-f', 'json');
    expect(rulesOf(r.stdout)[1]).toEqual(['audit', ['COV-001', 'COV-002', 'STO-010', 'STO-008', 'STO-009', 'STO-011']]);
    expect(r.code).toBe(1);
    expect(run(repo, '--soft-fail').code).toBe(0);
  } finally {
    fs.cpSync(path.join(FIXTURE, 'audit', 'terraform.tfvars'), path.join(repo, 'audit', 'terraform.tfvars'));
  }
});

test('a root with no tracking set fails when coverage is required (--require-tracks, --tracks-per-root)', () => {
  const data = path.join(repo, 'stacks', 'data');
  const alone = run(data, '-f', 'json');
  expect(JSON.parse(alone.stdout).documents[0].findings.map((f: any) => [f.ruleId, f.level])).toEqual([['COV-004', 'error']]);
  expect(alone.code).toBe(1);
  expect(run(data, '--require-tracks', 'warning').code).toBe(0);
  expect(run(data, '--require-tracks', 'off', '--fail-on', 'info').code).toBe(0);
  const each = run(repo, '-f', 'json', '--tracks-per-root');
  expect(rulesOf(each.stdout).map(([root, rules]: [string, string[]]) => [root, rules.includes('COV-004')]))
    .toEqual([[path.join('apps', 'web'), true], ['audit', false], [path.join('stacks', 'data'), true]]);
  expect(each.code).toBe(1);
  expect(run(repo, '--tracks-per-root', '--require-tracks', 'warning').code).toBe(0);
});

test('bad input exits 2 with one coded line', () => {
  const r = run(path.join(tmp, 'no-such-folder'));
  expect(r.code).toBe(2);
  expect(r.stderr).toMatch(/^cloudaudit-review: .*\[CA6\d\d [A-Za-z]+\]/);
  expect(r.stderr.trim().split('\n')).toHaveLength(1);
});
