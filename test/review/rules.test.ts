/**
 * Every review rule on hand-written Terraform JSON: compliant, non-compliant, acknowledged, and
 * acknowledged with a too-short reason (ignored). The same rules through the aspect are in
 * audit-checks.test.ts.
 */
import * as fs from 'fs';
import * as path from 'path';
import { acknowledge, addAlarm, addEventRule, addIndex, addEventsTrack, CAM_PATTERN, compliantDoc, reviewDoc, STORAGE, track } from './support';
import { RULES } from '../../src/review/catalogue';
import { hasBlockingFinding } from '../../src/review/engine';

const TRACKS = 'tencentcloud_audit_track';
const BUCKET = 'tencentcloud_cos_bucket.logs';
const TRACK = 'tencentcloud_audit_track.all';

interface Case {
  /** Breaks the rule. */
  readonly bad: (doc: any) => void;
  /** Where the finding is acknowledged (a resource the finding concerns). */
  readonly at: string;
  /** Makes the compliant document compliant for this rule when the base needs help. */
  readonly ok?: (doc: any) => void;
  readonly quota?: number;
}

const t = (doc: any) => doc.resource[TRACKS];
const policy = (doc: any, id: string) => {
  doc.resource.tencentcloud_cam_role_policy_attachment = { ca: { role_id: '${tencentcloud_cam_role.role.id}', policy_id: id } };
};
const b = (doc: any) => doc.resource.tencentcloud_cos_bucket.logs;

