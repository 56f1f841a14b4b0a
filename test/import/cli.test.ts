/** cloudaudit-import: bad input (one coded line, exit 2, nothing written), options, rule-breaking tracks (exit 1). */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main, USAGE } from '../../src/import/cli';

const FIXTURES = path.join(__dirname, '..', 'fixtures', 'import');
const fixture = (name: string) => path.join(FIXTURES, name);

function run(args: string[]): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const code = main(args, { stdout: (t) => (out += t), stderr: (t) => (err += t) });
  process.exitCode = 0;
  return { code, out, err };
}

let tmp: string;
beforeEach(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ca-import-cli-'));
});
afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));

function write(name: string, content: string | Buffer | object): string {
  const p = path.join(tmp, name);
  fs.writeFileSync(p, typeof content === 'string' || Buffer.isBuffer(content) ? content : JSON.stringify(content));
  return p;
}

const track = (over: Record<string, unknown> = {}) => ({
  Name: 'console-cos-all',
  ActionType: '*',
  ResourceType: '*',
  Status: 1,
  EventNames: ['*'],
  Storage: { StorageType: 'cos', StorageRegion: 'ap-guangzhou', StorageName: 'audit-logs', StoragePrefix: 'cloudaudit' },
  CreateTime: '2024-03-18 10:21:07',
  TrackId: 24283,
  ...over,
});

