/**
 * The review CLI package, `cdktf-tencentcloud-cloudaudit-review`: `cloudaudit-review` without the
 * library, so without cdktf or constructs. `npx projen package:review-cli` writes
 * dist/js/cdktf-tencentcloud-cloudaudit-review-<version>.tgz, at the version of the root
 * package.json (the one `projen bump` sets), and smoke-tests it.
 *
 * The package has no dependencies. It holds:
 * - cloudaudit-review.js: src/review/cli.ts and everything it imports (src/rules, re2js, ...) in one
 *   file bundled by esbuild; the build fails if anything resolves to cdktf, cdktn or constructs,
 *   and if the bundle still `require`s anything but a Node.js built-in;
 * - hcl2json/: the two files of @cdktf/hcl2json the HCL parser loads by path (main.wasm.gz and its
 *   Go shim, wasm/*.js), found there first by src/review/hcl/bridge.ts;
 * - package.json (version, bin, engines), README.md (review-cli/README.md), LICENSE (this
 *   project's), NOTICE: every third-party package in the bundle or in hcl2json/, its version and
 *   licence, with the licence texts.
 *
 * Usage: ts-node scripts/build-review-cli.ts [--out <dir>] [--src <dir>]   (default: dist/js, src)
 * (`--src`: the sources to bundle, e.g. packages/cdktn/src; test/review/cli-package.test.ts.)
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import { isBuiltin } from 'module';
import * as os from 'os';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '..');
export const CLI_PACKAGE = 'cdktf-tencentcloud-cloudaudit-review';
export const CLI_BIN = 'cloudaudit-review';
/** The bundle's file name in the package (bridge.ts and packageVersion look beside it). */
export const BUNDLE = 'cloudaudit-review.js';
/** Packages that must never be in the bundle, nor required by it. */
export const FORBIDDEN = ['cdktf', 'cdktn', 'constructs'];
const HCL2JSON = '@cdktf/hcl2json';
/** What bridge.ts loads from @cdktf/hcl2json, relative to its package folder. */
const HCL2JSON_FILES = ['main.wasm.gz', 'wasm/bridge_wasm_exec.js', 'wasm/wasm_exec.js'];

export interface ReviewCliResult {
  readonly file: string;
  readonly version: string;
  /** Tarball bytes, unpacked bytes and file count, as npm pack reports them. */
  readonly size: number;
  readonly unpackedSize: number;
  readonly entryCount: number;
  readonly bundleBytes: number;
  /** Every input file esbuild put in the bundle, relative to the repository (esbuild metafile). */
  readonly inputs: readonly string[];
  /** Third-party packages in the package, name → version. */
  readonly thirdParty: Readonly<Record<string, string>>;
}

/** `.../node_modules/@scope/name/x.js` → `@scope/name` and its folder `.../node_modules/@scope/name`. */
function packageOf(file: string): { name: string; dir: string } | undefined {
  const m = /^(.*(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+))\/(?!.*\/node_modules\/)/.exec(file);
  return m ? { name: m[2], dir: path.resolve(ROOT, m[1]) } : undefined;
}

function manifestOf(dir: string): any {
  return JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
}

/**
 * Licence texts of the third-party code shipped. zod, re2js etc. ship their LICENSE; @cdktf/hcl2json
 * ships none (MPL-2.0, stated in its package.json), and its Go shim is the Go authors' (BSD-style,
 * "found in the LICENSE file" of Go): both texts are kept in review-cli/licenses/.
 */
function licenceText(name: string, dir: string): string {
  const own = fs.readdirSync(dir).find((f) => /^(licen[cs]e|copying)(\.(md|txt))?$/i.test(f));
  if (own) return fs.readFileSync(path.join(dir, own), 'utf8').trim();
  const license = manifestOf(dir).license;
  const kept = path.join(ROOT, 'review-cli', 'licenses', `${license}.txt`);
  if (!fs.existsSync(kept)) throw new Error(`build-review-cli: ${name} ships no licence file and review-cli/licenses/${license}.txt is missing`);
  return fs.readFileSync(kept, 'utf8').trim();
}

