import type { CloudAuditEventType } from './audit-event-rule';
import type { ActionType } from './audit-track';
import {
  and, Analysis, AUDIT_FIELDS, AuditLogField, Cidr, ClsQuerySpec, eq, not, oneOf, or, parseCidr, renderQuery, SearchTerm, specFields,
  SqlCondition,
} from './internal/cls-query';
import {
  DetectionAllowListEmpty, DetectionCidrInvalid, DetectionEventNameUnlisted, DetectionInvalid, DetectionThresholdInvalid, DetectionWatch,
} from './rules/alarm';
import { Violation } from './rules/errors';
import { ApiNamesInvalid, canonicalJson, CLOUDAUDIT_EVENT_TYPES, EventRuleTypesInvalid, SensitiveProductInvalid } from './rules/eventbridge';
import { ResourceTypeInvalid } from './rules/track';

/** Whose calls a detection looks at (`userIdentity.type` of the CloudAudit log). */
export enum CallerFilter {
  /** Every caller. */
  ANY = 'any',
  /** The root (main) account: `userIdentity.type` `Root`. */
  ROOT = 'root',
  /** Anyone but the root account: sub-users and roles. */
  NOT_ROOT = 'notRoot',
}

/** How a CLS key-value index stores a field (`value.type` of `tencentcloud_cls_index`). */
export enum ClsIndexFieldType {
  TEXT = 'text',
  LONG = 'long',
  DOUBLE = 'double',
}

/** One key of a CLS key-value index. */
export interface ClsIndexField {
  /** The log key, e.g. `eventName` or `userIdentity.type` (nested keys joined with "."). */
  readonly key: string;
  /**
   * @default ClsIndexFieldType.TEXT
   */
  readonly type?: ClsIndexFieldType;
  /**
   * Analysis (SQL) on the field (`sql_flag`): the detections' queries group and filter with SQL.
   * @default true
   */
  readonly analysis?: boolean;
}

/** Props of `Detection.callsFromOutsideNetworks`. */
export interface OutsideNetworksProps {
  /**
   * The networks calls may come from: IPv4 (`203.0.113.0/24`) and IPv6 (`2001:db8::/32`) ranges,
   * each written as its network address.
   */
  readonly allowedCidrs: string[];
  /**
   * Also look at platform events (`eventPlatform` 1: calls the Tencent Cloud platform makes),
   * whose source address is not one of your networks.
   * @default false
   */
  readonly includePlatformEvents?: boolean;
}

/** Props of `Detection.deniedCalls`. */
export interface DeniedCallsProps {
  /**
   * Denied calls of one caller, within the alarm's window, that fire the alarm (1-100000).
   * @default 5
   */
  readonly threshold?: number;
}

/** Props of `Detection.custom`: the same filters the built-in detections are made of, checked the same way. */
export interface CustomDetectionProps {
  /** A short title, 1-100 characters (shown in docs and errors). */
  readonly title: string;
  /**
   * The question the detection answers.
   * @default - the title
   */
  readonly question?: string;
  /**
   * One product code, e.g. `cvm` (the log's `resourceType`).
   * @default - every product
   */
  readonly product?: string;
  /**
   * API names of `product` (the log's `eventName`); for a product CloudAudit lists the operations
   * of, each must be in that list.
   * @default - every API of the product
   */
  readonly eventNames?: string[];
  /**
   * How the calls were made (the log's `eventType`).
   * @default - all three
   */
  readonly eventTypes?: CloudAuditEventType[];
  /**
   * Read or write calls (the log's `actionType`).
   * @default ActionType.ALL
   */
  readonly actionType?: ActionType;
  /**
   * Whose calls.
   * @default CallerFilter.ANY
   */
  readonly caller?: CallerFilter;
  /**
   * Only calls CAM refused (`errorCode` not 0: signature or authentication errors).
   * @default false
   */
  readonly deniedOnly?: boolean;
  /**
   * Only calls from outside these networks (`sourceIPAddress`), IPv4 or IPv6 ranges.
   * @default - calls from anywhere
   */
  readonly allowedCidrs?: string[];
  /**
   * With `allowedCidrs`: also look at platform events (`eventPlatform` 1).
   * @default false
   */
  readonly includePlatformEvents?: boolean;
  /**
   * Calls of one caller within the alarm's window that fire the alarm (1-100000).
   * @default 1
   */
  readonly threshold?: number;
}

