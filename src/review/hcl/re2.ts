/**
 * Terraform's regular expressions: RE2 syntax and semantics (Go's regexp package, which
 * `replace`, `regex` and `regexall` use), evaluated with re2js, a pure JavaScript port of RE2
 * (MIT): linear time in the input, whatever the pattern (`(a+)+$` on any string included), and
 * RE2's syntax (`(?i)`, `(?P<name>…)`, `\pL`, `\Q…\E`). Matching follows Go's rules: leftmost
 * first; successive non-overlapping matches, an empty match right after a match ignored; `$1`,
 * `${1}`, `$name`, `${name}` and `$$` in a replacement as Go's Regexp.Expand reads them.
 * A pattern that does not compile is Terraform's error (an EvalFailure); a pattern or an input too
 * large to match within the review's limits is refused (ReviewLimitError).
 */
import type { RE2JS } from 're2js';
import { budget, checkString } from '../limits';

/** Longest pattern matched (RE2 programs grow with the pattern; Terraform's are short). */
export const MAX_PATTERN_CHARS = 4096;
/** Compiled patterns kept (a folder repeats its few patterns over many instances). */
const CACHE_SIZE = 256;

/** Why a pattern is not a regular expression Terraform accepts. */
export class PatternError extends Error {}

let engine: typeof RE2JS | undefined;
const cache = new Map<string, RE2JS>();

