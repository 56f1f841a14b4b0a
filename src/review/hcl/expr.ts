/**
 * Static evaluation of Terraform expressions, walking the syntax tree HashiCorp's parser gives
 * (bridge.ts). What cannot be known before apply (data sources, resource attributes, variables
 * without a value, functions we do not evaluate) becomes an `Unknown` carrying its reasons; an
 * unknown is never an error, it flows through operators and functions as Terraform's unknowns do.
 */
import { Ast, expressionAst } from './bridge';
import { FUNCTIONS_MORE } from './functions';
import { concatParts, partialCall } from './partial';
import { PatternError, regex, regexall, replaceAll } from './re2';
import { dict, hasOwn } from '../../internal/dict';
import { bracketNesting, budget, checkElements, checkString, LIMITS, measure, ReviewLimitError } from '../limits';

/** Longest expression text an unknown keeps (what it names is at its start). */
const MAX_UNKNOWN_TEXT = 1000;
/** Most causes an unknown lists. */
const MAX_CAUSES = 20;

/** A value known only after apply, or not known to the review. */
export class Unknown {
  /** Expression text (without `${}`) naming what it depends on, module-qualified. */
  readonly text: string;
  /** Why it is unknown, e.g. `var.app_id has no value`. */
  readonly causes: readonly string[];
  /** The model string when it is a template with known parts, e.g. `audit-${var.app_id}`. */
  readonly rendered?: string;

  constructor(text: string, causes: readonly string[], rendered?: string) {
    // Bounded: an unknown combined with itself level after level (a local doubling another) must
    // not double its text, its rendering or its causes with it.
    this.text = text.length > MAX_UNKNOWN_TEXT ? `${text.slice(0, MAX_UNKNOWN_TEXT)}…` : text;
    this.causes = causes.length > MAX_CAUSES ? [...causes.slice(0, MAX_CAUSES), `and ${causes.length - MAX_CAUSES} more`] : causes;
    this.rendered = rendered !== undefined && rendered.length <= LIMITS.stringChars ? rendered : undefined;
  }

  /** The model's convention for unknowns: a string holding `${`. */
  render(): string {
    return this.rendered ?? `\${${this.text}}`;
  }
}

/**
 * A string with known parts and unknown ones (a new kind of value, see partial.ts): the known text
 * is kept, and each unknown stays the same symbol (its text) wherever it flows.
 */
export class PartialString extends Unknown {
  constructor(readonly pieces: ReadonlyArray<string | Unknown>) {
    const symbols = pieces.filter((p): p is Unknown => p instanceof Unknown);
    super(
      [...new Set(symbols.map((s) => s.text))].join(', '),
      [...new Set(symbols.flatMap((s) => s.causes))],
      pieces.map((p) => (typeof p === 'string' ? p : `\${${p.text}}`)).join(''),
    );
  }
}

/**
 * A managed resource of the configuration: unknown as a whole (and in its computed attributes),
 * but the arguments it is given are known, as Terraform knows them at plan time.
 * `read(parts)` gives the value `parts` reach when the configuration sets it, else undefined.
 */
export class ResourceRef extends Unknown {
  constructor(text: string, causes: readonly string[], readonly read: (parts: readonly Part[]) => Value | undefined) {
    super(text, causes);
  }
}

export type Value = string | number | boolean | null | Value[] | { [k: string]: Value } | Unknown;
type Obj = { [k: string]: Value };

/** An evaluation that Terraform would refuse (caught by `try`; otherwise the value is unknown). */
export class EvalFailure extends Error {}

export type Part = { readonly name: string } | { readonly index: Value };

/** What names resolve to: supplied by the module evaluator. */
export interface Context {
  /** File of the expression (for the parser's messages). */
  readonly file: string;
  /** Folder the file functions (`file`, `fileset`, …) read relative paths from: the root module's. */
  readonly dir?: string;
  /** The value of `root.parts…` for a root the expression itself does not bind. */
  resolve(root: string, parts: readonly Part[], text: string): Value;
}

export function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Unknown);
}

/** Causes of every unknown inside a value. */
export function unknownsIn(v: Value, out: Unknown[] = []): Unknown[] {
  if (v instanceof Unknown) out.push(v);
  else if (Array.isArray(v)) for (const x of v) unknownsIn(x, out);
  else if (isObj(v)) for (const k of Object.keys(v)) unknownsIn(v[k], out);
  return out;
}

