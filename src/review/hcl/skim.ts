/**
 * The selective HCL reader: one linear scan of a file finds its top-level blocks (strings,
 * templates, heredocs and comments understood), so that the bodies of resources the review reads
 * nothing of (a monorepo's instances, networks, databases: most of it) never reach the HCL parser.
 * HashiCorp's parser, compiled to WebAssembly, takes ~0.5 ms per resource; this scan takes a
 * fraction of a microsecond per byte.
 *
 * What is kept, verbatim and on its own lines (so every line number stays right): every block that
 * is not a resource; every resource of a type the review reads (reads.ts); every resource a kept
 * block refers to (`type.name`, transitively, across the files of the module); and, of the other
 * resources, the header and the meta-arguments `count`, `for_each`, `provider` and `depends_on`, so
 * the instances and their addresses are the same. Only newlines stand for the rest of their bodies.
 *
 * A file the scan cannot make sense of (an unterminated string, comment or heredoc, brackets that
 * do not match) is handed whole to the parser, which names the error. A syntax error inside a body
 * that is skimmed is not reported: the review reads nothing there, and `terraform validate` is the
 * judge of it (docs/review.md, "What the review reads").
 */

import { fastBody, own } from './fast';

/** One attribute of a block body, from its name to the end of its value (exclusive). */
interface Span {
  readonly name: string;
  readonly start: number;
  readonly end: number;
}

/** A top-level block: `resource "type" "name" { … }`. */
export interface TopBlock {
  readonly kind: string;
  readonly labels: readonly string[];
  /** Offset of the block's first character and just past its closing brace. */
  readonly start: number;
  readonly end: number;
  /** Offset just past the opening brace. */
  readonly bodyStart: number;
  /** The body's own meta-arguments (`count`, `for_each`, `provider`, `depends_on`). */
  readonly attributes: readonly Span[];
}

const HEADER = /^([A-Za-z_][\w-]*)((?:\s+(?:"(?:[^"\\\n]|\\.)*"|[A-Za-z_][\w-]*))*)\s*$/;
const LABEL = /"((?:[^"\\\n]|\\.)*)"|([A-Za-z_][\w-]*)/g;

const enum C {
  NL = 10, CR = 13, SP = 32, TAB = 9, QUOTE = 34, HASH = 35, DOLLAR = 36, PERCENT = 37, LPAREN = 40, RPAREN = 41,
  STAR = 42, DASH = 45, SLASH = 47, LT = 60, EQ = 61, LBRACKET = 91, BACKSLASH = 92, RBRACKET = 93, LBRACE = 123, RBRACE = 125,
}

/** Frames of the scan: brackets of an expression, a quoted template, a heredoc template. */
type Frame =
  | { readonly t: 'code'; readonly close: number; readonly interp: boolean }
  | { readonly t: 'string' }
  | { readonly t: 'heredoc'; readonly marker: string };

/** Meta-arguments kept in a skimmed resource: they decide its instances and their addresses. */
const META = new Set(['count', 'for_each', 'provider', 'depends_on']);

