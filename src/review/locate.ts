/**
 * Where an attribute is written: the line of `name =` (or of a nested block) inside a resource
 * block of an HCL file, or of the key inside a resource object of a Terraform JSON file. The
 * text was parsed before (the parser refused what is not HCL or JSON): these scans only find
 * positions. Each is linear in the text it reads, and runs when a finding first asks, once per
 * block (a report names few of the resources of a large file).
 */

/** Line starts of a text, for finding the line of an offset by binary search. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** 1-based line of an offset. */
export function lineAt(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = Math.floor((lo + hi + 1) / 2);
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

/** One place a name is written in a body: an attribute, or a block (with what is written in it). */
export interface Written {
  readonly line: number;
  /** The body of a block (or of an object written as a JSON value). */
  readonly children?: WrittenTree;
  /** A `dynamic "<label>"` block: it stands for every block of that label it generates. */
  readonly dynamic?: boolean;
}

/** The names written in a body, each with every place it is written (blocks repeat). */
export type WrittenTree = Map<string, Written[]>;

/** The line an attribute path points at, and the part of the path written there. */
export interface WrittenAt {
  readonly line: number;
  /** The path as far as it is written (`storage`, when the block is written but not `storage_prefix`). */
  readonly attribute: string;
}

/** One segment of an attribute path: `resource_fields[1]` is `resource_fields`, index 1. */
interface Segment {
  readonly name: string;
  readonly index?: number;
}

/** `filters.resource_fields[1].action_type` as segments; `event_names[0]` keeps its index. */
export function segments(path: string): Segment[] {
  const out: Segment[] = [];
  for (const m of path.matchAll(/([^.[\]]+)((?:\[[^\]]*\])*)/g)) {
    const first = /^\[([0-9]+)\]/.exec(m[2]);
    out.push(first ? { name: m[1], index: Number(first[1]) } : { name: m[1] });
  }
  return out;
}

/**
 * The deepest part of `path` written in `tree`: the attribute's own line when it is written,
 * else the line of the innermost block written on the way (`storage` for a missing
 * `storage.storage_prefix`); undefined when not even the first name is written.
 */
export function writtenAt(tree: WrittenTree | undefined, path: string): WrittenAt | undefined {
  let found: WrittenAt | undefined;
  let names = '';
  for (const s of segments(path)) {
    const places = tree?.get(s.name);
    if (places === undefined || places.length === 0) break;
    // A block without index is its first one; a dynamic block stands for the blocks it generates.
    // An index past the places of an attribute written once is an element of its value (`event_names[3]`).
    const leaf = places.length === 1 && places[0].children === undefined ? places[0] : undefined;
    const place = places[s.index ?? 0] ?? places.find((p) => p.dynamic) ?? leaf;
    if (place === undefined) break;
    const name = s.index === undefined ? s.name : `${s.name}[${s.index}]`;
    names = names === '' ? name : `${names}.${name}`;
    found = { line: place.line, attribute: names };
    tree = place.children;
    if (tree === undefined) break;
  }
  return found;
}

// ------------------------------------------------------------------ source texts

/** One file's text, with what was found in it so far (line starts, block bodies). */
export class SourceText {
  private starts?: number[];
  private readonly bodies = new Map<string, WrittenTree | undefined>();
  private jsonIndex?: Map<string, { readonly line: number; readonly offset: number }>;

  constructor(readonly text: string, readonly json: boolean) {}

  /** 1-based line of an offset. */
  lineOf(offset: number): number {
    return lineAt((this.starts ??= lineStarts(this.text)), offset);
  }

  /** Offset where a 1-based line starts. */
  private lineStart(line: number): number | undefined {
    const starts = (this.starts ??= lineStarts(this.text));
    return starts[line - 1];
  }

  /** The line of the key at a path of up to three keys of a JSON text (`variable`, name, `default`). */
  jsonLine(keys: readonly string[]): number | undefined {
    return (this.jsonIndex ??= indexJsonKeys(this.text, 3)).get(keys.join('\u0000'))?.line;
  }