function merged(text: string, from: readonly Unknown[]): Unknown {
  const causes = [...new Set(from.flatMap((u) => u.causes))];
  return new Unknown(text, causes);
}

export function typeName(v: Value): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'list';
  if (v instanceof Unknown) return 'unknown';
  return typeof v === 'object' ? 'object' : typeof v;
}

/** Applies `.name` and `[index]` steps; unknowns propagate with the path appended. */
export function applyParts(value: Value, parts: readonly Part[], text: string): Value {
  // An unknown value read further keeps its own text (module-qualified, instance keys evaluated):
  // `module.team["core"].tencentcloud_cls_topic.t[0].id`, not the expression as written.
  if (value instanceof Unknown) {
    if (parts.length === 0) return value;
    const known = value instanceof ResourceRef ? value.read(parts) : undefined;
    return known !== undefined ? known : new Unknown(`${value.text}${partsText(parts)}`, value.causes);
  }
  let v: Value = value;
  for (const p of parts) {
    if (v instanceof Unknown) return new Unknown(text, v.causes);
    if ('name' in p) {
      if (isObj(v) && hasOwn(v, p.name)) v = v[p.name];
      else throw new EvalFailure(`${text}: ${typeName(v)} has no attribute "${p.name}"`);
    } else {
      const k = p.index;
      if (k instanceof Unknown) return new Unknown(text, k.causes);
      if (Array.isArray(v) && typeof k === 'number' && k >= 0 && k < v.length && Number.isInteger(k)) v = v[k];
      else if (Array.isArray(v) && typeof k === 'string' && /^[0-9]+$/.test(k) && Number(k) < v.length) v = v[Number(k)];
      else if (isObj(v) && (typeof k === 'string' || typeof k === 'number' || typeof k === 'boolean') && hasOwn(v, String(k))) v = v[String(k)];
      else throw new EvalFailure(`${text}: no element ${JSON.stringify(k)} in ${typeName(v)}`);
    }
  }
  return v;
}

/** `.name` and `[key]` as Terraform writes them (`[0]`, `["core"]`); an unknown key as its expression. */
export function partsText(parts: readonly Part[]): string {
  let out = '';
  for (const p of parts) {
    if ('name' in p) out += `.${p.name}`;
    else if (p.index instanceof Unknown) out += `[${p.index.text}]`;
    else out += `[${typeof p.index === 'number' ? p.index : JSON.stringify(p.index)}]`;
  }
  return out;
}

// ------------------------------------------------------------------ strings

const HEREDOC = '__CLOUDAUDIT_REVIEW_EOT__';
const astCache = new Map<string, Ast | null>();

/** A heredoc takes any template as written in Terraform JSON: no quote or backslash escaping. */
function wrap(template: string): string {
  return `<<${HEREDOC}\n${template}\n${HEREDOC}\n`;
}

/** Templates whose syntax trees are kept (a folder repeats its templates across instances). */
const AST_CACHE_ENTRIES = 20_000;
/** Longer templates are parsed each time they are evaluated, never kept. */
const AST_CACHE_TEMPLATE_CHARS = 16_384;

function templateAst(file: string, template: string): Ast | null {
  let ast = astCache.get(template);
  if (ast === undefined) {
    if (bracketNesting(template) > LIMITS.nesting) throw new ReviewLimitError(`an expression with brackets nested more than ${LIMITS.nesting} deep`);
    ast = expressionAst(file, wrap(template));
    // Bounded: a process reviewing folder after folder (or a hostile one) must not keep every tree.
    if (template.length <= AST_CACHE_TEMPLATE_CHARS) {
      if (astCache.size >= AST_CACHE_ENTRIES) astCache.clear();
      astCache.set(template, ast);
    }
  }
  return ast;
}

/** Forgets the syntax trees kept (one reviewed folder's templates are not the next one's). */
export function clearTemplateCache(): void {
  astCache.clear();
}

