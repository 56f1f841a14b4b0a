/**
 * A folder of `.tf` (and `.tf.json`) files read as one Terraform root module and evaluated
 * statically, as `terraform plan` would before asking the cloud: variables (defaults, tfvars
 * files, --var), locals, templates, conditionals, functions, `count` / `for_each` over known
 * values, `dynamic` blocks, and `module` blocks with local sources (followed, addresses prefixed
 * `module.<name>.`). What only the cloud knows stays unknown (see expr.ts) and is listed.
 */
import * as fs from 'fs';
import * as path from 'path';
import { HclSyntaxError, HclTooComplexError, parseHclText } from './bridge';
import { acknowledgementComments } from './comments';
import { applyParts, clearTemplateCache, Context, EvalFailure, evalString, isObj, Part, partsText, ResourceRef, Unknown, Value } from './expr';
import { addBlocks, keptResources, ScannedFile, skim, Skimmed, topLevelBlocks } from './skim';
import { convertTo, parseType } from './types';
import { dict, hasOwn } from '../../internal/dict';
import { isAcknowledgeable } from '../../rules/index';
import { MIN_REASON_LENGTH } from '../catalogue';
import { checkContained, readInputFile, realFolder } from '../files';
import { bracketNesting, budget, jsonNesting, LIMITS, measure, ReviewLimitError, startBudget } from '../limits';
import { parseJsonText, ReviewInputError } from '../load';
import { argumentLine, rawAt, referencesOf, SourceText, writtenAt } from '../locate';
import { AttributeSource, ReviewDocument, TfResource, UnknownValue, ValueOrigin } from '../model';
import type { Acknowledgement } from '../model';
import { configResource, deletedTracks, jsonResourceLines, lineAt, lineStarts, objects, providerEntry } from '../normalize';
import { isRead, readsType } from '../reads';
import { secretsOf } from '../redact';

type Json = Record<string, any>;

/** A variable value given on the command line, in order (later wins, as in Terraform). */
export type VarSource = { readonly kind: 'file'; readonly file: string } | { readonly kind: 'var'; readonly name: string; readonly value: string };

export interface HclOptions {
  readonly vars?: readonly VarSource[];
  /**
   * Read every resource in full, also those of types the review reads nothing of (skimmed
   * otherwise, see skim.ts): for looking at the evaluation itself; the findings are the same.
   * @default false
   */
  readonly readAll?: boolean;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Reads a text file of a folder, refusing binary content with the loader's codes; `roots` are the
 * folders a symbolic link may point into (CA632 otherwise). Never blocks on a FIFO (CA634).
 */
function readText(file: string, roots?: readonly string[]): string {
  const buf = readInputFile(file, LIMITS.hclFileBytes, roots);
  try {
    if (buf.indexOf(0) >= 0) throw new Error('NUL');
    const text = utf8.decode(buf);
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch {
    throw new ReviewInputError(file, 'CA612', 'is a binary file, not HCL or JSON text');
  }
}

/** Parses one file; `skimmed` is what the HCL parser is given of it (see skim.ts). */
function parseFile(file: string, text: string, skimmed?: Skimmed): Json {
  if (file.endsWith('.json')) return parseJsonText(text, file) as Json;
  try {
    if (!skimmed) return parseHclBounded(file, text);
    // Nothing left for the parser (every block read by skim.ts): it is not even loaded.
    const parsed = /^\s*$/.test(skimmed.text) ? (checkNesting(file, text), {}) : parseHclBounded(file, text, skimmed.text);
    return addBlocks(parsed, skimmed.blocks);
  } catch (e) {
    if (e instanceof HclSyntaxError) {
      const line = e.line && skimmed ? skimmed.lineOf(e.line) : e.line;
      throw new ReviewInputError(line ? `${file}:${line}` : file, 'CA620', e.detail);
    }
    throw e;
  }
}

/** The parser recurses once per nesting level on the JavaScript stack: refuse (CA630) what would overflow it. */
function checkNesting(file: string, text: string): void {
  if (bracketNesting(text) > LIMITS.nesting) throw new ReviewInputError(file, 'CA630', `too large to review: brackets nested more than ${LIMITS.nesting} deep`);
}

/**
 * parseHcl, refusing (CA630) a document nested past LIMITS.nesting before any recursion walks it,
 * and (CA631) one the parser itself cannot get through.
 */
function parseHclBounded(file: string, text: string, parsed = text): Json {
  checkNesting(file, text);
  let json: string;
  try {
    json = parseHclText(path.basename(file), parsed);
  } catch (e) {
    if (e instanceof HclTooComplexError) throw new ReviewInputError(file, 'CA631', `too complex to review: ${e.message}`);
    throw e;
  }
  if (jsonNesting(json) > LIMITS.nesting) throw new ReviewInputError(file, 'CA630', `too large to review: blocks and values nested more than ${LIMITS.nesting} deep`);
  return JSON.parse(json);
}

// ------------------------------------------------------------------ module files

interface Block {
  readonly body: Json;
  readonly file: string;
  readonly line?: number;
  /** The file's text, to find where the block's attributes are written. */
  readonly source?: SourceText;
}

interface ModuleFiles {
  readonly dir: string;
  readonly variables: Map<string, Block>;
  readonly locals: Map<string, { readonly raw: unknown; readonly file: string; readonly line?: number; readonly source?: SourceText }>;
  readonly resources: Array<{ readonly type: string; readonly name: string; readonly block: Block }>;
  /** The resources by `type.name` (the first declared): a reference is one lookup, not a scan. */
  readonly resourceByName: Map<string, { readonly type: string; readonly name: string; readonly block: Block }>;
  readonly modules: Array<{ readonly name: string; readonly block: Block }>;
  readonly outputs: Map<string, Block>;
  /** `provider "tencentcloud"` blocks (root module only: a child module takes its providers from the call). */
  readonly providers: Block[];
  /** `removed` blocks, `from` as the address written. */
  readonly removed: Array<Record<string, unknown>>;
  /** Acknowledgement comments (`# cloudaudit:skip=ID:reason`) by block: `resource.<type>.<name>` or `module.<name>`. */
  readonly acks: Map<string, Array<Acknowledgement & { readonly line: number; readonly file: string }>>;
}

/** Whether a folder holds HCL Terraform (`*.tf`). */
export function hasTfFiles(dir: string): boolean {
  try {
    return fs.readdirSync(dir).some((n) => n.endsWith('.tf'));
  } catch {
    return false;
  }
}

/** A block header: `resource "type" "name" {`, `locals {` (labels quoted or bare). */
const BLOCK_HEADER = /^[ \t]*([A-Za-z_][\w-]*)((?:[ \t]+(?:"(?:[^"\\\n]|\\.)*"|[A-Za-z_][\w-]*))*)[ \t]*\{/gm;
const BLOCK_LABEL = /"((?:[^"\\\n]|\\.)*)"|([A-Za-z_][\w-]*)/g;
/** An attribute at the start of a line: `name =` (not `==`). */
const ATTRIBUTE = /^([ \t]*)([A-Za-z_][\w-]*)[ \t]*=(?!=)/gm;