type Group = 'caller' | 'address' | 'event';
const GROUP_FIELDS: Record<Group, AuditLogField> = {
  caller: AUDIT_FIELDS.principalId,
  address: AUDIT_FIELDS.sourceIPAddress,
  event: AUDIT_FIELDS.eventName,
};

/** What every detection is made of, built-in or custom. */
interface Spec {
  readonly title: string;
  readonly question: string;
  readonly watches: readonly DetectionWatch[];
  readonly eventTypes?: readonly string[];
  readonly caller: CallerFilter;
  readonly deniedOnly: boolean;
  readonly allowedCidrs?: readonly string[];
  readonly includePlatformEvents: boolean;
  readonly threshold: number;
  readonly groupBy: readonly Group[];
  /** The output name of the count, read by the trigger condition. */
  readonly count: string;
}

const ROOT = 'Root';
const EB_WRITES_ONLY = 'EventBridge receives write operations only (EventBridge, Cloud Audit Event)';

/**
 * A question teams ask of CloudAudit (who, from where, with what result), answered both ways: as a
 * CLS alarm query over the CloudAudit topic (`ClsDestination.addAlarm({ detection })`) and, where
 * the event carries what it needs, as an EventBridge pattern (`AuditTrack.onEvent({ detection })`).
 *
 * Every field a detection reads is documented: the CloudAudit event appendix ("Viewing Event
 * Details in Operation Record", tencentcloud.com/document/product/1021/40499) and the LookUpEvents
 * output sample (tencentcloud.com/document/api/1021/34200, for `userIdentity.type` "Root").
 * docs/detections.md lists every detection with its question, fields, query and EventBridge
 * equivalent, and the ones not shipped with why.
 *
 * @example
 * logs.addAlarm('Root', { alarmName: 'root-used', detection: Detection.ROOT_CREDENTIALS_USED, noticeIds: ['notice-…'] });
 */
export class Detection {
  /** Any call made with the root account's credentials (`userIdentity.type` `Root`), by API and source. */
  public static readonly ROOT_CREDENTIALS_USED = new Detection({
    title: 'Root credentials used',
    question: 'Who used the root account, for what, and from where?',
    watches: [{ product: '*' }],
    caller: CallerFilter.ROOT,
    deniedOnly: false,
    includePlatformEvents: true,
    threshold: 1,
    groupBy: ['event', 'address'],
    count: 'calls',
  });

  /**
   * Console logins (`resourceType` `account`, `eventName` `ConsoleLogin`, as CloudAudit lists the
   * Account operations), by caller and source address.
   */
  public static readonly CONSOLE_LOGINS = new Detection({
    title: 'Console logins',
    question: 'Who logged in to the console, and from where?',
    watches: [{ product: 'account', eventNames: ['ConsoleLogin'] }],
    caller: CallerFilter.ANY,
    deniedOnly: false,
    includePlatformEvents: true,
    threshold: 1,
    groupBy: ['caller', 'address'],
    count: 'logins',
  });

  /**
   * Purchases, renewals, upgrades and releases of billable instances by anyone but the root
   * account (sub-users and roles), for the products whose CloudAudit operation list names them:
   * TencentDB for MariaDB, TencentDB for SQL Server and EMR.
   */
  public static readonly PURCHASES_AND_RELEASES_BY_SUB_USERS = new Detection({
    title: 'Purchases and releases by sub-users',
    question: 'Which employee purchased or released a billable resource?',
    watches: [
      { product: 'emr', eventNames: ['CreateInstance', 'ScaleOutInstance', 'TerminateInstance', 'TerminateNodes'] },
      {
        product: 'mariadb',
        eventNames: ['CreateDBInstance', 'CreateHourDBInstance', 'IsolateDedicatedDBInstance', 'IsolateHourDBInstance', 'RenewDBInstance',
          'TerminateDedicatedDBInstance', 'UpgradeDBInstance', 'UpgradeDedicatedDBInstance', 'UpgradeHourDBInstance'],
      },
      { product: 'sqlserver', eventNames: ['CreateDBInstances', 'OfflineDBInstance', 'TerminateDBInstance', 'UpgradeDBInstance'] },
    ],
    caller: CallerFilter.NOT_ROOT,
    deniedOnly: false,
    includePlatformEvents: true,
    threshold: 1,
    groupBy: ['caller', 'event'],
    count: 'operations',
  });