function decodeLiteral(raw: string, quoted: boolean): string {
  let s = raw;
  if (quoted && s.includes('\\')) {
    s = s.replace(/\\(u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)/g, (_, c: string) => {
      if (c[0] === 'u' || c[0] === 'U') return String.fromCodePoint(parseInt(c.slice(1), 16));
      return ({ 'n': '\n', 'r': '\r', 't': '\t', '"': '"', '\\': '\\' } as Record<string, string>)[c] ?? `\\${c}`;
    });
  }
  return s.replace(/\$\$\{/g, '${').replace(/%%\{/g, '%{');
}

/** Evaluates a Terraform JSON string (a template): literal text, `${…}` and `%{…}`. */
export function evalString(s: string, ctx: Context): Value {
  if (!s.includes('${') && !s.includes('%{')) return s.includes('$${') || s.includes('%%{') ? decodeLiteral(s, false) : s;
  const traversal = simpleTraversal(s);
  if (traversal) return new Evaluator(ctx, wrap(s)).eval(traversal, false);
  const ast = templateAst(ctx.file, s);
  if (!ast) return s;
  const children = [...ast.children];
  const last = children[children.length - 1];
  // The heredoc adds one trailing newline to the last literal.
  let tail: string | undefined;
  if (last && last.type === 'literalValue') {
    children.pop();
    tail = decodeLiteral(String(last.meta.value), false).replace(/\n$/, '');
  }
  if (children.length === 1 && !tail && children[0].type !== 'literalValue' && s.startsWith('${')) {
    // A template that is one interpolation gives the value itself, unconverted.
    return new Evaluator(ctx, wrap(s)).eval(children[0], false);
  }
  const e = new Evaluator(ctx, wrap(s));
  return e.concat(children.map((c) => e.eval(c, false)).concat(tail ? [tail] : []));
}

/** `${a.b[0]["k"].c}`: a template that is one plain reference, the most common expression of all. */
const SIMPLE_TRAVERSAL = /^\$\{([A-Za-z_][\w-]*(?:\.[A-Za-z_][\w-]*|\[(?:[0-9]+|"[\w.:/-]*")\])*)\}$/;
const TRAVERSAL_STEP = /\.([A-Za-z_][\w-]*)|\[([0-9]+|"[\w.:/-]*")\]/g;

/**
 * The syntax tree the parser gives for a template that is one plain reference, built without
 * calling the parser (one WebAssembly call per distinct reference made the parser most of the
 * time of a 20,000-resource folder). Anything else (operators, calls, escapes) goes to the parser.
 */
function simpleTraversal(s: string): Ast | undefined {
  const m = SIMPLE_TRAVERSAL.exec(s);
  if (!m) return undefined;
  const text = m[1];
  const root = /^[A-Za-z_][\w-]*/.exec(text)![0];
  const traversal: Array<{ type: string; segment: string }> = [{ type: 'nameTraversal', segment: root }];
  for (const step of text.slice(root.length).matchAll(TRAVERSAL_STEP)) {
    traversal.push(step[1] !== undefined ? { type: 'nameTraversal', segment: step[1] } : { type: 'indexTraversal', segment: step[2] });
  }
  return { type: 'scopeTraversal', children: [], meta: { value: text, fullAccessor: text, traversal } } as unknown as Ast;
}

// ------------------------------------------------------------------ evaluator

export function asString(v: Value, what: string): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  throw new EvalFailure(`${what}: a ${typeName(v)} cannot be used as a string`);
}

export function asNumber(v: Value, what: string): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'string' && v.trim() !== '' && !isNaN(Number(v))) return Number(v);
  throw new EvalFailure(`${what}: a ${typeName(v)} is not a number`);
}

export function asBool(v: Value, what: string): boolean {
  if (typeof v === 'boolean') return v;
  if (v === 'true' || v === 'false') return v === 'true';
  throw new EvalFailure(`${what}: a ${typeName(v)} is not a bool`);
}

export function equal(a: Value, b: Value): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => equal(x, b[i]));
  if (isObj(a) && isObj(b)) {
    const ka = Object.keys(a);
    return ka.length === Object.keys(b).length && ka.every((k) => hasOwn(b, k) && equal(a[k], b[k]));
  }
  return false;
}

function indexPart(segment: string): Value {
  if (/^[0-9]+$/.test(segment)) return Number(segment);
  if (segment.startsWith('"')) {
    try {
      return JSON.parse(segment);
    } catch {
      return segment.slice(1, -1);
    }
  }
  return segment;
}

interface Frame {
  readonly names: Map<string, Value>;
  readonly parent?: Frame;
}

export class Evaluator {
  private frame: Frame | undefined;
  private splat: Value[] = [];

  constructor(private readonly ctx: Context, private readonly source?: string) {}

  /** The source text of a node (for bare object keys). */
  private slice(node: Ast): string {
    const src = this.source ?? '';
    return Buffer.from(src).subarray(node.range.start.byte, node.range.end.byte).toString();
  }

