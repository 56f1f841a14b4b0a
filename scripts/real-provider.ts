/**
 * The real Tencent Cloud provider's extracted data (its `terraform providers schema -json` and its
 * behaviour file, in the project's shared reference folder): where they are and how to read them.
 * Used by `gen:bindings` (extraction) and `check:schema-drift`, never by `npm test`. No provider
 * binary exists for the project: the tests run against the provider double
 * (scripts/provider-double.ts). Bad input is a RealProviderError with one line naming the file
 * and the fix.
 */
import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

/** The provider version the committed schema and behaviour file are extracted from. */
export const REAL_PROVIDER_VERSION = '1.83.25';
export const PROVIDER_ADDRESS = 'registry.terraform.io/tencentcloudstack/tencentcloud';
export const PROVIDER_SOURCE = 'tencentcloudstack/tencentcloud';

/** Overridable with CLOUDAUDIT_REAL_PROVIDER_DIR; by default `../shared/reference/real-provider` beside the repository. */
export function realProviderDir(): string {
  return process.env.CLOUDAUDIT_REAL_PROVIDER_DIR
    ?? path.resolve(__dirname, '..', '..', 'shared', 'reference', 'real-provider');
}

/** What the schema JSON does not say (ForceNew, defaults, diff suppression...), read from the provider's code. */
export const BEHAVIOR_ARCHIVE = `provider-behavior-v${REAL_PROVIDER_VERSION}.json.xz`;
export const SCHEMA_ARCHIVE = `provider-schema-v${REAL_PROVIDER_VERSION}.json.xz`;

export class RealProviderError extends Error {
  constructor(message: string, public readonly problem: RealProviderProblem = 'other') {
    super(message);
    this.name = 'RealProviderError';
  }
}

/** What went wrong, for callers that print a coded line (scripts/check-schema-drift.ts). */
export type RealProviderProblem = 'missing' | 'corrupted' | 'not-json' | 'wrong-content' | 'no-xz' | 'other';

const FIX = 'restore it from the project\'s shared reference folder (real-provider/), or point CLOUDAUDIT_REAL_PROVIDER_DIR at a folder holding it';

function archivePath(name: string): string {
  const file = path.join(realProviderDir(), name);
  if (!fs.existsSync(file)) throw new RealProviderError(`${file}: missing; ${FIX}`, 'missing');
  return file;
}

function xzAvailable(): void {
  const r = spawnSync('xz', ['--version'], { encoding: 'utf8' });
  if (r.error || r.status !== 0) {
    throw new RealProviderError('xz: cannot start (needed to read the real provider\'s archives); install it (Debian: apt-get install xz-utils)', 'no-xz');
  }
}

/** The provider's full `terraform providers schema -json`, decompressed and parsed. */
export function readRealSchema(): any {
  return readXzJson(SCHEMA_ARCHIVE, (doc) => (doc?.provider_schemas?.[PROVIDER_ADDRESS] ? undefined : `holds no schema for ${PROVIDER_ADDRESS}`));
}

/**
 * The provider's behaviour file: `{ resources: { <type>: { importable, has_update,
 * has_customize_diff, attributes: { <path>: { force_new, default, ... } } } } }` (and
 * `data_sources` alike, if it has any), decompressed and parsed.
 */
export function readRealBehavior(): any {
  return readXzJson(BEHAVIOR_ARCHIVE, (doc) => (isObject(doc?.resources) ? undefined : 'holds no resources object (not a provider behaviour file)'));
}

function isObject(v: unknown): boolean {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** One archive of the real provider, decompressed and parsed; `holds` says what it must hold (or why not). */
function readXzJson(name: string, holds: (doc: any) => string | undefined): any {
  const file = archivePath(name);
  xzAvailable();
  let text: string;
  try {
    text = execFileSync('xz', ['-dc', file], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (e) {
    const detail = String((e as { stderr?: string }).stderr ?? e).trim().split('\n')[0];
    throw new RealProviderError(`${file}: corrupted (${detail}); ${FIX}`, 'corrupted');
  }
  let doc: any;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    throw new RealProviderError(`${file}: does not hold JSON (${(e as Error).message}); ${FIX}`, 'not-json');
  }
  const wrong = holds(doc);
  if (wrong !== undefined) throw new RealProviderError(`${file}: ${wrong}; ${FIX}`, 'wrong-content');
  return doc;
}
