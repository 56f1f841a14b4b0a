/**
 * Builds the project's provider double (test/provider-double/, Go) and lays it out for terraform:
 * a filesystem mirror (`terraform init` runs offline and writes a lock file) and a dev_overrides
 * folder (validate and plan with no init), each with its CLI config. Built with `go build` into
 * node_modules/.cache, rebuilt only when the double's sources, the committed schema or the
 * behaviour file change. Used by jest's globalSetup and the cdktn example check; from a shell:
 *
 *   npx ts-node --transpile-only scripts/provider-double.ts rc         # prints the dev_overrides CLI config
 *   npx ts-node --transpile-only scripts/provider-double.ts mirror-rc  # prints the filesystem-mirror CLI config
 *
 * Bad set-up (Go missing or too old, a corrupted schema or behaviour file, a double that cannot
 * start): a ProviderDoubleError with one line naming what and the fix.
 */
import { spawnSync } from 'child_process';
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { PROVIDER_SOURCE, REAL_PROVIDER_VERSION } from './real-provider';

const ROOT = path.resolve(__dirname, '..');
export const DOUBLE_SOURCE = path.join(ROOT, 'test', 'provider-double');
export const DOUBLE_SCHEMA = path.join(ROOT, 'schema', 'tencentcloud-provider-schema.json');
export const DOUBLE_BEHAVIOR = path.join(ROOT, 'schema', 'tencentcloud-provider-behavior.json');
/** The version the double answers to: that of the real provider build the schema comes from. */
export const DOUBLE_VERSION = REAL_PROVIDER_VERSION;
const MIN_GO = [1, 25];
const CACHE_ROOT = path.join(ROOT, 'node_modules', '.cache', 'cloudaudit-provider-double');

export class ProviderDoubleError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ProviderDoubleError';
  }
}

export interface ProviderDouble {
  /** The built binary. */
  readonly binary: string;
  /** CLI config with dev_overrides (no `terraform init`; terraform prints an override warning). */
  readonly rc: string;
  /** CLI config with a filesystem mirror (for `terraform init`, offline, with a lock file). */
  readonly mirrorRc: string;
  /** The mirror folder (`registry.terraform.io/tencentcloudstack/tencentcloud/<version>/linux_amd64/`). */
  readonly mirror: string;
  readonly version: string;
}

/** The Go toolchain's version, checked against the minimum; one line when missing or too old. */
export function goVersion(): string {
  const r = spawnSync('go', ['env', 'GOVERSION'], { encoding: 'utf8', env: goEnv() });
  if (r.error && (r.error as NodeJS.ErrnoException).code === 'ENOENT') {
    throw new ProviderDoubleError(`go: not found on PATH. The tests build the provider double with Go: install Go >= ${MIN_GO.join('.')} (https://go.dev/doc/install) and put it on PATH.`);
  }
  if (r.error || r.status !== 0) {
    throw new ProviderDoubleError(`go: cannot start (${(r.error?.message ?? String(r.stderr)).trim().split('\n')[0]}); reinstall Go >= ${MIN_GO.join('.')}`);
  }
  const v = r.stdout.trim();
  const m = /^go(\d+)\.(\d+)/.exec(v);
  if (!m || Number(m[1]) < MIN_GO[0] || (Number(m[1]) === MIN_GO[0] && Number(m[2]) < MIN_GO[1])) {
    throw new ProviderDoubleError(`go: ${v || 'unknown version'} is too old; the provider double needs Go >= ${MIN_GO.join('.')} (https://go.dev/doc/install)`);
  }
  return v;
}

function goEnv(): NodeJS.ProcessEnv {
  // Never fetch a toolchain; modules come from the Go module proxy (go.sum pins them).
  return { ...process.env, GOTOOLCHAIN: 'local', GOFLAGS: '-mod=mod -buildvcs=false', CGO_ENABLED: '0' };
}

function sourceFiles(): string[] {
  return fs.readdirSync(DOUBLE_SOURCE).filter((f) => f.endsWith('.go') || f === 'go.mod' || f === 'go.sum').sort();
}

/** Reads a committed data file the double embeds; a missing or non-JSON file is one line. */
function dataFile(file: string): Buffer {
  const rel = path.relative(ROOT, file);
  if (!fs.existsSync(file)) throw new ProviderDoubleError(`${rel}: missing; restore it from git or regenerate it with \`npx projen gen:bindings\``);
  const data = fs.readFileSync(file);
  try {
    JSON.parse(data.toString('utf8'));
  } catch (e) {
    throw new ProviderDoubleError(`${rel}: corrupted (${(e as Error).message}); restore it from git or regenerate it with \`npx projen gen:bindings\``);
  }
  return data;
}

/** Where the double's data comes from and where builds go (tests of a broken set-up change them). */
export interface BuildOptions {
  readonly schemaFile?: string;
  readonly behaviorFile?: string;
  readonly cacheRoot?: string;
}

function fingerprint(schema: Buffer, behavior: Buffer): string {
  const h = crypto.createHash('sha256');
  for (const f of sourceFiles()) h.update(f).update('\0').update(fs.readFileSync(path.join(DOUBLE_SOURCE, f))).update('\0');
  h.update(schema).update('\0').update(behavior).update(DOUBLE_VERSION);
  return h.digest('hex').slice(0, 16);
}

function layout(dir: string): ProviderDouble {
  const mirror = path.join(dir, 'mirror');
  const platform = path.join(mirror, 'registry.terraform.io', PROVIDER_SOURCE, DOUBLE_VERSION, 'linux_amd64');
  return {
    binary: path.join(platform, `terraform-provider-tencentcloud_v${DOUBLE_VERSION}`),
    rc: path.join(dir, 'terraformrc'),
    mirrorRc: path.join(dir, 'terraformrc-mirror'),
    mirror,
    version: DOUBLE_VERSION,
  };
}

