/**
 * Reads review inputs from disk: a cdktf.out directory, a cdk.tf.json, a directory of *.tf.json
 * (one Terraform module), or a `terraform show -json` plan/state. Bad input is a ReviewInputError
 * naming the file, with a CA6xx code; it never escapes as a stack trace.
 */
import { isAscii, isUtf8 } from 'buffer';
import * as fs from 'fs';
import * as path from 'path';
import { entryKind, readInputFile, realFolder } from './files';
import type { HclOptions } from './hcl/module';
import { jsonNesting, LIMITS } from './limits';
import { ReviewDocument, TfResource } from './model';
import { fromConfig, isConfig, planKind, toDocument } from './normalize';
import { parsePlanSelectively, parsePlanWithoutPlannedValues } from './plan-text';
import { readsType } from './reads';
import { ERROR_CODES } from '../rules/errors';

/** Files larger than this are refused (a 20 MB plan reviews in well under a second). */
export const MAX_INPUT_BYTES = LIMITS.jsonFileBytes;
/** Report files the aspect writes next to each stack: never read back as input. */
export const REPORT_FILES = new Set(['cloudaudit-review.json', 'manifest.json']);

export class ReviewInputError extends Error {
  constructor(public readonly file: string, public readonly code: string, public readonly what: string) {
    super(`${file}: [${code} ${ERROR_CODES[code]?.name ?? ''}] ${what}`);
    this.name = 'ReviewInputError';
  }
}

/** Reads and parses one JSON file, refusing binary, oversize and malformed content. */
export function readJson(file: string, roots?: readonly string[]): unknown {
  return readJsonText(file, roots).json;
}

/**
 * Why JSON.parse refused a text, by position only: V8's own message quotes the text ("root:x:0:0"
 * of a file a link pointed at), which is never echoed.
 */
export function jsonErrorDetail(e: unknown, text: string): string {
  const message = e instanceof Error ? e.message : '';
  const at = /at position (\d+)/.exec(message);
  // "Unexpected token 'r', ..."source": root:x"... is not valid JSON": the quoted context is
  // found in the text to give its line; it is never printed.
  const context = /^Unexpected token .*?, (?:\.\.\.)?"(.+?)"(?:\.\.\.)? is not valid JSON$/s.exec(message);
  const contextAt = context ? text.indexOf(context[1]) : -1;
  if (at || contextAt >= 0) {
    const offset = at ? Number(at[1]) : contextAt + Math.floor(context![1].length / 2);
    const before = text.slice(0, offset);
    const line = before.split('\n').length;
    return `invalid JSON at line ${line} column ${offset - before.lastIndexOf('\n')}`;
  }
  return /end of JSON input/.test(message) ? 'the JSON text ends too early' : 'invalid JSON';
}

/** Parses JSON text after checking its nesting (CA630 past LIMITS.nesting: no recursion overflows). */
export function parseJsonText(text: string, file: string, code = 'CA611'): unknown {
  if (jsonNesting(text) > LIMITS.nesting) {
    throw new ReviewInputError(file, 'CA630', `too large to review: arrays and objects nested more than ${LIMITS.nesting} deep`);
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new ReviewInputError(file, code, `is not valid JSON (${jsonErrorDetail(e, text)})`);
  }
}

