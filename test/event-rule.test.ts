import { TerraformStack } from 'cdktf';
import { AuditEventRuleProps, AuditEventTargetType, AuditTrack, CloudAuditEventType, tencentcloud } from '../src';
import { expectCode, newStack, only, resourcesOf, synth, warningsOf } from './support';

const base: AuditEventRuleProps = { ruleName: 'cam-writes', eventBusId: 'eb-abc123', products: ['cam'] };
function rule(props: Partial<AuditEventRuleProps> & Record<string, unknown> = {}, region: string | null = 'ap-guangzhou'): TerraformStack {
  const { stack } = newStack(region);
  AuditTrack.onEvent(stack, 'OnCam', { ...base, ...props } as AuditEventRuleProps);
  return stack;
}

describe('AuditTrack.onEvent', () => {
  test('a rule on the given bus matching every CloudAudit event type of the products', () => {
    const r = only(synth(rule({ products: ['cvm', 'cam'] })), 'tencentcloud_eb_event_rule');
    expect(r).toMatchObject({ rule_name: 'cam-writes', event_bus_id: 'eb-abc123', enable: true });
    expect(JSON.parse(r.event_pattern)).toEqual({
      source: ['cam.cloud.tencent', 'cvm.cloud.tencent'],
      type: [
        'cam:CloudEvent:ApiCall', 'cam:CloudEvent:ConsoleCall', 'cam:CloudEvent:MiniProgramCall',
        'cvm:CloudEvent:ApiCall', 'cvm:CloudEvent:ConsoleCall', 'cvm:CloudEvent:MiniProgramCall',
      ],
    });
  });
  test('eventTypes, eventNames, description, enabled and tags', () => {
    const r = only(synth(rule({
      eventTypes: [CloudAuditEventType.CONSOLE_CALL, CloudAuditEventType.API_CALL],
      eventNames: ['DeleteUser', 'AddUser'],
      description: 'CAM user changes',
      enabled: false,
      tags: { team: 'sec' },
    })), 'tencentcloud_eb_event_rule');
    expect(JSON.parse(r.event_pattern)).toEqual({
      source: ['cam.cloud.tencent'], type: ['cam:CloudEvent:ApiCall', 'cam:CloudEvent:ConsoleCall'], data: { eventName: ['AddUser', 'DeleteUser'] },
    });
    expect(r).toMatchObject({ description: 'CAM user changes', enable: false, tags: { team: 'sec' } });
  });
  test('the pattern does not depend on input order', () => {
    const a = only(synth(rule({ products: ['cvm', 'cam'], eventNames: ['B', 'A'] })), 'tencentcloud_eb_event_rule').event_pattern;
    const b = only(synth(rule({ products: ['cam', 'cvm'], eventNames: ['A', 'B'] })), 'tencentcloud_eb_event_rule').event_pattern;
    expect(a).toBe(b);
  });
  test('no target unless given', () => {
    expect(resourcesOf(synth(rule()), 'tencentcloud_eb_event_target')).toHaveLength(0);
  });
  test.each([
    [AuditEventTargetType.SCF, 'qcs::scf:ap-guangzhou:uin/100012345678:namespace/default/function/alert/$LATEST'],
    [AuditEventTargetType.CLS, 'qcs::cls:ap-guangzhou:uin/100012345678:topic/2f5764c1'],
  ])('a %s target on the rule', (type, resourceDescription) => {
    const t = only(synth(rule({ target: { type, resourceDescription } })), 'tencentcloud_eb_event_target');
    expect(t).toMatchObject({ type, event_bus_id: 'eb-abc123', target_description: { resource_description: resourceDescription } });
    expect(t.rule_id).toMatch(/^\$\{tencentcloud_eb_event_rule\.[A-Za-z0-9_]+\.rule_id\}$/);
  });
  test('exposes the rule, target and pattern', () => {
    const { stack } = newStack();
    const r = AuditTrack.onEvent(stack, 'R', base);
    expect(r.rule).toBeInstanceOf(tencentcloud.ebEventRule.EbEventRule);
    expect(r.target).toBeUndefined();
    expect(JSON.parse(r.eventPattern).source).toEqual(['cam.cloud.tencent']);
  });
});

