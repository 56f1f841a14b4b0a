/**
 * HCL input: a folder of .tf files read as one root module and evaluated statically (variables,
 * tfvars, --var, locals, templates, functions, count / for_each, dynamic blocks, local modules),
 * on fixtures written in the style of public Tencent Cloud modules (test/fixtures/review/hcl).
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runReview as run } from './support';
import { RULES } from '../../src/review/catalogue';
import { review } from '../../src/review/engine';
import { VarSource } from '../../src/review/hcl/module';
import { loadPath } from '../../src/review/load';
import { ReviewDocument, TfResource } from '../../src/review/model';

const HCL = path.join('test', 'fixtures', 'review', 'hcl');
const COMPLETE = path.join(HCL, 'examples', 'complete');
const COMPLIANT = path.join(HCL, 'examples', 'compliant');
const FEATURES = path.join(HCL, 'examples', 'features');
const REMOTE = path.join(HCL, 'examples', 'remote');
const MISTAKES = path.join(HCL, 'examples', 'mistakes');
const PER_TEAM = path.join(HCL, 'examples', 'per-team');
const REFERENCES = path.join(HCL, 'examples', 'references');
const BROKEN = path.join(HCL, 'broken', 'syntax');
const MODULE_MAIN = path.join(HCL, 'modules', 'cloudaudit', 'main.tf');

/** Every resource read in full: these tests look at the evaluation of probe resources the review itself skims. */
function load(dir: string, vars: VarSource[] = []): ReviewDocument {
  const docs = loadPath(dir, { vars, readAll: true });
  expect(docs).toHaveLength(1);
  return docs[0];
}

function resource(doc: ReviewDocument, address: string): TfResource {
  const r = doc.resources.find((x) => x.address === address);
  if (!r) throw new Error(`${address} not in ${doc.resources.map((x) => x.address).join(', ')}`);
  return r;
}

const featureVars = (...extra: VarSource[]): VarSource[] => [
  { kind: 'file', file: path.join(FEATURES, 'prod.tfvars') },
  { kind: 'file', file: path.join(FEATURES, 'override.tfvars.json') },
  ...extra,
];

describe('HCL folder: planted mistakes (examples/complete calling modules/cloudaudit)', () => {
  const doc = load(COMPLETE);
  const result = review(doc);
  const bucket = 'module.cloudaudit.tencentcloud_cos_bucket.audit[0]';

  test('every planted mistake is found, and nothing else fails', () => {
    const found = result.findings.map((f) => `${f.ruleId} ${f.address}`).sort();
    expect(found).toEqual([
      'API-001 module.cloudaudit.tencentcloud_audit_track.this["bad-name"]',
      'API-002 module.cloudaudit.tencentcloud_audit_track.this["cls-writes"]',
      `STO-001 ${bucket}`,
      `STO-002 ${bucket}`,
      `STO-003 ${bucket}`,
      `STO-006 ${bucket}`,
      'STO-007 module.cloudaudit.tencentcloud_cls_topic.audit[0]',
      `STO-008 ${bucket}`,
      `STO-009 ${bucket}`,
      `STO-010 ${bucket}`,
      `STO-011 ${bucket}`,
      `STO-012 ${bucket}`,
    ]);
  });

  test('the command exits 1 and prints the findings and the unknown values', () => {
    const r = run(COMPLETE, '--wide');
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('acl is "public-read"');
    expect(r.stdout).toContain('Unknown values');
    expect(r.stdout).toContain('data.tencentcloud_user_info.this is read from the cloud at plan time');
  });

  test('terraform.tfvars is read by itself: the topic keeps 7 days, in ap-guangzhou', () => {
    expect(resource(doc, 'module.cloudaudit.tencentcloud_cls_topic.audit[0]').values.period).toBe(7);
    expect(resource(doc, 'module.cloudaudit.tencentcloud_audit_track.this["org-all"]').values.storage[0].storage_region).toBe('ap-guangzhou');
  });

  test('resources carry the file and line of their declaration', () => {
    const b = resource(doc, bucket);
    expect(b.file).toBe(MODULE_MAIN);
    expect(fs.readFileSync(MODULE_MAIN, 'utf8').split('\n')[b.line! - 1]).toBe('resource "tencentcloud_cos_bucket" "audit" {');
  });

  test('SARIF results carry region.startLine: the attribute\'s line, the resource and where the value was set as related locations', () => {
    const sarif = JSON.parse(run(COMPLETE, '--format', 'sarif').stdout);
    const sto001 = sarif.runs[0].results.find((x: any) => x.ruleId === 'STO-001');
    expect(sto001.locations[0].physicalLocation.artifactLocation.uri).toBe(MODULE_MAIN.split(path.sep).join('/'));
    const line = sto001.locations[0].physicalLocation.region.startLine;
    expect(fs.readFileSync(MODULE_MAIN, 'utf8').split('\n')[line - 1].trim()).toMatch(/^acl += var\.bucket_acl$/);
    expect(sto001.properties).toMatchObject({ attribute: 'acl' });
    // The module call's argument sets var.bucket_acl: the place to edit.
    const call = path.join(COMPLETE, 'main.tf');
    const [declared, argument] = sto001.relatedLocations;
    expect(declared.physicalLocation.region).toEqual({ startLine: resource(doc, bucket).line });
    expect(argument.physicalLocation.artifactLocation.uri).toBe(call.split(path.sep).join('/'));
    expect(fs.readFileSync(call, 'utf8').split('\n')[argument.physicalLocation.region.startLine - 1].trim()).toMatch(/^bucket_acl += "public-read"$/);
    expect(sarif.runs[0].properties.unknowns.length).toBeGreaterThan(0);
  });
});