const CASES: Record<string, Case> = {
  'COV-001': { bad: (d) => { t(d).all.action_type = 'Read'; t(d).cls.action_type = 'Read'; }, at: TRACK },
  'COV-002': { bad: (d) => { t(d).all.status = 0; t(d).cls.status = 0; }, at: 'tencentcloud_audit_track.cls' },
  'COV-003': { bad: (d) => { t(d).all.storage.storage_name = 'somewhere-else'; }, at: TRACK },
  'COV-004': { bad: (d) => { delete d.resource[TRACKS]; }, at: BUCKET },
  'COV-005': { bad: (d) => { d.removed = [{ from: 'tencentcloud_audit_track.old', lifecycle: [{ destroy: true }] }]; }, at: TRACK },
  'STO-001': { bad: (d) => { b(d).acl = 'public-read'; }, at: BUCKET },
  'STO-002': { bad: (d) => { b(d).versioning_enable = false; }, at: BUCKET },
  'STO-003': { bad: (d) => { delete b(d).encryption_algorithm; }, at: BUCKET },
  'STO-004': { bad: (d) => { b(d).force_clean = true; }, at: BUCKET },
  'STO-005': { bad: (d) => { delete b(d).lifecycle; }, at: BUCKET },
  'STO-006': { bad: (d) => { b(d).lifecycle_rules[0].non_current_expiration.non_current_days = 30; }, at: BUCKET },
  'STO-007': { bad: (d) => { d.resource.tencentcloud_cls_topic.events.period = 30; }, at: 'tencentcloud_cls_topic.events' },
  'STO-008': { bad: (d) => { delete b(d).object_lock_configuration; }, at: BUCKET },
  'STO-009': { bad: (d) => { b(d).log_enable = false; delete b(d).log_target_bucket; delete b(d).log_prefix; }, at: BUCKET },
  'STO-010': { bad: (d) => { delete d.resource.tencentcloud_cos_bucket_policy; }, at: BUCKET },
  'STO-011': { bad: (d) => { delete b(d).replica_rules; delete b(d).replica_role; }, at: BUCKET },
  'STO-012': { bad: (d) => { t(d).second = track('second-audit'); }, at: BUCKET },
  'API-001': { bad: (d) => { t(d).cls.name = 'org-audit'; }, at: 'tencentcloud_audit_track.cls' },
  'API-002': { bad: (d) => { t(d).cls.resource_type = 'CVM'; }, at: 'tencentcloud_audit_track.cls' },
  'API-003': { bad: (d) => { Object.assign(t(d).cls, { resource_type: 'cam', event_names: Array.from({ length: 11 }, (_, i) => `Api${i}`) }); }, at: 'tencentcloud_audit_track.cls' },
  'API-004': { bad: (d) => { t(d).all.storage.storage_prefix = 'audit/logs'; }, at: TRACK },
  'API-005': { bad: (d) => { t(d).all.storage.storage_name = 'audit-logs-1250000000'; }, at: TRACK },
  'API-006': {
    bad: (d) => { addEventsTrack(d, [{ resource_type: '*', action_type: '*', event_names: ['*'] }, { resource_type: 'cam', action_type: 'Write', event_names: ['*'] }]); },
    ok: (d) => { addEventsTrack(d, [{ resource_type: 'cvm', action_type: 'Write', event_names: ['*'] }, { resource_type: 'cam', action_type: 'Write', event_names: ['*'] }]); },
    at: 'tencentcloud_events_audit_track.multi',
  },
  'API-007': { bad: (d) => { b(d).object_lock_configuration.rule.days = 40000; }, at: BUCKET },
  'API-008': { bad: (d) => { d.resource.tencentcloud_cls_topic.events.hot_period = 3; }, at: 'tencentcloud_cls_topic.events' },
  'API-009': { bad: (d) => { t(d).all.storage.storage_account_id = '100012345678'; }, at: TRACK },
  'API-010': { bad: (d) => { t(d).all.storage.storage_region = 'ap-guangzhuo'; }, at: TRACK },
  'API-014': {
    bad: (d) => { d.provider = { tencentcloud: [{}] }; t(d).all.storage.storage_region = 'ap-shanghai'; },
    ok: (d) => { d.provider = { tencentcloud: [{ region: 'ap-guangzhou' }] }; },
    at: TRACK,
  },
  'API-011': {
    bad: (d) => { addAlarm(d, { trigger_count: 0 }); },
    ok: (d) => { addAlarm(d); },
    at: 'tencentcloud_cls_alarm.keys',
  },
  'API-015': {
    bad: (d) => { addAlarm(d); addIndex(d); t(d).cls.resource_type = 'cvm'; },
    ok: (d) => { addAlarm(d); addIndex(d); },
    at: 'tencentcloud_cls_alarm.keys',
  },
  'API-012': {
    bad: (d) => { addEventRule(d, CAM_PATTERN, { rule_name: '1-bad' }); },
    ok: (d) => { addEventRule(d); },
    at: 'tencentcloud_eb_event_rule.cam',
  },
  'API-013': {
    bad: (d) => { policy(d, 'QcloudAccessForCARole'); },
    ok: (d) => { policy(d, '18150187'); },
    at: 'tencentcloud_cam_role_policy_attachment.ca',
  },
  'ORG-001': {
    bad: (d) => { t(d).all.track_for_all_members = 1; t(d).cls.track_for_all_members = 1; },
    ok: (d) => { t(d).all.track_for_all_members = 1; },
    at: TRACK,
  },
  'ORG-002': {
    bad: (d) => { Object.assign(t(d).all, { track_for_all_members: 1, storage: { ...STORAGE, storage_account_id: '100012345678', storage_app_id: '1250000001' } }); },
    ok: (d) => {
      Object.assign(t(d).all, { track_for_all_members: 1, storage: { ...STORAGE, storage_account_id: '100012345678', storage_app_id: '1250000001' } });
      d.resource.tencentcloud_cam_role = { role: { name: 'CloudAudit_QCSRole', document: '{}' } };
      d.resource.tencentcloud_cam_role_policy_attachment = { multi: { role_id: '${tencentcloud_cam_role.role.id}', policy_id: '102693096' } };
    },
    at: TRACK,
  },
  'SCH-001': { bad: (d) => { delete t(d).all.status; }, at: TRACK },
  'SCH-002': {
    bad: (d) => { d.resource.tencentcloud_audit = { legacy: { name: 'legacy_audit', cos_bucket: 'audit-logs', cos_region: 'ap-guangzhou', audit_switch: true, read_write_attribute: 3 } }; },
    at: 'tencentcloud_audit.legacy',
  },
  'QTA-001': {
    bad: (d) => { for (let i = 0; i < 4; i++) t(d)[`extra${i}`] = track(`extra-${i}`); },
    ok: (d) => { for (let i = 0; i < 3; i++) t(d)[`extra${i}`] = track(`extra-${i}`); },
    at: TRACK,
    quota: 5,
  },
};

