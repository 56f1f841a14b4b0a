/**
 * Text that came from input (names, paths, values, parser messages) made safe to print: on a
 * terminal, in a CI log and in a generated file. Nothing the input says can move the cursor, clear
 * the screen, set a title, overwrite a line (`\r`), start a new line, reorder text (bidi
 * overrides) or be read by the CI runner as one of its commands (GitHub `::error::`,
 * `::add-mask::`, `##[...]`; Azure Pipelines `##vso[...]`). Pure TypeScript.
 */

/**
 * Characters never printed raw: C0 and C1 controls and DEL (`Cc`, which holds ESC, `\r`, `\n`,
 * `\t`), format characters (`Cf`: bidi embeddings, overrides and isolates, zero-width characters,
 * the BOM), the line and paragraph separators U+2028 and U+2029, and lone surrogates.
 */
const UNSAFE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}]/u;
const UNSAFE_ALL = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}]/gu;
/** What a CI runner reads as a command: `::` starting a line (after blanks), `##[` or `##vso[` anywhere. */
const COMMAND = /^[ \t]*::|##(?=\[|vso\[)/;
const COMMAND_ALL = /^([ \t]*)::|##(?=\[|vso\[)/g;

/** `\x1b`, `\u2028`, `\u{e0001}`: the escape a reader recognises, never the character. */
export function escapeChar(c: string): string {
  const cp = c.codePointAt(0)!;
  if (cp === 0x0a) return '\\n';
  if (cp === 0x0d) return '\\r';
  if (cp === 0x09) return '\\t';
  if (cp < 0x100) return `\\x${cp.toString(16).padStart(2, '0')}`;
  if (cp <= 0xffff) return `\\u${cp.toString(16).padStart(4, '0')}`;
  return `\\u{${cp.toString(16)}}`;
}

/** Whether `s` holds nothing `printable` would change. */
export function isPrintable(s: string): boolean {
  return !UNSAFE.test(s) && !COMMAND.test(s);
}

/**
 * One line of untrusted text, safe to print: unsafe characters escaped (`\x1b`, `\r`, `\n`,
 * `\u202e`), a CI command at its start or inside neutralised with a backslash (`\::error`,
 * `#\#[`). Text without either is returned as is (no copy).
 */
export function printable(s: string): string {
  if (isPrintable(s)) return s;
  return s.replace(UNSAFE_ALL, escapeChar).replace(COMMAND_ALL, (_m: string, blanks?: string) => (blanks !== undefined ? `${blanks}\\::` : '#\\#'));
}

/**
 * Several lines of our own (joined with `\n`), each of which may start with untrusted text: every
 * line is made `printable`, the line breaks between them kept.
 */
export function printableLines(text: string): string {
  if (isPrintable(text.replace(/\n/g, ' '))) {
    // Fast path: no unsafe character but the line breaks; only line starts can still hold a command.
    return /^[ \t]*::/m.test(text) ? text.split('\n').map(printable).join('\n') : text;
  }
  return text.split('\n').map(printable).join('\n');
}

/** Characters JSON.stringify leaves raw that must not reach a terminal or a log: escaped as `\uXXXX` (still the same JSON value). */
const JSON_UNSAFE = /[\u007f-\u009f\p{Cf}\u2028\u2029]|##(?=\[|vso\[)/gu;

/**
 * JSON text (as JSON.stringify writes it: C0 controls already escaped) with the remaining unsafe
 * characters escaped inside its strings: DEL, C1 controls, format characters, U+2028/U+2029, and
 * the `#` of a CI command (`#\u0023[`). The parsed value is unchanged.
 */
export function printableJson(json: string): string {
  return json.replace(JSON_UNSAFE, (c: string) => {
    if (c === '##') return '#\\u0023';
    let out = '';
    // UTF-16 units: an astral format character is written as its surrogate pair, as JSON requires.
    for (let i = 0; i < c.length; i++) out += `\\u${c.charCodeAt(i).toString(16).padStart(4, '0')}`;
    return out;
  });
}
