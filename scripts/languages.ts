/**
 * `npx projen test:languages`: builds the Python wheel, the Java jar and the Go module of the
 * library with jsii-pacmak (and the Python wheel of the cdktn package), runs the same smoke app
 * (test/languages/) in each language and in TypeScript, and checks, per language:
 * - the package builds, with the npm version (as jsii-pacmak converts it for that language);
 * - the app synthesizes (a stack with a tencentcloud provider, a CosDestination and an AuditTrack);
 * - a bad track name fails with the library's code and message: the first line of the message as
 *   the language shows it (Python `str(e)`, Java `getMessage()`, Go the panic value) is the
 *   TypeScript message's;
 * - an `AuditChecks` finding (COV-001) stops synth and is reported by `AuditChecks.summarize`;
 * - every file synthesized is the TypeScript app's (JSON compared as data, `terraform.backend` and
 *   the output folder aside);
 * - the stack passes `terraform validate` against the provider double
 *   (`scripts/provider-double.ts rc` prints the Terraform CLI config to use).
 * One line per check, then the plain line `N passed, N failed`; `--json FILE` writes the counts,
 * sizes and timings (.ci/run adds the counts to its total). Exit code 1 when a check failed.
 *
 * Output: dist/languages/<cdktf|cdktn>/<python|java|go>/ (the artifacts), dist/languages/logs/
 * (one log per command), dist/languages/smoke/<edition>/ (what each app synthesized).
 * Cache (LANGUAGES_CACHE_DIR, default ~/.cache/cdktf-tencentcloud-cloudaudit/languages; outside
 * node_modules, which `npm ci` deletes): the Maven repository with cdktf's jar built from npm, the
 * Python virtual environments with cdktf/cdktn installed, and the built artifacts by content; one
 * run at a time holds it (`<cache>/lock`), so clones on one machine can share it.
 * docs/languages.md says what a user of each language needs.
 *
 * Options: `--json FILE`, `--only python,java,...` (editions: typescript, python, java, go,
 * typescript-cdktn, python-cdktn).
 */
import { spawn, spawnSync } from 'child_process';
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '..');
const OUT = path.join(ROOT, 'dist', 'languages');
const LOGS = path.join(OUT, 'logs');
const WORK = path.join(OUT, 'work');
const SMOKE_OUT = path.join(OUT, 'smoke');
const APPS = path.join(ROOT, 'test', 'languages');
const CDKTN_DIR = path.join(ROOT, 'packages', 'cdktn');
const CACHE = process.env.LANGUAGES_CACHE_DIR
  ?? path.join(process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'cdktf-tencentcloud-cloudaudit', 'languages');
const MAVEN_REPO = path.join(CACHE, 'maven');

/**
 * The constructs version the Go module requires. jsii-pacmak writes the dev copy's version
 * (10.7.2, chosen so that one install serves cdktf and cdktn), which the Go module proxy does not
 * serve; 10.8.1 is served and within the npm peer range (^10.4.2).
 */
export const CONSTRUCTS_GO = 'v10.8.1';
const CONSTRUCTS_GO_MODULE = 'github.com/aws/constructs-go/constructs/v10';

const PKG = readJson(path.join(ROOT, 'package.json'));
const VERSION: string = PKG.version;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const PACMAK_VERSION: string = require('jsii-pacmak/package.json').version;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { toReleaseVersion } = require('jsii-pacmak/lib/targets/version-utils') as { toReleaseVersion(v: string, target: string): string };
const CDKTF_VERSION: string = readJson(path.join(ROOT, 'node_modules', 'cdktf', 'package.json')).version;
const CDKTN_VERSION: string = readJson(path.join(ROOT, 'node_modules', 'cdktn', 'package.json')).version;
const GO_TARGET = PKG.jsii.targets.go as { moduleName: string; packageName: string };
const GO_MODULE = `${GO_TARGET.moduleName}/${GO_TARGET.packageName}`;
const JAVA_TARGET = PKG.jsii.targets.java.maven as { groupId: string; artifactId: string };

/** The first line every edition must show for the bad track name (the smoke apps' step 2). */
const ERROR_LINE = /^\[CA101 TrackNameInvalid\] bad\/Bad: trackName: "bad name!" /;
/** The finding every edition must report (the smoke apps' step 3). */
const FINDING_LINE = /^error findings\/ReadsOnly\/Resource: \[COV-001\] /;

type Flavour = 'cdktf' | 'cdktn';
type EditionId = 'typescript' | 'python' | 'java' | 'go' | 'typescript-cdktn' | 'python-cdktn';

interface Runnable {
  readonly cmd: string;
  readonly args: string[];
  readonly cwd: string;
  readonly env?: NodeJS.ProcessEnv;
}

interface Built {
  readonly run: Runnable;
  /** The artifact a user installs, and its size. */
  readonly artifact?: { readonly file: string; readonly bytes: number; readonly note?: string };
}