  /**
   * Changes to the audit trail and the alarms that watch it: tracking sets stopped, changed or
   * deleted (cloudaudit), log buckets, their policies, lifecycle, logging and replication (cos),
   * the log topic, its index and the alarms on it (cls), and the CloudAudit service role (cam).
   * Bucket and topic changes are matched by API name for every bucket and topic of the account: the
   * log does not name them in a documented field.
   */
  public static readonly AUDIT_TRAIL_CHANGES = new Detection({
    title: 'Audit trail changes',
    question: 'Who weakened the audit trail or the alarms that watch it?',
    watches: [
      // CloudAudit API 2019-03-19 actions (SDK cloudaudit v20190319), also in CAM's CloudAudit API list (598/57090).
      { product: 'cloudaudit', eventNames: ['DeleteAudit', 'DeleteAuditTrack', 'ModifyAuditTrack', 'ModifyEventsAuditTrack', 'StopLogging', 'UpdateAudit'] },
      {
        product: 'cos',
        eventNames: ['DeleteBucket', 'DeleteBucketLifecycle', 'DeleteBucketPolicy', 'DeleteBucketReplication', 'PutBucketACL', 'PutBucketLifecycle',
          'PutBucketLogging', 'PutBucketPolicy', 'PutBucketReplication', 'PutBucketVersioning'],
      },
      // CLS API 2020-10-16 actions (SDK cls v20201016): the calls the provider makes to change or delete them.
      {
        product: 'cls',
        eventNames: ['DeleteAlarm', 'DeleteAlarmNotice', 'DeleteIndex', 'DeleteLogset', 'DeleteTopic', 'ModifyAlarm', 'ModifyAlarmNotice', 'ModifyIndex',
          'ModifyTopic'],
      },
      { product: 'cam', eventNames: ['DeleteRole', 'DetachRolePolicies', 'DetachRolePolicy', 'UpdateAssumeRolePolicy'] },
    ],
    caller: CallerFilter.ANY,
    deniedOnly: false,
    includePlatformEvents: true,
    threshold: 1,
    groupBy: ['caller', 'event'],
    count: 'changes',
  });

  /**
   * Calls whose source address is outside the allowed networks (`sourceIPAddress`), by caller and
   * address; platform events (`eventPlatform` 1) are left out unless `includePlatformEvents`.
   */
  public static callsFromOutsideNetworks(props: OutsideNetworksProps): Detection {
    return new Detection({
      title: 'Calls from outside allowed networks',
      question: 'Do employees call Tencent Cloud only from the allowed networks?',
      watches: [{ product: '*' }],
      caller: CallerFilter.ANY,
      deniedOnly: false,
      allowedCidrs: props.allowedCidrs ?? [],
      includePlatformEvents: props.includePlatformEvents ?? false,
      threshold: 1,
      groupBy: ['caller', 'address'],
      count: 'calls',
    });
  }

  /**
   * Calls CAM refused (`errorCode` not 0: signature or authentication errors, i.e. invalid
   * credentials or no permission), `threshold` or more by one caller in the alarm's window.
   */
  public static deniedCalls(props?: DeniedCallsProps): Detection {
    return new Detection({
      title: 'Denied calls',
      question: 'Whose calls are being refused, and how often?',
      watches: [{ product: '*' }],
      caller: CallerFilter.ANY,
      deniedOnly: true,
      includePlatformEvents: true,
      threshold: props?.threshold ?? 5,
      groupBy: ['caller'],
      count: 'denied',
    });
  }

  /** Your own detection, from the same filters, checked like the built-in ones. */
  public static custom(props: CustomDetectionProps): Detection {
    const actionType = props.actionType as string | undefined;
    return new Detection({
      title: props.title,
      question: props.question ?? props.title,
      watches: [{ product: props.product ?? '*', eventNames: props.eventNames, actionType: actionType === 'Read' || actionType === 'Write' ? actionType : undefined }],
      eventTypes: props.eventTypes,
      caller: props.caller ?? CallerFilter.ANY,
      deniedOnly: props.deniedOnly ?? false,
      allowedCidrs: props.allowedCidrs,
      includePlatformEvents: props.includePlatformEvents ?? false,
      threshold: props.threshold ?? 1,
      groupBy: ['caller', 'address'],
      count: 'calls',
    }, { custom: true, productGiven: props.product !== undefined });
  }