describe('HCL folder: the other rules (examples/mistakes, hand-written)', () => {
  test('each planted mistake is found, with count and for_each addresses', () => {
    const found = review(load(MISTAKES)).findings.map((f) => `${f.ruleId} ${f.address}`).sort();
    expect(found).toEqual([
      'API-003 tencentcloud_audit_track.cam',
      'API-004 tencentcloud_audit_track.cam',
      'API-005 tencentcloud_audit_track.bad_bucket',
      'API-006 tencentcloud_events_audit_track.cvm',
      'API-007 tencentcloud_cos_bucket.archive',
      'API-008 tencentcloud_cls_topic.alerts',
      'API-009 tencentcloud_audit_track.org[0]',
      'API-010 tencentcloud_audit_track.swapped', // CA115 storage_type
      'API-010 tencentcloud_audit_track.swapped', // CA401 storage_region
      'API-011 tencentcloud_cls_alarm.root_login',
      'API-012 tencentcloud_eb_event_rule.cam_writes',
      'API-013 tencentcloud_cam_role_policy_attachment.cloudaudit',
      'API-014 tencentcloud_eb_event_rule.cvm_deletes',
      'API-015 tencentcloud_cls_alarm.key_changes', // CA711: no track records cam
      'API-015 tencentcloud_cls_alarm.key_changes', // CA712: the index has no resourceType
      'API-015 tencentcloud_cls_alarm.root_login', // CA712: the index has no userIdentity.type
      'API-015 tencentcloud_cls_alarm.root_login', // CA711: a query on CloudAudit fields, on a topic no track delivers to
      'COV-001 tencentcloud_audit_track.bad_bucket',
      'COV-003 tencentcloud_audit_track.bad_bucket',
      'ORG-001 tencentcloud_audit_track.org[1]',
      'ORG-002 tencentcloud_audit_track.org[0]',
      'QTA-001 tencentcloud_audit_track.regional["ap-chengdu"]',
      'STO-004 tencentcloud_cos_bucket.logs',
      'STO-005 tencentcloud_cos_bucket.logs',
      'STO-008 tencentcloud_cos_bucket.logs',
      'STO-009 tencentcloud_cos_bucket.logs',
      'STO-010 tencentcloud_cos_bucket.logs',
      'STO-011 tencentcloud_cos_bucket.logs',
      'STO-012 tencentcloud_cos_bucket.logs',
    ]);
  });

  test('the root module\'s provider blocks are the accounts, with their regions', () => {
    const providers = load(MISTAKES).resources.filter((r) => r.type === 'provider:tencentcloud').map((r) => `${r.account} ${r.values.region}`);
    expect(providers).toEqual(['tencentcloud.shanghai ap-shanghai', 'tencentcloud ap-guangzhou']);
  });

  test('--var track_status=0 disables every track: COV-002, exit 1', () => {
    const r = run(MISTAKES, '--var', 'track_status=0', '--format', 'json');
    expect(r.code).toBe(1);
    const ids = JSON.parse(r.stdout).documents[0].findings.map((f: any) => f.ruleId);
    expect(ids).toContain('COV-002');
    expect(resource(load(MISTAKES, [{ kind: 'var', name: 'track_status', value: '0' }]), 'tencentcloud_audit_track.cam').values.status).toBe(0);
  });

  test('together with examples/complete and two folders of the corpus, every review rule is planted once', () => {
    const corpus = ['06-empty-storage-block', '08-legacy-audit'].map((d) => path.join('test', 'fixtures', 'review', 'corpus', d));
    const ids = new Set([COMPLETE, MISTAKES, ...corpus].flatMap((d) => review(load(d)).findings.map((f) => f.ruleId)));
    ids.add('COV-002'); // with --var track_status=0, above
    // A folder whose tracks were deleted (removed blocks) and that holds none: COV-004, COV-005.
    const gone = fs.mkdtempSync(path.join(os.tmpdir(), 'hcl-no-tracks-'));
    fs.writeFileSync(path.join(gone, 'main.tf'), [
      'resource "tencentcloud_cos_bucket" "logs" {', '  bucket = "audit-logs-1250000000"', '}',
      'removed {', '  from = tencentcloud_audit_track.all', '  lifecycle {', '    destroy = true', '  }', '}', '',
    ].join('\n'));
    const goneReview = review(load(gone), { expectTracks: true });
    expect(goneReview.findings.map((f) => `${f.ruleId} ${f.message}`)).toEqual([
      expect.stringMatching(/^COV-004 declares no tracking set/),
      'COV-005 removed blocks destroy 1 tracking set(s): tencentcloud_audit_track.all',
    ]);
    for (const f of goneReview.findings) ids.add(f.ruleId);
    expect([...ids].sort()).toEqual(RULES.map((x) => x.id).sort());
  });
});

