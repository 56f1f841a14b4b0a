/**
 * Terraform's built-in functions that the review evaluates offline, beyond the common ones of
 * expr.ts: every function whose result depends only on its arguments and on files of the
 * configuration. The ones deliberately not evaluated are listed in NOT_EVALUATED with the reason
 * (docs/review.md lists both). Semantics follow Terraform's function reference
 * (https://developer.hashicorp.com/terraform/language/functions); a call Terraform would refuse
 * throws EvalFailure (caught by `try`, else the value is unknown).
 */
/* eslint-disable no-bitwise -- IP prefixes and UUID versions are bit arithmetic */
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import {
  asBool, asNumber, asString, Context, equal, EvalFailure, evalString, Fn, format, isObj, list, obj, Unknown, unknownsIn, Value,
} from './expr';
import { globMatcher } from './re2';
import { dict } from '../../internal/dict';
import { FileRefused, readRegularFile } from '../../internal/files';
import { checkElements } from '../limits';

type Obj = { [k: string]: Value };

const fn = (deep: boolean, run: Fn['run']): Fn => ({ deep, run });

function str(v: Value, t: string): string {
  return asString(v, t);
}

function int(v: Value, t: string): number {
  const n = asNumber(v, t);
  if (!Number.isInteger(n)) throw new EvalFailure(`${t}: ${n} is not a whole number`);
  return n;
}

function set(items: Value[]): Value[] {
  return [...new Map(items.map((x) => [JSON.stringify(x), x])).values()];
}

// ------------------------------------------------------------------ files

const MAX_FILE_BYTES = 16 * 1024 * 1024;

/** A path of the configuration, as Terraform resolves it: relative to the root module's folder. */
function resolvePath(p: string, ctx: Context): string {
  return path.isAbsolute(p) ? p : path.join(ctx.dir ?? process.cwd(), p);
}

function readFile(p: string, ctx: Context, t: string): Buffer {
  const file = resolvePath(p, ctx);
  try {
    // Opened without waiting (a FIFO or device is refused, never read) and read up to the limit.
    return readRegularFile(file, MAX_FILE_BYTES).bytes;
  } catch (e) {
    if (e instanceof FileRefused) throw new EvalFailure(`${t}: ${p} ${e.message}`);
    throw new EvalFailure(`${t}: no file ${p}`);
  }
}

function utf8(b: Buffer, t: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(b);
  } catch {
    throw new EvalFailure(`${t}: the contents are not valid UTF-8`);
  }
}

/** fileset(path, pattern): files under `path` matching a glob (`*`, `**`, `?`, `[…]`, `{a,b}`), sorted. */
function fileset(base: string, pattern: string, ctx: Context): string[] {
  const root = resolvePath(base, ctx);
  const re = globRegExp(pattern);
  const out: string[] = [];
  const walk = (dir: string, rel: string) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) walk(path.join(dir, e.name), r);
      else if (e.isFile() && re.test(r)) out.push(r);
    }
  };
  walk(root, '');
  return out.sort();
}

