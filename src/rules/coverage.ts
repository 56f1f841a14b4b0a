/**
 * The review's own rules over a whole plan: coverage (COV), organization (ORG), quota (QTA), and the
 * API-00x groups under which findings of the CAxxx API rules are reported (a finding carries both the
 * group id and the code; an acknowledgement may name either). Ids are stable: never renumber, only add.
 */
import { defineRule } from './rule';
import { QUOTA_SOURCE, SOURCES } from './sources';

export const COV_001 = defineRule({
  code: 'COV-001',
  name: 'AllProductsWriteRecorded',
  level: 'error',
  source: SOURCES.library,
  rule: 'at least one enabled tracking set records Write operations of every product',
  fix: 'add an enabled track with resourceType "*", actionType Write or *, eventNames ["*"]',
  fixTerraform: 'add a tencentcloud_audit_track with status 1, resource_type "*", action_type "Write" or "*", event_names ["*"]',
  rationale: 'without it, changes to some product go unrecorded: the core purpose of an audit trail (CreateAuditTrack: ResourceType "*" records all products)',
});

export const COV_002 = defineRule({
  code: 'COV-002',
  name: 'SomeTrackEnabled',
  level: 'error',
  source: SOURCES.library,
  rule: 'not every tracking set in the plan is disabled',
  fix: 'set status 1 (enabled: true) on at least one track',
  fixTerraform: 'set status 1 on at least one tencentcloud_audit_track',
  rationale: 'a disabled tracking set (status 0) delivers nothing (CreateAuditTrack Status: 0 = off)',
});

export const COV_003 = defineRule({
  code: 'COV-003',
  name: 'StorageInPlan',
  level: 'warning',
  source: SOURCES.library,
  rule: 'a track\'s storage is created in the same plan or marked as adopted',
  fix: 'create the bucket/topic in this plan, adopt it with CosDestination.fromExistingBucket / ClsDestination.fromTopicId, or acknowledge that it is managed elsewhere',
  fixTerraform: 'create the bucket/topic in this configuration, or, when it is managed elsewhere, acknowledge COV-003 (a "# cloudaudit:skip=COV-003:<reason>" comment in the track\'s block; in JSON "//": { "cloudaudit": { "adopted_storage": true } })',
  rationale: 'storage outside the plan cannot be reviewed (encryption, retention), and CreateAuditTrack fails with ResourceNotFound.CosNotExist / CheckClsTopicIsExistFailed when it does not exist',
});

export const COV_004 = defineRule({
  code: 'COV-004',
  name: 'TrackingSetPresent',
  level: 'error',
  source: SOURCES.library,
  rule: 'the configuration or plan reviewed declares at least one tracking set',
  fix: 'add an enabled tracking set recording every Write (see COV-001), review the root that holds it together with this one, or lower the expectation with --require-tracks',
  fixTerraform: 'add a tencentcloud_audit_track with status 1, resource_type "*", action_type "Write", event_names ["*"], review the root that holds it together with this one, or lower the expectation with --require-tracks',
  rationale: 'a configuration whose tracking sets were all deleted passes every other rule: nothing is left to judge (CreateAuditTrack: without a tracking set nothing is delivered to storage you keep)',
});

export const COV_005 = defineRule({
  code: 'COV-005',
  name: 'TrackingSetsKept',
  level: 'error',
  source: SOURCES.library,
  rule: 'the plan deletes no tracking set (a replacement is not a deletion)',
  fix: 'keep the tracking set, or acknowledge COV-005 on a remaining track with the reason, or lower the expectation with --require-tracks',
  rationale: 'a deleted tracking set stops recording at apply, and the gap stays in the trail (DeleteAuditTrack)',
});

export const API_001 = defineRule({
  code: 'API-001',
  name: 'ApiTrackName',
  level: 'error',
  source: SOURCES.library,
  rule: 'the track name is 3-48 letters, digits, "-" and "_", unique per account',
  fix: 'rename the track (a rename replaces it)',
  rationale: `${SOURCES.createAuditTrack}; codes CA101, CA102`,
});

export const API_002 = defineRule({
  code: 'API-002',
  name: 'ApiSelectorValues',
  level: 'error',
  source: SOURCES.library,
  rule: 'ActionType, ResourceType and EventNames follow the "*" rules',
  fix: 'use Read, Write or *; "*" or one lowercase product; eventNames ["*"] when resourceType is "*", never "*" mixed with names',
  rationale: `${SOURCES.createAuditTrack}; codes CA103-CA105, CA107-CA109, CA116`,
});

