/**
 * Issue #26: detections (who, from where, with what result), the CLS query builder, the topic's
 * CLS index, and the review of alarms whose index lacks a queried field.
 */
import * as fs from 'fs';
import * as path from 'path';
import { TerraformStack, Testing } from 'cdktf';
import { buildTable, DETECTIONS_FILE, END, REGENERATE, SHIPPED, START, withTable } from '../scripts/detections-table';
import {
  ActionType, AuditEventTargetType, AuditTrack, CallerFilter, ClsAlarm, ClsDestination, ClsIndex, ClsIndexFieldType, CloudAuditEventType,
  Detection, SensitiveOperations,
} from '../src';
import { expectCode, newStack, only, resourcesOf, synth, warningsOf } from './support';
import { AUDIT_FIELDS, FIELDS_BY_KEY, parseCidr, queriedFields, quoteLiteral, quotePhrase, renderQuery, eq, and, oneOf, not } from '../src/internal/cls-query';
import { review } from '../src/review/engine';
import { loadPath } from '../src/review/load';
import { fromConfig } from '../src/review/normalize';
import { CLOUDAUDIT_EVENT_NAMES } from '../src/rules/audit-events';

const BUILT_IN = SHIPPED.map((s) => s.detection);
const NOTICE = { noticeIds: ['notice-1'] };

function logs(stack: TerraformStack, props: object = {}): ClsDestination {
  return new ClsDestination(stack, 'Logs', { region: 'ap-guangzhou', logsetName: 'audit', topicName: 'events', ...props });
}
/** A stack with a topic, a track recording everything into it, and the alarms. */
function withAlarms(detections: Detection[], track: object | null = {}, props: object = {}): { stack: TerraformStack; d: ClsDestination } {
  const { stack } = newStack();
  const d = logs(stack, props);
  if (track) new AuditTrack(stack, 'T', { trackName: 'everything', destination: d, ...track });
  detections.forEach((x, i) => d.addAlarm(`A${i}`, { alarmName: `alarm-${i}`, detection: x, ...NOTICE }));
  return { stack, d };
}
function cdktfReview(stack: TerraformStack) {
  return review({ name: 't', file: 'cdk.tf.json', kind: 'cdktf', resources: fromConfig(stack.toTerraform(), 'cdk.tf.json') }).findings;
}

// ---------------------------------------------------------------- an independent reading of the query syntax

/**
 * Reads a query as CLS documents it, independently of the builder: a search statement of
 * `key:"phrase"` / `key:number` terms, AND/OR/NOT and balanced parentheses, then `|` and a SQL
 * statement whose clauses come in order. Returns the keys it names, or throws.
 */
function readQuery(query: string): { searchKeys: string[]; sqlKeys: string[] } {
  const bar = query.indexOf(' | ');
  expect(bar).toBeGreaterThan(0);
  const search = query.slice(0, bar);
  const sql = query.slice(bar + 3);
  const searchKeys: string[] = [];
  if (search !== '*') {
    const tokens = search.match(/\(|\)|AND|OR|NOT|[A-Za-z_][\w.]*:(?:"(?:[^"\\]|\\.)*"|-?\d+)|\S+/g) ?? [];
    let depth = 0;
    let expectTerm = true;
    for (const t of tokens) {
      if (t === '(') { expect(expectTerm).toBe(true); depth++; } else if (t === ')') { expect(expectTerm).toBe(false); depth--; expect(depth).toBeGreaterThanOrEqual(0); } else if (t === 'AND' || t === 'OR') { expect(expectTerm).toBe(false); expectTerm = true; } else if (t === 'NOT') { expect(expectTerm).toBe(true); } else {
        expect(t).toMatch(/^[A-Za-z_][\w.]*:(?:"(?:[^"\\]|\\.)*"|-?\d+)$/);
        expect(expectTerm).toBe(true);
        expectTerm = false;
        searchKeys.push(t.slice(0, t.indexOf(':')));
      }
    }
    expect(depth).toBe(0);
    expect(expectTerm).toBe(false);
  }
  const clauses = ['select ', ' where ', ' group by ', ' having ', ' order by ', ' limit '];
  let at = -1;
  for (const c of clauses) {
    const i = sql.replace(/'(?:[^']|'')*'/g, "''").indexOf(c);
    if (i >= 0) { expect(i).toBeGreaterThan(at); at = i; }
  }
  expect(sql.startsWith('select ')).toBe(true);
  const noStrings = sql.replace(/'(?:[^']|'')*'/g, "''");
  expect((noStrings.match(/\(/g) ?? []).length).toBe((noStrings.match(/\)/g) ?? []).length);
  const sqlKeys = [...noStrings.matchAll(/"([^"]+)"/g)].map((m) => m[1]);
  return { searchKeys, sqlKeys };
}

