/**
 * The review's rule catalogue. Ids are stable: never renumber, only add. README.md (Compliance review, Rules) lists
 * every rule with the same text; a test keeps the two in step.
 */
import { Level } from './model';
import { SOURCES } from '../rules/errors';
import { QUOTA_SOURCE } from '../rules/quota';

export interface RuleInfo {
  readonly id: string;
  readonly level: Level;
  /** The rule, in one line (what a compliant plan does). */
  readonly title: string;
  /** How to fix a finding. */
  readonly fix: string;
  /** Why the rule exists, and where it comes from. */
  readonly rationale: string;
}

/** China's Cybersecurity Law, art. 21(3): network logs are kept for no less than six months. */
const SIX_MONTHS = 'audit logs are commonly kept at least six months (e.g. PRC Cybersecurity Law art. 21: "留存相关的网络日志不少于六个月"); shorter deletes evidence before a review can use it';

export const RULES: readonly RuleInfo[] = [
  { id: 'COV-001', level: 'error', title: 'at least one enabled tracking set records Write operations of every product', fix: 'add an enabled track with resourceType "*", actionType Write or *, eventNames ["*"]', rationale: 'without it, changes to some product go unrecorded: the core purpose of an audit trail (CreateAuditTrack: ResourceType "*" records all products)' },
  { id: 'COV-002', level: 'error', title: 'not every tracking set in the plan is disabled', fix: 'set status 1 (enabled: true) on at least one track', rationale: 'a disabled tracking set (status 0) delivers nothing (CreateAuditTrack Status: 0 = off)' },
  { id: 'COV-003', level: 'warning', title: 'a track\'s storage is created in the same plan or marked as adopted', fix: 'create the bucket/topic in this plan, adopt it with CosDestination.fromExistingBucket / ClsDestination.fromTopicId, or acknowledge that it is managed elsewhere', rationale: 'storage outside the plan cannot be reviewed (encryption, retention), and CreateAuditTrack fails with ResourceNotFound.CosNotExist / CheckClsTopicIsExistFailed when it does not exist' },
  { id: 'STO-001', level: 'error', title: 'the log bucket is private', fix: 'set acl "private" on the bucket', rationale: `a public-read bucket exposes every account operation to the internet (${SOURCES.cosProvider}: acl private | public-read | public-read-write)` },
  { id: 'STO-002', level: 'warning', title: 'the log bucket keeps versions', fix: 'set versioning_enable true (CosDestination: versioned)', rationale: 'without versioning an overwrite or delete of a log object cannot be undone (provider default: versioning_enable false)' },
  { id: 'STO-003', level: 'error', title: 'the log bucket has server-side encryption', fix: 'set encryption_algorithm AES256, KMS (with kms_id) or SM4', rationale: `audit logs hold account identities and source IPs; the provider sends no encryption unless encryption_algorithm is set (${SOURCES.cosProvider})` },
  { id: 'STO-004', level: 'warning', title: 'the log bucket is not force-cleaned on destroy', fix: 'set force_clean false (the default)', rationale: 'force_clean lets terraform destroy delete a bucket that still holds logs' },
  { id: 'STO-005', level: 'warning', title: 'the log bucket and topic have Terraform prevent_destroy', fix: 'set lifecycle.prevent_destroy true (CosDestination/ClsDestination: preventDestroy)', rationale: 'a replacement or destroy of the storage deletes the logs; prevent_destroy makes the plan fail instead (not visible in plan JSON, checked on cdk.tf.json / *.tf.json only)' },
  { id: 'STO-006', level: 'error', title: 'log objects do not expire before 180 days', fix: 'set lifecycle expiration (and non-current expiration) to at least 180 days, or remove it', rationale: SIX_MONTHS },
  { id: 'STO-007', level: 'error', title: 'the CLS topic keeps logs at least 180 days', fix: 'set period to 180-3600 days, or 3640 for permanent', rationale: `${SIX_MONTHS}; an unset period leaves the retention to the CLS default (${SOURCES.clsTopicApi})` },
  { id: 'STO-008', level: 'info', title: 'the log bucket has object lock (WORM)', fix: 'set object_lock_configuration (CosDestination: objectLockDays) if your policy needs immutable logs', rationale: 'versioning allows an administrator to delete versions; object lock makes logs immutable for its period (cannot be turned off once on)' },
  { id: 'API-001', level: 'error', title: 'the track name is 3-48 letters, digits, "-" and "_", unique per account', fix: 'rename the track (a rename replaces it)', rationale: `${SOURCES.createAuditTrack}; codes CA101, CA102` },
  { id: 'API-002', level: 'error', title: 'ActionType, ResourceType and EventNames follow the "*" rules', fix: 'use Read, Write or *; "*" or one lowercase product; eventNames ["*"] when resourceType is "*", never "*" mixed with names', rationale: `${SOURCES.createAuditTrack}; codes CA103-CA105, CA107-CA109` },
  { id: 'API-003', level: 'error', title: 'a product lists at most 10 API names', fix: 'use ["*"] for the whole product, or keep at most 10 names', rationale: `${SOURCES.createAuditTrack}; code CA106` },
  { id: 'API-004', level: 'error', title: 'the COS storage prefix is 3-40 letters and digits', fix: 'use a prefix such as "cloudaudit"', rationale: `${SOURCES.sdkStorage}; code CA205` },
  { id: 'API-005', level: 'error', title: 'storage_name is the bucket name without "-<APPID>" (COS) or the topic ID (CLS)', fix: 'drop the "-<APPID>" suffix from storage_name; give CLS the topic ID', rationale: `${SOURCES.sdkStorage}; codes CA201-CA203, CA305` },
  { id: 'ORG-001', level: 'warning', title: 'an account has at most one organization-wide tracking set', fix: 'keep one track with track_for_all_members 1 and narrow or remove the others', rationale: `each org-wide track ships every member account's logs: two ship them twice, to two places to protect (${SOURCES.organization})` },
  { id: 'ORG-002', level: 'warning', title: 'an org-wide track delivering to another account has the CloudAudit service role in the plan', fix: 'create the role CloudAudit_QCSRole with policy QcloudAccessForCloudAuditRoleInMultipleaccountTrailDelivery (id 102693096), or acknowledge that it exists', rationale: 'cross-account delivery runs as the CloudAudit service role (doc 1021/76482); without it delivery fails (role and policy as created by tencentcloud-landing-zone-booster modules/cloudaudit-track)' },
  { id: 'QTA-001', level: 'warning', title: 'an account holds no more tracking sets than the quota', fix: 'merge tracks (one track takes several selectors), or raise the quota with --quota / AuditChecks quota after checking InquireAuditCredit', rationale: QUOTA_SOURCE },
];

const BY_ID = new Map(RULES.map((r) => [r.id, r]));

/** The rule with this id; throws on an unknown id (a programming error). */
export function rule(id: string): RuleInfo {
  const r = BY_ID.get(id);
  if (!r) throw new Error(`unknown review rule ${id}`);
  return r;
}

/** Whether `id` names a rule. */
export function isRuleId(id: string): boolean {
  return BY_ID.has(id);
}

/** Acknowledgement reasons must say something: the same floor as cdk-nag. */
export const MIN_REASON_LENGTH = 10;
