import { TerraformStack } from 'cdktf';
import { ActionType, AuditTrack, CosDestination, EventSelector, IAuditDestination } from '../src';
import { expectCode, newStack, only, resourcesOf, synth } from './support';

function cos(stack: TerraformStack): IAuditDestination {
  return new CosDestination(stack, 'Logs', { bucketName: 'audit-logs', region: 'ap-guangzhou', appId: '1250000000' });
}

function track(selectors?: EventSelector[], extra: Record<string, unknown> = {}): { stack: TerraformStack; t: AuditTrack } {
  const { stack } = newStack();
  const t = new AuditTrack(stack, 'T', { trackName: 'multi', destination: cos(stack), selectors, ...extra });
  return { stack, t };
}

describe('one selector: tencentcloud_audit_track', () => {
  test('selectors with one entry synthesizes audit_track, not events_audit_track', () => {
    const { stack, t } = track([{ resourceType: 'cam', actionType: ActionType.WRITE, eventNames: ['DeleteUser'] }]);
    const doc = synth(stack);
    expect(only(doc, 'tencentcloud_audit_track')).toMatchObject({ resource_type: 'cam', action_type: 'Write', event_names: ['DeleteUser'] });
    expect(resourcesOf(doc, 'tencentcloud_events_audit_track')).toHaveLength(0);
    expect(t.auditTrackResource).toBeDefined();
  });
  test('a selector without actionType takes the track actionType', () => {
    const { stack } = track([{ resourceType: 'cvm' }], { actionType: ActionType.READ });
    expect(only(synth(stack), 'tencentcloud_audit_track')).toMatchObject({ resource_type: 'cvm', action_type: 'Read', event_names: ['*'] });
  });
});

describe('several selectors: tencentcloud_events_audit_track', () => {
  const { stack, t } = track([
    { resourceType: 'cvm', actionType: ActionType.WRITE },
    { resourceType: 'cam', eventNames: ['DeleteUser', 'AddUser'] },
  ]);
  const doc = synth(stack);
  const events = only(doc, 'tencentcloud_events_audit_track');

  test('one resource_fields entry per selector, sorted, names sorted', () => {
    expect(events.filters.resource_fields).toEqual([
      { resource_type: 'cam', action_type: '*', event_names: ['AddUser', 'DeleteUser'] },
      { resource_type: 'cvm', action_type: 'Write', event_names: ['*'] },
    ]);
  });
  test('no audit_track; the marker names the resource type, so a switch destroys the old track before creating this one', () => {
    expect(resourcesOf(doc, 'tencentcloud_audit_track')).toHaveLength(0);
    const markers = Object.entries<any>(doc.resource.terraform_data).filter(([id]) => id.includes('NameMarker')).map(([, m]) => m);
    expect(markers.map((m) => m.triggers_replace)).toEqual([{ name: 'multi', resource_type: 'tencentcloud_events_audit_track' }]);
    expect(events.depends_on).toContainEqual(expect.stringMatching(/^terraform_data\./));
    // events_audit_track.name is ForceNew in the provider: no replace_triggered_by needed.
    expect(events.lifecycle?.replace_triggered_by).toBeUndefined();
  });
  test('storage, status and name as on the single-product resource', () => {
    expect(events).toMatchObject({ name: 'multi', status: 1, storage: { storage_type: 'cos', storage_name: 'audit-logs' } });
  });
  test('exposes the events resource and the sorted selectors', () => {
    expect(t.eventsAuditTrackResource).toBeDefined();
    expect(t.auditTrackResource).toBeUndefined();
    expect(t.resource.terraformResourceType).toBe('tencentcloud_events_audit_track');
    expect(t.selectors.map((s) => s.resourceType)).toEqual(['cam', 'cvm']);
  });
});