describe('HCL folder: unknowns cause no finding (examples/compliant)', () => {
  const doc = load(COMPLIANT);

  test('exit 0: the only finding is the informational object-lock note', () => {
    expect(review(doc).findings.map((f) => f.ruleId)).toEqual(['STO-008']);
    expect(run(COMPLIANT).code).toBe(0);
  });

  test('the APPID from a data source and the created topic ID are listed as unknown, and stay "${…}" in the model', () => {
    const bucket = resource(doc, 'module.cloudaudit.tencentcloud_cos_bucket.audit[0]');
    expect(bucket.values.bucket).toBe('audit-logs-${module.cloudaudit.data.tencentcloud_user_info.this.app_id}');
    const track = resource(doc, 'module.cloudaudit.tencentcloud_audit_track.this["cam-writes"]');
    expect(track.values.storage[0].storage_name).toBe('${module.cloudaudit.tencentcloud_cls_topic.audit[0].id}');
    const unknown = doc.unknowns!.map((u) => `${u.address} ${u.attribute}`);
    expect(unknown).toContain('module.cloudaudit.tencentcloud_cos_bucket.audit[0] bucket');
    expect(unknown).toContain('module.cloudaudit.tencentcloud_audit_track.this["cam-writes"] storage[0].storage_name');
  });

  test('the bucket and the topic are linked to their tracks through the unknowns', () => {
    const tracks = review(doc).tracks;
    expect(tracks.map((t) => `${t.name} ${t.destination.status} ${t.destination.address}`).sort()).toEqual([
      'cam-writes created module.cloudaudit.tencentcloud_cls_topic.audit[0]',
      'org-audit created module.cloudaudit.tencentcloud_cos_bucket.audit[0]',
    ]);
  });

  test('json and markdown list the unknown values', () => {
    const json = JSON.parse(run(COMPLIANT, '--format', 'json').stdout);
    expect(json.documents[0].kind).toBe('terraform-hcl');
    expect(json.documents[0].unknowns.length).toBe(doc.unknowns!.length);
    expect(run(COMPLIANT, '--format', 'markdown').stdout).toContain('### Unknown values');
  });
});