describe('queries are correct by construction', () => {
  test.each(BUILT_IN.map((d) => [d.title, d]))('%s: valid syntax, registry fields only, the fields it declares', (_, d) => {
    expect(d._violations('detection')).toEqual([]);
    const { searchKeys, sqlKeys } = readQuery(d.query);
    for (const k of [...searchKeys, ...sqlKeys]) expect(FIELDS_BY_KEY.has(k)).toBe(true);
    expect([...new Set([...searchKeys, ...sqlKeys])].sort()).toEqual(d.fields);
    // The review's reader of any query text finds the same fields.
    expect(queriedFields(d.query).map((f) => f.key)).toEqual(d.fields);
    expect(d.indexFields.map((f) => f.key)).toEqual(d.fields);
    expect(d.condition).toMatch(/^\$1\.[a-z]+ >= [0-9]+$/);
  });

  test('values are quoted and escaped, never pasted', () => {
    expect(quotePhrase('a"b\\c')).toBe('"a\\"b\\\\c"');
    expect(quoteLiteral("10.0.0.0/8' or 1=1 --")).toBe("'10.0.0.0/8'' or 1=1 --'");
    const q = renderQuery({ search: and(eq(AUDIT_FIELDS.resourceType, 'cvm'), oneOf(AUDIT_FIELDS.eventName, ['Run"Instances', 'B\\'])), analysis: { groupBy: [], count: 'events' } });
    expect(q).toBe('resourceType:"cvm" AND (eventName:"B\\\\" OR eventName:"Run\\"Instances") | select count(*) as events');
    expect(readQuery(q).searchKeys).toEqual(['resourceType', 'eventName', 'eventName']);
    // A numeric field takes whole numbers only.
    expect(() => renderQuery({ search: eq(AUDIT_FIELDS.errorCode, '0 OR x:1'), analysis: { groupBy: [], count: 'n' } })).toThrow(/whole number/);
    expect(() => renderQuery({ search: not(eq(AUDIT_FIELDS.eventName, 'x')), analysis: { groupBy: [], count: 'Bad Name' } })).toThrow(/output name/);
  });

  test('a SensitiveOperations preset renders exactly as before the builder (no change for deployed alarms)', () => {
    expect(SensitiveOperations.CAM_KEY_CHANGES.query).toBe(`resourceType:"cam" AND (${SensitiveOperations.CAM_KEY_CHANGES.eventNames.map((n) => `eventName:"${n}"`).join(' OR ')}) | select count(*) as events`);
    expect(SensitiveOperations.custom('cvm', 't', ['TerminateInstances']).query).toBe('resourceType:"cvm" AND (eventName:"TerminateInstances") | select count(*) as events');
  });
});

