/**
 * What a document alerts on: its CLS alarms (which topic they query, whether a track delivers
 * there, who is notified) and its EventBridge rules for CloudAudit events (which products, event
 * types and API names, which targets). Listed in every report format beside the tracking sets.
 * Pure: reads the model only.
 */
import { resourceAddress, stripKeys } from './address';
import { AlarmView, EventRuleView, TfResource } from './model';
import { CLS_ALARM } from '../rules/alarm';
import { CLS_TOPIC } from '../rules/cls';
import { EB_EVENT_RULE, EB_EVENT_TARGET, parseCloudAuditPattern } from '../rules/eventbridge';
import { isExpression, isTrue, lit, many, num, one } from '../rules/terraform';

const TOPIC_REF = new RegExp(`(${resourceAddress('tencentcloud_cls_topic')})`);
const RULE_REF = new RegExp(`(${resourceAddress('tencentcloud_eb_event_rule')})`);
const NOTICE_REF = new RegExp(`(${resourceAddress('tencentcloud_cls_alarm_notice')})`);

/** A value as the report shows it: literal, or the address an expression refers to, or `(unknown)`. */
function shown(v: unknown, ref?: RegExp): string {
  const l = lit(v);
  if (l !== undefined) return l;
  if (isExpression(v) && ref) {
    const m = ref.exec(String(v));
    if (m) return m[1];
  }
  return isExpression(v) ? '(unknown)' : '-';
}


/**
 * The alarms and event rules of `resources`; `storages` are the addresses of the buckets and
 * topics the document's tracks deliver to.
 */
export function inventoryOf(
  resources: readonly TfResource[], storages: ReadonlySet<string>, accountOf: (r: TfResource) => string = (r) => r.account,
): { alarms: AlarmView[]; eventRules: EventRuleView[] } {
  const topics = new Map<string, TfResource>();
  const rules: TfResource[] = [];
  const alarms: TfResource[] = [];
  const targets: TfResource[] = [];
  for (const r of resources) {
    if (r.type === CLS_TOPIC) {
      topics.set(r.address, r);
      topics.set(stripKeys(r.address), r);
      for (const id of [lit(r.values.id), lit(r.values.topic_id)]) if (id !== undefined) topics.set(id, r);
    }
    if (r.type === CLS_ALARM) alarms.push(r);
    if (r.type === EB_EVENT_RULE) rules.push(r);
    if (r.type === EB_EVENT_TARGET) targets.push(r);
  }
  const auditTopics = new Set<string>();
  for (const a of storages) {
    const t = topics.get(a);
    if (t) auditTopics.add(t.address);
  }

  const alarmViews: AlarmView[] = alarms.map((a) => {
    const v = a.values;
    const onTopics = many(v.alarm_targets).map((t) => {
      const s = shown(t.topic_id, TOPIC_REF);
      const topic = topics.get(s) ?? topics.get(stripKeys(s));
      return topic ? `${topic.address}${auditTopics.has(topic.address) ? ' (audit logs)' : ''}` : s;
    });
    const interval = one(v.monitor_time);
    return {
      address: a.address,
      name: shown(v.name),
      account: accountOf(a),
      enabled: v.status === undefined || isTrue(v.status),
      topics: onTopics,
      queries: many(v.alarm_targets).map((t) => shown(t.query)),
      condition: shown(v.condition),
      ...(num(interval?.time) !== undefined ? { everyMinutes: num(interval?.time) } : {}),
      // A notice group created in the same configuration is named by its address (its ID is known after apply).
      notices: Array.isArray(v.alarm_notice_ids) ? v.alarm_notice_ids.map((n: unknown) => shown(n, NOTICE_REF))
        : isExpression(v.alarm_notice_ids) ? [shown(v.alarm_notice_ids, NOTICE_REF)] : [],
    };
  });

  const targetsOf = new Map<string, string[]>();
  for (const t of targets) {
    const rule = shown(t.values.rule_id, RULE_REF);
    const list = targetsOf.get(stripKeys(rule)) ?? [];
    list.push(`${shown(t.values.type)}: ${shown(one(t.values.target_description)?.resource_description)}`);
    targetsOf.set(stripKeys(rule), list);
  }
  const ruleViews: EventRuleView[] = rules.map((r) => {
    const v = r.values;
    const pattern = lit(v.event_pattern);
    const parsed = pattern === undefined ? undefined : parseCloudAuditPattern(pattern);
    return {
      address: r.address,
      name: shown(v.rule_name),
      account: accountOf(r),
      enabled: v.enable === undefined || isTrue(v.enable),
      cloudAudit: parsed !== undefined,
      products: parsed ? parsed.products : [pattern === undefined ? '(unknown)' : '(not a CloudAudit pattern)'],
      eventTypes: parsed?.types ?? [],
      eventNames: parsed?.eventNames ?? ['*'],
      targets: targetsOf.get(stripKeys(r.address)) ?? targetsOf.get(r.address) ?? [],
    };
  });
  return { alarms: alarmViews, eventRules: ruleViews };
}
