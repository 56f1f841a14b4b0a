/**
 * Issue 19, cloudaudit-review: repositories nobody here wrote, reviewed in CI where the exit code
 * gates a merge. Each case below is one the issue reproduced.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Testing, TerraformStack } from 'cdktf';
import { runReview as run } from './support';
import { AuditTrack, CosDestination, tencentcloud } from '../../src';
import { writeCall } from '../../src/internal/files';
import { hclLines } from '../../src/review/hcl/module';
import { esc } from '../../src/review/html';
import { loadPath } from '../../src/review/load';
import { ReviewDocument } from '../../src/review/model';
import { jsonResourceLines } from '../../src/review/normalize';

/** These inputs hold no tracking set on purpose: COV-004 as a warning, so the exit code is the case's. */
const NO_TRACK_EXPECTED = ['--require-tracks', 'warning'];

let tmp: string;
beforeEach(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ca-review-hostile-'));
});
afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** A folder with the given files (name -> content). */
function folder(files: Record<string, string>, dir = fs.mkdtempSync(path.join(tmp, 'tf-'))): string {
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

function load(dir: string): ReviewDocument {
  const docs = loadPath(dir);
  expect(docs).toHaveLength(1);
  return docs[0];
}

/** A tracking set with a broken name (CA101): every instance of it is an error finding. */
const brokenTrack = (forEach: string) => `
resource "tencentcloud_audit_track" "t" {
  for_each      = ${forEach}
  name          = "bad name \${each.key}"
  action_type   = "*"
  resource_type = "*"
  event_names   = ["*"]
  status        = 1
  storage {
    storage_type   = "cos"
    storage_region = "ap-guangzhou"
    storage_name   = "audit-logs"
    storage_prefix = "cloudaudit"
  }
}
`;

describe('__proto__ and other Object.prototype names are keys like any other', () => {
  const prototypeBefore = Object.getOwnPropertyNames(Object.prototype).sort();
  afterAll(() => expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeBefore));

  test('for_each = { "__proto__" = "x" } on a broken track: the instance is reviewed, exit 1', () => {
    const dir = folder({ 'main.tf': brokenTrack('{ "__proto__" = "x" }') });
    expect(load(dir).resources.map((r) => r.address)).toContain('tencentcloud_audit_track.t["__proto__"]');
    const r = run(dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('tencentcloud_audit_track.t["__proto__"]');
    expect(r.stdout).not.toContain('0 errors');
  });

  test('{__proto__=1, constructor=2, hasOwnProperty=3} gives 3 instances of 3', () => {
    const dir = folder({ 'main.tf': brokenTrack('{ "__proto__" = 1, constructor = 2, hasOwnProperty = 3 }') });
    const addresses = load(dir).resources.filter((r) => r.type === 'tencentcloud_audit_track').map((r) => r.address).sort();
    expect(addresses).toEqual(['tencentcloud_audit_track.t["__proto__"]', 'tencentcloud_audit_track.t["constructor"]', 'tencentcloud_audit_track.t["hasOwnProperty"]']);
  });

  test('a for expression, merge() and tomap() keep the key; a grouped for over it does not throw', () => {
    const dir = folder({
      'main.tf': `
locals {
  keys    = ["__proto__", "constructor", "toString"]
  byFor   = { for k in local.keys : k => k }
  merged  = merge({ "__proto__" = "a" }, { constructor = "b" })
  grouped = { for k in local.keys : k => k... }
}
${brokenTrack('merge(local.byFor, local.merged, local.grouped)')}`,
    });
    const addresses = load(dir).resources.map((r) => r.address).sort();
    expect(addresses).toEqual(['__proto__', 'constructor', 'toString'].map((k) => `tencentcloud_audit_track.t["${k}"]`));
  });

  test('tags named __proto__ are kept (HCL and .tf.json)', () => {
    const hcl = folder({ 'main.tf': 'resource "tencentcloud_cos_bucket" "b" {\n  bucket = "audit-logs-1250000000"\n  tags = { "__proto__" = "x", team = "a" }\n}\n' });
    const tags = load(hcl).resources[0].values.tags;
    expect(Object.keys(tags).sort()).toEqual(['__proto__', 'team']);
    expect(Object.getOwnPropertyDescriptor(tags, '__proto__')?.value).toBe('x');
    const json = folder({ 'main.tf.json': '{"resource": {"tencentcloud_cos_bucket": {"b": {"bucket": "audit-logs-1250000000", "__proto__": {"acl": "public-read"}, "tags": {"__proto__": "x"}}}}}' });
    const r = load(json).resources[0];
    expect(Object.getOwnPropertyDescriptor(r.values.tags, '__proto__')?.value).toBe('x');
    // An attribute named __proto__ is an attribute: its keys are not inherited by the resource.
    expect(r.values.acl).toBeUndefined();
    expect(Object.keys(r.values).sort()).toEqual(['__proto__', 'bucket', 'tags']);
  });

  test('lookup(m, "constructor", default) of a map without that key gives the default, not Object', () => {
    const dir = folder({ 'main.tf': 'locals {\n  m = { a = 1 }\n}\nresource "tencentcloud_cos_bucket" "b" {\n  bucket = "x-${lookup(local.m, "constructor", "none")}"\n  acl = try(local.m.toString, "private")\n}\n' });
    const values = load(dir).resources[0].values;
    expect(values.bucket).toBe('x-none');
    expect(values.acl).toBe('private');
  });

  test('a module input named constructor is not the Object function', () => {
    const dir = folder({
      'main.tf': 'module "m" {\n  source = "./m"\n}\n',
      'm/main.tf': 'variable "constructor" {\n  default = "fine"\n}\nresource "tencentcloud_cos_bucket" "b" {\n  bucket = "x-${var.constructor}"\n}\n',
    });
    expect(load(dir).resources[0].values.bucket).toBe('x-fine');
  });

  test('a plan whose after_unknown names __proto__ pollutes nothing', () => {
    const plan = {
      format_version: '1.2',
      resource_changes: [{
        address: 'tencentcloud_cos_bucket.b',
        type: 'tencentcloud_cos_bucket',
        mode: 'managed',
        provider_name: 'registry.terraform.io/tencentcloudstack/tencentcloud',
        change: { after: { bucket: 'audit-logs-1250000000' }, after_unknown: JSON.parse('{"__proto__": {"polluted": true, "acl": true}}') },
      }],
    };
    const file = path.join(tmp, 'plan.json');
    fs.writeFileSync(file, JSON.stringify(plan));
    expect(fs.readFileSync(file, 'utf8')).toContain('"__proto__"');
    run(file);
    expect(({} as any).polluted).toBeUndefined();
    expect(({} as any).acl).toBeUndefined();
    const r = loadPath(file)[0].resources.find((x) => x.type === 'tencentcloud_cos_bucket')!;
    expect(r.values.acl).toBeUndefined();
  });

  test('construct props with a __proto__ tag are refused at synth (CA001), never dropped silently', () => {
    const s = new TerraformStack(Testing.app(), 'example');
    new tencentcloud.provider.TencentcloudProvider(s, 'tencentcloud', { region: 'ap-hongkong' });
    const tags = JSON.parse('{"__proto__": "x", "team": "a"}');
    expect(() => new CosDestination(s, 'Logs', { bucketName: 'audit-logs', region: 'ap-hongkong', appId: '1250000000', tags })).toThrow(/\[CA001 PropsInvalid\] example\/Logs: tags\.__proto__: a key named "__proto__" cannot be synthesized/);
  });
});

/** Runs the review on `dir`: exit 2 with one CA630 line naming `where` (a file:line). */
function expectTooLarge(args: string[], where: RegExp, what: RegExp): void {
  const started = Date.now();
  const r = run(...args);
  expect(r.stdout).toBe('');
  expect(r.code).toBe(2);
  const lines = r.stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^cloudaudit-review: .*\[CA630 ReviewTooLarge\] too large to review: /);
  expect(lines[0]).toMatch(where);
  expect(lines[0]).toMatch(what);
  // Bounded (the cases ran for minutes, or for ever, before): generous, the machine is shared.
  expect(Date.now() - started).toBeLessThan(60_000);
}