  /** The body of the HCL block declared on `line` (`resource "a" "b" {`), as written. */
  hclBlock(line: number): WrittenTree | undefined {
    const key = `hcl:${line}`;
    if (!this.bodies.has(key)) {
      const start = this.lineStart(line);
      const open = start === undefined ? -1 : headerEnd(this.text, start);
      this.bodies.set(key, open < 0 ? undefined : scanHclBody(this, open + 1));
    }
    return this.bodies.get(key);
  }

  /** The top-level attributes of an HCL file (a `.tfvars` file). */
  hclTopLevel(): WrittenTree {
    const key = 'hcl:top';
    if (!this.bodies.has(key)) this.bodies.set(key, scanHclBody(this, 0, true));
    return this.bodies.get(key)!;
  }

  /**
   * The object at a key path of a JSON text (`resource`, type, name: the first declaration; the
   * list forms Terraform JSON allows are looked through), as written; `[]`: the whole document.
   */
  jsonObject(keys: readonly string[]): WrittenTree | undefined {
    const key = `json:${keys.join('\u0000')}`;
    if (!this.bodies.has(key)) {
      let offset: number | undefined = 0;
      if (keys.length > 0) {
        // Keys of the first three levels are indexed by one scan; deeper ones are read from there.
        offset = (this.jsonIndex ??= indexJsonKeys(this.text, 3)).get(keys.slice(0, 3).join('\u0000'))?.offset;
      }
      let tree = offset === undefined ? undefined : scanJsonValue(this, offset);
      for (const k of keys.slice(3)) tree = tree?.get(k)?.[0]?.children;
      this.bodies.set(key, tree);
    }
    return this.bodies.get(key);
  }
}

// ------------------------------------------------------------------ HCL

const isIdentStart = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f;
const isIdent = (c: number) => isIdentStart(c) || (c >= 0x30 && c <= 0x39) || c === 0x2d;

/** The offset of the `{` that opens the block whose header starts at `start`, or -1. */
function headerEnd(text: string, start: number): number {
  const n = text.length;
  for (let i = start; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x7b) return i;
    if (c === 0x0a) return -1;
    if (c === 0x22) {
      for (i++; i < n && text.charCodeAt(i) !== 0x22 && text.charCodeAt(i) !== 0x0a; i++) if (text.charCodeAt(i) === 0x5c) i++;
    }
  }
  return -1;
}

/** Past a comment starting at `i` (`#`, `//` to the end of the line, `/* … *\/`), or `i` when none starts there. */
function skipComment(text: string, i: number): number {
  const c = text.charCodeAt(i);
  const d = text.charCodeAt(i + 1);
  if (c === 0x23 || (c === 0x2f && d === 0x2f)) {
    const end = text.indexOf('\n', i);
    return end < 0 ? text.length : end;
  }
  if (c === 0x2f && d === 0x2a) {
    const end = text.indexOf('*/', i + 2);
    return end < 0 ? text.length : end + 2;
  }
  return i;
}

/**
 * The end of the expression starting at `i`: the offset of the line break that ends it (outside
 * brackets, strings and templates), of the bracket that closes the enclosing block, or of the end
 * of the text. Strings, `${…}` / `%{…}` templates, heredocs and comments are skipped whole.
 */
