/**
 * Reading and writing files the commands are pointed at, safely, whoever wrote them:
 * - reading never blocks and never reads without bound: the file is opened non-blocking (a FIFO
 *   opens at once), checked with fstat to be a regular file (a FIFO, `/dev/zero`, a socket is
 *   refused before a byte is read) of at most the size allowed, and read up to that size only;
 * - writing an output never follows a symbolic link at the output path, never overwrites one of
 *   the inputs (same real path, or same device and inode: a hard link), and replaces the file in
 *   one rename of a temporary file written next to it, so a full disk or a crash leaves the old
 *   file as it was.
 * Errors are `FileRefused` (what is wrong, in words) or the `NodeJS.ErrnoException` of the
 * system call; the commands turn both into their own coded lines.
 */
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as path from 'path';

/** A file the commands will not read or write, and why (never its content). */
export class FileRefused extends Error {
  constructor(readonly reason: 'not-regular' | 'too-large' | 'symlink' | 'is-input', message: string) {
    super(message);
    this.name = 'FileRefused';
  }
}

/** What a file is, in words, from its stat. */
export function kindOf(st: fs.Stats): string {
  if (st.isDirectory()) return 'a directory';
  if (st.isFIFO()) return 'a FIFO (named pipe)';
  if (st.isCharacterDevice()) return 'a character device';
  if (st.isBlockDevice()) return 'a block device';
  if (st.isSocket()) return 'a socket';
  if (st.isSymbolicLink()) return 'a symbolic link';
  return 'not a regular file';
}

const O_NONBLOCK = fs.constants.O_NONBLOCK ?? 0;

/** The write call of `writeFileAtomic`: replaceable in tests (a full disk). */
export const writeCall = { writeSync: (fd: number, buf: Buffer, offset: number, length: number): number => fs.writeSync(fd, buf, offset, length) };

/**
 * The bytes of a regular file of at most `maxBytes` bytes. Opening does not block (O_NONBLOCK: a
 * FIFO is opened and refused, never waited on); what is opened is checked with fstat (the file
 * read is the file checked); at most `maxBytes + 1` bytes are read even if the file grows.
 */
export function readRegularFile(file: string, maxBytes: number): { bytes: Buffer; stat: fs.Stats } {
  // eslint-disable-next-line no-bitwise -- open(2) flags
  const fd = fs.openSync(file, fs.constants.O_RDONLY | O_NONBLOCK);
  try {
    const stat = fs.fstatSync(fd);
    if (!stat.isFile()) throw new FileRefused('not-regular', `is ${kindOf(stat)}, not a regular file: it is never read`);
    if (stat.size > maxBytes) throw new FileRefused('too-large', `is ${megabytes(stat.size)}, over the ${megabytes(maxBytes)} limit`);
    const buf = Buffer.allocUnsafe(Math.min(stat.size, maxBytes) + 1);
    let length = 0;
    while (length < buf.length) {
      const n = fs.readSync(fd, buf, length, buf.length - length, null);
      if (n === 0) break;
      length += n;
    }
    if (length > maxBytes) throw new FileRefused('too-large', `grew over the ${megabytes(maxBytes)} limit while being read`);
    return { bytes: buf.subarray(0, length), stat };
  } finally {
    fs.closeSync(fd);
  }
}

function megabytes(n: number): string {
  const mb = n / 1048576;
  return mb >= 10 || Number.isInteger(mb) ? `${mb.toFixed(0)} MB` : `${mb.toFixed(1)} MB`;
}

/** `dev:ino` of a file, the identity a hard link shares. */
export function identity(st: fs.Stats): string {
  return `${st.dev}:${st.ino}`;
}

/** The files a command read: what its output must never overwrite. */
export class InputFiles {
  private readonly real = new Set<string>();
  private readonly ids = new Set<string>();

  /** Records a file read (its real path and its inode). */
  add(file: string, stat?: fs.Stats): void {
    try {
      this.real.add(fs.realpathSync(file));
      this.ids.add(identity(stat ?? fs.statSync(file)));
    } catch {
      // A file that vanished was not read: nothing to protect.
    }
  }

  /** Whether `file` (existing) is one of the inputs. */
  has(file: string, stat: fs.Stats): boolean {
    let real: string | undefined;
    try {
      real = fs.realpathSync(file);
    } catch {
      real = undefined;
    }
    return (real !== undefined && this.real.has(real)) || this.ids.has(identity(stat));
  }
}

/**
 * Writes `pieces` to `file` as one atomic replacement: refuses a symbolic link at `file` (never
 * followed), anything but a regular file there, and a file that is one of `inputs`; writes a
 * temporary file in the same folder (created exclusively, never following a link), flushes it to
 * disk, and renames it over `file`. On any error the temporary file is removed and `file` is left
 * as it was.
 */
export function writeFileAtomic(file: string, pieces: readonly string[], inputs?: InputFiles): void {
  let existing: fs.Stats | undefined;
  try {
    existing = fs.lstatSync(file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
  if (existing) {
    if (existing.isSymbolicLink()) throw new FileRefused('symlink', 'is a symbolic link: an output is never written through one (remove it, or give the path it points to)');
    if (!existing.isFile()) throw new FileRefused('not-regular', `is ${kindOf(existing)}: an output is written to a regular file only`);
    if (inputs?.has(file, existing)) throw new FileRefused('is-input', 'is one of the inputs: it would be overwritten by the report on it (give another output file)');
  }
  const dir = path.dirname(file);
  const temp = path.join(dir, `.${path.basename(file)}.${process.pid}.${crypto.randomBytes(6).toString('hex')}.tmp`);
  // O_EXCL with O_CREAT: never opens an existing file or follows a link planted at the temp name.
  // eslint-disable-next-line no-bitwise -- open(2) flags
  const flags = fs.constants.O_WRONLY | fs.constants.O_CREAT | fs.constants.O_EXCL;
  const fd = fs.openSync(temp, flags, existing ? existing.mode % 0o1000 : 0o666);
  let renamed = false;
  try {
    try {
      for (const piece of pieces) {
        const buf = Buffer.from(piece, 'utf8');
        let offset = 0;
        while (offset < buf.length) offset += writeCall.writeSync(fd, buf, offset, buf.length - offset);
      }
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(temp, file);
    renamed = true;
  } finally {
    if (!renamed) fs.rmSync(temp, { force: true });
  }
}