/** Runs with -o and -- also to stdout -- expecting exit 2, one coded line naming `file`, nothing written. */
function expectBadInput(args: string[], code: string, file: string, problem?: RegExp): string {
  const out = path.join(tmp, 'out.ts');
  for (const withOutput of [true, false]) {
    const r = run(withOutput ? [...args, '-o', out] : args);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    const lines = r.err.split('\n').filter((l) => l.length > 0);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^cloudaudit-import: \\[${code} [A-Za-z]+\\] `));
    expect(lines[0]).toContain(file);
    if (problem) expect(lines[0]).toMatch(problem);
    expect(fs.existsSync(out)).toBe(false);
  }
  return run(args).err;
}

describe('bad input: one coded line, exit 2, nothing written', () => {
  test.each([
    ['not-json.json', 'CA912', /is not JSON/],
    ['not-tracks.json', 'CA913', /not a DescribeAuditTracks response: no Tracks list/],
    ['api-error.json', 'CA913', /an API error: .*AuthFailure\.SignatureFailure/],
    ['empty.json', 'CA914', /Tracks is empty/],
    ['ckafka.json', 'CA915', /Tracks\[0\]\.Storage\.StorageType is "ckafka"/],
    ['name-number.json', 'CA916', /Tracks\[0\]\.Name must be a string, got 12345 \(number\)/],
    ['id-string.json', 'CA916', /Tracks\[0\]\.TrackId must be a whole number, got "track-30003" \(string\)/],
  ])('fixture %s: %s', (name, code, problem) => {
    expectBadInput([fixture(path.join('bad', name))], code, name, problem);
  });

  test.each([
    ['Tracks not an array', { Tracks: {} }, 'CA913', /Tracks must be an array/],
    ['a track that is not an object', { Tracks: [42] }, 'CA913', /Tracks\[0\] must be an object/],
    ['TrackId twice', { Tracks: [track(), track({ Name: 'other' })] }, 'CA913', /TrackId 24283 is listed twice/],
    ['Name twice', { Tracks: [track(), track({ TrackId: 2 })] }, 'CA913', /Name "console-cos-all" is listed twice/],
    ['a top-level array', [track()], 'CA913', /no Tracks list/],
    ['one page of several', { Tracks: [track()], TotalCount: 51 }, 'CA913', /TotalCount is 51 but Tracks lists 1: fetch every page/],
    ['TrackId 0', { Tracks: [track({ TrackId: 0 })] }, 'CA916', /TrackId must be a whole number >= 1/],
    ['TrackId negative', { Tracks: [track({ TrackId: -3 })] }, 'CA916', /TrackId must be a whole number/],
    ['TrackId fractional', { Tracks: [track({ TrackId: 1.5 })] }, 'CA916', /TrackId must be a whole number/],
    ['TrackId beyond 2^53', { Tracks: [track({ TrackId: 2 ** 60 })] }, 'CA916', /below 2\^53/],
    ['TrackId missing', { Tracks: [track({ TrackId: undefined })] }, 'CA916', /TrackId must be a whole number, got missing/],
    ['Status 2', { Tracks: [track({ Status: 2 })] }, 'CA916', /Status must be 0 or 1, got 2/],
    ['Status a string', { Tracks: [track({ Status: 'on' })] }, 'CA916', /Status must be a whole number/],
    ['EventNames not strings', { Tracks: [track({ EventNames: [1] })] }, 'CA916', /EventNames must be an array of strings/],
    ['Storage missing', { Tracks: [track({ Storage: null })] }, 'CA916', /Storage must be an object/],
    ['StorageName a number', { Tracks: [track({ Storage: { ...track().Storage, StorageName: 7 } })] }, 'CA916', /Storage\.StorageName must be a string/],
    ['StorageType unknown', { Tracks: [track({ Storage: { ...track().Storage, StorageType: 'cmq' } })] }, 'CA915', /"cmq"/],
  ])('%s: %s', (_, doc, code, problem) => {
    const f = write('tracks.json', doc as object);
    expectBadInput([f], code as string, 'tracks.json', problem as RegExp);
  });

  test('a missing file: CA911', () => {
    expectBadInput([path.join(tmp, 'missing.json')], 'CA911', 'missing.json', /cannot be read \(ENOENT\)/);
  });

  test('a directory: CA911', () => {
    expectBadInput([tmp], 'CA911', tmp, /is not a file/);
  });

  test('binary input: CA911', () => {
    expectBadInput([write('bin.json', Buffer.from([0x7b, 0x00, 0x7d]))], 'CA911', 'bin.json', /binary/);
  });

  test('a multi-product track without its DescribeAuditTrack: CA917', () => {
    expectBadInput([fixture('describe-audit-tracks.json'), '-t', fixture('describe-audit-track-24410.json')], 'CA917', 'describe-audit-tracks.json', /tracking set 24502 "multi-product" has no ResourceType.*--track/);
  });

  test('a DescribeAuditTrack of a track the list does not have: CA917', () => {
    const list = write('tracks.json', { Tracks: [track()] });
    expectBadInput([list, '-t', fixture('describe-audit-track-24410.json')], 'CA917', 'describe-audit-track-24410.json', /"org-archive", which .* does not list/);
  });

  test('the same DescribeAuditTrack twice: CA917', () => {
    const d = fixture('describe-audit-track-24502.json');
    expectBadInput([fixture('describe-audit-tracks.json'), '-t', d, '-t', d], 'CA917', 'describe-audit-track-24502.json', /again/);
  });

  test('a --track file that is the list, not a DescribeAuditTrack: CA917', () => {
    expectBadInput([fixture('describe-audit-tracks.json'), '-t', fixture('describe-audit-tracks.json')], 'CA917', 'describe-audit-tracks.json', /not a DescribeAuditTrack response/);
  });

  test('a --track file with a wrongly typed TrackForAllMembers: CA916', () => {
    const d = JSON.parse(fs.readFileSync(fixture('describe-audit-track-24410.json'), 'utf8'));
    d.Response.TrackForAllMembers = 'yes';
    expectBadInput([fixture('describe-audit-tracks.json'), '-t', write('d.json', d)], 'CA916', 'd.json', /TrackForAllMembers must be a whole number/);
  });

  test.each([
    [[], /give the DescribeAuditTracks JSON file/],
    [['a.json', 'b.json'], /give one DescribeAuditTracks file, not 2/],
    [['--nope', 'a.json'], /unknown option --nope/],
    [['a.json', '--track'], /--track needs a value/],
    [['a.json', '--region', 'mars-1'], /--region: "mars-1"/],
  ])('usage %j: CA910', (args, problem) => {
    const r = run(args as string[]);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toMatch(/^cloudaudit-import: \[CA910 ImportUsage\] /);
    expect(r.err).toMatch(problem as RegExp);
  });

  test('an output that cannot be written: CA918, nothing written', () => {
    const out = path.join(tmp, 'no-such-dir', 'tracks.ts');
    const r = run([fixture('describe-audit-tracks-drifted.json'), '-o', out]);
    expect(r.code).toBe(2);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toMatch(/^cloudaudit-import: \[CA918 ImportOutputUnwritable\] .*no-such-dir.*: cannot be written \(ENOENT\)/);
    expect(fs.existsSync(out)).toBe(false);
  });
});

describe('good input', () => {
  test('--help prints the usage, exit 0', () => {
    expect(run(['--help'])).toEqual({ code: 0, out: USAGE, err: '' });
  });

  test('the response without its envelope reads the same as with it', () => {
    const withEnvelope = run([fixture('describe-audit-tracks-drifted.json')]);
    const doc = JSON.parse(fs.readFileSync(fixture('describe-audit-tracks-drifted.json'), 'utf8'));
    const enveloped = run([write('describe-audit-tracks-drifted.json', { Response: doc })]);
    expect(enveloped).toEqual(withEnvelope);
  });

  test('writes to stdout by default, imports from the package, with the provider region given', () => {
    const r = run([write('t.json', { Tracks: [track()] }), '--region', 'ap-hongkong']);
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    expect(r.out).toContain("import { ActionType, AuditChecks, AuditTrack, CosDestination, tencentcloud } from 'cdktf-tencentcloud-cloudaudit';");
    expect(r.out).toContain('Aspects.of(app).add(new AuditChecks());');
    expect(r.out).toContain("new tencentcloud.provider.TencentcloudProvider(this, 'tencentcloud', { region: 'ap-hongkong' });");
    expect(r.out).toContain("importTrackId: '24283',");
  });

  test('writes nothing but its output: no cdktf.out in the working directory, no temp dir left', () => {
    const list = write('t.json', { Tracks: [track()] });
    const before = fs.readdirSync(os.tmpdir()).filter((f) => f.startsWith('cloudaudit-import-'));
    const cwd = process.cwd();
    process.chdir(tmp);
    try {
      expect(run([list, '-o', 'out.ts']).code).toBe(0);
    } finally {
      process.chdir(cwd);
    }
    expect(fs.readdirSync(tmp).sort()).toEqual(['out.ts', 't.json']);
    expect(fs.readdirSync(os.tmpdir()).filter((f) => f.startsWith('cloudaudit-import-'))).toEqual(before);
  });

  test('a TrackId given as a string of digits is accepted', () => {
    const r = run([write('t.json', { Tracks: [track({ TrackId: '24283' })] })]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("importTrackId: '24283',");
  });

  test('names with quotes and line separators stay inside their string literal, also in comments', () => {
    const r = run([write('t.json', { Tracks: [track({ Name: "it's\u2028*/ bad" })] })]);
    expect(r.code).toBe(1);
    // Declared as the cloud has it (the name breaks CA101, kept), the name inside its literal.
    expect(r.out).toContain("      trackName: 'it\\'s\\u2028*\\/ bad',");
    expect(r.out).not.toContain('\u2028');
    expect(r.err).toContain('[CA101 TrackNameInvalid]');
  });

  test('cross-account storage without its DescribeAuditTrack: declared from the list, with a CA930 finding naming the missing detail, exit 1', () => {
    const t = track({ Storage: { ...track().Storage, StorageAccountId: '100012345678', StorageAppId: '1250000001' } });
    const r = run([write('t.json', { Tracks: [t] })]);
    expect(r.code).toBe(1);
    expect(r.err.trim().split('\n')).toEqual([expect.stringMatching(/^cloudaudit-import: \[CA930 ImportDetailMissing\] tracking set 24283 "console-cos-all" delivers into another account, .*\(TrackForAllMembers\): declared as an AuditTrack that is not/)]);
    expect(r.out).not.toContain('NOT DECLARED');
    expect(r.out).toContain('// [CA930 ImportDetailMissing] TrackForAllMembers is not in DescribeAuditTracks');
    expect(r.out).toMatch(/new AuditTrack\(this, 'console-cos-all', \{/);
    expect(r.out).toContain("storageAccountId: '100012345678'");
    expect(r.out).toContain("storageAppId: '1250000001'");
    expect(r.out).toContain('1 of 1 tracking set(s) declared.');
  });

  test('cross-account storage with a DescribeAuditTrack saying it is not org-wide: declared, no finding, exit 0', () => {
    const storage = { ...track().Storage, StorageAccountId: '100012345678', StorageAppId: '1250000001' };
    const detail = { Name: 'console-cos-all', ActionType: '*', ResourceType: '*', EventNames: ['*'], Status: 1, Storage: storage, TrackForAllMembers: 0 };
    const r = run([write('t.json', { Tracks: [track({ Storage: storage })] }), '--track', write('d.json', detail)]);
    expect({ code: r.code, err: r.err }).toEqual({ code: 0, err: '' });
    expect(r.out).toMatch(/new AuditTrack\(this, 'console-cos-all'/);
    expect(r.out).toContain("storageAccountId: '100012345678'");
  });

  test('each broken rule is kept under its own code (a wrong-case ActionType: CA103), with its reason', () => {
    const r = run([write('t.json', { Tracks: [track({ ActionType: 'write' })] })]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/\[CA919 ImportTrackBreaksRule\] tracking set 24283 "console-cos-all" is declared as the cloud has it, rule kept: \[CA103 ActionTypeInvalid\]/);
    expect(r.out).toContain("      actionType: 'write',");
    expect(r.out).toContain('// KEPT AS THE CLOUD HAS IT: CA103 ActionTypeInvalid');
    expect(r.out).toMatch(/keepImported: \[\s*\{\s*id: 'CA103',\s*reason: 'kept as the cloud has it \(cloudaudit-import, tracking set 24283\): actionType: "write" is not Read, Write or \*\. Changing it here changes the tracking set at the next apply: decide, fix it \(console or here\), then drop this entry\.',/);
  });
});
