/**
 * What both commands share (cloudaudit-review, cloudaudit-import): where they write, and the
 * option grammar (`--name value`, `--name=value`, short aliases, `--` ending the options, `-` as a
 * positional argument).
 */

import * as fs from 'fs';
import * as path from 'path';

/**
 * The package's version, for `--version` and SARIF: package.json beside this file in the review
 * CLI's one-file bundle (scripts/build-review-cli.ts: package root), else beside src/ or lib/.
 * Never searched further up: that could be the package.json of whoever installed it.
 */
export function packageVersion(): string {
  const beside = path.join(__dirname, 'package.json');
  const file = fs.existsSync(beside) ? beside : path.join(__dirname, '..', '..', 'package.json');
  try {
    const v = JSON.parse(fs.readFileSync(file, 'utf8')).version;
    return typeof v === 'string' ? v : 'unknown';
  } catch {
    return 'unknown';
  }
}

/** Where a command writes: injectable for tests. */
export interface Io {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Where a long run shows its progress (a line rewritten in place): stderr when it is a terminal. */
  readonly progress?: (text: string) => void;
}

export const PROCESS_IO: Io = {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  ...(process.stderr.isTTY ? { progress: (t: string) => process.stderr.write(t) } : {}),
};

/**
 * Walks `argv`. `option(name, value)` handles one option and returns false when it does not know
 * it; `value()` reads the option's argument (inline or next), refusing a missing or empty one.
 * Every other argument goes to `positional`. Usage mistakes are thrown as `usage(message)`.
 */
export function walkArgs(
  argv: readonly string[],
  option: (name: string, value: () => string) => boolean,
  positional: (arg: string) => void,
  usage: (message: string) => Error,
): void {
  for (let i = 0; i < argv.length; i++) {
    let arg = argv[i];
    let inline: string | undefined;
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    if (eq > 0) {
      inline = arg.slice(eq + 1);
      arg = arg.slice(0, eq);
    }
    if (arg === '--') {
      argv.slice(i + 1).forEach(positional);
      return;
    }
    if (!arg.startsWith('-') || arg === '-') {
      positional(arg);
      continue;
    }
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '') throw usage(`${arg} needs a value`);
      return v;
    };
    if (!option(arg, value)) throw usage(`unknown option ${arg}`);
  }
}