function skipExpression(text: string, i: number): number {
  const n = text.length;
  // Open brackets; `"` a string; `$` a template interpolation inside a string.
  const stack: number[] = [];
  while (i < n) {
    const c = text.charCodeAt(i);
    const top = stack.length > 0 ? stack[stack.length - 1] : 0;
    if (top === 0x22) {
      if (c === 0x5c) {
        i += 2;
        continue;
      }
      if (c === 0x22) {
        stack.pop();
      } else if ((c === 0x24 || c === 0x25) && text.charCodeAt(i + 1) === 0x7b) {
        // `$${` and `%%{` are escapes, not templates.
        if (text.charCodeAt(i - 1) !== c) {
          stack.push(0x24);
          i += 2;
          continue;
        }
      } else if (c === 0x0a) {
        stack.pop(); // a string never spans lines: the parser accepted the text, so this is not one
        continue;
      }
      i++;
      continue;
    }
    if (c === 0x0a && stack.length === 0) return i;
    if (c === 0x22) {
      stack.push(0x22);
    } else if (c === 0x28 || c === 0x5b || c === 0x7b) {
      stack.push(c);
    } else if (c === 0x29 || c === 0x5d || c === 0x7d) {
      if (stack.length === 0) return i;
      stack.pop();
    } else if (c === 0x23 || (c === 0x2f && (text.charCodeAt(i + 1) === 0x2f || text.charCodeAt(i + 1) === 0x2a))) {
      i = skipComment(text, i);
      continue;
    } else if (c === 0x3c && text.charCodeAt(i + 1) === 0x3c) {
      // A heredoc: `<<EOT` or `<<-EOT`, to the line holding only the marker.
      const m = /^<<-?([A-Za-z_][\w-]*)[ \t]*\r?\n/.exec(text.slice(i, i + 256));
      if (m) {
        // Line by line, from the next one: linear in the heredoc, whatever follows it.
        let start = i + m[0].length;
        for (;;) {
          const end = text.indexOf('\n', start);
          const line = text.slice(start, end < 0 ? n : end).trim();
          if (line === m[1]) {
            i = end < 0 ? n : end;
            break;
          }
          if (end < 0) {
            i = n;
            break;
          }
          start = end + 1;
        }
        continue;
      }
    }
    i++;
  }
  return n;
}

/**
 * The names written in a block body starting at `i` (just past its `{`), down to its closing
 * `}`; `top`: a whole file (no closing bracket). `dynamic "x" { content { … } }` is written as
 * `x` (dynamic), its `content` as the body of `x`.
 */
function scanHclBody(src: SourceText, i: number, top = false): WrittenTree {
  const text = src.text;
  const n = text.length;
  const root: WrittenTree = new Map();
  // Open blocks: the tree their names go into, and whether the block is a `dynamic` one.
  const frames: Array<{ tree: WrittenTree; dynamic: boolean }> = [{ tree: root, dynamic: false }];
  const add = (tree: WrittenTree, name: string, w: Written) => {
    const list = tree.get(name);
    if (list) list.push(w);
    else tree.set(name, [w]);
  };
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x2c) {
      i++;
      continue;
    }
    const past = skipComment(text, i);
    if (past !== i) {
      i = past;
      continue;
    }
    if (c === 0x7d) {
      i++;
      // The file's own level has no closing bracket.
      if (frames.length === 1 && top) continue;
      frames.pop();
      if (frames.length === 0) break;
      continue;
    }
    if (!isIdentStart(c)) {
      // Nothing a body starts with here (an object key in quotes at the top of a file): skip the line.
      i = Math.max(skipExpression(text, i), i + 1);
      continue;
    }
    const start = i;
    while (i < n && isIdent(text.charCodeAt(i))) i++;
    const name = text.slice(start, i);
    let j = i;
    while (j < n && (text.charCodeAt(j) === 0x20 || text.charCodeAt(j) === 0x09)) j++;
    const frame = frames[frames.length - 1];
    if (text.charCodeAt(j) === 0x3d && text.charCodeAt(j + 1) !== 0x3d) {
      add(frame.tree, name, { line: src.lineOf(start) });
      i = skipExpression(text, j + 1);
      continue;
    }
    // A block header: labels (quoted or bare), then `{`.
    const labels: string[] = [];
    for (;;) {
      const d = text.charCodeAt(j);
      if (d === 0x22) {
        const end = text.indexOf('"', j + 1);
        if (end < 0) break;
        labels.push(text.slice(j + 1, end));
        j = end + 1;
      } else if (isIdentStart(d)) {
        const s = j;
        while (j < n && isIdent(text.charCodeAt(j))) j++;
        labels.push(text.slice(s, j));
      } else {
        break;
      }
      while (j < n && (text.charCodeAt(j) === 0x20 || text.charCodeAt(j) === 0x09)) j++;
    }
    if (text.charCodeAt(j) !== 0x7b) {
      i = Math.max(skipExpression(text, j), j + 1);
      continue;
    }
    if (name === 'content' && frame.dynamic) {
      // The content of a dynamic block: its names are the generated block's.
      frames.push({ tree: frame.tree, dynamic: false });
    } else {
      const children: WrittenTree = new Map();
      const dynamic = name === 'dynamic' && labels.length > 0;
      add(frame.tree, dynamic ? labels[0] : name, dynamic ? { line: src.lineOf(start), children, dynamic } : { line: src.lineOf(start), children });
      frames.push({ tree: children, dynamic });
    }
    i = j + 1;
  }
  return root;
}

