import { inspect } from 'util';
import { TerraformStack, Token } from 'cdktf';
import { AuditTrack, CloudAuditErrors, CosDestination, CosEncryption, StorageType, tencentcloud } from '../src';
import { expectCode, newStack, only, resourcesOf, synth, warningsOf } from './support';
import { review } from '../src/review/engine';
import { fromConfig } from '../src/review/normalize';

const base = { bucketName: 'audit-logs', region: 'ap-guangzhou' };

function bucketOf(props: Partial<ConstructorParameters<typeof CosDestination>[2]> = {}, stack?: TerraformStack): any {
  const s = stack ?? newStack().stack;
  new CosDestination(s, 'Logs', { ...base, ...props });
  return only(synth(s), 'tencentcloud_cos_bucket');
}

describe('CosDestination defaults (never lose a log)', () => {
  const { stack } = newStack();
  const d = new CosDestination(stack, 'Logs', base);
  const doc = synth(stack);
  const bucket = only(doc, 'tencentcloud_cos_bucket');

  test('private ACL', () => expect(bucket.acl).toBe('private'));
  test('versioning on', () => expect(bucket.versioning_enable).toBe(true));
  test('server-side encryption AES256', () => expect(bucket.encryption_algorithm).toBe('AES256'));
  test('no force-clean', () => expect(bucket.force_clean).toBe(false));
  test('prevent_destroy', () => expect(bucket.lifecycle).toEqual({ prevent_destroy: true }));
  test('no expiry', () => expect(bucket.lifecycle_rules).toBeUndefined());
  test('no object lock', () => expect(bucket.object_lock_configuration).toBeUndefined());
  test('prefix cloudaudit', () => expect(d.storagePrefix).toBe('cloudaudit'));
  test('APPID read from tencentcloud_user_info when omitted', () => {
    only(doc, 'tencentcloud_user_info', 'data');
    expect(bucket.bucket).toMatch(/^audit-logs-\$\{data\.tencentcloud_user_info\.[A-Za-z0-9_]+\.app_id\}$/);
  });
  test('hands the track the name WITHOUT the APPID, the bucket WITH it', () => {
    expect(d.storageName).toBe('audit-logs');
    expect(d.storageType).toBe(StorageType.COS);
    expect(d.createsStorage).toBe(true);
    expect(d.dependables).toEqual([d.bucket]);
  });
});

describe('CosDestination props', () => {
  test('literal appId names the bucket, no data source', () => {
    const { stack } = newStack();
    new CosDestination(stack, 'Logs', { ...base, appId: '1250000000' });
    const doc = synth(stack);
    expect(only(doc, 'tencentcloud_cos_bucket').bucket).toBe('audit-logs-1250000000');
    expect(resourcesOf(doc, 'tencentcloud_user_info', 'data')).toHaveLength(0);
  });
  test('KMS encryption with a key', () => {
    const b = bucketOf({ encryption: CosEncryption.KMS, kmsKeyId: 'key-123' });
    expect(b).toMatchObject({ encryption_algorithm: 'KMS', kms_id: 'key-123' });
  });
  test('SM4 encryption', () => expect(bucketOf({ encryption: CosEncryption.SM4 }).encryption_algorithm).toBe('SM4'));
  test('versioning can be turned off', () => expect(bucketOf({ versioned: false }).versioning_enable).toBe(false));
  test('retentionDays expires current and noncurrent versions under the prefix', () => {
    const b = bucketOf({ retentionDays: 400 });
    expect(b.lifecycle_rules).toEqual([{
      id: 'cloudaudit-retention',
      filter_prefix: 'cloudaudit/',
      expiration: { days: 400 },
      non_current_expiration: { non_current_days: 400 },
    }]);
  });
  test('180 days needs no opt-in', () => expect(bucketOf({ retentionDays: 180 }).lifecycle_rules[0].expiration.days).toBe(180));
  test('short retention with the opt-in', () => {
    expect(bucketOf({ retentionDays: 30, allowShortRetention: true }).lifecycle_rules[0].expiration.days).toBe(30);
  });
  test('object lock', () => {
    expect(bucketOf({ objectLockDays: 365 }).object_lock_configuration).toEqual({ enabled: true, rule: { days: 365 } });
  });
  test('preventDestroy and forceClean opt-outs for sandboxes', () => {
    const b = bucketOf({ preventDestroy: false, forceClean: true });
    expect(b.lifecycle).toEqual({ prevent_destroy: false });
    expect(b.force_clean).toBe(true);
  });
  test('tags and a custom prefix', () => {
    const { stack } = newStack();
    const d = new CosDestination(stack, 'Logs', { ...base, prefix: 'audit2026', tags: { team: 'sec' } });
    expect(d.storagePrefix).toBe('audit2026');
    expect(only(synth(stack), 'tencentcloud_cos_bucket').tags).toEqual({ team: 'sec' });
  });
});

