import { Op, TerraformProvider, Token } from 'cdktf';
import { Construct } from 'constructs';
import { ClsIndexField, ClsIndexFieldType, Detection } from './detection';
import { ensureAppLevelChecks } from './internal/app-checks';
import { FIELDS_BY_KEY, queriedFields } from './internal/cls-query';
import { checkProviderChoice, validateAtSynth } from './internal/provider';
import { lazySchema, literal, literalNumber, parseProps, throwIfAny, warn, Zod } from './internal/validation';
import { ClsAlarm as ClsAlarmResource } from './provider-tencentcloud/cls-alarm';
import { ClsAlarmNotice } from './provider-tencentcloud/cls-alarm-notice';
import { AlarmIndexMissingField, alarmPropsViolations } from './rules/alarm';
import { SensitiveOperations } from './sensitive-operations';

/** Alarm level (`alarm_level`: 0 Warn, 1 Info, 2 Critical; CreateAlarm API). */
export enum AlarmLevel {
  /** Warning (0), the API default. */
  WARN = 'Warn',
  /** Information (1). */
  INFO = 'Info',
  /** Critical (2). */
  CRITICAL = 'Critical',
}

/** How a notice reaches people (`receiver_channels`, SDK NoticeReceiver). */
export enum NoticeChannel {
  EMAIL = 'Email',
  SMS = 'Sms',
  WECHAT = 'WeChat',
  PHONE = 'Phone',
}

/** Who receives a notice (`receiver_type`, SDK NoticeReceiver: "other types are not supported"). */
export enum NoticeReceiverType {
  /** Sub-user UINs. */
  UIN = 'Uin',
  /** CAM user-group IDs. */
  GROUP = 'Group',
}

/** When a notice is sent (`type` of the notice group, SDK CreateAlarmNoticeRequest). */
export enum NoticeTrigger {
  /** When the alarm fires. */
  TRIGGER = 'Trigger',
  /** When it recovers. */
  RECOVERY = 'Recovery',
  /** Both. */
  ALL = 'All',
}

const LEVELS: Record<string, number> = { Warn: 0, Info: 1, Critical: 2 };

/** A notice group created for one alarm (`tencentcloud_cls_alarm_notice`, simple mode). */
export interface AlarmNotifyProps {
  /** Sub-user UINs (or CAM group IDs with `receiverType: GROUP`) that receive the alarm. */
  readonly receiverIds: number[];
  /**
   * @default NoticeReceiverType.UIN
   */
  readonly receiverType?: NoticeReceiverType;
  /**
   * @default [NoticeChannel.EMAIL]
   */
  readonly channels?: NoticeChannel[];
  /**
   * When to notify.
   * @default NoticeTrigger.ALL
   */
  readonly noticeOn?: NoticeTrigger;
  /**
   * Name of the notice group: 1-255 bytes without `|`.
   * @default - the alarm name
   */
  readonly noticeName?: string;
}

/** What to watch and whom to tell. Give exactly one of `query`/`preset`/`detection` and of `noticeIds`/`notify`. */
export interface ClsAlarmOptions {
  /** Name of the alarm policy: 1-255 bytes without `|`. */
  readonly alarmName: string;
  /**
   * A CLS query on the audit topic. Its result feeds `condition` as `$1`.
   * @default - the preset's query
   */
  readonly query?: string;
  /**
   * A set of sensitive operations; its query counts matching events as `events`.
   * @default - none: give `query`
   */
  readonly preset?: SensitiveOperations;
  /**
   * A detection (who, from where, with what result): its query, its trigger condition, and the
   * index fields it needs.
   * @default - none: give `query` or `preset`
   */
  readonly detection?: Detection;
  /**
   * Trigger condition over the query result.
   * @default - the detection's condition, else '$1.events > 0'
   */
  readonly condition?: string;
  /**
   * How often the query runs, in minutes (1-1440; `monitor_time` type `Period`).
   * @default 5
   */
  readonly intervalMinutes?: number;
  /**
   * How far back each run looks, in minutes (1-1440).
   * @default - intervalMinutes
   */
  readonly windowMinutes?: number;
  /**
   * Consecutive matching runs before the alarm fires (1-2000).
   * @default 1
   */
  readonly triggerCount?: number;
  /**
   * Minutes between repeated notices while the alarm holds (0-1440).
   * @default 15
   */
  readonly alarmPeriodMinutes?: number;
  /**
   * @default AlarmLevel.WARN
   */
  readonly level?: AlarmLevel;
  /**
   * IDs of existing notice groups (`notice-…`).
   * @default - none: give `notify`
   */
  readonly noticeIds?: string[];
  /**
   * Create a notice group for this alarm.
   * @default - none: give `noticeIds`
   */
  readonly notify?: AlarmNotifyProps;
  /**
   * Whether the alarm policy is on.
   * @default true
   */
  readonly enabled?: boolean;
  /**
   * Tags on the alarm and its notice group.
   * @default - none
   */
  readonly tags?: Record<string, string>;
}

