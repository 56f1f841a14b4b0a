/**
 * Where rules come from: public documents, cited by title and link. Shared by every rule family.
 */

/** Where a rule comes from: public titles and links. Keep these short; docs/errors.md lists them in full. */
export const SOURCES = {
  createAuditTrack:
    'CreateAuditTrack API, https://www.tencentcloud.com/document/product/1021/45906 (SDK cloudaudit v20190319, CreateAuditTrackRequest)',
  sdkStorage: 'CloudAudit API data type Storage (SDK cloudaudit v20190319)',
  cosBucketName:
    'COS bucket naming, https://cloud.tencent.com/document/product/436/13312, as terraform-provider-tencentcloud v1.83.25 validates it (ValidateCosBucketName)',
  cosProvider: 'terraform-provider-tencentcloud v1.83.25, resource tencentcloud_cos_bucket',
  clsTopicApi: 'CLS API CreateTopic (SDK cls v20201016 CreateTopicRequest) and the provider\'s tencentcloud_cls_topic documentation',
  clsLogsetApi: 'CLS API CreateLogset (SDK cls v20201016 CreateLogsetRequest)',
  regions:
    'Tencent Cloud regions: CVM DescribeRegions, and the API TLS notice https://cloud.tencent.com/announce/detail/2465 (2026)',
  cosDeliveryRegions:
    'CloudAudit Features, https://www.tencentcloud.com/document/product/1021/30333, and ListCosEnableRegion',
  clsRegions: 'CLS Available Regions, https://www.tencentcloud.com/document/product/614/18940',
  organization:
    'CreateAuditTrack API (TrackForAllMembers, Storage.StorageAccountId/StorageAppId), https://www.tencentcloud.com/document/product/1021/45906; cross-account delivery doc 1021/76482',
  library: 'this library (a safety default, not an API rule)',
  clsAlarmApi:
    'CLS API CreateAlarm / CreateAlarmNotice, https://cloud.tencent.com.cn/document/api/614/56466 (SDK cls v20201016 AlarmTarget, MonitorTime, NoticeReceiver)',
  ebRuleApi:
    'EventBridge CreateRule and the provider\'s tencentcloud_eb_event_rule (rule_name, description); CloudAudit events on EventBridge, https://www.tencentcloud.com/document/product/1108/46246',
  ebTargetApi: 'EventBridge CreateTarget (SDK eb v20210416 CreateTargetRequest, ResourceDescription examples)',
  camRole:
    'the provider\'s tencentcloud_cam_role and tencentcloud_cam_role_policy_attachment (policy_id is numeric); role CloudAudit_QCSRole as the tencentcloud-landing-zone-booster and terraform-tencentcloud-cloudaudit modules create it',
  cosObjectLock:
    'COS Setting Object Lock, https://www.tencentcloud.com/document/product/436/40136 ("While an object is within its retention period, the transition and deletion operations configured in the lifecycle policy do not take effect")',
  providerConfiguration:
    'Terraform docs, Provider Configuration (alias: multiple provider configurations; a resource without provider uses the default configuration), https://developer.hashicorp.com/terraform/language/providers/configuration',
  cloudAuditToCls:
    'CloudAudit tracking sets (CreateAuditTrack: ResourceType, ActionType, EventNames decide what a tracking set delivers), https://www.tencentcloud.com/document/product/1021/45906',
  ebBuses:
    'EventBridge event bus types, https://www.tencentcloud.com/document/product/1108/42284 (the Tencent Cloud service event bus is created in Guangzhou and receives CloudAudit events); ListEventBuses (SDK eb v20210416 EventBus.Type: Cloud, Platform, Custom), read by the data source tencentcloud_eb_bus',
  cosEnableRegion: 'CloudAudit ListCosEnableRegion, read at plan time by the data source tencentcloud_audit_cos_regions',
  auditLogFields:
    'CloudAudit, Viewing Event Details in Operation Record (appendix: the fields of an event), https://www.tencentcloud.com/document/product/1021/40499',
  lookUpEvents:
    'CloudAudit API LookUpEvents (output sample: a CloudAuditEvent with userIdentity.type "Root"), https://www.tencentcloud.com/document/api/1021/34200',
  auditedServices:
    'CloudAudit-Enabled Services and APIs (per product: operation, resource type, event name), the CloudAudit documentation sources at https://github.com/tencentyun/intlcloud-documents/tree/master/yehe_doc/开发者服务/云审计/产品简介/支持审计的服务及接口列表 @2b31d235',
  clsIndex:
    'CLS index configuration (key-value index: field type long, text or double, analysis on with sql_flag) and the provider\'s tencentcloud_cls_index',
  clsIpFunctions:
    'CLS IP Geographic Function (IP range functions: is_subnet_of), https://www.tencentcloud.com/document/product/614/41991',
  clsTriggerCondition:
    'CLS Trigger Condition Expression ($N.keyname, $N.__QUERYCOUNT__), https://www.tencentcloud.com/document/product/614/39576',
  ebPattern:
    'EventBridge Event Pattern (exact, prefix, anything-but, numeric and cidr matching; patterns nest), https://www.tencentcloud.com/document/product/1108/42288',
} as const;

/** The tracking-set quota's sources (the documented numbers disagree; see quota.ts). */
export const QUOTA_SOURCE =
  'CloudAudit Features, https://www.tencentcloud.com/document/product/1021/30333 ("up to 5 tracking sets"); error LimitExceeded.OverAmount; query InquireAuditCredit';