/** A fileset() glob as a whole-path RE2 matcher (re2.ts: linear time, never JavaScript's RegExp). */
function globRegExp(pattern: string): { test: (s: string) => boolean } {
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '*' && pattern[i + 1] === '*') {
      re += pattern[i + 2] === '/' ? '(?:.*/)?' : '.*';
      i += pattern[i + 2] === '/' ? 2 : 1;
    } else if (c === '*') {re += '[^/]*';} else if (c === '?') {re += '[^/]';} else if (c === '[') {
      const end = pattern.indexOf(']', i);
      if (end < 0) throw new EvalFailure(`fileset: bad pattern ${pattern}`);
      re += `[${pattern.slice(i + 1, end).replace(/^!/, '^').replace(/\\/g, '\\\\')}]`;
      i = end;
    } else if (c === '{') {
      const end = pattern.indexOf('}', i);
      if (end < 0) throw new EvalFailure(`fileset: bad pattern ${pattern}`);
      re += `(?:${pattern.slice(i + 1, end).split(',').map(escapeRe).join('|')})`;
      i = end;
    } else {re += escapeRe(c);}
  }
  try {
    return globMatcher(`^${re}$`);
  } catch (e) {
    throw new EvalFailure(`fileset: bad pattern ${pattern} (${(e as Error).message})`);
  }
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** templatefile / templatestring: the template evaluated with only the given variables in scope. */
function renderTemplate(template: string, vars: Value, ctx: Context, t: string): Value {
  const names = vars === undefined ? {} : obj(vars, t);
  const scope: Context = {
    file: ctx.file,
    dir: ctx.dir,
    resolve: (root, parts, text) => {
      if (Object.prototype.hasOwnProperty.call(names, root)) {
        let v: Value = names[root];
        for (const p of parts) {
          if ('name' in p && isObj(v) && Object.prototype.hasOwnProperty.call(v, p.name)) v = v[p.name];
          else if ('index' in p && Array.isArray(v) && typeof p.index === 'number') v = v[p.index];
          else if ('index' in p && isObj(v) && typeof p.index === 'string') v = v[p.index];
          else throw new EvalFailure(`${t}: ${text} is not in the template's variables`);
        }
        return v;
      }
      throw new EvalFailure(`${t}: ${text} is not one of the template's variables`);
    },
  };
  return evalString(template, scope);
}

// ------------------------------------------------------------------ IP networks

interface Net { readonly bits: number; readonly addr: bigint; readonly prefix: number }

function parseIp(s: string, t: string): { bits: number; addr: bigint } {
  if (s.includes(':')) {
    const [head, tail] = s.split('::');
    const groups = (x: string | undefined) => (x ? x.split(':') : []);
    const h = groups(head);
    const tl = tail === undefined ? [] : groups(tail);
    const fill = tail === undefined ? [] : Array(8 - h.length - tl.length).fill('0');
    const all = [...h, ...fill, ...tl];
    if (all.length !== 8 || !all.every((g) => /^[0-9a-fA-F]{1,4}$/.test(g))) throw new EvalFailure(`${t}: "${s}" is not an IP address`);
    return { bits: 128, addr: all.reduce((a, g) => (a << 16n) | BigInt(parseInt(g, 16)), 0n) };
  }
  const parts = s.split('.');
  if (parts.length !== 4 || !parts.every((x) => /^[0-9]{1,3}$/.test(x) && Number(x) <= 255)) throw new EvalFailure(`${t}: "${s}" is not an IP address`);
  return { bits: 32, addr: parts.reduce((a, x) => (a << 8n) | BigInt(Number(x)), 0n) };
}

function parseCidr(s: string, t: string): Net {
  const [ip, len] = s.split('/');
  if (len === undefined || !/^[0-9]+$/.test(len)) throw new EvalFailure(`${t}: "${s}" is not a CIDR prefix`);
  const { bits, addr } = parseIp(ip, t);
  const prefix = Number(len);
  if (prefix > bits) throw new EvalFailure(`${t}: "${s}" has a prefix longer than the address`);
  const mask = prefix === 0 ? 0n : ((1n << BigInt(prefix)) - 1n) << BigInt(bits - prefix);
  return { bits, addr: addr & mask, prefix };
}

function formatIp(bits: number, addr: bigint): string {
  if (bits === 32) return [24n, 16n, 8n, 0n].map((s) => String((addr >> s) & 255n)).join('.');
  const groups = Array.from({ length: 8 }, (_, i) => ((addr >> BigInt(112 - 16 * i)) & 0xffffn).toString(16));
  // The longest run of zero groups (two or more) is written "::", as Go's net package does.
  let best = -1;
  let bestLen = 1;
  for (let i = 0; i < 8;) {
    let j = i;
    while (j < 8 && groups[j] === '0') j++;
    if (j - i > bestLen) {
      best = i;
      bestLen = j - i;
    }
    i = j === i ? i + 1 : j;
  }
  if (best < 0) return groups.join(':');
  return `${groups.slice(0, best).join(':')}::${groups.slice(best + bestLen).join(':')}`;
}