  concat(parts: Value[]): Value {
    const v = concatParts(parts, (p) => asString(p, 'template'));
    // A template is bounded like any string, partially known ones too (their known text is kept).
    if (typeof v === 'string') checkString(v.length, 'a template');
    else if (v instanceof PartialString) checkString(v.pieces.reduce((n, p) => n + (typeof p === 'string' ? p.length : p.text.length + 3), 0), 'a template');
    return v;
  }

  private lookupName(name: string): Value | undefined {
    for (let f = this.frame; f; f = f.parent) if (f.names.has(name)) return f.names.get(name);
    return undefined;
  }

  private withNames<T>(names: Map<string, Value>, fn: () => T): T {
    const saved = this.frame;
    this.frame = { names, parent: saved };
    try {
      return fn();
    } finally {
      this.frame = saved;
    }
  }

  private parts(node: Ast): Part[] {
    const traversal = (node.meta as any).traversal as Array<{ type: string; segment: string }> | undefined;
    return (traversal ?? []).map((t) => (t.type === 'nameTraversal' ? { name: t.segment } : { index: indexPart(t.segment) }));
  }

  /** Evaluates a node; `quoted` tells how literal text inside templates is escaped. */
  eval(node: Ast, quoted: boolean): Value {
    // Bounded work: every node is a step, and nesting (through locals and modules too) is bounded.
    const b = budget();
    b.step();
    if (b.depth >= LIMITS.evaluationDepth) {
      throw new ReviewLimitError(`expressions nested more than ${LIMITS.evaluationDepth} deep (through locals, resources and modules)`);
    }
    b.depth++;
    try {
      return this.evalNode(node, quoted);
    } finally {
      b.depth--;
    }
  }

  private evalNode(node: Ast, quoted: boolean): Value {
    const n = node as any;
    const kids = (n.children ?? []) as Ast[];
    switch (n.type) {
      case 'literalValue': {
        const v = String(n.meta.value);
        if (n.meta.type === 'number') return Number(v);
        if (n.meta.type === 'bool') return v === 'true';
        if (n.meta.type === 'dynamic' || v === 'null') return null;
        return decodeLiteral(v, quoted);
      }
      case 'template': {
        const value = String(n.meta.value ?? '');
        const q = value.startsWith('"') ? true : value.startsWith('<<') ? false : quoted;
        return this.concat(kids.map((k) => this.eval(k, q)));
      }
      case 'templateWrap':
        return this.eval(kids[0], quoted);
      case 'templateJoin': {
        const items = this.eval(kids[0], quoted);
        if (items instanceof Unknown) return items;
        return this.concat(Array.isArray(items) ? items : [items]);
      }
      case 'tuple':
        return kids.map((k) => this.eval(k, quoted));
      case 'object':
        return this.object(kids, quoted);
      case 'for':
        return this.forExpr(n, kids, quoted);
      case 'function':
        return this.call(n.meta.name, kids, !!n.meta.expandedFinalArgument, quoted, String(n.meta.value ?? n.meta.name));
      case 'scopeTraversal':
        return this.traversal(n);
      case 'relativeTraversal':
        return applyParts(this.eval(kids[0], quoted), this.parts(n), String(n.meta.value ?? ''));
      case 'index': {
        const coll = this.eval(kids[0], quoted);
        return applyParts(coll, [{ index: this.eval(kids[1], quoted) }], String(n.meta.value ?? ''));
      }
      case 'splat':
        return this.splatExpr(n, kids, quoted);
      case 'conditional': {
        const c = this.eval(kids[0], quoted);
        if (c instanceof Unknown) return new Unknown(`${c.text} ? … : …`, c.causes);
        return asBool(c, 'condition') ? this.eval(kids[1], quoted) : this.eval(kids[2], quoted);
      }
      case 'binaryOp':
        return this.binary(n.meta.operator, kids, quoted);
      case 'unaryOp': {
        const v = this.eval(kids[0], quoted);
        if (v instanceof Unknown) return v;
        return n.meta.operator === 'logicalNot' ? !asBool(v, '!') : -asNumber(v, '-');
      }
      default:
        // Parentheses and object keys wrap one expression; the anonymous splat symbol has none.
        if (kids.length === 1) return this.eval(kids[0], quoted);
        if (kids.length === 0 && this.splat.length > 0) return this.splat[this.splat.length - 1];
        return new Unknown(String(n.meta?.value ?? 'expression'), [`expression "${String(n.meta?.value ?? n.type)}" is not evaluated by the review`]);
    }
  }

