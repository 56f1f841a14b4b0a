/**
 * How the review reads a file of the input: never blocking (a FIFO is refused, not waited on),
 * never past its size limit, never through a symbolic link leading out of the reviewed folder
 * (the content of such a target is never read, so never echoed in an error), and recorded, so
 * that `-o` cannot overwrite what was read.
 */
import * as fs from 'fs';
import * as path from 'path';
import { ReviewInputError } from './load';
import { FileRefused, InputFiles, readRegularFile } from '../internal/files';

let inputs = new InputFiles();

/** Told of every input file read (progress on a terminal), when set. */
let listener: ((file: string) => void) | undefined;

/** Sets (or clears) the function told of every input file read. */
export function onFileRead(fn: ((file: string) => void) | undefined): void {
  listener = fn;
}

/** Records a file read elsewhere (by a worker of the pool) as an input of this run. */
export function recordInput(file: string): void {
  inputs.add(file);
}

/** Starts a new record of the files read (one per command run); returns it. */
export function startInputRecord(): InputFiles {
  inputs = new InputFiles();
  return inputs;
}

/** Whether `file` (a real path) is `root` or inside it. */
export function isInside(file: string, root: string): boolean {
  const rel = path.relative(root, file);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/** The real path of a folder, or the folder as given when it cannot be resolved. */
export function realFolder(dir: string): string {
  try {
    return fs.realpathSync(dir);
  } catch {
    return path.resolve(dir);
  }
}

/**
 * Refuses (CA632) a file of a reviewed folder that is a symbolic link to a place outside every
 * one of `roots` (real paths: the reviewed folder, the module folder holding the file).
 */
export function checkContained(file: string, roots: readonly string[]): void {
  let st: fs.Stats;
  try {
    st = fs.lstatSync(file);
  } catch {
    return; // reading it reports what is wrong
  }
  if (!st.isSymbolicLink()) return;
  let real: string;
  try {
    real = fs.realpathSync(file);
  } catch {
    throw new ReviewInputError(file, 'CA610', 'is a symbolic link to nothing (dangling)');
  }
  if (!roots.some((r) => isInside(real, r))) {
    throw new ReviewInputError(file, 'CA632', 'is a symbolic link to a file outside the reviewed folder: it is not read');
  }
}

/**
 * The bytes of one input file: a regular file (CA634 otherwise) of at most `maxBytes` (CA613),
 * inside `roots` when given (CA632); recorded as read.
 */
export function readInputFile(file: string, maxBytes: number, roots?: readonly string[]): Buffer {
  if (roots) checkContained(file, roots);
  try {
    const { bytes, stat } = readRegularFile(file, maxBytes);
    inputs.add(file, stat);
    listener?.(file);
    return bytes;
  } catch (e) {
    if (e instanceof FileRefused) throw new ReviewInputError(file, e.reason === 'too-large' ? 'CA613' : 'CA634', e.message);
    const code = (e as NodeJS.ErrnoException).code;
    throw new ReviewInputError(file, 'CA610', code === 'ENOENT' ? 'no such file or directory' : `cannot be read (${code ?? 'error'})`);
  }
}

/**
 * What a name listed in a folder is, without following a link out of `roots`: `file` (regular, or
 * a link to one inside), `dir`, `other` (a FIFO, device, socket: refused when read), `missing`.
 */
export function entryKind(file: string, roots: readonly string[]): 'file' | 'dir' | 'other' | 'missing' {
  checkContained(file, roots);
  try {
    const st = fs.statSync(file);
    return st.isFile() ? 'file' : st.isDirectory() ? 'dir' : 'other';
  } catch {
    return 'missing';
  }
}