test('every rule of the catalogue has a case here, and only those', () => {
  expect(Object.keys(CASES).sort()).toEqual(RULES.map((r) => r.id).sort());
});

test('the compliant document has no finding at all', () => {
  expect(reviewDoc(compliantDoc()).findings).toEqual([]);
});

test('docs/review.md lists every rule with its level, description, fix and rationale', () => {
  const doc = fs.readFileSync(path.join(__dirname, '..', '..', 'docs', 'review.md'), 'utf8');
  for (const r of RULES) {
    // Each row opens with the anchor SARIF's helpUri names (docs/review.md#cov-001).
    const row = doc.split('\n').find((line) => line.startsWith(`| <a id="${r.id.toLowerCase()}"></a>\`${r.id}\` |`));
    expect({ id: r.id, row }).toEqual({ id: r.id, row: expect.stringContaining(`| ${r.level} | ${r.title} | ${r.fix} |`) });
  }
});

describe.each(RULES.map((r) => [r.id, r] as const))('%s', (id, info) => {
  const c = CASES[id];
  const broken = () => {
    const doc = compliantDoc();
    c.bad(doc);
    return doc;
  };
  const ofRule = (doc: any) => reviewDoc(doc, c.quota).findings.filter((f) => f.ruleId === id);

  test('compliant: no finding', () => {
    const doc = compliantDoc();
    c.ok?.(doc);
    expect(ofRule(doc)).toEqual([]);
  });

  test(`non-compliant: a ${info.level} finding with the fix`, () => {
    const result = reviewDoc(broken(), c.quota);
    const [finding] = result.findings.filter((f) => f.ruleId === id);
    expect(finding).toMatchObject({ ruleId: id, level: info.level, file: 'main.tf.json' });
    expect(finding.acknowledged).toBeUndefined();
    expect(finding.message.length).toBeGreaterThan(10);
    expect(finding.fix.length).toBeGreaterThan(5);
    if (info.level === 'error') expect(hasBlockingFinding([result])).toBe(true);
  });

  test('on hand-written Terraform the fix names attributes, never construct classes or props', () => {
    const [finding] = reviewDoc(broken(), c.quota).findings.filter((f) => f.ruleId === id);
    const construct = /\b(CosDestination|ClsDestination|AuditChecks|AuditTrack|TencentcloudProvider|enum)\b|\b[a-z]+[A-Z][A-Za-z]*\b|\(enabled: true\)/;
    expect({ fix: finding.fix, construct: construct.exec(finding.fix)?.[0] }).toEqual({ fix: finding.fix, construct: undefined });
  });

  test('acknowledged with a reason: the finding stays, marked acknowledged', () => {
    const doc = broken();
    acknowledge(doc, c.at, id, 'Accepted by the security team, ticket SEC-1234');
    const findings = ofRule(doc);
    expect(findings.length).toBeGreaterThan(0);
    for (const f of findings) expect(f.acknowledged).toEqual({ id, reason: 'Accepted by the security team, ticket SEC-1234' });
  });

  test('acknowledged with a too-short reason: ignored, and said so', () => {
    const doc = broken();
    acknowledge(doc, c.at, id, 'ok, fine');
    const [finding] = ofRule(doc);
    expect(finding.acknowledged).toBeUndefined();
    expect(finding.ignoredAcknowledgement).toMatch(/fewer than 10 characters/);
  });
});