function notice(thirdParty: ReadonlyMap<string, string>): string {
  const rule = '-'.repeat(72);
  const parts = [
    `${CLI_PACKAGE}\nCopyright cdktf-tencentcloud-cloudaudit contributors. Licensed under the Apache License 2.0 (LICENSE).`,
    'This package contains the following third-party software, each under its own licence,\n'
    + `reproduced below. ${BUNDLE} bundles the JavaScript ones; hcl2json/ holds the files of\n`
    + '@cdktf/hcl2json that the HCL parser loads, unmodified.',
  ];
  for (const [name, dir] of [...thirdParty].sort(([a], [b]) => a.localeCompare(b))) {
    const m = manifestOf(dir);
    const version = m.version;
    const repo = typeof m.repository === 'string' ? m.repository : m.repository?.url;
    let head = `${name} ${version} (${m.license})${repo ? `\n${repo.replace(/^git\+/, '')}` : ''}`;
    if (name === HCL2JSON) {
      head += `\nSource Code Form: the npm package ${name}@${version}, and packages/@cdktf/hcl2json of\n`
        + `https://github.com/hashicorp/terraform-cdk at v${version}. hcl2json/main.wasm.gz is HashiCorp's\n`
        + 'HCL parser compiled to WebAssembly. hcl2json/wasm/*.js is the Go WebAssembly runtime shim,\n'
        + 'Copyright The Go Authors (BSD-style licence of Go, the second text below).';
    }
    parts.push(`${rule}\n${head}\n${rule}\n\n${licenceText(name, dir)}`);
    if (name === HCL2JSON) {
      parts.push(`${rule}\nThe Go WebAssembly runtime shim (hcl2json/wasm/*.js), licence of Go\n${rule}\n\n`
        + fs.readFileSync(path.join(ROOT, 'review-cli', 'licenses', 'Go.txt'), 'utf8').trim());
    }
  }
  return parts.join('\n\n') + '\n';
}

/** The package.json of the CLI package: the root's version, engines and metadata; no dependencies. */
export function reviewCliPackageJson(root: any): any {
  return {
    name: CLI_PACKAGE,
    version: root.version,
    description: 'cloudaudit-review: reviews Tencent Cloud CloudAudit tracking sets and their storage in Terraform (HCL, JSON, plans, cdktf output). '
      + 'The command alone, bundled: no cdktf, no dependencies.',
    keywords: ['tencentcloud', 'cloudaudit', 'audit', 'terraform', 'compliance', 'sarif'],
    license: root.license,
    author: root.author,
    repository: root.repository,
    bin: { [CLI_BIN]: BUNDLE },
    engines: root.engines,
  };
}

