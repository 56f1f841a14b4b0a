/**
 * The standing hostile-input fuzzer (issue 19): structure-aware, seeded generators of HCL folders
 * and of DescribeAuditTracks responses, run through both commands in-process. Invariants:
 * - no uncoded exit: 0, 1, or 2 with every stderr line carrying a code; no exception escapes;
 * - bounded time (per case) and memory (resident size after each case);
 * - no prototype pollution (Object.prototype is unchanged);
 * - printed output free of control, format and separator characters and of CI commands;
 * - cloudaudit-import: the generated TypeScript parses (TypeScript compiler API) and every
 *   API-derived value sits inside a string literal (planted markers, test/support/generated-ts.ts).
 * Budget: HOSTILE_FUZZ_RUNS cases per part (default 1000, and 2.5 times as many DescribeAuditTracks responses; `npm run fuzz` sets 5000), each part
 * also stopped after HOSTILE_FUZZ_SECONDS (default 25) so the normal run stays under a minute.
 * The seed is HOSTILE_FUZZ_SEED (default 19): a failure prints its seed and path, replayed with
 * HOSTILE_FUZZ_SEED=<seed> HOSTILE_FUZZ_PATH=<path>.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as fc from 'fast-check';
import { main as importMain } from '../../src/import/cli';
import { main as reviewMain } from '../../src/review/cli';
import { checkGeneratedFile } from '../support/generated-ts';

const RUNS = Number(process.env.HOSTILE_FUZZ_RUNS) || 1000;
const SECONDS = Number(process.env.HOSTILE_FUZZ_SECONDS) || 25;
const SEED = Number(process.env.HOSTILE_FUZZ_SEED) || 19;
/** Wall time one case may take (generous: the machine is shared). */
const CASE_MS = 30_000;
/** Resident memory the process may reach after a case. */
const MAX_RSS = 2.5 * 1024 ** 3;
const MARK = 'QZX';

/** What a terminal or a CI log would act on: controls (but the \n of our own lines), format and separator characters. */
const UNSAFE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/;
const PROTOTYPE = Object.getOwnPropertyNames(Object.prototype).sort().join(',');

const counts = { hcl: { 0: 0, 1: 0, 2: 0 } as Record<number, number>, json: { 0: 0, 1: 0, 2: 0 } as Record<number, number> };
const started = Date.now();
let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ca-hostile-fuzz-'));
});
afterAll(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  // One summary line: the counts of this run (exit codes per part) and its time.
  console.log(`hostile fuzz (seed ${SEED}): HCL ${sum(counts.hcl)} cases (exit 0/1/2: ${counts.hcl[0]}/${counts.hcl[1]}/${counts.hcl[2]}), `
    + `DescribeAuditTracks ${sum(counts.json)} cases (exit 0/1/2: ${counts.json[0]}/${counts.json[1]}/${counts.json[2]}), ${seconds} s`);
});

function sum(c: Record<number, number>): number {
  return c[0] + c[1] + c[2];
}

function capture(main: (argv: string[], io: { stdout: (t: string) => void; stderr: (t: string) => void }) => number, argv: string[]) {
  let stdout = '';
  let stderr = '';
  const t0 = Date.now();
  const code = main(argv, { stdout: (t) => { stdout += t; }, stderr: (t) => { stderr += t; } });
  process.exitCode = 0;
  return { code, stdout, stderr, ms: Date.now() - t0 };
}