describe('addSelector', () => {
  test('the first call replaces the implicit all-products default', () => {
    const { stack } = newStack();
    const t = new AuditTrack(stack, 'T', { trackName: 'multi', destination: cos(stack) });
    t.addSelector({ resourceType: 'cam' });
    expect(only(synth(stack), 'tencentcloud_audit_track')).toMatchObject({ resource_type: 'cam', event_names: ['*'] });
    expect(t.selectors).toHaveLength(1);
  });
  test('a second call switches to events_audit_track', () => {
    const { stack } = newStack();
    const t = new AuditTrack(stack, 'T', { trackName: 'multi', destination: cos(stack) });
    t.addSelector({ resourceType: 'cam' });
    t.addSelector({ resourceType: 'cvm' });
    const doc = synth(stack);
    expect(only(doc, 'tencentcloud_events_audit_track').filters.resource_fields).toHaveLength(2);
    expect(resourcesOf(doc, 'tencentcloud_audit_track')).toHaveLength(0);
  });
  test('an explicit resourceType is kept: addSelector adds to it', () => {
    const { stack } = newStack();
    const t = new AuditTrack(stack, 'T', { trackName: 'multi', destination: cos(stack), resourceType: 'cam' });
    t.addSelector({ resourceType: 'cvm' });
    expect(only(synth(stack), 'tencentcloud_events_audit_track').filters.resource_fields.map((f: any) => f.resource_type)).toEqual(['cam', 'cvm']);
  });
  test('trackId taken before the switch resolves to the synthesized resource', () => {
    const { stack } = newStack();
    const t = new AuditTrack(stack, 'T', { trackName: 'multi', destination: cos(stack), resourceType: 'cam' });
    const id = t.trackId;
    t.addSelector({ resourceType: 'cvm' });
    new CosDestination(stack, 'Other', { bucketName: 'other-logs', region: 'ap-guangzhou', appId: '1250000000', tags: { track: id } });
    const bucket = resourcesOf(synth(stack), 'tencentcloud_cos_bucket').find((b: any) => b.bucket.startsWith('other'));
    expect(bucket.tags.track).toMatch(/^\$\{tencentcloud_events_audit_track\.[A-Za-z0-9_]+\.id\}$/);
  });
  test('a refused selector leaves the track unchanged, implicit default included', () => {
    const { stack } = newStack();
    const t = new AuditTrack(stack, 'T', { trackName: 'multi', destination: cos(stack) });
    expectCode(() => t.addSelector({ resourceType: 'CAM' }), 'CA104');
    expect(t.selectors).toEqual([{ resourceType: '*', actionType: '*', eventNames: ['*'] }]);
    t.addSelector({ resourceType: 'cam' });
    expect(t.selectors.map((s) => s.resourceType)).toEqual(['cam']);
  });
});

describe('order independence', () => {
  const a: EventSelector = { resourceType: 'cvm', actionType: ActionType.WRITE, eventNames: ['TerminateInstances', 'RunInstances'] };
  const b: EventSelector = { resourceType: 'cam', actionType: ActionType.ALL };
  const c: EventSelector = { resourceType: 'cos', actionType: ActionType.READ };
  const render = (list: EventSelector[]) => JSON.stringify(only(synth(track(list).stack), 'tencentcloud_events_audit_track'));
  test('every order of the same selectors synthesizes the same document', () => {
    const expected = render([a, b, c]);
    for (const order of [[a, c, b], [b, a, c], [b, c, a], [c, a, b], [c, b, a]]) expect(render(order)).toBe(expected);
  });
  test('props and addSelector give the same document', () => {
    const { stack } = newStack();
    const t = new AuditTrack(stack, 'T', { trackName: 'multi', destination: cos(stack) });
    [c, a, b].forEach((s) => t.addSelector(s));
    expect(JSON.stringify(only(synth(stack), 'tencentcloud_events_audit_track'))).toBe(render([a, b, c]));
  });
});

describe('rules per selector', () => {
  test.each<[string, EventSelector, string]>([
    ['CA104', { resourceType: 'CVM' }, 'selectors[1].resourceType'],
    ['CA103', { resourceType: 'cvm', actionType: 'write' as ActionType }, 'selectors[1].actionType'],
    ['CA105', { resourceType: '*', eventNames: ['DeleteUser'] }, 'selectors[1].eventNames'],
    ['CA106', { resourceType: 'cvm', eventNames: Array.from({ length: 11 }, (_, i) => `Api${i}`) }, 'selectors[1].eventNames'],
    ['CA107', { resourceType: 'cvm', eventNames: ['*', 'RunInstances'] }, 'selectors[1].eventNames'],
    ['CA108', { resourceType: 'cvm', eventNames: [] }, 'selectors[1].eventNames'],
    ['CA109', { resourceType: 'cvm', eventNames: ['RunInstances', 'RunInstances'] }, 'selectors[1].eventNames'],
  ])('refuses %s in the second selector, naming it', (code, bad, field) => {
    const e = expectCode(() => track([{ resourceType: 'cam' }, bad]), code);
    expect(e.field).toBe(field);
    expect(e.message).toContain(`test/T: ${field}`);
  });
  test('accepts 10 names per selector, in several selectors', () => {
    const ten = Array.from({ length: 10 }, (_, i) => `Api${i}`);
    const { stack } = track([{ resourceType: 'cvm', eventNames: ten }, { resourceType: 'cam', eventNames: ten }]);
    expect(only(synth(stack), 'tencentcloud_events_audit_track').filters.resource_fields).toHaveLength(2);
  });
  test('addSelector applies the same rules', () => {
    const { t } = track(undefined, { resourceType: 'cam' });
    expect(expectCode(() => t.addSelector({ resourceType: 'cvm', eventNames: ['*', 'X'] }), 'CA107').field).toBe('selectors[1].eventNames');
  });
  test('a wrongly typed selector is refused with CA001', () => {
    expectCode(() => track([{ resourceType: 5 as unknown as string }]), 'CA001');
  });
});

