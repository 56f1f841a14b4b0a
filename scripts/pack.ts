/**
 * Lean `npm pack`: `npx projen package:js` (the cdktf package, from the repository root) and
 * `npx projen package:cdktn` (packages/cdktn). Writes dist/js/<name>-<version>.tgz.
 *
 * `npm pack` ships a bundled dependency whole: zod brings its TypeScript sources, every locale,
 * both module formats and their typings (~6 MB unpacked). This script packs a staged copy instead:
 * 1. the package's own files, as `npm pack` selects them (package.json `files`, .npmignore), with
 *    inline source maps removed from the JavaScript (no maps are shipped);
 * 2. of every bundled dependency (and the dependencies it brings), only:
 *    - the JavaScript the package really loads: esbuild follows every `require`/`import` from
 *      every file of lib/ and bin/ (lazy `require`s inside functions included) and lists what it
 *      reached; peer dependencies are not followed. A dependency whose main entry the trace does
 *      not reach is loaded by path (or not at all): all of its JavaScript ships;
 *    - package.json, licence/notice files, and data files that are not code, docs, tests or
 *      sources (e.g. a `.wasm` module a dependency reads from disk next to its own JavaScript).
 * This works for any bundled dependency, not only zod. It then smoke-tests the tarball: unpacks it,
 * loads the library, and loads every bundled dependency from inside it.
 *
 * Usage: ts-node scripts/pack.ts [<package dir>] [--out <dir>] [--print-filename]   (default: ., dist/js)
 * (`--print-filename`: the tarball's name alone on the last line, for jsii-pacmak --pack-command)
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '..');

/** Directories never shipped from a bundled dependency. */
const DROPPED_DIRS = new Set(['test', 'tests', '__tests__', 'src', 'docs', 'doc', 'example', 'examples', 'locales', 'benchmark', 'benchmarks', '.github']);
/** Files of a bundled dependency that ship although no `require` reaches them. */
const ALWAYS = /^(package\.json|(licen[cs]e|notice|copying)(\.[a-z]+)?)$/i;
/** What is code, typings, maps or docs: shipped only when esbuild saw it loaded. */
const CODE_OR_DOCS = /\.(c|m)?(j|t)sx?$|\.d\.(c|m)?ts$|\.map$|\.md$|\.markdown$|\.txt$/i;

export interface PackResult {
  readonly file: string;
  readonly size: number;
  readonly unpackedSize: number;
  readonly entryCount: number;
}

function npmPackDryRun(dir: string): string[] {
  const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  return JSON.parse(out)[0].files.map((f: { path: string }) => f.path);
}

function walk(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name));
}

/** `<...>/node_modules/@scope/name/x/y.js` → the package root `<...>/node_modules/@scope/name`. */
function packageRootOf(file: string): string | undefined {
  const parts = file.split(path.sep);
  const i = parts.lastIndexOf('node_modules');
  if (i < 0 || i + 1 >= parts.length) return undefined;
  const n = parts[i + 1].startsWith('@') ? 3 : 2;
  return parts.slice(0, i + n).join(path.sep);
}

/** Bundled dependencies and, transitively, what they depend on: name → package root. */
export function bundleClosure(pkgDir: string, names: readonly string[]): Map<string, string> {
  const found = new Map<string, string>();
  const visit = (name: string, from: string) => {
    if (found.has(name)) return;
    let manifest: string;
    try {
      manifest = require.resolve(`${name}/package.json`, { paths: [from] });
    } catch {
      // A package whose `exports` hide package.json: find its root from its main entry.
      const main = require.resolve(name, { paths: [from] });
      const root = packageRootOf(main);
      if (!root) throw new Error(`pack: cannot locate the bundled dependency ${name}`);
      manifest = path.join(root, 'package.json');
    }
    const root = path.dirname(manifest);
    found.set(name, root);
    const deps = JSON.parse(fs.readFileSync(manifest, 'utf8')).dependencies ?? {};
    for (const d of Object.keys(deps)) visit(d, root);
  };
  for (const n of names) visit(n, pkgDir);
  return found;
}

