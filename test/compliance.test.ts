/**
 * The compliance mapping (src/rules/compliance.ts) and `--framework`: every rule of the registry
 * has an entry, review groups support what their codes support, docs/compliance.md cites every
 * clause, and the obligations of the examples and of HCL fixtures come out met / not met / not
 * checkable with their evidence, in every format.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runReview as run } from './review/support';
import { CLAUSES, clauseIdsOf, FRAMEWORKS, RULE_CLAUSES } from '../src/rules/compliance';
import { apiRulesOf, clausesOf, RULES } from '../src/rules/index';
import { Rule } from '../src/rules/rule';

const ROOT = path.join(__dirname, '..');
const HCL = path.join(ROOT, 'test', 'fixtures', 'review', 'hcl', 'examples');
const DOC = fs.readFileSync(path.join(ROOT, 'docs', 'compliance.md'), 'utf8');

/** `--format json` obligations: framework -> clause number -> the clause's result. */
function obligations(...args: string[]): Record<string, Record<string, any>> {
  const r = run(...args, '--format', 'json');
  expect(r.stderr).toBe('');
  const out: Record<string, Record<string, any>> = {};
  for (const f of JSON.parse(r.stdout).compliance) out[f.framework] = Object.fromEntries(f.clauses.map((c: any) => [c.number, c]));
  return out;
}
const statuses = (o: Record<string, any>) => Object.fromEntries(Object.entries(o).map(([n, c]) => [n, c.status]));

describe('the mapping', () => {
  test('every rule of the registry has an entry (an empty list: supports no clause)', () => {
    const missing = (RULES as readonly Rule[]).map((r) => r.code).filter((code) => clauseIdsOf(code) === undefined);
    expect(missing).toEqual([]);
    expect(Object.keys(RULE_CLAUSES).filter((code) => !(RULES as readonly Rule[]).some((r) => r.code === code))).toEqual([]);
  });

  test('a review group (API-00x) supports exactly what its codes support', () => {
    for (const group of (RULES as readonly Rule[]).filter((r) => r.code.startsWith('API-'))) {
      const ofCodes = [...new Set(apiRulesOf(group.code).flatMap((r) => clauseIdsOf(r.code) ?? []))].sort();
      expect({ group: group.code, clauses: [...clauseIdsOf(group.code)!].sort() }).toEqual({ group: group.code, clauses: ofCodes });
    }
  });

  test('every checkable clause is supported by some rule; the registry accessor gives a rule its clauses', () => {
    const supported = new Set(Object.values(RULE_CLAUSES).flat());
    expect(CLAUSES.filter((c) => c.checkable && !supported.has(c.id)).map((c) => c.id)).toEqual([]);
    expect(clausesOf('STO-006').map((c) => c.id)).toEqual(['mlps2-l3/8.1.5.4-d', 'csl/23-3', 'iso27001/5.33']);
    expect(clausesOf('CA616')).toEqual([]);
    expect(clausesOf('no-such-code')).toEqual([]);
  });

  test('docs/compliance.md cites every clause by number and title, and every framework\'s text', () => {
    for (const c of CLAUSES) expect({ id: c.id, cited: DOC.includes(`${c.number}`) && DOC.includes(c.title) }).toEqual({ id: c.id, cited: true });
    for (const f of Object.values(FRAMEWORKS)) expect(DOC).toContain(f.name);
    for (const code of ['STO-006', 'COV-001', 'API-015']) expect(DOC).toContain(code);
  });
});

