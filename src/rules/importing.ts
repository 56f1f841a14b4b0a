/**
 * Rules for adopting existing resources through Terraform `import` blocks. Pure functions.
 *
 * Import IDs (provider docs, "Import" section of each resource; passthrough importers):
 * - tencentcloud_audit_track and tencentcloud_events_audit_track: the TrackId, a uint64 written in
 *   decimal (`terraform import tencentcloud_audit_track.example 24283`);
 * - tencentcloud_cos_bucket: the full bucket name `<name>-<appid>`;
 * - tencentcloud_cls_logset: the LogsetId; tencentcloud_cls_topic: the TopicId.
 */
import type { Violation } from './errors';

/** Import IDs of the provider's resources (passthrough importers; the tracking set's ID is its TrackId). */
export const IMPORT_SOURCE =
  'terraform-provider-tencentcloud docs, Import sections of tencentcloud_audit_track, tencentcloud_events_audit_track, tencentcloud_cos_bucket, tencentcloud_cls_logset, tencentcloud_cls_topic (registry.terraform.io/providers/tencentcloudstack/tencentcloud)';

/** Response shapes of DescribeAuditTracks / DescribeAuditTrack. */
export const IMPORT_API_SOURCE =
  'CloudAudit API DescribeAuditTracks / DescribeAuditTrack (tencentcloud.com/document/product/1021/45418; SDK cloudaudit v20190319 models.go, types Tracks, Storage, Filter, ResourceField)';

/** The largest TrackId: the API types it uint64. */
const UINT64_MAX = 18446744073709551615n;

/** TrackId: decimal digits of a uint64 >= 1, no sign, no leading zero. */
export function checkImportTrackId(id: string, field = 'importTrackId'): Violation[] {
  if (/^[1-9][0-9]{0,19}$/.test(id) && BigInt(id) <= UINT64_MAX) return [];
  return [{
    code: 'CA900',
    field,
    problem: `${JSON.stringify(id)} is not a tracking set ID (a whole number >= 1 written in digits)`,
    fix: 'pass the TrackId DescribeAuditTracks returns, as a string, e.g. "24283"',
  }];
}

/** A CLS logset or topic ID: not blank, no whitespace, at most 64 characters. */
function isClsId(id: string): boolean {
  return id.length >= 1 && id.length <= 64 && !/\s/.test(id);
}

export function checkImportClsIds(logsetId: string | undefined, topicId: string | undefined): Violation[] {
  if (logsetId === undefined && topicId === undefined) return [];
  if (logsetId === undefined || topicId === undefined) {
    const missing = logsetId === undefined ? 'importLogsetId' : 'importTopicId';
    return [{ code: 'CA902', field: missing, problem: `${missing} is missing: the logset and the topic are adopted together`, fix: 'give both IDs (CLS console or DescribeTopics), or neither' }];
  }
  for (const [field, id] of [['importLogsetId', logsetId], ['importTopicId', topicId]] as const) {
    if (!isClsId(id)) {
      return [{ code: 'CA902', field, problem: `${JSON.stringify(id)} is not a CLS ID (1-64 characters, no whitespace)`, fix: 'pass the ID, e.g. "2f5764c1-c833-44a0-8a33-8e0ef2b6d2ba", not the name' }];
    }
  }
  return [];
}