  private traversal(n: any): Value {
    const parts = this.parts(n);
    const text = String(n.meta.value ?? n.meta.fullAccessor);
    const root = (parts[0] as { name: string }).name;
    const bound = this.lookupName(root);
    if (bound !== undefined) return applyParts(bound, parts.slice(1), text);
    return this.ctx.resolve(root, parts.slice(1), text);
  }

  private object(kids: Ast[], quoted: boolean): Value {
    const out: Obj = dict();
    const unknown: Unknown[] = [];
    for (let i = 0; i + 1 < kids.length; i += 2) {
      const keyNode = kids[i] as any;
      const key = keyNode.children && keyNode.children.length > 0 ? this.eval(keyNode, quoted) : this.slice(keyNode);
      if (key instanceof Unknown) {
        unknown.push(key);
        continue;
      }
      out[asString(key, 'object key')] = this.eval(kids[i + 1], quoted);
    }
    return unknown.length ? merged('{…}', unknown) : out;
  }

  private forExpr(n: any, kids: Ast[], quoted: boolean): Value {
    const m = n.meta;
    const coll = this.eval(kids[0], quoted);
    if (coll instanceof Unknown) return new Unknown(`[for … in ${coll.text}]`, coll.causes);
    let i = 1;
    const keyNode = m.keyExpression ? kids[i++] : undefined;
    const valueNode = kids[i++];
    const condNode = m.conditionalExpression ? kids[i++] : undefined;
    const entries: Array<[Value, Value]> = Array.isArray(coll)
      ? coll.map((v, j) => [j, v])
      : isObj(coll) ? Object.keys(coll).sort().map((k) => [k, coll[k]]) : [];
    const isMap = m.openRangeValue === '{';
    const tuple: Value[] = [];
    const map: Obj = dict();
    for (const [k, v] of entries) {
      const names = new Map<string, Value>();
      if (m.keyVar) names.set(m.keyVar, k);
      names.set(m.valVar, v);
      const r = this.withNames(names, () => {
        if (condNode) {
          const c = this.eval(condNode, quoted);
          if (c instanceof Unknown) return c;
          if (!asBool(c, 'for condition')) return undefined;
        }
        return [keyNode ? this.eval(keyNode, quoted) : undefined, this.eval(valueNode, quoted)] as const;
      });
      if (r instanceof Unknown) return r;
      if (r === undefined) continue;
      if (!isMap) {
        tuple.push(r[1]);
        continue;
      }
      if (r[0] instanceof Unknown) return r[0];
      const key = asString(r[0] as Value, 'for key');
      if (m.groupedValue) ((map[key] ??= []) as Value[]).push(r[1]);
      else map[key] = r[1];
    }
    return isMap ? map : tuple;
  }

  private splatExpr(n: any, kids: Ast[], quoted: boolean): Value {
    const src = this.eval(kids[0], quoted);
    if (src instanceof Unknown) return new Unknown(String(n.meta.value), src.causes);
    const items = src === null ? [] : Array.isArray(src) ? src : [src];
    return items.map((item) => {
      this.splat.push(item);
      try {
        return this.eval(kids[1], quoted);
      } finally {
        this.splat.pop();
      }
    });
  }

  private binary(op: string, kids: Ast[], quoted: boolean): Value {
    const a = this.eval(kids[0], quoted);
    // && and || short-circuit on a known side, as Terraform does for unknowns.
    if (op === 'logicalAnd' && a === false) return false;
    if (op === 'logicalOr' && a === true) return true;
    const b = this.eval(kids[1], quoted);
    const u = [a, b].filter((x): x is Unknown => x instanceof Unknown);
    if (u.length) {
      if (op === 'logicalAnd' && b === false) return false;
      if (op === 'logicalOr' && b === true) return true;
      return merged(u.map((x) => x.text).join(` ${op} `), u);
    }
    if (op === 'equal' || op === 'notEqual') {
      // Deep comparisons walk both sides: bounded by their measured size.
      measure(a, 'an operand of ==');
      measure(b, 'an operand of ==');
    }
    switch (op) {
      case 'equal': return equal(a, b);
      case 'notEqual': return !equal(a, b);
      case 'logicalAnd': return asBool(a, '&&') && asBool(b, '&&');
      case 'logicalOr': return asBool(a, '||') || asBool(b, '||');
      case 'add': return asNumber(a, '+') + asNumber(b, '+');
      case 'subtract': return asNumber(a, '-') - asNumber(b, '-');
      case 'multiply': return asNumber(a, '*') * asNumber(b, '*');
      case 'divide': return asNumber(a, '/') / asNumber(b, '/');
      case 'modulo': return asNumber(a, '%') % asNumber(b, '%');
      case 'greaterThan': return asNumber(a, '>') > asNumber(b, '>');
      case 'greaterThanOrEqual': return asNumber(a, '>=') >= asNumber(b, '>=');
      case 'lessThan': return asNumber(a, '<') < asNumber(b, '<');
      case 'lessThanOrEqual': return asNumber(a, '<=') <= asNumber(b, '<=');
      default: return new Unknown(op, [`operator ${op} is not evaluated by the review`]);
    }
  }