describe('CIDR ranges', () => {
  test.each([
    ['10.0.0.0/8', 4], ['203.0.113.0/24', 4], ['0.0.0.0/0', 4], ['192.0.2.7/32', 4],
    ['2001:db8::/32', 6], ['::/0', 6], ['2001:DB8:0:1::/64', 6], ['::ffff:192.0.2.0/120', 6], ['fe80::1/128', 6],
  ])('%s is a valid IPv%s range', (text, family) => {
    expect(parseCidr(text).cidr?.family).toBe(family);
  });
  test.each([
    ['10.0.0.1/8', /host bits/], ['10.0.0.0', /not an address\/prefix-length/], ['10.0.0.0/33', /prefix length/], ['256.0.0.0/8', /not an IPv4/],
    ['10.0.0.0/08', /prefix length/], ['2001:db8::/129', /prefix length/], ['2001:db8:::/32', /not an IPv6/], ['1:2:3:4:5:6:7:8:9/64', /not an IPv6/],
    ['2001:db8::1/32', /host bits/], ['', /not an address/], ['10.0.0.0/8 ', /not an address/],
  ])('%s is refused', (text, problem) => {
    expect(parseCidr(text).problem).toMatch(problem);
  });

  test('IPv4 ranges are asked about IPv4 addresses, IPv6 ranges about IPv6 ones; an empty source is not "outside"', () => {
    const { query } = Detection.callsFromOutsideNetworks({ allowedCidrs: ['10.0.0.0/8', '2001:db8::/32', '203.0.113.0/24'] });
    expect(query).toContain('where "sourceIPAddress" != \'\' and not (case when strpos("sourceIPAddress", \':\') > 0 then (is_subnet_of(\'2001:db8::/32\', "sourceIPAddress")) else (is_subnet_of(\'10.0.0.0/8\', "sourceIPAddress") or is_subnet_of(\'203.0.113.0/24\', "sourceIPAddress")) end)');
    expect(query.startsWith('NOT eventPlatform:1 | ')).toBe(true);
    expect(Detection.callsFromOutsideNetworks({ allowedCidrs: ['10.0.0.0/8'] }).query).toContain("then false else (is_subnet_of('10.0.0.0/8'");
    expect(Detection.callsFromOutsideNetworks({ allowedCidrs: ['2001:db8::/32'], includePlatformEvents: true }).query).toMatch(/^\* \| .*else false end\)/);
  });
});

describe('bad input: coded errors naming the fix, nothing written', () => {
  test.each([
    ['CA714', Detection.callsFromOutsideNetworks({ allowedCidrs: ['203.0.113.0/24', '10.0.0.1/8'] }), 'detection.allowedCidrs[1]'],
    ['CA714', Detection.custom({ title: 'x', allowedCidrs: ['10.0.0.0/33'] }), 'detection.allowedCidrs[0]'],
    ['CA715', Detection.callsFromOutsideNetworks({ allowedCidrs: [] }), 'detection.allowedCidrs'],
    ['CA715', Detection.callsFromOutsideNetworks({ allowedCidrs: ['10.0.0.0/8', '10.0.0.0/8'] }), 'detection.allowedCidrs'],
    ['CA716', Detection.deniedCalls({ threshold: 0 }), 'detection.threshold'],
    ['CA716', Detection.deniedCalls({ threshold: 2.5 }), 'detection.threshold'],
    ['CA716', Detection.custom({ title: 'x', threshold: -1 }), 'detection.threshold'],
    ['CA717', Detection.custom({ title: 'x', product: 'cam', eventNames: ['DeleteUsers'] }), 'detection.eventNames[0]'],
    ['CA717', Detection.custom({ title: 'x', product: 'cos', eventNames: ['PutBucketPolicy', 'PutObject'] }), 'detection.eventNames[1]'],
    ['CA718', Detection.custom({ title: ' ' }), 'detection.title'],
    ['CA718', Detection.custom({ title: 'x', eventNames: ['DeleteUser'] }), 'detection.eventNames'],
    ['CA727', Detection.custom({ title: 'x', product: 'cvm', eventNames: ['Terminate*'] }), 'detection.eventNames'],
    ['CA729', Detection.custom({ title: 'x', product: '*' }), 'detection.product'],
    ['CA104', Detection.custom({ title: 'x', product: 'CVM' }), 'detection.product'],
    ['CA723', Detection.custom({ title: 'x', eventTypes: ['Nope' as CloudAuditEventType] }), 'detection.eventTypes'],
  ])('%s: %#', (code, detection, field) => {
    const { stack } = newStack();
    const d = logs(stack);
    const e = expectCode(() => d.addAlarm('A', { alarmName: 'a', detection, ...NOTICE }), code);
    expect(e.field).toBe(field);
    expect(e.message).toMatch(/Fix: /);
    const doc = JSON.parse(Testing.synth(stack));
    expect(resourcesOf(doc, 'tencentcloud_cls_alarm')).toHaveLength(0);
    expect(resourcesOf(doc, 'tencentcloud_cls_index')).toHaveLength(0);
  });
  test('the refused detection has no query or pattern to leak', () => {
    const bad = Detection.deniedCalls({ threshold: 0 });
    expect(bad.query).toBe('');
    expect(bad.eventPattern).toBeUndefined();
  });
  test('the built-in detections name only operations CloudAudit lists, for the products it lists them for', () => {
    for (const d of BUILT_IN) {
      for (const w of d._watches()) {
        const listed = CLOUDAUDIT_EVENT_NAMES[w.product];
        const unlisted = listed && w.eventNames ? w.eventNames.filter((n) => !listed.has(n)) : [];
        expect({ product: w.product, unlisted }).toEqual({ product: w.product, unlisted: [] });
      }
    }
    expect(Object.keys(CLOUDAUDIT_EVENT_NAMES).sort()).toEqual(['account', 'cam', 'ckafka', 'cos', 'emr', 'mariadb', 'sqlserver']);
  });
  test('a custom name for a product CloudAudit lists nothing for is checked for form only', () => {
    expect(Detection.custom({ title: 'CVM terminations', product: 'cvm', eventNames: ['TerminateInstances'] })._violations('d')).toEqual([]);
  });
  test('CA706: a detection with a query or a preset', () => {
    const { stack } = newStack();
    expectCode(() => logs(stack).addAlarm('A', { alarmName: 'a', detection: Detection.CONSOLE_LOGINS, preset: SensitiveOperations.CAM_KEY_CHANGES, ...NOTICE }), 'CA706');
  });
});

