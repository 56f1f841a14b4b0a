/**
 * The review's config file: `.cloudaudit-review.yml` (a small, safe subset of YAML: maps, lists of
 * scalars, quoted or plain scalars, comments; no anchors, tags or multi-line scalars) or
 * `.cloudaudit-review.json`. Anything else is CA641 with the file and line; nothing is guessed.
 *
 * ```yaml
 * fail-on: warning            # error (default), warning, info
 * require-tracks: error       # error (default), warning, info, off
 * tracks-per-root: true
 * skip-check: [STO-008]
 * skip-roots:
 *   - sandbox
 * roots:
 *   envs/prod:
 *     var-files: [envs/prod/prod.tfvars]
 *   envs/dev:
 *     require-tracks: off
 * ```
 */
import * as fs from 'fs';
import * as path from 'path';
import { ReviewInputError } from './load';
import { Level } from './model';
import { ReviewConfig, RootSettings } from './roots';

type Yaml = string | boolean | number | null | Yaml[] | { [k: string]: Yaml };

class ConfigError extends Error {
  constructor(readonly line: number, message: string) {
    super(message);
  }
}

function scalar(raw: string, line: number): Yaml {
  const v = raw.trim();
  if (v === '') return null;
  if (/^'(?:[^']|'')*'$/.test(v)) return v.slice(1, -1).replace(/''/g, "'");
  if (/^"(?:[^"\\]|\\.)*"$/.test(v)) {
    try {
      return JSON.parse(v) as string;
    } catch {
      throw new ConfigError(line, `${v} is not a valid double-quoted string`);
    }
  }
  if (/^[&*!|>%@`]/.test(v)) throw new ConfigError(line, `"${v}": anchors, aliases, tags and block scalars are not read; quote the value`);
  if (v.startsWith('[')) {
    if (!v.endsWith(']')) throw new ConfigError(line, `"${v}": a flow list is written on one line, [a, b]`);
    const inner = v.slice(1, -1).trim();
    return inner === '' ? [] : inner.split(',').map((x) => {
      const item = scalar(x, line);
      if (Array.isArray(item) || (item !== null && typeof item === 'object')) throw new ConfigError(line, 'a flow list holds scalars only');
      return item;
    });
  }
  if (v.startsWith('{')) throw new ConfigError(line, 'flow maps ({...}) are not read: write one key per line');
  if (v === 'true' || v === 'false') return v === 'true';
  if (v === 'null' || v === '~') return null;
  if (/^-?[0-9]+$/.test(v)) return Number(v);
  return v;
}

/** Strips a comment: `#` at the start or after a space, outside quotes. */
function uncomment(text: string): string {
  let quote = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") {
      quote = c;
    } else if (c === '#' && (i === 0 || text[i - 1] === ' ')) {
      return text.slice(0, i);
    }
  }
  return text;
}

/** Parses the YAML subset. */
export function parseYamlSubset(text: string): Yaml {
  const lines: Array<{ indent: number; text: string; line: number }> = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    if (/^\s*\t/.test(raw)) throw new ConfigError(i + 1, 'indent with spaces, not tabs');
    const t = uncomment(raw).trimEnd();
    if (t.trim() === '' || t.trim() === '---') return;
    lines.push({ indent: t.length - t.trimStart().length, text: t.trim(), line: i + 1 });
  });
  let at = 0;
  const block = (indent: number): Yaml => {
    const first = lines[at];
    if (first.text.startsWith('- ') || first.text === '-') {
      const list: Yaml[] = [];
      while (at < lines.length && lines[at].indent === indent && (lines[at].text.startsWith('- ') || lines[at].text === '-')) {
        const item = lines[at].text.slice(1).trim();
        if (/^[^'"[][^:]*:(\s|$)/.test(item)) throw new ConfigError(lines[at].line, 'lists of maps are not read: a list holds scalars');
        list.push(scalar(item, lines[at].line));
        at++;
      }
      return list;
    }
    const map: { [k: string]: Yaml } = Object.create(null);
    while (at < lines.length && lines[at].indent === indent) {
      const { text: t, line } = lines[at];
      const m = /^("[^"]*"|'[^']*'|[^\s'"][^:]*?)\s*:(?:\s+(.*))?$/.exec(t);
      if (!m) throw new ConfigError(line, `"${t}" is not "key: value"`);
      const key = String(scalar(m[1], line));
      if (key in map) throw new ConfigError(line, `"${key}" is given twice`);
      at++;
      if (m[2] !== undefined && m[2].trim() !== '') {
        map[key] = scalar(m[2], line);
      } else if (at < lines.length && lines[at].indent > indent) {
        map[key] = block(lines[at].indent);
      } else {
        map[key] = null;
      }
    }
    return map;
  };
  if (lines.length === 0) return {};
  const out = block(lines[0].indent);
  if (at < lines.length) throw new ConfigError(lines[at].line, 'indentation does not match the lines above');
  return out;
}

