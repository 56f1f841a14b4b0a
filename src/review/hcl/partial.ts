/**
 * Partially known strings: a template or a function over a string that holds some unknown values
 * keeps its known text and, for each unknown, the unknown itself as a symbol. The same unknown is
 * the same symbol wherever it flows (its text names where it comes from, module-qualified), so
 * `"trail-${data.tencentcloud_user_info.me.app_id}"` is the bucket's name however it reaches a
 * track, and `replace(bucket, "-${appid}", "")` over it is known: `"trail"`.
 *
 * What is assumed: an unknown's value never combines with the literal text beside it to form a
 * match (a search with a symbol matches that symbol only where it stands; a literal search is
 * applied to the literal text, and to each unknown as a new symbol naming the function).
 */
import { PartialString, Unknown, Value } from './expr';

/** A piece of a partially known string: literal text, or one unknown value (a symbol). */
export type Piece = string | Unknown;

export { PartialString };

/** The pieces of a value used as a string, or undefined when it is no string (a list, an object). */
export function piecesOf(v: Value): Piece[] | undefined {
  if (v instanceof PartialString) return [...v.pieces];
  if (v instanceof Unknown) return [v];
  if (typeof v === 'string') return [v];
  if (typeof v === 'number' || typeof v === 'boolean') return [String(v)];
  return undefined;
}

/** A string from pieces: plain text when every piece is known, else a PartialString (adjacent text merged). */
export function fromPieces(pieces: readonly Piece[]): Value {
  const out: Piece[] = [];
  for (const p of pieces) {
    if (p === '') continue;
    const last = out[out.length - 1];
    if (typeof p === 'string' && typeof last === 'string') out[out.length - 1] = last + p;
    else out.push(p);
  }
  if (out.every((p) => typeof p === 'string')) return out.join('');
  if (out.length === 1) return out[0];
  return new PartialString(out);
}

/**
 * A template's value from its parts: text when all are known; with unknowns, their pieces kept
 * (a known list or object part is written as JSON, as before).
 */
export function concatParts(parts: readonly Value[], asText: (v: Value) => string): Value {
  if (!parts.some((p) => p instanceof Unknown)) return parts.map(asText).join('');
  return fromPieces(parts.flatMap((p) => piecesOf(p) ?? [JSON.stringify(p)]));
}

// ------------------------------------------------------------------ tokens

/** One character of literal text, or one symbol. */
type Token = string | Unknown;

function tokens(pieces: readonly Piece[]): Token[] {
  return pieces.flatMap((p): Token[] => (typeof p === 'string' ? [...p] : [p]));
}

function sameToken(a: Token, b: Token): boolean {
  if (typeof a === 'string' || typeof b === 'string') return a === b;
  return a.text === b.text;
}

function matchesAt(subject: readonly Token[], search: readonly Token[], at: number): boolean {
  if (at + search.length > subject.length) return false;
  for (let i = 0; i < search.length; i++) if (!sameToken(subject[at + i], search[i])) return false;
  return true;
}

function fromTokens(ts: readonly Token[]): Value {
  return fromPieces(ts);
}

function hasSymbol(ts: readonly Token[]): boolean {
  return ts.some((t) => typeof t !== 'string');
}

/** The literal text before the first symbol, and after the last. */
function literalEnds(ts: readonly Token[]): { head: string; tail: string } {
  const first = ts.findIndex((t) => typeof t !== 'string');
  if (first < 0) return { head: ts.join(''), tail: ts.join('') };
  let last = ts.length - 1;
  while (typeof ts[last] === 'string') last--;
  return { head: (ts.slice(0, first) as string[]).join(''), tail: (ts.slice(last + 1) as string[]).join('') };
}

/** A symbol standing for `fn(symbol, …args)`: what a function makes of an unknown. */
function wrapped(fn: string, u: Unknown, args: readonly string[]): Unknown {
  return new Unknown(`${fn}(${[u.text, ...args.map((a) => JSON.stringify(a))].join(', ')})`, u.causes);
}

// ------------------------------------------------------------------ functions

function replace(subject: Piece[], search: Piece[], replacement: Piece[]): Value | undefined {
  const s = tokens(subject);
  const q = tokens(search);
  const r = tokens(replacement);
  if (q.length === 0) return undefined;
  const literalSearch = !hasSymbol(q);
  const searchText = literalSearch ? (q as string[]).join('') : '';
  if (literalSearch && searchText.length > 1 && searchText.startsWith('/') && searchText.endsWith('/')) return undefined; // a regular expression
  if (literalSearch && hasSymbol(r)) return undefined;
  const replText = literalSearch ? (r as string[]).join('') : '';
  const out: Token[] = [];
  for (let i = 0; i < s.length;) {
    if (matchesAt(s, q, i)) {
      out.push(...r);
      i += q.length;
    } else {
      const t = s[i];
      out.push(typeof t === 'string' || !literalSearch ? t : wrapped('replace', t, [searchText, replText]));
      i++;
    }
  }
  return fromTokens(out);
}

