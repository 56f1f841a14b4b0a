/**
 * A tracking set is replaced destroy-first (CA117), and adopting one writes its import block
 * without running `terraform version` at synth. What a forced create-before-destroy does against
 * the provider double is in test/terraform/lifecycle-changes.test.ts.
 */
import * as childProcess from 'child_process';
import { Testing } from 'cdktf';
import { newStack, synth } from './support';
import { AuditTrack, CosDestination } from '../src';

// Every process a synth starts goes through these (cdktf's version check calls execSync).
jest.mock('child_process', () => {
  const actual = jest.requireActual('child_process');
  return { ...actual, execSync: jest.fn(actual.execSync), execFileSync: jest.fn(actual.execFileSync), spawnSync: jest.fn(actual.spawnSync) };
});

function track(selectors = 1) {
  const { stack } = newStack();
  const logs = new CosDestination(stack, 'Logs', { bucketName: 'audit-logs', region: 'ap-guangzhou', appId: '1250000000' });
  const t = new AuditTrack(stack, 'Track', {
    trackName: 'org-audit',
    destination: logs,
    ...(selectors > 1 ? { selectors: [{ resourceType: 'cam' }, { resourceType: 'cvm' }] } : {}),
  });
  return { stack, t };
}

function synthError(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('synth did not fail');
}

describe('CA117: no create_before_destroy on a tracking set', () => {
  test('an override on the track is refused at synth, naming the resource and the way out', () => {
    const { stack, t } = track();
    t.resource.addOverride('lifecycle.create_before_destroy', true);
    const message = synthError(() => Testing.synth(stack, true));
    expect(message).toContain('[CA117 TrackCreateBeforeDestroy]');
    expect(message).toMatch(/create_before_destroy is set on tencentcloud_audit_track\.Track_[0-9A-F]{8}/);
    expect(message).toContain('every later apply then fails with AuditTrackNameNotSupportModify');
    expect(message).toContain('add the new track under a new name and construct id, apply, then remove the old one');
  });

  test('the lifecycle escape hatch (resource.lifecycle) is refused too, on a multi-product track as well', () => {
    for (const selectors of [1, 2]) {
      const { stack, t } = track(selectors);
      t.resource.lifecycle = { ...t.resource.lifecycle, createBeforeDestroy: true };
      expect(synthError(() => Testing.synth(stack, true))).toContain('[CA117 TrackCreateBeforeDestroy]');
    }
  });

  test('on the name marker: refused (replacing the marker first wedges the state the same way)', () => {
    const { stack, t } = track();
    const marker = t.node.findChild('NameMarker') as any;
    marker.addOverride('lifecycle.create_before_destroy', true);
    expect(synthError(() => Testing.synth(stack, true))).toMatch(/\[CA117 TrackCreateBeforeDestroy\] lifecycle\.create_before_destroy: create_before_destroy is set on terraform_data\.Track_NameMarker_/);
  });

  test('false, or no override: synthesizes, with no create_before_destroy anywhere', () => {
    const { stack, t } = track();
    t.resource.addOverride('lifecycle.create_before_destroy', false);
    const doc = synth(stack);
    expect(JSON.stringify(doc)).not.toContain('"create_before_destroy":true');
    const clean = track(2);
    expect(JSON.stringify(synth(clean.stack))).not.toContain('create_before_destroy');
  });
});

describe('adoption writes import blocks without a terraform process per track', () => {
  function adopted(n: number) {
    const { stack } = newStack();
    const logs = CosDestination.fromExistingBucket(stack, 'Logs', { bucketName: 'audit-logs', region: 'ap-guangzhou' });
    const tracks = Array.from({ length: n }, (_, i) => new AuditTrack(stack, `T${i}`, {
      trackName: `track-${i}`, destination: logs, importTrackId: String(24000 + i), checkDeliveryRegion: false,
    }));
    return { stack, tracks };
  }

  test('synth with validations runs no child process (cdktf importFrom ran `terraform version` per import block)', () => {
    const spawned = [childProcess.execSync, childProcess.execFileSync, childProcess.spawnSync] as unknown as jest.Mock[];
    for (const f of spawned) f.mockClear();
    const { stack } = adopted(20);
    const doc = JSON.parse(Testing.synth(stack, true));
    expect(doc.import).toHaveLength(20);
    expect(spawned.map((f) => f.mock.calls.length)).toEqual([0, 0, 0]);
  });

  test('the block is what importFrom writes: id, target address; the provider when one is given', () => {
    const { stack, tracks } = adopted(1);
    const doc = JSON.parse(Testing.synth(stack, true));
    const [r] = Object.keys(doc.resource.tencentcloud_audit_track);
    expect(doc.import).toEqual([{ id: '24000', to: `tencentcloud_audit_track.${r}` }]);
    expect(tracks[0].auditTrackResource).toBeDefined();
  });

  test('a track adopted with two selectors imports into tencentcloud_events_audit_track, the resource synthesized', () => {
    const { stack } = newStack();
    const logs = CosDestination.fromExistingBucket(stack, 'Logs', { bucketName: 'audit-logs', region: 'ap-guangzhou' });
    const t = new AuditTrack(stack, 'T', { trackName: 'multi', destination: logs, importTrackId: '24502', resourceType: 'cam', checkDeliveryRegion: false });
    t.addSelector({ resourceType: 'cvm' });
    const doc = JSON.parse(Testing.synth(stack, true));
    const [r] = Object.keys(doc.resource.tencentcloud_events_audit_track);
    expect(doc.import).toEqual([{ id: '24502', to: `tencentcloud_events_audit_track.${r}` }]);
    expect(doc.resource.tencentcloud_audit_track).toBeUndefined();
  });
});