interface Edition {
  readonly id: EditionId;
  readonly flavour: Flavour;
  /** The edition whose output this one must equal (none: it is a reference). */
  readonly reference?: EditionId;
  readonly build: () => Promise<Built>;
}

interface SmokeResult {
  readonly startMs: number;
  readonly synthMs: number;
  readonly error: string;
  readonly errorClass: string;
  readonly findings: string[];
  readonly findingStopsSynth: boolean;
}

interface Check { readonly name: string; readonly ok: boolean; readonly detail: string }

const checks: Check[] = [];

function record(name: string, ok: boolean, detail = ''): boolean {
  checks.push({ name, ok, detail });
  process.stdout.write(`${ok ? 'PASS' : 'FAIL'} ${name}${detail ? `: ${detail}` : ''}\n`);
  return ok;
}

function readJson(file: string): any {
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

function rel(p: string): string {
  return path.relative(ROOT, p) || '.';
}

function mb(bytes: number): string {
  return `${(bytes / 1e6).toFixed(1)} MB`;
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(2)} s`;
}

/** A failure's one line: the last line of its output that says something. */
function oneLine(text: string): string {
  const lines = text.split('\n').map((l) => l.replace(/\x1b\[[0-9;]*m/g, '').trim()).filter((l) => l && !/^at /.test(l) && !/^!!/.test(l));
  const error = [...lines].reverse().find((l) => /error|fail|cannot|not found|no such/i.test(l));
  return (error ?? lines[lines.length - 1] ?? '').slice(0, 240);
}

class StepError extends Error {}

interface RunResult { readonly code: number; readonly stdout: string; readonly ms: number }

/**
 * Runs a command with its output in dist/languages/logs/<log>.log; throws a StepError naming the
 * log and the failure's last line unless it exits 0 (or `allowFail`).
 */
function run(log: string, cmd: string, args: string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv; timeoutMs?: number; allowFail?: boolean } = {}): Promise<RunResult> {
  const logFile = path.join(LOGS, `${log}.log`);
  fs.mkdirSync(LOGS, { recursive: true });
  const fd = fs.openSync(logFile, 'a');
  fs.writeSync(fd, `$ ${cmd} ${args.join(' ')}\n`);
  const t0 = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: opts.cwd ?? ROOT, env: { ...process.env, ...opts.env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let both = '';
    child.stdout.on('data', (d: Buffer) => {
      stdout += d;
      both += d;
      fs.writeSync(fd, d);
    });
    child.stderr.on('data', (d: Buffer) => {
      both += d;
      fs.writeSync(fd, d);
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? 15 * 60_000);
    const done = (code: number) => {
      clearTimeout(timer);
      const ms = Date.now() - t0;
      fs.writeSync(fd, `# exit ${code} after ${seconds(ms)}\n\n`);
      fs.closeSync(fd);
      if (code === 0 || opts.allowFail) resolve({ code, stdout, ms });
      else reject(new StepError(`${path.basename(cmd)} failed (exit ${code}, ${rel(logFile)}): ${oneLine(both)}`));
    };
    child.on('error', (e) => {
      both += String(e);
      done(127);
    });
    child.on('close', (code, signal) => done(code ?? (signal ? 128 : 1)));
  });
}

