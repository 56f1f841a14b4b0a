/**
 * Issue #11: a first mistake must not hide the worst ones. A track's storage is linked to its
 * bucket the way a reader links them (exact name, name + "-APPID", the name a mistake implies,
 * names built from a literal and an unknown APPID), swapped storage type and region are two
 * errors that say so, and every rule an event_names list breaks is reported, most specific first.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main } from '../../src/review/cli';
import { review } from '../../src/review/engine';
import { loadPath } from '../../src/review/load';
import { ReviewResult } from '../../src/review/model';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'review-mistakes-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** The bucket every case delivers to: public-read, unencrypted, 30-day expiry. */
function bucket(name: string): string {
  return `resource "tencentcloud_cos_bucket" "logs" {
  bucket = ${name}
  acl    = "public-read"
  lifecycle_rules {
    filter_prefix = "cloudaudit/"
    expiration {
      days = 30
    }
  }
}
`;
}

function track(storage: Record<string, string>, selector = 'resource_type = "*"\n  event_names   = ["*"]'): string {
  const s = { storage_type: '"cos"', storage_region: '"ap-guangzhou"', storage_name: '"audit-logs"', storage_prefix: '"cloudaudit"', ...storage };
  return `resource "tencentcloud_audit_track" "all" {
  name          = "org-audit"
  action_type   = "*"
  ${selector}
  status        = 1
  storage {
${Object.entries(s).map(([k, v]) => `    ${k} = ${v}`).join('\n')}
  }
}
`;
}

let n = 0;
function reviewHcl(...files: string[]): ReviewResult {
  const dir = path.join(tmp, `case-${n++}`);
  fs.mkdirSync(dir);
  fs.writeFileSync(path.join(dir, 'main.tf'), `provider "tencentcloud" {\n  region = "ap-guangzhou"\n}\n\nvariable "app_id" {\n  description = "APPID of the account: no value here, so unknown"\n  type        = string\n}\n\n${files.join('\n')}`);
  const docs = loadPath(dir);
  expect(docs).toHaveLength(1);
  return review(docs[0]);
}

const found = (r: ReviewResult) => r.findings.map((f) => `${f.ruleId}${f.code ? ` ${f.code}` : ''} ${f.address}`);
const BUCKET_FINDINGS = ['STO-001', 'STO-003', 'STO-006'].map((id) => `${id} tencentcloud_cos_bucket.logs`);

describe('a track is linked to its bucket the way a reader would link them', () => {
  test('storage_name with the APPID (the most common mistake): CA203, and the bucket\'s own findings', () => {
    const r = reviewHcl(bucket('"audit-logs-1250000000"'), track({ storage_name: '"audit-logs-1250000000"' }));
    expect(r.tracks[0].destination).toMatchObject({ status: 'created', address: 'tencentcloud_cos_bucket.logs', retention: '30 days', encryption: 'none' });
    expect(found(r)).toEqual(expect.arrayContaining(['API-005 CA203 tencentcloud_audit_track.all', ...BUCKET_FINDINGS]));
    expect(found(r).filter((f) => f.startsWith('COV-003'))).toEqual([]);
  });

  test('the exact name still links', () => {
    const r = reviewHcl(bucket('"audit-logs-1250000000"'), track({}));
    expect(r.tracks[0].destination.status).toBe('created');
    expect(found(r)).toEqual(expect.arrayContaining(BUCKET_FINDINGS));
  });

  test('a name whose mistake implies the bucket ("Audit_Logs" for audit-logs): CA201, and the bucket\'s findings', () => {
    const r = reviewHcl(bucket('"audit-logs-1250000000"'), track({ storage_name: '"Audit_Logs"' }));
    expect(r.tracks[0].destination.address).toBe('tencentcloud_cos_bucket.logs');
    expect(found(r)).toEqual(expect.arrayContaining(['API-005 CA201 tencentcloud_audit_track.all', ...BUCKET_FINDINGS]));
  });

  test('another bucket name stays dangling (COV-003): no guess beyond the name', () => {
    const r = reviewHcl(bucket('"audit-logs-1250000000"'), track({ storage_name: '"other-logs"' }));
    expect(r.tracks[0].destination.status).toBe('dangling');
    expect(found(r)).toContain('COV-003 tencentcloud_audit_track.all');
    expect(found(r).some((f) => f.startsWith('STO-'))).toBe(false);
  });

  test.each([
    ['"${var.name}-${var.app_id}" with a known name', 'variable "name" {\n  default = "audit-logs"\n}\n', '"${var.name}-${var.app_id}"'],
    ['join() of a literal name and an unknown APPID', '', 'join("-", ["audit-logs", var.app_id])'],
    ['format() of a literal name and an unknown APPID', '', 'format("%s-%s", "audit-logs", var.app_id)'],
  ])('bucket written as %s: linked, and nothing is reported about the unknown APPID', (_what, extra, expression) => {
    const r = reviewHcl(extra, bucket(expression), track({}));
    expect(r.tracks[0].destination).toMatchObject({ status: 'created', address: 'tencentcloud_cos_bucket.logs' });
    expect(found(r).sort()).toEqual([...BUCKET_FINDINGS, ...['STO-002', 'STO-005', 'STO-008', 'STO-009', 'STO-010', 'STO-011'].map((id) => `${id} tencentcloud_cos_bucket.logs`)].sort());
    expect(r.document.unknowns!.map((u) => `${u.address} ${u.attribute}`)).toContain('tencentcloud_cos_bucket.logs bucket');
  });
});