  private call(name: string, argNodes: Ast[], expand: boolean, quoted: boolean, text: string): Value {
    if (name === 'try' || name === 'can') {
      for (const node of argNodes) {
        try {
          const v = this.eval(node, quoted);
          return name === 'can' ? (v instanceof Unknown ? v : true) : v;
        } catch (e) {
          if (!(e instanceof EvalFailure)) throw e;
          if (name === 'can') return false;
        }
      }
      throw new EvalFailure(`${text}: no argument of try() could be evaluated`);
    }
    let args = argNodes.map((a) => this.eval(a, quoted));
    if (expand && args.length) {
      const last = args[args.length - 1];
      if (last instanceof Unknown) return new Unknown(text, last.causes);
      args = [...args.slice(0, -1), ...(Array.isArray(last) ? last : [])];
    }
    const fn = functionNamed(name);
    // Functions walk their arguments (jsonencode, distinct, flatten, ==): bounded by their size.
    measure(args, `the arguments of ${name}()`);
    if (!fn) {
      const u = unknownsIn(args);
      return new Unknown(text, [`function ${name}() is not evaluated by the review`, ...new Set(u.flatMap((x) => x.causes))]);
    }
    // Over partially known strings, some functions still know their result (or part of it).
    const partial = partialCall(name, args);
    if (partial !== undefined) return partial;
    const deep = unknownsIn(fn.deep ? args : args.filter((a) => a instanceof Unknown));
    if (deep.length) return merged(`${name}(${deep.map((d) => d.text).join(', ')})`, deep);
    const result = fn.run(args, text, this.ctx);
    // What a function builds is bounded too, and counts as work.
    budget().step(measure(result, `the result of ${name}()`).elements);
    return result;
  }
}

// ------------------------------------------------------------------ functions

