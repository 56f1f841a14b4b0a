/**
 * The drift check: the committed schema/tencentcloud-provider-schema.json and
 * schema/tencentcloud-provider-behavior.json must be exactly what `gen:bindings` extracts from the
 * real provider's archives (schema/README.md). Not part of `npm test`, which reads no file outside
 * the repository: run it through `npx projen check:schema-drift` where the real provider's folder
 * is at hand (the project's shared reference folder, real-provider/, or CLOUDAUDIT_REAL_PROVIDER_DIR).
 *
 * Prints one line. Exit 0: both files match. Exit 1: a coded line naming the file and the fix:
 *   SD01 Drift             a committed file differs from the extraction (or is missing)
 *   SD02 SelectionInvalid  schema/selection.json names something the provider does not have
 *   SD10 ArchiveMissing    an archive of the real provider is not there
 *   SD11 ArchiveCorrupted  an archive does not unpack, or holds something else
 *   SD12 XzMissing         xz cannot start
 *   SD19 CheckFailed       anything else
 */
import * as fs from 'fs';
import * as path from 'path';
import { COMMITTED_BEHAVIOR, COMMITTED_SCHEMA, extractBehavior, extractSchema, SELECTION_FILE, serialize } from './provider-schema';
import { readRealBehavior, readRealSchema, REAL_PROVIDER_VERSION, RealProviderError } from './real-provider';

export const TOOL = 'check:schema-drift';
export const FIX = 'run `npx projen gen:bindings` and commit the result';
const ROOT = path.resolve(__dirname, '..');

export interface DriftFiles {
  readonly schemaFile: string;
  readonly behaviorFile: string;
  readonly selectionFile: string;
}

export interface DriftResult {
  readonly ok: boolean;
  /** One line, no newline. */
  readonly line: string;
}

const COMMITTED: DriftFiles = { schemaFile: COMMITTED_SCHEMA, behaviorFile: COMMITTED_BEHAVIOR, selectionFile: SELECTION_FILE };

/** Where two JSON values first differ, as a JSON pointer; undefined when they are equal. */
export function firstDifference(actual: unknown, expected: unknown, at = ''): string | undefined {
  if (Object.is(actual, expected)) return undefined;
  const bothObjects = typeof actual === 'object' && actual !== null && typeof expected === 'object' && expected !== null;
  if (!bothObjects || Array.isArray(actual) !== Array.isArray(expected)) return at || '/';
  const a = actual as Record<string, unknown>;
  const e = expected as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(a), ...Object.keys(e)])].sort();
  for (const k of keys) {
    const where = `${at}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`;
    if (!(k in a) || !(k in e)) return where;
    const d = firstDifference(a[k], e[k], where);
    if (d !== undefined) return d;
  }
  return undefined;
}

/** Why `file` does not hold `expected` (the serialized extraction), or undefined when it does. */
function driftOf(file: string, expected: string): string | undefined {
  if (!fs.existsSync(file)) return 'missing';
  const text = fs.readFileSync(file, 'utf8');
  if (text === expected) return undefined;
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    return 'does not hold JSON';
  }
  const at = firstDifference(doc, JSON.parse(expected));
  return at === undefined ? 'differs in layout (keys sorted, indent 1)' : `differs at ${at}`;
}

function rel(file: string): string {
  const r = path.relative(ROOT, file);
  return r.startsWith('..') ? file : r;
}

function coded(code: string, line: string): DriftResult {
  return { ok: false, line: `${TOOL}: [${code}] ${line}` };
}

/** Runs the check; never throws. */
export function checkSchemaDrift(files: DriftFiles = COMMITTED): DriftResult {
  try {
    const selection = JSON.parse(fs.readFileSync(files.selectionFile, 'utf8'));
    const expected: Array<[string, () => string]> = [
      [files.schemaFile, () => serialize(extractSchema(readRealSchema(), selection))],
      [files.behaviorFile, () => serialize(extractBehavior(readRealBehavior(), selection, REAL_PROVIDER_VERSION))],
    ];
    const drifted: string[] = [];
    for (const [file, extract] of expected) {
      let text: string;
      try {
        text = extract();
      } catch (e) {
        if (e instanceof RealProviderError) throw e;
        return coded('SD02 SelectionInvalid', `${rel(files.selectionFile)}: ${(e as Error).message}; fix the selection, then ${FIX}`);
      }
      const why = driftOf(file, text);
      if (why !== undefined) drifted.push(`${rel(file)} ${why}`);
    }
    if (drifted.length > 0) {
      return coded('SD01 Drift', `${drifted.join('; ')} (expected: the extraction from provider v${REAL_PROVIDER_VERSION}); ${FIX}`);
    }
    return {
      ok: true,
      line: `${TOOL}: ${rel(files.schemaFile)} and ${rel(files.behaviorFile)} are the extraction from provider v${REAL_PROVIDER_VERSION} (${selection.resources.length} resources, ${selection.data_sources.length} data sources)`,
    };
  } catch (e) {
    if (e instanceof RealProviderError) {
      const code = { 'missing': 'SD10 ArchiveMissing', 'corrupted': 'SD11 ArchiveCorrupted', 'not-json': 'SD11 ArchiveCorrupted', 'wrong-content': 'SD11 ArchiveCorrupted', 'no-xz': 'SD12 XzMissing', 'other': 'SD19 CheckFailed' }[e.problem];
      return coded(code, e.message);
    }
    const message = e instanceof Error ? e.message : String(e);
    return coded('SD19 CheckFailed', `${message.split('\n')[0]}`);
  }
}

if (require.main === module) {
  const result = checkSchemaDrift();
  (result.ok ? process.stdout : process.stderr).write(`${result.line}\n`);
  process.exitCode = result.ok ? 0 : 1;
}