// ------------------------------------------------------------------ JSON

/** Past the JSON string whose opening quote is at `i`. */
function skipJsonString(text: string, i: number): number {
  const n = text.length;
  for (i++; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5c) i++;
    else if (c === 0x22) return i + 1;
  }
  return n;
}

function jsonKey(text: string, start: number, end: number): string {
  const raw = text.slice(start + 1, end - 1);
  if (!raw.includes('\\')) return raw;
  try {
    return JSON.parse(`"${raw}"`) as string;
  } catch {
    return raw;
  }
}

/**
 * Every key of a JSON text down to `depth` levels (arrays add none: the list forms of Terraform
 * JSON are looked through), by one scan: `a\0b\0c` → the key's line and the offset of its value.
 */
function indexJsonKeys(text: string, depth: number): Map<string, { line: number; offset: number }> {
  const index = new Map<string, { line: number; offset: number }>();
  const path: string[] = [];
  const frames: Array<{ object: boolean; pushed: boolean; expectKey: boolean }> = [];
  let key: string | undefined;
  let line = 1;
  let keyLine = 1;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) {
      line++;
    } else if (c === 0x22) {
      const end = skipJsonString(text, i);
      const frame = frames[frames.length - 1];
      if (frame?.object && frame.expectKey) {
        key = jsonKey(text, i, end);
        keyLine = line;
        frame.expectKey = false;
      }
      i = end - 1;
    } else if (c === 0x3a && key !== undefined && path.length < depth) {
      const id = [...path, key].join('\u0000');
      let v = i + 1;
      while (v < n && /\s/.test(text[v])) v++;
      if (!index.has(id)) index.set(id, { line: keyLine, offset: v });
    } else if (c === 0x7b || c === 0x5b) {
      const parent = frames[frames.length - 1];
      const pushed = parent?.object === true && key !== undefined;
      if (pushed) path.push(key!);
      frames.push({ object: c === 0x7b, pushed, expectKey: c === 0x7b });
      key = undefined;
      // Deeper than indexed: skip the value whole.
      if (path.length >= depth) {
        const end = skipJsonValue(text, i);
        for (let k = text.indexOf('\n', i); k >= 0 && k < end; k = text.indexOf('\n', k + 1)) line++;
        i = end - 1;
        const frame = frames.pop();
        if (frame?.pushed) path.pop();
      }
    } else if (c === 0x7d || c === 0x5d) {
      const frame = frames.pop();
      if (frame?.pushed) path.pop();
      key = undefined;
    } else if (c === 0x2c) {
      const frame = frames[frames.length - 1];
      if (frame?.object) frame.expectKey = true;
      key = undefined;
    }
  }
  return index;
}