  private static check(s: Spec, options: { custom?: boolean; productGiven?: boolean }): Violation[] {
    const w = s.watches[0];
    const out: Violation[] = [];
    if (options.custom) {
      out.push(...DetectionInvalid.check({ title: s.title, hasProduct: options.productGiven === true, hasEventNames: w.eventNames !== undefined }, 'title'));
      if (options.productGiven) {
        const product = [...ResourceTypeInvalid.check(w.product, 'product'), ...SensitiveProductInvalid.check(w.product, 'product')];
        out.push(...product);
        if (product.length === 0 && w.eventNames) {
          const names = ApiNamesInvalid.check(w.eventNames, 'eventNames');
          out.push(...(names.length > 0 ? names : DetectionEventNameUnlisted.check({ product: w.product, eventNames: w.eventNames }, 'eventNames')));
        }
      }
      if (s.eventTypes) out.push(...EventRuleTypesInvalid.check(s.eventTypes, 'eventTypes'));
    }
    if (s.allowedCidrs) {
      const empty = DetectionAllowListEmpty.check(s.allowedCidrs, 'allowedCidrs');
      out.push(...empty);
      const bad = s.allowedCidrs.findIndex((c) => DetectionCidrInvalid.check(c).length > 0);
      if (empty.length === 0 && bad >= 0) out.push(...DetectionCidrInvalid.check(s.allowedCidrs[bad], `allowedCidrs[${bad}]`));
    }
    out.push(...DetectionThresholdInvalid.check(s.threshold, 'threshold'));
    return out;
  }

  /** The CLS query of a valid spec. */
  private static compile(s: Spec, ranges: readonly Cidr[]): ClsQuerySpec {
    const terms: SearchTerm[] = [];
    const byProduct = s.watches.filter((w) => w.product !== '*').map((w) => (w.eventNames
      ? and(eq(AUDIT_FIELDS.resourceType, w.product), oneOf(AUDIT_FIELDS.eventName, w.eventNames))
      : eq(AUDIT_FIELDS.resourceType, w.product)));
    if (byProduct.length > 0 && !s.watches.some((w) => w.product === '*')) terms.push(byProduct.length === 1 ? byProduct[0] : or(...byProduct));
    const actionType = s.watches.length === 1 ? s.watches[0].actionType : undefined;
    if (actionType) terms.push(eq(AUDIT_FIELDS.actionType, actionType));
    if (s.eventTypes && s.eventTypes.length < CLOUDAUDIT_EVENT_TYPES.length) terms.push(oneOf(AUDIT_FIELDS.eventType, s.eventTypes));
    if (s.caller === CallerFilter.ROOT) terms.push(eq(AUDIT_FIELDS.callerType, ROOT));
    if (s.caller === CallerFilter.NOT_ROOT) terms.push(not(eq(AUDIT_FIELDS.callerType, ROOT)));
    if (s.allowedCidrs && !s.includePlatformEvents) terms.push(not(eq(AUDIT_FIELDS.eventPlatform, 1)));
    const where: SqlCondition[] = [];
    if (s.deniedOnly) where.push({ op: 'ne', field: AUDIT_FIELDS.errorCode, value: 0 });
    if (s.allowedCidrs) where.push({ op: 'outside', field: AUDIT_FIELDS.sourceIPAddress, ranges });
    const analysis: Analysis = {
      groupBy: s.groupBy.map((g) => ({ field: GROUP_FIELDS[g], as: g })),
      count: s.count,
      where: where.length === 0 ? undefined : where.length === 1 ? where[0] : { op: 'all', conditions: where },
      minCount: s.threshold > 1 ? s.threshold : undefined,
    };
    return { search: terms.length === 0 ? undefined : terms.length === 1 ? terms[0] : and(...terms), analysis };
  }