function trimSuffix(subject: Piece[], suffix: Piece[]): Value | undefined {
  const s = tokens(subject);
  const x = tokens(suffix);
  if (x.length === 0) return fromTokens(s);
  if (matchesAt(s, x, s.length - x.length)) return fromTokens(s.slice(0, s.length - x.length));
  // A literal suffix against literal text at least as long: known not to match.
  if (!hasSymbol(x) && literalEnds(s).tail.length >= x.length) return fromTokens(s);
  return undefined;
}

function trimPrefix(subject: Piece[], prefix: Piece[]): Value | undefined {
  const s = tokens(subject);
  const x = tokens(prefix);
  if (x.length === 0) return fromTokens(s);
  if (matchesAt(s, x, 0)) return fromTokens(s.slice(x.length));
  if (!hasSymbol(x) && literalEnds(s).head.length >= x.length) return fromTokens(s);
  return undefined;
}

function startsWith(subject: Piece[], prefix: Piece[]): Value | undefined {
  const s = tokens(subject);
  const x = tokens(prefix);
  if (matchesAt(s, x, 0)) return true;
  if (!hasSymbol(x) && literalEnds(s).head.length >= x.length) return false;
  return undefined;
}

function endsWith(subject: Piece[], suffix: Piece[]): Value | undefined {
  const s = tokens(subject);
  const x = tokens(suffix);
  if (matchesAt(s, x, s.length - x.length)) return true;
  if (!hasSymbol(x) && literalEnds(s).tail.length >= x.length) return false;
  return undefined;
}

function contains(subject: Piece[], search: Piece[]): Value | undefined {
  const s = tokens(subject);
  const q = tokens(search);
  for (let i = 0; i + q.length <= s.length; i++) if (matchesAt(s, q, i)) return true;
  return undefined;
}

/** A function over literal text and over each symbol (wrapped): lower, upper. */
function eachPiece(fn: string, pieces: Piece[], f: (s: string) => string): Value {
  return fromPieces(pieces.map((p) => (typeof p === 'string' ? f(p) : wrapped(fn, p, []))));
}

function join(sep: Value, list: Value): Value | undefined {
  if (typeof sep !== 'string' || !Array.isArray(list)) return undefined;
  const items = list.map(piecesOf);
  if (!items.every((x): x is Piece[] => x !== undefined)) return undefined;
  return fromPieces(items.flatMap((x, i) => (i === 0 ? x : [sep, ...x])));
}

/** format() with %s, %d and %v verbs over partially known arguments; other verbs stay unknown. */
function format(spec: Value, args: Value[]): Value | undefined {
  if (typeof spec !== 'string') return undefined;
  const out: Piece[] = [];
  let i = 0;
  const re = /%(%|s|d|v)|%[^%]/g;
  let at = 0;
  for (const m of spec.matchAll(re)) {
    out.push(spec.slice(at, m.index));
    at = m.index! + m[0].length;
    if (m[1] === '%') {
      out.push('%');
      continue;
    }
    if (m[1] === undefined || i >= args.length) return undefined;
    const p = piecesOf(args[i++]);
    if (p === undefined) return undefined;
    out.push(...p);
  }
  out.push(spec.slice(at));
  return fromPieces(out);
}

const ARITY: Record<string, number> = { replace: 3, trimsuffix: 2, trimprefix: 2, startswith: 2, endswith: 2, strcontains: 2, lower: 1, upper: 1 };

/**
 * What a function gives over partially known strings, when that is known or partly known;
 * undefined when the function or its arguments leave it wholly unknown (the caller's general rule).
 */
export function partialCall(name: string, args: Value[]): Value | undefined {
  if (!args.some((a) => a instanceof Unknown || (Array.isArray(a) && a.some((x) => x instanceof Unknown)))) return undefined;
  const p = args.map(piecesOf);
  switch (name) {
    case 'join':
      return args.length === 2 ? join(args[0], args[1]) : undefined;
    case 'format':
      return format(args[0], args.slice(1));
    case 'tostring':
      return args[0] instanceof PartialString ? args[0] : undefined;
    case 'coalesce': {
      for (const a of args) {
        if (a === null || a === '') continue;
        if (a instanceof PartialString && a.pieces.some((x) => typeof x === 'string' && x !== '')) return a;
        return a instanceof Unknown ? undefined : a;
      }
      return undefined;
    }
  }
  const arity = ARITY[name];
  if (arity === undefined || p.slice(0, arity).some((x) => x === undefined)) return undefined;
  const [a, b, c] = p as Piece[][];
  // A wholly known subject with an unknown search or replacement: wholly unknown.
  const subject = tokens(a);
  if (!hasSymbol(subject)) return undefined;
  // A symbol searched for must be one the subject holds (another symbol may hold the same value).
  if (b !== undefined && tokens(b).some((t) => typeof t !== 'string' && !subject.some((x) => sameToken(x, t)))) return undefined;
  switch (name) {
    case 'replace': return replace(a, b, c);
    case 'trimsuffix': return trimSuffix(a, b);
    case 'trimprefix': return trimPrefix(a, b);
    case 'startswith': return startsWith(a, b);
    case 'endswith': return endsWith(a, b);
    case 'strcontains': return contains(a, b);
    case 'lower': return eachPiece('lower', a, (s) => s.toLowerCase());
    case 'upper': return eachPiece('upper', a, (s) => s.toUpperCase());
    default: return undefined;
  }
}