async function bundle(srcDir: string, outFile: string): Promise<{ inputs: string[] }> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const esbuild = require('esbuild');
  const forbidden = new RegExp(`^(${FORBIDDEN.join('|')})(/|$)`);
  const result = await esbuild.build({
    stdin: {
      // In a worker of the review's pool (src/review/pool.ts, which starts this same file), the
      // pool's module does the work; in the main thread, the command.
      contents: [
        "if (require('worker_threads').isMainThread) {",
        `  require(${JSON.stringify(path.join(srcDir, 'review', 'cli'))}).main(process.argv.slice(2));`,
        '} else {',
        `  require(${JSON.stringify(path.join(srcDir, 'review', 'pool'))});`,
        '}',
        '',
      ].join('\n'),
      resolveDir: ROOT,
      sourcefile: 'review-cli-entry.js',
      loader: 'js',
    },
    absWorkingDir: ROOT,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    outfile: outFile,
    // Not minified: the file stays readable, and gzipped it is ~0.2 MB next to the 1.7 MB WASM module.
    minify: false,
    legalComments: 'none', // the licences are in NOTICE
    banner: { js: '#!/usr/bin/env node' },
    metafile: true,
    logLevel: 'silent',
    // bridge.ts falls back to the installed package only when hcl2json/ is not beside the bundle.
    external: [`${HCL2JSON}/package.json`],
    plugins: [{
      name: 'no-cdk',
      setup(build: any) {
        build.onResolve({ filter: forbidden }, (args: any) => ({
          errors: [{ text: `${args.path} (imported by ${path.relative(ROOT, args.importer)}) must not be in the review CLI` }],
        }));
      },
    }],
  });
  const inputs = Object.keys(result.metafile.inputs);
  const bad = inputs.filter((f) => FORBIDDEN.includes(packageOf(f)?.name ?? ''));
  if (bad.length > 0) throw new Error(`build-review-cli: the bundle holds ${bad.join(', ')}`);
  // Every `require("x")` left in the output (string literals only: bridge.ts's require of the
  // shim by path is the one computed require) must be a Node.js built-in.
  const text = fs.readFileSync(outFile, 'utf8');
  const required = [...new Set([...text.matchAll(/\brequire\(\s*(["'])([^"']+)\1\s*\)/g)].map((m) => m[2]))];
  const notBuiltin = required.filter((r) => !isBuiltin(r));
  if (notBuiltin.length > 0) throw new Error(`build-review-cli: the bundle requires ${notBuiltin.join(', ')} at run time`);
  return { inputs };
}

/** Unpacks the tarball, runs `--version` and one HCL review with it (the WASM parser loads). */
function smokeTest(tarball: string, version: string): void {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'review-cli-smoke-'));
  try {
    execFileSync('tar', ['-xzf', tarball, '-C', dir]);
    const bin = path.join(dir, 'package', BUNDLE);
    const out = execFileSync(process.execPath, [bin, '--version'], { encoding: 'utf8' });
    if (out !== `${CLI_BIN} ${version}\n`) throw new Error(`build-review-cli: --version printed ${JSON.stringify(out)}`);
    const tf = path.join(dir, 'infra');
    fs.mkdirSync(tf);
    fs.writeFileSync(path.join(tf, 'main.tf'), 'resource "tencentcloud_audit_track" "smoke" {\n  name = "smoke-track"\n}\n');
    const json = execFileSync(process.execPath, [bin, tf, '--format', 'json', '--soft-fail'], { encoding: 'utf8', cwd: dir });
    if (!JSON.parse(json).documents?.[0]?.tracks?.some((t: any) => t.name === 'smoke-track')) {
      throw new Error('build-review-cli: the HCL review did not find the tracking set');
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export async function buildReviewCli(options: { outDir: string; srcDir?: string }): Promise<ReviewCliResult> {
  const root = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  const manifest = reviewCliPackageJson(root);
  const stage = fs.mkdtempSync(path.join(os.tmpdir(), 'review-cli-stage-'));
  try {
    const { inputs } = await bundle(path.resolve(options.srcDir ?? path.join(ROOT, 'src')), path.join(stage, BUNDLE));
    fs.chmodSync(path.join(stage, BUNDLE), 0o755);
    const hcl = path.dirname(require.resolve(`${HCL2JSON}/package.json`, { paths: [ROOT] }));
    for (const f of HCL2JSON_FILES) {
      fs.mkdirSync(path.dirname(path.join(stage, 'hcl2json', f)), { recursive: true });
      fs.copyFileSync(path.join(hcl, f), path.join(stage, 'hcl2json', f));
    }
    // Third-party packages: name → folder (the one the bundle's files came from).
    const thirdParty = new Map<string, string>([[HCL2JSON, hcl]]);
    for (const p of inputs.map(packageOf)) if (p && !thirdParty.has(p.name)) thirdParty.set(p.name, p.dir);
    fs.writeFileSync(path.join(stage, 'NOTICE'), notice(thirdParty));
    fs.copyFileSync(path.join(ROOT, 'LICENSE'), path.join(stage, 'LICENSE'));
    fs.copyFileSync(path.join(ROOT, 'review-cli', 'README.md'), path.join(stage, 'README.md'));
    fs.writeFileSync(path.join(stage, 'package.json'), JSON.stringify(manifest, null, 2) + '\n');
    fs.mkdirSync(options.outDir, { recursive: true });
    const out = execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', path.resolve(options.outDir)], { cwd: stage, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    const r = JSON.parse(out)[0];
    const file = path.join(path.resolve(options.outDir), r.filename);
    smokeTest(file, manifest.version);
    return {
      file,
      version: manifest.version,
      size: r.size,
      unpackedSize: r.unpackedSize,
      entryCount: r.entryCount,
      bundleBytes: fs.statSync(path.join(stage, BUNDLE)).size,
      inputs: inputs.map((f) => path.relative(ROOT, path.resolve(ROOT, f))),
      thirdParty: Object.fromEntries([...thirdParty].map(([n, dir]) => [n, manifestOf(dir).version])),
    };
  } finally {
    fs.rmSync(stage, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const opt = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const r = await buildReviewCli({ outDir: opt('--out') ?? path.join(ROOT, 'dist', 'js'), srcDir: opt('--src') });
  const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
  process.stdout.write(`build-review-cli: ${path.relative(process.cwd(), r.file)}: ${kb(r.size)} tarball, ${kb(r.unpackedSize)} unpacked, `
    + `${r.entryCount} files, bundle ${kb(r.bundleBytes)}; third-party: ${Object.entries(r.thirdParty).map(([n, v]) => `${n}@${v}`).join(', ')} (smoke-tested)\n`);
}

if (require.main === module) {
  main().catch((err) => {
    process.stderr.write(`build-review-cli failed: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  });
}
