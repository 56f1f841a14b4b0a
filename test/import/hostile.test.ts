/**
 * Issue 19, cloudaudit-import: API responses nobody here wrote. Every API-derived value is written
 * inside a string literal (checked with the TypeScript compiler API, test/support/generated-ts.ts),
 * so a line break in a value cannot end the comment it is quoted in and run what follows; CreateTime
 * is a date and time or refused; every string is bounded; `-o` never follows a link, never
 * overwrites an input, and never leaves a truncated file.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App } from 'cdktf';
import { main } from '../../src/import/cli';
import { tsString } from '../../src/import/generate';
import { MAX_API_STRING } from '../../src/import/parse';
import { writeCall } from '../../src/internal/files';
import { checkGeneratedFile } from '../support/generated-ts';

const GENERATED = path.join(__dirname, '.generated');
const MARK = 'QZX';
/** What a payload does if it runs: sets this global. */
const PWNED = '__cloudauditImportPwned';
const payload = (br: string) => `x${br}(globalThis as any).${PWNED} = '${MARK}';${br}//${MARK}`;
const BREAKS: Array<[string, string]> = [['\\n', '\n'], ['\\r', '\r'], ['U+2028', '\u2028'], ['U+2029', '\u2029'], ['\\r\\n', '\r\n']];

function run(args: string[]): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const code = main(args, { stdout: (t) => (out += t), stderr: (t) => (err += t) });
  process.exitCode = 0;
  return { code, out, err };
}

let tmp: string;
beforeEach(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ca-import-hostile-'));
});
afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));

function write(name: string, content: string | object): string {
  const p = path.join(tmp, name);
  fs.writeFileSync(p, typeof content === 'string' ? content : JSON.stringify(content));
  return p;
}

const track = (over: Record<string, unknown> = {}, storage: Record<string, unknown> = {}) => ({
  Name: 'console-cos-all',
  ActionType: '*',
  ResourceType: '*',
  Status: 1,
  EventNames: ['*'],
  Storage: { StorageType: 'cos', StorageRegion: 'ap-guangzhou', StorageName: 'audit-logs', StoragePrefix: 'cloudaudit', ...storage },
  CreateTime: '2024-03-18 10:21:07',
  TrackId: 24283,
  ...over,
});

/** Every marker of the generated text sits inside a string literal, and the file parses. */
function expectAllInLiterals(text: string): void {
  const report = checkGeneratedFile(text, MARK);
  expect(report.syntaxErrors).toEqual([]);
  expect(report.outside).toEqual([]);
}

/** Loads the generated file as a program and synthesizes it: the payload must not have run. */
function loadAndSynth(text: string): void {
  fs.mkdirSync(GENERATED, { recursive: true });
  const file = path.join(GENERATED, `hostile-${process.pid}-${Math.random().toString(36).slice(2)}.ts`);
  fs.writeFileSync(file, text.replace(/from 'cdktf-tencentcloud-cloudaudit'/, "from '../../../src'"));
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const mod = require(file);
    const app = new App({ outdir: fs.mkdtempSync(path.join(tmp, 'out-')) });
    new mod.ImportedTracksStack(app, 'imported-tracks');
    app.synth();
  } finally {
    fs.rmSync(file, { force: true });
  }
  expect((globalThis as any)[PWNED]).toBeUndefined();
}