describe('API findings carry the code of the rule broken', () => {
  test('a finding names its group and its code, and either acknowledges it', () => {
    const broken = () => { const d = compliantDoc(); t(d).cls.resource_type = 'CVM'; return d; };
    const [finding] = reviewDoc(broken()).findings;
    expect(finding).toMatchObject({ ruleId: 'API-002', code: 'CA104', address: 'tencentcloud_audit_track.cls' });
    expect(finding.message).toContain('[CA104 ResourceTypeInvalid] resource_type: "CVM"');
    for (const id of ['API-002', 'CA104']) {
      const doc = broken();
      acknowledge(doc, 'tencentcloud_audit_track.cls', id, 'Accepted by the security team, ticket SEC-1234');
      expect(reviewDoc(doc).findings[0].acknowledged).toEqual({ id, reason: 'Accepted by the security team, ticket SEC-1234' });
    }
  });

  test('an acknowledgement of another code does not cover the finding', () => {
    const doc = compliantDoc();
    t(doc).cls.resource_type = 'CVM';
    acknowledge(doc, 'tencentcloud_audit_track.cls', 'CA105', 'Accepted by the security team, ticket SEC-1234');
    expect(reviewDoc(doc).findings[0].acknowledged).toBeUndefined();
  });
});

describe('expressions and references', () => {
  test('a bucket named "<name>-${app_id}" is the storage of a track naming <name>', () => {
    const doc = compliantDoc();
    b(doc).bucket = 'audit-logs-${data.tencentcloud_user_info.me.app_id}';
    const r = reviewDoc(doc);
    expect(r.tracks.find((x) => x.name === 'org-audit')?.destination).toMatchObject({ status: 'created', address: BUCKET, retention: '365 days', encryption: 'AES256' });
    expect(r.findings).toEqual([]);
  });

  test('a reference to a topic that is not in the plan is dangling', () => {
    const doc = compliantDoc();
    delete doc.resource.tencentcloud_cls_topic;
    expect(reviewDoc(doc).findings.map((f) => f.ruleId)).toEqual(['COV-003']);
  });

  test('values that are expressions are not judged', () => {
    const doc = compliantDoc();
    Object.assign(b(doc), { acl: '${var.acl}', versioning_enable: '${var.v}', encryption_algorithm: '${var.e}' });
    t(doc).all.name = '${var.name}';
    d_period(doc, '${var.period}');
    expect(reviewDoc(doc).findings).toEqual([]);
  });

  test('a variable storage name is unknown, not dangling', () => {
    const doc = compliantDoc();
    t(doc).all.storage.storage_name = '${var.bucket}';
    const r = reviewDoc(doc);
    expect(r.tracks[0].destination.status).toBe('unknown');
    expect(r.findings.map((f) => f.ruleId)).toEqual([]);
  });

  test('adopted storage (marked by AuditTrack) is neither dangling nor reviewed', () => {
    const doc = compliantDoc();
    t(doc).all.storage.storage_name = 'existing-bucket';
    t(doc).all['//'] = { cloudaudit: { adopted_storage: true } };
    const r = reviewDoc(doc);
    expect(r.tracks.find((x) => x.name === 'org-audit')?.destination.status).toBe('adopted');
    expect(r.findings).toEqual([]);
  });

  test('tracks are counted per provider alias (account)', () => {
    const doc = compliantDoc();
    for (let i = 0; i < 4; i++) t(doc)[`x${i}`] = { ...track(`x-${i}`, { storage: { ...STORAGE, storage_prefix: `team${i}` } }), provider: 'tencentcloud.member' };
    expect(reviewDoc(doc, 3).findings.map((f) => f.ruleId)).toEqual(['QTA-001']);
  });

  test('the coverage matrix lists products against Read and Write', () => {
    const doc = compliantDoc();
    t(doc).cam = track('cam-audit', { resource_type: 'cam', action_type: 'Write', event_names: ['DeleteUser', 'CreateAccessKey'] });
    expect(reviewDoc(doc).matrix).toEqual([
      { product: '*', read: ['org-audit'], write: ['org-audit', 'cls-audit'] },
      { product: 'cam', read: [], write: ['cam-audit (2 APIs)'] },
    ]);
  });
});

function d_period(doc: any, v: unknown): void {
  doc.resource.tencentcloud_cls_topic.events.period = v;
}