describe('rules', () => {
  test.each(['ab', 'a'.repeat(60), 'Cam-writes_01', 'x9'])('CA721 accepts rule name %p', (ruleName) => {
    expect(() => synth(rule({ ruleName }))).not.toThrow();
  });
  test.each(['a', 'a'.repeat(61), '9cam', 'cam-', 'cam writes', '_cam', 'cam.writes'])('CA721 refuses rule name %p', (ruleName) => {
    expect(expectCode(() => rule({ ruleName }), 'CA721').message).toContain('test/OnCam: ruleName');
  });
  test.each([[['cam', 'cvm', 'cos']], [['tke']]])('CA722 accepts products %p', (products) => {
    expect(() => synth(rule({ products }))).not.toThrow();
  });
  test.each([[[]], [['*']], [['CAM']], [['cam', 'cam']]])('CA722 refuses products %p', (products) => {
    expectCode(() => rule({ products }), 'CA722');
  });
  test('CA723 accepts each event type once', () => {
    expect(() => rule({ eventTypes: [CloudAuditEventType.MINI_PROGRAM_CALL] })).not.toThrow();
  });
  test.each([[[]], [['ApiCall', 'ApiCall']], [['apicall']]])('CA723 refuses eventTypes %p', (eventTypes) => {
    expectCode(() => rule({ eventTypes: eventTypes as CloudAuditEventType[] }), 'CA723');
  });
  test('CA724 accepts a 200-character description, refuses 201', () => {
    expect(() => rule({ description: 'd'.repeat(200) })).not.toThrow();
    expectCode(() => rule({ description: 'd'.repeat(201) }), 'CA724');
  });
  test('CA725 accepts a bus id, refuses a blank one', () => {
    expect(() => rule({ eventBusId: 'eb-1' })).not.toThrow();
    expectCode(() => rule({ eventBusId: ' ' }), 'CA725');
    expectCode(() => rule({ eventBusId: 'eb 1' }), 'CA725');
  });
  test('CA726 refuses a target of another type', () => {
    expect(expectCode(() => rule({ target: { type: AuditEventTargetType.SCF, resourceDescription: 'qcs::cls:ap-guangzhou:uin/1:topic/x' } }), 'CA726').field).toBe('target.resourceDescription');
  });
  test('CA727 accepts API names, refuses "*", blanks and duplicates', () => {
    expect(() => rule({ eventNames: ['DeleteUser'] })).not.toThrow();
    for (const eventNames of [[], ['*'], [' '], ['A', 'A']]) expectCode(() => rule({ eventNames }), 'CA727');
  });
  test('CA001 refuses an unknown target type', () => {
    expectCode(() => rule({ target: { type: 'amp' as AuditEventTargetType, resourceDescription: 'qcs::eb-amp:ap-guangzhou:uin/1:' } }), 'CA001');
  });
  test('CA751 warns when the provider is not in ap-guangzhou, not otherwise', () => {
    const other = rule({}, 'ap-shanghai');
    synth(other);
    expect(warningsOf(other).join('\n')).toContain('[CA751');
    const gz = rule();
    synth(gz);
    expect(warningsOf(gz).join('\n')).not.toContain('CA751');
    const unset = rule({}, null);
    synth(unset);
    expect(warningsOf(unset).join('\n')).not.toContain('CA751');
  });
});

describe('issue #10 item 13: without eventBusId the service event bus is looked up at plan time', () => {
  test('one data.tencentcloud_eb_bus per stack and provider; the rule and target take the bus of type "Cloud", with a CA752 precondition', () => {
    const { stack } = newStack();
    AuditTrack.onEvent(stack, 'A', { ruleName: 'cam-writes', products: ['cam'], target: { type: AuditEventTargetType.SCF, resourceDescription: 'qcs::scf:ap-guangzhou:uin/1:namespace/default/function/f/$LATEST' } });
    AuditTrack.onEvent(stack, 'B', { ruleName: 'cvm-writes', products: ['cvm'] });
    const doc = synth(stack);
    const [key] = Object.keys(doc.data.tencentcloud_eb_bus);
    expect(Object.keys(doc.data.tencentcloud_eb_bus)).toHaveLength(1);
    const ids = `[for b in data.tencentcloud_eb_bus.${key}.event_buses : b.event_bus_id if b.type == "Cloud"]`;
    const rules = resourcesOf(doc, 'tencentcloud_eb_event_rule');
    expect(rules.map((r: any) => r.event_bus_id)).toEqual([`\${one(${ids})}`, `\${one(${ids})}`]);
    expect(rules[0].lifecycle.precondition).toEqual([{ condition: `\${length(${ids}) == 1}`, error_message: expect.stringMatching(/^\[CA752 ServiceEventBusNotFound\] test\/A: data.tencentcloud_eb_bus does not list exactly one event bus of type "Cloud".*Fix: /) }]);
    expect(only(doc, 'tencentcloud_eb_event_target').event_bus_id).toBe(`\${one(${ids})}`);
  });
  test('a given eventBusId is used as is, without lookup', () => {
    const { stack } = newStack();
    AuditTrack.onEvent(stack, 'A', { ruleName: 'cam-writes', products: ['cam'], eventBusId: 'eb-abc123' });
    const doc = synth(stack);
    expect(doc.data?.tencentcloud_eb_bus).toBeUndefined();
    expect(only(doc, 'tencentcloud_eb_event_rule').event_bus_id).toBe('eb-abc123');
  });
});
