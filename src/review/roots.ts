/**
 * Monorepos: the Terraform roots under a folder, the review's config file
 * (`.cloudaudit-review.yml` / `.json`) and `--changed-files`. A root is a folder holding `*.tf` or
 * `*.tf.json` files that no other folder found uses as a local module source, or a cdktf.out
 * (`stacks/<name>/cdk.tf.json`). `.terraform`, `node_modules` and hidden folders are not searched.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { HclOptions, VarSource } from './hcl/module';
import { loadPath, ReviewInputError } from './load';
import { Level, ReviewDocument } from './model';

/** Folders never searched for roots. */
const SKIPPED = new Set(['.terraform', 'node_modules']);
/** At most this many folders are searched under one path (a mistaken `/` stops here). */
export const MAX_FOLDERS = 20000;

/** One root and its documents (a .tf folder with the plans saved in it, or the stacks of a cdktf.out). */
export interface Root {
  readonly dir: string;
  readonly docs: ReviewDocument[];
}

/** A local module source (`./x`, `../x`) in a .tf or .tf.json text. */
const LOCAL_SOURCE = /"?source"?\s*[=:]\s*"(\.\.?\/[^"]*)"/g;

function isCdktfOut(dir: string, names: readonly string[]): boolean {
  if (!names.includes('stacks')) return false;
  const stacks = path.join(dir, 'stacks');
  try {
    return fs.readdirSync(stacks).some((s) => fs.existsSync(path.join(stacks, s, 'cdk.tf.json')));
  } catch {
    return false;
  }
}

/** The folders local module blocks of `dir`'s files name, resolved. */
export function localModuleDirs(dir: string): string[] {
  const out: string[] = [];
  for (const name of fs.readdirSync(dir).sort()) {
    if (!name.endsWith('.tf') && !name.endsWith('.tf.json')) continue;
    let text: string;
    try {
      text = fs.readFileSync(path.join(dir, name), 'utf8');
    } catch {
      continue;
    }
    for (const m of text.matchAll(LOCAL_SOURCE)) out.push(path.resolve(dir, m[1]));
  }
  return out;
}

/**
 * The roots under `dir`, sorted by path: folders of Terraform files that are not only reached as
 * local module sources, and cdktf.out folders.
 */
export function discoverRoots(dir: string): string[] {
  const candidates: string[] = [];
  const modules = new Set<string>();
  const queue = [dir];
  let seen = 0;
  while (queue.length > 0) {
    const d = queue.shift()!;
    if (++seen > MAX_FOLDERS) throw new ReviewInputError(dir, 'CA614', `holds more than ${MAX_FOLDERS} folders: give the folder of the Terraform roots`);
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(d, { withFileTypes: true });
    } catch {
      continue;
    }
    const names = entries.map((e) => e.name);
    if (isCdktfOut(d, names)) {
      candidates.push(d);
      continue;
    }
    if (names.some((n) => n.endsWith('.tf') || n.endsWith('.tf.json'))) {
      candidates.push(d);
      for (const m of localModuleDirs(d)) modules.add(m);
    }
    for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      if (e.isDirectory() && !SKIPPED.has(e.name) && !e.name.startsWith('.')) queue.push(path.join(d, e.name));
    }
  }
  return candidates.filter((c) => !modules.has(path.resolve(c))).sort();
}

/** What the config file or the command says about one root. */
export interface RootSettings {
  readonly varFiles?: readonly string[];
  readonly requireTracks?: Level | 'off';
}

/** The review's config file, paths resolved against its folder. */
export interface ReviewConfig {
  readonly file: string;
  readonly failOn?: Level;
  readonly requireTracks?: Level | 'off';
  readonly tracksPerRoot?: boolean;
  readonly skipCheck?: readonly string[];
  /** Roots (absolute paths) not reviewed. */
  readonly skipRoots: readonly string[];
  /** Per root (absolute path). */
  readonly roots: ReadonlyMap<string, RootSettings>;
}

/** The config file names looked for in the current folder, in this order. */
export const CONFIG_FILES = ['.cloudaudit-review.yml', '.cloudaudit-review.yaml', '.cloudaudit-review.json'];

