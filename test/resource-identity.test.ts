/**
 * A track's generated resource is built once: references and escape-hatch overrides taken before
 * `addSelector` or organization delivery are never left behind on a replaced resource. And the
 * provider checks work with any tencentcloud provider class, not only this library's binding.
 */
import { App, TerraformOutput, TerraformProvider, TerraformStack, Testing } from 'cdktf';
import { Construct } from 'constructs';
import { expectCode, newStack, only, resourcesOf, synth, warningsOf } from './support';
import { AuditTrack, AuditTrackProps, CosDestination, IAuditDestination, OrgWideTrack } from '../src';
import { effectiveProvider, isTencentcloudProvider } from '../src/internal/provider';

function cos(stack: TerraformStack): IAuditDestination {
  return new CosDestination(stack, 'Logs', { bucketName: 'audit-logs', region: 'ap-guangzhou', appId: '1250000000' });
}

/** Exposes the organization switch OrgWideTrack uses, to call it after a reference was taken. */
class TestTrack extends AuditTrack {
  public deliverForOrganization(accountId?: string, appId?: string): void {
    this.enableOrganizationDelivery(accountId, appId);
  }
}

describe('the generated resource is built once', () => {
  test('an override taken before addSelector (one selector) is kept, on the same resource', () => {
    const { stack } = newStack();
    const t = new AuditTrack(stack, 'T', { trackName: 'audit', destination: cos(stack) });
    const before = t.resource;
    before.addOverride('status', 0);
    t.addSelector({ resourceType: 'cam' });
    expect(t.resource).toBe(before);
    expect(only(synth(stack), 'tencentcloud_audit_track')).toMatchObject({ resource_type: 'cam', status: 0 });
  });

  test('an override on an events track is kept when more selectors are added', () => {
    const { stack } = newStack();
    const t = new AuditTrack(stack, 'T', { trackName: 'audit', destination: cos(stack), selectors: [{ resourceType: 'cam' }, { resourceType: 'cvm' }] });
    const before = t.eventsAuditTrackResource!;
    before.addOverride('status', 0);
    t.addSelector({ resourceType: 'cos' });
    expect(t.resource).toBe(before);
    const r = only(synth(stack), 'tencentcloud_events_audit_track');
    expect(r.status).toBe(0);
    expect(r.filters.resource_fields.map((f: any) => f.resource_type)).toEqual(['cam', 'cos', 'cvm']);
  });

  test('a second selector after the audit_track resource was read is refused (CA114), not silently replaced', () => {
    const { stack } = newStack();
    const t = new AuditTrack(stack, 'T', { trackName: 'audit', destination: cos(stack), resourceType: 'cam' });
    t.resource.addOverride('status', 0);
    const e = expectCode(() => t.addSelector({ resourceType: 'cvm' }), 'CA114');
    expect(e.message).toContain('pass every selector in props.selectors');
    // Refused before anything changed: the track still has its one selector and its override.
    expect(t.selectors.map((s) => s.resourceType)).toEqual(['cam']);
    expect(only(synth(stack), 'tencentcloud_audit_track')).toMatchObject({ resource_type: 'cam', status: 0 });
  });

  test('asking for the events resource of a single-product track takes nothing: it can still switch', () => {
    const { stack } = newStack();
    const t = new AuditTrack(stack, 'T', { trackName: 'audit', destination: cos(stack), resourceType: 'cam' });
    expect(t.eventsAuditTrackResource).toBeUndefined();
    t.addSelector({ resourceType: 'cvm' });
    expect(t.eventsAuditTrackResource).toBeDefined();
  });

  test('without a reference taken, a second selector still switches to events_audit_track', () => {
    const { stack } = newStack();
    const t = new AuditTrack(stack, 'T', { trackName: 'audit', destination: cos(stack), resourceType: 'cam' });
    new TerraformOutput(stack, 'TrackId', { value: t.trackId });
    t.addSelector({ resourceType: 'cvm' });
    const doc = synth(stack);
    expect(resourcesOf(doc, 'tencentcloud_audit_track')).toHaveLength(0);
    expect(only(doc, 'tencentcloud_events_audit_track').filters.resource_fields).toHaveLength(2);
    // trackId taken before the switch resolves to the resource that is synthesized.
    expect(Object.values(doc.output)[0]).toMatchObject({ value: expect.stringMatching(/^\$\{tencentcloud_events_audit_track\./) });
  });

  test('organization delivery updates the resource in place: a reference and its override stay valid', () => {
    const { stack } = newStack();
    const t = new TestTrack(stack, 'T', { trackName: 'audit', destination: cos(stack), createServiceRole: true } as AuditTrackProps);
    const before = t.resource;
    before.addOverride('status', 0);
    t.deliverForOrganization('100012345678', '1250000001');
    expect(t.resource).toBe(before);
    const r = only(synth(stack), 'tencentcloud_audit_track');
    expect(r).toMatchObject({ track_for_all_members: 1, status: 0, storage: { storage_account_id: '100012345678', storage_app_id: '1250000001' } });
    // The multi-account policy attachment added by organization delivery is a dependency too.
    expect(r.depends_on.filter((d: string) => d.startsWith('tencentcloud_cam_role_policy_attachment.'))).toHaveLength(2);
  });

  test('OrgWideTrack: one resource, overrides taken after construction kept', () => {
    const { stack } = newStack();
    const t = new OrgWideTrack(stack, 'Org', { trackName: 'org-wide', destination: cos(stack) });
    t.resource.addOverride('status', 0);
    expect(only(synth(stack), 'tencentcloud_audit_track')).toMatchObject({ track_for_all_members: 1, status: 0 });
  });
});

/** A tencentcloud provider that is not this library's binding (as a user's own `cdktf get` makes). */
class OwnTencentcloudProvider extends TerraformProvider {
  constructor(scope: Construct, id: string, private readonly config: { region?: string; alias?: string }) {
    super(scope, id, {
      terraformResourceType: 'tencentcloud',
      terraformGeneratorMetadata: { providerName: 'tencentcloud' },
      terraformProviderSource: 'tencentcloudstack/tencentcloud',
    });
    this.alias = config.alias;
  }

  protected synthesizeAttributes(): { [name: string]: any } {
    return { region: this.config.region, alias: this.alias };
  }
}

describe('provider lookup by structure', () => {
  function stackWith(region?: string): TerraformStack {
    const stack = new TerraformStack(Testing.app(), 'own');
    new OwnTencentcloudProvider(stack, 'tencentcloud', { region });
    return stack;
  }

  test('storage in another region than a foreign provider class is refused (CA402)', () => {
    const stack = stackWith('ap-shanghai');
    cos(stack);
    expect(() => Testing.synth(stack, true)).toThrow(/CA402/);
  });

  test('a foreign provider in the destination region passes', () => {
    const stack = stackWith('ap-guangzhou');
    const t = new AuditTrack(stack, 'T', { trackName: 'audit', destination: cos(stack) });
    expect(() => Testing.synth(stack, true)).not.toThrow();
    expect(warningsOf(t).filter((w) => /CA45[13]/.test(w))).toEqual([]);
  });

  test('a foreign provider without region gets the unset-region warning (CA453)', () => {
    const stack = stackWith(undefined);
    const logs = new CosDestination(stack, 'Logs', { bucketName: 'audit-logs', region: 'ap-hongkong', appId: '1250000000' });
    Testing.synth(stack, true);
    expect(warningsOf(logs).some((w) => w.includes('[CA453'))).toBe(true);
  });

  test('a track managed through a foreign provider in an unknown region is refused (CA401)', () => {
    const stack = stackWith('mars-central-1');
    new AuditTrack(stack, 'T', { trackName: 'audit', destination: CosDestination.fromExistingBucket(stack, 'Logs', { bucketName: 'audit-logs', region: 'ap-guangzhou' }) });
    expect(() => Testing.synth(stack, true)).toThrow(/CA401/);
  });

  test('a provider of another cloud is not taken for tencentcloud', () => {
    const stack = new TerraformStack(new App(), 'other');
    class OtherProvider extends TerraformProvider {
      constructor(scope: Construct, id: string) {
        super(scope, id, { terraformResourceType: 'aws', terraformProviderSource: 'hashicorp/aws' });
      }
      protected synthesizeAttributes(): { [name: string]: any } {
        return { region: 'us-east-1' };
      }
    }
    new OtherProvider(stack, 'aws');
    expect(isTencentcloudProvider(stack.node.findChild('aws'))).toBe(false);
    expect(effectiveProvider(stack)).toBeUndefined();
    const own = new OwnTencentcloudProvider(stack, 'tencentcloud', { region: 'ap-seoul' });
    expect(effectiveProvider(stack)).toBe(own);
  });
});