function blockKey(kind: string, labels: readonly string[]): string {
  return [kind, ...labels].join('\u0000');
}

/**
 * The lines of the blocks of one HCL file (and of the locals of its `locals` blocks), found by one
 * scan of the text when first asked, then looked up: linear in the file, whatever the number of
 * blocks (one regular expression per block made a 20,000-resource file quadratic).
 */
export function hclLines(text: string): (kind: string, labels: string[]) => number | undefined {
  let index: Map<string, number> | undefined;
  return (kind, labels) => (index ??= indexHclBlocks(text)).get(blockKey(kind, labels));
}

function indexHclBlocks(text: string): Map<string, number> {
  const index = new Map<string, number>();
  const starts = lineStarts(text);
  const lineOf = (offset: number) => lineAt(starts, offset);
  const headers: Array<{ kind: string; offset: number }> = [];
  for (const m of text.matchAll(BLOCK_HEADER)) {
    const labels: string[] = [];
    for (const l of m[2].matchAll(BLOCK_LABEL)) {
      let label = l[2] ?? l[1];
      if (l[1] !== undefined && label.includes('\\')) {
        try {
          label = JSON.parse(`"${l[1]}"`);
        } catch {
          // an escape JSON does not know: the label as written
        }
      }
      labels.push(label);
    }
    const offset = m.index + m[0].length - m[0].trimStart().length;
    const key = blockKey(m[1], labels);
    if (!index.has(key)) index.set(key, lineOf(offset));
    headers.push({ kind: m[1], offset });
  }
  // Locals: the attributes of each locals block at its first attribute's indentation, up to the next block.
  headers.forEach((h, i) => {
    if (h.kind !== 'locals') return;
    const end = i + 1 < headers.length ? headers[i + 1].offset : text.length;
    const re = new RegExp(ATTRIBUTE.source, 'gm');
    re.lastIndex = h.offset;
    let indent: string | undefined;
    for (let m = re.exec(text); m && m.index < end; m = re.exec(text)) {
      indent ??= m[1];
      const key = blockKey('local', [m[2]]);
      if (m[1] === indent && !index.has(key)) index.set(key, lineOf(m.index + m[1].length));
    }
  });
  return index;
}

/**
 * Reads the .tf and .tf.json files of one module folder. `rootReal` is the real path of the
 * reviewed folder: a file of the module that is a symbolic link must point inside it or inside the
 * module folder itself (CA632).
 */
function readModule(dir: string, rootReal: string, readAll = false): ModuleFiles {
  const mod: ModuleFiles = {
    dir,
    variables: new Map(),
    locals: new Map(),
    resources: [],
    resourceByName: new Map(),
    modules: [],
    outputs: new Map(),
    providers: [],
    removed: [],
    acks: new Map(),
  };
  const roots = [rootReal, realFolder(dir)];
  const names = fs.readdirSync(dir).filter((n) => n.endsWith('.tf') || n.endsWith('.tf.json')).sort();
  const files: Array<{ name: string; file: string } & ScannedFile> = [];
  for (const name of names) {
    const file = path.join(dir, name);
    checkContained(file, roots);
    let st: fs.Stats | undefined;
    try {
      st = fs.statSync(file);
    } catch {
      st = undefined;
    }
    if (st?.isDirectory()) continue;
    const text = readText(file, roots);
    files.push({ name, file, text, blocks: name.endsWith('.json') ? undefined : topLevelBlocks(text) });
  }
  // The resources the review reads nothing of are skimmed before the parser sees them (skim.ts).
  const kept = readAll ? undefined : keptResources(files, readsType);
  const keep = (type: string, name: string) => !kept || readsType(type) || kept.has(`${type}.${name}`);
  for (const { name, file, text, blocks } of files) {
    const doc = parseFile(file, text, skim({ text, blocks }, keep));
    const json = name.endsWith('.json');
    const hclLine = json ? undefined : hclLines(text);
    const jsonLine = json ? jsonResourceLines(text) : undefined;
    const source = new SourceText(text, json);
    const lineOf = (kind: string, labels: string[]) => (hclLine ? hclLine(kind, labels) : kind === 'resource' ? jsonLine!(labels[0], labels[1]) : undefined);
    if (!json) {
      for (const [key, list] of acknowledgementComments(text)) {
        const all = mod.acks.get(key) ?? [];
        all.push(...list.map((a) => ({ ...a, file })));
        mod.acks.set(key, all);
      }
    }
    for (const block of objects(doc.variable)) {
      for (const [n, body] of Object.entries(block)) mod.variables.set(n, { body: objects(body)[0] ?? {}, file, line: lineOf('variable', [n]), source });
    }
    for (const block of objects(doc.locals)) for (const [n, raw] of Object.entries(block)) mod.locals.set(n, { raw, file, line: hclLine ? hclLine('local', [n]) : source.jsonLine(['locals', n]) });
    for (const block of objects(doc.output)) {
      for (const [n, body] of Object.entries(block)) mod.outputs.set(n, { body: objects(body)[0] ?? {}, file });
    }
    for (const block of objects(doc.provider)) {
      for (const body of objects(block.tencentcloud)) mod.providers.push({ body, file, line: lineOf('provider', ['tencentcloud']) });
    }
    for (const block of objects(doc.module)) {
      for (const [n, body] of Object.entries(block)) mod.modules.push({ name: n, block: { body: objects(body)[0] ?? {}, file, line: lineOf('module', [n]), source } });
    }
    for (const r of objects(doc.removed)) {
      mod.removed.push({ ...r, from: typeof r.from === 'string' ? r.from.replace(/^\$\{(.*)\}$/s, '$1') : r.from });
    }
    for (const block of objects(doc.resource)) {
      for (const [type, byName] of Object.entries(block)) {
        for (const named of objects(byName)) {
          for (const [n, body] of Object.entries(named)) {
            for (const b of objects(body)) {
              const r = { type, name: n, block: { body: b, file, line: lineOf('resource', [type, n]), source } };
              mod.resources.push(r);
              if (!mod.resourceByName.has(`${type}.${n}`)) mod.resourceByName.set(`${type}.${n}`, r);
            }
          }
        }
      }
    }
  }
  return mod;
}

