/**
 * Lean packing (scripts/pack.ts) on a small package that bundles zod: only the files of the
 * bundled dependency that the package loads ship, with licence and manifest; no sources, typings,
 * maps, docs or tests of the dependency; no inline source maps in the package's own JavaScript.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pack } from '../../scripts/pack';

const ROOT = path.join(__dirname, '..', '..');
let work: string;
let entries: string[];
let result: Awaited<ReturnType<typeof pack>>;

beforeAll(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'pack-test-'));
  const pkg = path.join(work, 'pkg');
  fs.mkdirSync(path.join(pkg, 'lib'), { recursive: true });
  fs.mkdirSync(path.join(pkg, 'node_modules'));
  fs.symlinkSync(path.join(ROOT, 'node_modules', 'zod'), path.join(pkg, 'node_modules', 'zod'));
  // A dependency the library loads by path (as the HCL review loads hcl2json's WASM shim).
  const byPath = path.join(pkg, 'node_modules', 'by-path');
  fs.mkdirSync(path.join(byPath, 'src'), { recursive: true });
  fs.writeFileSync(path.join(byPath, 'package.json'), JSON.stringify({ name: 'by-path', version: '1.0.0', main: 'index.js' }));
  fs.writeFileSync(path.join(byPath, 'index.js'), 'module.exports = 1;\n');
  fs.writeFileSync(path.join(byPath, 'shim.js'), "module.exports = require('fs').readFileSync(__dirname + '/data.bin').length;\n");
  fs.writeFileSync(path.join(byPath, 'data.bin'), Buffer.alloc(64));
  fs.writeFileSync(path.join(byPath, 'index.d.ts'), 'export {};\n');
  fs.writeFileSync(path.join(byPath, 'README.md'), '# by-path\n');
  fs.writeFileSync(path.join(byPath, 'src', 'shim.ts'), 'export {};\n');
  const manifest = {
    name: 'pack-probe',
    version: '1.2.3',
    main: 'lib/index.js',
    license: 'Apache-2.0',
    dependencies: { 'zod': '^4.1.0', 'by-path': '1.0.0' },
    bundledDependencies: ['zod', 'by-path'],
    scripts: { build: 'true' },
    devDependencies: { typescript: '*' },
  };
  fs.writeFileSync(path.join(pkg, 'package.json'), JSON.stringify(manifest));
  fs.writeFileSync(path.join(pkg, 'lib', 'index.js'),
    "exports.check = (v) => require('zod').z.string().safeParse(v).success;\n"
    + "exports.shim = () => require(require('path').join(require('path').dirname(require.resolve('by-path/package.json')), 'shim.js'));\n"
    + '//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozfQ==\n');
  result = await pack(pkg, path.join(work, 'out'));
  entries = execFileSync('tar', ['-tzf', result.file], { encoding: 'utf8' }).trim().split('\n').map((e) => e.replace(/^package\//, ''));
}, 120_000);

afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

test('packs <name>-<version>.tgz with the counts npm reports', () => {
  expect(path.basename(result.file)).toBe('pack-probe-1.2.3.tgz');
  expect(result.entryCount).toBe(entries.length);
  expect(result.size).toBe(fs.statSync(result.file).size);
});

test('ships the JavaScript zod loads, its manifest and licence', () => {
  expect(entries).toEqual(expect.arrayContaining(['node_modules/zod/package.json', 'node_modules/zod/LICENSE', 'node_modules/zod/index.cjs', 'node_modules/zod/v4/locales/en.cjs']));
});

test("ships none of zod's sources, typings, maps, ESM twins, docs or tests", () => {
  const zod = entries.filter((e) => e.startsWith('node_modules/zod/'));
  expect(zod.filter((e) => /\/src\/|\.d\.c?ts$|\.ts$|\.map$|\.md$|\.js$|\/tests?\//.test(e))).toEqual([]);
  const unpacked = zod.length;
  const installed = fs.readdirSync(path.join(ROOT, 'node_modules', 'zod'), { recursive: true }).length;
  expect(unpacked).toBeLessThan(installed / 4);
});

test('a dependency loaded by path ships all its JavaScript and data, still no typings, sources or docs', () => {
  const shipped = entries.filter((e) => e.startsWith('node_modules/by-path/')).sort();
  expect(shipped).toEqual(['data.bin', 'index.js', 'package.json', 'shim.js'].map((f) => `node_modules/by-path/${f}`));
});

test('strips inline source maps and drops dev-only manifest fields', () => {
  const dir = path.join(work, 'x');
  fs.mkdirSync(dir);
  execFileSync('tar', ['-xzf', result.file, '-C', dir]);
  expect(fs.readFileSync(path.join(dir, 'package', 'lib', 'index.js'), 'utf8')).not.toContain('sourceMappingURL');
  const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'package', 'package.json'), 'utf8'));
  expect(manifest.scripts).toBeUndefined();
  expect(manifest.devDependencies).toBeUndefined();
  expect(manifest.bundledDependencies).toEqual(['zod', 'by-path']);
  // The packed copy works on its own: zod resolves inside the package and validates.
  const out = execFileSync(process.execPath, ['-e', `const l = require(${JSON.stringify(path.join(dir, 'package'))}); console.log(l.check('a'), l.check(1), l.shim())`], { encoding: 'utf8' });
  expect(out.trim()).toBe('true false 64');
});

test('refuses a package that is not compiled, saying so', async () => {
  const empty = path.join(work, 'empty');
  fs.mkdirSync(empty);
  fs.writeFileSync(path.join(empty, 'package.json'), JSON.stringify({ name: 'empty', version: '0.0.1' }));
  await expect(pack(empty, path.join(work, 'out2'))).rejects.toThrow(/lib missing; compile first/);
});