const bucket = (extra: string) => `resource "tencentcloud_cos_bucket" "b" {\n  bucket = "audit-logs-1250000000"\n${extra}\n}\n`;

describe('bounded work: Terraform\'s own limits and errors, coded errors with file and line', () => {
  test.each([['1e9'], ['1e7'], ['100001']])('count = %s: CA630 at once, naming main.tf:line', (n) => {
    const dir = folder({ 'main.tf': `\n\n${bucket(`  count = ${n}`)}` });
    expectTooLarge([dir], new RegExp(`${dir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/main\\.tf:3: `), /count = \d+ would make more than 100,000 resource and module instances/);
  });

  test('count = 1.5 or -1 (Terraform refuses them): unknown, never "Invalid array length"', () => {
    for (const n of ['1.5', '-1']) {
      const dir = folder({ 'main.tf': bucket(`  count = ${n}`) });
      const r = run(dir, ...NO_TRACK_EXPECTED, '--wide');
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/count is -?1\.?5?: Terraform refuses a count that is not a whole number >= 0/);
    }
  });

  test.each([
    ['range(1, 0, 0)', /step must not be zero/],
    ['range(0, 1, 1e-10)', /more than 1024 values were generated/],
    ['range(1e7)', /more than 1024 values were generated/],
    ['range(5, 1)', /end must be greater than start when step is positive/],
    ['length(toset([for i in range(1e7) : "x${i}"]))', /more than 1024 values were generated/],
  ])('%s: Terraform\'s error, the value unknown, in bounded time', (expr, cause) => {
    // In an attribute the rules read (an unknown tag is not listed), one finding a line (--wide).
    const dir = folder({ 'main.tf': `locals {\n  n = ${expr}\n}\nresource "tencentcloud_cos_bucket" "b" {\n  bucket = "audit-logs-\${local.n}"\n}\n` });
    const started = Date.now();
    const r = run(dir, ...NO_TRACK_EXPECTED, '--wide');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(cause);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  test('range within 1024 values still works, as in Terraform', () => {
    const dir = folder({ 'main.tf': `locals {\n  n = length(range(0, 1024))\n  m = range(10, 0, -3)\n}\n${bucket('  tags = { n = "${local.n}", m = join(",", local.m) }')}` });
    expect(load(dir).resources[0].values.tags).toEqual({ n: 1024, m: '10,7,4,1' });
  });

  test('39 locals doubling with concat: CA630 (elements), not 4 GB', () => {
    const locals = ['  l0 = ["x"]', ...Array.from({ length: 39 }, (_, i) => `  l${i + 1} = concat(local.l${i}, local.l${i})`)];
    const dir = folder({ 'main.tf': `locals {\n${locals.join('\n')}\n}\n${bucket('  tags = { n = length(local.l39) }')}` });
    expectTooLarge([dir], /main\.tf/, /elements, more than 1,000,000/);
  });

  test('a list nested in itself level after level (shared, not copied): CA630 (nesting), no stack overflow', () => {
    const locals = ['  l0 = ["x"]', ...Array.from({ length: 400 }, (_, i) => `  l${i + 1} = [local.l${i}, local.l${i}]`)];
    // Referenced in order: each level is evaluated from the one before, cheaply.
    const refs = Array.from({ length: 401 }, (_, i) => `    l${i} = length(local.l${i})`);
    const dir = folder({ 'main.tf': `locals {\n${locals.join('\n')}\n}\n${bucket(`  tags = {\n${refs.join('\n')}\n  }`)}` });
    expectTooLarge([dir], /main\.tf/, /elements|nested more than 256 deep/);
  });

  test('a template that doubles its string: CA630 (string size), not "Invalid string length"', () => {
    const locals = ['  s0 = "xxxxxxxxxxxxxxxx"', ...Array.from({ length: 40 }, (_, i) => `  s${i + 1} = "\${local.s${i}}\${local.s${i}}"`)];
    const dir = folder({ 'main.tf': `locals {\n${locals.join('\n')}\n}\n${bucket('  acl = local.s40')}` });
    expectTooLarge([dir], /main\.tf/, /string of [\d,]+ characters, more than 4,194,304|characters of strings/);
  });

  test.each([
    ['format("%999999999s", "x")'],
    ['join(",", [for i in range(1000) : format("%100000s", "x")])'],
  ])('%s: CA630 (string size)', (expr) => {
    const dir = folder({ 'main.tf': bucket(`  acl = ${expr}`) });
    expectTooLarge([dir], /main\.tf:1: /, /characters/);
  });

  test('nested for expressions of a billion iterations: CA630 (evaluation steps), bounded time', () => {
    const dir = folder({ 'main.tf': bucket('  tags = { n = length(flatten([for a in range(1000) : [for b in range(1000) : [for c in range(1000) : c]]])) }') });
    expectTooLarge([dir], /main\.tf:1: /, /evaluation steps|elements/);
  });

  test('3,000 locals each referring to the one before: CA630 (depth), no stack overflow', () => {
    const locals = ['  a0 = 1', ...Array.from({ length: 3000 }, (_, i) => `  a${i + 1} = local.a${i} + 1`)];
    const dir = folder({ 'main.tf': `locals {\n${locals.join('\n')}\n}\n${bucket('  tags = { n = local.a3000 }')}` });
    expectTooLarge([dir], /main\.tf/, /nested more than 500 deep/);
  });

  test('one expression nested 5,000 parentheses deep: CA630 before the parser recurses', () => {
    const dir = folder({ 'main.tf': bucket(`  acl = ${'('.repeat(5000)}"private"${')'.repeat(5000)}`) });
    expectTooLarge([dir], /main\.tf: /, /brackets nested more than 256 deep/);
  });

  test('20,000 unary operators (no bracket): the parser\'s own overflow is CA631, and the parser is not left broken', () => {
    const dir = folder({ 'main.tf': `locals {\n  x = ${'!'.repeat(20_000)}true\n}\n${bucket('  acl = "a-${local.x}"')}` });
    const r = run(dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^cloudaudit-review: .*main\.tf: \[CA631 ReviewInputTooComplex\] too complex to review: the HCL parser could not get through it/);
    // The parser is not left broken for the next folder.
    const next = run(folder({ 'main.tf': bucket('') }), ...NO_TRACK_EXPECTED);
    expect(next.stderr).toBe('');
    expect(next.code).toBe(0);
  });

  test('a .tf.json nested 100,000 deep: CA630 before parsing', () => {
    const dir = folder({ 'main.tf.json': `{"resource": {"tencentcloud_cos_bucket": {"b": {"tags": ${'['.repeat(100_000)}${']'.repeat(100_000)}}}}}` });
    expectTooLarge([dir], /main\.tf\.json: /, /nested more than 256 deep/);
  });

  test('a plan nested 100,000 deep: CA630 before parsing', () => {
    const file = path.join(tmp, 'plan.json');
    fs.writeFileSync(file, `{"format_version": "1.2", "planned_values": {"root_module": {"resources": ${'['.repeat(100_000)}${']'.repeat(100_000)}}}}`);
    expectTooLarge([file], /plan\.json: /, /nested more than 256 deep/);
  });

  test('nested distinct modules with count = 10 each: CA630 (instances), naming the module call', () => {
    const files: Record<string, string> = { 'main.tf': 'module "m" {\n  source = "./m1"\n  count  = 10\n}\n' };
    for (let i = 1; i <= 6; i++) files[`m${i}/main.tf`] = `${bucket('')}${i < 6 ? `module "m" {\n  source = "../m${i + 1}"\n  count  = 10\n}\n` : ''}`;
    const dir = folder(files);
    expectTooLarge([dir], /m\d\/main\.tf:\d+: /, /module\.m\[\d\]\.module\.m\[\d\].*: more than 100,000 resource and module instances/);
  });

  test('modules nested 17 deep: CA630 (module depth)', () => {
    const files: Record<string, string> = { 'main.tf': 'module "m" {\n  source = "./m1"\n}\n' };
    for (let i = 1; i <= 17; i++) files[`m${i}/main.tf`] = `module "m" {\n  source = "../m${i + 1}"\n}\n`;
    files['m18/main.tf'] = bucket('');
    expectTooLarge([folder(files)], /m16\/main\.tf:1: /, /modules nested more than 16 deep/);
  });

  test.each([[2], [3]])('a symlink loop of module folders, %i calls a level: each loop is one CA623 notice, bounded', (calls) => {
    const dir = folder({ 'main.tf': 'module "a" {\n  source = "./a"\n}\n' });
    const a = path.join(dir, 'a');
    fs.mkdirSync(a);
    const callsTf = Array.from({ length: calls }, (_, i) => `module "c${i}" {\n  source = "./child"\n}\n`).join('');
    fs.writeFileSync(path.join(a, 'main.tf'), `${bucket('')}${callsTf}`);
    fs.symlinkSync('.', path.join(a, 'child'));
    const started = Date.now();
    const r = run(dir, ...NO_TRACK_EXPECTED);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(r.code).toBe(0);
    expect(r.stderr.trim().split('\n')).toHaveLength(calls);
    expect(r.stderr).toMatch(/\[CA623 ModuleNotFollowed\] module\.a\.module\.c0: source "\.\/child" calls itself/);
    expect(r.stdout.length).toBeLessThan(100_000);
  });

  describe('files that are not regular files, or too large: refused at once, never read', () => {
    const mkfifo = (p: string) => execFileSync('mkfifo', [p]);

    test('a FIFO as terraform.tfvars: CA634 at once', () => {
      const dir = folder({ 'main.tf': bucket('') });
      mkfifo(path.join(dir, 'terraform.tfvars'));
      const r = run(dir);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/terraform\.tfvars: \[CA634 ReviewInputNotRegularFile\] is a FIFO \(named pipe\), not a regular file/);
    });

    test('a FIFO and /dev/zero as --var-file: CA634 at once', () => {
      const dir = folder({ 'main.tf': bucket('') });
      const fifo = path.join(tmp, 'vars.tfvars');
      mkfifo(fifo);
      expect(run(dir, '--var-file', fifo).stderr).toMatch(/vars\.tfvars: \[CA634 ReviewInputNotRegularFile\] is a FIFO/);
      expect(run(dir, '--var-file', '/dev/zero').stderr).toMatch(/\/dev\/zero: \[CA634 ReviewInputNotRegularFile\] is a character device/);
    });

    test('terraform.tfvars linked to /dev/zero (out of the folder): CA632, never read', () => {
      const dir = folder({ 'main.tf': bucket('') });
      fs.symlinkSync('/dev/zero', path.join(dir, 'terraform.tfvars'));
      expect(run(dir).stderr).toMatch(/terraform\.tfvars: \[CA632 ReviewInputOutsideFolder\]/);
    });

    test('a FIFO as main.tf and as a plan: CA634 at once', () => {
      const dir = folder({});
      mkfifo(path.join(dir, 'main.tf'));
      expect(run(dir).stderr).toMatch(/main\.tf: \[CA634 ReviewInputNotRegularFile\]/);
      const plan = path.join(tmp, 'plan.json');
      mkfifo(plan);
      expect(run(plan).stderr).toMatch(/plan\.json: \[CA634 ReviewInputNotRegularFile\]/);
    });

    test('a 65 MB tfvars file (sparse): CA613 without reading it', () => {
      const dir = folder({ 'main.tf': bucket('') });
      const f = path.join(dir, 'terraform.tfvars');
      fs.writeFileSync(f, '');
      fs.truncateSync(f, 65 * 1024 * 1024);
      expect(run(dir).stderr).toMatch(/terraform\.tfvars: \[CA613 ReviewInputTooLarge\] is 65 MB, over the 64 MB limit/);
    });
  });
});