/** Past the JSON object or array whose bracket is at `i`. */
function skipJsonValue(text: string, i: number): number {
  let depth = 0;
  const n = text.length;
  for (; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      i = skipJsonString(text, i) - 1;
    } else if (c === 0x7b || c === 0x5b) {
      depth++;
    } else if (c === 0x7d || c === 0x5d) {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return n;
}

/**
 * The names written in the JSON object at `offset` (a list of objects: its first), each key with
 * its line; an object value is the key's body, and each object of a list value one more place the
 * key is written (its block), at the object's own line.
 */
function scanJsonValue(src: SourceText, offset: number): WrittenTree | undefined {
  const text = src.text;
  let i = offset;
  while (i < text.length && /\s/.test(text[i])) i++;
  if (text.charCodeAt(i) === 0x5b) {
    i++;
    while (i < text.length && /\s/.test(text[i])) i++;
  }
  if (text.charCodeAt(i) !== 0x7b) return undefined;
  const root: WrittenTree = new Map();
  // Open containers: an object's tree, or a list of the key `name` in `tree` (its objects are blocks).
  type Frame =
    | { kind: 'object'; tree: WrittenTree; key?: string; keyLine?: number }
    | { kind: 'list'; tree: WrittenTree; name: string; line: number; first: boolean };
  const frames: Frame[] = [{ kind: 'object', tree: root }];
  const add = (tree: WrittenTree, name: string, w: Written) => {
    const list = tree.get(name);
    if (list) list.push(w);
    else tree.set(name, [w]);
  };
  const n = text.length;
  for (i++; i < n && frames.length > 0; i++) {
    const c = text.charCodeAt(i);
    const frame = frames[frames.length - 1];
    if (c === 0x22) {
      const end = skipJsonString(text, i);
      if (frame.kind === 'object' && frame.key === undefined) {
        frame.key = jsonKey(text, i, end);
        frame.keyLine = src.lineOf(i);
      } else if (frame.kind === 'object' && frame.key !== undefined) {
        add(frame.tree, frame.key, { line: frame.keyLine! });
        frame.key = undefined;
      } else if (frame.kind === 'list' && frame.first) {
        // A list of values, not of blocks: the key's own line.
        add(frame.tree, frame.name, { line: frame.line });
        frame.first = false;
      }
      i = end - 1;
    } else if (c === 0x7b) {
      if (frame.kind === 'object' && frame.key !== undefined) {
        const children: WrittenTree = new Map();
        add(frame.tree, frame.key, { line: frame.keyLine!, children });
        frame.key = undefined;
        frames.push({ kind: 'object', tree: children });
      } else if (frame.kind === 'list') {
        const children: WrittenTree = new Map();
        add(frame.tree, frame.name, { line: frame.first ? frame.line : src.lineOf(i), children });
        frame.first = false;
        frames.push({ kind: 'object', tree: children });
      } else {
        i = skipJsonValue(text, i) - 1;
      }
    } else if (c === 0x5b) {
      if (frame.kind === 'object' && frame.key !== undefined) {
        frames.push({ kind: 'list', tree: frame.tree, name: frame.key, line: frame.keyLine!, first: true });
        frame.key = undefined;
      } else {
        // A list inside a list: written at the outer list's line.
        if (frame.kind === 'list' && frame.first) {
          add(frame.tree, frame.name, { line: frame.line });
          frame.first = false;
        }
        i = skipJsonValue(text, i) - 1;
      }
    } else if (c === 0x7d || c === 0x5d) {
      const closed = frames.pop();
      if (closed?.kind === 'list' && closed.first) add(closed.tree, closed.name, { line: closed.line });
    } else if (c === 0x2c || c === 0x3a || c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) {
      // separators
    } else if (frame.kind === 'object' && frame.key !== undefined) {
      // A number, true, false or null.
      add(frame.tree, frame.key, { line: frame.keyLine! });
      frame.key = undefined;
      while (i + 1 < n && !/[,}\]\s]/.test(text[i + 1])) i++;
    } else if (frame.kind === 'list' && frame.first) {
      add(frame.tree, frame.name, { line: frame.line });
      frame.first = false;
      while (i + 1 < n && !/[,}\]\s]/.test(text[i + 1])) i++;
    }
  }
  return root;
}

// ------------------------------------------------------------------ arguments and references

/**
 * The line of argument `name` of a block: in HCL, of the block declared on `blockLine`; in JSON,
 * under `keys` (`module`, call name).
 */
