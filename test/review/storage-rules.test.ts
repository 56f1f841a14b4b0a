/**
 * Issue #23's review rules (STO-009 access logging, STO-010 deny-delete policy, STO-011 replica,
 * STO-012 two tracks on one prefix), each found and not found, on HCL and on the constructs'
 * own output; and a new stack passing them without an acknowledgement. The same HCL as a plan
 * is in test/terraform/audit-storage.test.ts.
 */
import * as path from 'path';
import { Aspects, Testing, TerraformStack } from 'cdktf';
import { AuditChecks, AuditTrack, CosDestination, CosDestinationProps, tencentcloud } from '../../src';
import { RULES } from '../../src/review/catalogue';
import { review } from '../../src/review/engine';
import { loadPath } from '../../src/review/load';
import { fromConfig } from '../../src/review/normalize';

const NEW_RULES = ['STO-009', 'STO-010', 'STO-011', 'STO-012'];
const STORAGE = path.join('test', 'fixtures', 'review', 'hcl', 'examples', 'storage');
const ROLE = 'qcs::cam::uin/100000000001:uin/100000000001';

/** The new rules' findings, as "<rule> <address>". */
function found(r: ReturnType<typeof review>): string[] {
  return r.findings.filter((f) => NEW_RULES.includes(f.ruleId)).map((f) => `${f.ruleId} ${f.address}`).sort();
}

test('levels a reviewer would agree with: notices for what costs a bucket, warnings for what loses evidence', () => {
  expect(Object.fromEntries(RULES.filter((r) => NEW_RULES.includes(r.id)).map((r) => [r.id, r.level]))).toEqual({
    'STO-009': 'info', 'STO-010': 'warning', 'STO-011': 'info', 'STO-012': 'warning',
  });
});

describe('on HCL (examples/storage)', () => {
  const result = review(loadPath(STORAGE)[0]);

  test('the plain bucket breaks each rule once; the graded bucket none', () => {
    expect(found(result)).toEqual([
      'STO-009 tencentcloud_cos_bucket.plain',
      'STO-010 tencentcloud_cos_bucket.plain',
      'STO-011 tencentcloud_cos_bucket.plain',
      'STO-012 tencentcloud_cos_bucket.plain',
    ]);
  });

  test('the messages say what is missing', () => {
    const message = (id: string) => result.findings.find((f) => f.ruleId === id)!.message;
    expect(message('STO-009')).toContain('no access logging');
    expect(message('STO-010')).toContain('no bucket policy denies name/cos:DeleteObject and name/cos:DeleteBucket');
    expect(message('STO-011')).toContain('no enabled replica');
    expect(message('STO-012')).toBe('2 tracks write under the prefix "cloudaudit": tencentcloud_audit_track.plain_cam, tencentcloud_audit_track.plain_cvm');
  });

  test('the Terraform fixes name attributes', () => {
    const fix = (id: string) => result.findings.find((f) => f.ruleId === id)!.fix;
    expect(fix('STO-009')).toContain('log_target_bucket');
    expect(fix('STO-010')).toContain('tencentcloud_cos_bucket_policy');
    expect(fix('STO-011')).toContain('replica_rules');
    expect(fix('STO-012')).toContain('storage_prefix');
  });
});

/** The review of one synthesized stack (cdktf output), as cloudaudit-review reads cdk.tf.json. */
function reviewed(props: Partial<CosDestinationProps> = {}, extra?: (stack: TerraformStack, logs: CosDestination) => void) {
  const stack = new TerraformStack(Testing.app(), 'audit');
  new tencentcloud.provider.TencentcloudProvider(stack, 'tencentcloud', { region: 'ap-guangzhou' });
  const logs = new CosDestination(stack, 'Logs', { bucketName: 'audit-logs', region: 'ap-guangzhou', appId: '1250000000', ...props });
  new AuditTrack(stack, 'Track', { trackName: 'org-audit', destination: logs, checkDeliveryRegion: false });
  extra?.(stack, logs);
  Testing.synth(stack, true);
  return found(review({ name: 'audit', file: 'cdk.tf.json', kind: 'cdktf', resources: fromConfig(stack.toTerraform(), 'cdk.tf.json') }));
}