/** Runs of characters that mean nothing to the scan, skipped at once (sticky: from lastIndex). */
const PLAIN_STRING = /[^"\\$%\n]*/y;
const PLAIN_HEREDOC = /[^$%\n]*/y;
const PLAIN_CODE = /[^\n"#/{}[\]()<]*/y;

function skip(re: RegExp, text: string, from: number): number {
  re.lastIndex = from;
  re.exec(text);
  return re.lastIndex;
}

const isIdStart = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
const isId = (c: number) => isIdStart(c) || (c >= 48 && c <= 57) || c === C.DASH;

function labelsOf(header: string): { kind: string; labels: string[] } | undefined {
  const m = HEADER.exec(header);
  if (!m) return undefined;
  const labels: string[] = [];
  if (m[2] === '') return { kind: m[1], labels };
  for (const l of m[2].matchAll(LABEL)) {
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
  return { kind: m[1], labels };
}

/**
 * The top-level blocks of an HCL file, in order; undefined when the file does not scan (the
 * parser is then given all of it and reports the error). Linear in the text.
 */
export function topLevelBlocks(text: string): TopBlock[] | undefined {
  const n = text.length;
  const blocks: TopBlock[] = [];
  const stack: Frame[] = [];
  /** Start of the current top-level statement (first character of its line), or -1. */
  let statement = -1;
  let block: { kind: string; labels: string[]; start: number; bodyStart: number; attributes: Span[] } | undefined;
  let attribute: { name: string; start: number } | undefined;
  let lineStart = true;
  let i = 0;
  const endAttribute = (at: number) => {
    if (attribute && block) block.attributes.push({ name: attribute.name, start: attribute.start, end: at });
    attribute = undefined;
  };
  while (i < n) {
    const top = stack.length > 0 ? stack[stack.length - 1] : undefined;
    const c = text.charCodeAt(i);
    if (top?.t === 'string') {
      if (c === C.BACKSLASH) { i += 2; continue; }
      if (c === C.QUOTE) { stack.pop(); i++; continue; }
      if (c === C.NL) return undefined; // a quoted string ends on its line
      if ((c === C.DOLLAR || c === C.PERCENT) && text.charCodeAt(i + 1) === c && text.charCodeAt(i + 2) === C.LBRACE) { i += 3; continue; }
      if ((c === C.DOLLAR || c === C.PERCENT) && text.charCodeAt(i + 1) === C.LBRACE) { stack.push({ t: 'code', close: C.RBRACE, interp: true }); i += 2; continue; }
      i = skip(PLAIN_STRING, text, i + 1);
      continue;
    }
    if (top?.t === 'heredoc') {
      if (lineStart) {
        lineStart = false;
        let j = i;
        while (j < n && (text.charCodeAt(j) === C.SP || text.charCodeAt(j) === C.TAB)) j++;
        let e = text.indexOf('\n', j);
        if (e < 0) e = n;
        if (text.slice(j, e).trimEnd() === top.marker) {
          stack.pop();
          i = e;
          continue;
        }
      }
      if (c === C.NL) { lineStart = true; i++; continue; }
      if ((c === C.DOLLAR || c === C.PERCENT) && text.charCodeAt(i + 1) === c && text.charCodeAt(i + 2) === C.LBRACE) { i += 3; continue; }
      if ((c === C.DOLLAR || c === C.PERCENT) && text.charCodeAt(i + 1) === C.LBRACE) { stack.push({ t: 'code', close: C.RBRACE, interp: true }); i += 2; continue; }
      i = skip(PLAIN_HEREDOC, text, i + 1);
      continue;
    }
    // Code: at the top level, inside a block body, or inside an expression's brackets.
    if (c === C.NL) {
      // An attribute of the block body ends at the end of its line, outside any bracket.
      if (attribute && stack.length === 1) endAttribute(i);
      lineStart = true;
      i++;
      continue;
    }
    if (c === C.SP || c === C.TAB || c === C.CR) { i++; continue; }
    if (c === C.HASH || (c === C.SLASH && text.charCodeAt(i + 1) === C.SLASH)) {
      const e = text.indexOf('\n', i);
      i = e < 0 ? n : e;
      continue;
    }
    if (c === C.SLASH && text.charCodeAt(i + 1) === C.STAR) {
      const e = text.indexOf('*/', i + 2);
      if (e < 0) return undefined;
      i = e + 2;
      continue;
    }
    const atLineStart = lineStart;
    lineStart = false;
    if (stack.length === 0) {
      if (atLineStart || statement < 0) statement = i;
      if (c === C.LBRACE) {
        const head = labelsOf(text.slice(statement, i));
        block = { kind: head?.kind ?? '', labels: head?.labels ?? [], start: statement, bodyStart: i + 1, attributes: [] };
        stack.push({ t: 'code', close: C.RBRACE, interp: false });
        i++;
        continue;
      }
      if (c === C.QUOTE) { stack.push({ t: 'string' }); i++; continue; }
      if (c === C.RBRACE || c === C.RBRACKET || c === C.RPAREN) return undefined;
      if (c === C.LBRACKET || c === C.LPAREN) return undefined; // not a block: a file the parser should see whole
      i++;
      continue;
    }
    // Meta-arguments only (count, for_each, provider, depends_on): the others are never kept alone.
    if (stack.length === 1 && atLineStart && (c === 99 || c === 102 || c === 112 || c === 100) && block) {
      // `name =` (not `==`) at the start of a body line: an attribute of the block.
      let j = i + 1;
      while (j < n && isId(text.charCodeAt(j))) j++;
      let k = j;
      while (k < n && (text.charCodeAt(k) === C.SP || text.charCodeAt(k) === C.TAB)) k++;
      if (text.charCodeAt(k) === C.EQ && text.charCodeAt(k + 1) !== C.EQ) {
        const name = text.slice(i, j);
        if (META.has(name)) attribute = { name, start: i };
        i = k + 1;
        continue;
      }
      i = j;
      continue;
    }
    if (c === C.QUOTE) { stack.push({ t: 'string' }); i++; continue; }
    if (c === C.LT && text.charCodeAt(i + 1) === C.LT) {
      const m = /^<<-?([A-Za-z_][\w-]*)[ \t]*\r?\n/.exec(text.slice(i, i + 260));
      if (m) {
        stack.push({ t: 'heredoc', marker: m[1] });
        i += m[0].length;
        lineStart = true;
        continue;
      }
    }
    if (c === C.LBRACE) { stack.push({ t: 'code', close: C.RBRACE, interp: false }); i++; continue; }
    if (c === C.LBRACKET) { stack.push({ t: 'code', close: C.RBRACKET, interp: false }); i++; continue; }
    if (c === C.LPAREN) { stack.push({ t: 'code', close: C.RPAREN, interp: false }); i++; continue; }
    if (c === C.RBRACE || c === C.RBRACKET || c === C.RPAREN) {
      const frame = top as Extract<Frame, { t: 'code' }>;
      if (frame.close !== c) return undefined;
      stack.pop();
      i++;
      if (stack.length === 0 && block) {
        endAttribute(i - 1);
        blocks.push({ kind: block.kind, labels: block.labels, start: block.start, end: i, bodyStart: block.bodyStart, attributes: block.attributes });
        block = undefined;
        statement = -1;
      }
      continue;
    }
    i = skip(PLAIN_CODE, text, i + 1);
  }
  if (stack.length > 0) return undefined;
  return blocks;
}


/** `type.name` and `data.type.name` written in a text: the resources it may refer to. */
const REFERENCE = /\b(data\.)?([A-Za-z_][\w-]*)\.([A-Za-z_][\w-]*)/g;

/** The keys (`type.name`, `data.type.name`) a text names. */
export function referencesIn(text: string, into: Set<string>): void {
  for (const m of text.matchAll(REFERENCE)) into.add(`${m[1] ?? ''}${m[2]}.${m[3]}`);
}

/** One file of a module, scanned. */
export interface ScannedFile {
  readonly text: string;
  /** Undefined: the file did not scan, it is parsed whole. */
  readonly blocks?: readonly TopBlock[];
}

/**
 * Which resource blocks of a module's files are skimmed: those of a type `reads` says nothing of,
 * that no kept block refers to (transitively). Returns the keys (`type.name`) kept.
 */
export function keptResources(files: readonly ScannedFile[], reads: (type: string) => boolean): Set<string> {
  const kept = new Set<string>();
  const candidates = new Map<string, Array<{ text: string; block: TopBlock }>>();
  const referenced = new Set<string>();
  const work: string[] = [];
  for (const f of files) {
    if (!f.blocks) {
      // A file parsed whole: everything it writes may refer to anything.
      referencesIn(f.text, referenced);
      continue;
    }
    for (const b of f.blocks) {
      if (b.kind === 'resource' && b.labels.length === 2 && !reads(b.labels[0])) {
        const key = `${b.labels[0]}.${b.labels[1]}`;
        const list = candidates.get(key) ?? [];
        list.push({ text: f.text, block: b });
        candidates.set(key, list);
      } else {
        referencesIn(f.text.slice(b.start, b.end), referenced);
      }
    }
  }
  for (const key of referenced) if (candidates.has(key)) work.push(key);
  while (work.length > 0) {
    const key = work.pop()!;
    if (kept.has(key)) continue;
    kept.add(key);
    const found = new Set<string>();
    for (const { text, block } of candidates.get(key) ?? []) referencesIn(text.slice(block.start, block.end), found);
    for (const k of found) if (candidates.has(k) && !kept.has(k)) work.push(k);
  }
  return kept;
}

/** A block read without the parser: by fast.ts, or a skimmed resource (its body empty). */
export interface ReadBlock {
  readonly kind: string;
  readonly labels: readonly string[];
  readonly body: Record<string, unknown>;
}

/** What the parser is given of a file, and the blocks read without it. */
export interface Skimmed {
  readonly text: string;
  readonly blocks: readonly ReadBlock[];
  /** The line of the file a line of `text` is (the parser's diagnostics name lines of `text`). */
  readonly lineOf: (line: number) => number;
}

/** Labels per kind of block fast.ts may read (the others go to the parser). */
const FAST_KINDS: Record<string, number> = { resource: 2, data: 2, variable: 1, output: 1, module: 1, provider: 1, locals: 0 };

/**
 * The text the parser is given: `text` without the blocks read here (plain ones by fast.ts, the
 * bodies of the resources not kept); a resource not kept whose meta-arguments fast.ts cannot read
 * keeps its header and them. Each newline is a token to the parser (≈ 2 µs each): what is left out
 * leaves no blank lines behind, and `lineOf` maps the lines back.
 */
export function skim(file: ScannedFile, keep: (type: string, name: string) => boolean): Skimmed {
  const same = (line: number) => line;
  if (!file.blocks) return { text: file.text, blocks: [], lineOf: same };
  const { text } = file;
  const parts: string[] = [];
  const read: ReadBlock[] = [];
  /** Where each kept piece starts: its first line in the parser's text and in the file. */
  const pieces: Array<{ at: number; line: number }> = [];
  let lines = 1;
  let line = 1;
  let at = 0;
  const keepPiece = (from: number, to: number) => {
    if (to <= from) return;
    const piece = text.slice(from, to);
    line += countNewlines(text, at, from);
    pieces.push({ at: lines, line });
    parts.push(piece);
    const n = countNewlines(piece, 0, piece.length);
    lines += n;
    line += n;
    at = to;
  };
  for (const b of file.blocks) {
    const fastKind = FAST_KINDS[b.kind] === b.labels.length;
    const skimmed = b.kind === 'resource' && b.labels.length === 2 && !keep(b.labels[0], b.labels[1]);
    let body: Record<string, unknown> | undefined;
    const meta = skimmed ? b.attributes.filter((a) => META.has(a.name)) : [];
    if (skimmed && meta.length === 0) body = {};
    else if (fastKind) body = fastBody(text, b.bodyStart, b.end);
    if (body && skimmed) {
      const metaOnly: Record<string, unknown> = {};
      for (const k of Object.keys(body)) if (META.has(k)) metaOnly[k] = body[k];
      body = metaOnly;
    }
    if (!body && !skimmed) continue;
    keepPiece(at, b.start);
    if (body) {
      read.push({ kind: b.kind, labels: b.labels, body });
    } else {
      keepPiece(b.start, b.bodyStart);
      for (const a of meta) {
        parts.push('\n');
        lines++;
        keepPiece(a.start, a.end);
      }
      parts.push('\n}');
      lines++;
    }
    line += countNewlines(text, at, b.end);
    at = b.end;
    parts.push('\n');
    lines++;
  }
  if (read.length === 0 && pieces.length === 0) return { text, blocks: read, lineOf: same };
  keepPiece(at, text.length);
  return {
    text: parts.join(''),
    blocks: read,
    lineOf: (l) => {
      let lo = 0;
      let hi = pieces.length - 1;
      while (lo < hi) {
        const mid = Math.floor((lo + hi + 1) / 2);
        if (pieces[mid].at <= l) lo = mid;
        else hi = mid - 1;
      }
      const p = pieces[lo];
      return p ? p.line + Math.max(0, l - p.at) : l;
    },
  };
}

/**
 * Adds the blocks skim() read to the parser's document, as the parser writes them
 * (`resource.<type>.<name>: [body]`, `variable.<name>: [body]`, `locals: [body]`; keys in its
 * sorted order).
 */
export function addBlocks(doc: Record<string, any>, blocks: readonly ReadBlock[]): Record<string, any> {
  if (blocks.length === 0) return doc;
  const out: Record<string, any> = { ...doc };
  const touched = new Set<string>();
  for (const { kind, labels, body } of blocks) {
    if (labels.length === 0) {
      out[kind] = [...(Array.isArray(out[kind]) ? out[kind] : out[kind] === undefined ? [] : [out[kind]]), body];
      continue;
    }
    if (!touched.has(kind)) {
      out[kind] = deepMaps(out[kind], labels.length);
      touched.add(kind);
    }
    let level: Map<string, any> = out[kind];
    for (let i = 0; i < labels.length - 1; i++) {
      let next = level.get(labels[i]);
      if (!next) level.set(labels[i], (next = new Map()));
      level = next;
    }
    const last = labels[labels.length - 1];
    const list = level.get(last);
    if (list) list.push(body);
    else level.set(last, [body]);
  }
  for (const kind of touched) out[kind] = sortedObjects(out[kind]);
  const sorted: Record<string, any> = {};
  for (const k of Object.keys(out).sort(byBytes)) own(sorted, k, out[k]);
  return sorted;
}

/** The parser's nested objects of one kind as maps, `depth` levels down to the lists (copied). */
function deepMaps(value: unknown, depth: number): Map<string, any> {
  const map = new Map<string, any>();
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return map;
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    map.set(k, depth > 1 ? deepMaps(v, depth - 1) : Array.isArray(v) ? [...v] : [v]);
  }
  return map;
}

function sortedObjects(map: Map<string, any>): Record<string, any> {
  const out: Record<string, any> = {};
  for (const k of [...map.keys()].sort(byBytes)) {
    const v = map.get(k);
    own(out, k, v instanceof Map ? sortedObjects(v) : v);
  }
  return out;
}

const byBytes = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** How many newlines text[from, to) holds. */
function countNewlines(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = text.indexOf('\n', from); i >= 0 && i < to; i = text.indexOf('\n', i + 1)) count++;
  return count;
}
