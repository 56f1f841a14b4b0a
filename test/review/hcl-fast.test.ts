/**
 * The selective HCL reader (src/review/hcl/skim.ts, fast.ts) held to HashiCorp's parser:
 * - every block of every .tf file of the test fixtures that fast.ts accepts reads exactly as the
 *   parser gives it (values, key order, `__proto__` keys), and the snippets below too;
 * - skimming the resources the review reads nothing of changes no finding of any corpus folder;
 * - a file the scan cannot make sense of goes whole to the parser, and the parser's error names
 *   the file's own line even when skimmed blocks come before it.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { review } from '../../src/review/engine';
import { parseHcl } from '../../src/review/hcl/bridge';
import { fastBody } from '../../src/review/hcl/fast';
import { skim, topLevelBlocks } from '../../src/review/hcl/skim';
import { loadPath, ReviewInputError } from '../../src/review/load';

const FIXTURES = path.join('test', 'fixtures');
const CORPUS = path.join(FIXTURES, 'review', 'corpus');

function tfFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...tfFiles(p));
    else if (e.name.endsWith('.tf')) out.push(p);
  }
  return out.sort();
}

/** The parser's body of the one block of `text` (kind and labels as scanned). */
function parserBody(file: string, text: string, kind: string, labels: readonly string[]): unknown {
  let v: any = parseHcl(path.basename(file), text)[kind];
  if (labels.length === 0) return v[0];
  for (const l of labels) v = v[l];
  return v[0];
}

/** Fast reading and the parser agree on every block fast.ts accepts; returns [accepted, blocks]. */
function compareFile(file: string, text: string): [number, number] {
  const blocks = topLevelBlocks(text);
  if (!blocks) return [0, 0];
  let accepted = 0;
  for (const b of blocks) {
    const fast = fastBody(text, b.bodyStart, b.end);
    if (fast === undefined) continue;
    accepted++;
    const expected = parserBody(file, text.slice(b.start, b.end), b.kind, b.labels);
    // JSON text compares key order too; and no key may have become a prototype.
    expect({ block: `${file}: ${b.kind} ${b.labels.join(' ')}`, json: JSON.stringify(fast) }).toEqual({ block: `${file}: ${b.kind} ${b.labels.join(' ')}`, json: JSON.stringify(expected) });
    expect(Object.getPrototypeOf(fast)).toBe(Object.prototype);
  }
  return [accepted, blocks.length];
}

describe('fast.ts reads what the parser reads', () => {
  test('every accepted block of the fixtures equals the parser output', () => {
    let accepted = 0;
    let total = 0;
    const files = tfFiles(FIXTURES);
    expect(files.length).toBeGreaterThan(100);
    for (const file of files) {
      const text = fs.readFileSync(file, 'utf8');
      const [a, t] = compareFile(file, text);
      accepted += a;
      total += t;
    }
    // Most blocks written in the corpus are plain enough; the rest go to the parser.
    expect(total).toBeGreaterThan(400);
    expect(accepted / total).toBeGreaterThan(0.6);
  });

  const SNIPPETS: Record<string, string> = {
    literals: 'a = "x"\n  b = 1\n  c = 1.50\n  d = true\n  e = null\n  l = -1\n  n = []\n  o = {}',
    references: 'h = x.y[0].z\n  f = [1, "a", x.y]\n  g = { k = "v", "q r" = 2, z: 3 }',
    templates: 'j = "pre-${var.x}-${local.y[0]}"\n  k = "${var.only}"',
    blocks: 'blk {\n    s = "in"\n  }\n  blk {\n    s = "two"\n  }\n  lifecycle {\n    ignore_changes = [tags]\n  }\n  empty {}',
    multiline: 'tags = {\n    team = "p"\n    index = "${k}"\n  }\n  list = [\n    "a",\n    "b",\n  ]',
    comments: '# a comment\n  a = "x" # trailing\n  // another\n  b = 2',
    proto: 'tags = { "__proto__" = "x", constructor = "y", team = "a" }\n  __proto__ = 1',
    order: 'zeta = 1\n  Alpha = 2\n  _under = 3\n  alpha = 4\n  b2 = 5\n  b10 = 6',
    // Refused by fast.ts (then the parser reads them): each must still agree if accepted.
    calls: 'k = upper("a")\n  m = 1e3',
    escapes: 'i = "a\\nb\\"c\\\\d"\n  q = "$${x}"\n  p = "100%"',
    unicode: 'd = "审计日志"\n  e = "cafe\u0301"',
    heredoc: 'policy = <<EOF\n{"a": "${var.x}"}\nEOF',
    conditional: 'c = var.on ? 1 : 0\n  s = var.list[*].id\n  t = "${var.a}${var.b == "x" ? "y" : "z"}"',
    dynamic: 'dynamic "rule" {\n    for_each = var.rules\n    content {\n      id = rule.value\n    }\n  }',
    duplicates: 'a = 1\n  a = 2',
    numbers: 'a = 007\n  b = 12345678901234567890\n  c = -0\n  d = 0.1',
  };
  test.each(Object.entries(SNIPPETS))('%s: refused, or the parser output', (_name, body) => {
    const text = `resource "tencentcloud_cos_bucket" "b" {\n  ${body}\n}\n`;
    const blocks = topLevelBlocks(text)!;
    expect(blocks).toHaveLength(1);
    const fast = fastBody(text, blocks[0].bodyStart, blocks[0].end);
    let expected: unknown;
    try {
      expected = parserBody('main.tf', text, 'resource', ['tencentcloud_cos_bucket', 'b']);
    } catch {
      // the parser refuses it: fast.ts must not have accepted it
      expect(fast).toBeUndefined();
      return;
    }
    if (fast !== undefined) expect(JSON.stringify(fast)).toBe(JSON.stringify(expected));
    else expect(['calls', 'escapes', 'unicode', 'heredoc', 'conditional', 'dynamic', 'numbers']).toContain(_name);
  });

  test('the plain snippets are read without the parser', () => {
    for (const name of ['literals', 'references', 'templates', 'blocks', 'multiline', 'comments', 'proto', 'order']) {
      const text = `resource "t" "n" {\n  ${SNIPPETS[name]}\n}\n`;
      const b = topLevelBlocks(text)![0];
      expect({ name, read: fastBody(text, b.bodyStart, b.end) !== undefined }).toEqual({ name, read: true });
    }
  });
});

