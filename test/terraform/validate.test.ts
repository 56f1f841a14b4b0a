/**
 * `terraform validate` against the provider double (it serves the real provider's schema) on everything the library synthesizes:
 * every stack of every example, and the corpus (./corpus.ts), which uses every construct and every
 * props member. 0 errors, 0 warnings besides the dev-override notice.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as ts from 'typescript';
import { buildCorpus, used } from './corpus';
import { describeDiagnostics, Diagnostic, stackDirs, validateAll } from '../support/terraform';

jest.setTimeout(300_000);

const EXAMPLES_DIR = path.join(__dirname, '..', '..', 'examples');
const examples = fs.readdirSync(EXAMPLES_DIR).filter((d) => fs.existsSync(path.join(EXAMPLES_DIR, d, 'main.ts'))).sort();
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'cloudaudit-validate-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

/** Synthesizes every example and the corpus; returns `{ "<app>/<stack>": dir }`. */
function synthesizeAll(): Record<string, string> {
  const dirs: Record<string, string> = {};
  for (const name of examples) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { buildApp } = require(path.join(EXAMPLES_DIR, name, 'main.ts'));
    const outdir = path.join(root, `example-${name}`);
    buildApp(outdir).synth();
    for (const dir of stackDirs(outdir)) dirs[`examples/${name}/${path.basename(dir)}`] = dir;
  }
  const corpus = path.join(root, 'corpus');
  buildCorpus(corpus).synth();
  for (const dir of stackDirs(corpus)) dirs[`corpus/${path.basename(dir)}`] = dir;
  return dirs;
}

const dirs = synthesizeAll();
let results: Map<string, Diagnostic[]>;
beforeAll(async () => {
  results = await validateAll(Object.values(dirs));
});

test('every example and the corpus synthesized stacks to validate', () => {
  const names = Object.keys(dirs);
  for (const example of examples) expect(names.some((n) => n.startsWith(`examples/${example}/`))).toBe(true);
  expect(names.filter((n) => n.startsWith('corpus/')).length).toBeGreaterThanOrEqual(5);
});

test.each(Object.keys(dirs))('%s: terraform validate, 0 errors and 0 warnings', (name) => {
  const diagnostics = results.get(dirs[name])!;
  expect(diagnostics).toBeDefined();
  expect(describeDiagnostics(diagnostics)).toBe('');
});

describe('the corpus uses every option', () => {
  /** Exported interfaces of src/ (the bindings excluded) with the members they declare. */
  function exportedInterfaces(): Map<string, string[]> {
    const srcDir = path.join(__dirname, '..', '..', 'src');
    const out = new Map<string, string[]>();
    for (const file of fs.readdirSync(srcDir).filter((f) => f.endsWith('.ts'))) {
      const sf = ts.createSourceFile(file, fs.readFileSync(path.join(srcDir, file), 'utf8'), ts.ScriptTarget.Latest);
      for (const st of sf.statements) {
        if (!ts.isInterfaceDeclaration(st) || !st.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) continue;
        // IAuditDestination is implemented by the library, not passed by users.
        if (st.name.text.startsWith('I') && /^I[A-Z]/.test(st.name.text)) continue;
        out.set(st.name.text, st.members.filter(ts.isPropertySignature).map((m) => (m.name as ts.Identifier).text));
      }
    }
    return out;
  }

  test('every member of every exported props interface is set somewhere in the corpus', () => {
    const interfaces = exportedInterfaces();
    expect(interfaces.size).toBeGreaterThanOrEqual(10);
    const missing: string[] = [];
    for (const [name, members] of interfaces) {
      for (const m of members) if (!used.get(name)?.has(m)) missing.push(`${name}.${m}`);
    }
    expect(missing).toEqual([]);
  });
});