/** The invariants every run of either command keeps. */
function expectSafe(tool: string, r: ReturnType<typeof capture>): void {
  if (![0, 1, 2].includes(r.code)) throw new Error(`exit ${r.code}`);
  const lines = r.stderr.split('\n').filter((l) => l !== '');
  const uncoded = lines.filter((l) => !new RegExp(`^${tool}: .*\\[(CA\\d{3}) [A-Za-z]+\\]`).test(l));
  if (uncoded.length > 0) throw new Error(`uncoded stderr: ${JSON.stringify(uncoded[0].slice(0, 300))}`);
  if (r.code === 2 && lines.length === 0) throw new Error('exit 2 without a line');
  for (const [name, text] of [['stdout', r.stdout], ['stderr', r.stderr]]) {
    const bad = UNSAFE.exec(text);
    if (bad) throw new Error(`${name} holds U+${bad[0].codePointAt(0)!.toString(16)} near ${JSON.stringify(text.slice(Math.max(0, bad.index - 40), bad.index + 10))}`);
    const command = text.split('\n').find((l) => l.trimStart().startsWith('::') || /##\[|##vso\[/.test(l));
    if (command !== undefined) throw new Error(`${name} holds a CI command: ${JSON.stringify(command.slice(0, 200))}`);
  }
  if (r.ms > CASE_MS) throw new Error(`took ${r.ms} ms`);
  if (process.memoryUsage().rss > MAX_RSS) throw new Error(`resident memory ${process.memoryUsage().rss} bytes`);
  if (Object.getOwnPropertyNames(Object.prototype).sort().join(',') !== PROTOTYPE || ({} as any).polluted !== undefined) {
    throw new Error('Object.prototype was changed');
  }
}

// ---------------------------------------------------------------- pieces of hostile text

/** `arb` one time in `n`, else undefined. */
const sometimes = <T>(arb: fc.Arbitrary<T>, n = 5): fc.Arbitrary<T | undefined> =>
  fc.oneof({ weight: n - 1, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: arb });

/** Characters that break things: controls, separators, bidi, quotes, template starts, CI commands. */
const NASTY = ['\u001b[2J', '\u001b]0;t\u0007', '\r', '\n', '\u2028', '\u2029', '\u202e', '\u0000', '\u009b', '\ufeff', '\ud800', "'", '"', '\\', '*/', '${', '%{', '::error::x', '##[add-mask]', '<img src=x>', '[a](https://e)', '@team', '__proto__', 'constructor', '东京', '😀'];
const nastyText = fc.array(fc.oneof(fc.constantFrom(...NASTY.filter((x) => x !== '\ud800')), fc.string({ maxLength: 6 }), fc.constantFrom('a', 'audit-logs', '1250000000', 'ap-guangzhou')), { maxLength: 6 }).map((xs) => xs.join(''));
/** Hostile text with the marker after every piece: any piece that escapes a literal carries one. */
const markedText = fc.array(fc.oneof(fc.constantFrom(...NASTY), fc.string({ maxLength: 4 })), { minLength: 1, maxLength: 5 }).map((xs) => xs.map((x) => `${x}${MARK}`).join(''));

// ---------------------------------------------------------------- HCL

/** An HCL quoted string holding `s` (escapes for what a quoted string cannot hold raw). */
function hclString(s: string): string {
  return `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\$\{/g, () => '$${').replace(/%\{/g, () => '%%{')
    .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}"`;
}

const KEYS = ['__proto__', 'constructor', 'hasOwnProperty', 'toString', 'a', 'name', 'tags', 'b-c'];
const key = fc.oneof(fc.constantFrom(...KEYS).map((k) => (/^[a-z_][\w-]*$/i.test(k) && k !== '__proto__' ? k : hclString(k))), nastyText.map(hclString));
const number = fc.oneof(fc.constantFrom('0', '1', '-1', '1.5', '1e9', '1e7', '1e308', '1024', '100001', '0.0000000001'), fc.integer({ min: -5, max: 2000 }).map(String));
const reference = fc.constantFrom('local.a', 'local.b', 'local.m', 'var.v', 'var.secret', 'each.key', 'count.index', 'tencentcloud_cos_bucket.b.bucket', 'module.m.out', 'data.x.y.z', 'local.missing');
const pattern = fc.oneof(fc.constantFrom('(a+)+$', '(?i)b', '(?P<n>\\\\d+)', '(', '[', 'a{1001}', '(a*)*b', '\\\\pL+', '(?P<a>x)(y)', ''), nastyText).map((p) => `/${p}/`);

const expr: fc.Arbitrary<string> = fc.letrec<{ e: string }>((tie) => ({
  e: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    nastyText.map(hclString),
    number,
    fc.constantFrom('true', 'false', 'null'),
    reference,
    fc.array(tie('e'), { maxLength: 4 }).map((xs) => `[${xs.join(', ')}]`),
    fc.uniqueArray(fc.tuple(key, tie('e')), { maxLength: 4, selector: ([k]) => k }).map((kv) => `{ ${kv.map(([k, v]) => `${k} = ${v}`).join(', ')} }`),
    fc.tuple(fc.constantFrom('range', 'concat', 'merge', 'flatten', 'toset', 'distinct', 'length', 'join', 'format', 'lookup', 'keys', 'values', 'jsonencode', 'min', 'max', 'split', 'upper', 'substr', 'element', 'coalesce', 'tomap', 'regexall'),
      fc.array(tie('e'), { maxLength: 3 })).map(([f, args]) => `${f}(${args.join(', ')})`),
    fc.tuple(tie('e'), pattern, tie('e')).map(([s, p, r]) => `replace(${s}, ${hclString(p)}, ${r})`),
    fc.tuple(pattern, tie('e')).map(([p, s]) => `regex(${hclString(p.slice(1, -1))}, ${s})`),
    fc.tuple(fc.constantFrom('%s', '%d', '%999999999s', '%.200f', '%v', '%q'), tie('e')).map(([f, v]) => `format(${hclString(f)}, ${v})`),
    fc.tuple(tie('e'), fc.constantFrom('+', '==', '&&', '*', '>'), tie('e')).map(([a, op, b]) => `(${a} ${op} ${b})`),
    fc.tuple(tie('e'), tie('e'), tie('e')).map(([c, a, b]) => `${c} ? ${a} : ${b}`),
    fc.tuple(tie('e')).map(([c]) => `[for k, v in ${c} : v]`),
    fc.tuple(tie('e')).map(([c]) => `{ for k, v in ${c} : k => v... }`),
    fc.tuple(tie('e')).map(([e]) => `"prefix-\${${e}}-suffix"`),
    fc.tuple(tie('e')).map(([e]) => `try(${e}, "fallback")`),
    fc.oneof({ weight: 9, arbitrary: fc.integer({ min: 1, max: 40 }) }, { weight: 1, arbitrary: fc.integer({ min: 1, max: 3000 }) }).map((k) => `${'('.repeat(k)}1${')'.repeat(k)}`),
  ),
})).e;

