/**
 * The error catalogue: every code the library raises, with the rule it enforces and the source
 * the rule comes from. Pure TypeScript (no cdktf), shared by the constructs and the review.
 */
import { IMPORT_API_SOURCE, IMPORT_SOURCE } from './importing';
import { QUOTA_SOURCE } from './quota';

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

/** One entry of the catalogue. */
export interface ErrorCodeInfo {
  /** Short name of the rule, e.g. `TrackNameInvalid`. */
  readonly name: string;
  /** The rule, in one line. */
  readonly rule: string;
  /** Where the rule comes from. */
  readonly source: string;
  /** `error` stops synth; `warning` is an annotation. */
  readonly level: 'error' | 'warning';
}

/**
 * Every code. Codes are stable: never renumber, only add.
 * CA0xx props shape, CA1xx track, CA2xx COS, CA3xx CLS, CA4xx regions, CA5xx organization, CA6xx review,
 * CA70x CLS alarms, CA72x-75x EventBridge, CA80x service role, CA82x plan-time checks, CA83x/85x quota,
 * CA90x-91x import.
 */
export const ERROR_CODES: Record<string, ErrorCodeInfo> = {
  CA001: { name: 'PropsInvalid', rule: 'props must have the documented shape and types', source: SOURCES.library, level: 'error' },
  CA101: { name: 'TrackNameInvalid', rule: 'trackName is 3-48 characters of letters, digits, "-" and "_"', source: SOURCES.createAuditTrack, level: 'error' },
  CA102: { name: 'TrackNameDuplicate', rule: 'two tracks in one stack cannot share a name', source: SOURCES.createAuditTrack, level: 'error' },
  CA103: { name: 'ActionTypeInvalid', rule: 'actionType is Read, Write or * (case-sensitive)', source: SOURCES.createAuditTrack, level: 'error' },
  CA104: { name: 'ResourceTypeInvalid', rule: 'resourceType is "*" or one lowercase product code such as "cvm"', source: SOURCES.createAuditTrack, level: 'error' },
  CA105: { name: 'EventNamesNotStar', rule: 'when resourceType is "*", eventNames must be exactly ["*"]', source: SOURCES.createAuditTrack, level: 'error' },
  CA106: { name: 'EventNamesTooMany', rule: 'a product takes ["*"] or at most 10 API names', source: SOURCES.createAuditTrack, level: 'error' },
  CA107: { name: 'EventNamesStarMixed', rule: '"*" cannot be mixed with API names', source: SOURCES.createAuditTrack, level: 'error' },
  CA108: { name: 'EventNameBlank', rule: 'eventNames is non-empty and holds no empty, blank or space-containing name', source: SOURCES.createAuditTrack, level: 'error' },
  CA109: { name: 'EventNameDuplicate', rule: 'eventNames holds each API name once', source: SOURCES.createAuditTrack, level: 'error' },
  CA110: { name: 'DestinationInvalid', rule: 'destination is a CosDestination or ClsDestination (an IAuditDestination)', source: SOURCES.library, level: 'error' },
  CA111: { name: 'SelectorsConflict', rule: 'selectors cannot be combined with resourceType or eventNames', source: SOURCES.library, level: 'error' },
  CA112: { name: 'SelectorCovered', rule: 'a selector cannot sit beside one that already records all its events (e.g. "*" beside a product)', source: SOURCES.createAuditTrack, level: 'error' },
  CA113: { name: 'SelectorDuplicate', rule: 'a product and actionType appear in one selector only', source: SOURCES.createAuditTrack, level: 'error' },
  CA201: { name: 'BucketNameInvalid', rule: 'bucketName is lowercase letters, digits and "-", not starting or ending with "-"', source: SOURCES.cosBucketName, level: 'error' },
  CA202: { name: 'BucketNameTooLong', rule: 'bucketName is at most 49 characters so that "<name>-<appid>" fits 60', source: SOURCES.cosBucketName, level: 'error' },
  CA203: { name: 'BucketNameHasAppId', rule: 'bucketName is given without the "-<APPID>" suffix', source: SOURCES.sdkStorage, level: 'error' },
  CA204: { name: 'AppIdInvalid', rule: 'appId is exactly 10 digits', source: SOURCES.cosBucketName, level: 'error' },
  CA205: { name: 'PrefixInvalid', rule: 'prefix is 3-40 letters and digits', source: SOURCES.sdkStorage, level: 'error' },
  CA206: { name: 'EncryptionInvalid', rule: 'kmsKeyId is given with KMS encryption and only with it', source: SOURCES.cosProvider, level: 'error' },
  CA207: { name: 'RetentionInvalid', rule: 'retentionDays is a whole number of days within the documented range', source: SOURCES.cosProvider, level: 'error' },
  CA208: { name: 'RetentionTooShort', rule: 'retention under 180 days needs allowShortRetention: true', source: SOURCES.library, level: 'error' },
  CA209: { name: 'ObjectLockInvalid', rule: 'objectLockDays is a whole number from 1 to 36500', source: SOURCES.cosProvider, level: 'error' },
  CA210: { name: 'BucketNameDuplicate', rule: 'two destinations in one stack cannot create the same bucket', source: SOURCES.cosBucketName, level: 'error' },
  CA301: { name: 'ClsRetentionInvalid', rule: 'retentionDays is 1-3600, or 3640 for permanent', source: SOURCES.clsTopicApi, level: 'error' },
  CA302: { name: 'ClsHotPeriodInvalid', rule: 'hotPeriodDays is 0, or at least 7 and less than retentionDays', source: SOURCES.clsTopicApi, level: 'error' },
  CA303: { name: 'ClsTopicNameInvalid', rule: 'topicName is non-empty, at most 255 characters, has no "|" and is not a reserved name', source: SOURCES.clsTopicApi, level: 'error' },
  CA304: { name: 'ClsLogsetNameInvalid', rule: 'logsetName is 1-255 characters without "|"', source: SOURCES.clsLogsetApi, level: 'error' },
  CA305: { name: 'ClsTopicIdInvalid', rule: 'topicId is 1-50 characters (the CLS topic ID, not its name)', source: SOURCES.sdkStorage, level: 'error' },
  CA401: { name: 'RegionUnknown', rule: 'a region is a real Tencent Cloud region id such as "ap-guangzhou"', source: SOURCES.regions, level: 'error' },
  CA402: { name: 'ProviderRegionMismatch', rule: 'storage is created in its provider\'s region, which must equal the destination region', source: SOURCES.cosProvider, level: 'error' },
  CA453: { name: 'ProviderRegionUnset', rule: 'storage is created in its provider\'s region; with no region set the provider uses TENCENTCLOUD_REGION or ap-guangzhou', source: SOURCES.cosProvider, level: 'warning' },
  CA451: { name: 'RegionNotListed', rule: 'a region outside the documented list for this use is allowed, with a warning', source: SOURCES.createAuditTrack, level: 'warning' },
  CA452: { name: 'RegionRetired', rule: 'a region missing from every current official list is allowed, with a warning', source: SOURCES.regions, level: 'warning' },
  CA501: { name: 'StorageAccountIdInvalid', rule: 'storageAccountId is the account UIN: digits only', source: SOURCES.organization, level: 'error' },
  CA502: { name: 'StorageAppIdInvalid', rule: 'storageAppId is exactly 10 digits', source: SOURCES.organization, level: 'error' },
  CA503: { name: 'StorageAccountPartial', rule: 'storageAccountId and storageAppId are given both or neither', source: SOURCES.organization, level: 'error' },
  // CA6xx: compliance review (AuditChecks, cloudaudit-review); see README: Compliance review, Rules.
  CA601: { name: 'AcknowledgementReasonTooShort', rule: 'an acknowledgement gives a reason of at least 10 characters', source: SOURCES.library, level: 'error' },
  CA602: { name: 'AcknowledgementRuleUnknown', rule: 'an acknowledgement names a review rule id such as "COV-001" (README: Compliance review, Rules)', source: SOURCES.library, level: 'error' },
  CA603: { name: 'ReviewQuotaInvalid', rule: 'the tracking-set quota is a whole number >= 1', source: SOURCES.library, level: 'error' },
  CA610: { name: 'ReviewInputMissing', rule: 'a review input is an existing, readable file or directory', source: SOURCES.library, level: 'error' },
  CA611: { name: 'ReviewInputNotJson', rule: 'a review input file is valid JSON', source: SOURCES.library, level: 'error' },
  CA612: { name: 'ReviewInputBinary', rule: 'a review input file is UTF-8 text without NUL bytes', source: SOURCES.library, level: 'error' },
  CA613: { name: 'ReviewInputTooLarge', rule: 'a review input file is at most 256 MB', source: SOURCES.library, level: 'error' },
  CA614: { name: 'ReviewInputNoStacks', rule: 'a review input directory holds stacks/*/cdk.tf.json, *.tf.json or plan JSON', source: SOURCES.library, level: 'error' },
  CA615: { name: 'ReviewInputNotTerraform', rule: 'a review input is a Terraform JSON configuration or a `terraform show -json` plan or state', source: SOURCES.library, level: 'error' },
  CA616: { name: 'ReviewUsage', rule: 'cloudaudit-review takes known options and at least one input path (see --help)', source: SOURCES.library, level: 'error' },
  CA701: { name: 'AlarmNameInvalid', rule: 'an alarm or notice name is 1-255 bytes without "|"', source: SOURCES.clsAlarmApi, level: 'error' },
  CA702: { name: 'AlarmTriggerCountInvalid', rule: 'triggerCount is a whole number from 1 to 2000', source: SOURCES.clsAlarmApi, level: 'error' },
  CA703: { name: 'AlarmPeriodInvalid', rule: 'alarmPeriodMinutes (repeat interval) is a whole number from 0 to 1440', source: SOURCES.clsAlarmApi, level: 'error' },
  CA704: { name: 'AlarmIntervalInvalid', rule: 'intervalMinutes (monitor_time.time) is a whole number from 1 to 1440', source: SOURCES.clsAlarmApi, level: 'error' },
  CA705: { name: 'AlarmWindowInvalid', rule: 'windowMinutes (the query range, start_time_offset) is a whole number from 1 to 1440', source: SOURCES.clsAlarmApi, level: 'error' },
  CA706: { name: 'AlarmQueryChoice', rule: 'an alarm has exactly one of query and preset; a query is not blank', source: SOURCES.clsAlarmApi, level: 'error' },
  CA707: { name: 'AlarmNoticeChoice', rule: 'an alarm has exactly one of noticeIds and notify (the alarm takes alarm_notice_ids)', source: SOURCES.clsAlarmApi, level: 'error' },
  CA708: { name: 'AlarmReceiverInvalid', rule: 'notify has at least one receiver id (whole numbers) and at least one channel, each once', source: SOURCES.clsAlarmApi, level: 'error' },
  CA709: { name: 'AlarmConditionInvalid', rule: 'condition is a non-blank expression over the query result, e.g. "$1.events > 0"', source: SOURCES.clsAlarmApi, level: 'error' },
  CA721: { name: 'EventRuleNameInvalid', rule: 'ruleName is 2-60 letters, digits, "_" and "-", starting with a letter and ending with a letter or digit', source: SOURCES.ebRuleApi, level: 'error' },
  CA722: { name: 'EventRuleProductsInvalid', rule: 'products lists 1 or more lowercase product codes (not "*"), each once', source: SOURCES.ebRuleApi, level: 'error' },
  CA723: { name: 'EventRuleTypesInvalid', rule: 'eventTypes lists 1-3 of ApiCall, ConsoleCall, MiniProgramCall, each once', source: SOURCES.ebRuleApi, level: 'error' },
  CA724: { name: 'EventRuleDescriptionInvalid', rule: 'description is at most 200 characters', source: SOURCES.ebRuleApi, level: 'error' },
  CA725: { name: 'EventBusIdInvalid', rule: 'eventBusId is the bus ID (e.g. "eb-xxxxxxxx"): not blank, no whitespace', source: SOURCES.ebRuleApi, level: 'error' },
  CA726: { name: 'EventTargetInvalid', rule: 'a target resourceDescription is the QCS resource string of its type, e.g. "qcs::scf:<region>:uin/<uin>:namespace/<ns>/function/<fn>/$LATEST"', source: SOURCES.ebTargetApi, level: 'error' },
  CA727: { name: 'ApiNamesInvalid', rule: 'eventNames of an event rule or of SensitiveOperations.custom lists 1 or more exact API names (no "*", no whitespace), each once', source: SOURCES.ebRuleApi, level: 'error' },
  CA751: { name: 'EventRuleRegionNotGuangzhou', rule: 'the Tencent Cloud service event bus that receives CloudAudit events is in ap-guangzhou', source: SOURCES.ebRuleApi, level: 'warning' },
  CA801: { name: 'ServiceRoleDuplicate', rule: 'an account has one CloudAudit_QCSRole: create it once per provider (account)', source: SOURCES.camRole, level: 'error' },
  CA802: { name: 'PolicyIdInvalid', rule: 'a policy id is the numeric CAM policy ID (not its name), each once', source: SOURCES.camRole, level: 'error' },
  CA821: { name: 'CosRegionNotEnabled', rule: 'the COS storage region is one ListCosEnableRegion returns (checked at plan time, not synth)', source: SOURCES.cosEnableRegion, level: 'error' },
  CA831: { name: 'TrackQuotaInvalid', rule: 'the context value cloudaudit:trackQuota is a whole number >= 1', source: SOURCES.library, level: 'error' },
  CA851: { name: 'TrackQuotaExceeded', rule: 'an account holds a limited number of tracking sets; the API refuses more with LimitExceeded.OverAmount', source: QUOTA_SOURCE, level: 'warning' },
  // CA90x-91x: adopting existing tracking sets (import blocks on the constructs, cloudaudit-import); see docs/import.md.
  CA900: { name: 'ImportTrackIdInvalid', rule: 'importTrackId is the TrackId of the existing tracking set: a whole number written as a string of digits, e.g. "24283"', source: IMPORT_SOURCE, level: 'error' },
  CA901: { name: 'ImportBucketNeedsAppId', rule: 'a bucket is imported by its full name "<bucketName>-<appId>": importExisting needs a literal appId', source: IMPORT_SOURCE, level: 'error' },
  CA902: { name: 'ImportClsIdsInvalid', rule: 'importLogsetId and importTopicId are given together, each a CLS ID without whitespace', source: IMPORT_SOURCE, level: 'error' },
  CA910: { name: 'ImportUsage', rule: 'cloudaudit-import takes a DescribeAuditTracks JSON file, optional DescribeAuditTrack files (--track) and known options (see --help)', source: SOURCES.library, level: 'error' },
  CA911: { name: 'ImportInputUnreadable', rule: 'an import input is an existing, readable UTF-8 file', source: SOURCES.library, level: 'error' },
  CA912: { name: 'ImportInputNotJson', rule: 'an import input is valid JSON', source: SOURCES.library, level: 'error' },
  CA913: { name: 'ImportInputNotTracks', rule: 'the input is a DescribeAuditTracks response (with or without the Response envelope): an object with a Tracks array of Tracks objects with unique TrackIds and names, every page of it (TotalCount)', source: IMPORT_API_SOURCE, level: 'error' },
  CA914: { name: 'ImportInputEmpty', rule: 'the DescribeAuditTracks response lists at least one tracking set', source: IMPORT_API_SOURCE, level: 'error' },
  CA915: { name: 'ImportStorageTypeUnknown', rule: 'a tracking set to import delivers to cos or cls (the storage types this library models)', source: IMPORT_API_SOURCE, level: 'error' },
  CA916: { name: 'ImportFieldType', rule: 'every field has the type of the SDK model: TrackId and Status whole numbers, Name, ActionType, ResourceType and Storage fields strings, EventNames an array of strings', source: IMPORT_API_SOURCE, level: 'error' },
  CA917: { name: 'ImportDetailMismatch', rule: 'a --track file is a DescribeAuditTrack response naming a tracking set of the DescribeAuditTracks input, once; a track the list gives without ResourceType/ActionType/EventNames (multi-product) needs one', source: IMPORT_API_SOURCE, level: 'error' },
  CA918: { name: 'ImportOutputUnwritable', rule: 'the --output file can be written', source: SOURCES.library, level: 'error' },
  CA919: { name: 'ImportTrackBreaksRule', rule: 'a tracking set whose current settings break a rule (or that the constructs cannot express) is written commented out, with a comment naming the rule, and the command exits 1', source: SOURCES.library, level: 'error' },
  CA620: { name: 'HclSyntax', rule: 'every .tf and .tfvars file of a reviewed folder is HCL that Terraform parses (the message is the parser\'s)', source: 'Terraform docs, Files and Directories (developer.hashicorp.com/terraform/language/files)', level: 'error' },
  CA621: { name: 'VarFileInvalid', rule: 'a --var-file is an existing .tfvars (HCL) or .tfvars.json (a JSON object) file', source: 'Terraform docs, Input Variables: Variable Definitions (.tfvars) Files (developer.hashicorp.com/terraform/language/values/variables)', level: 'error' },
  CA622: { name: 'VarInvalid', rule: '--var is name=value for a variable the reviewed folder declares', source: 'Terraform docs, Input Variables: Variables on the Command Line (developer.hashicorp.com/terraform/language/values/variables)', level: 'error' },
  CA623: { name: 'ModuleNotFollowed', rule: 'the review follows module blocks with a local source ("./", "../"); the resources of other modules are unknown to it', source: 'Terraform docs, Module Sources (developer.hashicorp.com/terraform/language/modules/sources)', level: 'warning' },
};