describe('skimming changes no finding', () => {
  const corpus = fs.readdirSync(CORPUS).filter((n) => fs.existsSync(path.join(CORPUS, n, 'expect.json'))).sort();
  test.each(corpus)('%s: the same findings with every resource read in full', (name) => {
    const dir = path.join(CORPUS, name);
    const findings = (readAll: boolean) => {
      let docs;
      try {
        docs = loadPath(dir, { readAll });
      } catch (e) {
        return [`error: ${(e as Error).message}`];
      }
      return docs.flatMap((d) => review(d).findings.map((f) => `${f.ruleId} ${f.code ?? ''} ${f.address ?? ''} ${f.message}`));
    };
    const full = findings(true);
    expect(findings(false)).toEqual(full);
  });
});

describe('what the scan cannot read goes whole to the parser', () => {
  function folder(files: Record<string, string>): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'skim-'));
    for (const [n, t] of Object.entries(files)) fs.writeFileSync(path.join(dir, n), t);
    return dir;
  }
  const unread = (i: number) => `resource "tencentcloud_instance" "vm${i}" {\n  instance_name = "vm-${i}"\n  tags = {\n    a = "b"\n  }\n}\n\n`;

  test('a syntax error after skimmed resources names its own line', () => {
    const text = `${unread(1)}${unread(2)}${unread(3)}resource "tencentcloud_audit_track" "t" {\n  name = "x"\n  status = = 1\n}\n`;
    const line = text.split('\n').findIndex((l) => l.includes('= = 1')) + 1;
    const dir = folder({ 'main.tf': text });
    expect(() => loadPath(dir)).toThrow(ReviewInputError);
    expect(() => loadPath(dir)).toThrow(new RegExp(`main\\.tf:${line}\\b`));
  });

  test.each([
    ['an unterminated string', `${unread(1)}resource "tencentcloud_audit_track" "t" {\n  name = "x\n}\n`],
    ['an unterminated comment', `${unread(1)}/* never closed\n`],
    ['an unterminated heredoc', `${unread(1)}resource "tencentcloud_audit_track" "t" {\n  name = <<EOF\nx\n}\n`],
    ['a closing brace too many', `${unread(1)}}\n`],
  ])('%s: the parser reports it (CA620), nothing is skimmed', (_what, text) => {
    expect(topLevelBlocks(text)).toBeUndefined();
    const dir = folder({ 'main.tf': text });
    expect(() => loadPath(dir)).toThrow(/CA620|syntax|Invalid|Unterminated|Unclosed/i);
  });

  test('a resource a kept block refers to is read in full, across files', () => {
    const dir = folder({
      'a.tf': 'resource "tencentcloud_instance" "vm" {\n  instance_name = "audit-logs-1250000000"\n}\n',
      'b.tf': 'resource "tencentcloud_audit_track" "t" {\n  name = "t"\n  action_type = "*"\n  resource_type = "*"\n  status = 1\n  event_names = ["*"]\n  read_write_attribute = 3\n  storage {\n    storage_type = "cos"\n    storage_region = "ap-guangzhou"\n    storage_name = tencentcloud_instance.vm.instance_name\n    storage_prefix = "x"\n  }\n}\n',
    });
    const vm = loadPath(dir)[0].resources.find((r) => r.address === 'tencentcloud_instance.vm')!;
    expect(vm.values.instance_name).toBe('audit-logs-1250000000');
    const skimmed = folder({ 'a.tf': 'resource "tencentcloud_instance" "vm" {\n  instance_name = "x"\n  count = 2\n}\n' });
    const vms = loadPath(skimmed)[0].resources.filter((r) => r.type === 'tencentcloud_instance');
    // Not referred to: skimmed, but its count still makes two instances.
    expect(vms.map((r) => r.address)).toEqual(['tencentcloud_instance.vm[0]', 'tencentcloud_instance.vm[1]']);
    expect(vms[0].values.instance_name).toBeUndefined();
  });

  test('skim keeps every line where the parser can name it', () => {
    const text = `${unread(1)}variable "v" {\n  default = upper("a")\n}\n${unread(2)}locals {\n  x = 1 + 2\n}\n`;
    const blocks = topLevelBlocks(text)!;
    const s = skim({ text, blocks }, () => false);
    const parsedLines = s.text.split('\n');
    const original = text.split('\n');
    parsedLines.forEach((l, i) => {
      if (l.trim() !== '') expect(original[s.lineOf(i + 1) - 1]).toBe(l);
    });
    expect(s.blocks.map((b) => `${b.kind} ${b.labels.join('.')}`)).toEqual(['resource tencentcloud_instance.vm1', 'resource tencentcloud_instance.vm2']);
  });
});