// ------------------------------------------------------------------ evaluation

/** Runs `fn`, naming `block` (its file and line) in a limit error that does not name a place yet. */
function atBlock<T>(block: { readonly file: string; readonly line?: number }, fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof ReviewLimitError) throw e.at({ file: block.file, line: block.line });
    throw e;
  }
}

/** Everything the evaluation finds, shared by a root module and its children. */
class Collector {
  readonly resources: TfResource[] = [];
  readonly unknowns: UnknownValue[] = [];
  readonly notices: string[] = [];
  /** Values of variables declared sensitive: never printed. */
  readonly sensitive = new Set<string>();
  /** Blocks whose acknowledgement comments were checked: one notice per comment, not per instance. */
  readonly noticedAcks = new Set<string>();
  /** Module folders read, by real path: a module called by many instances is parsed once. */
  private readonly modules = new Map<string, ModuleFiles>();

  constructor(readonly rootReal: string, private readonly readAll = false) {}

  module(dir: string): ModuleFiles {
    const real = realFolder(dir);
    let mod = this.modules.get(real);
    if (!mod) {
      mod = readModule(dir, this.rootReal, this.readAll);
      this.modules.set(real, mod);
    }
    return mod;
  }
}

const IN_PROGRESS = Symbol('in progress');
const META = new Set(['count', 'for_each', 'provider', 'depends_on', 'lifecycle', 'provisioner', 'connection', '//', 'dynamic']);

function plain(raw: unknown): string | undefined {
  return typeof raw === 'string' ? raw.replace(/^\$\{(.*)\}$/s, '$1') : undefined;
}

/** A value without unknowns, for the model: unknowns become their `${…}` string. */
function toModel(v: Value, at: string, found: Array<{ attribute: string; unknown: Unknown }>): unknown {
  budget().step();
  if (v instanceof Unknown) {
    found.push({ attribute: at, unknown: v });
    return v.render();
  }
  if (Array.isArray(v)) return v.map((x, i) => toModel(x, `${at}[${i}]`, found));
  if (isObj(v)) {
    const out: Json = dict();
    for (const k of Object.keys(v)) out[k] = toModel(v[k], at ? `${at}.${k}` : k, found);
    return out;
  }
  return v;
}

function instanceKeys(value: Value): Array<[string | number, Value]> | undefined {
  if (Array.isArray(value)) return value.map((v) => [typeof v === 'string' ? v : JSON.stringify(v), v]);
  if (isObj(value)) return Object.keys(value).sort().map((k) => [k, value[k]]);
  return undefined;
}

function keySuffix(k: string | number): string {
  return typeof k === 'number' ? `[${k}]` : `[${JSON.stringify(k)}]`;
}

function convert(v: Value, type: unknown, file: string): Value {
  const t = plain(type);
  if (v instanceof Unknown || v === null || t === undefined) return v;
  const spec = parseType(type, file);
  if (spec) return convertTo(v, spec);
  if (t === 'number' && typeof v === 'string' && v.trim() !== '' && !isNaN(Number(v))) return Number(v);
  if (t === 'bool' && (v === 'true' || v === 'false')) return v === 'true';
  if (t === 'string' && (typeof v === 'number' || typeof v === 'boolean')) return String(v);
  return v;
}

interface Bindings {
  /** count.index; unknown for the one review of a resource whose count is unknown. */
  readonly count?: number | Unknown;
  /** each.key and each.value; unknown for the one review of a resource whose for_each is unknown. */
  readonly each?: { key: string | Unknown; value: Value };
}

/** The bindings of the one review of a resource or module whose count / for_each is unknown: every instance. */
const EVERY_INSTANCE = '[*]';
function everyInstance(kind: 'count' | 'for_each', cause: readonly string[]): Bindings {
  return kind === 'count'
    ? { count: new Unknown('count.index', cause) }
    : { each: { key: new Unknown('each.key', cause), value: new Unknown('each.value', cause) } };
}

class ModuleInstance {
  private readonly vars = new Map<string, Value>();
  private readonly locals = new Map<string, Value | typeof IN_PROGRESS>();
  private readonly children = new Map<string, Value | typeof IN_PROGRESS>();
  private readonly callsByName: Map<string, { name: string; block: Block }>;
  /** Resource arguments being read through a reference (a cycle leaves them unknown). */
  private readonly reading = new Set<string>();
  /** count / for_each of repeated resources, by block (see instancesOf). */
  private readonly repeated = new Map<Block, { count?: number; each?: Map<string, Value> }>();
  /** Where each variable's value was set (a tfvars file, --var, the default, the module call): found when a finding asks. */
  private readonly varOrigins = new Map<string, readonly ValueOrigin[] | (() => readonly ValueOrigin[] | undefined)>();

