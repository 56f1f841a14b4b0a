/**
 * Variable type constraints, as Terraform converts a value to its variable's type: primitives
 * converted (`"1"` to a number), collections element by element, and object types with their
 * `optional(type, default)` attributes filled in (an optional attribute not given is its default,
 * else null), attributes the type does not declare dropped
 * (https://developer.hashicorp.com/terraform/language/expressions/type-constraints).
 * A type the review cannot read leaves the value as given.
 */
import { expressionAst } from './bridge';
import { Context, Evaluator, isObj, Unknown, Value } from './expr';

export type TypeSpec =
  | { readonly kind: 'any' | 'string' | 'number' | 'bool' }
  | { readonly kind: 'list' | 'set' | 'map'; readonly of: TypeSpec }
  | { readonly kind: 'tuple'; readonly items: readonly TypeSpec[] }
  | { readonly kind: 'object'; readonly attrs: ReadonlyMap<string, Attribute> };

interface Attribute {
  readonly type: TypeSpec;
  readonly optional: boolean;
  readonly default?: Value;
}

const cache = new Map<string, TypeSpec | null>();

/** The type of a variable's `type` argument (`"${map(object({…}))}"` or `"string"`), or undefined. */
export function parseType(raw: unknown, file: string): TypeSpec | undefined {
  if (typeof raw !== 'string') return undefined;
  const text = raw.replace(/^\$\{(.*)\}$/s, '$1').trim();
  let spec = cache.get(text);
  if (spec === undefined) {
    try {
      const ast = expressionAst(file, text);
      spec = ast ? read(ast, Buffer.from(text), file) ?? null : null;
    } catch {
      spec = null;
    }
    cache.set(text, spec);
  }
  return spec ?? undefined;
}

function read(node: any, source: Buffer, file: string): TypeSpec | undefined {
  const kids: any[] = node.children ?? [];
  if (node.type === 'scopeTraversal') {
    const name = String(node.meta?.value ?? '');
    return name === 'string' || name === 'number' || name === 'bool' || name === 'any' ? { kind: name } : undefined;
  }
  if (node.type !== 'function') return kids.length === 1 ? read(kids[0], source, file) : undefined;
  const name = String(node.meta?.name ?? '');
  if (name === 'list' || name === 'set' || name === 'map') {
    const of = kids[0] && read(kids[0], source, file);
    return of && { kind: name, of };
  }
  if (name === 'tuple') {
    const tuple = kids[0];
    if (!tuple || tuple.type !== 'tuple') return undefined;
    const items = (tuple.children ?? []).map((k: any) => read(k, source, file));
    return items.every(Boolean) ? { kind: 'tuple', items } : undefined;
  }
  if (name === 'object') {
    const o = kids[0];
    if (!o || o.type !== 'object') return undefined;
    const attrs = new Map<string, Attribute>();
    const pairs: any[] = o.children ?? [];
    for (let i = 0; i + 1 < pairs.length; i += 2) {
      const key = source.subarray(pairs[i].range.start.byte, pairs[i].range.end.byte).toString().replace(/^"(.*)"$/, '$1');
      const v = pairs[i + 1];
      if (v.type === 'function' && v.meta?.name === 'optional') {
        const type = v.children?.[0] && read(v.children[0], source, file);
        if (!type) return undefined;
        const given = v.children?.[1];
        const ctx: Context = { file, resolve: (_r, _p, t) => new Unknown(t, [`a type default refers to ${t}`]) };
        attrs.set(key, { type, optional: true, ...(given ? { default: new Evaluator(ctx, source.toString()).eval(given, true) } : {}) });
      } else {
        const type = read(v, source, file);
        if (!type) return undefined;
        attrs.set(key, { type, optional: false });
      }
    }
    return { kind: 'object', attrs };
  }
  return undefined;
}

/** `v` converted to the type `t`, as Terraform converts a variable's value. */
export function convertTo(v: Value, t: TypeSpec): Value {
  if (v instanceof Unknown || v === null) return v;
  switch (t.kind) {
    case 'any':
      return v;
    case 'string':
      return typeof v === 'number' || typeof v === 'boolean' ? String(v) : v;
    case 'number':
      return typeof v === 'string' && v.trim() !== '' && !isNaN(Number(v)) ? Number(v) : v;
    case 'bool':
      return v === 'true' || v === 'false' ? v === 'true' : v;
    case 'list':
      return Array.isArray(v) ? v.map((x) => convertTo(x, t.of)) : v;
    case 'set':
      return Array.isArray(v) ? [...new Map(v.map((x) => convertTo(x, t.of)).map((x) => [JSON.stringify(x), x])).values()] : v;
    case 'map': {
      if (!isObj(v)) return v;
      const out: { [k: string]: Value } = {};
      for (const k of Object.keys(v)) out[k] = convertTo(v[k], t.of);
      return out;
    }
    case 'tuple':
      return Array.isArray(v) ? v.map((x, i) => (t.items[i] ? convertTo(x, t.items[i]) : x)) : v;
    case 'object': {
      if (!isObj(v)) return v;
      const out: { [k: string]: Value } = {};
      for (const [k, a] of t.attrs) {
        if (Object.prototype.hasOwnProperty.call(v, k) && v[k] !== null) out[k] = convertTo(v[k], a.type);
        else if (a.optional) out[k] = a.default === undefined || a.default === null ? null : convertTo(a.default, a.type);
        else if (Object.prototype.hasOwnProperty.call(v, k)) out[k] = null;
        // A required attribute not given: Terraform refuses the value; it stays absent (never guessed).
      }
      return out;
    }
  }
}
