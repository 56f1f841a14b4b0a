import { Token } from 'cdktf';
import { AuditTrack, ClsDestination, ClsStorageType, StorageType } from '../src';
import { expectCode, newStack, only, resourcesOf, synth, warningsOf } from './support';

const base = { region: 'ap-guangzhou', logsetName: 'cloudaudit', topicName: 'events' };

function topicOf(props: Partial<ConstructorParameters<typeof ClsDestination>[2]> = {}): { topic: any; logset: any } {
  const { stack } = newStack();
  new ClsDestination(stack, 'Cls', { ...base, ...props });
  const doc = synth(stack);
  return { topic: only(doc, 'tencentcloud_cls_topic'), logset: only(doc, 'tencentcloud_cls_logset') };
}

describe('ClsDestination defaults', () => {
  const { stack } = newStack();
  const d = new ClsDestination(stack, 'Cls', base);
  const { topic, logset } = (() => {
    const doc = synth(stack);
    return { topic: only(doc, 'tencentcloud_cls_topic'), logset: only(doc, 'tencentcloud_cls_logset') };
  })();

  test('keeps logs 180 days', () => expect(topic.period).toBe(180));
  test('logset and topic have prevent_destroy', () => {
    expect(topic.lifecycle).toEqual({ prevent_destroy: true });
    expect(logset.lifecycle).toEqual({ prevent_destroy: true });
  });
  test('topic in the logset', () => expect(topic.logset_id).toMatch(/^\$\{tencentcloud_cls_logset\.[A-Za-z0-9_]+\.id\}$/));
  test('names passed through', () => {
    expect(logset.logset_name).toBe('cloudaudit');
    expect(topic.topic_name).toBe('events');
  });
  test('no hot period set', () => expect(topic.hot_period).toBeUndefined());
  test('hands the track the topic ID and prefix cloudaudit', () => {
    expect(d.storageType).toBe(StorageType.CLS);
    expect(Token.isUnresolved(d.storageName)).toBe(true);
    expect(d.storagePrefix).toBe('cloudaudit');
    expect(d.retentionDays).toBe(180);
  });
});

describe('ClsDestination props', () => {
  test('retention, hot period, tags', () => {
    const { topic, logset } = topicOf({ retentionDays: 365, hotPeriodDays: 30, tags: { team: 'sec' } });
    expect(topic).toMatchObject({ period: 365, hot_period: 30, tags: { team: 'sec' } });
    expect(logset.tags).toEqual({ team: 'sec' });
  });
  test('permanent retention 3640', () => expect(topicOf({ retentionDays: 3640 }).topic.period).toBe(3640));
  test('short retention with the opt-in', () => expect(topicOf({ retentionDays: 7, allowShortRetention: true }).topic.period).toBe(7));
  test('preventDestroy opt-out', () => expect(topicOf({ preventDestroy: false }).topic.lifecycle).toEqual({ prevent_destroy: false }));
});

describe('rule 4: CLS', () => {
  const make = (props: Partial<ConstructorParameters<typeof ClsDestination>[2]>) => () => topicOf(props);
  test.each([1, 3600, 3640])('accepts retentionDays %p (with opt-in when short)', (d) => {
    expect(make({ retentionDays: d, allowShortRetention: true })).not.toThrow();
  });
  test.each([0, 3601, 3639, 3641, 10.5])('refuses retentionDays %p (CA301)', (d) => { expectCode(make({ retentionDays: d }), 'CA301'); });
  test('refuses 90 days without the opt-in (CA208)', () => { expectCode(make({ retentionDays: 90 }), 'CA208'); });
  test.each([0, 7, 179])('accepts hotPeriodDays %p with 180-day retention', (h) => expect(make({ hotPeriodDays: h })).not.toThrow());
  test.each([1, 6, 180, 200, 7.5])('refuses hotPeriodDays %p (CA302)', (h) => { expectCode(make({ hotPeriodDays: h }), 'CA302'); });
  test.each(['', '   ', 'a|b', 'cls_service_log', 'loglistener_status', 'x'.repeat(256)])('refuses topicName %p (CA303)', (n) => {
    expectCode(make({ topicName: n }), 'CA303');
  });
  test.each(['events', 'CloudAudit Events', 'x'.repeat(255)])('accepts topicName %p', (n) => expect(make({ topicName: n })).not.toThrow());
  test.each(['', 'a|b', 'x'.repeat(256)])('refuses logsetName %p (CA304)', (n) => { expectCode(make({ logsetName: n }), 'CA304'); });
  test('refuses a region typo (CA401)', () => {
    expect(expectCode(make({ region: 'ap-shangai' }), 'CA401').message).toContain('did you mean "ap-shanghai"');
  });
  // CA205 is the COS prefix rule (3-40 letters and digits); a CLS prefix has its own code.
  test('refuses a blank prefix (CA306)', () => { expectCode(make({ prefix: ' ' }), 'CA306'); });
  test('warns (CA451) for a region the CLS region page does not list', () => {
    const { stack } = newStack('ap-osaka');
    new ClsDestination(stack, 'Cls', { ...base, region: 'ap-osaka' });
    expect(warningsOf(stack).join('\n')).toMatch(/CA451.*614\/18940/);
  });
  test('refuses at synth a provider in another region (CA402)', () => {
    const { stack } = newStack('ap-beijing');
    new ClsDestination(stack, 'Cls', base);
    expect(() => synth(stack)).toThrow(/CA402/);
  });
});

