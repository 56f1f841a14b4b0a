import { Precondition, TerraformProvider, TerraformStack, Token } from 'cdktf';
import { Construct } from 'constructs';
import { Detection } from './detection';
import { ensureAppLevelChecks } from './internal/app-checks';
import { checkProviderChoice, effectiveProvider, providerRegion, validateAtSynth } from './internal/provider';
import { literal, lazySchema, parseProps, throwIfAny, warn } from './internal/validation';
import { DataTencentcloudEbBus } from './provider-tencentcloud/data-tencentcloud-eb-bus';
import { EbEventRule } from './provider-tencentcloud/eb-event-rule';
import { EbEventTarget } from './provider-tencentcloud/eb-event-target';
import { CLOUDAUDIT_EVENT_TYPES, cloudAuditEventPattern, EventRuleRegionNotGuangzhou, eventRulePropsViolations, serviceEventBusNotFoundMessage } from './rules/eventbridge';

/** How the audited call was made (the `…:CloudEvent:<type>` suffix of the event type). */
export enum CloudAuditEventType {
  /** API calls (SDK, CLI, Terraform). */
  API_CALL = 'ApiCall',
  /** Console operations. */
  CONSOLE_CALL = 'ConsoleCall',
  /** Mini-program operations. */
  MINI_PROGRAM_CALL = 'MiniProgramCall',
}

/**
 * Event target types this library wires (`tencentcloud_eb_event_target.type`). Kafka, ES and
 * message-push targets need parameter blocks: create those with the generated
 * `tencentcloud.ebEventTarget.EbEventTarget` and `rule.ruleId`.
 */
export enum AuditEventTargetType {
  /** A Serverless Cloud Function. */
  SCF = 'scf',
  /** A CLS topic. */
  CLS = 'cls',
}

/** Where matching events go. */
export interface AuditEventTarget {
  readonly type: AuditEventTargetType;
  /**
   * The QCS resource string, e.g. `qcs::scf:ap-guangzhou:uin/<uin>:namespace/default/function/<fn>/$LATEST`
   * or `qcs::cls:ap-guangzhou:uin/<uin>:topic/<topicId>`.
   */
  readonly resourceDescription: string;
}

/** Props of `AuditTrack.onEvent()`. */
export interface AuditEventRuleProps {
  /** Rule name: 2-60 letters, digits, `_` and `-`, starting with a letter, ending with a letter or digit. */
  readonly ruleName: string;
  /**
   * ID of the Tencent Cloud service event bus (EventBridge console, Guangzhou), e.g. `eb-xxxxxxxx`.
   * @default - looked up at plan time: the event bus of type "Cloud" that
   * `data.tencentcloud_eb_bus` lists (the plan fails with CA752 unless there is exactly one)
   */
  readonly eventBusId?: string;
  /**
   * Product codes whose audited calls match, e.g. `['cam', 'cvm']`.
   * @default - none: give `detection`
   */
  readonly products?: string[];
  /**
   * A detection with an EventBridge equivalent (its `eventPattern`): instead of products, event
   * types and API names.
   * @default - none: give `products`
   */
  readonly detection?: Detection;
  /**
   * Which calls match.
   * @default - all three (ApiCall, ConsoleCall, MiniProgramCall)
   */
  readonly eventTypes?: CloudAuditEventType[];
  /**
   * Only these API names (`data.eventName` of the event). UNVERIFIED against a live bus.
   * @default - every API of the products
   */
  readonly eventNames?: string[];
  /**
   * Rule description, at most 200 characters.
   * @default - none
   */
  readonly description?: string;
  /**
   * Whether the rule is on.
   * @default true
   */
  readonly enabled?: boolean;
  /**
   * Where matching events go.
   * @default - no target: add one with the generated EbEventTarget
   */
  readonly target?: AuditEventTarget;
  /**
   * Tags on the rule.
   * @default - none
   */
  readonly tags?: Record<string, string>;
  /**
   * The provider for the event bus region (ap-guangzhou).
   * @default - the stack's default tencentcloud provider
   */
  readonly provider?: TerraformProvider;
}

const propsSchema = lazySchema((z) => z.object({
  ruleName: z.string(),
  eventBusId: z.string().optional(),
  products: z.array(z.string()).optional(),
  detection: z.custom<Detection>((v) => v instanceof Detection, { message: 'detection must be a Detection' }).optional(),
  eventTypes: z.array(z.string()).optional(),
  eventNames: z.array(z.string()).optional(),
  description: z.string().optional(),
  enabled: z.boolean().optional(),
  target: z.object({ type: z.enum(['scf', 'cls']), resourceDescription: z.string() }).optional(),
  tags: z.record(z.string(), z.string()).optional(),
  provider: z.any().optional(),
}));

/** One lookup of the service event bus per stack and provider: every rule of that provider shares it. */
const busLookups = new WeakMap<TerraformStack, Map<TerraformProvider | undefined, DataTencentcloudEbBus>>();