  constructor(
    private readonly mod: ModuleFiles,
    /** `''` for the root, `module.a.` (with instance keys) for children. */
    private readonly prefix: string,
    private readonly rootDir: string,
    private readonly providers: Map<string, string>,
    private readonly out: Collector,
    private readonly depth: number,
    private readonly ancestors: readonly string[],
    inputs: (name: string, decl: Block) => Value | undefined,
    /** Acknowledgement comments on the module calls that lead here: they cover every resource of the module. */
    private readonly inheritedAcks: readonly Acknowledgement[] = [],
    /** Where the value `inputs` gives a variable was set. */
    inputOrigins?: (name: string) => readonly ValueOrigin[] | undefined,
  ) {
    this.callsByName = new Map(mod.modules.map((m) => [m.name, m]));
    for (const [name, decl] of mod.variables) {
      let v = atBlock(decl, () => inputs(name, decl));
      if (v !== undefined && inputOrigins !== undefined) this.varOrigins.set(name, () => inputOrigins(name));
      if (v === undefined && hasOwn(decl.body, 'default')) {
        v = atBlock(decl, () => this.evalRaw(decl.body.default, this.context(decl.file)));
        this.varOrigins.set(name, () => {
          const line = argumentLine(decl.source, ['variable', name], decl.line, 'default') ?? decl.line;
          return [{ variable: `${this.prefix}var.${name}`, kind: 'default', file: decl.file, ...(line !== undefined ? { line } : {}) }];
        });
      }
      if (v === undefined) {
        const cause = `${this.prefix}var.${name} has no value (no default${this.prefix ? ', not set by the module call' : ', not set by a tfvars file or --var'})`;
        out.unknowns.push({ attribute: `${this.prefix}var.${name}`, causes: [cause], file: decl.file, line: decl.line });
        // Module-qualified: the same variable of two module instances is two unknowns.
        v = new Unknown(`${this.prefix}var.${name}`, [cause]);
      }
      this.vars.set(name, convert(v, decl.body.type, decl.file));
      if (decl.body.sensitive === true) secretsOf(v, out.sensitive);
    }
  }

  private context(file: string, bind: Bindings = {}): Context {
    return {
      file,
      dir: this.rootDir,
      resolve: (root, parts, text) => {
        if (root === 'count' && bind.count !== undefined) return applyParts({ index: bind.count }, parts, text);
        if (root === 'each' && bind.each) return applyParts({ key: bind.each.key, value: bind.each.value }, parts, text);
        return this.resolve(root, parts, text, file);
      },
    };
  }

  /** Evaluates a raw Terraform JSON value (strings are templates); a failure becomes unknown. */
  evalRaw(raw: unknown, ctx: Context): Value {
    try {
      const v = this.evalJson(raw, ctx);
      measure(v, 'a value');
      return v;
    } catch (e) {
      if (e instanceof EvalFailure) return new Unknown('error', [e.message]);
      if (e instanceof HclSyntaxError) throw new ReviewInputError(ctx.file, 'CA620', e.detail);
      if (e instanceof HclTooComplexError) throw new ReviewInputError(ctx.file, 'CA631', `too complex to review: ${e.message}`);
      throw e;
    }
  }

  private evalJson(raw: unknown, ctx: Context): Value {
    if (typeof raw === 'string') {
      try {
        return evalString(raw, ctx);
      } catch (e) {
        if (e instanceof EvalFailure) return new Unknown('error', [e.message]);
        throw e;
      }
    }
    if (Array.isArray(raw)) return raw.map((x) => this.evalJson(x, ctx));
    if (raw !== null && typeof raw === 'object') {
      const out: Record<string, Value> = dict();
      for (const [k, v] of Object.entries(raw)) {
        if (k === 'dynamic') {
          this.expandDynamic(v, ctx, out);
          continue;
        }
        const key = k.includes('${') ? this.evalJson(k, ctx) : k;
        const name = typeof key === 'string' ? key : key instanceof Unknown ? key.render() : JSON.stringify(key);
        const value = this.evalJson(v, ctx);
        // Blocks written beside a dynamic block of the same type: both kinds are kept.
        const before = hasOwn(out, name) ? out[name] : undefined;
        out[name] = Array.isArray(before) && Array.isArray(value) && hasOwn(raw, 'dynamic') ? [...before, ...value] : value;
      }
      return out;
    }
    return raw as Value;
  }

  /** `dynamic "label" { for_each, iterator, content }` blocks, appended to `label`. */
  private expandDynamic(raw: unknown, ctx: Context, out: Record<string, Value>): void {
    for (const block of objects(raw)) {
      for (const [label, specs] of Object.entries(block)) {
        for (const spec of objects(specs)) {
          const each = this.evalJson(spec.for_each, ctx);
          const entries = instanceKeys(each);
          if (!entries) {
            out[label] = each instanceof Unknown ? new Unknown(`dynamic ${label}: ${each.text}`, each.causes) : new Unknown(`dynamic ${label}`, [`dynamic "${label}" for_each is not a list or map`]);
            continue;
          }
          const iterator = plain(spec.iterator) ?? label;
          const list = Array.isArray(out[label]) ? (out[label] as Value[]) : (out[label] = []);
          // Static blocks of the label evaluated earlier are kept (see evalJson).
          entries.forEach(([k, v], i) => {
            const sub: Context = {
              file: ctx.file,
              resolve: (root, parts, text) => (root === iterator
                ? applyParts({ key: Array.isArray(each) ? i : k, value: v }, parts, text)
                : ctx.resolve(root, parts, text)),
            };
            for (const content of objects(spec.content)) list.push(this.evalJson(content, sub));
          });
        }
      }
    }
  }

  private resolve(root: string, parts: readonly Part[], text: string, file: string): Value {
    const first = parts[0] && 'name' in parts[0] ? parts[0].name : undefined;
    switch (root) {
      case 'var': {
        const v = first !== undefined ? this.vars.get(first) : undefined;
        if (v === undefined) return new Unknown(text, [`${this.prefix}var.${first} is not declared`]);
        return applyParts(v, parts.slice(1), text);
      }
      case 'local':
        return applyParts(this.local(first ?? ''), parts.slice(1), text);
      case 'module':
        return applyParts(this.child(first ?? ''), parts.slice(1), text);
      case 'path': {
        const rel = path.relative(this.rootDir, this.mod.dir) || '.';
        const paths: Record<string, string> = { module: rel === '.' ? '.' : rel.startsWith('.') ? rel : `./${rel}`, root: '.', cwd: process.cwd() };
        return applyParts(paths, parts, text);
      }
      case 'terraform':
        return applyParts({ workspace: 'default' }, parts, text);
      case 'data':
        return new Unknown(this.prefix + text, [`${this.prefix}data.${first}.${parts[1] && 'name' in parts[1] ? parts[1].name : ''} is read from the cloud at plan time`]);
      case 'count':
      case 'each':
      case 'self':
        return new Unknown(text, [`${text} is not available here (${path.basename(file)})`]);
      default: {
        const causes = [`${this.prefix}${root}.${first ?? ''} is created by this configuration: ${text} is known after apply`];
        const decl = first !== undefined ? this.mod.resourceByName.get(`${root}.${first}`) : undefined;
        if (!decl) return new Unknown(this.prefix + text, causes);
        return applyParts(this.resourceRef(decl, `${this.prefix}${root}.${first}`, causes), parts.slice(1), text);
      }
    }
  }