describe('--framework on the examples (synthesized)', () => {
  let tmp: string;
  const out = (name: string) => path.join(tmp, `${name}.out`);
  beforeAll(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'compliance-'));
    for (const name of ['cos', 'cls-alarms', 'existing-bucket', 'multi-stack']) {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      require(path.join(ROOT, 'examples', name, 'main.ts')).buildApp(out(name)).synth();
    }
  });
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  test('cos: audit enabled, records protected and kept, evidence the track and bucket; no alerting: 8.1.5.4 f) not met', () => {
    const o = obligations(out('cos'), '--framework', 'mlps2-l3,csl');
    expect(statuses(o['mlps2-l3'])).toEqual({
      '8.1.4.3 a)': 'met',
      '8.1.4.3 b)': 'not checkable',
      '8.1.4.3 c)': 'met',
      '8.1.4.3 d)': 'not checkable',
      '8.1.5.4 d)': 'met',
      '8.1.5.4 f)': 'not met',
    });
    expect(o['mlps2-l3']['8.1.4.3 a)'].evidence).toEqual([expect.stringMatching(/^tencentcloud_audit_track\./)]);
    expect(o['mlps2-l3']['8.1.4.3 c)'].evidence).toEqual([expect.stringMatching(/^tencentcloud_cos_bucket\./)]);
    expect(o['mlps2-l3']['8.1.4.3 c)'].advice.map((f: any) => f.ruleId)).toEqual(['STO-008', 'STO-009', 'STO-011']);
    expect(o['mlps2-l3']['8.1.5.4 f)'].reason).toMatch(/no enabled CLS alarm/);
    expect(o['mlps2-l3']['8.1.4.3 b)'].reason).toMatch(/set by CloudAudit, not by configuration/);
    expect(statuses(o.csl)).toEqual({ 'Art. 23 (3)': 'met' });
  });

  test('cls-alarms: its alarms on the audit topic are the evidence of 8.1.5.4 f) and A.8.16', () => {
    const o = obligations(out('cls-alarms'), '--framework', 'mlps2-l3', '--framework', 'iso27001');
    expect(o['mlps2-l3']['8.1.5.4 f)'].status).toBe('met');
    expect(o['mlps2-l3']['8.1.5.4 f)'].evidence).toEqual(expect.arrayContaining([expect.stringMatching(/^tencentcloud_cls_alarm\./)]));
    expect(statuses(o.iso27001)).toEqual({ 'A.8.15': 'met', 'A.8.16': 'met', 'A.8.17': 'not checkable', 'A.5.33': 'met', 'A.8.24': 'met' });
  });

  test('existing-bucket: storage outside the configuration is not checkable; the acknowledged COV-001 is listed with its reason', () => {
    const o = obligations(out('existing-bucket'), '--framework', 'mlps2-l3');
    expect(o['mlps2-l3']['8.1.4.3 c)']).toMatchObject({ status: 'not checkable', reason: expect.stringMatching(/not in this configuration/) });
    expect(o['mlps2-l3']['8.1.4.3 a)'].status).toBe('met');
    expect(o['mlps2-l3']['8.1.4.3 a)'].acknowledged).toEqual([expect.objectContaining({ ruleId: 'COV-001', reason: expect.stringMatching(/sensitive CAM operations/) })]);
  });

  test('multi-stack: the stacks are one app, evidence named by stack', () => {
    const o = obligations(out('multi-stack'), '--framework', 'csl');
    expect(o.csl['Art. 23 (3)'].status).toBe('met');
    expect(o.csl['Art. 23 (3)'].evidence.every((e: string) => /^[a-z0-9-]+: tencentcloud_/.test(e))).toBe(true);
  });

  test('table and markdown print the obligations; html shows every framework by default', () => {
    const table = run(out('cos'), '--framework', 'csl');
    expect(table.stdout).toMatch(/^Obligations: PRC Cybersecurity Law \(1 met, 0 not met, 0 not checkable from Terraform\)$/m);
    expect(table.stdout).toMatch(/^ {2}Art\. 23 \(3\) .*met/m);
    const md = run(out('cos'), '--framework', 'iso27001', '--format', 'markdown');
    expect(md.stdout).toContain('## Obligations: ISO/IEC 27001:2022');
    expect(md.stdout).toMatch(/\| A\.8\.17 Clock synchronization \| .* \| \*\*not checkable\*\* \|/);
    const html = run(out('cos'), '--format', 'html').stdout;
    for (const f of Object.values(FRAMEWORKS)) expect(html).toContain(`<h3 id="fw-${f.id}">${f.name}</h3>`);
    expect(run(out('cos')).stdout).not.toContain('Obligations');
  });
});

describe('--framework on HCL fixtures', () => {
  test('compliant: MLPS level 2 met where Terraform can show it', () => {
    const o = obligations(path.join(HCL, 'compliant'), '--framework', 'mlps2-l2');
    expect(statuses(o['mlps2-l2'])).toEqual({ '7.1.4.3 a)': 'met', '7.1.4.3 b)': 'not checkable', '7.1.4.3 c)': 'met' });
  });

  test('mistakes: not met, naming the findings and their resources', () => {
    const o = obligations(path.join(HCL, 'mistakes'), '--framework', 'mlps2-l3,csl');
    const c = o['mlps2-l3']['8.1.4.3 c)'];
    expect(c.status).toBe('not met');
    expect(c.findings.length).toBeGreaterThan(0);
    expect(c.findings.every((f: any) => /^STO-|^API-/.test(f.ruleId) && typeof f.address === 'string')).toBe(true);
    expect(o.csl['Art. 23 (3)'].status).toBe('not met');
  });

  test('a fixture with no tracking set: nothing is met', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'empty-'));
    fs.writeFileSync(path.join(dir, 'main.tf'), 'resource "tencentcloud_cos_bucket" "b" {\n  bucket = "x-1250000000"\n}\n');
    const o = obligations(dir, '--framework', 'csl');
    // COV-004 (no tracking set) is the finding that says so.
    expect(o.csl['Art. 23 (3)']).toMatchObject({ status: 'not met', reason: '1 finding of COV-004', evidence: [] });
  });

  test('an unknown framework is a usage error naming the choices', () => {
    expect(run(path.join(HCL, 'compliant'), '--framework', 'pci')).toMatchObject({
      code: 2, stderr: 'cloudaudit-review: [CA616 ReviewUsage] --framework must be one of mlps2-l2, mlps2-l3, csl, iso27001, not "pci" (see --help)\n',
    });
  });
});