describe('CA111: selectors and resourceType/eventNames', () => {
  test('accepts selectors with a default actionType', () => {
    expect(() => track([{ resourceType: 'cam' }], { actionType: ActionType.WRITE })).not.toThrow();
  });
  test.each([{ resourceType: 'cvm' }, { eventNames: ['RunInstances'] }])('refuses selectors with %p', (extra) => {
    expect(expectCode(() => track([{ resourceType: 'cam' }], extra), 'CA111').message).toContain('selectors');
  });
  test('refuses an empty selectors list (CA001)', () => {
    expect(expectCode(() => track([]), 'CA001').field).toBe('selectors');
  });
});

describe('CA112: a selector covered by another', () => {
  test.each<[string, EventSelector, EventSelector]>([
    ['"*" beside a product', { resourceType: '*' }, { resourceType: 'cam' }],
    ['a product beside "*" (either order)', { resourceType: 'cam', actionType: ActionType.WRITE }, { resourceType: '*' }],
    ['ALL beside Write of the same product', { resourceType: 'cam', actionType: ActionType.ALL }, { resourceType: 'cam', actionType: ActionType.WRITE, eventNames: ['DeleteUser'] }],
    ['["*"] beside names, same action', { resourceType: 'cam', actionType: ActionType.WRITE }, { resourceType: 'cam', actionType: ActionType.WRITE, eventNames: ['DeleteUser'] }],
    ['names beside a superset of names', { resourceType: 'cam', actionType: ActionType.WRITE, eventNames: ['DeleteUser', 'AddUser'] }, { resourceType: 'cam', actionType: ActionType.WRITE, eventNames: ['AddUser'] }],
  ])('refuses %s, saying why', (_, wide, narrow) => {
    const e = expectCode(() => track([wide, narrow]), 'CA112');
    expect(e.message).toContain('already records every event of');
    expect(e.message).toContain('store its events twice');
  });
  test.each<[string, EventSelector, EventSelector]>([
    ['"*" Write beside cam Read', { resourceType: '*', actionType: ActionType.WRITE }, { resourceType: 'cam', actionType: ActionType.READ }],
    ['"*" Read beside "*" Write', { resourceType: '*', actionType: ActionType.READ }, { resourceType: '*', actionType: ActionType.WRITE }],
    ['two products', { resourceType: 'cam' }, { resourceType: 'cvm' }],
    ['one product, Read and Write', { resourceType: 'cam', actionType: ActionType.READ }, { resourceType: 'cam', actionType: ActionType.WRITE }],
    ['one product, ALL names vs Write other names', { resourceType: 'cam', eventNames: ['AddUser'] }, { resourceType: 'cam', actionType: ActionType.WRITE, eventNames: ['DeleteUser'] }],
  ])('accepts %s', (_, x, y) => {
    const { stack } = track([x, y]);
    expect(only(synth(stack), 'tencentcloud_events_audit_track').filters.resource_fields).toHaveLength(2);
  });
});

describe('CA113: a product and actionType twice', () => {
  test('refuses disjoint names under the same product and actionType', () => {
    const e = expectCode(() => track([
      { resourceType: 'cam', actionType: ActionType.WRITE, eventNames: ['DeleteUser'] },
      { resourceType: 'cam', actionType: ActionType.WRITE, eventNames: ['AddUser'] },
    ]), 'CA113');
    expect(e.message).toContain('merge the eventNames');
  });
  test('refuses an identical selector given twice', () => {
    expectCode(() => track([{ resourceType: 'cam' }, { resourceType: 'cam' }]), 'CA113');
  });
  test('refuses the same selector added with addSelector', () => {
    const { t } = track(undefined, { resourceType: 'cam' });
    expectCode(() => t.addSelector({ resourceType: 'cam' }), 'CA113');
  });
  test('accepts the same product under another actionType', () => {
    expect(() => track([{ resourceType: 'cam', actionType: ActionType.READ }, { resourceType: 'cam', actionType: ActionType.WRITE }])).not.toThrow();
  });
});