/** sprintf as Terraform's format(): %s %d %f %v %q %t %%, with width/precision/flags. */
export function format(spec: string, args: Value[], text: string): string {
  let i = 0;
  let total = spec.length;
  return spec.replace(/%([-+ 0#]*)(\d+)?(?:\.(\d+))?([sdfvqtbxXoeg%])/g, (_, flags: string, width?: string, prec?: string, verb?: string) => {
    if (verb === '%') return '%';
    if (i >= args.length) throw new EvalFailure(`${text}: not enough arguments for format`);
    if (width) checkString(Number(width), text);
    if (prec && Number(prec) > 100) throw new EvalFailure(`${text}: a precision of ${prec} is not evaluated by the review`);
    const a = args[i++];
    let s: string;
    switch (verb) {
      case 'd': s = String(Math.trunc(asNumber(a, 'format %d'))); break;
      case 'f': s = asNumber(a, 'format %f').toFixed(prec ? Number(prec) : 6); break;
      case 'q': s = JSON.stringify(asString(a, 'format %q')); break;
      case 't': s = String(asBool(a, 'format %t')); break;
      case 'x': s = Math.trunc(asNumber(a, 'format %x')).toString(16); break;
      case 'X': s = Math.trunc(asNumber(a, 'format %X')).toString(16).toUpperCase(); break;
      case 'o': s = Math.trunc(asNumber(a, 'format %o')).toString(8); break;
      case 'b': s = Math.trunc(asNumber(a, 'format %b')).toString(2); break;
      case 'v': s = typeof a === 'object' && a !== null ? JSON.stringify(a) : String(a); break;
      default: s = asString(a, 'format %s');
    }
    if (verb === 's' && prec) s = s.slice(0, Number(prec));
    if (width && s.length < Number(width)) {
      const w = Number(width);
      s = flags.includes('-') ? s.padEnd(w) : flags.includes('0') && verb !== 's' ? s.padStart(w, '0') : s.padStart(w);
    }
    total += s.length;
    checkString(total, text);
    return s;
  });
}

export function list(v: Value, what: string): Value[] {
  if (Array.isArray(v)) return v;
  throw new EvalFailure(`${what}: a ${typeName(v)} is not a list`);
}

export function obj(v: Value, what: string): Obj {
  if (isObj(v)) return v;
  throw new EvalFailure(`${what}: a ${typeName(v)} is not a map or object`);
}

export interface Fn {
  /** Any unknown anywhere in the arguments makes the result unknown (else only top-level ones). */
  readonly deep: boolean;
  readonly run: (args: Value[], text: string, ctx: Context) => Value;
}

const fn = (deep: boolean, run: Fn['run']): Fn => ({ deep, run });

const BASE_FUNCTIONS: Record<string, Fn> = {
  lookup: fn(false, ([m, k, d], t) => {
    const key = asString(k, t);
    const map = obj(m, t);
    if (hasOwn(map, key)) return map[key];
    if (d !== undefined) return d;
    throw new EvalFailure(`${t}: no key "${key}"`);
  }),
  merge: fn(false, (args, t) => Object.assign(dict<Value>(), ...args.filter((a) => a !== null).map((a) => obj(a, t)))),
  concat: fn(false, (args, t) => {
    const lists = args.map((a) => list(a, t));
    checkElements(lists.reduce((n, l) => n + l.length, 0), t);
    return lists.flat(1);
  }),
  join: fn(true, ([sep, ...lists], t) => {
    const items = lists.flatMap((l) => list(l, t)).map((x) => asString(x, t));
    const separator = asString(sep, t);
    checkString(items.reduce((n, x) => n + x.length, 0) + separator.length * Math.max(0, items.length - 1), t);
    return items.join(separator);
  }),
  format: fn(true, ([spec, ...rest], t) => format(asString(spec, t), rest, t)),
  lower: fn(true, ([s], t) => asString(s, t).toLowerCase()),
  upper: fn(true, ([s], t) => asString(s, t).toUpperCase()),
  length: fn(false, ([v], t) => {
    if (typeof v === 'string') return [...v].length;
    if (Array.isArray(v)) return v.length;
    return Object.keys(obj(v, t)).length;
  }),
  tostring: fn(true, ([v], t) => (v === null ? null : asString(v, t))),
  tonumber: fn(true, ([v], t) => (v === null ? null : asNumber(v, t))),
  tobool: fn(true, ([v], t) => (v === null ? null : asBool(v, t))),
  tolist: fn(false, ([v], t) => list(v, t)),
  toset: fn(false, ([v], t) => [...new Map(list(v, t).map((x) => [JSON.stringify(x), x])).values()]),
  tomap: fn(false, ([v], t) => obj(v, t)),
  coalesce: fn(false, (args, t) => {
    for (const a of args) if (a !== null && a !== '') return a;
    throw new EvalFailure(`${t}: no non-null, non-empty argument`);
  }),
  contains: fn(true, ([l, v], t) => list(l, t).some((x) => equal(x, v))),
  keys: fn(false, ([m], t) => Object.keys(obj(m, t)).sort()),
  values: fn(false, ([m], t) => {
    const o = obj(m, t);
    return Object.keys(o).sort().map((k) => o[k]);
  }),
  element: fn(false, ([l, i], t) => {
    const xs = list(l, t);
    if (xs.length === 0) throw new EvalFailure(`${t}: empty list`);
    return xs[Math.trunc(asNumber(i, t)) % xs.length];
  }),
  flatten: fn(false, ([l], t) => {
    const out: Value[] = [];
    const walk = (x: Value) => (Array.isArray(x) ? x.forEach(walk) : out.push(x));
    list(l, t).forEach(walk);
    return out;
  }),
  distinct: fn(true, ([l], t) => [...new Map(list(l, t).map((x) => [JSON.stringify(x), x])).values()]),
  compact: fn(true, ([l], t) => list(l, t).filter((x) => x !== null && x !== '')),
  split: fn(true, ([sep, s], t) => {
    const str = asString(s, t);
    const separator = asString(sep, t);
    if (separator === '') checkElements(str.length, t);
    return str.split(separator);
  }),
  trimspace: fn(true, ([s], t) => asString(s, t).trim()),
  trimprefix: fn(true, ([s, p], t) => {
    const str = asString(s, t);
    const prefix = asString(p, t);
    return prefix !== '' && str.startsWith(prefix) ? str.slice(prefix.length) : str;
  }),
  trimsuffix: fn(true, ([s, x], t) => {
    const str = asString(s, t);
    const suffix = asString(x, t);
    return suffix !== '' && str.endsWith(suffix) ? str.slice(0, -suffix.length) : str;
  }),
  startswith: fn(true, ([s, p], t) => asString(s, t).startsWith(asString(p, t))),
  endswith: fn(true, ([s, x], t) => asString(s, t).endsWith(asString(x, t))),
  // Regular expressions are RE2, as in Terraform (re2.ts): linear time, never JavaScript's RegExp.
  replace: fn(true, ([s, a, b], t) => {
    const from = asString(a, t);
    const str = asString(s, t);
    const to = asString(b, t);
    if (from.length > 1 && from.startsWith('/') && from.endsWith('/')) return re2(t, () => replaceAll(str, from.slice(1, -1), to, t));
    const pieces = str.split(from);
    checkString(str.length + (pieces.length - 1) * (to.length - from.length), t);
    return pieces.join(to);
  }),
  regex: fn(true, ([p, s], t) => re2(t, () => regex(asString(p, t), asString(s, t)))),
  regexall: fn(true, ([p, s], t) => re2(t, () => regexall(asString(p, t), asString(s, t)))),
  substr: fn(true, ([s, o, l], t) => {
    const chars = [...asString(s, t)];
    const off = asNumber(o, t);
    const len = asNumber(l, t);
    return chars.slice(off, len < 0 ? undefined : off + len).join('');
  }),
  // A loop, not Math.min(...xs): a list of a million numbers expanded into arguments overflows the stack.
  min: fn(true, (args, t) => args.reduce<number>((m, a) => Math.min(m, asNumber(a, t)), Infinity)),
  max: fn(true, (args, t) => args.reduce<number>((m, a) => Math.max(m, asNumber(a, t)), -Infinity)),
  abs: fn(true, ([v], t) => Math.abs(asNumber(v, t))),
  jsonencode: fn(true, ([v]) => JSON.stringify(v)),
  range: fn(true, (args, t) => terraformRange(args.map((a) => asNumber(a, t)), t)),
};

/** Runs an RE2 function: a pattern Terraform refuses (or one too long to evaluate) is an evaluation error. */
function re2<T>(t: string, run: () => T): T {
  try {
    return run();
  } catch (e) {
    if (e instanceof PatternError) throw new EvalFailure(`${t}: ${e.message}`);
    throw e;
  }
}

/**
 * Terraform's range() (go-cty stdlib RangeFunc): a step of 0, or one going away from the end, is
 * an error, and so is producing more than 1024 values ("more than 1024 values were generated").
 * Only the values are built: range(0, 1, 1e-10) stops at the 1025th value, range(1e9) too.
 */
function terraformRange(n: number[], t: string): number[] {
  if (n.length < 1 || n.length > 3) throw new EvalFailure(`${t}: range() takes 1 to 3 arguments`);
  const [start, end, step] = n.length === 1 ? [0, n[0], 1] : [n[0], n[1], n[2] ?? 1];
  if (![start, end, step].every(Number.isFinite)) throw new EvalFailure(`${t}: the arguments of range() must be finite numbers`);
  if (step === 0) throw new EvalFailure(`${t}: step must not be zero`);
  if (step < 0 && end > start) throw new EvalFailure(`${t}: end must be less than start when step is negative`);
  if (step > 0 && end < start) throw new EvalFailure(`${t}: end must be greater than start when step is positive`);
  const out: number[] = [];
  for (let x = start; step > 0 ? x < end : x > end; x += step) {
    if (out.length >= LIMITS.rangeValues) {
      throw new EvalFailure(`${t}: more than ${LIMITS.rangeValues} values were generated; either decrease the difference between start and end or use a smaller step`);
    }
    out.push(x);
  }
  return out;
}

/**
 * Every function the review evaluates: these, and the ones of functions.ts (joined on first use).
 * These come last: `replace`, `regex` and `regexall` are always the RE2 ones (re2.ts).
 */
let functions: Record<string, Fn> | undefined;

function functionNamed(name: string): Fn | undefined {
  functions ??= Object.assign(dict<Fn>(), FUNCTIONS_MORE, BASE_FUNCTIONS);
  return hasOwn(functions, name) ? functions[name] : undefined;
}

/** Names of the functions the review evaluates (others give unknown values, never errors). */
export function supportedFunctions(): string[] {
  functionNamed('');
  return ['try', 'can', ...Object.keys(functions!)].sort();
}