describe('fromTopicId', () => {
  test('adopts a topic', () => {
    const { stack } = newStack();
    const d = ClsDestination.fromTopicId(stack, 'Existing', { topicId: '2f5764c1-c833-44a0-8a33-8e0ef2b6d2ba', region: 'ap-guangzhou' });
    new AuditTrack(stack, 'T', { trackName: 'track', destination: d });
    const doc = synth(stack);
    expect(resourcesOf(doc, 'tencentcloud_cls_topic')).toHaveLength(0);
    expect(only(doc, 'tencentcloud_audit_track').storage).toEqual({
      storage_type: 'cls', storage_region: 'ap-guangzhou', storage_name: '2f5764c1-c833-44a0-8a33-8e0ef2b6d2ba', storage_prefix: 'cloudaudit',
    });
  });
  test.each(['', 'x'.repeat(51), 'has space', 'cloudaudit-events', 'tp-1'])('issue #10 item 8: refuses topicId %p, not a UUID (CA305)', (id) => {
    const { stack } = newStack();
    expectCode(() => ClsDestination.fromTopicId(stack, 'E', { topicId: id, region: 'ap-guangzhou' }), 'CA305');
  });
  test('refuses a bad region (CA401)', () => {
    const { stack } = newStack();
    expectCode(() => ClsDestination.fromTopicId(stack, 'E', { topicId: '2f5764c1-c833-44a0-8a33-8e0ef2b6d2ba', region: 'guangzhou' }), 'CA401');
  });
});

describe('issue #23: topic options', () => {
  test('defaults leave encryption, partitions, split, description and storage type to CLS', () => {
    const { topic } = topicOf();
    for (const k of ['encryption', 'custom_kms_info', 'partition_count', 'auto_split', 'max_split_partitions', 'describes', 'storage_type']) expect(topic[k]).toBeUndefined();
  });
  test('every option passed through', () => {
    const { topic } = topicOf({
      encrypted: true,
      kmsKey: { keyId: 'key-1', region: 'ap-guangzhou' },
      partitionCount: 3,
      autoSplit: false,
      maxSplitPartitions: 10,
      description: 'CloudAudit events',
      storageType: ClsStorageType.HOT,
    });
    expect(topic).toMatchObject({
      encryption: 1,
      custom_kms_info: { kms_key_id: 'key-1', kms_region: 'ap-guangzhou' },
      partition_count: 3,
      auto_split: false,
      max_split_partitions: 10,
      describes: 'CloudAudit events',
      storage_type: 'hot',
    });
  });
  test('a KMS key alone turns encryption on', () => {
    expect(topicOf({ kmsKey: { keyId: 'key-1', region: 'ap-guangzhou' } }).topic.encryption).toBe(1);
  });
  test('encrypted: false sends nothing (encryption cannot be turned off once on)', () => {
    expect(topicOf({ encrypted: false }).topic.encryption).toBeUndefined();
  });
  test('cold storage keeps at least 7 days and no hot period', () => {
    expect(topicOf({ storageType: ClsStorageType.COLD, retentionDays: 365 }).topic.storage_type).toBe('cold');
    expectCode(() => topicOf({ storageType: ClsStorageType.COLD, retentionDays: 3, allowShortRetention: true }), 'CA309');
    const e = expectCode(() => topicOf({ storageType: ClsStorageType.COLD, hotPeriodDays: 30 }), 'CA309');
    expect(e.message).toContain('drop hotPeriodDays with cold storage');
  });
  test('a storage type CLS does not have is refused (CA309)', () => { expectCode(() => topicOf({ storageType: 'warm' as any }), 'CA309'); });
  test.each([0, 11, 1.5])('partitionCount %p is refused (CA307)', (n) => { expectCode(() => topicOf({ partitionCount: n }), 'CA307'); });
  test.each([1, 10])('partitionCount %p is accepted', (n) => { expect(topicOf({ partitionCount: n }).topic.partition_count).toBe(n); });
  test('maxSplitPartitions below the partitions, or under 1, is refused (CA308)', () => {
    expectCode(() => topicOf({ partitionCount: 4, maxSplitPartitions: 2 }), 'CA308');
    expectCode(() => topicOf({ maxSplitPartitions: 0 }), 'CA308');
  });
  test('encryption outside the regions CLS offers it in is refused (CA310)', () => {
    const { stack } = newStack('ap-hongkong');
    const e = expectCode(() => new ClsDestination(stack, 'Cls', { ...base, region: 'ap-hongkong', encrypted: true }), 'CA310');
    expect(e.message).toContain('not ap-hongkong');
  });
  test('a KMS key with encrypted: false is refused (CA311)', () => {
    expectCode(() => topicOf({ encrypted: false, kmsKey: { keyId: 'key-1', region: 'ap-guangzhou' } }), 'CA311');
  });
  test('a KMS key region that is not a region is refused (CA401)', () => {
    expectCode(() => topicOf({ kmsKey: { keyId: 'key-1', region: 'ap-guangzho' } }), 'CA401');
  });
});
