/**
 * The error catalogue in docs/errors.md: one row per code of ERROR_CODES (the rule registry, src/rules) with an
 * example message produced by actually triggering it, through the public constructs where they
 * reach it, else through the rule function or the review command. test/error-catalogue.test.ts
 * regenerates the table in memory and fails when the committed copy differs, or when a code has no
 * trigger here.
 *
 * Regenerate the block: npx ts-node --project test/tsconfig.json scripts/error-catalogue.ts
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { AnnotationMetadataEntryType, Testing, TerraformStack, Token } from 'cdktf';
import {
  AuditChecks, AuditEventRule, AuditTrack, ClsAlarm, ClsDestination, ClsIndex, CloudAuditAccount, CloudAuditServiceRole, CosDestination,
  CosEncryption, CosStorageClass, Detection, IAuditDestination, OrgWideTrack, SensitiveOperations, tencentcloud,
} from '../src';
import { ERROR_CODES, formatViolation, Violation } from '../src/rules/errors';
import { serviceEventBusNotFoundMessage } from '../src/rules/eventbridge';
import { cosRegionNotEnabledMessage, resolveQuota } from '../src/rules/live-checks';
import { main as importMain } from '../src/import/cli';
import { findRule } from '../src/rules/index';
import { main as reviewMain } from '../src/review/cli';

export const CATALOGUE_FILE = path.join(__dirname, '..', 'docs', 'errors.md');
export const START = '<!-- error-codes:start -->';
export const END = '<!-- error-codes:end -->';
export const REGENERATE = 'npx ts-node --project test/tsconfig.json scripts/error-catalogue.ts';

// ---------------------------------------------------------------- triggers

/** A replica of another region, adopted (no second provider needed). */
const REPLICA = { bucketName: 'audit-replica', region: 'ap-shanghai', role: 'qcs::cam::uin/100000000001:uin/100000000001', existing: true };