function which(tool: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${tool}`], { stdio: 'ignore' }).status === 0;
}

function toolVersion(cmd: string, args: string[]): string {
  const r = spawnSync(cmd, args, { encoding: 'utf8' });
  return `${r.stdout ?? ''}${r.stderr ?? ''}`.trim().split('\n')[0] ?? '';
}

function sha(value: unknown): string {
  return crypto.createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 16);
}

function copyDir(from: string, to: string): void {
  fs.rmSync(to, { recursive: true, force: true });
  fs.mkdirSync(path.dirname(to), { recursive: true });
  fs.cpSync(from, to, { recursive: true });
}

function dirBytes(dir: string): number {
  let n = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    n += e.isDirectory() ? dirBytes(p) : fs.statSync(p).size;
  }
  return n;
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    newest = Math.max(newest, e.isDirectory() ? newestMtime(p) : fs.statSync(p).mtimeMs);
  }
  return newest;
}

// ---------------------------------------------------------------------------------------------
// Preconditions: the compiled library (lib/ + .jsii), the cdktn build, the toolchains.

async function ensureCompiled(withCdktn: boolean): Promise<void> {
  const stale = (assembly: string) => !fs.existsSync(assembly)
    || fs.statSync(assembly).mtimeMs < Math.max(newestMtime(path.join(ROOT, 'src')), fs.statSync(path.join(ROOT, 'package.json')).mtimeMs);
  if (stale(path.join(ROOT, '.jsii'))) {
    process.stdout.write('languages: .jsii is missing or older than src/: npx projen compile\n');
    await run('compile', 'npx', ['projen', 'compile']);
  }
  if (withCdktn && stale(path.join(CDKTN_DIR, '.jsii'))) {
    process.stdout.write('languages: packages/cdktn is missing or older than src/: npx projen build:cdktn\n');
    await run('build-cdktn', 'npx', ['projen', 'build:cdktn']);
  }
}

/** Maven: installed with apt-get when missing and this is root on Debian (as on CI). */
async function ensureMaven(): Promise<void> {
  if (which('mvn')) return;
  if (process.getuid?.() !== 0 || !which('apt-get')) throw new StepError('mvn: not found on PATH (install Apache Maven 3)');
  process.stdout.write('languages: mvn not found: apt-get install -y maven\n');
  const env = { DEBIAN_FRONTEND: 'noninteractive' };
  const first = await run('apt-maven', 'apt-get', ['install', '-y', '--no-install-recommends', 'maven'], { env, allowFail: true });
  if (first.code !== 0) {
    await run('apt-maven', 'apt-get', ['update'], { env });
    await run('apt-maven', 'apt-get', ['install', '-y', '--no-install-recommends', 'maven'], { env });
  }
}

function requireTools(...tools: string[]): void {
  const missing = tools.filter((t) => !which(t));
  if (missing.length > 0) throw new StepError(`not found on PATH: ${missing.join(', ')}`);
}

// ---------------------------------------------------------------------------------------------
// Artifacts: jsii-pacmak, with a cache keyed by the package's content (its npm tarball's hash).

const integrityOf = new Map<string, Promise<string>>();

/** The npm tarball's integrity of a package folder (`npm pack --dry-run`: computed, not written). */
function packageIntegrity(dir: string): Promise<string> {
  let p = integrityOf.get(dir);
  if (!p) {
    p = run(`npm-pack-${path.basename(dir)}`, 'npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: dir })
      .then((r) => JSON.parse(r.stdout)[0].integrity as string);
    integrityOf.set(dir, p);
  }
  return p;
}

/** The pack command of the cdktn package (the lean tarball, as package:code-only and package:cdktn pack it). */
const CDKTN_PACK_COMMAND = `"${ROOT}/node_modules/.bin/ts-node" --project "${ROOT}/test/tsconfig.json" "${ROOT}/scripts/pack.ts" . --out . --print-filename`;

/**
 * `jsii-pacmak -t <target>` of one package into dist/languages/<flavour>/<target>, or that folder
 * from the cache when the package's content, the target's toolchain and pacmak are the same.
 */
async function pacmak(flavour: Flavour, target: 'python' | 'java' | 'go', extra: { codeOnly?: boolean; toolchain: string }): Promise<string> {
  const dir = flavour === 'cdktf' ? ROOT : CDKTN_DIR;
  const outdir = path.join(OUT, flavour);
  const dest = path.join(outdir, target);
  const key = sha({ integrity: await packageIntegrity(dir), PACMAK_VERSION, target, codeOnly: extra.codeOnly ?? false, toolchain: extra.toolchain });
  const cached = path.join(CACHE, 'artifacts', `${flavour}-${target}`, key);
  if (fs.existsSync(path.join(cached, '.complete'))) {
    copyDir(cached, dest);
    fs.rmSync(path.join(dest, '.complete'));
    process.stdout.write(`languages: ${flavour} ${target}: unchanged package, artifacts from the cache\n`);
    return dest;
  }
  fs.rmSync(dest, { recursive: true, force: true });
  const args = ['jsii-pacmak', '--target', target, '--outdir', outdir, '--no-npmignore', '--force'];
  if (extra.codeOnly) args.push('--code-only');
  if (target === 'java') args.push(`--maven-local-repository=${MAVEN_REPO}`);
  if (flavour === 'cdktn') args.push('--pack-command', CDKTN_PACK_COMMAND);
  args.push(dir);
  await run(`${flavour}-${target}-pacmak`, 'npx', args);
  // Keep the two newest entries per target.
  const parent = path.dirname(cached);
  copyDir(dest, cached);
  fs.writeFileSync(path.join(cached, '.complete'), '');
  const entries = fs.readdirSync(parent).map((e) => path.join(parent, e)).sort((a, b) => fs.statSync(b).mtimeMs - fs.statSync(a).mtimeMs);
  for (const old of entries.slice(2)) fs.rmSync(old, { recursive: true, force: true });
  return dest;
}

/** Each artifact has the npm version, as jsii-pacmak writes it for the target. */
function checkVersion(target: string, found: string | undefined): void {
  const expected = toReleaseVersion(VERSION, target);
  if (found !== expected) throw new StepError(`${target} artifact has version ${found ?? '(none)'}, expected ${expected} (npm ${VERSION})`);
}

// ---------------------------------------------------------------------------------------------
// The editions.

/** A venv with the CDK runtime (cdktf or cdktn) from PyPI, cached; our wheel is reinstalled each run. */
async function pythonVenv(flavour: Flavour, wheel: string): Promise<string> {
  const runtime = flavour === 'cdktf' ? `cdktf==${CDKTF_VERSION}` : `cdktn==${CDKTN_VERSION}`;
  const venv = path.join(CACHE, `venv-${flavour}-${sha({ runtime, python: toolVersion('python3', ['--version']), PACMAK_VERSION })}`);
  const python = path.join(venv, 'bin', 'python');
  if (!fs.existsSync(path.join(venv, '.complete'))) {
    fs.rmSync(venv, { recursive: true, force: true });
    await run(`${flavour}-python-venv`, 'python3', ['-m', 'venv', venv]);
    // The wheel's own requirements (jsii, typeguard, ...) with the runtime, as a user's pip resolves them.
    await run(`${flavour}-python-venv`, python, ['-m', 'pip', 'install', '--no-input', '--disable-pip-version-check', wheel, runtime]);
    await run(`${flavour}-python-venv`, python, ['-m', 'pip', 'uninstall', '-y', path.basename(wheel).split('-')[0]]);
    fs.writeFileSync(path.join(venv, '.complete'), '');
  }
  await run(`${flavour}-python-install`, python, ['-m', 'pip', 'install', '--no-input', '--disable-pip-version-check', '--force-reinstall', '--no-deps', wheel]);
  await run(`${flavour}-python-install`, python, ['-m', 'pip', 'check', '--disable-pip-version-check']);
  return python;
}

async function buildPython(flavour: Flavour): Promise<Built> {
  requireTools('python3');
  const dir = await pacmak(flavour, 'python', { toolchain: toolVersion('python3', ['--version']) });
  const wheel = fs.readdirSync(dir).find((f) => f.endsWith('.whl'));
  if (!wheel) throw new StepError(`no wheel in ${rel(dir)}`);
  checkVersion('python', /^[^-]+-([^-]+)-/.exec(wheel)?.[1]);
  const file = path.join(dir, wheel);
  const python = await pythonVenv(flavour, file);
  return {
    artifact: { file, bytes: fs.statSync(file).size },
    run: { cmd: python, args: [path.join(APPS, 'python', 'app.py')], cwd: ROOT, env: { LANGUAGES_SMOKE_FLAVOUR: flavour } },
  };
}

/**
 * cdktf's jar, built from npm's cdktf package (the Maven registry serves com.hashicorp:cdktf only up
 * to 0.19.2) and installed into the cached Maven repository with `mvn install:install-file`, as
 * docs/languages.md tells Java users; once per cdktf and pacmak version.
 */
async function ensureCdktfJar(): Promise<void> {
  const installed = path.join(MAVEN_REPO, 'com', 'hashicorp', 'cdktf', CDKTF_VERSION);
  const stamp = path.join(installed, `.built-by-pacmak-${PACMAK_VERSION}`);
  if (fs.existsSync(stamp)) return;
  const outdir = path.join(CACHE, 'cdktf-java');
  fs.rmSync(outdir, { recursive: true, force: true });
  await run('cdktf-java-pacmak', 'npx', ['jsii-pacmak', '--target', 'java', '--outdir', outdir, '--no-npmignore', '--force',
    `--maven-local-repository=${MAVEN_REPO}`, path.join(ROOT, 'node_modules', 'cdktf')]);
  const built = path.join(outdir, 'java', 'com', 'hashicorp', 'cdktf', CDKTF_VERSION);
  await run('cdktf-java-pacmak', 'mvn', ['-B', '-q', `-Dmaven.repo.local=${MAVEN_REPO}`, 'install:install-file',
    `-Dfile=${path.join(built, `cdktf-${CDKTF_VERSION}.jar`)}`, `-DpomFile=${path.join(built, `cdktf-${CDKTF_VERSION}.pom`)}`]);
  fs.writeFileSync(stamp, '');
  fs.rmSync(outdir, { recursive: true, force: true });
}

async function buildJava(): Promise<Built> {
  await ensureMaven();
  requireTools('java', 'javac', 'mvn');
  const toolchain = `${toolVersion('javac', ['-version'])} ${toolVersion('mvn', ['-v'])}`;
  await ensureCdktfJar();
  const repo = await pacmak('cdktf', 'java', { toolchain });
  const artifactDir = path.join(repo, ...JAVA_TARGET.groupId.split('.'), JAVA_TARGET.artifactId);
  const versions = fs.existsSync(artifactDir) ? fs.readdirSync(artifactDir).filter((v) => !v.startsWith('maven-metadata')) : [];
  checkVersion('java', versions[0]);
  const version = versions[0];
  const jar = path.join(artifactDir, version, `${JAVA_TARGET.artifactId}-${version}.jar`);

  // The smoke app resolves the library from the built repository, as a user's build would: a copy
  // of an earlier build with the same version must not be taken from the local repository.
  fs.rmSync(path.join(MAVEN_REPO, ...JAVA_TARGET.groupId.split('.'), JAVA_TARGET.artifactId), { recursive: true, force: true });
  const work = path.join(WORK, 'java');
  copyDir(path.join(APPS, 'java'), work);
  await run('java-smoke-build', 'mvn', ['-B', '-q', `-Dmaven.repo.local=${MAVEN_REPO}`, `-Dcloudaudit.version=${version}`,
    `-Dcloudaudit.repository=file://${repo}`, 'org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath',
    '-Dmdep.outputFile=classpath.txt'], { cwd: work });
  const classpath = fs.readFileSync(path.join(work, 'classpath.txt'), 'utf8').trim();
  await run('java-smoke-build', 'javac', ['--release', '17', '-d', 'classes', '-cp', classpath, 'src/main/java/smoke/App.java'], { cwd: work });
  return {
    artifact: { file: jar, bytes: fs.statSync(jar).size, note: `cdktf ${CDKTF_VERSION} jar built from npm` },
    run: { cmd: 'java', args: ['-cp', `classes:${classpath}`, 'smoke.App'], cwd: work },
  };
}