describe('every built-in detection as a CLS alarm', () => {
  const { stack, d } = withAlarms(BUILT_IN);
  const doc = synth(stack);
  test('one alarm per detection, with its query and condition', () => {
    const alarms = resourcesOf(doc, 'tencentcloud_cls_alarm');
    expect(alarms.map((a) => a.alarm_targets[0].query)).toEqual(BUILT_IN.map((x) => x.query));
    expect(alarms.map((a) => a.condition)).toEqual(BUILT_IN.map((x) => x.condition));
  });
  test('one index on the topic, with exactly the fields the queries read, sorted, typed, analysis on', () => {
    const index = only(doc, 'tencentcloud_cls_index');
    expect(index.topic_id).toMatch(/^\$\{tencentcloud_cls_topic\./);
    const keys = index.rule.key_value.key_values;
    expect(keys.map((k: any) => k.key)).toEqual([...new Set(BUILT_IN.flatMap((x) => x.fields))].sort());
    for (const k of keys) {
      expect(k.value).toMatchObject({ type: FIELDS_BY_KEY.get(k.key)!.type, sql_flag: true });
      expect(k.value.tokenizer === undefined).toBe(k.value.type === 'long');
    }
    expect(index.rule.full_text).toBeUndefined();
    expect(d.index?.fields.map((f) => f.key)).toEqual(keys.map((k: any) => k.key));
  });
  test('no warning: the index is managed, the track records everything', () => {
    expect(warningsOf(stack)).toEqual([]);
  });
  test('the review finds no CA712 in the synthesized output', () => {
    expect(cdktfReview(stack).filter((f) => f.code === 'CA712')).toEqual([]);
  });
});

describe('the index grows with the alarms', () => {
  test('a preset alarm alone indexes resourceType and eventName; a detection added later extends it', () => {
    const { stack } = newStack();
    const d = logs(stack);
    d.addAlarm('Keys', { alarmName: 'keys', preset: SensitiveOperations.CAM_KEY_CHANGES, ...NOTICE });
    expect(d.index!.fields.map((f) => f.key)).toEqual(['eventName', 'resourceType']);
    d.addAlarm('Denied', { alarmName: 'denied', detection: Detection.deniedCalls(), ...NOTICE });
    const keys = only(synth(stack), 'tencentcloud_cls_index').rule.key_value.key_values.map((k: any) => `${k.key}:${k.value.type}`);
    expect(keys).toEqual(['errorCode:long', 'eventName:text', 'resourceType:text', 'userIdentity.principalId:text']);
  });
  test('reading any query: keys outside quotes, quoted SQL names, registry words; not CLS\'s own fields', () => {
    expect(queriedFields('url:"http://x" AND NOT (eventName:"a:b" OR __TAG__.pod:"p") | select "errorCode", sourceIPAddress, count(*) as n where __TIMESTAMP__ > 0 and x = \'"userAgent"\'')).toEqual([
      { key: 'errorCode', sql: true }, { key: 'eventName', sql: false }, { key: 'sourceIPAddress', sql: true }, { key: 'url', sql: false },
    ]);
    expect(queriedFields('*')).toEqual([]);
  });
  test('a hand-written query indexes the keys it names', () => {
    const { stack } = newStack();
    const a = logs(stack).addAlarm('Q', { alarmName: 'q', query: 'eventName:"DeleteBucket" AND action:"x" | select "sourceIPAddress" as ip, count(*) as n group by ip', ...NOTICE });
    expect(a.indexFields).toEqual([
      { key: 'action', type: ClsIndexFieldType.TEXT, analysis: false },
      { key: 'eventName', type: ClsIndexFieldType.TEXT, analysis: false },
      { key: 'sourceIPAddress', type: ClsIndexFieldType.TEXT, analysis: true },
    ]);
  });
  test('createIndex: false creates none, and each alarm warns (CA712) with the fields to index', () => {
    const { stack } = withAlarms([Detection.deniedCalls()], {}, { createIndex: false });
    const doc = synth(stack);
    expect(resourcesOf(doc, 'tencentcloud_cls_index')).toHaveLength(0);
    expect(warningsOf(stack)).toEqual([expect.stringMatching(/CA712 AlarmIndexMissingField\] query: this library does not manage the CLS index .* 'errorCode' \(long, analysis on\), 'userIdentity.principalId' \(text, analysis on\)/)]);
    // The review of the synthesized output reports the same alarm: its topic has no index.
    expect(cdktfReview(stack).filter((f) => f.code === 'CA712')).toEqual([expect.objectContaining({ ruleId: 'API-015', level: 'warning', message: expect.stringMatching(/has no tencentcloud_cls_index in this configuration/) })]);
  });
  test('importIndex adopts the index of an imported topic (import block, id = topic id)', () => {
    const { stack } = newStack();
    const d = logs(stack, { importLogsetId: 'a1b2c3d4-0000-4000-8000-00000000000a', importTopicId: 'a1b2c3d4-0000-4000-8000-00000000000b', importIndex: true });
    d.addAlarm('Root', { alarmName: 'root', detection: Detection.ROOT_CREDENTIALS_USED, ...NOTICE });
    const doc = synth(stack);
    expect(Object.values<any>(doc.import ?? {}).concat(doc.import ?? []).flat().map((i: any) => i.id)).toContain('a1b2c3d4-0000-4000-8000-00000000000b');
    expect(JSON.stringify(doc.import)).toMatch(/tencentcloud_cls_index\./);
  });
  test('an alarm on an adopted topic says which fields its index must have; ClsIndex manages them', () => {
    const { stack } = newStack();
    const a = new ClsAlarm(stack, 'A', { alarmName: 'a', logsetId: 'ls-1', topicId: 'tp-1', detection: Detection.ROOT_CREDENTIALS_USED, ...NOTICE });
    synth(stack);
    expect(warningsOf(stack)).toEqual([expect.stringMatching(/CA712 .*'eventName' \(text, analysis on\), 'sourceIPAddress' \(text, analysis on\), 'userIdentity.type' \(text, analysis on\)/)]);
    const index = new ClsIndex(stack, 'Index', { topicId: 'tp-1', fields: a.indexFields, importExisting: true, fullText: true, caseSensitive: true });
    const doc = synth(stack);
    expect(only(doc, 'tencentcloud_cls_index')).toMatchObject({ topic_id: 'tp-1', rule: { full_text: { case_sensitive: true, contain_z_h: false }, key_value: { case_sensitive: true } } });
    expect(index.fields.map((f) => f.key)).toEqual(['eventName', 'sourceIPAddress', 'userIdentity.type']);
  });
  test('CA719: a key with whitespace, or with two types', () => {
    const { stack } = newStack();
    expectCode(() => new ClsIndex(stack, 'I', { topicId: 't', fields: [{ key: 'event name' }] }), 'CA719');
    const index = new ClsIndex(stack, 'J', { topicId: 't', fields: [{ key: 'errorCode', type: ClsIndexFieldType.LONG }] });
    expectCode(() => index.addFields([{ key: 'errorCode', type: ClsIndexFieldType.TEXT }]), 'CA719');
    expectCode(() => new ClsIndex(stack, 'K', { topicId: 't', fields: Array.from({ length: 101 }, (_, i) => ({ key: `k${i}` })) }), 'CA719');
  });
});