/** A stack with a provider in `region`; `null`: a provider without region. */
function stack(region: string | null = 'ap-hongkong'): TerraformStack {
  const s = new TerraformStack(Testing.app(), 'example');
  new tencentcloud.provider.TencentcloudProvider(s, 'tencentcloud', region === null ? {} : { region });
  return s;
}
function cos(s: TerraformStack, props: object = {}): IAuditDestination {
  return new CosDestination(s, 'Logs', { bucketName: 'audit-logs', region: 'ap-hongkong', appId: '1250000000', ...props } as any);
}
function track(props: object, s = stack()): void {
  new AuditTrack(s, 'Track', { trackName: 'org-audit', destination: cos(s), ...props } as any);
}
function cls(props: object, region = 'ap-hongkong'): ClsDestination {
  return new ClsDestination(stack(region), 'Events', { region, logsetName: 'cloudaudit', topicName: 'events', ...props } as any);
}
/** The message of the error `fn` throws (constructor-time or synth-time). */
function thrown(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('nothing was thrown');
}
/** The first warning annotation of a synthesized stack carrying `code`. */
function warning(code: string, build: (s: TerraformStack) => void, region: string | null = 'ap-hongkong'): string {
  const s = stack(region);
  build(s);
  Testing.synth(s, true);
  const found = s.node.findAll().flatMap((c) => c.node.metadata).filter((m) => m.type === AnnotationMetadataEntryType.WARN).map((m) => String(m.data)).find((m) => m.includes(`[${code} `));
  if (!found) throw new Error(`no ${code} warning`);
  return found;
}
function violation(vs: Violation[]): string {
  if (vs.length === 0) throw new Error('the rule found nothing');
  return formatViolation(vs[0]);
}
/** stderr of the review command on `argv` (files created in a temp dir by `setup`). */
function review(setup: (dir: string) => string[]): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'catalogue-'));
  try {
    let err = '';
    const exitCode = process.exitCode;
    reviewMain(setup(dir), { stdout: () => undefined, stderr: (t) => { err += t; } });
    process.exitCode = exitCode;
    return err.trim().split(dir).join('<dir>');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
/** stderr of cloudaudit-import on `argv` (files created in a temp dir by `setup`). */
function importCli(setup: (dir: string) => string[]): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'catalogue-'));
  try {
    let err = '';
    const exitCode = process.exitCode;
    importMain(setup(dir), { stdout: () => undefined, stderr: (t) => { err += t; } });
    process.exitCode = exitCode;
    return err.trim().split(dir).join('<dir>');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
/** One entry of DescribeAuditTracks' Tracks. */
function importedTrack(over: object = {}): object {
  return {
    Name: 'console-track', ActionType: '*', ResourceType: '*', Status: 1, EventNames: ['*'], TrackId: 24283,
    Storage: { StorageType: 'cos', StorageRegion: 'ap-guangzhou', StorageName: 'audit-logs', StoragePrefix: 'cloudaudit' }, ...over,
  };
}
function file(dir: string, name: string, content: string | Buffer): string {
  const p = path.join(dir, name);
  fs.mkdirSync(path.dirname(p), { recursive: true });
  fs.writeFileSync(p, content);
  return p;
}

/**
 * code → how to make the library say it, through the constructs where they reach it. A rule without
 * an entry here uses its `example` input (src/rules: `defineRule({ …, example })`).
 */
export const TRIGGERS: Record<string, () => string> = {
  CA001: () => thrown(() => track({ trackName: 42 })),
  CA101: () => thrown(() => track({ trackName: 'ab' })),
  CA102: () => thrown(() => { const s = stack(); const d = cos(s); new AuditTrack(s, 'A', { trackName: 'org-audit', destination: d }); new AuditTrack(s, 'B', { trackName: 'org-audit', destination: d }); }),
  CA103: () => thrown(() => track({ actionType: 'read' })),
  CA104: () => thrown(() => track({ resourceType: 'CVM' })),
  CA105: () => thrown(() => track({ resourceType: '*', eventNames: ['DeleteUser'] })),
  CA106: () => thrown(() => track({ resourceType: 'cam', eventNames: Array.from({ length: 11 }, (_, i) => `Api${i}`) })),
  CA107: () => thrown(() => track({ resourceType: 'cam', eventNames: ['*', 'DeleteUser'] })),
  CA108: () => thrown(() => track({ resourceType: 'cam', eventNames: ['Delete User'] })),
  CA109: () => thrown(() => track({ resourceType: 'cam', eventNames: ['DeleteUser', 'DeleteUser'] })),
  CA110: () => thrown(() => { const s = stack(); new AuditTrack(s, 'Track', { trackName: 'org-audit', destination: {} as any }); }),
  CA111: () => thrown(() => track({ resourceType: 'cam', selectors: [{ resourceType: 'cvm' }] })),
  CA112: () => thrown(() => track({ selectors: [{ resourceType: '*' }, { resourceType: 'cam' }] })),
  CA113: () => thrown(() => track({ selectors: [{ resourceType: 'cam', eventNames: ['DeleteUser'] }, { resourceType: 'cam', eventNames: ['CreateUser'] }] })),
  CA114: () => thrown(() => { const s = stack(); const t = new AuditTrack(s, 'Track', { trackName: 'org-audit', destination: cos(s), resourceType: 'cam' }); t.resource.addOverride('tags.team', 'audit'); t.addSelector({ resourceType: 'cvm' }); }),
  CA117: () => thrown(() => { const s = stack(); const t = new AuditTrack(s, 'Track', { trackName: 'org-audit', destination: cos(s) }); t.resource.addOverride('lifecycle.create_before_destroy', true); Testing.synth(s, true); }),
  CA118: () => thrown(() => track({ resourceType: '*', eventNames: ['DeleteUser'], keepImported: [{ id: 'CA105', reason: 'kept as the console made it' }] })),
  CA201: () => thrown(() => cos(stack(), { bucketName: 'Audit_Logs' })),
  CA202: () => thrown(() => cos(stack(), { bucketName: 'a'.repeat(50) })),
  CA203: () => thrown(() => cos(stack(), { bucketName: 'audit-logs-1250000000' })),
  CA204: () => thrown(() => cos(stack(), { appId: '125000' })),
  CA205: () => thrown(() => cos(stack(), { prefix: 'audit/logs' })),
  CA206: () => thrown(() => cos(stack(), { kmsKeyId: 'key-123' })),
  CA207: () => thrown(() => cos(stack(), { retentionDays: 0 })),
  CA208: () => thrown(() => cos(stack(), { retentionDays: 30 })),
  CA209: () => thrown(() => cos(stack(), { objectLockDays: 40000 })),
  CA210: () => thrown(() => { const s = stack(); cos(s); new CosDestination(s, 'Again', { bucketName: 'audit-logs', region: 'ap-hongkong', appId: '1250000000' }); }),
  CA211: () => thrown(() => cos(stack(), { retentionDays: 365, objectLockDays: 400 })),
  CA301: () => thrown(() => cls({ retentionDays: 3700 })),
  CA302: () => thrown(() => cls({ hotPeriodDays: 3 })),
  CA303: () => thrown(() => cls({ topicName: 'cls_service_log' })),
  CA304: () => thrown(() => cls({ logsetName: 'audit|logs' })),
  CA305: () => thrown(() => ClsDestination.fromTopicId(stack(), 'Topic', { topicId: '', region: 'ap-hongkong' })),
  CA212: () => thrown(() => cos(stack(), { accessLogs: { bucketName: 'audit-access', prefix: '' } })),
  CA213: () => thrown(() => cos(stack(), { accessLogs: { bucketName: 'audit-logs' } })),
  CA214: () => thrown(() => cos(stack(), { versioned: false, replica: REPLICA })),
  CA215: () => thrown(() => cos(stack(), { replica: { ...REPLICA, role: 'root' } })),
  CA216: () => thrown(() => cos(stack(), { replica: { ...REPLICA, bucketName: 'audit-logs', region: 'ap-hongkong' } })),
  CA217: () => thrown(() => cos(stack('ap-tokyo'), { region: 'ap-tokyo', multiAz: true })),
  CA218: () => thrown(() => cos(stack(), { multiAz: true, versioned: false })),
  CA219: () => thrown(() => cos(stack(), { retentionDays: 365, transitions: [{ days: 400, storageClass: CosStorageClass.ARCHIVE }] })),
  CA220: () => thrown(() => cos(stack(), { multiAz: true, transitions: [{ days: 30, storageClass: CosStorageClass.ARCHIVE }] })),
  CA221: () => thrown(() => cos(stack(), { encryption: CosEncryption.KMS, kmsKeyId: 'key-1', kmsKeyRegion: 'ap-guangzhou' })),
  CA222: () => thrown(() => { const s = stack(); new AuditTrack(s, 'Track', { trackName: 'org-audit', destination: cos(s, { compress: true }), selectors: [{ resourceType: 'cam' }, { resourceType: 'cvm' }] }); }),
  CA223: () => warning('CA223', (s) => { const d = cos(s); new AuditTrack(s, 'A', { trackName: 'org-audit', destination: d }); new AuditTrack(s, 'B', { trackName: 'cam-audit', destination: d, resourceType: 'cam' }); }),
  CA224: () => thrown(() => cos(stack(), { breakGlassPrincipal: 'admin' })),
  CA225: () => warning('CA225', (s) => { cos(s, { replica: { ...REPLICA, region: 'ap-hongkong' } }); }),
  CA226: () => thrown(() => cos(stack(), { encryption: CosEncryption.KMS, kmsKeyId: 'key-1', replica: REPLICA })),
  CA227: () => thrown(() => cos(stack(), { multiAz: true, objectLockDays: 365 })),
  CA228: () => warning('CA228', (s) => { cos(s, { objectLockDays: 365, replica: REPLICA }); }),
  CA306: () => thrown(() => cls({ prefix: ' ' })),
  CA307: () => thrown(() => cls({ partitionCount: 11 })),
  CA308: () => thrown(() => cls({ partitionCount: 4, maxSplitPartitions: 2 })),
  CA309: () => thrown(() => cls({ storageType: 'cold', retentionDays: 3, allowShortRetention: true })),
  CA310: () => thrown(() => cls({ encrypted: true })),
  CA311: () => thrown(() => cls({ encrypted: false, kmsKey: { keyId: 'key-1', region: 'ap-hongkong' } })),
  CA401: () => thrown(() => cos(stack(), { region: 'ap-guangzhuo' })),
  CA402: () => thrown(() => { const s = stack('ap-shanghai'); cos(s); Testing.synth(s, true); }),
  CA404: () => thrown(() => { const s = new TerraformStack(Testing.app(), 'example'); new tencentcloud.provider.TencentcloudProvider(s, 'hk', { region: 'ap-hongkong', alias: 'hk' }); cos(s); Testing.synth(s, true); }),
  CA405: () => thrown(() => { const s = stack(); new tencentcloud.provider.TencentcloudProvider(s, 'second', { region: 'ap-shanghai' }); cos(s); Testing.synth(s, true); }),
  CA406: () => thrown(() => { const s = stack(); CloudAuditAccount.assign(s.node.children.find((c) => c instanceof tencentcloud.provider.TencentcloudProvider) as tencentcloud.provider.TencentcloudProvider, ' '); }),
  CA451: () => warning('CA451', (s) => { new AuditTrack(s, 'Track', { trackName: 'org-audit', destination: CosDestination.fromExistingBucket(s, 'Logs', { bucketName: 'audit-logs', region: 'na-ashburn' }) }); }, 'na-ashburn'),
  CA452: () => warning('CA452', (s) => { CosDestination.fromExistingBucket(s, 'Logs', { bucketName: 'audit-logs', region: 'ap-mumbai' }); }),
  CA453: () => warning('CA453', (s) => { new CosDestination(s, 'Logs', { bucketName: 'audit-logs', region: 'ap-hongkong', appId: '1250000000' }); }, null),
  CA501: () => thrown(() => { const s = stack(); new OrgWideTrack(s, 'Org', { trackName: 'org-wide', destination: cos(s), storageAccountId: 'abc', storageAppId: '1250000001' }); }),
  CA502: () => thrown(() => { const s = stack(); new OrgWideTrack(s, 'Org', { trackName: 'org-wide', destination: cos(s), storageAccountId: '100012345678', storageAppId: '12' }); }),
  CA503: () => thrown(() => { const s = stack(); new OrgWideTrack(s, 'Org', { trackName: 'org-wide', destination: cos(s), storageAccountId: '100012345678' }); }),
  CA504: () => thrown(() => {
    const s = stack();
    const archive = new tencentcloud.provider.TencentcloudProvider(s, 'archive', { alias: 'archive', region: 'ap-guangzhou', assumeRole: [{ roleArn: 'qcs::cam::uin/200000000002:roleName/Archive', sessionName: 'tf', sessionDuration: 3600 }] });
    new AuditTrack(s, 'Track', { trackName: 'org-audit', destination: cos(s, { provider: archive }) });
    Testing.synth(s, true);
  }),
  CA601: () => thrown(() => { const s = stack(); AuditChecks.acknowledge(s, { id: 'COV-001', reason: 'ok' }); }),
  CA602: () => thrown(() => { const s = stack(); AuditChecks.acknowledge(s, { id: 'NOPE-1', reason: 'sandbox account, logs copied nightly' }); }),
  CA603: () => review(() => ['--quota', '0', 'plan.json']),
  CA610: () => review((d) => [path.join(d, 'missing.json')]),
  CA611: () => review((d) => [file(d, 'plan.json', '{ not json')]),
  CA612: () => review((d) => [file(d, 'plan.json', Buffer.from([0x7b, 0x00, 0x7d]))]),
  CA613: () => review((d) => { const p = file(d, 'plan.json', '{}'); fs.truncateSync(p, 257 * 1024 * 1024); return [p]; }),
  CA614: () => review((d) => [d]),
  CA615: () => review((d) => [file(d, 'plan.json', '{"hello": "world"}')]),
  CA616: () => review(() => ['--no-such-option']),
  CA617: () => review((d) => [file(d, 'main.tf.json', '{"resource": {"tencentcloud_cos_bucket": {"logs": {"bucket": "audit-logs-1250000000"}}}}'), '-o', path.join(d, 'missing-dir', 'review.html')]),
  CA618: () => review((d) => [file(d, 'plan.json', '{}'), '--baseline', file(d, 'baseline.json', '{"accepted": []}')]),
  CA620: () => review((d) => { file(d, 'main.tf', 'resource "tencentcloud_audit_track" "all" {\n  name =\n}\n'); return [d]; }),
  CA621: () => review((d) => { file(d, 'main.tf', 'variable "region" {}\n'); return [d, '--var-file', path.join(d, 'missing.tfvars')]; }),
  CA622: () => review((d) => { file(d, 'main.tf', 'variable "region" {}\n'); return [d, '--var', 'regoin=ap-guangzhou']; }),
  CA623: () => review((d) => { file(d, 'main.tf', 'module "cos" {\n  source = "tencentcloudstack/cos/tencentcloud"\n}\n'); return [d]; }),
  CA630: () => review((d) => { file(d, 'main.tf', 'resource "tencentcloud_cos_bucket" "b" {\n  count  = 1e9\n  bucket = "audit-logs-1250000000"\n}\n'); return [d]; }),
  CA631: () => review((d) => { file(d, 'main.tf', `locals {\n  x = ${'!'.repeat(20_000)}true\n}\n`); return [d]; }),
  CA632: () => review((d) => { fs.mkdirSync(path.join(d, 'tf')); fs.symlinkSync(file(d, 'secret.json', '{"resource": {}}'), path.join(d, 'tf', 'main.tf.json')); return [path.join(d, 'tf')]; }),
  CA633: () => review((d) => { const plan = file(d, 'plan.json', '{"format_version": "1.2", "planned_values": {"root_module": {}}}'); return [plan, '-o', plan]; }),
  CA634: () => review((d) => { file(d, 'main.tf', 'variable "region" {}\n'); execFileSync('mkfifo', [path.join(d, 'terraform.tfvars')]); return [d]; }),
  CA640: () => review((d) => { file(d, 'main.tf', 'variable "region" {}\n'); return [d, '--var-file', file(d, 'prod.tfvars', 'region = "ap-guangzhou"\nregoin = "ap-shanghai"\n')]; }),
  CA641: () => review((d) => [d, '--config', file(d, '.cloudaudit-review.yml', 'fail-on: fatal\n')]),
  CA642: () => review((d) => {
    file(d, 'audit/main.tf', 'resource "tencentcloud_cos_bucket" "logs" {\n  bucket = "audit-logs-1250000000"\n}\n');
    file(d, 'app/main.tf', 'resource "tencentcloud_cos_bucket" "app" {\n  bucket = "app-1250000000"\n}\n');
    return [d];
  }),
  CA728: () => thrown(() => { const s = stack(); new AuditEventRule(s, 'Rule', { ruleName: 'audit-rule', eventBusId: 'eb-12345678', products: Token.asList('${var.products}') }); }),
  CA729: () => thrown(() => { const s = stack(); new ClsDestination(s, 'Events', { region: 'ap-hongkong', logsetName: 'cloudaudit', topicName: 'events' }).addAlarm('Alarm', { alarmName: 'custom', preset: SensitiveOperations.custom('*', 'everything', ['DeleteUser']), noticeIds: ['notice-1'] }); }),
  CA711: () => warning('CA711', (s) => { const d = new ClsDestination(s, 'Events', { region: 'ap-hongkong', logsetName: 'cloudaudit', topicName: 'events' }); new AuditTrack(s, 'Track', { trackName: 'cvm-writes', destination: d, resourceType: 'cvm', eventNames: ['*'] }); d.addAlarm('Keys', { alarmName: 'cam-key-changes', preset: SensitiveOperations.CAM_KEY_CHANGES, noticeIds: ['notice-1'] }); }),
  CA712: () => warning('CA712', (s) => { new ClsAlarm(s, 'Keys', { alarmName: 'cam-key-changes', logsetId: 'ls-1', topicId: 'tp-1', preset: SensitiveOperations.CAM_KEY_CHANGES, noticeIds: ['notice-1'] }); }),
  CA713: () => thrown(() => { const s = stack(); const d = new ClsDestination(s, 'Events', { region: 'ap-hongkong', logsetName: 'cloudaudit', topicName: 'events' }); new AuditTrack(s, 'Track', { trackName: 'cam-only', destination: d, resourceType: 'cam', eventNames: ['*'] }); d.addAlarm('Trail', { alarmName: 'audit-trail-changes', detection: Detection.AUDIT_TRAIL_CHANGES, noticeIds: ['notice-1'] }); Testing.synth(s, true); }),
  CA714: () => thrown(() => cls({}).addAlarm('Outside', { alarmName: 'outside', detection: Detection.callsFromOutsideNetworks({ allowedCidrs: ['10.0.0.1/8'] }), noticeIds: ['notice-1'] })),
  CA715: () => thrown(() => cls({}).addAlarm('Outside', { alarmName: 'outside', detection: Detection.callsFromOutsideNetworks({ allowedCidrs: [] }), noticeIds: ['notice-1'] })),
  CA716: () => thrown(() => cls({}).addAlarm('Denied', { alarmName: 'denied', detection: Detection.deniedCalls({ threshold: 0 }), noticeIds: ['notice-1'] })),
  CA717: () => thrown(() => cls({}).addAlarm('Custom', { alarmName: 'custom', detection: Detection.custom({ title: 'CAM deletions', product: 'cam', eventNames: ['DeleteUsers'] }), noticeIds: ['notice-1'] })),
  CA718: () => thrown(() => cls({}).addAlarm('Custom', { alarmName: 'custom', detection: Detection.custom({ title: 'Deletions', eventNames: ['DeleteUser'] }), noticeIds: ['notice-1'] })),
  CA719: () => thrown(() => new ClsIndex(stack(), 'Index', { topicId: 'tp-1', fields: [{ key: 'event name' }] })),
  CA730: () => thrown(() => new AuditEventRule(stack('ap-guangzhou'), 'Rule', { ruleName: 'denied-calls', eventBusId: 'eb-12345678', detection: Detection.deniedCalls() })),
  CA751: () => warning('CA751', (s) => { new AuditEventRule(s, 'Rule', { ruleName: 'audit-rule', eventBusId: 'eb-12345678', products: ['cam'] }); }),
  CA801: () => thrown(() => { const s = stack(); new CloudAuditServiceRole(s, 'A'); new CloudAuditServiceRole(s, 'B'); }),
  CA752: () => serviceEventBusNotFoundMessage('example/Rule'),
  CA821: () => cosRegionNotEnabledMessage('ap-hongkong', 'example/Track'),
  CA831: () => violation(resolveQuota('five').violations),
  CA851: () => warning('CA851', (s) => { const d = cos(s); for (let i = 0; i < 6; i++) new AuditTrack(s, `T${i}`, { trackName: `track-${i}`, destination: d }); }),
  // cloudaudit-import and the import props (docs/import.md).
  CA900: () => thrown(() => track({ importTrackId: 'track-24283' })),
  CA901: () => thrown(() => new CosDestination(stack(), 'Logs', { bucketName: 'audit-logs', region: 'ap-hongkong', importExisting: true })),
  CA902: () => thrown(() => cls({ importTopicId: '2f5764c1-c833-44a0-8a33-8e0ef2b6d2ba' })),
  CA910: () => importCli(() => ['--no-such-option']),
  CA911: () => importCli((d) => [path.join(d, 'missing.json')]),
  CA912: () => importCli((d) => [file(d, 'tracks.json', '{ not json')]),
  CA913: () => importCli((d) => [file(d, 'tracks.json', '{"resource": {}}')]),
  CA914: () => importCli((d) => [file(d, 'tracks.json', '{"Response": {"Tracks": [], "TotalCount": 0}}')]),
  CA915: () => importCli((d) => [file(d, 'tracks.json', JSON.stringify({ Tracks: [importedTrack({ Storage: { StorageType: 'ckafka', StorageRegion: 'ap-guangzhou', StorageName: 'ckafka-abc/audit', StoragePrefix: 'cloudaudit' } })] }))]),
  CA916: () => importCli((d) => [file(d, 'tracks.json', JSON.stringify({ Tracks: [importedTrack({ Name: 42 })] }))]),
  CA917: () => importCli((d) => [file(d, 'tracks.json', JSON.stringify({ Tracks: [importedTrack({ ResourceType: '', ActionType: '', EventNames: [] })] }))]),
  CA918: () => importCli((d) => [file(d, 'tracks.json', JSON.stringify({ Tracks: [importedTrack()] })), '-o', path.join(d, 'missing-dir', 'tracks.ts')]),
  CA919: () => importCli((d) => [file(d, 'tracks.json', JSON.stringify({ Tracks: [importedTrack({ ActionType: 'write' })] }))]),
  CA920: () => importCli((d) => [file(d, 'tracks.json', JSON.stringify({ Tracks: [importedTrack({ CreateTime: '2024-03-18 10:21:07'.repeat(100) })] }))]),
  CA921: () => importCli((d) => { const list = file(d, 'tracks.json', JSON.stringify({ Tracks: [importedTrack()] })); return [list, '-o', list]; }),
  CA930: () => importCli((d) => [file(d, 'tracks.json', JSON.stringify({ Tracks: [importedTrack({ Storage: { StorageType: 'cos', StorageRegion: 'ap-guangzhou', StorageName: 'archive-logs', StoragePrefix: 'cloudaudit', StorageAccountId: '100012345678', StorageAppId: '1250000001' } })] }))]),
};

// ---------------------------------------------------------------- table

/** Drops the " Rule: … (source: …)." part, which the table shows in its own columns. */
function shorten(message: string): string {
  return message.replace(/ Rule: .*? \(source: [^)]*(\([^)]*\)[^)]*)*\)\./, '');
}