  /**
   * A resource of this module as a value: its arguments are known (Terraform knows them at plan
   * time), its computed attributes (`id`, …) are not. With count / for_each, an index or key
   * reaches one instance.
   */
  private resourceRef(decl: { readonly block: Block }, address: string, causes: readonly string[], instance?: Bindings): ResourceRef {
    const body = decl.block.body;
    return new ResourceRef(address, causes, (parts) => {
      const p = parts[0];
      if (instance === undefined && (hasOwn(body, 'count') || hasOwn(body, 'for_each'))) {
        if (!('index' in p)) return undefined;
        const bind = this.instanceOf(decl.block, p.index);
        return bind && applyParts(this.resourceRef(decl, address + partsText([p]), causes, bind), parts.slice(1), address);
      }
      if (!('name' in p) || META.has(p.name) || !hasOwn(body, p.name)) {
        // A computed attribute (id, …): known after apply.
        const read = `${address}${partsText(parts)}`;
        return new Unknown(read, [`${address} is created by this configuration: ${read.slice(this.prefix.length)} is known after apply`]);
      }
      const key = `${address}.${p.name}`;
      if (this.reading.has(key)) return undefined; // an argument that refers to itself stays unknown
      this.reading.add(key);
      try {
        const v = this.evalRaw(body[p.name], this.context(decl.block.file, instance));
        return applyParts(v, parts.slice(1), `${key}${partsText(parts.slice(1))}`);
      } catch (e) {
        if (e instanceof EvalFailure) return undefined;
        throw e;
      } finally {
        this.reading.delete(key);
      }
    });
  }

  /** The count index or for_each entry `key` names, when the repetition is known and has it. */
  private instanceOf(block: Block, key: Value): Bindings | undefined {
    const instances = this.instancesOf(block);
    if (instances.count !== undefined) {
      const count = instances.count;
      return typeof key === 'number' && Number.isInteger(key) && key >= 0 && key < count ? { count: key } : undefined;
    }
    if (typeof key !== 'string' && typeof key !== 'number') return undefined;
    const value = instances.each?.get(String(key));
    return value === undefined ? undefined : { each: { key: String(key), value } };
  }

  /**
   * The count, or the for_each entries by key, of a repeated resource: evaluated once per module
   * instance, not once per reference (20,000 references to instances of one resource re-evaluated
   * and scanned its for_each each time).
   */
  private instancesOf(block: Block): { count?: number; each?: Map<string, Value> } {
    let known = this.repeated.get(block);
    if (!known) {
      const ctx = this.context(block.file);
      if (hasOwn(block.body, 'count')) {
        const n = this.evalRaw(block.body.count, ctx);
        known = { count: typeof n === 'number' ? n : typeof n === 'string' && /^[0-9]+$/.test(n) ? Number(n) : undefined };
      } else {
        const v = this.evalRaw(block.body.for_each, ctx);
        const entries = v instanceof Unknown ? undefined : instanceKeys(v);
        known = { each: entries && new Map(entries.map(([k, x]) => [String(k), x])) };
      }
      this.repeated.set(block, known);
    }
    return known;
  }

  private local(name: string): Value {
    const memo = this.locals.get(name);
    if (memo === IN_PROGRESS) return new Unknown(`local.${name}`, [`${this.prefix}local.${name} refers to itself`]);
    if (memo !== undefined) return memo;
    const decl = this.mod.locals.get(name);
    if (!decl) return new Unknown(`local.${name}`, [`${this.prefix}local.${name} is not declared`]);
    this.locals.set(name, IN_PROGRESS);
    const v = atBlock(decl, () => this.evalRaw(decl.raw, this.context(decl.file)));
    this.locals.set(name, v);
    return v;
  }

  /** The value of `module.<name>`: its outputs (a list or map of them with count / for_each). */
  private child(name: string): Value {
    const memo = this.children.get(name);
    if (memo === IN_PROGRESS) return new Unknown(`module.${name}`, [`${this.prefix}module.${name} refers to itself`]);
    if (memo !== undefined) return memo;
    const call = this.callsByName.get(name);
    if (!call) return new Unknown(`module.${name}`, [`${this.prefix}module.${name} is not declared`]);
    this.children.set(name, IN_PROGRESS);
    const v = atBlock(call.block, () => this.instantiate(call));
    this.children.set(name, v);
    return v;
  }

  private notFollowed(call: { name: string; block: Block }, why: string): Unknown {
    const address = `${this.prefix}module.${call.name}`;
    const where = call.block.line ? `${call.block.file}:${call.block.line}` : call.block.file;
    this.out.notices.push(`${where}: [CA623 ModuleNotFollowed] ${address}: ${why}; its resources are not reviewed and its outputs are unknown`);
    const cause = `${address} is not followed: ${why}`;
    this.out.unknowns.push({ address, attribute: 'source', causes: [cause], file: call.block.file, line: call.block.line });
    return new Unknown(address, [cause]);
  }