describe('code injection: a line break in an API value never ends a comment', () => {
  const cases: Array<[string, (p: string) => object]> = [
    ['Storage.StorageName (COS)', (p) => track({}, { StorageName: p })],
    ['Storage.StorageName (CLS)', (p) => track({}, { StorageType: 'cls', StorageName: p })],
    ['Storage.StorageRegion', (p) => track({}, { StorageRegion: p })],
    ['Storage.StorageAccountId', (p) => track({}, { StorageAccountId: p, StorageAppId: '1250000001' })],
    ['Storage.StorageAppId', (p) => track({}, { StorageAccountId: '100012345678', StorageAppId: p })],
    ['Name', (p) => track({ Name: p })],
    ['Storage.StoragePrefix', (p) => track({}, { StoragePrefix: p })],
  ];
  for (const [field, make] of cases) {
    test.each(BREAKS)(`${field} with %s: every value in a literal, nothing runs`, (_, br) => {
      const r = run([write('tracks.json', { Tracks: [make(payload(br))] })]);
      expect(r.code).toBe(1); // such a value breaks a rule: the track is written commented out
      expectAllInLiterals(r.out);
      expect(r.out).not.toMatch(/[\r\u2028\u2029]/);
      loadAndSynth(r.out);
    });
  }

  test('U+2028 with terminal escapes (the "clean comment" variant): escaped in the file and on stderr', () => {
    const sneaky = `audit-logs\u001b[2K\r\u2028(globalThis as any).${PWNED} = '${MARK}';\u001b[8m//${MARK}`;
    const r = run([write('tracks.json', { Tracks: [track({}, { StorageName: sneaky })] })]);
    expectAllInLiterals(r.out);
    expect(r.out).not.toMatch(/[\u001b\r\u2028]/);
    expect(r.err).not.toMatch(/[\u001b\r\u2028]/);
    loadAndSynth(r.out);
  });

  test('a declared track keeps its values exactly, as the literals the compiler reads', () => {
    const name = `audit_${MARK}`;
    const r = run([write('tracks.json', { Tracks: [track({ Name: name, CreateTime: '2024-03-18T02:21:07.5+08:00' }, { StoragePrefix: `pre${MARK}` })] })]);
    expect(r.code).toBe(0);
    const report = checkGeneratedFile(r.out, MARK);
    expect(report.outside).toEqual([]);
    expect(report.literals).toEqual(expect.arrayContaining([name, `pre${MARK}`, '24283', 'audit-logs', 'ap-guangzhou']));
    expect(report.commentLiterals).toEqual(expect.arrayContaining(['24283', '2024-03-18T02:21:07.5+08:00', 'audit-logs', 'ap-guangzhou']));
  });

  test('input file names in the header are literals too (a line break, a star, an escape)', () => {
    const f = write(`t\n*\u2028\u001b[2J${MARK}.json`, { Tracks: [track()] });
    const r = run([f]);
    expect(r.code).toBe(0);
    expectAllInLiterals(r.out);
    expect(checkGeneratedFile(r.out, MARK).commentLiterals).toContain(`t\n*\u2028\u001b[2J${MARK}.json`);
  });

  test('tsString escapes what could end a line, a comment or start a CI command', () => {
    expect(tsString("a'b\\c")).toBe("'a\\'b\\\\c'");
    expect(tsString('\n\r\t\u2028\u2029\u001b\u009b\u202e\u200b\ufeff')).toBe("'\\n\\r\\t\\u2028\\u2029\\x1b\\x9b\\u202e\\u200b\\ufeff'");
    expect(tsString('*/ ##[error] ##vso[')).toBe("'*\\/ #\\x23[error] #\\x23vso['");
    expect(tsString('\ud800')).toBe("'\\ud800'");
    expect(tsString('东京 ok')).toBe("'东京 ok'");
  });
});

describe('CreateTime is a date and time; every API string is bounded', () => {
  test.each(BREAKS)('a CreateTime with %s is refused (CA916), nothing written', (_, br) => {
    const r = run([write('tracks.json', { Tracks: [track({ CreateTime: `2024-03-18 10:21:07${br}(globalThis as any).x = 1;` })] })]);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/^cloudaudit-import: \[CA916 ImportFieldType\] .*Tracks\[0\]\.CreateTime must be a date and time/);
    expect(r.err.trim().split('\n')).toHaveLength(1);
  });

  test('free text as CreateTime is refused (CA916)', () => {
    expect(run([write('tracks.json', { Tracks: [track({ CreateTime: 'yesterday' })] })]).err).toMatch(/\[CA916 ImportFieldType\].*CreateTime/);
  });

  test('a 10,000,000-character CreateTime is refused (CA920), never echoed', () => {
    const r = run([write('tracks.json', { Tracks: [track({ CreateTime: 'x'.repeat(10_000_000) })] })]);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/^cloudaudit-import: \[CA920 ImportValueTooLong\] .*Tracks\[0\]\.CreateTime has 10000000 characters, more than the 1024/);
    expect(r.err.length).toBeLessThan(400);
  });

  test.each([
    ['Name', { Name: 'n'.repeat(MAX_API_STRING + 1) }, 'Name'],
    ['StorageName', { Storage: { ...track().Storage, StorageName: 'b'.repeat(MAX_API_STRING + 1) } }, 'Storage.StorageName'],
    ['an API name', { EventNames: ['ok', 'e'.repeat(MAX_API_STRING + 1)] }, 'EventNames[1]'],
    ['EventNames', { EventNames: Array.from({ length: 5001 }, (_, i) => `Api${i}`), ResourceType: 'cam' }, 'EventNames lists 5001'],
  ])('an overlong %s is refused (CA920)', (_, over, where) => {
    const r = run([write('tracks.json', { Tracks: [track(over as Record<string, unknown>)] })]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('[CA920 ImportValueTooLong]');
    expect(r.err).toContain(where as string);
  });

  test('a string of exactly the limit is read', () => {
    const r = run([write('tracks.json', { Tracks: [track({}, { StoragePrefix: 'p'.repeat(MAX_API_STRING) })] })]);
    expect(r.err).not.toContain('CA920');
  });
});