describe('HCL evaluator (examples/features)', () => {
  const doc = load(FEATURES, featureVars());
  const probe = () => resource(doc, 'terraform_data.probe').values.input;

  test('locals, templates, conditionals and functions', () => {
    expect(probe()).toMatchObject({
      env: 'prod', // lower(var.environment) from terraform.tfvars
      upper_env: 'PROD',
      joined: 'ap-guangzhou,ap-shanghai,ap-beijing', // concat + join
      days: 400, // tonumber of a string from prod.tfvars
      first: 'fallback', // try over a missing attribute
      looked: 'sec-01', // lookup
      named: 'track-007-true', // format %s %03d %v
      for_list: ['AP-GUANGZHOU', 'AP-SHANGHAI'],
      for_map: { 'ap-guangzhou': 0, 'ap-shanghai': 1 },
      template: 'on-prod', // %{if} directive and a conditional
      heredoc: 'region=ap-guangzhou\n',
      splat: ['logs-a', 'logs-b'],
      trimmed: 'audit-logs', // trimprefix, trimsuffix
      affixes: [true, false], // startswith, endswith
      path: '.',
    });
    expect(probe().tags).toEqual({ 'owner': 'from-override-json', 'env': 'prod', 'cost-center': 'sec-01', 'count': '2' }); // merge, tostring(length())
  });

  test('variables: defaults < terraform.tfvars < --var-file and --var in command-line order', () => {
    const owner = (vars: VarSource[]) => resource(load(FEATURES, vars), 'terraform_data.probe').values.input.tags.owner;
    expect(owner([])).toBe('from-terraform-tfvars');
    expect(owner(featureVars().slice(0, 1))).toBe('from-prod-tfvars');
    expect(owner(featureVars())).toBe('from-override-json');
    expect(owner(featureVars({ kind: 'var', name: 'owner', value: 'from-var' }))).toBe('from-var');
    expect(owner([{ kind: 'var', name: 'owner', value: 'from-var' }, ...featureVars()])).toBe('from-override-json');
  });

  test('a variable without a value stays unknown and is listed, never guessed', () => {
    expect(probe().owner_uin).toBe('${var.owner_uin}');
    expect(doc.unknowns).toContainEqual(expect.objectContaining({
      attribute: 'var.owner_uin', causes: ['var.owner_uin has no value (no default, not set by a tfvars file or --var)'],
    }));
  });

  test('count and for_each over known values give Terraform addresses', () => {
    const addresses = doc.resources.map((r) => r.address);
    expect(addresses).toEqual(expect.arrayContaining([
      'tencentcloud_cos_bucket.counted[0]',
      'tencentcloud_cos_bucket.counted[1]',
      'tencentcloud_cls_logset.regional["ap-guangzhou"]',
      'tencentcloud_cls_logset.regional["ap-shanghai"]',
    ]));
    expect(resource(doc, 'tencentcloud_cls_logset.regional["ap-shanghai"]').values.logset_name).toBe('audit-ap-shanghai-prod');
    expect(resource(doc, 'tencentcloud_cos_bucket.counted[1]').values.bucket).toBe('logs-b-1250000000');
  });

  test('an unknown count is listed, and the body is reviewed once as every instance ([*])', () => {
    expect(doc.resources.filter((r) => r.address.startsWith('tencentcloud_cls_logset.unknown_count')).map((r) => r.address)).toEqual(['tencentcloud_cls_logset.unknown_count[*]']);
    expect(doc.unknowns).toContainEqual(expect.objectContaining({ address: 'tencentcloud_cls_logset.unknown_count', attribute: 'count' }));
  });

  test('dynamic blocks expand with their iterator', () => {
    expect(resource(doc, 'tencentcloud_cos_bucket.counted[0]').values.lifecycle_rules).toEqual([
      { filter_prefix: 'a/', expiration: [{ days: 400 }] },
      { filter_prefix: 'b/', expiration: [{ days: 500 }] },
    ]);
    expect(resource(doc, 'tencentcloud_cos_bucket.counted[0]').lifecycle).toEqual({ prevent_destroy: true });
  });

  test('local modules are followed with for_each, their arguments passed in, addresses prefixed; count = 0 creates nothing', () => {
    const track = resource(doc, 'module.regional["ap-shanghai"].tencentcloud_audit_track.this["writes"]');
    expect(track.values).toMatchObject({ name: 'writes-ap-shanghai', action_type: 'Write', status: 1 });
    expect(track.values.storage[0]).toMatchObject({ storage_type: 'cos', storage_region: 'ap-shanghai', storage_name: 'audit-ap-shanghai' });
    expect(resource(doc, 'module.regional["ap-guangzhou"].tencentcloud_cos_bucket.audit[0]').values.bucket).toBe('audit-ap-guangzhou-1250000000');
    expect(doc.resources.some((r) => r.address.startsWith('module.disabled'))).toBe(false);
  });

  test('module count over a known value: module.x[0] when created', () => {
    const withCount = load(FEATURES, []); // enabled = false: module.disabled has count 1
    expect(resource(withCount, 'module.disabled[0].tencentcloud_cos_bucket.audit[0]').values.bucket)
      .toBe('never-${module.disabled[0].data.tencentcloud_user_info.this.app_id}');
  });

  test('provider aliases: a resource\'s provider and a module call\'s providers map give the account', () => {
    expect(resource(doc, 'tencentcloud_cls_logset.archived').account).toBe('tencentcloud.archive');
    expect(resource(doc, 'module.archive.tencentcloud_cos_bucket.audit[0]').account).toBe('tencentcloud.archive');
    expect(resource(doc, 'tencentcloud_cos_bucket.counted[0]').account).toBe('tencentcloud');
  });

  test('.tf.json files of the folder are evaluated the same way ("$${" stays literal)', () => {
    const r = resource(doc, 'tencentcloud_cls_logset.from_json');
    expect(r.values.logset_name).toBe('json-prod-${literal}');
    expect(r.line).toBe(4);
  });
});