/** The double's first line of stderr (or stdout) when it cannot start. */
function startCheck(binary: string, schemaFile: string, behaviorFile: string): void {
  const r = spawnSync(binary, ['--check'], { encoding: 'utf8', timeout: 30_000 });
  if (r.error || r.status !== 0) {
    const why = (r.error?.message ?? (String(r.stderr).trim() || String(r.stdout).trim())).split('\n')[0];
    throw new ProviderDoubleError(`provider double: cannot start (${why}); check ${path.relative(ROOT, schemaFile)} and ${path.relative(ROOT, behaviorFile)} (\`npx projen gen:bindings\` rewrites them)`);
  }
}

/**
 * Builds the double unless the cache holds a build of these very sources and data; returns where
 * it is. Safe to call from several processes: the build goes to a temp folder renamed into place.
 */
export function buildProviderDouble(options: BuildOptions = {}): ProviderDouble {
  const schemaFile = options.schemaFile ?? DOUBLE_SCHEMA;
  const behaviorFile = options.behaviorFile ?? DOUBLE_BEHAVIOR;
  const cacheRoot = options.cacheRoot ?? CACHE_ROOT;
  const schema = dataFile(schemaFile);
  const behavior = dataFile(behaviorFile);
  const key = fingerprint(schema, behavior);
  const dir = path.join(cacheRoot, key);
  const out = layout(dir);
  if (fs.existsSync(path.join(dir, 'ok'))) return out;
  goVersion();
  fs.mkdirSync(cacheRoot, { recursive: true });
  const work = fs.mkdtempSync(path.join(cacheRoot, 'build-'));
  try {
    // Stage the sources with the data they embed (data/ is never in the source tree).
    const src = path.join(work, 'src');
    fs.mkdirSync(path.join(src, 'data'), { recursive: true });
    for (const f of sourceFiles()) fs.copyFileSync(path.join(DOUBLE_SOURCE, f), path.join(src, f));
    fs.writeFileSync(path.join(src, 'data', 'schema.json'), schema);
    fs.writeFileSync(path.join(src, 'data', 'behavior.json'), behavior);
    const staged = layout(path.join(work, 'out'));
    fs.mkdirSync(path.dirname(staged.binary), { recursive: true });
    const r = spawnSync('go', ['build', '-trimpath', '-ldflags=-s -w', '-o', staged.binary, '.'], { cwd: src, encoding: 'utf8', env: goEnv(), timeout: 600_000 });
    if (r.error || r.status !== 0) {
      const why = (r.error?.message ?? String(r.stderr).trim()).split('\n').filter((l) => l && !l.startsWith('#')).slice(0, 1).join('');
      throw new ProviderDoubleError(`provider double: go build failed (${why}); run \`go build ./...\` in test/provider-double for the details`);
    }
    startCheck(staged.binary, schemaFile, behaviorFile);
    // dev_overrides: a folder holding terraform-provider-tencentcloud.
    const devDir = path.join(work, 'out', 'dev');
    fs.mkdirSync(devDir);
    fs.linkSync(staged.binary, path.join(devDir, 'terraform-provider-tencentcloud'));
    const final = layout(dir);
    fs.writeFileSync(staged.rc, [
      '# The provider double (test/provider-double), no `terraform init` needed.',
      'provider_installation {',
      `  dev_overrides { "${PROVIDER_SOURCE}" = "${path.join(dir, 'dev')}" }`,
      '  direct {}',
      '}',
      '',
    ].join('\n'));
    fs.writeFileSync(staged.mirrorRc, [
      '# The provider double (test/provider-double) as a filesystem mirror: `terraform init` runs offline.',
      'provider_installation {',
      `  filesystem_mirror {\n    path    = "${final.mirror}"\n    include = ["registry.terraform.io/${PROVIDER_SOURCE}"]\n  }`,
      `  direct { exclude = ["registry.terraform.io/${PROVIDER_SOURCE}"] }`,
      '}',
      '',
    ].join('\n'));
    fs.writeFileSync(path.join(work, 'out', 'ok'), `${key}\n`);
    fs.rmSync(dir, { recursive: true, force: true });
    try {
      fs.renameSync(path.join(work, 'out'), dir);
    } catch (e) {
      // Another process put the same build in place first.
      if (!fs.existsSync(path.join(dir, 'ok'))) throw e;
    }
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
  // Older builds are of no use.
  for (const d of fs.readdirSync(cacheRoot)) if (d !== key && !d.startsWith('build-') && d !== 'current.json') fs.rmSync(path.join(cacheRoot, d), { recursive: true, force: true });
  return out;
}

/** Lines of Go in the double (for the notes and the README of the double). */
export function doubleSize(): number {
  return sourceFiles().filter((f) => f.endsWith('.go')).reduce((n, f) => n + fs.readFileSync(path.join(DOUBLE_SOURCE, f), 'utf8').split('\n').length - 1, 0);
}

if (require.main === module) {
  try {
    const d = buildProviderDouble();
    const what = process.argv[2] ?? 'rc';
    const answers: Record<string, string> = { 'rc': d.rc, 'mirror-rc': d.mirrorRc, 'binary': d.binary, 'mirror': d.mirror };
    if (!(what in answers)) throw new ProviderDoubleError(`provider-double: unknown request "${what}"; use one of ${Object.keys(answers).join(', ')}`);
    process.stdout.write(`${answers[what]}\n`);
  } catch (e) {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  }
}