async function buildGo(): Promise<Built> {
  requireTools('go');
  const goVersion = toolVersion('go', ['version']);
  const gen = await pacmak('cdktf', 'go', { codeOnly: true, toolchain: goVersion });
  const module = path.join(gen, GO_TARGET.packageName);
  checkVersion('go', fs.existsSync(path.join(module, 'version')) ? fs.readFileSync(path.join(module, 'version'), 'utf8').trim() : undefined);
  const env = { GOFLAGS: `${process.env.GOFLAGS ?? ''} -mod=mod`.trim(), GOTOOLCHAIN: 'local' };
  // The pin (docs/languages.md "Go"): the module requires a constructs version the proxy serves.
  await run('go-module', 'go', ['mod', 'edit', `-require=${CONSTRUCTS_GO_MODULE}@${CONSTRUCTS_GO}`], { cwd: module, env });
  await run('go-module', 'go', ['mod', 'tidy'], { cwd: module, env });
  await run('go-module', 'go', ['build', './...'], { cwd: module, env });

  const work = path.join(WORK, 'go');
  fs.rmSync(work, { recursive: true, force: true });
  fs.mkdirSync(work, { recursive: true });
  fs.copyFileSync(path.join(APPS, 'go', 'main.go'), path.join(work, 'main.go'));
  // As a user's go.mod, with the module taken from its folder instead of a tagged release.
  fs.writeFileSync(path.join(work, 'go.mod'), `module cloudaudit-smoke\n\ngo 1.25\n\nrequire ${GO_MODULE} v${toReleaseVersion(VERSION, 'go')}\n\nreplace ${GO_MODULE} => ${module}\n`);
  await run('go-smoke-build', 'go', ['mod', 'tidy'], { cwd: work, env });
  await run('go-smoke-build', 'go', ['build', '-o', 'smoke', '.'], { cwd: work, env });
  const binary = path.join(work, 'smoke');
  return {
    artifact: { file: module, bytes: dirBytes(module), note: `module source; smoke binary ${mb(fs.statSync(binary).size)}` },
    run: { cmd: binary, args: [], cwd: work },
  };
}