const block = fc.oneof(
  fc.tuple(fc.constantFrom('tencentcloud_audit_track', 'tencentcloud_cos_bucket', 'tencentcloud_cls_topic'), fc.constantFrom('t', 'b', '__proto__'),
    fc.option(fc.oneof(expr.map((e) => `count = ${e}`), expr.map((e) => `for_each = ${e}`)), { nil: undefined }),
    fc.uniqueArray(fc.tuple(fc.constantFrom('name', 'bucket', 'acl', 'tags', 'status', 'storage_name', 'period', 'topic_name', 'event_names'), expr), { maxLength: 5, selector: ([k]) => k }))
    .map(([type, name, repeat, attrs]) => `resource "${type}" "${name}" {\n${repeat ? `  ${repeat}\n` : ''}${attrs.map(([k, v]) => `  ${k} = ${v}`).join('\n')}\n  storage {\n    storage_name = ${attrs.length ? attrs[0][1] : '"x"'}\n  }\n}\n`),
  fc.uniqueArray(fc.tuple(fc.constantFrom('a', 'b', 'm', 'n'), expr), { minLength: 1, maxLength: 4, selector: ([k]) => k }).map((ls) => `locals {\n${ls.map(([k, v]) => `  ${k} = ${v}`).join('\n')}\n}\n`),
  fc.tuple(fc.constantFrom('v', 'secret'), fc.boolean(), expr).map(([n, sensitive, d]) => `variable "${n}" {\n  sensitive = ${sensitive}\n  default = ${d}\n}\n`),
  fc.tuple(fc.constantFrom('./m', '.', '../', './missing', 'registry/x/y'), fc.option(expr, { nil: undefined })).map(([src, count]) => `module "m" {\n  source = "${src}"\n${count ? `  count = ${count}\n` : ''}}\n`),
  fc.tuple(expr).map(([e]) => `output "out" {\n  value = ${e}\n}\n`),
);