const LEVELS = ['error', 'warning', 'info'];
const KEYS = ['fail-on', 'require-tracks', 'tracks-per-root', 'skip-check', 'skip-roots', 'roots'];
const ROOT_KEYS = ['var-files', 'require-tracks'];

/** Reads and checks a config file; paths in it are relative to its folder. */
export function readConfig(file: string): ReviewConfig {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    throw new ReviewInputError(file, 'CA641', `cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  const fail = (line: number | undefined, what: string): never => {
    throw new ReviewInputError(line ? `${file}:${line}` : file, 'CA641', what);
  };
  let doc: Yaml;
  try {
    doc = file.endsWith('.json') ? JSON.parse(text) : parseYamlSubset(text);
  } catch (e) {
    return fail(e instanceof ConfigError ? e.line : undefined, e instanceof ConfigError ? e.message : `is not valid JSON (${(e as Error).message})`);
  }
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) return fail(undefined, 'is not a map of settings');
  const base = path.dirname(file);
  const strings = (key: string, v: Yaml): string[] => {
    const list = typeof v === 'string' ? [v] : v;
    if (!Array.isArray(list) || list.some((x) => typeof x !== 'string')) return fail(undefined, `${key} is a list of strings`);
    return list as string[];
  };
  const level = (key: string, v: Yaml, off: boolean): Level | 'off' => {
    if (typeof v === 'string' && (LEVELS.includes(v) || (off && v === 'off'))) return v as Level | 'off';
    // YAML 1.1 readers take a bare off for false: accepted as off.
    if (off && v === false) return 'off';
    return fail(undefined, `${key} is one of ${[...LEVELS, ...off ? ['off'] : []].join(', ')}, not ${JSON.stringify(v)}`);
  };
  for (const k of Object.keys(doc)) if (!KEYS.includes(k)) fail(undefined, `"${k}" is not a setting (${KEYS.join(', ')})`);
  const roots = new Map<string, RootSettings>();
  const rootsDoc = doc.roots ?? {};
  if (typeof rootsDoc !== 'object' || Array.isArray(rootsDoc)) return fail(undefined, 'roots is a map of root folder to settings');
  for (const [dir, s] of Object.entries(rootsDoc as Record<string, Yaml>)) {
    const settings = s ?? {};
    if (typeof settings !== 'object' || Array.isArray(settings)) return fail(undefined, `roots.${dir} is a map (var-files, require-tracks)`);
    for (const k of Object.keys(settings)) if (!ROOT_KEYS.includes(k)) fail(undefined, `roots.${dir}: "${k}" is not a root setting (${ROOT_KEYS.join(', ')})`);
    const abs = path.resolve(base, dir);
    if (!fs.existsSync(abs)) fail(undefined, `roots.${dir}: no such folder (${abs})`);
    roots.set(abs, {
      ...settings['var-files'] !== undefined ? { varFiles: strings(`roots.${dir}.var-files`, settings['var-files']).map((f) => path.resolve(base, f)) } : {},
      ...settings['require-tracks'] !== undefined ? { requireTracks: level(`roots.${dir}.require-tracks`, settings['require-tracks'], true) } : {},
    });
  }
  const tracksPerRoot = doc['tracks-per-root'];
  if (tracksPerRoot !== undefined && typeof tracksPerRoot !== 'boolean') fail(undefined, 'tracks-per-root is true or false');
  return {
    file,
    ...doc['fail-on'] !== undefined ? { failOn: level('fail-on', doc['fail-on'], false) as Level } : {},
    ...doc['require-tracks'] !== undefined ? { requireTracks: level('require-tracks', doc['require-tracks'], true) } : {},
    ...tracksPerRoot !== undefined ? { tracksPerRoot: tracksPerRoot as boolean } : {},
    ...doc['skip-check'] !== undefined ? { skipCheck: strings('skip-check', doc['skip-check']) } : {},
    skipRoots: doc['skip-roots'] !== undefined ? strings('skip-roots', doc['skip-roots']).map((r) => path.resolve(base, r)) : [],
    roots,
  };
}