describe('regular expressions are RE2, as in Terraform: linear time, RE2 syntax, Go semantics', () => {
  /** The tags of one bucket whose tags are `expressions` (name -> HCL expression). */
  function evaluate(expressions: Record<string, string>): Record<string, unknown> {
    const body = Object.entries(expressions).map(([k, v]) => `    ${k} = ${v}`).join('\n');
    return load(folder({ 'main.tf': bucket(`  tags = {\n${body}\n  }`) })).resources[0].values.tags;
  }

  test('replace() with /(a+)+$/ on 40 characters (and 20,000) ends at once', () => {
    const started = Date.now();
    const tags = evaluate({
      short: `replace("${'a'.repeat(40)}b", "/(a+)+$/", "x")`,
      long: `length(replace("${'a'.repeat(20_000)}b", "/(a+)+$/", "x"))`,
      nested: `replace("${'a'.repeat(5000)}", "/(a*)*b/", "x")`,
    });
    expect(tags).toEqual({ short: `${'a'.repeat(40)}b`, long: 20_001, nested: 'a'.repeat(5000) });
    expect(Date.now() - started).toBeLessThan(5000);
  });

  test('fileset() globs are RE2 too: many stars over a long name end at once; csvdecode keeps a __proto__ column', () => {
    const dir = folder({ 'main.tf': bucket(`  tags = {\n    n = length(fileset(path.module, "${'*a'.repeat(30)}*b"))\n    c = csvdecode("__proto__,x\\n1,2")[0]["__proto__"]\n  }`) });
    fs.writeFileSync(path.join(dir, `${'a'.repeat(200)}.txt`), '');
    const started = Date.now();
    expect(load(dir).resources[0].values.tags).toEqual({ n: 0, c: '1' });
    expect(Date.now() - started).toBeLessThan(5000);
  });

  test('RE2 syntax: (?i), (?P<name>...) with $name, \\pL, \\Q...\\E', () => {
    expect(evaluate({
      i: 'replace("ABC", "/(?i)b/", "x")',
      named: 'replace("2024-03", "/(?P<y>\\\\d+)-(?P<m>\\\\d+)/", "$m/$y")',
      letters: 'replace("héllo 42", "/\\\\pL+/", "w")',
      quoted: 'replace("a.b axb", "/\\\\Qa.b\\\\E/", "q")',
    })).toEqual({ i: 'AxC', named: '03/2024', letters: 'w 42', quoted: 'q axb' });
  });

  test('Go semantics: empty matches, $1x versus ${1}x, $$', () => {
    expect(evaluate({
      empty: 'replace("abc", "/b*/", "-")',
      oneX: 'replace("ab", "/(a)(b)/", "$1x")',
      braced: 'replace("ab", "/(a)(b)/", "$${1}x$2")',
      dollar: 'replace("ab", "/a/", "$$")',
      plain: 'replace("a.b.c", ".", "-")',
    })).toEqual({ empty: '-a-c-', oneX: '', braced: 'axb', dollar: '$b', plain: 'a-b-c' });
  });

  test('regex() and regexall(), as Terraform\'s documentation shows them', () => {
    const tags = evaluate({
      plain: 'regex("[a-z]+", "53453453.345345aaabbbccc23454")',
      groups: 'join(",", regex("(\\\\d\\\\d\\\\d\\\\d)-(\\\\d\\\\d)-(\\\\d\\\\d)", "2019-02-01"))',
      scheme: 'regex("^(?:(?P<scheme>[^:/?#]+):)?(?://(?P<authority>[^/?#]*))?", "https://terraform.io/docs/").scheme',
      all: 'join(",", regexall("[a-z]+", "1234abcd5678efgh9"))',
      count: 'length(regexall("[a-z]+", "1234"))',
      can: 'can(regex("^[a-z]+$", "ABC"))',
    });
    expect(tags).toEqual({ plain: 'aaabbbccc', groups: '2019,02,01', scheme: 'https', all: 'abcd,efgh', count: 0, can: false });
  });

  test('a pattern Terraform refuses is Terraform\'s error: the value is unknown, and try() catches it', () => {
    const dir = folder({ 'main.tf': bucket('  acl = replace("a", "/(/", "x")\n  tags = { t = try(regex("(?P<a>x)(y)", "xy"), "mixed") }') });
    const doc = load(dir);
    expect(doc.resources[0].values.acl).toMatch(/^\$\{/);
    expect(doc.resources[0].values.tags).toEqual({ t: 'mixed' });
    expect(JSON.stringify(doc.unknowns)).toContain('invalid regular expression pattern');
  });
});

describe('-o: never through a link, never over an input, never a truncated report', () => {
  const plan = () => {
    const f = path.join(tmp, 'plan.json');
    fs.writeFileSync(f, JSON.stringify({ format_version: '1.2', planned_values: { root_module: {} } }));
    return f;
  };

  test('a symbolic link at the output path is refused (CA633); its target is untouched', () => {
    const target = path.join(tmp, 'precious.txt');
    fs.writeFileSync(target, 'keep me');
    const link = path.join(tmp, 'report.md');
    fs.symlinkSync(target, link);
    const r = run(plan(), '--format', 'markdown', '-o', link);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/report\.md: \[CA633 ReviewOutputRefused\] is a symbolic link/);
    expect(fs.readFileSync(target, 'utf8')).toBe('keep me');
  });

  test('--write-baseline is written as -o is: a symbolic link is refused (CA633), its target untouched', () => {
    const target = path.join(tmp, 'precious.txt');
    fs.writeFileSync(target, 'keep me');
    const link = path.join(tmp, 'baseline.json');
    fs.symlinkSync(target, link);
    const r = run(plan(), '--write-baseline', link, ...NO_TRACK_EXPECTED);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/baseline\.json: \[CA633 ReviewOutputRefused\] is a symbolic link/);
    expect(fs.readFileSync(target, 'utf8')).toBe('keep me');
  });

  test('the input as output is refused (CA633): the plan itself, a file of the reviewed folder, a hard link to it', () => {
    const p = plan();
    const before = fs.readFileSync(p, 'utf8');
    expect(run(p, '-o', p).stderr).toMatch(/plan\.json: \[CA633 ReviewOutputRefused\] is one of the inputs/);
    const hard = path.join(tmp, 'hard.json');
    fs.linkSync(p, hard);
    expect(run(p, '-o', hard).stderr).toContain('[CA633 ReviewOutputRefused]');
    expect(fs.readFileSync(p, 'utf8')).toBe(before);
    const dir = folder({ 'main.tf': bucket(''), 'prod.tfvars': 'x = 1\n' });
    const mainBefore = fs.readFileSync(path.join(dir, 'main.tf'), 'utf8');
    expect(run(dir, '-o', path.join(dir, 'main.tf')).stderr).toContain('[CA633 ReviewOutputRefused]');
    expect(run(dir, '--var-file', path.join(dir, 'prod.tfvars'), '-o', path.join(dir, 'prod.tfvars')).stderr).toContain('[CA633 ReviewOutputRefused]');
    expect(fs.readFileSync(path.join(dir, 'main.tf'), 'utf8')).toBe(mainBefore);
  });

  test('a full disk leaves the old report intact and no temporary file (CA617)', () => {
    const out = path.join(tmp, 'report.sarif');
    fs.writeFileSync(out, 'the previous report\n');
    const p = plan();
    const spy = jest.spyOn(writeCall, 'writeSync').mockImplementation((fd, buf) => {
      fs.writeSync(fd, buf, 0, 10);
      const e = new Error('ENOSPC: no space left on device, write') as NodeJS.ErrnoException;
      e.code = 'ENOSPC';
      throw e;
    });
    try {
      const r = run(p, '--format', 'sarif', '-o', out);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/report\.sarif: \[CA617 ReviewOutputUnwritable\] cannot be written: no space left on the device \(ENOSPC\); nothing was written/);
    } finally {
      spy.mockRestore();
    }
    expect(fs.readFileSync(out, 'utf8')).toBe('the previous report\n');
    expect(fs.readdirSync(tmp).sort()).toEqual(['plan.json', 'report.sarif']);
  });

  test('a report replaces the old one whole', () => {
    const out = path.join(tmp, 'report.json');
    fs.writeFileSync(out, 'x'.repeat(100_000));
    expect(run(plan(), '--format', 'json', '-o', out, ...NO_TRACK_EXPECTED).code).toBe(0);
    expect(JSON.parse(fs.readFileSync(out, 'utf8')).tool).toBe('cloudaudit-review');
  });
});