describe('HCL folder: tracks delivering to the topic of their own module instance or index (examples/per-team)', () => {
  const result = review(load(PER_TEAM));
  const destination = (name: string) => result.tracks.find((t) => t.name === name)!.destination;

  test('each track is linked to the topic of its own module instance', () => {
    expect(destination('core-writes')).toMatchObject({ status: 'created', address: 'module.team["core"].tencentcloud_cls_topic.this', retention: '365 days' });
    expect(destination('data-writes')).toMatchObject({ status: 'created', address: 'module.team["data"].tencentcloud_cls_topic.this', retention: '30 days' });
  });

  test('a counted track is linked to the topic of its own index (topic[count.index])', () => {
    expect(destination('archive-reads-0')).toMatchObject({ status: 'created', address: 'tencentcloud_cls_topic.archive[0]', retention: 'permanent' });
    expect(destination('archive-reads-1')).toMatchObject({ status: 'created', address: 'tencentcloud_cls_topic.archive[1]', retention: '90 days' });
  });

  test('only the short-lived topic is reported, and no storage is "dangling"', () => {
    expect(result.findings.map((f) => `${f.ruleId} ${f.address}`)).toEqual([
      'STO-007 module.team["data"].tencentcloud_cls_topic.this',
      'STO-007 tencentcloud_cls_topic.archive[1]',
      'STO-010 tencentcloud_cos_bucket.logs',
      'STO-008 tencentcloud_cos_bucket.logs',
      'STO-009 tencentcloud_cos_bucket.logs',
      'STO-011 tencentcloud_cos_bucket.logs',
    ]);
  });
});