function buildTypescript(flavour: Flavour): Promise<Built> {
  const lib = flavour === 'cdktf' ? path.join(ROOT, 'lib') : path.join(CDKTN_DIR, 'lib');
  return Promise.resolve({
    run: {
      cmd: process.execPath,
      args: [require.resolve('ts-node/dist/bin'), '--transpile-only', '--project', path.join(ROOT, 'test', 'tsconfig.json'), path.join(APPS, 'app.ts')],
      cwd: ROOT,
      env: { LANGUAGES_SMOKE_LIB: lib, LANGUAGES_SMOKE_CDK: flavour },
    },
  });
}

const EDITIONS: Edition[] = [
  { id: 'typescript', flavour: 'cdktf', build: () => buildTypescript('cdktf') },
  { id: 'python', flavour: 'cdktf', reference: 'typescript', build: () => buildPython('cdktf') },
  { id: 'java', flavour: 'cdktf', reference: 'typescript', build: buildJava },
  { id: 'go', flavour: 'cdktf', reference: 'typescript', build: buildGo },
  { id: 'typescript-cdktn', flavour: 'cdktn', build: () => buildTypescript('cdktn') },
  { id: 'python-cdktn', flavour: 'cdktn', reference: 'typescript-cdktn', build: () => buildPython('cdktn') },
];

// ---------------------------------------------------------------------------------------------
// Comparing what two editions synthesized.