  private instantiate(call: { name: string; block: Block }): Value {
    const body = call.block.body;
    const source = typeof body.source === 'string' ? body.source : undefined;
    if (source === undefined || source.includes('${')) return this.notFollowed(call, 'its source is not a literal string');
    if (!source.startsWith('./') && !source.startsWith('../')) return this.notFollowed(call, `source "${source}" is not a local path (registry and git modules are not downloaded)`);
    const dir = path.join(this.mod.dir, source);
    if (!hasTfFiles(dir)) return this.notFollowed(call, `source "${source}" holds no .tf files`);
    // By real path: a folder linked back to one of its ancestors (a symlink loop) is a loop.
    const real = realFolder(dir);
    if (real === realFolder(this.mod.dir) || this.ancestors.includes(real)) return this.notFollowed(call, `source "${source}" calls itself`);
    if (this.depth + 1 > LIMITS.moduleDepth) {
      throw new ReviewLimitError(`module.${call.name}: modules nested more than ${LIMITS.moduleDepth} deep`, { file: call.block.file, line: call.block.line });
    }
    const mod = this.out.module(dir);
    const ctx = this.context(call.block.file);
    const make = (suffix: string, bind: Bindings): Value => {
      const bctx = this.context(call.block.file, bind);
      const providers = new Map(this.providers);
      for (const m of objects(body.providers)) {
        for (const [k, v] of Object.entries(m)) {
          const target = plain(v);
          if (target) providers.set(k, this.providers.get(target) ?? target);
        }
      }
      const address = `${this.prefix}module.${call.name}${suffix}`;
      budget().instance(address);
      const child = new ModuleInstance(mod, `${address}.`, this.rootDir, providers, this.out, this.depth + 1,
        [...this.ancestors, realFolder(this.mod.dir)], (name) => (hasOwn(body, name) && !META.has(name) && name !== 'source' && name !== 'version' && name !== 'providers' ? this.evalRaw(body[name], bctx) : undefined),
        [...this.inheritedAcks, ...this.acknowledgements(`module.${call.name}`)],
        (name) => {
          // The argument of the call, then where the values it refers to were set.
          const line = argumentLine(call.block.source, ['module', call.name], call.block.line, name) ?? call.block.line;
          const here: ValueOrigin = { variable: `${address}.var.${name}`, kind: 'module', file: call.block.file, ...(line !== undefined ? { line } : {}) };
          return [here, ...this.originsOf([body[name]], body)];
        });
      child.collect();
      return child.outputs();
    };
    const repeat = this.repetition(body, ctx, `${this.prefix}module.${call.name}`, call.block);
    if (repeat === undefined) return make('', {});
    if (repeat instanceof Unknown) {
      // Reviewed once, standing for every instance; its outputs stay unknown.
      make(EVERY_INSTANCE, everyInstance('count' in body ? 'count' : 'for_each', repeat.causes));
      return repeat;
    }
    if (repeat.kind === 'count') return repeat.keys.map((i) => make(`[${i}]`, { count: i as number }));
    const outs: Record<string, Value> = dict();
    for (const [k, v] of repeat.entries) outs[String(k)] = make(keySuffix(k), { each: { key: String(k), value: v } });
    return outs;
  }

  private outputs(): Value {
    const out: Record<string, Value> = dict();
    for (const [name, o] of this.mod.outputs) out[name] = atBlock(o, () => this.evalRaw(o.body.value, this.context(o.file)));
    return out;
  }

  /** count / for_each of a resource or module call: undefined when neither is set. */
  private repetition(body: Json, ctx: Context, address: string, block: Block):
  | undefined | Unknown | { kind: 'count'; keys: number[] } | { kind: 'for_each'; entries: Array<[string | number, Value]> } {
    const where = { file: block.file, line: block.line };
    if (hasOwn(body, 'count')) {
      const n = this.evalRaw(body.count, ctx);
      const count = typeof n === 'number' ? n : typeof n === 'string' && /^[0-9]+$/.test(n) ? Number(n) : undefined;
      if (count !== undefined) {
        // Terraform: "The given count argument value is unsuitable: must be a whole number >= 0".
        if (!Number.isInteger(count) || count < 0) return this.unknownRepetition(address, 'count', new Unknown('count', [`count is ${count}: Terraform refuses a count that is not a whole number >= 0`]), block);
        if (budget().instances + count > LIMITS.instances) {
          throw new ReviewLimitError(`${address}: count = ${count} would make more than ${LIMITS.instances.toLocaleString('en-US')} resource and module instances`, where);
        }
        return { kind: 'count', keys: [...Array(count).keys()] };
      }
      return this.unknownRepetition(address, 'count', n, block);
    }
    if (hasOwn(body, 'for_each')) {
      const v = this.evalRaw(body.for_each, ctx);
      const entries = v instanceof Unknown ? undefined : instanceKeys(v);
      if (entries && budget().instances + entries.length > LIMITS.instances) {
        throw new ReviewLimitError(`${address}: for_each over ${entries.length} keys would make more than ${LIMITS.instances.toLocaleString('en-US')} resource and module instances`, where);
      }
      if (entries) return { kind: 'for_each', entries };
      return this.unknownRepetition(address, 'for_each', v, block);
    }
    return undefined;
  }

  private unknownRepetition(address: string, what: string, v: Value, block: Block): Unknown {
    const causes = v instanceof Unknown ? v.causes : [`${what} is a ${v === null ? 'null' : typeof v}`];
    this.out.unknowns.push({ address, attribute: what, causes: [`${what} is unknown: the body is reviewed once, as ${address}${EVERY_INSTANCE} (one or more instances)`, ...causes], file: block.file, line: block.line });
    return new Unknown(address, causes);
  }

  private account(body: Json, type: string): string {
    const explicit = plain(body.provider);
    const name = explicit ?? type.split('_')[0];
    return this.providers.get(name) ?? name;
  }

  /** The root module's tencentcloud provider configurations: the accounts, and the region each creates in. */
  collectProviders(): void {
    for (const p of this.mod.providers) {
      const alias = plain(p.body.alias);
      const key = alias !== undefined ? `tencentcloud.${alias}` : 'tencentcloud';
      const found: Array<{ attribute: string; unknown: Unknown }> = [];
      // What the rules read of a provider: its region, and the account (assume_role role ARN, profile).
      const values: Json = dict();
      const ctx = this.context(p.file);
      atBlock(p, () => {
        if (hasOwn(p.body, 'region')) values.region = toModel(this.evalRaw(p.body.region, ctx), 'region', found);
        if (hasOwn(p.body, 'profile')) values.profile = toModel(this.evalRaw(p.body.profile, ctx), 'profile', found);
        const role = objects(p.body.assume_role)[0];
        if (role && hasOwn(role, 'role_arn')) values.assume_role = [{ role_arn: toModel(this.evalRaw(role.role_arn, ctx), 'assume_role[0].role_arn', found) }];
      });
      for (const f of found) this.out.unknowns.push({ address: `provider.${key}`, attribute: f.attribute, causes: [...f.unknown.causes], file: p.file, line: p.line });
      this.out.resources.push(providerEntry(key, values, p.file, 'config'));
    }
  }

