/**
 * Reads review inputs from disk: a cdktf.out directory, a cdk.tf.json, a directory of *.tf.json
 * (one Terraform module), or a `terraform show -json` plan/state. Bad input is a ReviewInputError
 * naming the file, with a CA6xx code; it never escapes as a stack trace.
 */
import { isAscii, isUtf8 } from 'buffer';
import * as fs from 'fs';
import * as path from 'path';
import type { HclOptions } from './hcl/module';
import { ReviewDocument, TfResource } from './model';
import { fromConfig, isConfig, planKind, toDocument } from './normalize';
import { parsePlanWithoutPlannedValues } from './plan-text';
import { ERROR_CODES } from '../rules/errors';

/** Files larger than this are refused (a 20 MB plan reviews in well under a second). */
export const MAX_INPUT_BYTES = 256 * 1024 * 1024;
/** Report files the aspect writes next to each stack: never read back as input. */
export const REPORT_FILES = new Set(['cloudaudit-review.json', 'manifest.json']);

export class ReviewInputError extends Error {
  constructor(public readonly file: string, public readonly code: string, public readonly what: string) {
    super(`${file}: [${code} ${ERROR_CODES[code]?.name ?? ''}] ${what}`);
    this.name = 'ReviewInputError';
  }
}

/** Reads and parses one JSON file, refusing binary, oversize and malformed content. */
export function readJson(file: string): unknown {
  return readJsonText(file).json;
}

/** readJson, also giving the text (to find the lines of resources). */
export function readJsonText(file: string): { json: unknown; text: string } {
  let size: number;
  try {
    const st = fs.statSync(file);
    if (!st.isFile()) throw new ReviewInputError(file, 'CA615', 'is not a regular file');
    size = st.size;
  } catch (e) {
    if (e instanceof ReviewInputError) throw e;
    throw new ReviewInputError(file, 'CA610', 'no such file or directory');
  }
  if (size > MAX_INPUT_BYTES) {
    throw new ReviewInputError(file, 'CA613', `is ${(size / 1048576).toFixed(0)} MB, over the ${MAX_INPUT_BYTES / 1048576} MB limit`);
  }
  let buf: Buffer;
  try {
    buf = fs.readFileSync(file);
  } catch (e) {
    throw new ReviewInputError(file, 'CA610', `cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
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
  try {
    return { json: parsePlanWithoutPlannedValues(text) ?? JSON.parse(text), text };
  } catch (e) {
    const detail = e instanceof Error ? e.message.split('\n')[0] : 'invalid JSON';
    throw new ReviewInputError(file, 'CA611', `is not valid JSON (${detail})`);
  }
}

function loadFile(file: string): ReviewDocument {
  if (file.endsWith('.tf')) throw new ReviewInputError(file, 'CA615', 'is one HCL file: give its folder (all .tf files of a folder form one module)');
  const { json, text } = readJsonText(file);
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
  if (fs.readdirSync(dir).some((n) => n.endsWith('.tf'))) {
    // HCL is loaded on demand: JSON and plan inputs never pay for the parser.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const hcl: typeof import('./hcl/module') = require('./hcl/module');
    const docs = [hcl.loadHclModule(dir, options)];
    // Plans saved next to the configuration (terraform show -json) are reviewed on their own.
    for (const name of fs.readdirSync(dir).sort()) {
      if (!name.endsWith('.json') || name.endsWith('.tf.json') || name.endsWith('.tfvars.json') || REPORT_FILES.has(name)) continue;
      const file = path.join(dir, name);
      if (!fs.statSync(file).isFile()) continue;
      const json = readJson(file);
      if (planKind(json)) docs.push(toDocument(json, file)!);
    }
    return docs;
  }
  const stacks = path.join(dir, 'stacks');
  if (isDir(stacks)) {
    const files = fs.readdirSync(stacks).sort()
      .map((s) => path.join(stacks, s, 'cdk.tf.json'))
      .filter((f) => fs.existsSync(f));
    if (files.length === 0) throw new ReviewInputError(dir, 'CA614', 'is a cdktf.out directory with no stacks/*/cdk.tf.json: run cdktf synth first');
    return files.map(loadFile);
  }
  const entries = fs.readdirSync(dir).sort().filter((n) => n.endsWith('.json') && !REPORT_FILES.has(n));
  const docs: ReviewDocument[] = [];
  // All *.tf.json of a directory form one Terraform module: review them together.
  const module: TfResource[] = [];
  let moduleFiles = 0;
  for (const name of entries) {
    const file = path.join(dir, name);
    if (!fs.statSync(file).isFile()) continue;
    const { json, text } = readJsonText(file);
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
