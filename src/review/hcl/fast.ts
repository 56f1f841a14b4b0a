/**
 * The review's own reading of the plainest HCL blocks, in the form HashiCorp's parser gives them
 * (bridge.ts): attributes whose values are literals, references, simple templates, lists and
 * objects of those, and nested blocks without labels. That is most of what a monorepo writes in the
 * resources the review reads, and reading it here costs microseconds where the WebAssembly parser
 * costs milliseconds per block.
 *
 * Anything else (a function call, an operator, a heredoc, an escape, a comment block, a labelled
 * nested block, a key written twice…) answers `undefined`, and the block goes to the parser as
 * before: this reader never guesses. test/review/hcl-fast.test.ts holds it to the parser's output,
 * key order included, on every block of the test corpus it accepts.
 */

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** Nesting past which the block is left to the parser (which refuses deeper input with CA630). */
const MAX_DEPTH = 32;

class Refused extends Error {}
const REFUSED = new Refused();

/** Sets an own property, `__proto__` included (as JSON.parse does), never the prototype. */
export function own(o: Record<string, any>, k: string, v: unknown): void {
  if (k === '__proto__') Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });
  else o[k] = v;
}

/** Byte order, as the parser (Go) sorts the keys of an object. */
const byBytes = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

class Reader {
  i: number;
  constructor(readonly s: string, start: number, readonly end: number) {
    this.i = start;
  }

  /** Skips spaces and tabs; with `lines`, newlines and line comments too. */
  space(lines: boolean): void {
    const { s, end } = this;
    while (this.i < end) {
      const c = s.charCodeAt(this.i);
      if (c === 32 || c === 9 || c === 13 || (lines && c === 10)) {
        this.i++;
      } else if (lines && (c === 35 || (c === 47 && s.charCodeAt(this.i + 1) === 47))) {
        const e = s.indexOf('\n', this.i);
        this.i = e < 0 || e > end ? end : e;
      } else if (c === 47 && s.charCodeAt(this.i + 1) === 42) {
        throw REFUSED;
      } else {
        return;
      }
    }
  }

  /** The end of a line: spaces, an optional line comment, a newline (or the end). */
  endOfLine(): void {
    this.space(false);
    const c = this.s.charCodeAt(this.i);
    if (c === 35 || (c === 47 && this.s.charCodeAt(this.i + 1) === 47)) {
      const e = this.s.indexOf('\n', this.i);
      this.i = e < 0 || e > this.end ? this.end : e;
    }
    if (this.i < this.end && this.s.charCodeAt(this.i) !== 10) throw REFUSED;
  }