describe('rule 3: COS naming', () => {
  test.each(['abc', 'a', 'a-b-c', 'a'.repeat(49), 'logs2026'])('accepts bucketName %p', (n) => {
    expect(() => bucketOf({ bucketName: n })).not.toThrow();
  });
  test.each(['Audit', 'audit_logs', '-audit', 'audit-', 'aud it', ''])('refuses bucketName %p (CA201)', (n) => {
    expectCode(() => bucketOf({ bucketName: n }), 'CA201');
  });
  test('refuses 50 characters (CA202): <name>-<appid> must fit 60', () => {
    const e = expectCode(() => bucketOf({ bucketName: 'a'.repeat(50) }), 'CA202');
    expect(e.message).toContain('at most 49');
  });
  test('issue #10 item 7: a 10-digit suffix that is not the given appId is accepted', () => {
    expect(bucketOf({ bucketName: 'audit-1767225600', appId: '1250000000' }).bucket).toBe('audit-1767225600-1250000000');
  });
  test('issue #10 item 7: the review agrees when the bucket in the plan shows another APPID', () => {
    const { stack } = newStack();
    const d = new CosDestination(stack, 'Logs', { bucketName: 'audit-1767225600', region: 'ap-guangzhou', appId: '1250000000' });
    new AuditTrack(stack, 'T', { trackName: 'track', destination: d });
    synth(stack);
    const codes = (doc: any) => review({ name: 't', file: 'cdk.tf.json', kind: 'cdktf', resources: fromConfig(doc, 'cdk.tf.json') }).findings.map((f) => f.code);
    const doc: any = stack.toTerraform();
    expect(codes(doc)).not.toContain('CA203');
    delete doc.resource.tencentcloud_cos_bucket;
    expect(codes(doc)).toContain('CA203');
  });
  test('a suffix equal to the given appId is still refused (CA203)', () => {
    expectCode(() => bucketOf({ bucketName: 'audit-1250000000', appId: '1250000000' }), 'CA203');
  });
  test('without appId the suffix is refused, and the fix says how to keep it (CA203)', () => {
    const e = expectCode(() => bucketOf({ bucketName: 'audit-1767225600' }), 'CA203');
    expect(e.message).toContain('pass your appId and the name is accepted');
  });
  test('refuses a name with the APPID suffix (CA203) and says to remove it', () => {
    const e = expectCode(() => bucketOf({ bucketName: 'audit-logs-1250000000' }), 'CA203');
    expect(e.message).toContain('remove the APPID suffix: bucketName "audit-logs"');
  });
  test.each(['1250000000', '0000000001'])('accepts appId %p', (a) => expect(() => bucketOf({ appId: a })).not.toThrow());
  test.each(['125000000', '12500000000', 'abcdefghij', ''])('refuses appId %p (CA204)', (a) => {
    expectCode(() => bucketOf({ appId: a }), 'CA204');
  });
  test.each(['abc', 'a'.repeat(40), 'Audit2026'])('accepts prefix %p', (p) => expect(() => bucketOf({ prefix: p })).not.toThrow());
  test.each(['ab', 'a'.repeat(41), 'audit/logs', 'audit-logs', ''])('refuses prefix %p (CA205)', (p) => {
    expectCode(() => bucketOf({ prefix: p }), 'CA205');
  });
  test('issue #10 item 3: refuses the same bucket created by two stacks of one account (CA210)', () => {
    const { app, stack } = newStack();
    new CosDestination(stack, 'A', { ...base, appId: '1250000000' });
    const other = new TerraformStack(app, 'other');
    new tencentcloud.provider.TencentcloudProvider(other, 'tencentcloud', { region: 'ap-guangzhou' });
    const e = expectCode(() => new CosDestination(other, 'A', { ...base, appId: '1250000000' }), 'CA210');
    expect(e.message).toContain('already created by test/A in the account of the default credentials');
  });
  test('accepts the same bucket name in two accounts', () => {
    const { app, stack } = newStack();
    new CosDestination(stack, 'A', base);
    const other = new TerraformStack(app, 'other');
    new tencentcloud.provider.TencentcloudProvider(other, 'tencentcloud', { region: 'ap-guangzhou', profile: 'sandbox' });
    expect(() => new CosDestination(other, 'A', base)).not.toThrow();
  });
  test('refuses two destinations creating the same bucket (CA210)', () => {
    const { stack } = newStack();
    new CosDestination(stack, 'A', base);
    expectCode(() => new CosDestination(stack, 'B', base), 'CA210');
  });
  test('skips token names', () => {
    expect(() => bucketOf({ bucketName: Token.asString({ Ref: 'n' }) })).not.toThrow();
  });
});