/** Props of `ClsAlarm`: the options plus the topic to watch. */
export interface ClsAlarmProps extends ClsAlarmOptions {
  /** The logset of the audit topic. */
  readonly logsetId: string;
  /** The audit topic. */
  readonly topicId: string;
  /**
   * The provider for the topic's region.
   * @default - the stack's default tencentcloud provider
   */
  readonly provider?: TerraformProvider;
}

const notifyShape = (z: Zod) => z.object({
  receiverIds: z.array(z.number()),
  receiverType: z.enum(['Uin', 'Group']).optional(),
  channels: z.array(z.enum(['Email', 'Sms', 'WeChat', 'Phone'])).optional(),
  noticeOn: z.enum(['Trigger', 'Recovery', 'All']).optional(),
  noticeName: z.string().optional(),
});
const propsSchema = lazySchema((z) => z.object({
  alarmName: z.string(),
  query: z.string().optional(),
  preset: z.custom<SensitiveOperations>((v) => v instanceof SensitiveOperations, { message: 'preset must be a SensitiveOperations preset' }).optional(),
  detection: z.custom<Detection>((v) => v instanceof Detection, { message: 'detection must be a Detection' }).optional(),
  condition: z.string().optional(),
  intervalMinutes: z.number().optional(),
  windowMinutes: z.number().optional(),
  triggerCount: z.number().optional(),
  alarmPeriodMinutes: z.number().optional(),
  level: z.enum(['Warn', 'Info', 'Critical']).optional(),
  noticeIds: z.array(z.string()).optional(),
  notify: notifyShape(z).optional(),
  enabled: z.boolean().optional(),
  tags: z.record(z.string(), z.string()).optional(),
  logsetId: z.string(),
  topicId: z.string(),
  provider: z.any().optional(),
}));

/**
 * A CLS alarm policy on the CloudAudit topic (`tencentcloud_cls_alarm`), with its notice group
 * (`tencentcloud_cls_alarm_notice`) or existing ones. Usually created with
 * `ClsDestination.addAlarm()`.
 *
 * The query runs on the topic's key-value index: `indexFields` lists the fields it needs.
 * `ClsDestination.addAlarm` creates or extends the topic's index with them; an alarm made here on
 * a topic this library does not create warns (CA712) with the fields the topic's index must have.
 */
export class ClsAlarm extends Construct {
  /** The generated `tencentcloud_cls_alarm`. */
  public readonly alarm: ClsAlarmResource;
  /** The generated `tencentcloud_cls_alarm_notice`, when `notify` is given. */
  public readonly notice?: ClsAlarmNotice;
  /** The CLS query the alarm runs. */
  public readonly query: string;
  /** The trigger condition. */
  public readonly condition: string;
  /** The key-value index fields the query reads (for a hand-written query: the keys it names). */
  public readonly indexFields: ClsIndexField[];
  private indexManaged = false;