  /** Evaluates every resource of this module (children are evaluated when instantiated). */
  collect(): void {
    for (const r of this.mod.resources) {
      atBlock(r.block, () => {
        const base = `${this.prefix}${r.type}.${r.name}`;
        const repeat = this.repetition(r.block.body, this.context(r.block.file), base, r.block);
        if (repeat instanceof Unknown) this.resource(r, base + EVERY_INSTANCE, everyInstance(hasOwn(r.block.body, 'count') ? 'count' : 'for_each', repeat.causes));
        else if (repeat === undefined) this.resource(r, base, {});
        else if (repeat.kind === 'count') for (const i of repeat.keys) this.resource(r, `${base}[${i}]`, { count: i });
        else for (const [k, v] of repeat.entries) this.resource(r, base + keySuffix(k), { each: { key: String(k), value: v } });
      });
    }
    for (const m of this.mod.modules) this.child(m.name);
  }

  private resource(decl: { readonly type: string; readonly name: string; readonly block: Block }, address: string, bind: Bindings): void {
    budget().instance(address);
    const { type, block } = decl;
    const ctx = this.context(block.file, bind);
    const raw = block.body;
    const evaluated: Json = dict();
    const found: Array<{ attribute: string; unknown: Unknown }> = [];
    const body: Record<string, unknown> = dict();
    for (const k of Object.keys(raw)) if (!META.has(k) || k === 'dynamic') body[k] = raw[k];
    const values = this.evalRaw(body, ctx);
    Object.assign(evaluated, toModel(values, '', found));
    if (raw.lifecycle !== undefined) evaluated.lifecycle = toModel(this.evalRaw(raw.lifecycle, ctx), 'lifecycle', found);
    if (raw.provider !== undefined) evaluated.provider = raw.provider;
    if (Array.isArray(raw.depends_on)) evaluated.depends_on = raw.depends_on.map((d: unknown) => `${this.prefix}${plain(d) ?? String(d)}`);
    if (raw['//'] !== undefined) evaluated['//'] = raw['//'];
    // Listed only where the review reads the attribute: an unknown tag is no news.
    for (const f of found) {
      if (!isRead(type, f.attribute)) continue;
      this.out.unknowns.push({ address, attribute: f.attribute, causes: [...f.unknown.causes], file: block.file, line: block.line });
    }
    const resource = configResource(type, address, evaluated, block.file, block.line, this.account(raw, type));
    resource.acknowledgements.push(...this.inheritedAcks, ...this.acknowledgements(`resource.${type}.${decl.name}`));
    (resource as { where?: AttributeSource }).where = this.attributeSource(decl);
    this.out.resources.push(resource);
  }

  /** Where the attributes of a resource block are written, and where the values reaching them were set. */
  private attributeSource(decl: { readonly type: string; readonly name: string; readonly block: Block }): AttributeSource {
    const { block } = decl;
    const source = block.source;
    const tree = () => (source === undefined ? undefined : source.json ? source.jsonObject(['resource', decl.type, decl.name]) : block.line === undefined ? undefined : source.hclBlock(block.line));
    return {
      written: (attribute) => writtenAt(tree(), attribute),
      tree,
      origins: (attribute) => {
        const at = rawAt(block.body, attribute);
        if (at === undefined) return undefined;
        const found = this.originsOf([at.raw, ...at.around], block.body);
        return found.length > 0 ? found : undefined;
      },
    };
  }

  /**
   * Where the values raw expressions refer to were set: each `var.x` (its origin), each `local.x`
   * (its line, then what it refers to), and `each.*` (what `for_each` of `repeated` refers to).
   * Literals have no origin: the expression itself is the place to edit.
   */
  private originsOf(raws: readonly unknown[], repeated?: Json, out: ValueOrigin[] = [], seen = new Set<string>()): ValueOrigin[] {
    const push = (o: ValueOrigin) => {
      const key = `${o.kind}\u0000${o.variable}\u0000${o.file ?? ''}\u0000${o.line ?? ''}`;
      if (seen.has(key)) return;
      seen.add(key);
      out.push(o);
    };
    for (const ref of referencesOf(raws)) {
      if (ref.root === 'var') {
        let known = this.varOrigins.get(ref.name);
        if (typeof known === 'function') this.varOrigins.set(ref.name, (known = known() ?? []));
        for (const o of known ?? []) push(o);
      } else if (ref.root === 'local') {
        const decl = this.mod.locals.get(ref.name);
        const key = `local\u0000${ref.name}`;
        if (decl === undefined || seen.has(key)) continue;
        seen.add(key);
        this.originsOf([decl.raw], undefined, out, seen);
        push({ variable: `${this.prefix}local.${ref.name}`, kind: 'local', file: decl.file, ...(decl.line !== undefined ? { line: decl.line } : {}) });
      } else if (ref.root === 'each' && repeated !== undefined && hasOwn(repeated, 'for_each') && !seen.has('each')) {
        seen.add('each');
        this.originsOf([repeated.for_each], undefined, out, seen);
      }
    }
    return out;
  }

  /**
   * The acknowledgement comments of a block; one naming no rule, or with a short reason, is a notice
   * (once per module folder): the first is never honoured, the second shows as ignored on the finding.
   */
  private acknowledgements(key: string): Acknowledgement[] {
    const list = this.mod.acks.get(key) ?? [];
    const seen = `${this.mod.dir}\u0000${key}`;
    if (list.length > 0 && !this.out.noticedAcks.has(seen)) {
      this.out.noticedAcks.add(seen);
      for (const a of list) {
        const where = `${a.file}:${a.line}`;
        if (!isAcknowledgeable(a.id)) {
          this.out.notices.push(`${where}: [CA602 AcknowledgementRuleUnknown] cloudaudit:skip=${a.id}: "${a.id}" is not a review rule id or a code the review reports; the comment is ignored`);
        } else if (a.reason.trim().length < MIN_REASON_LENGTH) {
          this.out.notices.push(`${where}: [CA601 AcknowledgementReasonTooShort] cloudaudit:skip=${a.id}: the reason has fewer than ${MIN_REASON_LENGTH} characters; the acknowledgement is ignored`);
        }
      }
    }
    return list.map((a) => ({ id: a.id, reason: a.reason }));
  }
}