describe('a detection on a track that does not record what it watches: CA713 at synth', () => {
  const synthError = (detections: Detection[], track: object): string => {
    const { stack } = withAlarms(detections, track);
    try {
      Testing.synth(stack, true);
    } catch (e) {
      return (e as Error).message;
    }
    return '';
  };
  test('a read-only detection on a write-only track', () => {
    const reads = Detection.custom({ title: 'CAM reads', product: 'cam', actionType: ActionType.READ });
    expect(synthError([reads], { actionType: ActionType.WRITE })).toMatch(/CA713 DetectionNotRecorded\].*records Read operations of cam: the detection "CAM reads" cannot see those calls.*Fix: .*actionType READ or ALL/);
  });
  test('a product the track leaves out', () => {
    expect(synthError([Detection.AUDIT_TRAIL_CHANGES], { resourceType: 'cam', eventNames: ['*'] })).toMatch(/CA713 .*records cloudaudit .*; cos .*; cls /);
    expect(synthError([Detection.AUDIT_TRAIL_CHANGES], { resourceType: 'cam', eventNames: ['*'] })).not.toMatch(/cam DeleteRole/);
    expect(synthError([Detection.CONSOLE_LOGINS], { resourceType: 'cvm', eventNames: ['*'] })).toMatch(/CA713 .*records account ConsoleLogin/);
  });
  test('a disabled track records nothing', () => {
    expect(synthError([Detection.ROOT_CREDENTIALS_USED], { enabled: false })).toMatch(/CA713 .*any product/);
  });
  const camReads = Detection.custom({ title: 'CAM reads', product: 'cam', actionType: ActionType.READ });
  test.each([
    ['every product, reads and writes', [camReads, ...BUILT_IN], {}],
    ['writes only, for write detections', [Detection.AUDIT_TRAIL_CHANGES, Detection.ROOT_CREDENTIALS_USED], { actionType: ActionType.WRITE }],
    ['CAM reads only, for CAM reads and any-product detections', [camReads, Detection.deniedCalls()], { selectors: [{ resourceType: 'cam', actionType: ActionType.READ }] }],
  ])('tracks that record it: no error (%s)', (_, detections, track) => {
    expect(synthError(detections as Detection[], track)).toBe('');
  });
  test('no track of the app delivers to the topic: CA711 warns instead', () => {
    const { stack } = withAlarms([Detection.ROOT_CREDENTIALS_USED], null);
    synth(stack);
    expect(warningsOf(stack)).toEqual([expect.stringMatching(/CA711 .*no tracking set in this app delivers to the alarm's topic/)]);
  });
});

describe('EventBridge equivalents', () => {
  const rule = (detection: Detection, extra: object = {}) => {
    const { stack } = newStack();
    AuditTrack.onEvent(stack, 'R', { ruleName: 'detection', eventBusId: 'eb-0123abcd', detection, ...extra });
    return only(synth(stack), 'tencentcloud_eb_event_rule');
  };
  test('root credentials: data.userIdentity.type Root', () => {
    expect(JSON.parse(rule(Detection.ROOT_CREDENTIALS_USED).event_pattern)).toEqual({ data: { userIdentity: { type: ['Root'] } } });
  });
  test('purchases by sub-users: the products, their names, type anything-but Root', () => {
    const p = JSON.parse(rule(Detection.PURCHASES_AND_RELEASES_BY_SUB_USERS).event_pattern);
    expect(p.source).toEqual(['emr.cloud.tencent', 'mariadb.cloud.tencent', 'sqlserver.cloud.tencent']);
    expect(p.data.userIdentity).toEqual({ type: [{ 'anything-but': ['Root'] }] });
    expect(p.data.eventName).toContain('CreateDBInstances');
  });
  test('one allowed range with platform events: anything-but cidr', () => {
    const p = JSON.parse(rule(Detection.callsFromOutsideNetworks({ allowedCidrs: ['203.0.113.0/24'], includePlatformEvents: true })).event_pattern);
    expect(p).toEqual({ data: { sourceIPAddress: [{ 'anything-but': { cidr: '203.0.113.0/24' } }] } });
  });
  test('a custom console-call detection of one product', () => {
    const d = Detection.custom({ title: 'CAM console deletes by root', product: 'cam', eventNames: ['DeleteUser'], eventTypes: [CloudAuditEventType.CONSOLE_CALL], caller: CallerFilter.ROOT, actionType: ActionType.WRITE });
    expect(JSON.parse(d.eventPattern!)).toEqual({ data: { actionType: ['Write'], eventName: ['DeleteUser'], userIdentity: { type: ['Root'] } }, source: ['cam.cloud.tencent'], type: ['cam:CloudEvent:ConsoleCall'] });
    expect(d.query).toBe('resourceType:"cam" AND (eventName:"DeleteUser") AND actionType:"Write" AND (eventType:"ConsoleCall") AND userIdentity.type:"Root" | select "userIdentity.principalId" as caller, "sourceIPAddress" as address, count(*) as calls group by caller, address order by calls desc limit 100');
  });
  test.each([
    ['denied calls', Detection.deniedCalls({ threshold: 1 }), /numeric anything-but/],
    ['a threshold', Detection.custom({ title: 'x', threshold: 3 }), /cannot count calls per caller/],
    ['several ranges', Detection.callsFromOutsideNetworks({ allowedCidrs: ['203.0.113.0/24', '198.51.100.0/24'], includePlatformEvents: true }), /at most one range/],
    ['platform events left out', Detection.callsFromOutsideNetworks({ allowedCidrs: ['203.0.113.0/24'] }), /platform events/],
    ['reads', Detection.custom({ title: 'x', product: 'cam', actionType: ActionType.READ }), /write operations only/],
  ])('no equivalent for %s: CA730 with the reason', (_, detection, reason) => {
    expect(detection.eventPattern).toBeUndefined();
    expect(detection.eventPatternUnavailable).toMatch(reason);
    const { stack } = newStack();
    const e = expectCode(() => AuditTrack.onEvent(stack, 'R', { ruleName: 'detection', eventBusId: 'eb-0123abcd', detection }), 'CA730');
    expect(e.message).toMatch(reason);
    expect(resourcesOf(JSON.parse(Testing.synth(stack)), 'tencentcloud_eb_event_rule')).toHaveLength(0);
  });
  test('CA730: products with a detection, or neither', () => {
    const { stack } = newStack();
    expectCode(() => AuditTrack.onEvent(stack, 'A', { ruleName: 'a-rule', eventBusId: 'eb-0123abcd', detection: Detection.ROOT_CREDENTIALS_USED, products: ['cam'] }), 'CA730');
    expectCode(() => AuditTrack.onEvent(stack, 'B', { ruleName: 'b-rule', eventBusId: 'eb-0123abcd', detection: Detection.ROOT_CREDENTIALS_USED, eventNames: ['DeleteUser'] }), 'CA730');
    expectCode(() => AuditTrack.onEvent(stack, 'C', { ruleName: 'c-rule', eventBusId: 'eb-0123abcd' }), 'CA730');
  });
  test('the review passes every detection pattern the constructs write', () => {
    const { stack } = newStack();
    BUILT_IN.filter((x) => x.eventPattern).forEach((detection, i) => AuditTrack.onEvent(stack, `R${i}`, {
      ruleName: `detection-${i}`, eventBusId: 'eb-0123abcd', detection, target: { type: AuditEventTargetType.SCF, resourceDescription: 'qcs::scf:ap-guangzhou:uin/1:namespace/default/function/f/$LATEST' },
    }));
    expect(cdktfReview(stack).filter((f) => f.code?.startsWith('CA7'))).toEqual([]);
  });
});

describe('the review: an alarm whose topic index (same configuration) lacks a queried field', () => {
  const topic = { topic_name: 'events', logset_id: 'ls-1', period: 365 };
  const alarmOn = (query: string) => ({ name: 'a', alarm_notice_ids: ['notice-1'], trigger_count: 1, alarm_period: 15, condition: '$1.n > 0', monitor_time: { type: 'Period', time: 5 }, alarm_targets: [{ topic_id: '${tencentcloud_cls_topic.events.id}', query, start_time_offset: -5, end_time_offset: 0, number: 1 }] });
  const index = (...keys: Array<[string, boolean]>) => ({ topic_id: '${tencentcloud_cls_topic.events.id}', rule: { key_value: { case_sensitive: false, key_values: keys.map(([key, sql]) => ({ key, value: { type: 'text', sql_flag: sql } })) } } });
  const ca712 = (doc: object) => review({ name: 't', file: 'main.tf.json', kind: 'terraform-json', resources: fromConfig(doc, 'main.tf.json') }).findings.filter((f) => f.code === 'CA712');
  const QUERY = 'resourceType:"cam" | select "userIdentity.principalId" as caller, count(*) as n group by caller';

  test('a missing key, and a key whose analysis is off while the SQL reads it', () => {
    const found = ca712({ resource: { tencentcloud_cls_topic: { events: topic }, tencentcloud_cls_alarm: { a: alarmOn(QUERY) }, tencentcloud_cls_index: { events: index(['userIdentity.principalId', false]) } } });
    expect(found).toEqual([expect.objectContaining({
      ruleId: 'API-015',
      level: 'warning',
      address: 'tencentcloud_cls_alarm.a',
      message: expect.stringMatching(/alarm_targets\[0\]\.query: the index of the alarm's topic has no key-value field resourceType and has analysis off \(sql_flag\) for userIdentity.principalId/),
      fix: "add to the tencentcloud_cls_index key_value.key_values: 'resourceType' (text), 'userIdentity.principalId' (text, analysis on)",
    })]);
  });
  test('an index with every key: no finding; a topic outside the configuration: not judged', () => {
    expect(ca712({ resource: { tencentcloud_cls_topic: { events: topic }, tencentcloud_cls_alarm: { a: alarmOn(QUERY) }, tencentcloud_cls_index: { events: index(['resourceType', false], ['userIdentity.principalId', true]) } } })).toEqual([]);
    const elsewhere = alarmOn(QUERY);
    elsewhere.alarm_targets[0].topic_id = 'a1b2c3d4-0000-4000-8000-000000000002';
    expect(ca712({ resource: { tencentcloud_cls_alarm: { a: elsewhere } } })).toEqual([]);
  });
  test('an index on another topic does not count', () => {
    const other = { ...index(['resourceType', true], ['userIdentity.principalId', true]), topic_id: '${tencentcloud_cls_topic.other.id}' };
    const found = ca712({ resource: { tencentcloud_cls_topic: { events: topic, other: { ...topic, topic_name: 'other' } }, tencentcloud_cls_alarm: { a: alarmOn(QUERY) }, tencentcloud_cls_index: { other } } });
    expect(found).toEqual([expect.objectContaining({ message: expect.stringMatching(/has no tencentcloud_cls_index in this configuration/) })]);
  });
  test('HCL: the mistakes example\'s index lacks the keys its two alarms query', () => {
    const [doc] = loadPath(path.join(__dirname, 'fixtures', 'review', 'hcl', 'examples', 'mistakes'), {});
    const found = review(doc).findings.filter((f) => f.code === 'CA712').map((f) => `${f.address}: ${f.message.split('. Rule:')[0]}`);
    expect(found).toEqual([
      "tencentcloud_cls_alarm.key_changes: [CA712 AlarmIndexMissingField] alarm_targets[0].query: the index of the alarm's topic has no key-value field resourceType, which the query reads: the alarm can never fire",
      "tencentcloud_cls_alarm.root_login: [CA712 AlarmIndexMissingField] alarm_targets[0].query: the index of the alarm's topic has no key-value field userIdentity.type, which the query reads: the alarm can never fire",
    ]);
  });
  test('an acknowledgement names the code or the group', () => {
    const doc: any = { resource: { tencentcloud_cls_topic: { events: topic }, tencentcloud_cls_alarm: { a: { ...alarmOn(QUERY), '//': { cloudaudit: { acknowledgements: [{ id: 'CA712', reason: 'the index is managed by the logging team' }] } } } } } };
    const found = ca712(doc);
    expect(found).toHaveLength(1);
    expect(found[0].acknowledged?.id).toBe('CA712');
  });
});

test('docs/detections.md lists every detection, as generated', () => {
  const page = fs.readFileSync(DETECTIONS_FILE, 'utf8');
  expect(page).toContain(START);
  expect(page).toContain(END);
  expect({ stale: withTable(page, buildTable()) !== page, fix: REGENERATE }).toEqual({ stale: false, fix: REGENERATE });
  // Every built-in detection is in the table.
  const constants = [
    Detection.ROOT_CREDENTIALS_USED, Detection.CONSOLE_LOGINS, Detection.PURCHASES_AND_RELEASES_BY_SUB_USERS, Detection.AUDIT_TRAIL_CHANGES,
  ];
  for (const d of constants) {
    expect(SHIPPED.map((s) => s.detection)).toContain(d);
  }
});