/** A folder: main.tf and maybe a module, a tfvars file, a .tf.json; sometimes the text is cut or spliced. */
const hclFolder = fc.record({
  main: fc.array(block, { minLength: 1, maxLength: 5 }).map((bs) => bs.join('\n')),
  module: fc.option(fc.array(block, { maxLength: 3 }).map((bs) => bs.join('\n')), { nil: undefined }),
  tfvars: fc.option(fc.uniqueArray(fc.tuple(fc.constantFrom('v', 'secret', '__proto__'), expr), { maxLength: 3, selector: ([k]) => k }).map((vs) => vs.map(([k, v]) => `${k} = ${v}`).join('\n')), { nil: undefined }),
  json: sometimes(fc.oneof(
    { weight: 4, arbitrary: fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify({ resource: { tencentcloud_cos_bucket: { b: v } } })) },
    { weight: 1, arbitrary: fc.integer({ min: 1, max: 100_000 }).map((k) => `{"resource": ${'['.repeat(k)}${']'.repeat(k)}}`) },
  ), 3),
  cut: sometimes(fc.tuple(fc.nat(), fc.constantFrom('', '{', '"', '${', '\u0000', '\u001b', ')', '<<EOT\n')), 6),
});

// ---------------------------------------------------------------- DescribeAuditTracks