function subnet(net: Net, newbits: number, num: bigint, t: string): Net {
  const prefix = net.prefix + newbits;
  if (newbits < 0 || prefix > net.bits) throw new EvalFailure(`${t}: ${newbits} new bits extend the prefix past ${net.bits}`);
  if (num < 0n || num >= 1n << BigInt(newbits)) throw new EvalFailure(`${t}: ${num} does not fit in ${newbits} bits`);
  return { bits: net.bits, prefix, addr: net.addr | (num << BigInt(net.bits - prefix)) };
}

// ------------------------------------------------------------------ dates

const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;

function parseTime(s: string, t: string): { ms: number; offset: number; frac: string } {
  const m = RFC3339.exec(s);
  if (!m) throw new EvalFailure(`${t}: "${s}" is not an RFC 3339 timestamp`);
  const offset = /^[Zz]$/.test(m[8]) ? 0 : (m[8][0] === '-' ? -1 : 1) * (Number(m[8].slice(1, 3)) * 60 + Number(m[8].slice(4, 6)));
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6])) - offset * 60000;
  return { ms, offset, frac: m[7] ?? '' };
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function formatDate(spec: string, ts: string, t: string): string {
  const { ms, offset } = parseTime(ts, t);
  const d = new Date(ms + offset * 60000);
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  const zone = (sep: string) => (offset === 0 ? 'Z' : `${offset < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(offset) / 60))}${sep}${pad(Math.abs(offset) % 60)}`);
  const h12 = d.getUTCHours() % 12 === 0 ? 12 : d.getUTCHours() % 12;
  const table: Record<string, () => string> = {
    YYYY: () => pad(d.getUTCFullYear(), 4),
    YY: () => pad(d.getUTCFullYear() % 100),
    MMMM: () => MONTHS[d.getUTCMonth()],
    MMM: () => MONTHS[d.getUTCMonth()].slice(0, 3),
    MM: () => pad(d.getUTCMonth() + 1),
    M: () => String(d.getUTCMonth() + 1),
    DD: () => pad(d.getUTCDate()),
    D: () => String(d.getUTCDate()),
    EEEE: () => DAYS[d.getUTCDay()],
    EEE: () => DAYS[d.getUTCDay()].slice(0, 3),
    hh: () => pad(d.getUTCHours()),
    h: () => String(d.getUTCHours()),
    HH: () => pad(h12),
    H: () => String(h12),
    AA: () => (d.getUTCHours() < 12 ? 'AM' : 'PM'),
    aa: () => (d.getUTCHours() < 12 ? 'am' : 'pm'),
    mm: () => pad(d.getUTCMinutes()),
    m: () => String(d.getUTCMinutes()),
    ss: () => pad(d.getUTCSeconds()),
    s: () => String(d.getUTCSeconds()),
    ZZZZZ: () => zone(':'),
    ZZZZ: () => zone(''),
    ZZZ: () => (offset === 0 ? 'UTC' : zone('')),
    Z: () => zone(':'),
  };
  let out = '';
  for (let i = 0; i < spec.length;) {
    const c = spec[i];
    if (c === "'") {
      const end = spec.indexOf("'", i + 1);
      if (end < 0) throw new EvalFailure(`${t}: unterminated quote in the format`);
      out += end === i + 1 ? "'" : spec.slice(i + 1, end);
      i = end + 1;
      continue;
    }
    if (/[A-Za-z]/.test(c)) {
      let j = i;
      while (spec[j] === c) j++;
      const seq = spec.slice(i, j);
      const f = table[seq];
      if (!f) throw new EvalFailure(`${t}: "${seq}" is not a formatdate sequence`);
      out += f();
      i = j;
      continue;
    }
    out += c;
    i++;
  }
  return out;
}

