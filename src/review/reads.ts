/**
 * The attributes the review reads, per resource type: every rule's `reads` (src/rules), and what
 * the engine and the reports read besides (links, coverage, the inventory). The unknown values an
 * HCL folder leaves are listed only where one of these is concerned: an unknown tag is no news.
 */
import { CLS_ALARM, CLS_ALARM_NOTICE } from '../rules/alarm';
import { CLS_TOPIC } from '../rules/cls';
import { COS_BUCKET } from '../rules/cos';
import { EB_EVENT_RULE, EB_EVENT_TARGET } from '../rules/eventbridge';
import { RULES } from '../rules/index';
import { Rule } from '../rules/rule';
import { LEGACY_AUDIT } from '../rules/schema';
import { CAM_ROLE, CAM_ROLE_POLICY_ATTACHMENT } from '../rules/service-role';
import { AUDIT_TRACK, CKAFKA_TOPIC, EVENTS_AUDIT_TRACK } from '../rules/track';

const TRACK = ['name', 'status', 'track_for_all_members', 'storage', 'action_type', 'resource_type', 'event_names', 'filters'];

/** What the engine and the reports read beyond the rules' own `reads`. */
const ENGINE_READS: Record<string, readonly string[]> = {
  [AUDIT_TRACK]: TRACK,
  [EVENTS_AUDIT_TRACK]: TRACK,
  [COS_BUCKET]: ['bucket', 'lifecycle_rules', 'encryption_algorithm', 'lifecycle'],
  [CLS_TOPIC]: ['id', 'topic_id', 'period', 'encryption', 'custom_kms_info', 'lifecycle'],
  [CLS_ALARM]: ['name', 'status', 'condition', 'monitor_time', 'alarm_targets', 'alarm_notice_ids'],
  [CLS_ALARM_NOTICE]: ['name'],
  [EB_EVENT_RULE]: ['rule_name', 'enable', 'event_pattern'],
  [EB_EVENT_TARGET]: ['rule_id', 'type', 'target_description'],
  [CAM_ROLE]: ['name', 'role_name'],
  [CAM_ROLE_POLICY_ATTACHMENT]: ['policy_id', 'policy_name'],
  [CKAFKA_TOPIC]: ['instance_id', 'topic_name'],
  [LEGACY_AUDIT]: ['name', 'cos_bucket', 'cos_region', 'log_file_prefix', 'audit_switch', 'read_write_attribute'],
};

let byType: Map<string, string[]> | undefined;

function reads(): Map<string, string[]> {
  if (byType) return byType;
  byType = new Map(Object.entries(ENGINE_READS).map(([t, a]) => [t, [...a]]));
  for (const r of RULES as readonly Rule[]) {
    for (const x of r.reads ?? []) {
      const list = byType.get(x.resource) ?? [];
      list.push(...x.attributes);
      byType.set(x.resource, list);
    }
  }
  return byType;
}

/**
 * Whether the review reads an attribute path of a resource type (`storage[0].storage_name`): some
 * read is the path, inside it, or around it. Types the review reads nothing of: false.
 */
export function isRead(type: string, attribute: string): boolean {
  const path = attribute.replace(/\[[^\]]*\]/g, '');
  const list = reads().get(type);
  if (!list) return false;
  return list.some((a) => a === path || a.startsWith(`${path}.`) || path.startsWith(`${a}.`));
}

/** Whether the review reads anything of a resource type (the HCL reader skims the others: hcl/skim.ts). */
export function readsType(type: string): boolean {
  return reads().has(type);
}

/** The attribute paths the review reads of a resource type (none for types it reads nothing of). */
export function readAttributes(type: string): readonly string[] {
  return reads().get(type) ?? [];
}