/** Files (absolute) of the bundle closure that the package's JavaScript loads. */
async function tracedFiles(pkgDir: string, external: readonly string[]): Promise<Set<string>> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const esbuild = require('esbuild');
  const entryPoints = [...walk(path.join(pkgDir, 'lib')), ...walk(path.join(pkgDir, 'bin'))]
    .filter((f) => f.endsWith('.js') || !path.extname(f));
  const result = await esbuild.build({
    entryPoints,
    absWorkingDir: pkgDir,
    bundle: true,
    write: false,
    metafile: true,
    platform: 'node',
    format: 'cjs',
    outdir: path.join(os.tmpdir(), 'pack-trace'),
    external: external.flatMap((e) => [e, `${e}/*`]),
    logLevel: 'silent',
    loader: { '.node': 'empty', '.wasm': 'empty' },
    plugins: [{
      // A dependency may require a module that does not exist here (optional, or for another
      // platform, e.g. hcl2json's `require("performance")`): leave it out of the trace.
      name: 'unresolvable-is-external',
      setup(build: any) {
        build.onResolve({ filter: /^[^./]/ }, async (args: any) => {
          if (args.pluginData?.probing) return undefined;
          const r = await build.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, importer: args.importer, pluginData: { probing: true } });
          return r.errors.length > 0 ? { path: args.path, external: true } : r;
        });
      },
    }],
  });
  return new Set(Object.keys(result.metafile.inputs).map((f) => path.resolve(pkgDir, f.replace(/^[a-z-]+:/, ''))));
}

/** TypeScript sources, typings, source maps and docs: never needed at run time. */
const NEVER_AT_RUNTIME = /(?<!\.d)\.(c|m)?tsx?$|\.d\.(c|m)?ts$|\.map$|\.md$|\.markdown$/i;

/**
 * The files of one bundled dependency to ship. If the trace reached the dependency's main entry,
 * it is used through `require`, and only the traced JavaScript ships. If not, the library loads
 * its files by path (e.g. a WASM shim next to the `.wasm`), which no trace can follow: all of its
 * JavaScript ships. Either way: no sources, typings, maps, docs, tests or locales folders.
 */
function shippedFromDependency(name: string, root: string, traced: Set<string>): { files: string[]; traced: boolean } {
  let main: string | undefined;
  try {
    main = require.resolve(name, { paths: [path.dirname(root)] });
  } catch {
    main = undefined; // no main entry (exports-only or assets-only package)
  }
  const byTrace = main !== undefined && traced.has(main);
  const files = walk(root).filter((file) => {
    const rel = path.relative(root, file);
    const segments = rel.split(path.sep);
    if (segments.includes('node_modules')) return false; // nested packages are closure members of their own
    if (byTrace && traced.has(file)) return true;
    if (ALWAYS.test(rel)) return true;
    if (segments.slice(0, -1).some((s) => DROPPED_DIRS.has(s))) return false;
    return byTrace ? !CODE_OR_DOCS.test(file) : !NEVER_AT_RUNTIME.test(file);
  });
  return { files, traced: byTrace };
}

const INLINE_MAP = /\n?\/\/# sourceMappingURL=data:application\/json[^\n]*\n?$/;

function copyFile(from: string, to: string, stripMap: boolean): void {
  fs.mkdirSync(path.dirname(to), { recursive: true });
  if (stripMap && to.endsWith('.js')) {
    fs.writeFileSync(to, fs.readFileSync(from, 'utf8').replace(INLINE_MAP, '\n'));
  } else {
    fs.copyFileSync(from, to);
  }
  fs.chmodSync(to, fs.statSync(from).mode);
}