  constructor(scope: Construct, id: string, props: ClsAlarmProps) {
    super(scope, id);
    ensureAppLevelChecks(this);
    const p = parseProps(this, propsSchema, props);
    // CA404/CA405: which provider manages the construct when none is given.
    validateAtSynth(this, () => ({ errors: checkProviderChoice(this, p.provider as TerraformProvider | undefined), warnings: [] }));
    const detection = p.detection as Detection | undefined;
    this.query = p.query ?? p.preset?.query ?? detection?.query ?? '';
    this.condition = p.condition ?? detection?.condition ?? '$1.events > 0';
    this.indexFields = detection?.indexFields ?? p.preset?.indexFields ?? indexFieldsOf(literal(p.query));
    const interval = p.intervalMinutes ?? 5;
    const window = p.windowMinutes ?? interval;
    const triggerCount = p.triggerCount ?? 1;
    const alarmPeriod = p.alarmPeriodMinutes ?? 15;

    const n = p.notify;
    throwIfAny(this, alarmPropsViolations({
      alarmName: literal(p.alarmName),
      hasQuery: p.query !== undefined,
      hasPreset: p.preset !== undefined,
      hasDetection: detection !== undefined,
      query: literal(p.query),
      presetViolations: [...(p.preset ? p.preset._violations('preset') : []), ...(detection ? detection._violations('detection') : [])],
      condition: literal(this.condition),
      intervalMinutes: literalNumber(interval),
      windowMinutes: literalNumber(window),
      triggerCount: literalNumber(triggerCount),
      alarmPeriodMinutes: literalNumber(alarmPeriod),
      hasNoticeIds: p.noticeIds !== undefined,
      noticeIds: p.noticeIds && !Token.isUnresolved(p.noticeIds) ? p.noticeIds : undefined,
      notify: n && { receiverIds: n.receiverIds, channels: n.channels ?? [NoticeChannel.EMAIL], noticeName: literal(n.noticeName) },
    }));

    if (n) {
      this.notice = new ClsAlarmNotice(this, 'Notice', {
        provider: p.provider,
        name: n.noticeName ?? p.alarmName,
        type: n.noticeOn ?? NoticeTrigger.ALL,
        noticeReceivers: [{
          receiverType: n.receiverType ?? NoticeReceiverType.UIN,
          receiverIds: [...n.receiverIds].sort((a, b) => a - b),
          receiverChannels: n.channels ?? [NoticeChannel.EMAIL],
        }],
        tags: p.tags,
      });
    }
    this.alarm = new ClsAlarmResource(this, 'Resource', {
      provider: p.provider,
      name: p.alarmName,
      alarmTargets: [{
        logsetId: p.logsetId,
        topicId: p.topicId,
        query: this.query,
        number: 1,
        // Minutes relative to each run: [-window, 0] (SDK AlarmTarget: -1440..0, end > start).
        startTimeOffset: literalNumber(window) !== undefined ? -window : Token.asNumber(Op.negate(window)),
        endTimeOffset: 0,
      }],
      monitorTime: { type: 'Period', time: interval },
      condition: this.condition,
      alarmLevel: LEVELS[p.level ?? AlarmLevel.WARN],
      triggerCount,
      alarmPeriod,
      alarmNoticeIds: this.notice ? [this.notice.id] : p.noticeIds,
      status: p.enabled ?? true,
      tags: p.tags,
    });
    // CA712 at synth: nobody here manages the topic's index, so say which fields it must have.
    this.node.addValidation({
      validate: () => {
        if (!this.indexManaged) warn(this, AlarmIndexMissingField.check({ required: this.indexFields.map((f) => ({ key: f.key, sql: f.analysis ?? true })), index: 'unmanaged' }));
        return [];
      },
    });
  }

  /** @internal the topic's index is managed with this alarm's fields (ClsDestination.addAlarm). */
  public _indexManaged(): void {
    this.indexManaged = true;
  }
}

/** The index fields a hand-written query names (types from the CloudAudit field registry, else text). */
function indexFieldsOf(query: string | undefined): ClsIndexField[] {
  return query === undefined ? [] : queriedFields(query).map((f) => ({
    key: f.key,
    type: FIELDS_BY_KEY.get(f.key)?.type === 'long' ? ClsIndexFieldType.LONG : ClsIndexFieldType.TEXT,
    analysis: f.sql,
  }));
}