describe('HCL folder: references to the arguments of other resources (examples/references)', () => {
  const doc = load(REFERENCES);
  const result = review(doc);

  test('an argument is known, as Terraform knows it at plan time: storage_name = bucket.bucket carries the APPID (CA203)', () => {
    expect(resource(doc, 'tencentcloud_audit_track.by_reference').values.storage[0].storage_name).toBe('org-audit-1250000000');
    expect(result.findings.map((f) => `${f.ruleId} ${f.code ?? ''} ${f.address}`.replace('  ', ' '))).toEqual([
      'API-005 CA203 tencentcloud_audit_track.by_reference',
      'STO-010 tencentcloud_cos_bucket.logs',
      'STO-008 tencentcloud_cos_bucket.logs',
      'STO-009 tencentcloud_cos_bucket.logs',
      'STO-011 tencentcloud_cos_bucket.logs',
    ]);
  });

  test('an instance\'s argument through [count.index] is known; its id is not, and the unknown names the instance', () => {
    expect(resource(doc, 'tencentcloud_audit_track.archive[1]').values.name).toBe('archive-1');
    expect(resource(doc, 'tencentcloud_audit_track.archive[1]').values.storage[0].storage_name).toBe('${tencentcloud_cls_topic.archive[1].id}');
    expect(doc.unknowns).toContainEqual(expect.objectContaining({
      address: 'tencentcloud_audit_track.archive[1]',
      attribute: 'storage[0].storage_name',
      causes: ['tencentcloud_cls_topic.archive[1] is created by this configuration: tencentcloud_cls_topic.archive[1].id is known after apply'],
    }));
  });

  test('a track with an empty name is listed under its address (and CA101 says why)', () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'hcl-empty-'));
    try {
      fs.writeFileSync(path.join(tmp, 'main.tf'), 'resource "tencentcloud_audit_track" "sample" {\n  name = ""\n  action_type = "*"\n  resource_type = "*"\n  event_names = ["*"]\n  status = 1\n  track_for_all_members = 0\n  storage {}\n}\n');
      const r = review(load(tmp));
      expect(r.tracks.map((t) => t.name)).toEqual(['tencentcloud_audit_track.sample']);
      expect(r.findings.map((f) => f.code)).toContain('CA101');
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });

  test('table columns line up in a terminal when a name is Chinese (two columns a character)', () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'hcl-wide-'));
    try {
      fs.writeFileSync(path.join(tmp, 'main.tf'), 'resource "tencentcloud_audit_track" "cn" {\n  name = "审计日志"\n  action_type = "*"\n  resource_type = "*"\n  event_names = ["*"]\n  status = 1\n  track_for_all_members = 0\n  storage {\n    storage_type = "cos"\n    storage_region = "ap-guangzhou"\n    storage_name = "audit-logs"\n    storage_prefix = "cloudaudit"\n  }\n}\n');
      const lines = run(tmp).stdout.split('\n');
      const header = lines.findIndex((l) => l.startsWith('  TRACK '));
      const columns = (l: string) => [...l].reduce((n, c) => n + (/[\u4e00-\u9fff]/.test(c) ? 2 : 1), 0);
      const row = lines[header + 1];
      expect(row.startsWith('  审计日志')).toBe(true);
      expect(columns(row.slice(0, row.indexOf('tencentcloud')))).toBe(lines[header].indexOf('ACCOUNT'));
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });

  test('arguments that refer to each other stay unknown, never a loop', () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'hcl-cycle-'));
    try {
      fs.writeFileSync(path.join(tmp, 'main.tf'), [
        'resource "tencentcloud_cls_logset" "a" {\n  logset_name = tencentcloud_cls_logset.b.logset_name\n}',
        'resource "tencentcloud_cls_logset" "b" {\n  logset_name = tencentcloud_cls_logset.a.logset_name\n}',
        'resource "tencentcloud_cls_logset" "c" {\n  logset_name = tencentcloud_cls_logset.c.logset_name\n}',
      ].join('\n'));
      const cyclic = load(tmp);
      for (const r of cyclic.resources) expect(String(r.values.logset_name)).toMatch(/^\$\{tencentcloud_cls_logset\.[abc]\.logset_name\}$/);
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });
});

describe('HCL folder: modules that cannot be followed (examples/remote)', () => {
  test('each remote module is a CA623 notice naming it, its outputs are unknown, and no finding comes of it', () => {
    const r = run(REMOTE);
    expect(r.code).toBe(0);
    const notices = r.stderr.trim().split('\n');
    expect(notices).toHaveLength(2);
    expect(notices[0]).toMatch(/main\.tf:3: \[CA623 ModuleNotFollowed\] module\.registry: source "tencentcloudstack\/cos\/tencentcloud" is not a local path/);
    expect(notices[1]).toContain('module.git: source "git::https://github.com/example/terraform-tencentcloud-cls.git?ref=v1.0.0"');
    expect(r.stdout).toContain('no findings');
    const doc = load(REMOTE);
    expect(doc.notices).toHaveLength(2);
    expect(resource(doc, 'tencentcloud_audit_track.all').values.storage[0].storage_name).toBe('${module.registry.bucket_name}');
  });
});