describe('on the constructs\' output', () => {
  const BUCKET = 'tencentcloud_cos_bucket.Logs_Bucket_8640D480';

  test('a default destination: the deny-delete policy is there (no STO-010), one track (no STO-012); the notices STO-009 and STO-011', () => {
    expect(reviewed()).toEqual([`STO-009 ${BUCKET}`, `STO-011 ${BUCKET}`]);
  });

  test('access logs and a replica in another region: nothing', () => {
    expect(reviewed({
      accessLogs: { bucketName: 'audit-access', existing: true },
      replica: { bucketName: 'audit-replica', region: 'ap-shanghai', role: ROLE, existing: true },
    })).toEqual([]);
  });

  test('denyDelete: false: STO-010', () => {
    expect(reviewed({ denyDelete: false })).toContain(`STO-010 ${BUCKET}`);
  });

  test('a policy that allows instead of denying is no deny (STO-010)', () => {
    expect(reviewed({}, (_s, logs) => logs.bucketPolicy!.addOverride('policy', JSON.stringify({ version: '2.0', statement: [{ effect: 'allow', principal: { qcs: ['qcs::cam::anyone:anyone'] }, action: ['name/cos:DeleteObject'], resource: ['*'] }] }))))
      .toContain(`STO-010 ${BUCKET}`);
  });

  test('the bucket logging into itself (an escape hatch): STO-009', () => {
    const findings = reviewed({ accessLogs: { bucketName: 'audit-access', existing: true } }, (_s, logs) => { logs.bucket.logTargetBucket = 'audit-logs-1250000000'; });
    expect(findings).toContain(`STO-009 ${BUCKET}`);
  });

  test('a replica in the bucket\'s own region: STO-011', () => {
    expect(reviewed({ replica: { bucketName: 'audit-replica', region: 'ap-guangzhou', role: ROLE, existing: true } })).toContain(`STO-011 ${BUCKET}`);
  });

  test('two tracks on one prefix: STO-012; one track per prefix (withPrefix): none', () => {
    expect(reviewed({}, (s, logs) => { new AuditTrack(s, 'Cam', { trackName: 'cam-audit', destination: logs, resourceType: 'cam', checkDeliveryRegion: false }); }))
      .toContain(`STO-012 ${BUCKET}`);
    expect(reviewed({}, (s, logs) => { new AuditTrack(s, 'Cam', { trackName: 'cam-audit', destination: logs.withPrefix('cam'), resourceType: 'cam', checkDeliveryRegion: false }); }))
      .not.toContain(`STO-012 ${BUCKET}`);
  });
});

describe('STO-012 across the stacks of an app', () => {
  /** The review of each stack of `app`, with the others as its app (as AuditChecks and cloudaudit-review on a cdktf.out do). */
  function reviewApp(stacks: TerraformStack[]): Record<string, string[]> {
    const docs = stacks.map((s) => ({ name: s.node.id, file: 'cdk.tf.json', kind: 'cdktf' as const, resources: fromConfig(s.toTerraform(), 'cdk.tf.json') }));
    return Object.fromEntries(docs.map((d) => [d.name, review(d, { app: docs }).findings.filter((f) => f.ruleId === 'STO-012').map((f) => f.message)]));
  }
  function stackIn(app: ReturnType<typeof Testing.app>, id: string, settings: object = {}): TerraformStack {
    const stack = new TerraformStack(app, id);
    new tencentcloud.provider.TencentcloudProvider(stack, 'tencentcloud', { region: 'ap-guangzhou', ...settings });
    return stack;
  }

  test('two team stacks writing a central bucket under one prefix: found on the central bucket, tracks named by construct path', () => {
    const app = Testing.app();
    const storage = stackIn(app, 'storage');
    const archive = new CosDestination(storage, 'Archive', { bucketName: 'central-archive', region: 'ap-guangzhou', appId: '1250000000' });
    const teams = ['payments', 'search'].map((team) => {
      const s = stackIn(app, team);
      new AuditTrack(s, 'Archive', { trackName: `${team}-archive`, destination: archive, checkDeliveryRegion: false });
      return s;
    });
    Testing.synth(storage);
    expect(reviewApp([storage, ...teams]).storage).toEqual(['2 tracks write under the prefix "cloudaudit": payments/Archive/Resource, search/Archive/Resource']);
  });

  test('one bucket name in two accounts, one track each: two buckets, no finding', () => {
    const app = Testing.app();
    const stacks = [['prod', {}], ['sandbox', { profile: 'sandbox' }]].map(([id, settings]) => {
      const s = stackIn(app, id as string, settings as object);
      const logs = new CosDestination(s, 'Logs', { bucketName: 'team-logs', region: 'ap-guangzhou', appId: '1250000000' });
      new AuditTrack(s, 'All', { trackName: 'all-writes', destination: logs, checkDeliveryRegion: false });
      return s;
    });
    expect(reviewApp(stacks)).toEqual({ prod: [], sandbox: [] });
  });
});

describe('a new stack passes them without acknowledgements', () => {
  test('AuditChecks on a default destination and track: no error, no warning; the notices are infos', () => {
    const stack = new TerraformStack(Testing.app(), 'audit');
    new tencentcloud.provider.TencentcloudProvider(stack, 'tencentcloud', { region: 'ap-guangzhou' });
    const logs = new CosDestination(stack, 'Logs', { bucketName: 'audit-logs', region: 'ap-guangzhou' });
    new AuditTrack(stack, 'Track', { trackName: 'org-audit', destination: logs });
    Aspects.of(stack).add(new AuditChecks({ reports: false }));
    Testing.synth(stack, true);
    const of = (type: string) => stack.node.findAll().flatMap((c) => c.node.metadata).filter((m) => m.type === type).map((m) => String(m.data));
    expect(of('@cdktf/error')).toEqual([]);
    expect(of('@cdktf/warn')).toEqual([]);
    expect(of('@cdktf/info').map((m) => /^\[([A-Z]+-[0-9]+)\]/.exec(m)?.[1]).sort()).toEqual(['STO-008', 'STO-009', 'STO-011']);
  });
});