/**
 * The Tencent Cloud service event bus, found at plan time: `data.tencentcloud_eb_bus` lists the
 * account's buses (ListEventBuses), and the one of type "Cloud" is the service bus (SDK eb
 * v20210416 EventBus.Type: Cloud, Platform or Custom). Synth stays offline.
 */
function serviceEventBus(scope: Construct, provider: TerraformProvider | undefined): { eventBusId: string; precondition: Precondition } {
  const stack = TerraformStack.of(scope);
  let lookups = busLookups.get(stack);
  if (!lookups) {
    lookups = new Map();
    busLookups.set(stack, lookups);
  }
  let data = lookups.get(provider);
  if (!data) {
    data = new DataTencentcloudEbBus(stack, provider ? `CloudAuditServiceEventBus-${provider.node.id}` : 'CloudAuditServiceEventBus', { provider });
    lookups.set(provider, data);
  }
  const ids = `[for b in ${data.fqn}.event_buses : b.event_bus_id if b.type == "Cloud"]`;
  return {
    eventBusId: `\${one(${ids})}`,
    precondition: { condition: `\${length(${ids}) == 1}`, errorMessage: serviceEventBusNotFoundMessage(scope.node.path) },
  };
}

const isLiteralList = (l: readonly string[] | undefined): l is string[] =>
  l !== undefined && !Token.isUnresolved(l) && !l.some((x) => Token.isUnresolved(x));

/**
 * An EventBridge rule on the Tencent Cloud service event bus matching CloudAudit events
 * (`type` `<product>:CloudEvent:<ApiCall|ConsoleCall|MiniProgramCall>`, `source`
 * `<product>.cloud.tencent`), with an optional target. Create it with `AuditTrack.onEvent()`.
 *
 * CloudAudit must be enabled on that bus (EventBridge console, Guangzhou); the bus receives write
 * operations only (EventBridge doc 1108/46246).
 */
export class AuditEventRule extends Construct {
  /** The generated `tencentcloud_eb_event_rule`. */
  public readonly rule: EbEventRule;
  /** The generated `tencentcloud_eb_event_target`, when `target` is given. */
  public readonly target?: EbEventTarget;
  /** The `event_pattern` JSON. */
  public readonly eventPattern: string;
  /** The event bus ID: the one given, or the plan-time lookup of the service event bus. */
  public readonly eventBusId: string;

  constructor(scope: Construct, id: string, props: AuditEventRuleProps) {
    super(scope, id);
    ensureAppLevelChecks(this);
    const p = parseProps(this, propsSchema, props);
    // CA404/CA405: which provider manages the construct when none is given.
    validateAtSynth(this, () => ({ errors: checkProviderChoice(this, p.provider as TerraformProvider | undefined), warnings: [] }));
    const types = p.eventTypes ?? [...CLOUDAUDIT_EVENT_TYPES];
    const name = literal(p.ruleName);
    const bus = literal(p.eventBusId);
    const detection = p.detection as Detection | undefined;
    const products = isLiteralList(p.products) ? p.products : undefined;
    const names = p.eventNames === undefined || isLiteralList(p.eventNames) ? p.eventNames : undefined;
    const target = p.target;
    throwIfAny(this, eventRulePropsViolations({
      ruleName: name,
      eventBusId: bus,
      products,
      eventTypes: types,
      eventNames: names,
      description: literal(p.description),
      target: target && { type: target.type, resourceDescription: literal(target.resourceDescription) },
      notLiteral: detection === undefined && (products === undefined || (p.eventNames !== undefined && names === undefined)),
      source: {
        hasProducts: p.products !== undefined,
        hasEventFilters: p.eventTypes !== undefined || p.eventNames !== undefined,
        detection: detection && { title: detection.title, unavailable: detection.eventPatternUnavailable },
      },
    }));
    throwIfAny(this, detection ? detection._violations('detection') : []);

    this.eventPattern = detection?.eventPattern ?? cloudAuditEventPattern(products!, types, names);
    const lookup = p.eventBusId === undefined ? serviceEventBus(this, p.provider as TerraformProvider | undefined) : undefined;
    const eventBusId = p.eventBusId ?? lookup!.eventBusId;
    this.eventBusId = eventBusId;
    this.rule = new EbEventRule(this, 'Resource', {
      provider: p.provider,
      ruleName: p.ruleName,
      eventBusId,
      lifecycle: lookup ? { precondition: [lookup.precondition] } : undefined,
      eventPattern: this.eventPattern,
      description: p.description,
      enable: p.enabled ?? true,
      tags: p.tags,
    });
    if (target) {
      this.target = new EbEventTarget(this, 'Target', {
        provider: p.provider,
        eventBusId,
        ruleId: this.rule.ruleId,
        type: target.type,
        targetDescription: { resourceDescription: target.resourceDescription },
      });
    }

    const given = p.provider as TerraformProvider | undefined;
    this.node.addValidation({
      validate: () => {
        const region = providerRegion(effectiveProvider(this, given));
        // No region set: the provider uses TENCENTCLOUD_REGION or ap-guangzhou, so stay quiet.
        if (typeof region === 'string') warn(this, EventRuleRegionNotGuangzhou.check(region));
        return [];
      },
    });
  }
}