describe('storage_type and storage_region swapped (as a public module shipped them)', () => {
  const r = reviewHcl(bucket('"audit-logs-1250000000"'), track({ storage_type: '"ap-guangzhou"', storage_region: '"cos"' }));

  test('both values are errors that say they look swapped, and the fix swaps them', () => {
    const api = r.findings.filter((f) => f.ruleId === 'API-010');
    expect(api.map((f) => [f.level, f.code])).toEqual([['error', 'CA115'], ['error', 'CA401']]);
    for (const f of api) expect(f.message).toContain('the storage type and region look swapped');
    expect(api[0].message).toContain('storage.storage_type: "ap-guangzhou" is not a storage type, and the region beside it is "cos"');
    expect(api[0].fix).toBe('swap the two values: storage_type "cos", storage_region "ap-guangzhou"');
  });

  test('the track is linked to the bucket it means: no COV-003, no provider-region noise, the bucket\'s findings', () => {
    expect(r.tracks[0].destination.status).toBe('created');
    expect(found(r)).toEqual(expect.arrayContaining(BUCKET_FINDINGS));
    expect(found(r).filter((f) => f.startsWith('COV-003') || f.includes('CA402'))).toEqual([]);
  });

  test('a storage type that is neither cos nor cls, without a swap, is CA115 too', () => {
    const other = reviewHcl(track({ storage_type: '"COS"' }));
    const f = other.findings.find((x) => x.code === 'CA115')!;
    expect(f.message).toContain('"COS" is none of "cos", "cls" and "ckafka"');
    expect(f.fix).toBe('set storage_type "cos" (lowercase)');
  });
});

