/**
 * Synthesizes one example without cdktf-cli: `npm run synth:example [-- <name>]` (default: cos).
 * Writes examples/<name>/cdktf.out/stacks/<stack>/cdk.tf.json.
 *
 * `--cdktn` (`npm run synth:example:cdktn [-- <name>]`): the same example with CDK Terrain, i.e.
 * `cdktf` resolves to `cdktn` and the library to the built cdktn package (packages/cdktn/lib; built
 * first if missing). Output: examples/<name>/cdktn.out. Each stack is then checked with
 * `terraform validate` against the provider double (as the tests do), and any diagnostic fails the run.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '..');
const CDKTN_DIR = path.join(ROOT, 'packages', 'cdktn');

/** Makes `require('cdktf')` load cdktn and `require('<root>/src...')` the built cdktn package. */
function useCdktn(): void {
  const built = path.join(CDKTN_DIR, 'lib', 'index.js');
  const sources = [path.join(ROOT, 'src'), path.join(ROOT, 'schema')].flatMap((d) => fs.readdirSync(d, { recursive: true }).map((f) => path.join(d, String(f))));
  const newest = Math.max(...sources.map((f) => fs.statSync(f).mtimeMs));
  if (!fs.existsSync(built) || fs.statSync(built).mtimeMs < newest) {
    process.stdout.write('synth:example: packages/cdktn is missing or older than src/: running build:cdktn\n');
    execFileSync(process.execPath, [require.resolve('ts-node/dist/bin'), '--project', path.join(ROOT, 'test', 'tsconfig.json'), path.join(ROOT, 'scripts', 'build-cdktn.ts')], { stdio: 'inherit', cwd: ROOT });
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const Module = require('module');
  const srcDir = path.join(ROOT, 'src');
  const original = Module._resolveFilename;
  Module._resolveFilename = function (request: string, parent: any, ...rest: unknown[]) {
    if (request === 'cdktf' || request.startsWith('cdktf/')) {
      request = 'cdktn' + request.slice('cdktf'.length);
    } else if (request.startsWith('.') && parent?.filename) {
      const target = path.resolve(path.dirname(parent.filename), request);
      if (target === srcDir || target.startsWith(srcDir + path.sep)) {
        request = path.join(CDKTN_DIR, 'lib', path.relative(srcDir, target));
      }
    }
    return original.call(this, request, parent, ...rest);
  };
}

async function validateStacks(outdir: string): Promise<boolean> {
  /* eslint-disable @typescript-eslint/no-require-imports */
  const { prepareProviderDouble, validateAll, describeDiagnostics, stackDirs } = require('../test/support/terraform');
  /* eslint-enable @typescript-eslint/no-require-imports */
  prepareProviderDouble();
  const results: Map<string, any[]> = await validateAll(stackDirs(outdir));
  let ok = true;
  for (const [dir, diagnostics] of results) {
    const rel = path.relative(process.cwd(), dir);
    if (diagnostics.length === 0) {
      process.stdout.write(`terraform validate (provider double): ${rel}: 0 errors, 0 warnings\n`);
    } else {
      ok = false;
      process.stderr.write(`terraform validate (provider double): ${rel}:\n${describeDiagnostics(diagnostics)}\n`);
    }
  }
  return ok;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const cdktn = args.includes('--cdktn');
  const name = args.filter((a) => a !== '--cdktn')[0] ?? 'cos';
  const dir = path.join(ROOT, 'examples', name);
  const entry = path.join(dir, 'main.ts');
  if (!/^[a-z0-9-]+$/.test(name) || !fs.existsSync(entry)) {
    const known = fs.readdirSync(path.join(ROOT, 'examples')).filter((d) => fs.existsSync(path.join(ROOT, 'examples', d, 'main.ts')));
    process.stderr.write(`synth:example: no example "${name}". Known: ${known.join(', ')}\n`);
    process.exit(2);
  }
  if (cdktn) useCdktn();
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { buildApp } = require(entry);
  const outdir = path.join(dir, cdktn ? 'cdktn.out' : 'cdktf.out');
  const app = buildApp(outdir);
  app.synth();
  const stacks = fs.readdirSync(path.join(outdir, 'stacks'));
  for (const s of stacks) {
    const file = path.join(outdir, 'stacks', s, 'cdk.tf.json');
    const doc = JSON.parse(fs.readFileSync(file, 'utf8'));
    const count = Object.values<Record<string, unknown>>(doc.resource ?? {}).reduce((n, r) => n + Object.keys(r).length, 0);
    const runtime = doc['//']?.metadata?.version;
    process.stdout.write(`synthesized ${path.relative(process.cwd(), file)} (${count} resources, ${cdktn ? 'cdktn' : 'cdktf'} ${runtime})\n`);
  }
  if (cdktn && !(await validateStacks(outdir))) process.exit(1);
}

main().catch((err) => {
  process.stderr.write(`synth:example failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