/** Go duration syntax: "1h30m", "-10s", "1.5h". */
function parseDuration(s: string, t: string): number {
  const units: Record<string, number> = { ns: 1e-6, us: 1e-3, µs: 1e-3, ms: 1, s: 1000, m: 60000, h: 3600000 };
  const m = /^([+-])?((?:\d+(?:\.\d*)?|\.\d+)(?:ns|us|µs|ms|s|m|h))+$/.exec(s);
  if (!m && s !== '0') throw new EvalFailure(`${t}: "${s}" is not a duration`);
  let total = 0;
  for (const x of s.matchAll(/(\d+(?:\.\d*)?|\.\d+)(ns|us|µs|ms|s|m|h)/g)) total += Number(x[1]) * units[x[2]];
  return s.startsWith('-') ? -total : total;
}

function formatTime(ms: number, offset: number, frac: string): string {
  const d = new Date(ms + offset * 60000);
  const iso = d.toISOString().slice(0, 19);
  const zone = offset === 0 ? 'Z' : `${offset < 0 ? '-' : '+'}${String(Math.floor(Math.abs(offset) / 60)).padStart(2, '0')}:${String(Math.abs(offset) % 60).padStart(2, '0')}`;
  return `${iso}${frac}${zone}`;
}

// ------------------------------------------------------------------ encodings

function csvDecode(text: string, t: string): Value[] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') {quoted = false;} else {cell += c;}
    } else if (c === '"') {quoted = true;} else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else {cell += c;}
  }
  if (quoted) throw new EvalFailure(`${t}: an unterminated quoted field`);
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  if (rows.length === 0) return [];
  const [header, ...body] = rows;
  return body.map((r, n) => {
    if (r.length !== header.length) throw new EvalFailure(`${t}: line ${n + 2} has ${r.length} fields, the header ${header.length}`);
    const o: Obj = dict();
    header.forEach((h, i) => { o[h] = r[i]; });
    return o;
  });
}

/** JSON text as a Terraform value (numbers stay numbers; null stays null). */
function fromJson(text: string, t: string): Value {
  try {
    return JSON.parse(text) as Value;
  } catch (e) {
    throw new EvalFailure(`${t}: not valid JSON (${(e as Error).message})`);
  }
}

/** Encodings textencodebase64/textdecodebase64 accept that Node knows. */
function encoding(name: string, t: string): BufferEncoding {
  const n = name.toLowerCase().replace(/[-_]/g, '');
  const known: Record<string, BufferEncoding> = { utf8: 'utf8', utf16le: 'utf16le', ucs2: 'utf16le', latin1: 'latin1', iso88591: 'latin1', ascii: 'ascii', usascii: 'ascii' };
  const e = known[n];
  if (!e) throw new EvalFailure(`${t}: the encoding "${name}" is not evaluated by the review`);
  return e;
}

function hash(alg: string, data: string | Buffer): Buffer {
  return crypto.createHash(alg).update(data).digest();
}

/** uuidv5(namespace, name): "dns", "url", "oid", "x500" or a UUID. */
function uuidv5(ns: string, name: string, t: string): string {
  const named: Record<string, string> = {
    dns: '6ba7b810-9dad-11d1-80b4-00c04fd430c8',
    url: '6ba7b811-9dad-11d1-80b4-00c04fd430c8',
    oid: '6ba7b812-9dad-11d1-80b4-00c04fd430c8',
    x500: '6ba7b814-9dad-11d1-80b4-00c04fd430c8',
  };
  const id = named[ns] ?? ns;
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) throw new EvalFailure(`${t}: "${ns}" is not a namespace`);
  const h = hash('sha1', Buffer.concat([Buffer.from(id.replace(/-/g, ''), 'hex'), Buffer.from(name, 'utf8')])).subarray(0, 16);
  h[6] = (h[6] & 0x0f) | 0x50;
  h[8] = (h[8] & 0x3f) | 0x80;
  const x = h.toString('hex');
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`;
}

/** Terraform's urlencode: Go's url.QueryEscape (spaces become "+"). */
function urlencode(s: string): string {
  return encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`).replace(/%20/g, '+').replace(/~/g, '%7E');
}

