/**
 * The first line of a CloudAuditValidationError's message is all that Python (`str(e)`), Java
 * (`getMessage()`, then the JS stack) and Go (the panic value) show of it: it must carry the code
 * and the construct path in one stable format, the one docs/errors.md documents.
 */
import * as fs from 'fs';
import * as path from 'path';
import { App, TerraformStack, Testing } from 'cdktf';
import * as os from 'os';
import { AuditChecks, AuditTrack, CloudAuditErrors, ClsDestination, CosDestination, tencentcloud } from '../src';
import { newStack } from './support';

/** docs/errors.md, "Reading a message": the same pattern in every language (no named groups: Python and Java spell them differently). */
const FIRST_LINE = String.raw`^\[([A-Z]+-?[0-9]+) ([A-Za-z0-9]+)\] (.+?): (.+?): `;

/** What the message writes for a path or field: the reverse of `\u0020`, `\n` and the other escapes. */
function unescape(part: string): string {
  return part.replace(/\\u([0-9a-f]{4})|\\([nrt])/g, (_m, hex: string | undefined, short: string | undefined) =>
    (hex ? String.fromCharCode(parseInt(hex, 16)) : ({ n: '\n', r: '\r', t: '\t' } as Record<string, string>)[short!]));
}

function thrown(f: () => unknown): Error {
  try {
    f();
  } catch (e) {
    return e as Error;
  }
  throw new Error('nothing was thrown');
}

function cos(stack: TerraformStack, id = 'Logs'): CosDestination {
  return new CosDestination(stack, id, { bucketName: 'audit-logs', region: 'ap-guangzhou', appId: '1250000000' });
}

function parse(message: string): { code: string; name: string; path: string; field: string } {
  const m = new RegExp(FIRST_LINE).exec(message.split('\n')[0]);
  if (!m) throw new Error(`first line does not match ${FIRST_LINE}: ${message}`);
  return { code: m[1], name: m[2], path: m[3], field: m[4] };
}

describe('the first line of a validation error', () => {
  const cases: Array<[string, () => unknown]> = [
    ['a bad track name', () => {
      const { stack } = newStack();
      new AuditTrack(stack, 'OrgAudit', { trackName: 'bad name!', destination: cos(stack) });
    }],
    ['a value holding a line break', () => {
      const { stack } = newStack();
      new AuditTrack(stack, 'OrgAudit', { trackName: 'bad\nname\u2028', destination: cos(stack) });
    }],
    ['a construct id holding spaces, ": " and control characters', () => {
      const { stack } = newStack();
      new AuditTrack(stack, 'Org: Audit\rTrack\t1', { trackName: 'x', destination: cos(stack) });
    }],
    ['a nested construct', () => {
      const { stack } = newStack();
      new ClsDestination(stack, 'Logs', { region: 'ap-guangzhou', logsetName: 'audit', topicName: 'events' }).addAlarm('A', { noticeIds: [] } as any);
    }],
    ['a prop of the wrong type (CA001)', () => {
      const { stack } = newStack();
      new AuditTrack(stack, 'OrgAudit', { trackName: 42 as any, destination: cos(stack) });
    }],
    ['an acknowledgement on the App itself', () => AuditChecks.acknowledge(Testing.app(), { id: 'NOT-A-RULE', reason: 'a reason long enough to be accepted' })],
    ['a stack of a plain App, its id holding ":"', () => {
      const stack = new TerraformStack(new App({ outdir: fs.mkdtempSync(path.join(os.tmpdir(), 'first-line-')) }), 'prod:eu');
      new tencentcloud.provider.TencentcloudProvider(stack, 'tencentcloud', { region: 'eu-frankfurt' });
      new AuditTrack(stack, 'T', { trackName: 'ab', destination: cos(stack) });
    }],
  ];

  test.each(cases)('%s: one line, "[code name] path: field: ", code and path as the error carries them', (_name, f) => {
    const e = thrown(f);
    const details = CloudAuditErrors.detailsOf(e);
    expect(details).toBeDefined();
    expect(e.message.split(/\r\n|\r|\n|\u2028|\u2029/)).toHaveLength(1);
    const first = parse(e.message);
    expect(first.code).toBe(details!.code);
    expect(unescape(first.path)).toBe(details!.constructPath || '(app)');
    expect(unescape(first.field)).toBe(details!.field);
    expect(e.message).toContain(`Fix: ${details!.fix.replace(/\n/g, '\\n')}`);
  });

  test('a plain case reads as documented', () => {
    const e = thrown(cases[0][1]);
    expect(e.message).toMatch(/^\[CA101 TrackNameInvalid\] test\/OrgAudit: trackName: "bad name!" has characters other than /);
    expect(parse(e.message)).toEqual({ code: 'CA101', name: 'TrackNameInvalid', path: 'test/OrgAudit', field: 'trackName' });
  });

  test('line breaks and ": " are written as escapes', () => {
    expect(thrown(cases[1][1]).message).toContain('trackName: "bad\\nname\\u2028" has');
    expect(parse(thrown(cases[2][1]).message).path).toBe('test/Org:\\u0020Audit\\rTrack\\t1');
  });

  test.each(['errors.md', 'languages.md'])('docs/%s gives this pattern', (doc) => {
    expect(fs.readFileSync(path.join(__dirname, '..', 'docs', doc), 'utf8')).toContain(FIRST_LINE);
  });
});