describe('event_names: every rule broken, most specific first', () => {
  test('["*Create*"] under resource_type "*" is CA105 then the wildcard (CA116), never "blank" (CA108)', () => {
    const r = reviewHcl(bucket('"audit-logs-1250000000"'), track({}, 'resource_type = "*"\n  event_names   = ["*Create*"]'));
    const api = r.findings.filter((f) => f.ruleId === 'API-002');
    expect(api.map((f) => f.code)).toEqual(['CA105', 'CA116']);
    expect(api[0].message).toContain('resource_type is "*" but event_names is ["*Create*"]');
    expect(api[1].message).toContain('event_names[0]: "*Create*" holds a wildcard');
  });

  test('a list that breaks three rules gives three findings', () => {
    const r = reviewHcl(track({}, 'resource_type = "cam"\n  event_names   = ["*", "Delete User", "Delete User"]'));
    expect(r.findings.filter((f) => f.ruleId === 'API-002').map((f) => f.code)).toEqual(['CA107', 'CA108', 'CA109']);
  });

  test('a bucket name with the APPID and a wrong case: CA201 and CA203, and still linked', () => {
    const r = reviewHcl(bucket('"audit-logs-1250000000"'), track({ storage_name: '"Audit_Logs-1250000000"' }));
    expect(r.findings.filter((f) => f.ruleId === 'API-005').map((f) => f.code)).toEqual(['CA201', 'CA203']);
    expect(r.tracks[0].destination.address).toBe('tencentcloud_cos_bucket.logs');
  });

  test('a cross-account destination with a bad UIN and no APPID: CA501 and CA503', () => {
    const r = reviewHcl(track({ storage_account_id: '"archive"' }));
    expect(r.findings.filter((f) => f.ruleId === 'API-009').map((f) => f.code)).toEqual(['CA501', 'CA503']);
  });

  test('the command prints each, and exits 1', () => {
    const dir = path.join(tmp, 'cli');
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, 'main.tf'), track({}, 'resource_type = "*"\n  event_names   = ["*Create*"]'));
    let out = '';
    const code = main([dir], { stdout: (t) => { out += t; }, stderr: () => undefined });
    process.exitCode = 0;
    expect(code).toBe(1);
    expect(out).toContain('[CA105 EventNamesNotStar]');
    expect(out).toContain('[CA116 EventNameWildcard]');
    expect(out).not.toContain('CA108');
  });
});