/** A rule broken by a value: what the constructs throw and what the review reports. */
export interface Violation {
  /** Catalogue code, e.g. `CA101`. */
  readonly code: string;
  /** The prop or Terraform attribute, e.g. `trackName`. */
  readonly field: string;
  /** What was wrong with the value, in one line. */
  readonly problem: string;
  /** How to fix it, in one line. */
  readonly fix: string;
}

/** Renders a violation as one line, with the construct path when there is one. */
export function formatViolation(v: Violation, path?: string): string {
  const info = ERROR_CODES[v.code];
  const where = path ? `${path}: ` : '';
  const rule = info ? ` Rule: ${info.rule} (source: ${info.source}).` : '';
  return `[${v.code}${info ? ` ${info.name}` : ''}] ${where}${v.field}: ${v.problem}.${rule} Fix: ${v.fix}`;
}

/**
 * The error every construct throws on bad input, before anything is synthesized.
 * It carries the code, the construct path, the field, the rule and the fix.
 */
export class CloudAuditValidationError extends Error {
  /** Catalogue code, e.g. `CA101`. */
  public readonly code: string;
  /** Construct path of the construct that refused the input. */
  public readonly constructPath: string;
  /** The prop that broke the rule. */
  public readonly field: string;
  /** The rule, in one line. */
  public readonly rule: string;
  /** How to fix it. */
  public readonly fix: string;

  constructor(violation: Violation, constructPath: string) {
    super(formatViolation(violation, constructPath));
    this.name = 'CloudAuditValidationError';
    this.code = violation.code;
    this.constructPath = constructPath;
    this.field = violation.field;
    this.rule = ERROR_CODES[violation.code]?.rule ?? '';
    this.fix = violation.fix;
    Object.setPrototypeOf(this, CloudAuditValidationError.prototype);
  }
}