describe('untrusted text is printed inert in every format', () => {
  test('the HTML report shows every invisible character as an escape: tags, soft hyphen, Arabic letter mark, separators', () => {
    expect(esc('a\u{e0041}\u00ad\u061c\u2029\u001b<b')).toBe('a\\u{e0041}\\u{ad}\\u{61c}\\u{2029}\\u{1b}&lt;b');
    expect(esc('line\n\tcell')).toBe('line\n\tcell');
  });

  const HOSTILE = '\u001b[2J\u001b]0;owned\u0007FAKE\r\u001b[32m0 errors\u2028\u202e\u009b31m<img src=x onerror=alert(1)> [click](https://evil.example) @org/team ##[add-mask]s3cret ##vso[task.setvariable]x';
  /** Control, format and separator characters a terminal or a log would act on (\n alone is ours). */
  const UNSAFE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/;

  function hostileFolder(): string {
    const track = {
      name: `::error file=x::${HOSTILE}`,
      action_type: '*',
      resource_type: '*',
      event_names: ['*'],
      status: 1,
      storage: { storage_type: 'cos', storage_region: 'ap-guangzhou', storage_name: `b\n::add-mask::${HOSTILE}`, storage_prefix: 'cloudaudit' },
    };
    return folder({ 'main.tf.json': JSON.stringify({ resource: { tencentcloud_audit_track: { [`t${'\u001b[1A'}`]: track } } }) });
  }

  function expectInert(text: string): void {
    expect(text).not.toMatch(UNSAFE);
    for (const line of text.split('\n')) {
      expect(line.trimStart().startsWith('::')).toBe(false);
      expect(line).not.toMatch(/##\[|##vso\[/);
    }
  }

  test.each(['table', 'json', 'sarif', 'markdown', 'gitlab', 'junit'])('--format %s', (format) => {
    const r = run(hostileFolder(), '--format', format);
    expect(r.code).toBe(1);
    expectInert(r.stdout);
    expectInert(r.stderr);
    if (format === 'json' || format === 'sarif') {
      // Escaped inside JSON strings: the document still parses to the same names.
      const doc = JSON.parse(r.stdout);
      expect(JSON.stringify(doc)).toContain(JSON.stringify(`::error file=x::${HOSTILE}`).slice(1, -1));
    }
    if (format === 'table') {
      expect(r.stdout).toContain('\\x1b[2J');
      expect(r.stdout).toContain('\\r');
      expect(r.stdout).toContain('\\u202e');
      expect(r.stdout).toContain('#\\#[add-mask]');
    }
    if (format === 'markdown') {
      // No tag, no link (an unescaped "](" ), no autolink, no mention.
      expect(r.stdout).not.toMatch(/<img|(?<!\\)\]\(|https:\/\/evil|@org/);
      expect(r.stdout).toContain('&lt;img src=x onerror=alert(1)&gt; \\[click\\](https&#58;//evil.example) &#64;org/team');
    }
  });

  test('stderr: a hostile path in an error message, and in a notice', () => {
    const r = run(path.join(tmp, 'x\u001b[31m\r::error::y\u2028.json'));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^cloudaudit-review: .*x\\x1b\[31m\\r::error::y\\u2028\.json: \[CA610 ReviewInputMissing\]/);
    expectInert(r.stderr);
    const dir = folder({ 'main.tf': 'module "m" {\n  source = "::error::\\u001b[2J"\n}\n' });
    const n = run(dir);
    expect(n.stderr).toContain('[CA623 ModuleNotFollowed]');
    expectInert(n.stderr);
    expectInert(n.stdout);
  });
});

describe('line numbers are found in linear time', () => {
  test('jsonResourceLines: 100,000 resources of a 14 MB .tf.json in well under the quadratic minutes', () => {
    const resource: Record<string, Record<string, object>> = { tencentcloud_cos_bucket: {}, tencentcloud_audit_track: {} };
    for (let i = 0; i < 50_000; i++) {
      resource.tencentcloud_cos_bucket[`b${i}`] = { bucket: `audit-logs-${i}-1250000000`, acl: 'private', tags: { team: `t${i}` } };
      resource.tencentcloud_audit_track[`t${i}`] = { name: `track-${i}`, storage: { storage_name: `\${tencentcloud_cos_bucket.b${i}.bucket}` } };
    }
    const text = JSON.stringify({ resource }, null, 2);
    const lines = text.split('\n');
    const started = Date.now();
    const lineOf = jsonResourceLines(text);
    let found = 0;
    for (let i = 0; i < 50_000; i++) {
      if (lineOf('tencentcloud_cos_bucket', `b${i}`) !== undefined) found++;
      if (lineOf('tencentcloud_audit_track', `t${i}`) !== undefined) found++;
    }
    expect(Date.now() - started).toBeLessThan(5000);
    expect(found).toBe(100_000);
    expect(lines[lineOf('tencentcloud_audit_track', 't49999')! - 1].trim()).toBe('"t49999": {');
    expect(lineOf('tencentcloud_audit_track', 'missing')).toBeUndefined();
  });

  test('jsonResourceLines: the list form, escaped keys, and a "resource" key that is not the top-level one', () => {
    const text = '{\n "locals": {"resource": {"x": {"y": 1}}},\n "resource": [\n  {"tencentcloud_cos_bucket": [\n   {"a\\u0062": {}}]}\n ]\n}';
    const lineOf = jsonResourceLines(text);
    expect(lineOf('tencentcloud_cos_bucket', 'ab')).toBe(5);
    expect(lineOf('x', 'y')).toBeUndefined();
  });

  test('hclLines: 20,000 blocks and locals of one file, linear', () => {
    const blocks = Array.from({ length: 20_000 }, (_, i) => `resource "tencentcloud_cos_bucket" "b${i}" {\n  bucket = "x"\n}\n`);
    const text = `locals {\n  prefix = "a"\n  tags = {\n    team = "x"\n  }\n  team = "y"\n}\n${blocks.join('\n')}`;
    const started = Date.now();
    const lineOf = hclLines(text);
    const wrong = Array.from({ length: 20_000 }, (_, i) => i).filter((i) => lineOf('resource', ['tencentcloud_cos_bucket', `b${i}`]) !== 8 + 4 * i);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(wrong).toEqual([]);
    expect(lineOf('local', ['prefix'])).toBe(2);
    expect(lineOf('local', ['team'])).toBe(6);
  });
});

describe('low: links out of the folder, sensitive values, synth-time refusals', () => {
  test('a .tf.json, a plan and a terraform.tfvars linked out of the folder are refused (CA632), their bytes never echoed', () => {
    const secret = path.join(tmp, 'passwd');
    fs.writeFileSync(secret, 'root:x:0:0:root:/root:/bin/bash\n');
    for (const [name, files] of [['main.tf.json', {}], ['plan.json', { 'main.tf': bucket('') }], ['terraform.tfvars', { 'main.tf': bucket('') }]] as const) {
      const dir = folder(files);
      fs.symlinkSync(secret, path.join(dir, name));
      const r = run(dir);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(new RegExp(`${name.replace('.', '\\.')}: \\[CA632 ReviewInputOutsideFolder\\] is a symbolic link to a file outside the reviewed folder`));
      expect(r.stderr + r.stdout).not.toContain('root:x');
    }
  });

  test('a link inside the folder is read as before', () => {
    const dir = folder({ 'shared/buckets.tf.json': JSON.stringify({ resource: { tencentcloud_cos_bucket: { b: { bucket: 'audit-logs-1250000000' } } } }) });
    fs.symlinkSync(path.join(dir, 'shared', 'buckets.tf.json'), path.join(dir, 'main.tf.json'));
    expect(load(dir).resources.map((r) => r.address)).toEqual(['tencentcloud_cos_bucket.b']);
  });

  test('a JSON error names the line, never the text of the file', () => {
    const dir = folder({ 'main.tf.json': '{\n  "resource": root:x:0:0:root\n}' });
    const r = run(dir);
    expect(r.stderr).toMatch(/main\.tf\.json: \[CA611 ReviewInputNotJson\] is not valid JSON \(invalid JSON at line 2 column \d+\)/);
    expect(r.stderr).not.toContain('root:x');
  });

  test('a sensitive = true variable\'s value is never printed, in any format', () => {
    const dir = folder({
      'main.tf': `variable "app_id" {
  sensitive = true
  default   = "1250077777"
}
variable "names" {
  sensitive = true
  default   = { a = "hidden-track-name" }
}
resource "tencentcloud_cos_bucket" "b" {
  bucket = "audit-logs-\${var.app_id}"
  acl    = "public-read"
}
resource "tencentcloud_audit_track" "t" {
  name          = "\${var.names.a} !"
  action_type   = "*"
  resource_type = "*"
  event_names   = ["*"]
  status        = 1
  storage {
    storage_type   = "cos"
    storage_region = "ap-guangzhou"
    storage_name   = tencentcloud_cos_bucket.b.bucket
    storage_prefix = "cloudaudit"
  }
}
`,
    });
    for (const format of ['table', 'json', 'sarif', 'markdown', 'gitlab', 'junit']) {
      const r = run(dir, '--format', format);
      expect(r.code).toBe(1);
      expect(r.stdout + r.stderr).not.toContain('1250077777');
      expect(r.stdout + r.stderr).not.toContain('hidden-track-name');
      expect(r.stdout).toContain('(sensitive value)');
    }
    // The value is still judged: the track's name breaks CA101, the bucket's ACL STO-001.
    expect(run(dir, '--format', 'json').stdout).toMatch(/CA101[\s\S]*STO-001|STO-001[\s\S]*CA101/);
  });

  test('retentionDays: 1e308 is refused at synth (CA207), as terraform validate would', () => {
    const s = new TerraformStack(Testing.app(), 'example');
    new tencentcloud.provider.TencentcloudProvider(s, 'tencentcloud', { region: 'ap-hongkong' });
    expect(() => new CosDestination(s, 'Logs', { bucketName: 'audit-logs', region: 'ap-hongkong', appId: '1250000000', retentionDays: 1e308 })).toThrow(/\[CA207 RetentionInvalid\] example\/Logs: retentionDays: 1e\+308 is more than 9007199254740991 days/);
    expect(() => new CosDestination(s, 'Logs2', { bucketName: 'audit-logs2', region: 'ap-hongkong', appId: '1250000000', retentionDays: 3650 })).not.toThrow();
  });

  test('a construct id holding ${var.x} (or %{) is refused at synth (CA002)', () => {
    const s = new TerraformStack(Testing.app(), 'example');
    new tencentcloud.provider.TencentcloudProvider(s, 'tencentcloud', { region: 'ap-hongkong' });
    expect(() => new CosDestination(s, 'Logs${var.x}', { bucketName: 'audit-logs', region: 'ap-hongkong', appId: '1250000000' })).toThrow(/\[CA002 ConstructPathInvalid\] example\/Logs\$\{var\.x\}: id: the construct path "example\/Logs\$\{var\.x\}" holds "\$\{"/);
    const d = new CosDestination(s, 'Logs', { bucketName: 'audit-logs', region: 'ap-hongkong', appId: '1250000000' });
    expect(() => new AuditTrack(s, 'Track%{if true}', { trackName: 'org-audit', destination: d })).toThrow(/\[CA002 ConstructPathInvalid\]/);
  });
});