function files(dir: string, base = dir): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? files(p, base) : [path.relative(base, p)];
  }).sort();
}

/** A file's content with the output folder written as `<outdir>` and `terraform.backend` dropped. */
function normalized(file: string, outdir: string): unknown {
  const text = fs.readFileSync(file, 'utf8').split(outdir).join('<outdir>');
  if (!file.endsWith('.json')) return text;
  const doc = JSON.parse(text);
  if (doc?.terraform?.backend) delete doc.terraform.backend;
  return doc;
}

/** The first difference between two values, as a JSON path; undefined when they are equal. */
function firstDifference(a: unknown, b: unknown, at = '$'): string | undefined {
  if (typeof a !== typeof b || Array.isArray(a) !== Array.isArray(b) || (a === null) !== (b === null)) return at;
  if (a && typeof a === 'object') {
    const ka = Object.keys(a as object);
    const kb = Object.keys(b as object);
    for (const k of new Set([...ka, ...kb])) {
      if (!(k in (a as object)) || !(k in (b as object))) return `${at}.${k}`;
      const d = firstDifference((a as any)[k], (b as any)[k], `${at}.${k}`);
      if (d) return d;
    }
    return ka.join('\0') === kb.join('\0') ? undefined : `${at} (key order)`;
  }
  return a === b ? undefined : at;
}