  /** The EventBridge pattern, or why there is none. */
  private static pattern(s: Spec, ranges: readonly Cidr[]): string | { unavailable: string } {
    if (s.threshold > 1) return { unavailable: 'an event pattern matches single events and cannot count calls per caller (threshold above 1)' };
    if (s.deniedOnly) return { unavailable: 'matching errorCode "not 0" needs a numeric anything-but, which the EventBridge pattern documentation does not show; and refused calls of all kinds include reads, which EventBridge does not receive' };
    if (s.watches.some((w) => w.actionType === 'Read')) return { unavailable: `read operations: ${EB_WRITES_ONLY}` };
    if (s.allowedCidrs && (ranges.length !== 1 || !s.includePlatformEvents)) {
      return { unavailable: 'a pattern excludes at most one range (anything-but nesting cidr), and cannot leave out platform events whose eventPlatform may be absent; several ranges or platform events left out need the CLS alarm' };
    }
    const data: Record<string, unknown> = {};
    const anyProduct = s.watches.some((w) => w.product === '*');
    const pattern: Record<string, unknown> = {};
    const types = s.eventTypes && s.eventTypes.length > 0 ? [...s.eventTypes].sort() : [...CLOUDAUDIT_EVENT_TYPES];
    if (!anyProduct) {
      const products = [...new Set(s.watches.map((w) => w.product))].sort();
      pattern.source = products.map((p) => `${p}.cloud.tencent`);
      pattern.type = products.flatMap((p) => types.map((t) => `${p}:CloudEvent:${t}`));
      if (s.watches.every((w) => w.eventNames)) data.eventName = [...new Set(s.watches.flatMap((w) => w.eventNames!))].sort();
    } else if (types.length < CLOUDAUDIT_EVENT_TYPES.length) {
      data.eventType = types;
    }
    const actionType = s.watches.length === 1 ? s.watches[0].actionType : undefined;
    if (actionType) data.actionType = [actionType];
    if (s.caller === CallerFilter.ROOT) data.userIdentity = { type: [ROOT] };
    if (s.caller === CallerFilter.NOT_ROOT) data.userIdentity = { type: [{ 'anything-but': [ROOT] }] };
    if (ranges.length === 1) data.sourceIPAddress = [{ 'anything-but': { cidr: ranges[0].text } }];
    if (Object.keys(data).length > 0) pattern.data = data;
    if (Object.keys(pattern).length === 0) return { unavailable: 'the detection matches every event: give it a product or a filter' };
    return canonicalJson(pattern);
  }

  /** The title. */
  public readonly title: string;
  /** The question it answers. */
  public readonly question: string;
  /** The CLS query (empty when the detection's input is refused: using it throws the coded error). */
  public readonly query: string;
  /** The alarm's trigger condition over the query result, e.g. `$1.calls >= 1`. */
  public readonly condition: string;
  /** The keys of the CloudAudit fields the query reads, sorted. */
  public readonly fields: string[];
  /** The key-value index fields the query needs (types, analysis on). */
  public readonly indexFields: ClsIndexField[];
  /** The EventBridge `event_pattern` JSON, when the event carries what the detection needs. */
  public readonly eventPattern?: string;
  /** Why there is no EventBridge pattern, when there is none. */
  public readonly eventPatternUnavailable?: string;

  private readonly spec: Spec;
  private readonly problems: Violation[];

  private constructor(spec: Spec, options: { custom?: boolean; productGiven?: boolean } = {}) {
    this.spec = { ...spec, watches: spec.watches.map((w) => (w.eventNames ? { ...w, eventNames: [...w.eventNames].sort() } : w)) };
    this.title = spec.title;
    this.question = spec.question;
    this.problems = Detection.check(this.spec, options);
    const ranges = (spec.allowedCidrs ?? []).map((c) => parseCidr(c).cidr).filter((c): c is Cidr => c !== undefined);
    const q = this.problems.length === 0 ? Detection.compile(this.spec, ranges) : undefined;
    this.query = q ? renderQuery(q) : '';
    this.condition = `$1.${spec.count} >= ${Number.isSafeInteger(spec.threshold) ? spec.threshold : 1}`;
    const fields = q ? specFields(q) : [];
    this.fields = fields.map((f) => f.key);
    this.indexFields = fields.map((f) => ({ key: f.key, type: f.type === 'long' ? ClsIndexFieldType.LONG : ClsIndexFieldType.TEXT, analysis: true }));
    const pattern = Detection.pattern(this.spec, ranges);
    this.eventPattern = this.problems.length === 0 && typeof pattern === 'string' ? pattern : undefined;
    this.eventPatternUnavailable = typeof pattern === 'string' ? undefined : pattern.unavailable;
  }

  /** @internal what the detection watches, for the tracks delivering to its topic. */
  public _watches(): DetectionWatch[] {
    return this.spec.watches.map((w) => ({ ...w }));
  }

  /** @internal the coded problems of the detection's input (the built-ins have none). */
  public _violations(field: string): Violation[] {
    return this.problems.map((v) => ({ ...v, field: v.field === '' ? field : `${field}.${v.field}` }));
  }

}