describe('COS encryption, retention and object-lock rules', () => {
  test('KMS without key uses the default KMS key (the provider: "If not specified, the default kms id is used")', () => {
    const b = bucketOf({ encryption: CosEncryption.KMS });
    expect(b.encryption_algorithm).toBe('KMS');
    expect(b.kms_id).toBeUndefined();
  });
  test('key without KMS (CA206)', () => { expectCode(() => bucketOf({ kmsKeyId: 'k' }), 'CA206'); });
  test('NaN is refused as a type error (CA001)', () => { expectCode(() => bucketOf({ retentionDays: Number.NaN }), 'CA001'); });
  test.each([0, -1, 1.5])('retentionDays %p (CA207)', (d) => { expectCode(() => bucketOf({ retentionDays: d }), 'CA207'); });
  test('retention under 180 days without the opt-in (CA208)', () => {
    const e = expectCode(() => bucketOf({ retentionDays: 90 }), 'CA208');
    expect(e.message).toContain('allowShortRetention');
  });
  test.each([1, 36500])('accepts objectLockDays %p', (d) => expect(() => bucketOf({ objectLockDays: d })).not.toThrow());
  test.each([0, 36501, 2.5])('refuses objectLockDays %p (CA209)', (d) => { expectCode(() => bucketOf({ objectLockDays: d }), 'CA209'); });
  test('issue #10 item 9: refuses objectLockDays longer than retentionDays (CA211)', () => {
    const e = expectCode(() => bucketOf({ retentionDays: 365, objectLockDays: 400 }), 'CA211');
    expect(e.message).toContain('set objectLockDays to at most 365');
  });
  test('accepts objectLockDays equal to retentionDays', () => {
    expect(bucketOf({ retentionDays: 365, objectLockDays: 365 }).object_lock_configuration.rule.days).toBe(365);
  });
  test('an invalid encryption value from JavaScript is CA001', () => {
    expectCode(() => bucketOf({ encryption: 'NONE' as any }), 'CA001');
  });
});