/** Unpacks the tarball, links the peers, loads the library and each bundled dependency. */
function smokeTest(tarball: string, manifest: any, closure: Map<string, string>): void {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pack-smoke-'));
  try {
    execFileSync('tar', ['-xzf', tarball, '-C', dir]);
    const pkg = path.join(dir, 'package');
    const nm = path.join(dir, 'node_modules');
    fs.mkdirSync(nm);
    for (const peer of Object.keys(manifest.peerDependencies ?? {})) {
      fs.symlinkSync(path.dirname(require.resolve(`${peer}/package.json`, { paths: [ROOT] })), path.join(nm, peer));
    }
    const script = `
      const lib = require(${JSON.stringify(pkg)});
      if (Object.keys(lib).length === 0) throw new Error('the library exports nothing');
      for (const dep of ${JSON.stringify([...closure.keys()])}) {
        const p = require.resolve(dep, { paths: [${JSON.stringify(pkg)}] });
        if (!p.startsWith(${JSON.stringify(pkg + path.sep)})) throw new Error(dep + ' resolved outside the package: ' + p);
        require(p);
      }
    `;
    execFileSync(process.execPath, ['-e', script], { cwd: dir, stdio: 'inherit', env: { ...process.env, NODE_PATH: '' } });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export async function pack(pkgDir: string, outDir: string): Promise<PackResult> {
  const manifest = JSON.parse(fs.readFileSync(path.join(pkgDir, 'package.json'), 'utf8'));
  if (!fs.existsSync(path.join(pkgDir, 'lib'))) throw new Error(`pack: ${path.join(pkgDir, 'lib')} missing; compile first`);
  const bundled: string[] = manifest.bundledDependencies ?? manifest.bundleDependencies ?? [];
  const closure = bundleClosure(pkgDir, bundled);
  const external = [...Object.keys(manifest.peerDependencies ?? {}), ...Object.keys(manifest.dependencies ?? {}).filter((d) => !bundled.includes(d))];
  const traced = await tracedFiles(pkgDir, external);

  fs.mkdirSync(outDir, { recursive: true });
  const stage = fs.mkdtempSync(path.join(os.tmpdir(), 'pack-stage-'));
  try {
    for (const rel of npmPackDryRun(pkgDir)) {
      if (rel.startsWith('node_modules/')) continue;
      if (rel === 'package.json') continue;
      copyFile(path.join(pkgDir, rel), path.join(stage, rel), true);
    }
    const { scripts: _s, devDependencies: _d, jest: _j, devEngines: _e, ...published } = manifest;
    fs.writeFileSync(path.join(stage, 'package.json'), JSON.stringify(published, null, 2) + '\n');
    for (const [name, root] of closure) {
      const shipped = shippedFromDependency(name, root, traced);
      for (const file of shipped.files) {
        copyFile(file, path.join(stage, 'node_modules', name, path.relative(root, file)), false);
      }
      if (!shipped.traced) process.stdout.write(`pack: ${name}: not loaded through require (or not at all): all of its JavaScript ships\n`);
    }
    const out = execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', path.resolve(outDir)], { cwd: stage, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    const r = JSON.parse(out)[0];
    const file = path.join(path.resolve(outDir), r.filename);
    smokeTest(file, manifest, closure);
    return { file, size: r.size, unpackedSize: r.unpackedSize, entryCount: r.entryCount };
  } finally {
    fs.rmSync(stage, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const outIdx = args.indexOf('--out');
  const outDir = outIdx >= 0 ? args[outIdx + 1] : path.join(ROOT, 'dist', 'js');
  const positional = args.filter((a, i) => !a.startsWith('--') && (outIdx < 0 || i !== outIdx + 1));
  const pkgDir = path.resolve(positional[0] ?? '.');
  const r = await pack(pkgDir, outDir);
  const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
  process.stdout.write(`pack: ${path.relative(process.cwd(), r.file)}: ${kb(r.size)} tarball, ${kb(r.unpackedSize)} unpacked, ${r.entryCount} files (smoke-tested)\n`);
  // jsii-pacmak --pack-command reads the tarball's name from the last line.
  if (args.includes('--print-filename')) process.stdout.write(`${path.basename(r.file)}\n`);
}

if (require.main === module) {
  main().catch((err) => {
    process.stderr.write(`pack failed: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  });
}