describe('-o: never through a link, never over an input, never a truncated file', () => {
  test('a symbolic link at the output path is refused (CA921); its target is untouched', () => {
    const target = write('precious.txt', 'keep me');
    const link = path.join(tmp, 'out.ts');
    fs.symlinkSync(target, link);
    const r = run([write('tracks.json', { Tracks: [track()] }), '-o', link]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^cloudaudit-import: \[CA921 ImportOutputRefused\] .*out\.ts: is a symbolic link/);
    expect(fs.readFileSync(target, 'utf8')).toBe('keep me');
    expect(fs.lstatSync(link).isSymbolicLink()).toBe(true);
  });

  test('the input as output is refused (CA921), by path, through a link, or as a hard link', () => {
    const list = write('tracks.json', { Tracks: [track()] });
    const before = fs.readFileSync(list, 'utf8');
    const hard = path.join(tmp, 'hard.json');
    fs.linkSync(list, hard);
    for (const out of [list, path.join(tmp, '.', 'tracks.json'), hard]) {
      const r = run([list, '-o', out]);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/\[CA921 ImportOutputRefused\] .*is one of the inputs/);
    }
    const detail = write('detail.json', { Name: 'console-cos-all', Status: 1, Storage: track().Storage, ResourceType: '*', ActionType: '*', EventNames: ['*'] });
    expect(run([list, '-t', detail, '-o', detail]).err).toContain('[CA921 ImportOutputRefused]');
    expect(fs.readFileSync(list, 'utf8')).toBe(before);
  });

  test('a full disk leaves the old file intact and no temporary file (CA918)', () => {
    const out = write('out.ts', 'the previous version\n');
    // The disk fills after 10 bytes of the new file.
    const spy = jest.spyOn(writeCall, 'writeSync').mockImplementation((fd, buf) => {
      fs.writeSync(fd, buf, 0, 10);
      const e = new Error('ENOSPC: no space left on device, write') as NodeJS.ErrnoException;
      e.code = 'ENOSPC';
      throw e;
    });
    try {
      const r = run([write('tracks.json', { Tracks: [track()] }), '-o', out]);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/\[CA918 ImportOutputUnwritable\] .*out\.ts: cannot be written \(ENOSPC\)/);
    } finally {
      spy.mockRestore();
    }
    expect(fs.readFileSync(out, 'utf8')).toBe('the previous version\n');
    expect(fs.readdirSync(tmp).sort()).toEqual(['out.ts', 'tracks.json']);
  });

  test('an existing output is replaced whole, keeping its mode', () => {
    const out = write('out.ts', 'old');
    fs.chmodSync(out, 0o640);
    expect(run([write('tracks.json', { Tracks: [track()] }), '-o', out]).code).toBe(0);
    expect(fs.readFileSync(out, 'utf8')).toContain('new AuditTrack(');
    expect(fs.statSync(out).mode % 0o1000).toBe(0o640);
  });

  test('a FIFO as input is refused at once, never waited on (CA911)', () => {
    const fifo = path.join(tmp, 'tracks.json');
    execFileSync('mkfifo', [fifo]);
    const r = run([fifo]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/\[CA911 ImportInputUnreadable\] .*is a FIFO/);
  });
});