describe('HCL folder: local modules that cannot be followed', () => {
  let tmp: string;
  beforeAll(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'hcl-modules-'));
    fs.mkdirSync(path.join(tmp, 'loop'));
    fs.writeFileSync(path.join(tmp, 'main.tf'), 'module "missing" {\n  source = "./nowhere"\n}\n\nmodule "loop" {\n  source = "./loop"\n}\n');
    fs.writeFileSync(path.join(tmp, 'loop', 'main.tf'), 'module "again" {\n  source = "../loop"\n}\n');
    fs.copyFileSync(path.join('test', 'fixtures', 'review', 'plan.json'), path.join(tmp, 'plan.json'));
  });
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  test('a missing folder and a module calling itself are CA623 notices, never a crash', () => {
    const [doc] = loadPath(tmp);
    expect(doc.notices).toHaveLength(2);
    expect(doc.notices).toEqual(expect.arrayContaining([
      expect.stringMatching(/main\.tf:1: \[CA623 ModuleNotFollowed\] module\.missing: source "\.\/nowhere" holds no \.tf files/),
      expect.stringMatching(/main\.tf:1: \[CA623 ModuleNotFollowed\] module\.loop\.module\.again: source "\.\.\/loop" calls itself/),
    ]));
  });

  test('a plan saved next to the .tf files is reviewed as its own document', () => {
    const docs = loadPath(tmp);
    expect(docs.map((d) => d.kind)).toEqual(['terraform-hcl', 'plan']);
  });
});

describe('HCL folder: bad input', () => {
  test('HCL that does not parse: one coded line with file:line and the parser message, exit 2', () => {
    const r = run(BROKEN);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toBe(`cloudaudit-review: ${path.join(BROKEN, 'main.tf')}:3: [CA620 HclSyntax] Invalid expression: Expected the start of an expression, but found an invalid expression token.\n`);
  });

  test('a tfvars file that does not parse names its line', () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'hcl-'));
    try {
      const bad = path.join(tmp, 'bad.tfvars');
      fs.writeFileSync(bad, 'owner = "a"\nregions = [\n');
      const r = run(FEATURES, '--var-file', bad);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(new RegExp(`^cloudaudit-review: ${bad.replace(/[.\\]/g, '\\$&')}:\\d+: \\[CA620 HclSyntax\\] `));
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });

  test.each([
    [['--var-file', 'no/such.tfvars'], 'no/such.tfvars: [CA621 VarFileInvalid]'],
    [['--var', 'not_declared=1'], '--var: [CA622 VarInvalid] "not_declared" is not a variable declared in'],
    [['--var', 'no-equals-sign'], '[CA616 ReviewUsage] [CA622] --var must be name=value'],
  ])('%j is refused with a coded line and exit 2', (args, expected) => {
    const r = run(FEATURES, ...args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(expected);
  });

  test('--var with no .tf folder to apply to is refused', () => {
    const r = run(path.join('test', 'fixtures', 'review', 'plan.json'), '--var', 'a=b');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('[CA622 VarInvalid] --var and --var-file apply to folders of .tf files only');
  });

  test('one .tf file is refused: the folder is the module', () => {
    const r = run(path.join(COMPLETE, 'main.tf'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('[CA615 ReviewInputNotTerraform] is one HCL file: give its folder');
  });
});

describe('.tf.json inputs carry lines too', () => {
  test('the line of each resource key, in SARIF', () => {
    const dir = path.join('test', 'fixtures', 'review', 'raw-noncompliant');
    const file = path.join(dir, 'main.tf.json');
    const doc = loadPath(dir)[0];
    const r = resource(doc, 'tencentcloud_cos_bucket.public');
    expect(fs.readFileSync(file, 'utf8').split('\n')[r.line! - 1].trim()).toBe('"public": {');
    const sarif = JSON.parse(run(dir, '--format', 'sarif').stdout);
    const onBucket = sarif.runs[0].results.filter((x: any) => x.locations[0].logicalLocations?.[0].fullyQualifiedName === 'tencentcloud_cos_bucket.public');
    const lines = fs.readFileSync(file, 'utf8').split('\n');
    for (const x of onBucket) {
      const start = x.locations[0].physicalLocation.region.startLine;
      // The line of the attribute's key when it is written, else of the resource's.
      if (x.properties?.attribute === undefined) expect(start).toBe(r.line);
      else expect(lines[start - 1].trim()).toMatch(new RegExp(`^"${x.properties.attribute.split('.').pop()}":`));
    }
    const sto001 = onBucket.find((x: any) => x.ruleId === 'STO-001');
    expect(lines[sto001.locations[0].physicalLocation.region.startLine - 1].trim()).toBe('"acl": "public-read",');
  });
});