function cell(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

/** The markdown table, and the codes that have no trigger or whose trigger failed. */
export function buildCatalogue(): { markdown: string; missing: string[]; failed: string[] } {
  const missing: string[] = [];
  const failed: string[] = [];
  const rows: string[] = [];
  for (const [code, info] of Object.entries(ERROR_CODES).sort(([a], [b]) => a.localeCompare(b))) {
    let example: string;
    const rule = findRule(code);
    const trigger = TRIGGERS[code] ?? (rule?.example !== undefined ? () => violation(rule.check(rule.example)) : undefined);
    if (!trigger) {
      missing.push(code);
      example = '(no example yet)';
    } else {
      try {
        // A synth-time validation lists its errors one per line: keep the line with this code.
        const message = trigger();
        example = shorten(message.split('\n').find((l) => l.includes(`[${code}`))?.trim() ?? message);
        if (!example.includes(code)) throw new Error(`the message does not carry ${code}: ${example}`);
      } catch (e) {
        failed.push(`${code}: ${(e as Error).message.split('\n')[0]}`);
        example = '(trigger failed)';
      }
    }
    rows.push(`| ${code} | ${info.name} | ${info.level} | ${cell(info.rule)} | ${cell(info.source)} | ${cell(example)} |`);
  }
  const markdown = [
    `Every code the library raises (generated by \`${REGENERATE}\`; a test fails if this table is stale).`,
    'Each message also states the rule and its source, left out of the example column here.',
    '',
    '| code | name | level | rule | source | example message |',
    '|---|---|---|---|---|---|',
    ...rows,
  ].join('\n');
  return { markdown, missing, failed };
}

/** The catalogue page's text with the block between the markers replaced. */
export function withCatalogue(readme: string, markdown: string): string | undefined {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) return undefined;
  return `${readme.slice(0, start + START.length)}\n${markdown}\n${readme.slice(end)}`;
}

function main(): void {
  const { markdown, missing, failed } = buildCatalogue();
  const page = fs.existsSync(CATALOGUE_FILE) ? fs.readFileSync(CATALOGUE_FILE, 'utf8') : `# Error codes\n\n${START}\n${END}\n`;
  const updated = withCatalogue(page, markdown);
  if (updated === undefined) {
    process.stderr.write(`${CATALOGUE_FILE}: no ${START} … ${END} block; add the two markers where the table goes\n`);
    process.exitCode = 1;
    return;
  }
  fs.writeFileSync(CATALOGUE_FILE, updated);
  process.stdout.write(`updated the error catalogue in ${path.relative(process.cwd(), CATALOGUE_FILE)}\n`);
  for (const c of missing) process.stderr.write(`no example trigger for ${c}: add one to TRIGGERS in scripts/error-catalogue.ts\n`);
  for (const f of failed) process.stderr.write(`trigger failed: ${f}\n`);
  if (missing.length || failed.length) process.exitCode = 1;
}

if (require.main === module) main();
