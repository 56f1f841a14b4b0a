/**
 * Helpers for the review tests: a compliant hand-written Terraform JSON document to break one
 * rule at a time, and a structural check of SARIF 2.1.0.
 */
import { main } from '../../src/review/cli';
import { review } from '../../src/review/engine';
import { ReviewResult } from '../../src/review/model';
import { deletedTracks, fromConfig } from '../../src/review/normalize';

export const STORAGE = { storage_type: 'cos', storage_region: 'ap-guangzhou', storage_name: 'audit-logs', storage_prefix: 'cloudaudit' };

export function track(name: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { name, action_type: '*', resource_type: '*', event_names: ['*'], status: 1, storage: { ...STORAGE }, ...extra };
}

/** A bucket policy denying object and bucket deletion to every principal (STO-010). */
export const DENY_DELETE = {
  version: '2.0',
  statement: [{
    effect: 'deny',
    principal: { qcs: ['qcs::cam::anyone:anyone'] },
    action: ['name/cos:DeleteObject', 'name/cos:DeleteMultipleObjects', 'name/cos:DeleteBucket'],
    resource: ['qcs::cos:ap-guangzhou:uid/1250000000:audit-logs-1250000000/*'],
  }],
};

/** A document that breaks no rule: one account-wide track into a locked-down, logged, replicated bucket, plus a CLS track. */
export function compliantDoc(): any {
  return {
    resource: {
      tencentcloud_audit_track: {
        all: track('org-audit'),
        cls: track('cls-audit', {
          action_type: 'Write',
          storage: { storage_type: 'cls', storage_region: 'ap-guangzhou', storage_name: '${tencentcloud_cls_topic.events.id}', storage_prefix: 'cloudaudit' },
        }),
      },
      tencentcloud_cos_bucket: {
        logs: {
          bucket: 'audit-logs-1250000000',
          acl: 'private',
          versioning_enable: true,
          encryption_algorithm: 'AES256',
          force_clean: false,
          lifecycle: { prevent_destroy: true },
          lifecycle_rules: [{ expiration: { days: 365 }, non_current_expiration: { non_current_days: 365 } }],
          object_lock_configuration: { enabled: true, rule: { days: 365 } },
          log_enable: true,
          log_target_bucket: 'audit-access-1250000000',
          log_prefix: 'cos-access/',
          replica_role: 'qcs::cam::uin/100000000001:uin/100000000001',
          replica_rules: [{ id: 'replica', status: 'Enabled', destination_bucket: 'qcs::cos:ap-shanghai::audit-replica-1250000000' }],
        },
      },
      tencentcloud_cos_bucket_policy: {
        logs: { bucket: '${tencentcloud_cos_bucket.logs.bucket}', policy: JSON.stringify(DENY_DELETE) },
      },
      tencentcloud_cls_topic: {
        events: { topic_name: 'events', logset_id: '${tencentcloud_cls_logset.l.id}', period: 365, lifecycle: { prevent_destroy: true } },
      },
    },
  };
}

/** Adds a resource body at `type.name` of a Terraform JSON document. */
function put(doc: any, type: string, name: string, body: object): void {
  (doc.resource[type] ??= {})[name] = body;
}

/** A valid tencentcloud_cls_alarm `keys`, with `extra` attributes over it. */
export function addAlarm(doc: any, extra: object = {}): void {
  put(doc, 'tencentcloud_cls_alarm', 'keys', {
    name: 'cam-key-changes',
    trigger_count: 1,
    alarm_period: 15,
    condition: '$1.events > 0',
    monitor_time: { type: 'Period', time: 5 },
    alarm_targets: [{ topic_id: '${tencentcloud_cls_topic.events.id}', query: 'resourceType:"cam" | select count(*) as events', start_time_offset: -5, end_time_offset: 0, number: 1 }],
    alarm_notice_ids: ['notice-1'],
    ...extra,
  });
}

/** A tencentcloud_cls_index on the `events` topic with these key-value keys (analysis on unless `sql: false`). */
export function addIndex(doc: any, keys: Array<string | { key: string; sql: boolean }> = ['resourceType'], name = 'events'): void {
  put(doc, 'tencentcloud_cls_index', name, {
    topic_id: '${tencentcloud_cls_topic.events.id}',
    rule: { key_value: { case_sensitive: false, key_values: keys.map((k) => (typeof k === 'string' ? { key: k, sql: true } : k)).map(({ key, sql }) => ({ key, value: { type: 'text', sql_flag: sql } })) } },
  });
}

/** The event pattern of CloudAudit API calls to CAM. */
export const CAM_PATTERN = { source: ['cam.cloud.tencent'], type: ['cam:CloudEvent:ApiCall'] };