// ------------------------------------------------------------------ the functions

/** Unknown as a whole, with the causes of the unknowns in `args`. */
function unknownOf(t: string, args: Value[]): Unknown {
  return new Unknown(t, [...new Set(unknownsIn(args).flatMap((u) => u.causes))]);
}

export const FUNCTIONS_MORE: Record<string, Fn> = {
  // Numeric
  ceil: fn(true, ([v], t) => Math.ceil(asNumber(v, t))),
  floor: fn(true, ([v], t) => Math.floor(asNumber(v, t))),
  log: fn(true, ([v, b], t) => Math.log(asNumber(v, t)) / Math.log(asNumber(b, t))),
  pow: fn(true, ([v, e], t) => Math.pow(asNumber(v, t), asNumber(e, t))),
  signum: fn(true, ([v], t) => Math.sign(asNumber(v, t))),
  parseint: fn(true, ([v, b], t) => {
    const base = int(b, t);
    const s = str(v, t);
    if (base < 2 || base > 62) throw new EvalFailure(`${t}: base ${base} is not 2-62`);
    const digits = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
    const body = s.replace(/^[+-]/, '');
    let n = 0;
    for (const c of body) {
      const d = base <= 36 ? digits.indexOf(c.toLowerCase()) : digits.indexOf(c);
      if (d < 0 || d >= base) throw new EvalFailure(`${t}: "${s}" is not a number in base ${base}`);
      n = n * base + d;
    }
    if (body === '') throw new EvalFailure(`${t}: "${s}" is not a number in base ${base}`);
    return s.startsWith('-') ? -n : n;
  }),
  sum: fn(true, ([l], t) => {
    const xs = list(l, t);
    if (xs.length === 0) throw new EvalFailure(`${t}: cannot sum an empty list`);
    return xs.reduce((a: number, x) => a + asNumber(x, t), 0);
  }),

  // Strings
  chomp: fn(true, ([s], t) => str(s, t).replace(/(\r\n|\n|\r)+$/, '')),
  indent: fn(true, ([n, s], t) => str(s, t).split('\n').map((l, i) => (i === 0 ? l : ' '.repeat(int(n, t)) + l)).join('\n')),
  strrev: fn(true, ([s], t) => [...str(s, t)].reverse().join('')),
  strcontains: fn(true, ([s, x], t) => str(s, t).includes(str(x, t))),
  title: fn(true, ([s], t) => str(s, t).replace(/(^|[^\p{L}\p{N}_])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase())),
  trim: fn(true, ([s, cut], t) => {
    const chars = new Set([...str(cut, t)]);
    const xs = [...str(s, t)];
    let a = 0;
    let b = xs.length;
    while (a < b && chars.has(xs[a])) a++;
    while (b > a && chars.has(xs[b - 1])) b--;
    return xs.slice(a, b).join('');
  }),
  formatlist: fn(true, ([spec, ...args], t) => {
    const lists = args.filter(Array.isArray) as Value[][];
    const n = lists.length === 0 ? 1 : lists[0].length;
    if (lists.some((l) => l.length !== n)) throw new EvalFailure(`${t}: the lists have different lengths`);
    return Array.from({ length: lists.length === 0 ? 0 : n }, (_, i) => format(str(spec, t), args.map((a) => (Array.isArray(a) ? a[i] : a)), t));
  }),
  templatestring: fn(true, ([tmpl, vars], t, ctx) => renderTemplate(str(tmpl, t), vars, ctx, t)),

  // Collections
  alltrue: fn(false, ([l], t) => {
    if (l instanceof Unknown) return l;
    const xs = list(l, t);
    if (xs.some((x) => x === false || x === 'false')) return false;
    if (xs.some((x) => x instanceof Unknown)) return unknownOf(t, xs);
    return xs.every((x) => asBool(x, t));
  }),
  anytrue: fn(false, ([l], t) => {
    if (l instanceof Unknown) return l;
    const xs = list(l, t);
    if (xs.some((x) => x === true || x === 'true')) return true;
    if (xs.some((x) => x instanceof Unknown)) return unknownOf(t, xs);
    return xs.some((x) => asBool(x, t));
  }),
  chunklist: fn(false, ([l, n], t) => {
    const xs = list(l, t);
    const size = int(n, t);
    if (size < 0) throw new EvalFailure(`${t}: negative chunk size`);
    if (size === 0) return [xs];
    const out: Value[] = [];
    for (let i = 0; i < xs.length; i += size) out.push(xs.slice(i, i + size));
    return out;
  }),
  coalescelist: fn(false, (args, t) => {
    for (const a of args) if (list(a, t).length > 0) return a;
    throw new EvalFailure(`${t}: every list is empty`);
  }),
  index: fn(true, ([l, v], t) => {
    const i = list(l, t).findIndex((x) => equal(x, v));
    if (i < 0) throw new EvalFailure(`${t}: the value is not in the list`);
    return i;
  }),
  matchkeys: fn(true, ([values, keys, search], t) => {
    const vs = list(values, t);
    const ks = list(keys, t);
    if (vs.length !== ks.length) throw new EvalFailure(`${t}: values and keys have different lengths`);
    const wanted = list(search, t);
    return vs.filter((_, i) => wanted.some((w) => equal(w, ks[i])));
  }),
  one: fn(false, ([l], t) => {
    const xs = list(l, t);
    if (xs.length > 1) throw new EvalFailure(`${t}: the list has ${xs.length} elements`);
    return xs.length === 0 ? null : xs[0];
  }),
  reverse: fn(false, ([l], t) => [...list(l, t)].reverse()),
  setintersection: fn(true, (args, t) => set(list(args[0], t).filter((x) => args.slice(1).every((a) => list(a, t).some((y) => equal(x, y)))))),
  setsubtract: fn(true, ([a, b], t) => set(list(a, t).filter((x) => !list(b, t).some((y) => equal(x, y))))),
  setunion: fn(true, (args, t) => set(args.flatMap((a) => list(a, t)))),
  setproduct: fn(true, (args, t) => {
    const lists = args.map((a) => list(a, t));
    checkElements(lists.reduce((n, l) => n * l.length, 1), t);
    let out: Value[][] = [[]];
    for (const l of lists) out = out.flatMap((prefix) => l.map((x) => [...prefix, x]));
    return lists.length === 0 ? [] : out;
  }),
  slice: fn(false, ([l, a, b], t) => {
    const xs = list(l, t);
    const start = int(a, t);
    const end = int(b, t);
    if (start < 0 || end > xs.length || start > end) throw new EvalFailure(`${t}: indexes ${start}, ${end} are out of the list's range`);
    return xs.slice(start, end);
  }),
  sort: fn(true, ([l], t) => list(l, t).map((x) => str(x, t)).sort()),
  transpose: fn(true, ([m], t) => {
    const out = dict<string[]>();
    const o = obj(m, t);
    for (const k of Object.keys(o).sort()) for (const v of list(o[k], t)) (out[str(v, t)] ??= []).push(k);
    for (const k of Object.keys(out)) out[k].sort();
    return out;
  }),
  zipmap: fn(false, ([k, v], t) => {
    const ks = list(k, t);
    const vs = list(v, t);
    if (ks.length !== vs.length) throw new EvalFailure(`${t}: keys and values have different lengths`);
    const out: Obj = dict();
    ks.forEach((key, i) => {
      if (key instanceof Unknown) throw new EvalFailure(`${t}: an unknown key`);
      out[str(key, t)] = vs[i];
    });
    return out;
  }),

  // Encoding
  base64encode: fn(true, ([s], t) => Buffer.from(str(s, t), 'utf8').toString('base64')),
  base64decode: fn(true, ([s], t) => {
    const text = str(s, t);
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text) || text.length % 4 !== 0) throw new EvalFailure(`${t}: not valid base64`);
    return utf8(Buffer.from(text, 'base64'), t);
  }),
  textencodebase64: fn(true, ([s, e], t) => Buffer.from(str(s, t), encoding(str(e, t), t)).toString('base64')),
  textdecodebase64: fn(true, ([s, e], t) => Buffer.from(str(s, t), 'base64').toString(encoding(str(e, t), t))),
  jsondecode: fn(true, ([s], t) => fromJson(str(s, t), t)),
  csvdecode: fn(true, ([s], t) => csvDecode(str(s, t), t)),
  urlencode: fn(true, ([s], t) => urlencode(str(s, t))),

  // Filesystem (relative to the root module's folder, as Terraform resolves them)
  abspath: fn(true, ([p], t) => path.resolve(str(p, t)).split(path.sep).join('/')),
  basename: fn(true, ([p], t) => path.posix.basename(str(p, t))),
  dirname: fn(true, ([p], t) => path.posix.dirname(str(p, t))),
  pathexpand: fn(true, ([p], t) => str(p, t).replace(/^~(?=$|\/)/, os.homedir())),
  file: fn(true, ([p], t, ctx) => utf8(readFile(str(p, t), ctx, t), t)),
  filebase64: fn(true, ([p], t, ctx) => readFile(str(p, t), ctx, t).toString('base64')),
  fileexists: fn(true, ([p], t, ctx) => {
    const f = resolvePath(str(p, t), ctx);
    return fs.existsSync(f) && fs.statSync(f).isFile();
  }),
  fileset: fn(true, ([p, pattern], t, ctx) => fileset(str(p, t), str(pattern, t), ctx)),
  templatefile: fn(false, ([p, vars], t, ctx) => {
    if (p instanceof Unknown) return p;
    return renderTemplate(utf8(readFile(str(p, t), ctx, t), t), vars, ctx, t);
  }),
  filemd5: fn(true, ([p], t, ctx) => hash('md5', readFile(str(p, t), ctx, t)).toString('hex')),
  filesha1: fn(true, ([p], t, ctx) => hash('sha1', readFile(str(p, t), ctx, t)).toString('hex')),
  filesha256: fn(true, ([p], t, ctx) => hash('sha256', readFile(str(p, t), ctx, t)).toString('hex')),
  filesha512: fn(true, ([p], t, ctx) => hash('sha512', readFile(str(p, t), ctx, t)).toString('hex')),
  filebase64sha256: fn(true, ([p], t, ctx) => hash('sha256', readFile(str(p, t), ctx, t)).toString('base64')),
  filebase64sha512: fn(true, ([p], t, ctx) => hash('sha512', readFile(str(p, t), ctx, t)).toString('base64')),

  // Hashes
  md5: fn(true, ([s], t) => hash('md5', str(s, t)).toString('hex')),
  sha1: fn(true, ([s], t) => hash('sha1', str(s, t)).toString('hex')),
  sha256: fn(true, ([s], t) => hash('sha256', str(s, t)).toString('hex')),
  sha512: fn(true, ([s], t) => hash('sha512', str(s, t)).toString('hex')),
  base64sha256: fn(true, ([s], t) => hash('sha256', str(s, t)).toString('base64')),
  base64sha512: fn(true, ([s], t) => hash('sha512', str(s, t)).toString('base64')),
  uuidv5: fn(true, ([ns, name], t) => uuidv5(str(ns, t), str(name, t), t)),

  // Dates (of given timestamps only: timestamp() and plantimestamp() are not evaluated)
  formatdate: fn(true, ([spec, ts], t) => formatDate(str(spec, t), str(ts, t), t)),
  timeadd: fn(true, ([ts, d], t) => {
    const { ms, offset, frac } = parseTime(str(ts, t), t);
    return formatTime(ms + parseDuration(str(d, t), t), offset, frac);
  }),
  timecmp: fn(true, ([a, b], t) => Math.sign(parseTime(str(a, t), t).ms - parseTime(str(b, t), t).ms)),

  // IP networks
  cidrhost: fn(true, ([prefix, n], t) => {
    const net = parseCidr(str(prefix, t), t);
    const host = BigInt(int(n, t));
    const size = 1n << BigInt(net.bits - net.prefix);
    const offset = host < 0n ? size + host : host;
    if (offset < 0n || offset >= size) throw new EvalFailure(`${t}: host ${host} is outside the prefix`);
    return formatIp(net.bits, net.addr + offset);
  }),
  cidrnetmask: fn(true, ([prefix], t) => {
    const net = parseCidr(str(prefix, t), t);
    if (net.bits !== 32) throw new EvalFailure(`${t}: an IPv6 prefix has no netmask`);
    return formatIp(32, net.prefix === 0 ? 0n : ((1n << BigInt(net.prefix)) - 1n) << BigInt(32 - net.prefix));
  }),
  cidrsubnet: fn(true, ([prefix, newbits, num], t) => {
    const s = subnet(parseCidr(str(prefix, t), t), int(newbits, t), BigInt(int(num, t)), t);
    return `${formatIp(s.bits, s.addr)}/${s.prefix}`;
  }),
  cidrsubnets: fn(true, ([prefix, ...sizes], t) => {
    const net = parseCidr(str(prefix, t), t);
    const out: string[] = [];
    let next = net.addr;
    for (const x of sizes) {
      const bits = int(x, t);
      const p = net.prefix + bits;
      if (bits < 1 || p > net.bits) throw new EvalFailure(`${t}: ${bits} new bits do not fit`);
      const step = 1n << BigInt(net.bits - p);
      const start = (next + step - 1n) / step * step;
      if (start + step > net.addr + (1n << BigInt(net.bits - net.prefix))) throw new EvalFailure(`${t}: not enough space for the subnets`);
      out.push(`${formatIp(net.bits, start)}/${p}`);
      next = start + step;
    }
    return out;
  }),

  // Types: the review keeps no sensitivity and no ephemerality, so these return their argument.
  sensitive: fn(false, ([v]) => v),
  nonsensitive: fn(false, ([v]) => v),
  ephemeralasnull: fn(false, ([v]) => v),
};

/** Built-in functions the review deliberately does not evaluate (their calls are unknown values), and why. */
export const NOT_EVALUATED: Readonly<Record<string, string>> = {
  'timestamp': 'the time of the apply: known only then',
  'plantimestamp': 'the time of the plan: known only then',
  'uuid': 'random at every plan',
  'bcrypt': 'salted with random bytes at every plan',
  'rsadecrypt': 'decrypts with a private key: a review reads no secrets',
  'base64gzip': 'the compressed bytes depend on the gzip implementation (Go\'s, in Terraform)',
  'yamldecode': 'the review has no YAML parser',
  'yamlencode': 'the review has no YAML encoder',
  'issensitive': 'the review keeps no sensitivity',
  'type': 'terraform console only',
  'list': 'removed from Terraform (0.15): Terraform refuses the call',
  'map': 'removed from Terraform (0.15): Terraform refuses the call',
  'provider::': 'provider-defined functions run inside the provider',
};
