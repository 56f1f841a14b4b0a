/**
 * Acknowledgements written as comments in `.tf` files, in the style checkov's users know
 * (`#checkov:skip=CKV_AWS_20:reason`): `# cloudaudit:skip=<rule id or code>:<reason>` (or `//`,
 * `/* … *\/`) inside a `resource` or `module` block, or on the comment lines right above it. On a
 * module call it covers every resource of the module. The reason is required (10 characters or
 * more, as for `AuditChecks.acknowledge`).
 */
import type { Acknowledgement } from '../model';

/** `cloudaudit:skip=ID:reason`: the id, then the rest of the comment is the reason. */
const SKIP = /cloudaudit:skip=([^:\s]+)(?::([^\n]*))?/g;

/** Acknowledgements by block: `resource.<type>.<name>` or `module.<name>`, with the line each was written on. */
export type CommentAcknowledgements = Map<string, Array<Acknowledgement & { readonly line: number }>>;

interface Comment { readonly start: number; readonly end: number; readonly text: string }

/** Comments of an HCL text and the spans of its top-level blocks, in one pass that skips strings and heredocs. */
function scan(text: string): { comments: Comment[]; blocks: Array<{ key: string; header: number; open: number; close: number }> } {
  const comments: Comment[] = [];
  const blocks: Array<{ key: string; header: number; open: number; close: number }> = [];
  let depth = 0;
  let current: { key: string; header: number; open: number } | undefined;
  let lineStart = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') {
      lineStart = i + 1;
      continue;
    }
    if (c === '#' || (c === '/' && text[i + 1] === '/')) {
      const end = text.indexOf('\n', i);
      const stop = end < 0 ? text.length : end;
      comments.push({ start: i, end: stop, text: text.slice(i, stop) });
      i = stop - 1;
      continue;
    }
    if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      const stop = end < 0 ? text.length : end + 2;
      comments.push({ start: i, end: stop, text: text.slice(i, stop) });
      i = stop - 1;
      continue;
    }
    if (c === '"') {
      // A quoted string (templates inside may hold braces and quotes of their own).
      let nest = 0;
      for (i++; i < text.length; i++) {
        if (text[i] === '\\') {i++;} else if (text[i] === '$' && text[i + 1] === '{') { nest++; i++; } else if (text[i] === '}' && nest > 0) {nest--;} else if (text[i] === '"' && nest === 0) {break;}
      }
      continue;
    }
    if (c === '<' && text[i + 1] === '<') {
      const m = /^<<-?([A-Za-z_][A-Za-z0-9_-]*)[ \t]*\r?\n/.exec(text.slice(i));
      if (m) {
        const close = new RegExp(`\\n[ \\t]*${m[1]}[ \\t]*(?=\\r?\\n|$)`, 'g');
        close.lastIndex = i + m[0].length - 1;
        const found = close.exec(text);
        i = found ? found.index + found[0].length - 1 : text.length;
        continue;
      }
    }
    if (c === '{') {
      if (depth === 0) {
        const header = text.slice(lineStart, i);
        const r = /^\s*resource\s+"([^"]+)"\s+"([^"]+)"\s*$/.exec(header);
        const m = /^\s*module\s+"([^"]+)"\s*$/.exec(header);
        const key = r ? `resource.${r[1]}.${r[2]}` : m ? `module.${m[1]}` : undefined;
        if (key) current = { key, header: lineStart, open: i };
      }
      depth++;
    } else if (c === '}') {
      depth = Math.max(0, depth - 1);
      if (depth === 0 && current) {
        blocks.push({ ...current, close: i });
        current = undefined;
      }
    }
  }
  return { comments, blocks };
}

function lineOf(text: string, offset: number): number {
  let n = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/** The acknowledgement comments of one `.tf` file, by the block they belong to. */
export function acknowledgementComments(text: string): CommentAcknowledgements {
  const out: CommentAcknowledgements = new Map();
  if (!text.includes('cloudaudit:skip=')) return out;
  const { comments, blocks } = scan(text);
  const add = (key: string, c: Comment) => {
    for (const m of c.text.matchAll(SKIP)) {
      const reason = (m[2] ?? '').replace(/\*\/\s*$/, '').trim();
      const list = out.get(key) ?? [];
      list.push({ id: m[1], reason, line: lineOf(text, c.start + (m.index ?? 0)) });
      out.set(key, list);
    }
  };
  for (const b of blocks) {
    // Inside the block.
    for (const c of comments) if (c.start > b.open && c.start < b.close) add(b.key, c);
    // The comment lines right above its header (no blank line between).
    let end = b.header;
    for (let k = comments.length - 1; k >= 0; k--) {
      const c = comments[k];
      if (c.start >= b.header) continue;
      const between = text.slice(c.end, end);
      if (!/^[ \t]*\r?\n?[ \t]*$/.test(between)) break;
      const before = text.slice(text.lastIndexOf('\n', c.start - 1) + 1, c.start);
      if (before.trim() !== '') break; // a comment after code on its line belongs to that line
      add(b.key, c);
      end = text.lastIndexOf('\n', c.start - 1) + 1;
    }
  }
  return out;
}