describe('rule 5: regions', () => {
  test('refuses a typo with a did-you-mean (CA401)', () => {
    const e = expectCode(() => bucketOf({ region: 'ap-guangzho' }), 'CA401');
    expect(e.message).toContain('did you mean "ap-guangzhou"');
  });
  test('refuses an unknown region without a guess', () => {
    const e = expectCode(() => bucketOf({ region: 'mars-1' }), 'CA401');
    expect(e.message).not.toContain('did you mean');
  });
  test('issue #10 item 5: no synth-time COS delivery warning: the plan-time list (CA821) is the authority', () => {
    for (const region of ['ap-guangzhou', 'ap-hongkong', 'ap-singapore']) {
      const { stack } = newStack(region);
      new CosDestination(stack, 'Logs', { ...base, region });
      synth(stack);
      expect(warningsOf(stack).filter((w) => w.includes('CA451'))).toEqual([]);
    }
  });
  test('warns (CA452) for a retired region', () => {
    const { stack } = newStack('ap-mumbai');
    new CosDestination(stack, 'Logs', { ...base, region: 'ap-mumbai' });
    expect(warningsOf(stack).join('\n')).toContain('CA452');
  });
  test('issue #10 item 11: a typo in the provider region is not suggested as the fix (CA402)', () => {
    const { stack } = newStack('ap-hongkongg');
    new CosDestination(stack, 'Logs', { bucketName: 'audit-logs', region: 'ap-hongkong' });
    expect(() => synth(stack)).toThrow(/CA402.*"ap-hongkongg", which is not a Tencent Cloud region \(did you mean "ap-hongkong"\?\)\..*Fix: set the provider's region to "ap-hongkong"/);
    expect(() => synth(stack)).not.toThrow(/set region "ap-hongkongg"/);
  });
  test('issue #10 item 11: a validation error is recognizable (CloudAuditErrors) and prints its message once', () => {
    let caught: unknown;
    try { bucketOf({ bucketName: 'Audit' }); } catch (e) { caught = e; }
    expect(CloudAuditErrors.isValidationError(caught)).toBe(true);
    expect(CloudAuditErrors.isValidationError(new Error('x'))).toBe(false);
    expect(CloudAuditErrors.detailsOf(caught)).toEqual(expect.objectContaining({ code: 'CA201', constructPath: 'test/Logs', field: 'bucketName' }));
    expect((caught as Error).name).toBe('CloudAuditValidationError');
    // What Node prints for an uncaught error (and cdktf-cli shows): the fix appears once, not again as a property.
    const printed = inspect(caught);
    const fix = CloudAuditErrors.detailsOf(caught)!.fix;
    expect(printed.split(fix).length - 1).toBe(1);
  });
  test('refuses at synth a provider in another region (CA402)', () => {
    const { stack } = newStack('ap-shanghai');
    new CosDestination(stack, 'Logs', base);
    expect(() => synth(stack)).toThrow(/CA402.*provider test\/tencentcloud creates resources in "ap-shanghai"/);
  });
  test('accepts an aliased provider for the destination region', () => {
    const { stack } = newStack('ap-shanghai');
    const gz = new tencentcloud.provider.TencentcloudProvider(stack, 'gz', { region: 'ap-guangzhou', alias: 'gz' });
    new CosDestination(stack, 'Logs', { ...base, provider: gz });
    expect(only(synth(stack), 'tencentcloud_cos_bucket').provider).toBe('tencentcloud.gz');
  });
  test('warns (CA453) when the provider sets no region and the destination is not ap-guangzhou', () => {
    const { stack } = newStack(null);
    new CosDestination(stack, 'Logs', { ...base, region: 'ap-shanghai' });
    synth(stack);
    expect(warningsOf(stack).join('\n')).toContain('CA453');
  });
});

describe('fromExistingBucket', () => {
  test('adopts a bucket: no resource, the track gets name/region/prefix', () => {
    const { stack } = newStack();
    const d = CosDestination.fromExistingBucket(stack, 'Existing', { bucketName: 'legacy-logs', region: 'ap-guangzhou', prefix: 'legacy' });
    new AuditTrack(stack, 'T', { trackName: 'track', destination: d });
    const doc = synth(stack);
    expect(resourcesOf(doc, 'tencentcloud_cos_bucket')).toHaveLength(0);
    const t = only(doc, 'tencentcloud_audit_track');
    expect(t.storage).toEqual({ storage_type: 'cos', storage_region: 'ap-guangzhou', storage_name: 'legacy-logs', storage_prefix: 'legacy' });
    expect(t.depends_on).toEqual([expect.stringMatching(/^terraform_data\./)]);
    expect(d.createsStorage).toBe(false);
  });
  test('refuses a name with the APPID suffix (CA203)', () => {
    const { stack } = newStack();
    expectCode(() => CosDestination.fromExistingBucket(stack, 'E', { bucketName: 'legacy-1250000000', region: 'ap-guangzhou' }), 'CA203');
  });
  test('refuses a bad region (CA401) and prefix (CA205)', () => {
    const { stack } = newStack();
    expectCode(() => CosDestination.fromExistingBucket(stack, 'E', { bucketName: 'legacy', region: 'guangzhou-ap' }), 'CA401');
    expectCode(() => CosDestination.fromExistingBucket(stack, 'F', { bucketName: 'legacy', region: 'ap-guangzhou', prefix: 'x' }), 'CA205');
  });
});
