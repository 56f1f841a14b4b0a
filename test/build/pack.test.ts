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
  const manifest = {
    name: 'pack-probe',
    version: '1.2.3',
    main: 'lib/index.js',
    license: 'Apache-2.0',
    dependencies: { zod: '^4.1.0' },
    bundledDependencies: ['zod'],
    scripts: { build: 'true' },
    devDependencies: { typescript: '*' },
  };
  fs.writeFileSync(path.join(pkg, 'package.json'), JSON.stringify(manifest));
  fs.writeFileSync(path.join(pkg, 'lib', 'index.js'),
    "exports.check = (v) => require('zod').z.string().safeParse(v).success;\n"
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

test('strips inline source maps and drops dev-only manifest fields', () => {
  const dir = path.join(work, 'x');
  fs.mkdirSync(dir);
  execFileSync('tar', ['-xzf', result.file, '-C', dir]);
  expect(fs.readFileSync(path.join(dir, 'package', 'lib', 'index.js'), 'utf8')).not.toContain('sourceMappingURL');
  const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'package', 'package.json'), 'utf8'));
  expect(manifest.scripts).toBeUndefined();
  expect(manifest.devDependencies).toBeUndefined();
  expect(manifest.bundledDependencies).toEqual(['zod']);
  // The packed copy works on its own: zod resolves inside the package and validates.
  const out = execFileSync(process.execPath, ['-e', `const l = require(${JSON.stringify(path.join(dir, 'package'))}); console.log(l.check('a'), l.check(1))`], { encoding: 'utf8' });
  expect(out.trim()).toBe('true false');
});

test('refuses a package that is not compiled, saying so', async () => {
  const empty = path.join(work, 'empty');
  fs.mkdirSync(empty);
  fs.writeFileSync(path.join(empty, 'package.json'), JSON.stringify({ name: 'empty', version: '0.0.1' }));
  await expect(pack(empty, path.join(work, 'out2'))).rejects.toThrow(/lib missing; compile first/);
});