/** readJson, also giving the text (to find the lines of resources). `roots`: the folders a link may point into. */
export function readJsonText(file: string, roots?: readonly string[]): { json: unknown; text: string } {
  const buf = readInputFile(file, MAX_INPUT_BYTES, roots);
  let text: string;
  try {
    if (buf.indexOf(0) >= 0) throw new Error('not UTF-8 text');
    // ASCII (most plans) is copied as is; anything else is decoded as UTF-8, which it must be.
    if (isAscii(buf)) text = buf.toString('latin1');
    else if (isUtf8(buf)) text = buf.toString('utf8');
    else throw new Error('not UTF-8 text');
  } catch {
    throw new ReviewInputError(file, 'CA612', 'is a binary file, not JSON text');
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  // A large plan: only the changes of resources the review reads become objects (plan-text.ts);
  // a text that does not fit its form, or fails a check, is read whole below (and refused there).
  const nested = (json: string) => {
    if (jsonNesting(json) > LIMITS.nesting) throw new RangeError('nested too deep');
  };
  const selective = parsePlanSelectively(text, readsType, nested);
  if (selective !== undefined) return { json: selective, text };
  if (jsonNesting(text) > LIMITS.nesting) {
    throw new ReviewInputError(file, 'CA630', `too large to review: arrays and objects nested more than ${LIMITS.nesting} deep`);
  }
  let json: unknown;
  try {
    json = parsePlanWithoutPlannedValues(text) ?? JSON.parse(text);
  } catch (e) {
    throw new ReviewInputError(file, 'CA611', `is not valid JSON (${jsonErrorDetail(e, text)})`);
  }
  return { json, text };
}

function loadFile(file: string, roots?: readonly string[]): ReviewDocument {
  if (file.endsWith('.tf')) throw new ReviewInputError(file, 'CA615', 'is one HCL file: give its folder (all .tf files of a folder form one module)');
  const { json, text } = readJsonText(file, roots);
  // Lines are looked up in configurations only: a plan has no declarations.
  const doc = toDocument(json, file, file, planKind(json) ? undefined : text);
  if (!doc) throw new ReviewInputError(file, 'CA615', 'is JSON but neither a Terraform JSON configuration (cdk.tf.json, *.tf.json) nor a `terraform show -json` plan or state');
  return doc;
}

function isDir(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}

function loadDirectory(dir: string, options: HclOptions): ReviewDocument[] {
  // Files of the folder are read only inside it: a link out of it is refused (CA632), never read.
  const roots = [realFolder(dir)];
  if (fs.readdirSync(dir).some((n) => n.endsWith('.tf'))) {
    // HCL is loaded on demand: JSON and plan inputs never pay for the parser.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const hcl: typeof import('./hcl/module') = require('./hcl/module');
    const docs = [hcl.loadHclModule(dir, options)];
    // Plans saved next to the configuration (terraform show -json) are reviewed on their own.
    for (const name of fs.readdirSync(dir).sort()) {
      if (!name.endsWith('.json') || name.endsWith('.tf.json') || name.endsWith('.tfvars.json') || REPORT_FILES.has(name)) continue;
      const file = path.join(dir, name);
      if (entryKind(file, roots) === 'dir') continue;
      const json = readJson(file, roots);
      if (planKind(json)) docs.push(toDocument(json, file)!);
    }
    return docs;
  }
  const stacks = path.join(dir, 'stacks');
  if (isDir(stacks)) {
    const files = fs.readdirSync(stacks).sort()
      .map((s) => path.join(stacks, s, 'cdk.tf.json'))
      .filter((f) => entryKind(f, roots) !== 'missing');
    if (files.length === 0) throw new ReviewInputError(dir, 'CA614', 'is a cdktf.out directory with no stacks/*/cdk.tf.json: run cdktf synth first');
    return files.map((f) => loadFile(f, roots));
  }
  const entries = fs.readdirSync(dir).sort().filter((n) => n.endsWith('.json') && !REPORT_FILES.has(n));
  const docs: ReviewDocument[] = [];
  // All *.tf.json of a directory form one Terraform module: review them together.
  const module: TfResource[] = [];
  let moduleFiles = 0;
  for (const name of entries) {
    const file = path.join(dir, name);
    if (entryKind(file, roots) === 'dir') continue;
    const { json, text } = readJsonText(file, roots);
    if (name.endsWith('.tf.json') && isConfig(json)) {
      module.push(...fromConfig(json, file, text));
      moduleFiles++;
    } else if (planKind(json) || name === 'cdk.tf.json') {
      const doc = toDocument(json, file, file, planKind(json) ? undefined : text);
      if (doc) docs.push(doc);
    }
  }
  if (moduleFiles > 0) docs.unshift({ name: dir, file: dir, kind: 'terraform-json', resources: module });
  if (docs.length === 0) {
    throw new ReviewInputError(dir, 'CA614', 'holds no stacks/*/cdk.tf.json, *.tf, *.tf.json or plan JSON');
  }
  return docs;
}

/** Loads every document a path names. */
export function loadPath(p: string, options: HclOptions = {}): ReviewDocument[] {
  if (isDir(p)) return loadDirectory(p, options);
  return [loadFile(p)];
}