export const API_003 = defineRule({
  code: 'API-003',
  name: 'ApiEventNamesCount',
  level: 'error',
  source: SOURCES.library,
  rule: 'a product lists at most 10 API names',
  fix: 'use ["*"] for the whole product, or keep at most 10 names',
  rationale: `${SOURCES.createAuditTrack}; code CA106`,
});

export const API_004 = defineRule({
  code: 'API-004',
  name: 'ApiStoragePrefix',
  level: 'error',
  source: SOURCES.library,
  rule: 'the storage prefix is 3-40 letters and digits (COS), non-blank without whitespace (CLS), not empty (any other type)',
  fix: 'use a prefix such as "cloudaudit"',
  rationale: `${SOURCES.sdkStorage}; codes CA205, CA306, CA121`,
});

export const API_005 = defineRule({
  code: 'API-005',
  name: 'ApiStorageName',
  level: 'error',
  source: SOURCES.library,
  rule: 'storage_name is the bucket name without "-<APPID>" (COS), the topic ID (CLS) or "<instance id>/<topic>" (CKafka), never empty',
  fix: 'drop the "-<APPID>" suffix from storage_name; give CLS the topic ID and CKafka "<instance id>/<topic>"',
  rationale: `${SOURCES.sdkStorage}; codes CA201-CA203, CA305, CA120, CA122`,
});

export const API_006 = defineRule({
  code: 'API-006',
  name: 'ApiSelectorOverlap',
  level: 'error',
  source: SOURCES.library,
  rule: 'the selectors of one tracking set neither repeat a product and action type nor cover each other',
  fix: 'merge the event_names of repeated resource_fields, and drop a block that a wider one already covers',
  rationale: `${SOURCES.createAuditTrack}; codes CA112, CA113`,
});

export const API_007 = defineRule({
  code: 'API-007',
  name: 'ApiBucketSettings',
  level: 'error',
  source: SOURCES.library,
  rule: 'the log bucket has a 10-digit APPID suffix, a KMS key only with KMS, whole-day expirations, a 1-36500 day object lock and a name of its own',
  fix: 'fix the attribute the finding names (bucket, kms_id, lifecycle_rules, object_lock_configuration)',
  rationale: `${SOURCES.cosProvider}; codes CA204, CA206, CA207, CA209, CA210`,
});

export const API_008 = defineRule({
  code: 'API-008',
  name: 'ApiClsSettings',
  level: 'error',
  source: SOURCES.library,
  rule: 'the CLS topic and logset have names, a period and a hot period that CreateTopic and CreateLogset accept',
  fix: 'use period 1-3600 (3640 permanent), hot_period 0 or 7..period-1, names without a pipe character that are not reserved',
  rationale: `${SOURCES.clsTopicApi}; ${SOURCES.clsLogsetApi}; codes CA301-CA304`,
});

export const API_009 = defineRule({
  code: 'API-009',
  name: 'ApiStorageAccount',
  level: 'error',
  source: SOURCES.library,
  rule: 'storage_account_id (a UIN) and storage_app_id (10 digits) are given both or neither, and given when the storage is created in another account',
  fix: 'give both the destination account UIN and its APPID, or neither; give them when the bucket or topic is created through another account\'s provider',
  rationale: `${SOURCES.organization}; codes CA501-CA504`,
});

export const API_010 = defineRule({
  code: 'API-010',
  name: 'ApiStorageRegion',
  level: 'error',
  source: SOURCES.library,
  rule: 'storage_type is cos, cls or ckafka; storage_region is a real Tencent Cloud region, the one the storage\'s provider creates it in; so is the track provider\'s region',
  fix: 'use storage_type "cos", "cls" or "ckafka" and a region id such as "ap-guangzhou" (not each other\'s value), and create the bucket or topic through a provider in that region',
  rationale: `${SOURCES.sdkStorage}; ${SOURCES.regions}; ${SOURCES.cosProvider}; codes CA115, CA401, CA402`,
});

export const API_011 = defineRule({
  code: 'API-011',
  name: 'ApiClsAlarm',
  level: 'error',
  source: SOURCES.library,
  rule: 'CLS alarms and notice groups have values CreateAlarm and CreateAlarmNotice accept',
  fix: 'fix the attribute the finding names (name, trigger_count, alarm_period, monitor_time, alarm_targets, condition, notice_receivers)',
  rationale: `${SOURCES.clsAlarmApi}; codes CA701-CA710`,
});