/**
 * Every root `p` names: `p` itself when it is one (a .tf folder, a cdktf.out, a plan, a
 * .tf.json folder), else the roots found under it. `settings(root)` gives a root its own var files.
 */
export function loadRoots(
  p: string, options: HclOptions, settings: (dir: string) => RootSettings | undefined, notice: (line: string) => void,
  parallel: ParallelOptions = {},
): Root[] {
  try {
    return [{ dir: p, docs: loadPath(p, withVarFiles(options, settings(p))) }];
  } catch (e) {
    if (!(e instanceof ReviewInputError) || e.code !== 'CA614' || !isDirectory(p)) throw e;
    const found = discoverRoots(p);
    if (found.length === 0) throw e;
    notice(`${p}: [CA642 RootsFound] ${found.length} Terraform root(s) found, each reviewed on its own: ${found.map((r) => path.relative(p, r) || '.').join(', ')}`);
    const jobs = found.map((dir) => ({ dir, options: withVarFiles(options, settings(dir)) }));
    const size = workers(found, parallel.jobs);
    if (size > 1) {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { readRootsInPool } = require('./pool') as typeof import('./pool');
      const docs = readRootsInPool(jobs, size, (done, d) => parallel.onRoot?.(done, found.length, d));
      return found.map((dir, i) => ({ dir, docs: docs[i] }));
    }
    return jobs.map((job, i) => {
      const docs = loadPath(job.dir, job.options);
      parallel.onRoot?.(i + 1, found.length, docs);
      return { dir: job.dir, docs };
    });
  }
}

/** How a folder of many roots is read. */
export interface ParallelOptions {
  /** Worker threads: 1 reads in this thread; unset: the cores, when the roots are worth it. */
  readonly jobs?: number;
  /** Told after each root is read (in completion order): roots done, roots in all, its documents. */
  readonly onRoot?: (done: number, of: number, docs: readonly ReviewDocument[]) => void;
}

/** Below this many bytes of Terraform in the roots, starting workers costs more than it saves. */
const POOL_MIN_BYTES = 2 * 1024 * 1024;

/** The workers for `roots`: `jobs` when given, else the cores when the roots hold enough to read. */
function workers(roots: readonly string[], jobs: number | undefined): number {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { poolSize } = require('./pool') as typeof import('./pool');
  if (jobs !== undefined) return poolSize(roots.length, jobs);
  // From sources (the tests) a worker compiles them all again: only when asked.
  if (__filename.endsWith('.ts') || roots.length < 2) return 1;
  // Measured on 2 cores (npm run bench): the workers' start and the documents' copy cost what
  // reading in parallel saves, the review itself staying in this thread. From 4 cores on, it pays.
  if (poolSize(Number.MAX_SAFE_INTEGER) < 4) return 1;
  let bytes = 0;
  for (const r of roots) {
    try {
      for (const e of fs.readdirSync(r, { withFileTypes: true })) if (e.isFile() && /\.(tf|json)$/.test(e.name)) bytes += fs.statSync(path.join(r, e.name)).size;
    } catch {
      // unreadable: read (and refused) later
    }
    if (bytes >= POOL_MIN_BYTES) return poolSize(roots.length);
  }
  return 1;
}

function withVarFiles(options: HclOptions, s: RootSettings | undefined): HclOptions {
  if (!s?.varFiles || s.varFiles.length === 0) return options;
  const own: VarSource[] = s.varFiles.map((file) => ({ kind: 'file', file }));
  // The root's own files first: command-line --var-file and --var win, as later ones in Terraform.
  return { ...options, vars: [...own, ...options.vars ?? []] };
}

function isDirectory(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/** Whether a changed file (relative to the current folder or absolute) is in `root` or a local module it uses. */
export function touches(root: string, changed: readonly string[]): boolean {
  const dirs = [path.resolve(root)];
  if (isDirectory(root)) {
    // Local modules, followed transitively (a module of a module).
    for (let i = 0; i < dirs.length && i < 200; i++) {
      if (!isDirectory(dirs[i])) continue;
      for (const m of localModuleDirs(dirs[i])) if (!dirs.includes(m)) dirs.push(m);
    }
  }
  return changed.some((c) => {
    const abs = path.resolve(c);
    return dirs.some((d) => abs === d || abs.startsWith(d + path.sep));
  });
}