  ident(): string {
    const { s } = this;
    const start = this.i;
    let c = s.charCodeAt(this.i);
    if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95)) throw REFUSED;
    this.i++;
    for (; this.i < this.end; this.i++) {
      c = s.charCodeAt(this.i);
      if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || (c >= 48 && c <= 57) || c === 45)) break;
    }
    return s.slice(start, this.i);
  }

  /** A block body up to its closing brace (consumed): attributes and unlabelled blocks. */
  body(depth: number): { [k: string]: Json } {
    if (depth > MAX_DEPTH) throw REFUSED;
    const attributes = new Map<string, Json>();
    const blocks = new Map<string, Json[]>();
    this.space(false);
    if (this.s.charCodeAt(this.i) === 125) {
      this.i++;
      return {};
    }
    this.endOfLine();
    for (;;) {
      this.space(true);
      if (this.i >= this.end) throw REFUSED;
      if (this.s.charCodeAt(this.i) === 125) {
        this.i++;
        break;
      }
      const name = this.ident();
      this.space(false);
      const c = this.s.charCodeAt(this.i);
      if (c === 61 && this.s.charCodeAt(this.i + 1) !== 61) {
        this.i++;
        this.space(false);
        if (attributes.has(name) || blocks.has(name)) throw REFUSED;
        attributes.set(name, this.value(depth + 1));
        this.endOfLine();
      } else if (c === 123) {
        this.i++;
        if (attributes.has(name)) throw REFUSED;
        const list = blocks.get(name) ?? [];
        list.push(this.body(depth + 1));
        blocks.set(name, list);
        this.endOfLine();
      } else {
        throw REFUSED;
      }
    }
    const out: { [k: string]: Json } = {};
    for (const k of [...attributes.keys(), ...blocks.keys()].sort(byBytes)) own(out, k, attributes.has(k) ? attributes.get(k)! : blocks.get(k)!);
    return out;
  }

  value(depth: number): Json {
    if (depth > MAX_DEPTH) throw REFUSED;
    const { s } = this;
    const c = s.charCodeAt(this.i);
    let v: Json;
    if (c === 34) v = this.string();
    else if (c === 91) v = this.list(depth);
    else if (c === 123) v = this.object(depth);
    else if ((c >= 48 && c <= 57) || c === 45) v = this.number();
    else v = this.reference();
    // Whatever follows a value here (an operator, a call, `?`) is beyond this reader.
    this.space(false);
    const next = s.charCodeAt(this.i);
    if (this.i < this.end && next !== 10 && next !== 44 && next !== 93 && next !== 125 && next !== 35 && next !== 47) throw REFUSED;
    return v;
  }

  /** A quoted string: plain characters, or `${ … }` holding a reference (kept as written). */
  string(): string {
    const { s } = this;
    const start = ++this.i;
    let template = false;
    for (; this.i < this.end; this.i++) {
      const c = s.charCodeAt(this.i);
      if (c === 34) break;
      // Escapes, directives, control and non-ASCII characters (which the parser normalizes): its job.
      if (c === 92 || c === 37 || c < 32 || c > 126) throw REFUSED;
      if (c === 36) {
        if (s.charCodeAt(this.i + 1) !== 123) continue;
        // `${` + a reference + `}`: kept as written, as the parser keeps a template.
        const close = s.indexOf('}', this.i + 2);
        if (close < 0 || close > this.end || !/^[A-Za-z_][\w-]*(?:\.[A-Za-z_][\w-]*|\[[0-9]+\])*$/.test(s.slice(this.i + 2, close))) throw REFUSED;
        if (s.charCodeAt(this.i - 1) === 36) throw REFUSED; // `$${`: an escape
        template = true;
        this.i = close;
      }
    }
    if (this.i >= this.end) throw REFUSED;
    const text = s.slice(start, this.i);
    this.i++;
    // A `$` that starts no template is kept as is by the parser too; a lone one before `{` is refused above.
    if (!template && text.includes('$')) throw REFUSED;
    return text;
  }

  number(): number {
    const m = /^-?(?:0|[1-9][0-9]{0,14})(?:\.[0-9]{1,15})?/.exec(this.s.slice(this.i, Math.min(this.end, this.i + 40)));
    if (!m) throw REFUSED;
    const after = this.s.charCodeAt(this.i + m[0].length);
    if ((after >= 48 && after <= 57) || after === 46 || after === 101 || after === 69) throw REFUSED;
    this.i += m[0].length;
    const n = Number(m[0]);
    if (Object.is(n, -0)) throw REFUSED;
    return n;
  }

  /** `true`, `false`, `null`, or a reference `a.b[0].c`, which the parser writes `"${a.b[0].c}"`. */
  reference(): Json {
    const start = this.i;
    const first = this.ident();
    const { s } = this;
    for (;;) {
      const c = s.charCodeAt(this.i);
      if (c === 46) {
        this.i++;
        this.ident();
      } else if (c === 91) {
        const m = /^\[[0-9]{1,9}\]/.exec(s.slice(this.i, this.i + 12));
        if (!m) throw REFUSED;
        this.i += m[0].length;
      } else {
        break;
      }
    }
    const text = s.slice(start, this.i);
    if (text === first) {
      if (first === 'true') return true;
      if (first === 'false') return false;
      if (first === 'null') return null;
    }
    return `\${${text}}`;
  }

  list(depth: number): Json[] {
    const out: Json[] = [];
    this.i++;
    for (;;) {
      this.space(true);
      if (this.s.charCodeAt(this.i) === 93) {
        this.i++;
        return out;
      }
      out.push(this.value(depth + 1));
      this.space(true);
      const c = this.s.charCodeAt(this.i);
      if (c === 44) this.i++;
      else if (c !== 93) throw REFUSED;
    }
  }

  object(depth: number): { [k: string]: Json } {
    const items = new Map<string, Json>();
    this.i++;
    for (;;) {
      this.space(true);
      const c = this.s.charCodeAt(this.i);
      if (c === 125) {
        this.i++;
        break;
      }
      const key = c === 34 ? this.string() : this.ident();
      if (key.includes('$') || items.has(key)) throw REFUSED;
      this.space(false);
      const sep = this.s.charCodeAt(this.i);
      if (!(sep === 61 && this.s.charCodeAt(this.i + 1) !== 61) && sep !== 58) throw REFUSED;
      this.i++;
      this.space(false);
      items.set(key, this.value(depth + 1));
      this.space(false);
      if (this.s.charCodeAt(this.i) === 44) this.i++;
    }
    const out: { [k: string]: Json } = {};
    for (const k of [...items.keys()].sort(byBytes)) own(out, k, items.get(k)!);
    return out;
  }
}

/**
 * The body of the block whose opening brace ends at `bodyStart` and whose closing brace is at
 * `end - 1`, as the parser gives it; undefined when it is not plain enough (the parser reads it).
 */
export function fastBody(text: string, bodyStart: number, end: number): Record<string, Json> | undefined {
  try {
    const r = new Reader(text, bodyStart, end);
    const body = r.body(0);
    return r.i === end ? body : undefined;
  } catch (e) {
    if (e instanceof Refused) return undefined;
    throw e;
  }
}