function compile(pattern: string): RE2JS {
  const hit = cache.get(pattern);
  if (hit) return hit;
  if (pattern.length > MAX_PATTERN_CHARS) throw new PatternError(`a pattern of more than ${MAX_PATTERN_CHARS} characters is not evaluated by the review`);
  // Loaded on first use: configurations without regular expressions never pay for it.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  engine ??= (require('re2js') as typeof import('re2js')).RE2JS;
  let re: RE2JS;
  try {
    re = engine.compile(pattern);
  } catch (e) {
    throw new PatternError(`invalid regular expression pattern: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
  cache.set(pattern, re);
  return re;
}

/** A whole-string matcher of an RE2 pattern the review builds (fileset()'s globs): linear time. */
export function globMatcher(pattern: string): { test: (s: string) => boolean } {
  let re: RE2JS;
  try {
    re = compile(pattern);
  } catch (e) {
    throw new PatternError(`fileset: bad pattern (${e instanceof Error ? e.message : String(e)})`);
  }
  return { test: (s: string) => re.matcher(s).find(0) };
}

/** One match: [start, end] of the whole match and of each group (-1 for a group that did not take part). */
type Match = number[];

/**
 * Every match of `re` in `s` as Go's FindAllStringSubmatchIndex(s, -1) gives them. Matching costs
 * review steps in proportion to the input and the pattern (RE2 is linear in both).
 */
function allMatches(re: RE2JS, pattern: string, s: string, limit = Infinity): Match[] {
  budget().step(Math.ceil((s.length + 1) * (pattern.length + 1) / 64));
  const m = re.matcher(s);
  const groups = re.groupCount();
  const out: Match[] = [];
  let pos = 0;
  let prevEnd = -1;
  while (pos <= s.length && out.length < limit) {
    if (!m.find(pos)) break;
    const start = m.start();
    const end = m.end();
    let accept = true;
    if (end === start) {
      // An empty match: never one right after the previous match; then move on by one character.
      if (start === prevEnd) accept = false;
      const cp = s.codePointAt(end);
      pos = end + (cp !== undefined && cp > 0xffff ? 2 : 1);
    } else {
      pos = end;
    }
    prevEnd = end;
    if (!accept) continue;
    const match: Match = [start, end];
    for (let g = 1; g <= groups; g++) {
      const gs = m.start(g);
      match.push(gs, gs < 0 ? -1 : m.end(g));
    }
    out.push(match);
  }
  return out;
}

/** Group names by index (index 0 is the whole match, never named). */
function groupNames(re: RE2JS): string[] {
  const names = new Array<string>(re.groupCount() + 1).fill('');
  for (const [name, i] of Object.entries(re.namedGroups())) names[i] = name;
  return names;
}

/** Go's regexp extract: `name` or `{name}` at the start of `str` (after a `$`). */
function extract(str: string): { name: string; num: number; rest: string } | undefined {
  let s = str;
  let brace = false;
  if (s.startsWith('{')) {
    brace = true;
    s = s.slice(1);
  }
  const m = /^[\p{L}\p{Nd}_]+/u.exec(s);
  if (!m) return undefined;
  const name = m[0];
  let i = name.length;
  if (brace) {
    if (s[i] !== '}') return undefined;
    i++;
  }
  let num = /^[0-9]+$/.test(name) && name.length <= 8 ? Number(name) : -1;
  if (name.length > 1 && name.startsWith('0')) num = -1;
  return { name, num, rest: s.slice(i) };
}

/** Go's Regexp.ExpandString: the replacement for one match. */
function expand(template: string, s: string, match: Match, names: readonly string[]): string {
  let out = '';
  let t = template;
  for (;;) {
    const dollar = t.indexOf('$');
    if (dollar < 0) break;
    out += t.slice(0, dollar);
    t = t.slice(dollar + 1);
    if (t.startsWith('$')) {
      out += '$';
      t = t.slice(1);
      continue;
    }
    const x = extract(t);
    if (!x) {
      out += '$'; // malformed: the `$` is text
      continue;
    }
    t = x.rest;
    const group = x.num >= 0 ? x.num : names.indexOf(x.name);
    if (group >= 0 && 2 * group + 1 < match.length && match[2 * group] >= 0) out += s.slice(match[2 * group], match[2 * group + 1]);
  }
  return out + t;
}

/** replace(s, "/pattern/", replacement): Go's ReplaceAllString. */
export function replaceAll(s: string, pattern: string, replacement: string, what: string): string {
  const re = compile(pattern);
  const names = groupNames(re);
  let out = '';
  let last = 0;
  for (const match of allMatches(re, pattern, s)) {
    out += s.slice(last, match[0]) + expand(replacement, s, match, names);
    checkString(out.length, what);
    last = match[1];
  }
  return out + s.slice(last);
}

/** Terraform refuses a pattern mixing named and unnamed groups, match or not. */
function checkGroups(re: RE2JS): void {
  const names = groupNames(re).slice(1);
  const named = names.filter((n) => n !== '').length;
  if (named > 0 && named < names.length) throw new PatternError('invalid regular expression pattern: cannot mix both named and unnamed capture groups');
}

/** The value regex() gives for one match: the string, the list of groups, or the map of named groups. */
function result(re: RE2JS, s: string, match: Match): string | Array<string | null> | Record<string, string | null> {
  const names = groupNames(re).slice(1);
  const group = (i: number) => (match[2 * i] < 0 ? null : s.slice(match[2 * i], match[2 * i + 1]));
  if (names.length === 0) return s.slice(match[0], match[1]);
  const named = names.filter((n) => n !== '').length;
  if (named === 0) return names.map((_, i) => group(i + 1));
  const out: Record<string, string | null> = Object.create(null);
  names.forEach((n, i) => { out[n] = group(i + 1); });
  return out;
}

/** regex(pattern, s): the first match (Terraform's error when there is none). */
export function regex(pattern: string, s: string): ReturnType<typeof result> {
  const re = compile(pattern);
  checkGroups(re);
  const [match] = allMatches(re, pattern, s, 1);
  if (!match) throw new PatternError('pattern did not match any part of the given string');
  return result(re, s, match);
}

/** regexall(pattern, s): every match (an empty list when there is none). */
export function regexall(pattern: string, s: string): Array<ReturnType<typeof result>> {
  const re = compile(pattern);
  checkGroups(re);
  return allMatches(re, pattern, s).map((m) => result(re, s, m));
}
