/**
 * Where rules come from: public documents, cited by title and link. Shared by every rule family.
 */

/** Where a rule comes from. Keep these short; README lists them in full. */
export const SOURCES = {
  createAuditTrack:
    'CreateAuditTrack API (tencentcloud.com/document/product/1021/45906; SDK cloudaudit v20190319 models.go)',
  sdkStorage: 'CloudAudit SDK v20190319 models.go, type Storage',
  cosBucketName:
    'terraform-provider-tencentcloud v1.83.25 common/validators.go ValidateCosBucketName (COS naming, cloud.tencent.com/document/product/436/13312)',
  cosProvider: 'terraform-provider-tencentcloud v1.83.25 services/cos/resource_tc_cos_bucket.go',
  clsTopicApi: 'CLS API CreateTopic (SDK cls v20201016 CreateTopicRequestParams) and provider cls_topic docs',
  clsLogsetApi: 'CLS API CreateLogset (SDK cls v20201016 CreateLogsetRequestParams)',
  regions:
    'Tencent Cloud region list (CVM DescribeRegions, 2026 TLS notice cloud.tencent.com/announce/detail/2465)',
  cosDeliveryRegions:
    'CloudAudit Features page (tencentcloud.com/document/product/1021/30333) and ListCosEnableRegion',
  clsRegions: 'CLS Available Regions (tencentcloud.com/document/product/614/18940)',
  organization:
    'CreateAuditTrack API, TrackForAllMembers and Storage.StorageAccountId/StorageAppId; cross-account delivery doc 1021/76482',
  library: 'this library (a safety default, not an API rule)',
  clsAlarmApi:
    'CLS API CreateAlarm / CreateAlarmNotice (cloud.tencent.com.cn/document/api/614/56466, SDK cls v20201016 AlarmTarget, MonitorTime, NoticeReceiver)',
  ebRuleApi:
    'provider eb_event_rule rule_name/description (resource_tc_eb_event_rule.go) and EventBridge CreateRule; CloudAudit events: tencentcloud.com/document/product/1108/46246',
  ebTargetApi: 'EventBridge CreateTarget (SDK eb v20210416 CreateTargetRequest, ResourceDescription examples)',
  camRole:
    'provider cam_role / cam_role_policy_attachment (policy_id parsed with strconv.Atoi); role CloudAudit_QCSRole as created by tencentcloud-landing-zone-booster and terraform-tencentcloud-cloudaudit',
  cosEnableRegion: 'CloudAudit ListCosEnableRegion, read at plan time by the data source tencentcloud_audit_cos_regions',
} as const;

/** The tracking-set quota's sources (the documented numbers disagree; see quota.ts). */
export const QUOTA_SOURCE =
  'CloudAudit Features page (tencentcloud.com/document/product/1021/30333: "up to 5 tracking sets"); error LimitExceeded.OverAmount; query InquireAuditCredit';
