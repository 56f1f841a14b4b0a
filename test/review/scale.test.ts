/**
 * The review at monorepo scale, as a person runs it: a folder of many roots read by a pool of
 * worker threads (`--jobs`) gives the same report, byte for byte, as one thread; an error in one
 * root is the same error; files the workers read are inputs the report may not overwrite; the
 * progress line shows on a terminal only, never with --quiet. (The figures are `npm run bench`'s.)
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runReview } from './support';
import { main } from '../../src/review/cli';
import { Progress } from '../../src/review/progress';

const MONOREPO = path.join('test', 'fixtures', 'monorepo');

function copy(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'scale-'));
  fs.cpSync(MONOREPO, dir, { recursive: true });
  return dir;
}

describe('a folder of many roots read by a worker pool', () => {
  // Every format prints the same results: the JSON report (every finding, in order, with its
  // attribute line and value origin) stands for them. The corpus is a folder of 35 roots.
  test('--jobs 2 writes the same report as --jobs 1, with the same exit code and notices', () => {
    for (const dir of [MONOREPO, path.join('test', 'fixtures', 'review', 'corpus')]) {
      const one = runReview(dir, '--jobs', '1', '--format', 'json');
      const two = runReview(dir, '--jobs', '2', '--format', 'json');
      expect(one.stdout.length).toBeGreaterThan(100);
      expect(two.stdout).toBe(one.stdout);
      expect(two.code).toBe(one.code);
      expect(two.stderr).toBe(one.stderr);
      if (dir !== MONOREPO) expect(one.stdout).toContain('"origin');
    }
  }, 180_000);

  test('an error in one root is the same error, exit 2, with or without workers', () => {
    const dir = copy();
    fs.writeFileSync(path.join(dir, 'apps', 'web', 'broken.tf'), 'resource "tencentcloud_audit_track" "x" {\n  name = = 1\n}\n');
    const one = runReview(dir, '--jobs', '1');
    const two = runReview(dir, '--jobs', '2');
    expect(one.code).toBe(2);
    expect(two.code).toBe(2);
    expect(two.stderr).toBe(one.stderr);
    expect(two.stderr).toMatch(/broken\.tf:2: \[CA620/);
  }, 120_000);

  test('the report never overwrites a file a worker read (-o on an input is refused)', () => {
    const dir = copy();
    const input = path.join(dir, 'audit', 'main.tf');
    const before = fs.readFileSync(input, 'utf8');
    const r = runReview(dir, '--jobs', '2', '-o', input);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/main\.tf/);
    expect(fs.readFileSync(input, 'utf8')).toBe(before);
  }, 120_000);

  test.each([['0'], ['65'], ['two'], ['1.5']])('--jobs %s is a usage error (exit 2)', (v) => {
    const r = runReview(MONOREPO, '--jobs', v);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--jobs must be a whole number from 1 to 64');
  });
});

describe('progress on stderr', () => {
  function run(args: string[], terminal: boolean): { stderr: string; progress: string[] } {
    let stderr = '';
    const progress: string[] = [];
    main(args, { stdout: () => undefined, stderr: (t) => { stderr += t; }, ...(terminal ? { progress: (t: string) => { progress.push(t); } } : {}) });
    process.exitCode = 0;
    return { stderr, progress };
  }

  test('on a terminal: files read, roots read and resources reviewed, then the line is cleared', () => {
    const { progress, stderr } = run([MONOREPO, '--jobs', '1'], true);
    const shown = progress.join('');
    expect(shown).toMatch(/file\(s\) read/);
    expect(shown).toMatch(/3 of 3 root\(s\) read, \d+ resource\(s\)/);
    expect(shown).toMatch(/reviewing \d+ resource\(s\)/);
    // Each update rewrites the line; the last one clears it.
    expect(progress.every((p) => p.startsWith('\r'))).toBe(true);
    expect(progress[progress.length - 1]).toBe('\r\u001b[K');
    // Nothing of it reaches the log stream.
    expect(stderr).not.toContain('\r');
  });

  test('--quiet, or stderr not a terminal: no progress at all', () => {
    expect(run([MONOREPO, '--quiet'], true).progress).toEqual([]);
    expect(run([MONOREPO, '-q'], true).progress).toEqual([]);
    const plain = run([MONOREPO], false);
    expect(plain.progress).toEqual([]);
    expect(plain.stderr).not.toContain('\u001b');
  });

  test('at most ten updates a second, but the last root and the review always show', () => {
    const lines: string[] = [];
    let now = 0;
    const p = new Progress((t) => lines.push(t), 'x', () => now);
    for (let i = 0; i < 50; i++) {
      p.file();
      now += 10;
    }
    // 50 files in 500 ms: 5 updates.
    expect(lines.filter((l) => l.includes('file(s) read'))).toHaveLength(5);
    p.root(2, 2, 7);
    p.reviewing(7);
    expect(lines.slice(-2)).toEqual(['\rx: 2 of 2 root(s) read, 7 resource(s)\u001b[K', '\rx: reviewing 7 resource(s)\u001b[K']);
    p.clear();
    p.clear();
    expect(lines[lines.length - 1]).toBe('\r\u001b[K');
    expect(lines.filter((l) => l === '\r\u001b[K')).toHaveLength(1);
  });
});