describe('CLS alarms and EventBridge rules are listed in every format', () => {
  const MISTAKES = path.join('test', 'fixtures', 'review', 'hcl', 'examples', 'mistakes');
  const COMPLETE = path.join('test', 'fixtures', 'review', 'hcl', 'examples', 'complete');
  const run = (...args: string[]) => {
    let out = '';
    main(args, { stdout: (t) => { out += t; }, stderr: () => undefined });
    process.exitCode = 0;
    return out;
  };

  test('the model: which alarm, on which topic, notifying whom; which rule, on which products and APIs', () => {
    const [doc] = loadPath(MISTAKES);
    const r = review(doc);
    expect(r.alarms).toEqual([
      expect.objectContaining({ address: 'tencentcloud_cls_alarm.key_changes', name: 'cam-key-changes', topics: ['tencentcloud_cls_topic.alerts'], condition: '$1.events > 0' }),
      expect.objectContaining({
        address: 'tencentcloud_cls_alarm.root_login', name: 'root-console-login', topics: ['tencentcloud_cls_topic.alerts'], condition: '$1.count > 0', everyMinutes: 5, notices: ['notice-3f7a9c2e'],
      }),
    ]);
    expect(r.eventRules.map((e) => [e.name, e.account, e.products, e.eventTypes, e.eventNames])).toEqual([
      ['1-cam-writes', 'tencentcloud', ['cam'], ['ApiCall'], ['*']],
      ['cvm-deletes', 'tencentcloud.shanghai', ['cvm'], ['ApiCall'], ['TerminateInstances']],
    ]);
  });

  test('an alarm on the topic a track delivers to says so, and a rule lists its targets', () => {
    const doc = {
      resource: {
        tencentcloud_audit_track: { cls: { name: 'cls-audit', action_type: 'Write', resource_type: '*', event_names: ['*'], status: 1, storage: { storage_type: 'cls', storage_region: 'ap-guangzhou', storage_name: '${tencentcloud_cls_topic.events.id}', storage_prefix: 'cloudaudit' } } },
        tencentcloud_cls_topic: { events: { topic_name: 'events', period: 365 } },
        tencentcloud_cls_alarm: { keys: { name: 'cam-key-changes', condition: '$1.events > 0', alarm_targets: [{ topic_id: '${tencentcloud_cls_topic.events.id}', query: 'resourceType:"cam"' }], alarm_notice_ids: ['notice-1'] } },
        tencentcloud_eb_event_rule: { cam: { rule_name: 'cam-writes', event_bus_id: 'eb-abc123', event_pattern: JSON.stringify({ source: ['cam.cloud.tencent'], type: ['cam:CloudEvent:ApiCall'] }) } },
        tencentcloud_eb_event_target: { scf: { event_bus_id: 'eb-abc123', rule_id: '${tencentcloud_eb_event_rule.cam.rule_id}', type: 'scf', target_description: { resource_description: 'qcs::scf:ap-guangzhou:uin/1:namespace/default/function/f/$LATEST' } } },
      },
    };
    const dir = path.join(tmp, 'inventory');
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, 'main.tf.json'), JSON.stringify(doc));
    const r = review(loadPath(dir)[0]);
    expect(r.alarms[0].topics).toEqual(['tencentcloud_cls_topic.events (audit logs)']);
    expect(r.eventRules[0].targets).toEqual(['scf: qcs::scf:ap-guangzhou:uin/1:namespace/default/function/f/$LATEST']);
  });

  test('table, markdown, json and sarif carry them', () => {
    const table = run(MISTAKES);
    expect(table).toMatch(/CLS alarms\n {2}ALARM +ACCOUNT +STATUS +TOPIC +CONDITION +EVERY +NOTICES\n {2}cam-key-changes +tencentcloud +enabled +tencentcloud_cls_topic\.alerts.*\n {2}root-console-login +tencentcloud +enabled +tencentcloud_cls_topic\.alerts/);
    expect(table).toMatch(/EventBridge rules\n[^\n]*\n {2}1-cam-writes +tencentcloud +enabled +cam +ApiCall +all APIs/);
    const md = run(MISTAKES, '--format', 'markdown');
    expect(md).toContain('### CLS alarms');
    expect(md).toContain('| cvm-deletes | tencentcloud.shanghai | enabled | cvm | ApiCall | TerminateInstances | - |');
    const json = JSON.parse(run(MISTAKES, '--format', 'json')).documents[0];
    expect(json.alarms.map((a: any) => a.name)).toEqual(['cam-key-changes', 'root-console-login']);
    expect(json.eventRules.map((e: any) => e.name)).toEqual(['1-cam-writes', 'cvm-deletes']);
    const sarif = JSON.parse(run(MISTAKES, '--format', 'sarif')).runs[0];
    expect(sarif.properties.alarms.map((a: any) => a.address)).toEqual(['tencentcloud_cls_alarm.key_changes', 'tencentcloud_cls_alarm.root_login']);
    expect(sarif.properties.eventRules).toHaveLength(2);
  });

  test('SARIF: every result about a resource, in a module or not, has its line: the attribute\'s, else the resource\'s', () => {
    for (const dir of [MISTAKES, COMPLETE]) {
      const [doc] = loadPath(dir);
      const results = JSON.parse(run(dir, '--format', 'sarif')).runs[0].results;
      let attributes = 0;
      for (const x of results.filter((y: any) => y.locations[0].logicalLocations)) {
        const address = x.locations[0].logicalLocations[0].fullyQualifiedName;
        const declared = doc.resources.find((d) => d.address === address)!;
        const lines = fs.readFileSync(declared.file, 'utf8').split('\n');
        expect(lines[declared.line! - 1]).toMatch(/^resource "tencentcloud_/);
        const attribute: string | undefined = x.properties?.attribute;
        const startLine = x.locations[0].physicalLocation.region.startLine;
        if (attribute === undefined) {
          expect({ address, startLine }).toEqual({ address, startLine: declared.line });
          continue;
        }
        // The line of the attribute's last part written (`storage_name =`, or a block: `storage {`, `dynamic "x" {`).
        attributes++;
        const last = attribute.split('.').pop()!.replace(/\[.*$/, '');
        expect({ address, attribute, line: lines[startLine - 1].trim() }).toEqual({ address, attribute, line: expect.stringMatching(new RegExp(`^(${last}\\b|dynamic "${last}")`)) });
        expect(startLine).toBeGreaterThan(declared.line!);
        expect(x.relatedLocations[0]).toMatchObject({ physicalLocation: { region: { startLine: declared.line } }, message: { text: `${address} is declared here` } });
      }
      expect(attributes).toBeGreaterThan(5);
    }
  });
});