export function argumentLine(
  source: SourceText | undefined, keys: readonly string[], blockLine: number | undefined, name: string,
): number | undefined {
  if (source === undefined) return undefined;
  if (source.json) return source.jsonLine([...keys, name]);
  return blockLine === undefined ? undefined : source.hclBlock(blockLine)?.get(name)?.[0]?.line;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const own = (o: Record<string, unknown>, k: string) => Object.prototype.hasOwnProperty.call(o, k);

/**
 * The raw (Terraform JSON) expression at an attribute path of a block body: blocks are lists of
 * objects (the first one when the path gives no index), a `dynamic` block's `content` stands for
 * the blocks it generates (its `for_each` is `around` it). Where the path meets an expression
 * (`storage = var.storage`), that expression gives the rest of the path. Undefined: not written.
 */
export function rawAt(body: unknown, attribute: string): { raw: unknown; around: unknown[] } | undefined {
  let cur: unknown = body;
  const around: unknown[] = [];
  for (const s of segments(attribute)) {
    if (typeof cur === 'string') break;
    if (Array.isArray(cur)) cur = cur.length > 0 ? cur[0] : undefined;
    if (!isObject(cur)) return undefined;
    if (own(cur, s.name)) {
      cur = cur[s.name];
    } else {
      // dynamic "label" { for_each = …, content { … } }
      const dynamics = (Array.isArray(cur.dynamic) ? cur.dynamic : [cur.dynamic]).filter(isObject);
      const spec = dynamics.map((d) => d[s.name]).flatMap((x) => (Array.isArray(x) ? x : [x])).find(isObject);
      if (spec === undefined) return undefined;
      around.push(spec.for_each);
      cur = spec.content;
    }
    if (Array.isArray(cur)) {
      if (s.index !== undefined && s.index < cur.length) cur = cur[s.index];
      else if (cur.length > 0 && isObject(cur[0])) cur = cur[0];
    }
  }
  return cur === undefined ? undefined : { raw: cur, around };
}

/** The `${…}` and `%{…}` parts of a template string. */
function interpolations(s: string): string[] {
  const out: string[] = [];
  for (let i = s.indexOf('{'); i >= 0 && i < s.length; i = s.indexOf('{', i + 1)) {
    const before = s.charCodeAt(i - 1);
    if ((before !== 0x24 && before !== 0x25) || s.charCodeAt(i - 2) === before) continue;
    let depth = 1;
    let j = i + 1;
    let quoted = false;
    for (; j < s.length && depth > 0; j++) {
      const c = s.charCodeAt(j);
      if (quoted) {
        if (c === 0x5c) j++;
        else if (c === 0x22) quoted = false;
      } else if (c === 0x22) {
        quoted = true;
      } else if (c === 0x7b) {
        depth++;
      } else if (c === 0x7d) {
        depth--;
      }
    }
    out.push(s.slice(i + 1, j - 1));
    i = j - 1;
  }
  return out;
}

const REFERENCE = /(?<![\w.])(var|local|each)\.([A-Za-z_][\w-]*)/g;

/** The `var.x`, `local.x` and `each.*` references of raw expressions (strings, lists and objects of them), once each. */
export function referencesOf(raws: readonly unknown[]): Array<{ root: 'var' | 'local' | 'each'; name: string }> {
  const out: Array<{ root: 'var' | 'local' | 'each'; name: string }> = [];
  const seen = new Set<string>();
  const strings = (s: string) => {
    if (!s.includes('{')) return;
    for (const part of interpolations(s)) {
      for (const m of part.matchAll(REFERENCE)) {
        const key = `${m[1]}.${m[2]}`;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push({ root: m[1] as 'var' | 'local' | 'each', name: m[2] });
      }
    }
  };
  // In the order written (breadth first), each value once.
  const queue: unknown[] = [...raws];
  for (let i = 0; i < queue.length; i++) {
    const v = queue[i];
    if (typeof v === 'string') {
      strings(v);
    } else if (Array.isArray(v)) {
      for (const x of v) queue.push(x);
    } else if (isObject(v)) {
      for (const k of Object.keys(v)) {
        strings(k);
        queue.push(v[k]);
      }
    }
  }
  return out;
}