// ------------------------------------------------------------------ variables

/** A tfvars file: its values, and the line each is set on. */
interface VarFile {
  readonly values: Record<string, Value>;
  lineOf(name: string): number | undefined;
}

/** The values of a tfvars file; `roots` as for readText (auto-loaded files of the folder), none for --var-file. */
function tfvarsValues(file: string, roots?: readonly string[]): VarFile {
  const text = readText(file, roots);
  const source = new SourceText(text, file.endsWith('.json'));
  const lineOf = (name: string) => (source.json ? source.jsonLine([name]) : source.hclTopLevel().get(name)?.[0]?.line);
  if (file.endsWith('.json')) {
    const doc = parseJsonText(text, file, 'CA621');
    if (!isObj(doc as Value)) throw new ReviewInputError(file, 'CA621', 'is not a JSON object of variable values');
    return { values: doc as Record<string, Value>, lineOf };
  }
  let doc: Json;
  try {
    doc = parseHclBounded(file, text);
  } catch (e) {
    if (e instanceof HclSyntaxError) throw new ReviewInputError(e.line ? `${file}:${e.line}` : file, 'CA620', e.detail);
    throw e;
  }
  const ctx: Context = {
    file: path.basename(file),
    resolve: (_root, _parts, t) => new Unknown(t, [`${path.basename(file)} refers to ${t}: a tfvars file holds values only`]),
  };
  const out: Record<string, Value> = dict();
  for (const [k, raw] of Object.entries(doc)) {
    try {
      out[k] = typeof raw === 'string' ? evalString(raw, ctx) : raw;
      measure(out[k], `the value of ${k}`);
    } catch (e) {
      if (e instanceof EvalFailure) out[k] = new Unknown(k, [e.message]);
      else if (e instanceof ReviewLimitError) throw e.at({ file });
      else throw e;
    }
  }
  return { values: out, lineOf };
}

/** tfvars files Terraform loads by itself from the root folder, in its order. */
function autoVarFiles(dir: string): string[] {
  const names = fs.readdirSync(dir);
  const auto = names.filter((n) => n.endsWith('.auto.tfvars') || n.endsWith('.auto.tfvars.json')).sort();
  return [...['terraform.tfvars', 'terraform.tfvars.json'].filter((n) => names.includes(n)), ...auto].map((n) => path.join(dir, n));
}

function commandLineValue(raw: string, decl: Block | undefined): Value {
  const type = plain(decl?.body.type) ?? '';
  if (/^(list|set|map|object|tuple)\b/.test(type) || (type === '' && /^\s*[[{]/.test(raw))) {
    try {
      return evalString(`\${${raw}}`, { file: '--var', resolve: (_r, _p, t) => new Unknown(t, [`--var refers to ${t}`]) });
    } catch (e) {
      if (e instanceof ReviewLimitError) throw e.at({ file: '--var' });
      throw new ReviewInputError('--var', 'CA622', `the value "${raw}" is not a valid ${type || 'HCL'} expression`);
    }
  }
  return raw;
}

/**
 * Reads the folder `dir` as a root module and evaluates it, within LIMITS: past one, a CA630 error
 * naming the file and line of the block being evaluated.
 */
export function loadHclModule(dir: string, options: HclOptions = {}): ReviewDocument {
  startBudget();
  clearTemplateCache();
  try {
    return loadBounded(dir, options);
  } catch (e) {
    if (e instanceof ReviewLimitError) {
      const where = e.where ? (e.where.line ? `${e.where.file}:${e.where.line}` : e.where.file) : dir;
      throw new ReviewInputError(where, 'CA630', e.message);
    }
    throw e;
  }
}

function loadBounded(dir: string, options: HclOptions): ReviewDocument {
  const rootReal = realFolder(dir);
  const out = new Collector(rootReal, options.readAll);
  const mod = out.module(dir);
  const assigned = new Map<string, Value>();
  // Where each value was set (the last one wins, as the value does).
  const origins = new Map<string, ValueOrigin>();
  const fromFile = (file: string, vars: VarFile) => {
    for (const [k, v] of Object.entries(vars.values)) {
      assigned.set(k, v);
      const line = vars.lineOf(k);
      origins.set(k, { variable: `var.${k}`, kind: 'tfvars', file, ...(line !== undefined ? { line } : {}) });
    }
  };
  const notices: string[] = [];
  for (const file of autoVarFiles(dir)) fromFile(file, tfvarsValues(file, [rootReal]));
  for (const src of options.vars ?? []) {
    if (src.kind === 'file') {
      if (!fs.existsSync(src.file)) throw new ReviewInputError(src.file, 'CA621', 'no such variables file (--var-file)');
      const vars = tfvarsValues(src.file);
      const undeclared = Object.keys(vars.values).filter((k) => !mod.variables.has(k)).sort();
      if (undeclared.length > 0) {
        notices.push(`${src.file}: [CA640 VarFileUndeclared] sets ${undeclared.join(', ')}, which ${dir} does not declare: not used for this root`);
      }
      fromFile(src.file, vars);
    } else {
      const decl = mod.variables.get(src.name);
      if (!decl) throw new ReviewInputError('--var', 'CA622', `"${src.name}" is not a variable declared in ${dir}`);
      assigned.set(src.name, commandLineValue(src.value, decl));
      origins.set(src.name, { variable: `var.${src.name}`, kind: 'var' });
    }
  }
  const root = new ModuleInstance(mod, '', path.resolve(dir), new Map(), out, 0, [], (name) => assigned.get(name), [],
    (name) => { const o = origins.get(name); return o && [o]; });
  root.collectProviders();
  root.collect();
  const deleted = deletedTracks({ removed: mod.removed });
  return {
    name: dir,
    file: dir,
    kind: 'terraform-hcl',
    resources: out.resources,
    unknowns: out.unknowns,
    notices: [...notices, ...out.notices],
    ...deleted.length > 0 ? { deletedTracks: deleted } : {},
    ...(out.sensitive.size > 0 ? { sensitive: [...out.sensitive] } : {}),
  };
}