function compareOutputs(dir: string, referenceDir: string): string | undefined {
  const mine = files(dir);
  const theirs = files(referenceDir);
  if (mine.join('\n') !== theirs.join('\n')) {
    const extra = mine.filter((f) => !theirs.includes(f));
    const missing = theirs.filter((f) => !mine.includes(f));
    return `files differ (${[...extra.map((f) => `+${f}`), ...missing.map((f) => `-${f}`)].join(', ')})`;
  }
  for (const f of mine) {
    const d = firstDifference(normalized(path.join(dir, f), dir), normalized(path.join(referenceDir, f), referenceDir));
    if (d) return `${f}: differs at ${d}`;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// terraform validate against the provider double.

/** `npx ts-node --transpile-only scripts/provider-double.ts rc`: the CLI config path, or why not. */
function providerDoubleConfig(): { rc?: string; error?: string } {
  const r = spawnSync('npx', ['ts-node', '--transpile-only', 'scripts/provider-double.ts', 'rc'], { cwd: ROOT, encoding: 'utf8', timeout: 10 * 60_000 });
  const rc = (r.stdout ?? '').trim().split('\n').pop()?.trim();
  if (r.status === 0 && rc && fs.existsSync(rc)) return { rc };
  const why = oneLine(`${r.stderr ?? ''}\n${r.error ?? ''}`) || (rc ? `printed ${rc}, which does not exist` : 'printed nothing');
  return { error: `scripts/provider-double.ts rc failed (exit ${r.status ?? 'none'}): ${why}` };
}

async function validateStack(stackDir: string, rc: string, log: string): Promise<string | undefined> {
  const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'languages-validate-'));
  try {
    const doc = readJson(path.join(stackDir, 'cdk.tf.json'));
    if (doc.terraform) delete doc.terraform.backend;
    fs.writeFileSync(path.join(copy, 'cdk.tf.json'), JSON.stringify(doc, null, 2));
    const closed = 'http://127.0.0.1:9';
    const r = await run(log, 'terraform', ['validate', '-json', '-no-color'], {
      cwd: copy,
      allowFail: true,
      timeoutMs: 5 * 60_000,
      env: {
        TF_CLI_CONFIG_FILE: rc, CHECKPOINT_DISABLE: '1', TF_IN_AUTOMATION: '1',
        TENCENTCLOUD_SECRET_ID: 'AKIDFAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKE', TENCENTCLOUD_SECRET_KEY: 'fakefakefakefakefakefakefakefake',
        HTTP_PROXY: closed, HTTPS_PROXY: closed, http_proxy: closed, https_proxy: closed, NO_PROXY: '',
      },
    });
    let out: any;
    try {
      out = JSON.parse(r.stdout);
    } catch {
      return `terraform validate printed no JSON (exit ${r.code}; ${rel(path.join(LOGS, `${log}.log`))})`;
    }
    const diagnostics = (out.diagnostics ?? []).filter((d: any) => d.summary !== 'Provider development overrides are in effect');
    if (out.valid && diagnostics.length === 0) return undefined;
    return diagnostics.map((d: any) => `${d.severity}: ${d.summary}${d.address ? ` (${d.address})` : ''}`).join('; ') || 'not valid';
  } finally {
    fs.rmSync(copy, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------

/**
 * One run at a time per cache (two clones on one machine share it): waits while another live
 * process holds `<cache>/lock`, takes over a lock whose process is gone.
 */
async function lockCache(): Promise<() => void> {
  const lock = path.join(CACHE, 'lock');
  const alive = (pid: number) => {
    try {
      process.kill(pid, 0);
      return true;
    } catch {
      return false;
    }
  };
  for (let waited = 0; ; waited += 2000) {
    try {
      fs.writeFileSync(lock, String(process.pid), { flag: 'wx' });
      break;
    } catch {
      const holder = Number(fs.readFileSync(lock, 'utf8'));
      if (!holder || !alive(holder)) {
        fs.rmSync(lock, { force: true });
        continue;
      }
      if (waited === 0) process.stdout.write(`languages: ${CACHE} is in use by process ${holder}: waiting\n`);
      if (waited > 30 * 60_000) throw new Error(`${CACHE} is still locked by process ${holder} after 30 minutes`);
      await new Promise((r) => setTimeout(r, 2000));
    }
  }
  const release = () => fs.rmSync(lock, { force: true });
  process.on('exit', release);
  return release;
}

interface EditionReport {
  artifact?: { file: string; bytes: number; note?: string };
  startMs?: number;
  synthMs?: number;
  processMs?: number;
  buildMs?: number;
  smoke?: SmokeResult;
  synthesized: boolean;
}

async function main(): Promise<void> {
  const t0 = Date.now();
  const args = process.argv.slice(2);
  const jsonAt = args.indexOf('--json');
  const jsonFile = jsonAt >= 0 ? path.resolve(args[jsonAt + 1]) : undefined;
  const onlyAt = args.indexOf('--only');
  const only = onlyAt >= 0 ? new Set(args[onlyAt + 1].split(',')) : undefined;
  const editions = EDITIONS.filter((e) => !only || only.has(e.id) || [...only].some((o) => EDITIONS.find((x) => x.id === o)?.reference === e.id));
  fs.mkdirSync(CACHE, { recursive: true });
  const unlock = await lockCache();
  fs.rmSync(LOGS, { recursive: true, force: true });
  fs.rmSync(SMOKE_OUT, { recursive: true, force: true });
  process.stdout.write(`languages: version ${VERSION}, cache ${CACHE}, logs ${rel(LOGS)}\n`);

  const reports = new Map<EditionId, EditionReport>();
  let ready = true;
  try {
    await ensureCompiled(editions.some((e) => e.flavour === 'cdktn'));
  } catch (e) {
    ready = record('compile', false, (e as Error).message);
  }

  // 1. Build every edition at once: pip and Maven mostly wait on the registries, javac and go on
  //    the CPU, so the slowest (Java: cdktf's jar, then ours) sets the pace.
  const built = new Map<EditionId, Built>();
  await Promise.all(editions.map(async (e) => {
    const t = Date.now();
    reports.set(e.id, { synthesized: false });
    if (!ready) return;
    try {
      const b = await e.build();
      built.set(e.id, b);
      reports.get(e.id)!.artifact = b.artifact;
      reports.get(e.id)!.buildMs = Date.now() - t;
      if (b.artifact) record(`${e.id}: build`, true, `${rel(b.artifact.file)} (${mb(b.artifact.bytes)}${b.artifact.note ? `; ${b.artifact.note}` : ''}), version ${VERSION}, ${seconds(Date.now() - t)}`);
    } catch (err) {
      record(`${e.id}: build`, false, err instanceof StepError ? err.message : String((err as Error).stack ?? err));
    }
  }));

  // 2. Run the apps one after the other, so that the timings are each one's own.
  for (const e of editions) {
    const b = built.get(e.id);
    const report = reports.get(e.id)!;
    if (!b) {
      if (ready) record(`${e.id}: synth`, false, 'not built');
      continue;
    }
    const outdir = path.join(SMOKE_OUT, e.id);
    fs.mkdirSync(outdir, { recursive: true });
    try {
      const r = await run(`${e.id}-smoke`, b.run.cmd, [...b.run.args, outdir], { cwd: b.run.cwd, env: b.run.env, timeoutMs: 5 * 60_000 });
      const line = r.stdout.split('\n').find((l) => l.startsWith('SMOKE '));
      if (!line) throw new StepError(`the app printed no SMOKE line (${rel(path.join(LOGS, `${e.id}-smoke.log`))})`);
      const smoke = JSON.parse(line.slice('SMOKE '.length)) as SmokeResult;
      Object.assign(report, { smoke, startMs: smoke.startMs, synthMs: smoke.synthMs, processMs: r.ms });
      const stack = path.join(outdir, 'main', 'stacks', 'smoke', 'cdk.tf.json');
      if (!fs.existsSync(stack)) throw new StepError(`${rel(stack)} was not written`);
      const doc = readJson(stack);
      const types = Object.keys(doc.resource ?? {}).sort();
      report.synthesized = types.includes('tencentcloud_audit_track') && types.includes('tencentcloud_cos_bucket') && !!doc.provider?.tencentcloud;
      record(`${e.id}: synth`, report.synthesized, `${types.join(', ')}; start ${seconds(smoke.startMs)}, synth ${seconds(smoke.synthMs)}, process ${seconds(r.ms)}`);
    } catch (err) {
      record(`${e.id}: synth`, false, (err as Error).message);
    }
  }

  // 3. What the apps printed, and what they synthesized, against the reference.
  for (const e of editions) {
    const report = reports.get(e.id)!;
    const smoke = report.smoke;
    if (!smoke) continue;
    const reference = e.reference ? reports.get(e.reference)?.smoke : undefined;
    if (!ERROR_LINE.test(smoke.error)) {
      record(`${e.id}: CA101 error`, false, `first line of the ${smoke.errorClass || 'error'} message is ${JSON.stringify(smoke.error.slice(0, 120))}`);
    } else if (e.reference && smoke.error !== reference?.error) {
      record(`${e.id}: CA101 error`, false, `first line differs from ${e.reference}'s: ${JSON.stringify(smoke.error.slice(0, 120))}`);
    } else {
      record(`${e.id}: CA101 error`, true, `${smoke.errorClass}, first line "${smoke.error.slice(0, 60)}…"`);
    }
    const finding = smoke.findings.find((f) => FINDING_LINE.test(f));
    if (!finding || !smoke.findingStopsSynth) {
      record(`${e.id}: AuditChecks finding`, false, finding ? 'COV-001 reported but synth went on' : `no COV-001 finding among ${JSON.stringify(smoke.findings)}`);
    } else if (e.reference && JSON.stringify(smoke.findings) !== JSON.stringify(reference?.findings)) {
      record(`${e.id}: AuditChecks finding`, false, `findings differ from ${e.reference}'s: ${JSON.stringify(smoke.findings)}`);
    } else {
      record(`${e.id}: AuditChecks finding`, true, 'COV-001 stops synth, reported by AuditChecks.summarize');
    }
    if (e.reference) {
      const refReport = reports.get(e.reference);
      if (!refReport?.smoke) {
        record(`${e.id}: same output as ${e.reference}`, false, `${e.reference} did not run`);
      } else {
        const d = compareOutputs(path.join(SMOKE_OUT, e.id), path.join(SMOKE_OUT, e.reference));
        record(`${e.id}: same output as ${e.reference}`, d === undefined, d ?? `${files(path.join(SMOKE_OUT, e.id)).length} files, JSON equal`);
      }
    }
  }

  // 4. terraform validate of each stack against the provider double.
  const toValidate = editions.filter((e) => reports.get(e.id)!.synthesized);
  if (toValidate.length > 0) {
    const { rc, error } = providerDoubleConfig();
    const queue = [...toValidate];
    await Promise.all([0, 1].map(async () => {
      for (let e = queue.shift(); e; e = queue.shift()) {
        if (!rc) {
          record(`${e.id}: terraform validate`, false, error);
          continue;
        }
        const problem = await validateStack(path.join(SMOKE_OUT, e.id, 'main', 'stacks', 'smoke'), rc, `${e.id}-validate`);
        record(`${e.id}: terraform validate`, problem === undefined, problem ?? 'valid, no diagnostics (provider double)');
      }
    }));
  }

  const wallMs = Date.now() - t0;
  const passed = checks.filter((c) => c.ok).length;
  const failed = checks.length - passed;
  process.stdout.write('\nedition           artifact                                              size      start    synth    process\n');
  for (const e of editions) {
    const r = reports.get(e.id)!;
    const cell = (ms?: number) => (ms === undefined ? '-' : seconds(ms)).padEnd(9);
    process.stdout.write(`${e.id.padEnd(18)}${(r.artifact ? path.basename(r.artifact.file) : e.id.startsWith('typescript') ? `${e.flavour === 'cdktf' ? 'lib' : 'packages/cdktn/lib'} (npm)` : '-').padEnd(54)}${(r.artifact ? mb(r.artifact.bytes) : '-').padEnd(10)}${cell(r.startMs)}${cell(r.synthMs)}${cell(r.processMs)}\n`);
  }
  process.stdout.write(`languages: ${seconds(wallMs)} wall\n`);
  if (jsonFile) {
    fs.mkdirSync(path.dirname(jsonFile), { recursive: true });
    fs.writeFileSync(jsonFile, JSON.stringify({ passed, failed, wallMs, version: VERSION, checks, editions: Object.fromEntries(reports) }, null, 2) + '\n');
  }
  unlock();
  process.stdout.write(`${passed} passed, ${failed} failed\n`);
  process.exitCode = failed > 0 ? 1 : 0;
}

main().catch((err) => {
  process.stderr.write(`languages: ${(err as Error).stack ?? err}\n`);
  process.stdout.write(`${checks.filter((c) => c.ok).length} passed, ${checks.filter((c) => !c.ok).length + 1} failed\n`);
  process.exitCode = 1;
});