/** Any JSON value, hostile strings and prototype keys included. */
const anyJson: fc.Arbitrary<unknown> = fc.letrec<{ v: unknown }>((tie) => ({
  v: fc.oneof({ depthSize: 'small' }, markedText, fc.integer(), fc.double(), fc.boolean(), fc.constant(null),
    fc.array(tie('v'), { maxLength: 3 }),
    fc.array(fc.tuple(fc.oneof(fc.constantFrom('__proto__', 'constructor', 'Name'), fc.string({ maxLength: 5 })), tie('v')), { maxLength: 3 }).map((kv) => Object.fromEntries(kv))),
})).v;
const field = <T>(good: fc.Arbitrary<T>) => fc.oneof({ weight: 30, arbitrary: good }, { weight: 1, arbitrary: anyJson });
const storage = fc.record({
  StorageType: field(fc.oneof({ weight: 20, arbitrary: fc.constantFrom('cos', 'cls') }, { weight: 1, arbitrary: fc.constant('ckafka') })),
  StorageRegion: field(fc.oneof(fc.constant('ap-guangzhou'), markedText)),
  StorageName: field(fc.oneof(fc.constant('audit-logs'), markedText)),
  StoragePrefix: field(fc.oneof(fc.constant('cloudaudit'), markedText)),
  StorageAccountId: fc.option(field(fc.oneof(fc.constant('100012345678'), markedText)), { nil: undefined }),
  StorageAppId: fc.option(field(fc.oneof(fc.constant('1250000001'), markedText)), { nil: undefined }),
}, { requiredKeys: ['StorageType', 'StorageRegion', 'StorageName', 'StoragePrefix'] });
const trackJson = fc.record({
  Name: field(fc.oneof(fc.constantFrom('console-audit', 'org_audit_01'), markedText)),
  ActionType: field(fc.constantFrom('*', 'Read', 'Write', 'write')),
  ResourceType: field(fc.constantFrom('*', 'cam', 'cvm')),
  Status: field(fc.oneof({ weight: 30, arbitrary: fc.constantFrom(0, 1) }, { weight: 1, arbitrary: fc.constant(2) })),
  EventNames: field(fc.oneof(fc.constant(['*']), fc.array(fc.oneof(fc.constantFrom('CreateUser', '*'), markedText), { maxLength: 4 }))),
  Storage: field(storage),
  CreateTime: field(fc.oneof({ weight: 40, arbitrary: fc.constant('2024-03-18 10:21:07') }, { weight: 1, arbitrary: markedText }, { weight: 1, arbitrary: fc.constant('x'.repeat(2000)) })),
  TrackId: field(fc.oneof(fc.integer({ min: 1, max: 1e6 }), fc.constant('24283'))),
  TrackForAllMembers: fc.option(field(fc.constantFrom(0, 1)), { nil: undefined }),
}, { requiredKeys: ['Name', 'ActionType', 'ResourceType', 'Status', 'EventNames', 'Storage', 'CreateTime', 'TrackId'] });
const describeTracks = fc.record({
  envelope: fc.boolean(),
  tracks: fc.oneof({ weight: 12, arbitrary: fc.array(trackJson, { minLength: 1, maxLength: 3 }) }, { weight: 1, arbitrary: fc.constant([]) }),
  totalCount: sometimes(fc.integer({ min: 0, max: 10 }), 8),
  protoKey: fc.oneof({ weight: 5, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
  cut: sometimes(fc.nat(), 10),
});

// ---------------------------------------------------------------- the properties

let n = 0;
function fresh(): string {
  const dir = path.join(tmp, `c${n++}`);
  fs.mkdirSync(dir);
  return dir;
}

function splice(text: string, cut: [number, string] | undefined): string {
  if (!cut) return text;
  const at = cut[0] % (text.length + 1);
  return text.slice(0, at) + cut[1] + text.slice(at);
}

const params = (runs: number) => ({
  seed: SEED,
  numRuns: runs,
  interruptAfterTimeLimit: SECONDS * 1000,
  markInterruptAsFailure: false,
  endOnFailure: true,
  // HOSTILE_FUZZ_PATH replays one case (the path a failure prints), with its seed.
  ...(process.env.HOSTILE_FUZZ_PATH ? { path: process.env.HOSTILE_FUZZ_PATH } : {}),
});

test('cloudaudit-review on hostile HCL folders: coded exits, bounded, inert output, no pollution', () => {
  fc.assert(fc.property(hclFolder, (f) => {
    const dir = fresh();
    fs.writeFileSync(path.join(dir, 'main.tf'), splice(f.main, f.cut));
    if (f.module !== undefined) {
      fs.mkdirSync(path.join(dir, 'm'));
      fs.writeFileSync(path.join(dir, 'm', 'main.tf'), f.module);
    }
    if (f.tfvars !== undefined) fs.writeFileSync(path.join(dir, 'terraform.tfvars'), f.tfvars);
    if (f.json !== undefined) fs.writeFileSync(path.join(dir, 'extra.tf.json'), f.json);
    const format = (['table', 'json', 'markdown', 'sarif'] as const)[n % 4];
    const r = capture(reviewMain, [dir, '--format', format]);
    expectSafe('cloudaudit-review', r);
    counts.hcl[r.code]++;
    fs.rmSync(dir, { recursive: true, force: true });
  }), params(RUNS));
}, (SECONDS + 60) * 1000);

test('cloudaudit-import on hostile DescribeAuditTracks JSON: coded exits, every API value in a string literal', () => {
  fc.assert(fc.property(describeTracks, (d) => {
    const dir = fresh();
    // Distinct TrackIds and names most of the time (a repeated one is a CA913 of its own).
    const tracks = (d.tracks as Array<Record<string, unknown>>).map((t, i) => ({
      ...t,
      ...(typeof t.TrackId === 'number' ? { TrackId: t.TrackId * 10 + i } : typeof t.TrackId === 'string' ? { TrackId: `${t.TrackId}${i}` } : {}),
      ...(typeof t.Name === 'string' ? { Name: `${t.Name}${i}` } : {}),
    }));
    const body: Record<string, unknown> = { Tracks: tracks, ...(d.totalCount !== undefined ? { TotalCount: d.totalCount } : {}) };
    let text = JSON.stringify(body);
    if (d.protoKey) text = text.replace(/^\{/, '{"__proto__": {"Tracks": []}, ');
    if (d.envelope) text = `{"Response": ${text}}`;
    if (d.cut !== undefined) text = text.slice(0, d.cut % (text.length + 1));
    const file = path.join(dir, 'tracks.json');
    fs.writeFileSync(file, text);
    const r = capture(importMain, [file]);
    expectSafe('cloudaudit-import', r);
    if (r.code !== 2) {
      const report = checkGeneratedFile(r.stdout, MARK);
      if (report.syntaxErrors.length > 0) throw new Error(`the generated file does not parse: ${report.syntaxErrors[0]}`);
      if (report.outside.length > 0) throw new Error(`an API value outside a string literal: ${JSON.stringify(report.outside[0].line)}`);
    }
    counts.json[r.code]++;
    fs.rmSync(dir, { recursive: true, force: true });
  }), params(Math.round(RUNS * 2.5)));
}, (SECONDS + 60) * 1000);