/** A tencentcloud_eb_event_rule `cam` with `pattern`, and `extra` attributes over it. */
export function addEventRule(doc: any, pattern: object = CAM_PATTERN, extra: object = {}): void {
  put(doc, 'tencentcloud_eb_event_rule', 'cam', { rule_name: 'cam-writes', event_bus_id: 'eb-abc123', event_pattern: JSON.stringify(pattern), ...extra });
}

/** A tencentcloud_events_audit_track `multi` with these resource_fields. */
export function addEventsTrack(doc: any, fields: object[]): void {
  put(doc, 'tencentcloud_events_audit_track', 'multi', { name: 'multi-audit', status: 1, storage: { ...STORAGE }, filters: { resource_fields: fields } });
}

export function reviewDoc(doc: any, quota?: number): ReviewResult {
  const deleted = deletedTracks(doc);
  return review({
    name: 'test', file: 'main.tf.json', kind: 'terraform-json', resources: fromConfig(doc, 'main.tf.json'), ...deleted.length > 0 ? { deletedTracks: deleted } : {},
  }, { quota, expectTracks: true });
}

/** Adds an acknowledgement to the `//` metadata of a resource given as `type.name`. */
export function acknowledge(doc: any, address: string, id: string, reason: string): void {
  const [type, name] = address.split('.');
  const body = doc.resource[type][name];
  body['//'] = { cloudaudit: { acknowledgements: [{ id, reason }] } };
}

/** Problems with a SARIF 2.1.0 log: the properties the spec requires and code-scanning reads. */
export function sarifProblems(log: any): string[] {
  const p: string[] = [];
  const need = (cond: unknown, what: string) => { if (!cond) p.push(what); };
  need(log.version === '2.1.0', 'version is "2.1.0"');
  need(log.$schema === 'https://json.schemastore.org/sarif-2.1.0.json', '$schema is the 2.1.0 schema');
  need(Array.isArray(log.runs) && log.runs.length >= 1, 'runs is a non-empty array');
  for (const [i, run] of (log.runs ?? []).entries()) {
    const d = run?.tool?.driver;
    need(typeof d?.name === 'string' && d.name.length > 0, `runs[${i}].tool.driver.name`);
    need(typeof d?.informationUri === 'string' && /^https:\/\//.test(d.informationUri), `runs[${i}].tool.driver.informationUri is an absolute URI`);
    const ids = new Set<string>();
    for (const [j, r] of (d?.rules ?? []).entries()) {
      need(typeof r.id === 'string', `rules[${j}].id`);
      ids.add(r.id);
      for (const k of ['shortDescription', 'fullDescription', 'help']) need(typeof r[k]?.text === 'string' && r[k].text.length > 0, `rules[${j}].${k}.text`);
      need(['none', 'note', 'warning', 'error'].includes(r.defaultConfiguration?.level), `rules[${j}].defaultConfiguration.level`);
    }
    need(Array.isArray(run.results), `runs[${i}].results is an array`);
    for (const [j, r] of (run.results ?? []).entries()) {
      need(ids.has(r.ruleId), `results[${j}].ruleId names a rule`);
      if (r.ruleIndex !== undefined) need(d.rules[r.ruleIndex]?.id === r.ruleId, `results[${j}].ruleIndex points at its rule`);
      need(['none', 'note', 'warning', 'error'].includes(r.level), `results[${j}].level`);
      need(typeof r.message?.text === 'string' && r.message.text.length > 0, `results[${j}].message.text`);
      need(Array.isArray(r.locations) && r.locations.length > 0, `results[${j}].locations`);
      for (const loc of r.locations ?? []) {
        const uri = loc.physicalLocation?.artifactLocation?.uri;
        need(typeof uri === 'string' && !/^\//.test(uri) && !uri.includes('\\'), `results[${j}] artifactLocation.uri is a relative URI`);
        for (const l of loc.logicalLocations ?? []) need(typeof l.fullyQualifiedName === 'string', `results[${j}] logicalLocations[].fullyQualifiedName`);
      }
      for (const s of r.suppressions ?? []) {
        need(['inSource', 'external'].includes(s.kind), `results[${j}].suppressions[].kind`);
        need(typeof s.justification === 'string', `results[${j}].suppressions[].justification`);
      }
    }
  }
  return p;
}

/** Runs cloudaudit-review's main() in this process: its exit code and what it printed. */
export function runReview(...args: string[]): { code: number; stdout: string; stderr: string } {
  let stdout = '';
  let stderr = '';
  const code = main(args, { stdout: (t) => { stdout += t; }, stderr: (t) => { stderr += t; } });
  process.exitCode = 0;
  return { code, stdout, stderr };
}
