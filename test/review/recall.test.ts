/**
 * Issue #20: the review finds what is wrong in Terraform people really write. One describe per
 * numbered item of the issue, each on a small folder written here (the corpus test runs the
 * larger, realistic folders of test/fixtures/review/corpus).
 */
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Aspects, Testing, TerraformStack } from 'cdktf';
import { runReview as run } from './support';
import { AuditChecks, AuditTrack, CkafkaDestination, CloudAuditAccount, CosDestination, tencentcloud } from '../../src';
import { review } from '../../src/review/engine';
import { formatTable } from '../../src/review/format';
import { supportedFunctions } from '../../src/review/hcl/expr';
import { NOT_EVALUATED } from '../../src/review/hcl/functions';
import { loadPath } from '../../src/review/load';
import { ReviewResult } from '../../src/review/model';
import { fromConfig } from '../../src/review/normalize';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'review-recall-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

let n = 0;
/** A folder of .tf files (name → content) written for one case. */
function folder(files: Record<string, string>): string {
  const dir = path.join(tmp, `case-${n++}`);
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

function reviewFolder(files: Record<string, string>): ReviewResult {
  const docs = loadPath(folder(files));
  expect(docs).toHaveLength(1);
  return review(docs[0]);
}

const keys = (r: ReviewResult) => r.findings.map((f) => `${f.ruleId}${f.code ? `/${f.code}` : ''} ${f.address}${f.acknowledged ? ' (acknowledged)' : ''}`);

const PROVIDER = 'provider "tencentcloud" {\n  region = "ap-guangzhou"\n}\n';

/** A tracking set recording every operation, with this storage block body. */
function track(name: string, storage: string, extra = ''): string {
  return `resource "tencentcloud_audit_track" "${name}" {
  name          = "${name}-trail"
  action_type   = "*"
  resource_type = "*"
  event_names   = ["*"]
  status        = 1
  ${extra}
  storage {
    ${storage}
  }
}
`;
}

const cos = (name: string, region = 'ap-guangzhou') => `storage_type = "cos"
    storage_region = "${region}"
    storage_name = ${name}
    storage_prefix = "cloudaudit"`;

/** A bucket without versioning, encryption or prevent_destroy. */
const BARE_BUCKET = (bucket: string) => `data "tencentcloud_user_info" "me" {}

resource "tencentcloud_cos_bucket" "trail" {
  bucket = ${bucket}
  acl    = "private"
}
`;
const BARE_BUCKET_FINDINGS = ['STO-002', 'STO-003', 'STO-005', 'STO-008', 'STO-009', 'STO-010', 'STO-011'].map((id) => `${id} tencentcloud_cos_bucket.trail`);

describe('1. a bucket whose name holds an unknown APPID is linked to its tracks', () => {
  const appid = '"trail-${data.tencentcloud_user_info.me.app_id}"';

  test.each([
    ['the bucket\'s own attribute', 'tencentcloud_cos_bucket.trail.bucket', ['API-005/CA203 tencentcloud_audit_track.org']],
    ['a local holding the same string', 'local.logs', ['API-005/CA203 tencentcloud_audit_track.org']],
    ['the literal name without -APPID', '"trail"', []],
  ])('storage_name = %s: linked, the storage rules run', (_what, name, extra) => {
    const r = reviewFolder({ 'main.tf': `${PROVIDER}locals {\n  logs = ${appid}\n}\n${BARE_BUCKET(appid)}${track('org', cos(name))}` });
    expect(r.tracks[0].destination).toMatchObject({ status: 'created', address: 'tencentcloud_cos_bucket.trail', encryption: 'none' });
    expect(keys(r).sort()).toEqual([...extra, ...BARE_BUCKET_FINDINGS].sort());
  });

  test('the known parts and the unknown keep their provenance through a module\'s output', () => {
    const r = reviewFolder({
      'main.tf': `${PROVIDER}module "logs" {\n  source = "./logs"\n}\n${track('org', cos('"team-trail"'))}`,
      'logs/main.tf': 'data "tencentcloud_user_info" "me" {}\nvariable "team" {\n  default = "team"\n}\nresource "tencentcloud_cos_bucket" "b" {\n  bucket = "${var.team}-trail-${data.tencentcloud_user_info.me.app_id}"\n}\n',
    });
    expect(r.tracks[0].destination).toMatchObject({ status: 'created', address: 'module.logs.tencentcloud_cos_bucket.b' });
    expect(r.document.resources.find((x) => x.type === 'tencentcloud_cos_bucket')!.values.bucket).toBe('team-trail-${module.logs.data.tencentcloud_user_info.me.app_id}');
  });
});

describe('2. functions over partially known strings keep the literal text', () => {
  const storageName = (expr: string) => {
    const r = reviewFolder({ 'main.tf': `${PROVIDER}locals {\n  appid = data.tencentcloud_user_info.me.app_id\n  other = data.tencentcloud_user_info.other.app_id\n}\ndata "tencentcloud_user_info" "other" {}\n${BARE_BUCKET('"trail-${local.appid}"')}${track('org', cos(expr))}` });
    return { name: r.document.resources.find((x) => x.type === 'tencentcloud_audit_track')!.values.storage[0].storage_name, r };
  };

  test.each([
    ['replace(tencentcloud_cos_bucket.trail.bucket, "-${local.appid}", "")'],
    ['trimsuffix(tencentcloud_cos_bucket.trail.bucket, "-${local.appid}")'],
    ['replace("trail-${local.appid}", "-${local.appid}", "")'],
  ])('%s over "trail-${appid}" is known: "trail", and links the bucket', (expr) => {
    const { name, r } = storageName(expr);
    expect(name).toBe('trail');
    expect(r.tracks[0].destination).toMatchObject({ status: 'created', address: 'tencentcloud_cos_bucket.trail', storageName: 'trail' });
    expect(formatTable([r])).toContain('cos://trail/cloudaudit');
  });

  test('with another unknown on the other side, the result stays unknown (never guessed)', () => {
    expect(storageName('trimsuffix(tencentcloud_cos_bucket.trail.bucket, "-${local.other}")').name).toMatch(/^\$\{/);
  });

  test('a literal search keeps the literal text and names the function around the unknown', () => {
    expect(storageName('upper(tencentcloud_cos_bucket.trail.bucket)').name).toBe('TRAIL-${upper(data.tencentcloud_user_info.me.app_id)}');
    expect(storageName('format("%s-x", tencentcloud_cos_bucket.trail.bucket)').name).toBe('trail-${data.tencentcloud_user_info.me.app_id}-x');
  });
});

describe('3. missing or mistyped required arguments are errors, and never assumed', () => {
  const bucket = 'resource "tencentcloud_cos_bucket" "b" {\n  bucket = "logs-1250000000"\n}\n';

  test('a track without status: SCH-001, shown "status not set", and no coverage (COV-001)', () => {
    const r = reviewFolder({ 'main.tf': `${PROVIDER}${bucket}${track('org', cos('"logs"')).replace('  status        = 1\n', '')}` });
    expect(keys(r).filter((k) => !k.startsWith('STO-'))).toEqual(['COV-001 tencentcloud_audit_track.org', 'SCH-001 tencentcloud_audit_track.org']);
    expect(r.findings.find((f) => f.ruleId === 'SCH-001')!.message).toBe('status: the argument is required, but it is not set');
    expect(r.tracks[0]).toMatchObject({ enabled: false, state: 'status not set' });
    expect(formatTable([r])).toContain('status not set');
  });

  test('storage {} is four missing arguments; a track without name one more', () => {
    const r = reviewFolder({ 'main.tf': `${PROVIDER}${track('org', '').replace(/  name += "org-trail"\n/, '')}` });
    expect(r.findings.filter((f) => f.ruleId === 'SCH-001').map((f) => f.message.split(':')[0]).sort()).toEqual([
      'name', 'storage[0].storage_name', 'storage[0].storage_prefix', 'storage[0].storage_region', 'storage[0].storage_type',
    ]);
  });

  test('a mistyped argument (status "on") is SCH-001 too; "1" converts, as Terraform converts it', () => {
    const r = reviewFolder({ 'main.tf': `${PROVIDER}${bucket}${track('a', cos('"logs"')).replace('status        = 1', 'status = "on"')}${track('b', cos('"logs"')).replace('status        = 1', 'status = "1"')}` });
    expect(r.findings.filter((f) => f.ruleId === 'SCH-001').map((f) => `${f.address} ${f.message}`)).toEqual([
      'tencentcloud_audit_track.a status: "on" is not a number (the argument is number)',
    ]);
  });

  test('a missing required block (the alarm\'s monitor_time) is SCH-001', () => {
    const r = reviewFolder({ 'main.tf': `${PROVIDER}resource "tencentcloud_cls_alarm" "a" {\n  name = "a"\n  trigger_count = 1\n  alarm_period = 15\n  alarm_targets {\n    logset_id = "l"\n    topic_id = "t"\n    query = "q"\n    number = 1\n    start_time_offset = -15\n    end_time_offset = 0\n  }\n}\n` });
    expect(r.findings.filter((f) => f.ruleId === 'SCH-001').map((f) => f.message)).toEqual(['monitor_time: the block is required, but none is given']);
  });
});

describe('4. empty storage_name / storage_prefix are reported whatever storage_type says', () => {
  test('beside a type that is no type: CA115, CA120 and CA121', () => {
    const r = reviewFolder({ 'main.tf': `${PROVIDER}${track('org', 'storage_type = "oss"\n    storage_region = "ap-guangzhou"\n    storage_name = ""\n    storage_prefix = ""')}` });
    expect(keys(r).filter((k) => k.startsWith('API-')).sort()).toEqual([
      'API-004/CA121 tencentcloud_audit_track.org', 'API-005/CA120 tencentcloud_audit_track.org', 'API-010/CA115 tencentcloud_audit_track.org',
    ]);
    expect(keys(r).some((k) => k.startsWith('COV-003'))).toBe(false);
  });

  test('beside "COS" (upper case): the COS rules apply as for cos, and the bucket is linked', () => {
    const r = reviewFolder({ 'main.tf': `${PROVIDER}resource "tencentcloud_cos_bucket" "b" {\n  bucket = "logs-1250000000"\n}\n${track('org', 'storage_type = "COS"\n    storage_region = "ap-guangzhou"\n    storage_name = "logs"\n    storage_prefix = ""')}` });
    expect(keys(r)).toEqual(expect.arrayContaining(['API-004/CA205 tencentcloud_audit_track.org', 'API-010/CA115 tencentcloud_audit_track.org', 'STO-003 tencentcloud_cos_bucket.b']));
    expect(r.tracks[0].destination.status).toBe('created');
  });
});

describe('5. the legacy tencentcloud_audit', () => {
  test('says what it is, that it no longer applies, and what it records; it counts for no coverage', () => {
    const r = reviewFolder({ 'main.tf': `${PROVIDER}resource "tencentcloud_audit" "a" {\n  name = "legacy_audit"\n  cos_bucket = "legacy"\n  cos_region = "ap-guangzhou"\n  log_file_prefix = "audit"\n  audit_switch = true\n  read_write_attribute = 2\n}\n` });
    expect(keys(r)).toEqual(['COV-001 tencentcloud_audit.a', 'SCH-002 tencentcloud_audit.a']);
    const f = r.findings.find((x) => x.ruleId === 'SCH-002')!;
    expect(f.message).toContain('legacy CloudAudit resource (CreateAudit API)');
    expect(f.message).toContain('removed in v1.81.137: it no longer applies');
    expect(f.message).toContain('it would record Write operations of every product to COS bucket legacy/audit in ap-guangzhou');
    expect(f.level).toBe('error');
  });
});

describe('6. built-in functions, and a count or for_each that stays unknown', () => {
  test('count = anytrue([...]) / alltrue([...]) ? 1 : 0: the resources are reviewed', () => {
    const r = reviewFolder({ 'main.tf': `${PROVIDER}variable "on" {\n  default = true\n}\nresource "tencentcloud_cos_bucket" "b" {\n  count = alltrue([var.on, true]) ? 1 : 0\n  bucket = "logs-1250000000"\n}\n${track('org', cos('"logs"'), 'count = anytrue([false, var.on]) ? 1 : 0')}` });
    expect(r.tracks.map((t) => `${t.address} ${t.destination.address}`)).toEqual(['tencentcloud_audit_track.org[0] tencentcloud_cos_bucket.b[0]']);
  });

  test('an unknown count: reviewed once as every instance ([*]), and listed as unknown', () => {
    const dir = folder({ 'main.tf': `${PROVIDER}variable "create" {\n  type = bool\n}\nresource "tencentcloud_cos_bucket" "b" {\n  count = var.create ? 1 : 0\n  bucket = "logs-1250000000"\n  acl = "public-read"\n}\n` + track('org', cos('"logs"'), 'count = var.create ? 1 : 0') });
    const doc = loadPath(dir)[0];
    const r = review(doc);
    expect(keys(r)).toEqual(expect.arrayContaining(['STO-001 tencentcloud_cos_bucket.b[*]']));
    expect(r.tracks[0]).toMatchObject({ address: 'tencentcloud_audit_track.org[*]', destination: { address: 'tencentcloud_cos_bucket.b[*]' } });
    expect(doc.unknowns!.find((u) => u.address === 'tencentcloud_cos_bucket.b' && u.attribute === 'count')!.causes[0]).toContain('reviewed once, as tencentcloud_cos_bucket.b[*]');
  });

  test('functions beyond the common ones are evaluated', () => {
    const probe = (expr: string) => {
      const dir = folder({ 'main.tf': `resource "terraform_data" "p" {\n  input = ${expr}\n}\n`, 'trust.json': '{"version": "2.0"}', 'tmpl.txt': 'hello ${name}' });
      return loadPath(dir, { readAll: true })[0].resources.find((x) => x.type === 'terraform_data')!.values.input;
    };
    expect(probe('[for p in setproduct(["cam", "kms"], ["Write"]) : join("-", p)]')).toEqual(['cam-Write', 'kms-Write']);
    expect(probe('zipmap(["a", "b"], [1, 2])')).toEqual({ a: 1, b: 2 });
    expect(probe('title("contoso holdings")')).toBe('Contoso Holdings');
    expect(probe('cidrsubnet("10.0.0.0/16", 8, 2)')).toBe('10.0.2.0/24');
    expect(probe('cidrhost("fd00::/64", 5)')).toBe('fd00::5');
    expect(probe('formatdate("YYYY-MM-DD", "2026-03-04T05:06:07Z")')).toBe('2026-03-04');
    expect(probe('timeadd("2026-01-01T00:00:00Z", "36h")')).toBe('2026-01-02T12:00:00Z');
    expect(probe('regex("^(?P<team>[a-z]+)-", "sec-audit")')).toEqual({ team: 'sec' });
    expect(probe('jsondecode(file("${path.module}/trust.json")).version')).toBe('2.0');
    expect(probe('templatefile("${path.module}/tmpl.txt", { name = "audit" })')).toBe('hello audit');
    expect(probe('sum([1, 2, 3]) + one([4]) + index(["a", "b"], "b")')).toBe(11);
    // Terraform's documented example: uuidv5("dns", "www.terraform.io").
    expect(probe('uuidv5("dns", "www.terraform.io")')).toBe('a5008fae-b28c-5ba5-96cd-82b4c53552d6');
    expect(probe('md5("audit")')).toBe(crypto.createHash('md5').update('audit').digest('hex'));
    expect(typeof probe('timestamp()')).toBe('string'); // unknown: kept as its expression
    expect(probe('timestamp()')).toMatch(/^\$\{timestamp\(\)/);
  });

  test('optional() attributes of a module\'s object variable take their defaults', () => {
    const r = reviewFolder({
      'main.tf': `${PROVIDER}module "t" {\n  source = "./t"\n  tracks = { cam = { resource_type = "cam" } }\n}\n`,
      't/main.tf': 'variable "tracks" {\n  type = map(object({\n    resource_type = string\n    action_type = optional(string, "Write")\n    event_names = optional(list(string), ["*"])\n    status = optional(number, 1)\n  }))\n}\nresource "tencentcloud_audit_track" "t" {\n  for_each = var.tracks\n  name = each.key\n  action_type = each.value.action_type\n  resource_type = each.value.resource_type\n  event_names = each.value.event_names\n  status = each.value.status\n  storage {\n    storage_type = "cls"\n    storage_region = "ap-guangzhou"\n    storage_name = "2f5764c1-c833-44a0-8a33-8e0ef2b6d2ba"\n    storage_prefix = "cloudaudit"\n  }\n}\n',
    });
    expect(r.tracks[0]).toMatchObject({ state: 'enabled', selectors: [{ resourceType: 'cam', actionType: 'Write', eventNames: ['*'] }] });
    expect(keys(r)).toContain('COV-001 module.t.tencentcloud_audit_track.t["cam"]');
  });

  test('docs/review.md lists every function evaluated offline and every one deliberately not evaluated', () => {
    const doc = fs.readFileSync(path.join('docs', 'review.md'), 'utf8');
    const section = doc.slice(doc.indexOf('- **Functions**'), doc.indexOf('- **`count` and `for_each`**'));
    const [evaluated, not] = section.split('**Deliberately not evaluated**');
    const names = (s: string) => [...s.matchAll(/`([a-z0-9:]+)`/g)].map((m) => m[1]);
    expect(names(evaluated.slice(evaluated.indexOf('of them:'), evaluated.indexOf('File functions')))).toEqual(supportedFunctions());
    expect(names(not).sort()).toEqual(Object.keys(NOT_EVALUATED).sort());
  });
});

describe('7. a CLS topic\'s encryption as it is', () => {
  test.each([
    ['', 'none'],
    ['encryption = 0', 'none'],
    ['encryption = 1', 'CLS-managed key'],
    ['custom_kms_info {\n    kms_key_id = "k-1"\n    kms_region = "ap-guangzhou"\n  }', 'KMS k-1'],
  ])('%s: %s', (setting, shown) => {
    const r = reviewFolder({ 'main.tf': `${PROVIDER}resource "tencentcloud_cls_topic" "t" {\n  topic_name = "t"\n  logset_id = "l"\n  period = 365\n  ${setting}\n}\n${track('org', 'storage_type = "cls"\n    storage_region = "ap-guangzhou"\n    storage_name = tencentcloud_cls_topic.t.id\n    storage_prefix = "cloudaudit"')}` });
    expect(r.tracks[0].destination.encryption).toBe(shown);
  });
});

describe('8. CKafka delivery', () => {
  const ckafka = (name: string) => `storage_type = "ckafka"\n    storage_region = "ap-guangzhou"\n    storage_name = ${name}\n    storage_prefix = "cloudaudit"`;
  const topic = 'resource "tencentcloud_ckafka_topic" "a" {\n  instance_id = "ckafka-8t2xqm1p"\n  topic_name = "audit"\n  partition_num = 1\n  replica_num = 2\n  retention = 86400000\n}\n';

  test('"<instance id>/<topic>" is accepted (no CA115) and linked to the CKafka topic of the configuration', () => {
    const r = reviewFolder({ 'main.tf': `${PROVIDER}${topic}${track('org', ckafka('"ckafka-8t2xqm1p/audit"'))}` });
    expect(keys(r)).toEqual([]);
    expect(r.tracks[0].destination).toMatchObject({ storageType: 'ckafka', status: 'created', address: 'tencentcloud_ckafka_topic.a', retention: '24 hours (CKafka)' });
  });

  test('a name that is not <instance id>/<topic> is CA122', () => {
    const r = reviewFolder({ 'main.tf': `${PROVIDER}${topic}${track('org', ckafka('"audit"'))}` });
    expect(keys(r)).toEqual(['API-005/CA122 tencentcloud_audit_track.org']);
  });

  test('CkafkaDestination.fromExistingTopic: a track delivering to an existing CKafka topic', () => {
    const app = Testing.app();
    const stack = new TerraformStack(app, 'siem');
    new tencentcloud.provider.TencentcloudProvider(stack, 'tc', { region: 'ap-guangzhou' });
    const siem = CkafkaDestination.fromExistingTopic(stack, 'Siem', { instanceId: 'ckafka-8t2xqm1p', topicName: 'cloudaudit-events', region: 'ap-guangzhou' });
    new AuditTrack(stack, 'Track', { trackName: 'siem-stream', destination: siem });
    Testing.synth(stack, true);
    const doc = stack.toTerraform() as any;
    const [t] = Object.values(doc.resource.tencentcloud_audit_track) as any[];
    expect(t.storage).toMatchObject({ storage_type: 'ckafka', storage_name: 'ckafka-8t2xqm1p/cloudaudit-events', storage_prefix: 'cloudaudit', storage_region: 'ap-guangzhou' });
    expect(t['//'].cloudaudit.adopted_storage).toBe(true);
    expect(() => CkafkaDestination.fromExistingTopic(stack, 'Bad', { instanceId: 'ckafka-1', topicName: 'a/b', region: 'ap-guangzhou' })).toThrow(/CA122/);
  });
});

describe('9. acknowledging a finding in a .tf folder, and a baseline', () => {
  const camOnly = (comment: string, above = '') => `${PROVIDER}${above}resource "tencentcloud_audit_track" "cam" {
  ${comment}
  name          = "cam-only"
  action_type   = "Write"
  resource_type = "cam"
  event_names   = ["*"]
  status        = 1
  storage {
    storage_type   = "cls"
    storage_region = "ap-guangzhou"
    storage_name   = "2f5764c1-c833-44a0-8a33-8e0ef2b6d2ba"
    storage_prefix = "cloudaudit"
  }
}
`;

  test.each([
    ['inside the block (#)', camOnly('#cloudaudit:skip=COV-001:The account-wide track is in the org configuration')],
    ['inside the block (//)', camOnly('// cloudaudit:skip=COV-001:The account-wide track is in the org configuration')],
    ['on the line above', camOnly('', '# cloudaudit:skip=COV-001:The account-wide track is in the org configuration\n')],
    ['by the group of the code', camOnly('/* cloudaudit:skip=COV-001:The account-wide track is in the org configuration */')],
  ])('%s: the finding is acknowledged with its reason, and the gate passes', (_where, text) => {
    const dir = folder({ 'main.tf': text });
    const r = review(loadPath(dir)[0]);
    const f = r.findings.find((x) => x.ruleId === 'COV-001')!;
    expect(f.acknowledged).toEqual({ id: 'COV-001', reason: 'The account-wide track is in the org configuration' });
    expect(run(dir).code).toBe(0);
    const sarif = JSON.parse(run(dir, '--format', 'sarif').stdout);
    expect(sarif.runs[0].results.find((x: any) => x.ruleId === 'COV-001').suppressions).toEqual([{ kind: 'inSource', justification: 'The account-wide track is in the org configuration' }]);
  });

  test('on a module call it covers the module\'s resources; a short reason or an unknown id is a notice and acknowledges nothing', () => {
    const dir = folder({
      'main.tf': `${PROVIDER}# cloudaudit:skip=COV-001:Org-wide coverage lives in the management account\nmodule "m" {\n  source = "./m"\n}\n# cloudaudit:skip=STO-003:ok\n# cloudaudit:skip=NOPE-1:not a rule at all, ignored\nresource "tencentcloud_cos_bucket" "b" {\n  bucket = "cam-1250000000"\n}\n`,
      'm/main.tf': camOnly('').replace(PROVIDER, '').replace('storage_type   = "cls"', 'storage_type = "cos"').replace('"2f5764c1-c833-44a0-8a33-8e0ef2b6d2ba"', '"cam"'),
    });
    const r = run(dir, '--format', 'json');
    const findings = JSON.parse(r.stdout).documents[0].findings;
    expect(findings.find((f: any) => f.ruleId === 'COV-001').acknowledged.reason).toBe('Org-wide coverage lives in the management account');
    const sto003 = findings.find((f: any) => f.ruleId === 'STO-003');
    expect(sto003.acknowledged).toBeUndefined();
    expect(sto003.ignoredAcknowledgement).toContain('fewer than 10 characters');
    expect(r.stderr).toContain('[CA601 AcknowledgementReasonTooShort] cloudaudit:skip=STO-003');
    expect(r.stderr).toContain('[CA602 AcknowledgementRuleUnknown] cloudaudit:skip=NOPE-1');
    expect(r.code).toBe(1);
  });

  test('--write-baseline writes today\'s findings; --baseline accepts them and a new one still fails', () => {
    const bucket = (encryption: string) => `${PROVIDER}resource "tencentcloud_cos_bucket" "b" {\n  bucket = "estate-1250000000"\n  ${encryption}\n}\n${track('org', cos('"estate"'))}`;
    const dir = folder({ 'main.tf': bucket('encryption_algorithm = "AES256"') });
    const file = path.join(tmp, `baseline-${n}.json`);
    const written = run(dir, '--write-baseline', file);
    expect(written.code).toBe(0);
    const baseline = JSON.parse(fs.readFileSync(file, 'utf8'));
    expect(baseline.findings.map((f: any) => `${f.ruleId} ${f.address}`)).toEqual(['STO-002', 'STO-005', 'STO-008', 'STO-009', 'STO-010', 'STO-011'].map((id) => `${id} tencentcloud_cos_bucket.b`));
    expect(run(dir, '--baseline', file).code).toBe(0);
    fs.writeFileSync(path.join(dir, 'main.tf'), bucket(''));
    const after = run(dir, '--baseline', file, '--format', 'sarif');
    expect(after.code).toBe(1);
    const results = JSON.parse(after.stdout).runs[0].results;
    expect(results.find((x: any) => x.ruleId === 'STO-003').suppressions).toBeUndefined();
    expect(results.find((x: any) => x.ruleId === 'STO-002').suppressions[0].kind).toBe('external');
  });

  test('a baseline that is not the JSON --write-baseline writes is CA618, exit 2, nothing written', () => {
    const dir = folder({ 'main.tf': PROVIDER });
    const bad = path.join(tmp, `bad-baseline-${n}.json`);
    fs.writeFileSync(bad, '{"accepted": []}');
    const out = path.join(tmp, `never-${n}.txt`);
    const r = run(dir, '--baseline', bad, '-o', out);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('[CA618 BaselineInvalid]');
    expect(fs.existsSync(out)).toBe(false);
  });
});

describe('10. a var file with two syntax errors', () => {
  test('the first one in the file is reported (the scanner lists later lines first)', () => {
    const dir = folder({ 'main.tf': 'variable "a" {}\n', 'bad.tfvars': 'a = \nb = 1\nc = `x`\n' });
    const r = run(dir, '--var-file', path.join(dir, 'bad.tfvars'));
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`cloudaudit-review: ${path.join(dir, 'bad.tfvars')}:1: [CA620 HclSyntax] Invalid expression: Expected the start of an expression, but found an invalid expression token.\n`);
  });
});

describe('11. a CLS alarm on a CloudAudit-looking topic that no track delivers to', () => {
  const alarm = (query: string) => `resource "tencentcloud_cls_logset" "l" {\n  logset_name = "alerts"\n}\nresource "tencentcloud_cls_topic" "t" {\n  topic_name = "alerts"\n  logset_id = tencentcloud_cls_logset.l.id\n  period = 365\n}\nresource "tencentcloud_cls_alarm" "a" {\n  name = "user-changes"\n  alarm_notice_ids = ["notice-1"]\n  alarm_period = 15\n  condition = "$1.n > 0"\n  trigger_count = 1\n  alarm_targets {\n    logset_id = tencentcloud_cls_logset.l.id\n    topic_id = tencentcloud_cls_topic.t.id\n    query = ${JSON.stringify(query)}\n    number = 1\n    start_time_offset = -15\n    end_time_offset = 0\n  }\n  monitor_time {\n    type = "Period"\n    time = 15\n  }\n}\n`;

  test.each([
    ['eventName:"DeleteUser" | select count(*) as n'],
    ['userIdentity.type:"Root" AND sourceIPAddress:* | select count(*) as n'],
  ])('%s: CA711, the alarm can never fire', (query) => {
    const r = reviewFolder({ 'main.tf': `${PROVIDER}${alarm(query)}` });
    const f = r.findings.find((x) => x.code === 'CA711')!;
    expect(f.message).toContain('no tracking set in this plan delivers to the alarm\'s topic');
  });

  test('fed by a track recording the operation: no finding; a query on no CloudAudit field: not judged', () => {
    const fed = track('org', 'storage_type = "cls"\n    storage_region = "ap-guangzhou"\n    storage_name = tencentcloud_cls_topic.t.id\n    storage_prefix = "cloudaudit"');
    expect(keys(reviewFolder({ 'main.tf': `${PROVIDER}${alarm('eventName:"DeleteUser" | select count(*) as n')}${fed}` })).filter((k) => k.includes('CA711'))).toEqual([]);
    expect(keys(reviewFolder({ 'main.tf': `${PROVIDER}${alarm('status:500 | select count(*) as n')}` })).filter((k) => k.includes('CA711'))).toEqual([]);
  });
});

describe('12. storage in another account', () => {
  const providers = `${PROVIDER}provider "tencentcloud" {
  alias  = "archive"
  region = "ap-guangzhou"
  assume_role {
    role_arn         = "qcs::cam::uin/200000000002:roleName/Archive"
    session_name     = "tf"
    session_duration = 3600
  }
}
`;
  const bucket = (provider: string) => `resource "tencentcloud_cos_bucket" "b" {\n  provider = ${provider}\n  bucket = "central-1300000002"\n}\n`;

  test('a bucket created through another account\'s assume_role provider, a track without storage_account_id: CA504', () => {
    const r = reviewFolder({ 'main.tf': `${providers}${bucket('tencentcloud.archive')}${track('org', cos('"central"'))}` });
    const f = r.findings.find((x) => x.code === 'CA504')!;
    expect(f.message).toContain('tencentcloud_cos_bucket.b is created in the account of role "qcs::cam::uin/200000000002:roleName/Archive", the track in the account of the default credentials');
  });

  test('the same account (another role of one UIN), or storage_account_id and storage_app_id given: nothing', () => {
    const sameUin = providers.replace('roleName/Archive', 'roleName/Archive').replace(`${PROVIDER}`, 'provider "tencentcloud" {\n  region = "ap-guangzhou"\n  assume_role {\n    role_arn = "qcs::cam::uin/200000000002:roleName/Admin"\n    session_name = "tf"\n  }\n}\n');
    expect(reviewFolder({ 'main.tf': `${sameUin}${bucket('tencentcloud.archive')}${track('org', cos('"central"'))}` }).findings.filter((x) => x.code === 'CA504')).toEqual([]);
    const declared = cos('"central"') + '\n    storage_account_id = "200000000002"\n    storage_app_id = "1300000002"';
    expect(reviewFolder({ 'main.tf': `${providers}${bucket('tencentcloud.archive')}${track('org', declared)}` }).findings.filter((x) => x.code === 'CA504')).toEqual([]);
  });

  test('at synth: a CosDestination created with another account\'s provider, and a track without storageAccountId', () => {
    const app = Testing.app();
    const stack = new TerraformStack(app, 'audit');
    new tencentcloud.provider.TencentcloudProvider(stack, 'tc', { region: 'ap-guangzhou' });
    const archive = new tencentcloud.provider.TencentcloudProvider(stack, 'archive', { alias: 'archive', region: 'ap-guangzhou', profile: 'log-archive' });
    new AuditTrack(stack, 'Track', { trackName: 'org-audit', destination: new CosDestination(stack, 'Logs', { bucketName: 'central', region: 'ap-guangzhou', appId: '1300000002', provider: archive }) });
    expect(() => Testing.synth(stack, true)).toThrow(/CA504 StorageAccountMissing.*the account of profile "log-archive"/);
  });
});

describe('13. noise and gaps', () => {
  test('the unknown values list only attributes the review reads', () => {
    const doc = loadPath(folder({ 'main.tf': `${PROVIDER}variable "team" {\n  type = string\n}\n${BARE_BUCKET('"trail-${data.tencentcloud_user_info.me.app_id}"').replace('acl    = "private"', 'acl = "private"\n  tags = { team = var.team }')}${track('org', cos('"trail"'))}` }))[0];
    expect(doc.unknowns!.map((u) => `${u.address ?? '-'} ${u.attribute}`)).toEqual(['- var.team', 'tencentcloud_cos_bucket.trail bucket']);
  });

  test('JSON findings carry their line', () => {
    const dir = folder({ 'main.tf': `${PROVIDER}${BARE_BUCKET('"trail-1250000000"')}${track('org', cos('"trail"'))}` });
    const f = JSON.parse(run(dir, '--format', 'json').stdout).documents[0].findings.find((x: any) => x.ruleId === 'STO-003');
    const line = fs.readFileSync(path.join(dir, 'main.tf'), 'utf8').split('\n').indexOf('resource "tencentcloud_cos_bucket" "trail" {') + 1;
    expect(line).toBeGreaterThan(1);
    expect(f).toMatchObject({ file: path.join(dir, 'main.tf'), line });
  });

  test('findings on HCL name attributes, not construct props (CA302: hot_period and period, not retentionDays)', () => {
    const r = reviewFolder({ 'main.tf': `${PROVIDER}resource "tencentcloud_cls_topic" "t" {\n  topic_name = "t"\n  logset_id = "l"\n  period = 365\n  hot_period = 3\n}\n` });
    const f = r.findings.find((x) => x.code === 'CA302')!;
    expect(f.message).toContain('hot_period 3 is not 0, nor at least 7 and less than period (365)');
    expect(f.message.split('. Rule:')[0]).not.toContain('retentionDays');
  });

  test('a warning is given once at synth, not once by the construct and once more by AuditChecks', () => {
    const app = Testing.app();
    const stack = new TerraformStack(app, 's');
    new tencentcloud.provider.TencentcloudProvider(stack, 'tc', { region: 'ap-mumbai' });
    const d = new CosDestination(stack, 'Logs', { bucketName: 'audit-logs', region: 'ap-mumbai', appId: '1250000000' });
    new AuditTrack(stack, 'T', { trackName: 'org-audit', destination: d, checkDeliveryRegion: false });
    Aspects.of(stack).add(new AuditChecks({ reports: false }));
    Testing.synth(stack, true);
    const warnings = stack.node.findAll().flatMap((c) => c.node.metadata.filter((m) => m.type === '@cdktf/warn').map((m) => String(m.data)));
    // The bucket's region and the track's provider region: each said once, by its construct, not again by the review.
    expect(warnings.filter((w) => w.includes('CA452')).map((w) => w.replace(/:.*$/, ''))).toEqual(['[CA452 RegionRetired] region', '[CA452 RegionRetired] provider s/tc region']);
    expect(warnings.filter((w) => w.startsWith('[API-014]'))).toEqual([]);
  });

  test('the ACCOUNT column names the account given with CloudAuditAccount.assign', () => {
    const app = Testing.app();
    const stack = new TerraformStack(app, 'prod');
    const p = new tencentcloud.provider.TencentcloudProvider(stack, 'tc', { region: 'ap-guangzhou' });
    CloudAuditAccount.assign(p, 'prod');
    new AuditTrack(stack, 'Track', { trackName: 'org-audit', destination: new CosDestination(stack, 'Logs', { bucketName: 'audit-logs', region: 'ap-guangzhou', appId: '1250000000' }) });
    Testing.synth(stack, true);
    const r = review({ name: 'prod', file: 'cdk.tf.json', kind: 'cdktf', resources: fromConfig(stack.toTerraform(), 'cdk.tf.json') });
    expect(r.tracks[0].account).toBe('prod (tencentcloud)');
  });

  test('an alarm\'s notice group created in the configuration is named by its address, not "(unknown)"', () => {
    const r = reviewFolder({ 'main.tf': `${PROVIDER}resource "tencentcloud_cls_alarm_notice" "n" {\n  name = "secops"\n}\nresource "tencentcloud_cls_alarm" "a" {\n  name = "a"\n  alarm_notice_ids = [tencentcloud_cls_alarm_notice.n.id]\n  alarm_period = 15\n  trigger_count = 1\n  alarm_targets {\n    logset_id = "l"\n    topic_id = "t"\n    query = "status:500"\n    number = 1\n    start_time_offset = -15\n    end_time_offset = 0\n  }\n  monitor_time {\n    type = "Period"\n    time = 15\n  }\n}\n` });
    expect(r.alarms[0].notices).toEqual(['tencentcloud_cls_alarm_notice.n']);
  });

  test('the docs promise no COS-region warning, and say that resource arguments are known', () => {
    const readme = fs.readFileSync('README.md', 'utf8');
    expect(readme).not.toContain('the COS delivery regions of the Features page');
    expect(fs.readFileSync(path.join('docs', 'advanced.md'), 'utf8')).not.toContain('Synth still warns (CA451) for regions outside the documented list');
    expect(fs.readFileSync(path.join('docs', 'review.md'), 'utf8')).not.toContain('Attributes of resources are unknown even when the configuration sets them');
  });
});