export const API_012 = defineRule({
  code: 'API-012',
  name: 'ApiEventRule',
  level: 'error',
  source: SOURCES.library,
  rule: 'EventBridge rules and targets for CloudAudit events have values EventBridge accepts',
  fix: 'fix the attribute the finding names (rule_name, description, event_bus_id, event_pattern, target_description)',
  rationale: `${SOURCES.ebRuleApi}; ${SOURCES.ebTargetApi}; codes CA721-CA727`,
});

export const API_013 = defineRule({
  code: 'API-013',
  name: 'ApiServiceRole',
  level: 'error',
  source: SOURCES.library,
  rule: 'an account has one CloudAudit_QCSRole, with numeric policy ids',
  fix: 'keep one tencentcloud_cam_role CloudAudit_QCSRole per provider; give policy_id as the numeric CAM policy ID',
  rationale: `${SOURCES.camRole}; codes CA801, CA802`,
});

export const API_014 = defineRule({
  code: 'API-014',
  name: 'ApiRegionAdvisory',
  level: 'warning',
  source: SOURCES.library,
  rule: 'no region is a retired one, a storage provider that sets no region is not relied on for another region, and CloudAudit event rules are managed in ap-guangzhou',
  fix: 'check the region still exists; set region on the provider that creates the storage; manage EventBridge rules for CloudAudit events through a provider in ap-guangzhou',
  rationale: `${SOURCES.regions}; ${SOURCES.cosProvider}; ${SOURCES.ebRuleApi}; codes CA452, CA453, CA751`,
});

export const API_015 = defineRule({
  code: 'API-015',
  name: 'AlarmCanFire',
  level: 'warning',
  source: SOURCES.library,
  rule: 'a CLS alarm on a CloudAudit topic watches operations an enabled tracking set delivering to that topic records, and the topic\'s index has the fields its query reads',
  fix: 'deliver a tracking set recording the alarm\'s product (or "*") and operations to the topic, and give the topic a tencentcloud_cls_index with the fields the query reads; or acknowledge if they are outside this plan',
  rationale: `${SOURCES.cloudAuditToCls}; ${SOURCES.clsIndex}; codes CA711, CA712`,
});

export const ORG_001 = defineRule({
  code: 'ORG-001',
  name: 'OneOrgWideTrack',
  level: 'warning',
  source: SOURCES.library,
  rule: 'an account has at most one organization-wide tracking set',
  fix: 'keep one track with track_for_all_members 1 and narrow or remove the others',
  rationale: `each org-wide track ships every member account's logs: two ship them twice, to two places to protect (${SOURCES.organization})`,
});

export const ORG_002 = defineRule({
  code: 'ORG-002',
  name: 'OrgServiceRoleInPlan',
  level: 'warning',
  source: SOURCES.library,
  rule: 'an org-wide track delivering to another account has the CloudAudit service role in the plan',
  fix: 'create the role CloudAudit_QCSRole with policy QcloudAccessForCloudAuditRoleInMultipleaccountTrailDelivery (id 102693096), or acknowledge that it exists',
  rationale: 'cross-account delivery runs as the CloudAudit service role (doc 1021/76482); without it delivery fails (role and policy as created by tencentcloud-landing-zone-booster modules/cloudaudit-track)',
});

export const QTA_001 = defineRule({
  code: 'QTA-001',
  name: 'TrackQuota',
  level: 'warning',
  source: SOURCES.library,
  rule: 'an account holds no more tracking sets than the quota',
  fix: 'merge tracks (one track takes several selectors), or raise the quota with --quota / AuditChecks quota after checking InquireAuditCredit',
  fixTerraform: 'merge tracks (one tencentcloud_events_audit_track takes several resource_fields blocks), or raise the quota with --quota after checking InquireAuditCredit',
  rationale: QUOTA_SOURCE,
});

export const COVERAGE_RULES = [COV_001, COV_002, COV_003, COV_004, COV_005] as const;
/** The groups API findings are reported under. */
export const API_GROUP_RULES = [
  API_001, API_002, API_003, API_004, API_005, API_006, API_007, API_008, API_009, API_010, API_011, API_012, API_013, API_014, API_015,
] as const;
export const ACCOUNT_RULES = [ORG_001, ORG_002, QTA_001] as const;
