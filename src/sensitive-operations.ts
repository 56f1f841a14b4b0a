import type { ClsIndexField } from './detection';
import { and, AUDIT_FIELDS, eq, oneOf, renderQuery } from './internal/cls-query';
import { Violation } from './rules/errors';
import { ApiNamesInvalid, SensitiveProductInvalid } from './rules/eventbridge';
import { ResourceTypeInvalid } from './rules/track';

/**
 * A set of operations worth an alarm: one product code and the API (event) names to watch.
 *
 * The presets are our selection. Tencent publishes a "Sensitive Operation API List" page in the
 * CloudAudit docs (its title is in the navigation of tencentcloud.com/document/product/1021/34209)
 * but its content was not available to us, so no preset below is "sensitive" by Tencent's own
 * classification. Each list names where its event names come from; names or product codes that
 * no source confirms as CloudAudit events are marked UNVERIFIED here and in docs/advanced.md.
 *
 * @example
 * logs.addAlarm('KeyChanges', { alarmName: 'cam-key-changes', preset: SensitiveOperations.CAM_KEY_CHANGES, noticeIds: ['notice-…'] });
 */
export class SensitiveOperations {
  // Source for every CAM list: the CloudAudit list of supported CAM operations,
  // tencentyun/intlcloud-documents yehe_doc/开发者服务/云审计/产品简介/支持审计的服务及接口列表/管理与审计/访问管理_intl_en.md
  // @2b31d235, whose rows all have Resource Type "cam". That snapshot is old: newer CAM APIs may be missing.

  /** CAM users and user groups created, changed or deleted (resourceType `cam`). */
  public static readonly CAM_USER_CHANGES = new SensitiveOperations('cam', 'CAM user and group changes', [
    'AddUser', 'AddSubAccount', 'AddSubAccountCheckingMFA', 'AddConsoleUser', 'CreateSubAccounts',
    'DeleteUser', 'DeleteSubAccount', 'UpdateUser', 'UpdateSubAccount', 'UpdateSubAccountAttr',
    'AddUserToGroup', 'AddSubAccountsToGroup', 'RemoveUserFromGroup',
  ]);

  /** CAM policies created, changed, attached or detached, and permission boundaries (resourceType `cam`). */
  public static readonly CAM_POLICY_CHANGES = new SensitiveOperations('cam', 'CAM policy changes', [
    'CreatePolicy', 'DeletePolicy', 'UpdatePolicy', 'UpdateCamStrategy', 'CreatePolicyVersion', 'DeletePolicyVersion', 'SetDefaultPolicyVersion',
    'AttachUserPolicy', 'AttachUserPolicies', 'AttachUsersPolicy', 'AttachGroupPolicy', 'AttachGroupPolicies', 'AttachGroupsPolicy',
    'AttachRolePolicy', 'AttachRolePolicies', 'AttachRolesPolicy',
    'DetachUserPolicy', 'DetachUserPolicies', 'DetachUsersPolicy', 'DetachGroupPolicy', 'DetachGroupPolicies', 'DetachGroupsPolicy',
    'DetachRolePolicy', 'DetachRolePolicies', 'DetachRolesPolicy',
    'PutRolePermissionsBoundary', 'PutEntitiesPermissionsBoundary', 'DeleteRolePermissionsBoundary', 'DeleteEntitiesPermissionsBoundary',
  ]);

  /** CAM roles created, deleted or given a new trust policy (resourceType `cam`). */
  public static readonly CAM_ROLE_CHANGES = new SensitiveOperations('cam', 'CAM role changes', [
    'CreateRole', 'CreateRoleByConsole', 'DeleteRole', 'UpdateAssumeRolePolicy', 'UpdateRoleConsoleLogin',
  ]);

  /** API keys (access keys) created, deleted, enabled or disabled (resourceType `cam`). */
  public static readonly CAM_KEY_CHANGES = new SensitiveOperations('cam', 'CAM API key changes', [
    'CreateAccessKey', 'DeleteAccessKey', 'UpdateAccessKey', 'CreateApiKey', 'DeleteApiKey', 'EnableApiKey', 'DisableApiKey',
  ]);

  /** Login security: MFA/protection flags, password rules, login IP policy, SAML providers (resourceType `cam`). */
  public static readonly CAM_LOGIN_SECURITY_CHANGES = new SensitiveOperations('cam', 'CAM login security changes', [
    'SetSafeAuthFlag', 'UpdatePasswordRules', 'CreateSubAccountLoginIpPolicy', 'CreateSAMLProvider', 'DeleteSAMLProvider', 'UpdateSAMLProvider',
  ]);

  /**
   * Tracking sets changed, stopped or deleted: someone turning the audit off.
   * Names: SDK cloudaudit v20190319 actions (ModifyAuditTrack, ModifyEventsAuditTrack,
   * DeleteAuditTrack, StopLogging; tencentcloud-sdk-dotnet TencentCloud/Cloudaudit/V20190319/Models)
   * and the CAM write-operation list for CloudAudit (tencentcloud.com/document/product/598/57090).
   * The resourceType `cloudaudit`: the LookUpEvents output sample shows a CloudAudit event with it
   * (tencentcloud.com/document/api/1021/34200).
   */
  public static readonly CLOUDAUDIT_TRACK_CHANGES = new SensitiveOperations('cloudaudit', 'CloudAudit tracking set changes', [
    'ModifyAuditTrack', 'ModifyEventsAuditTrack', 'DeleteAuditTrack', 'StopLogging',
  ]);

  /**
   * Security groups and their rules changed or deleted.
   * Names: VPC API actions (tencentcloud-sdk-dotnet TencentCloud/Vpc/V20170312/Models:
   * CreateSecurityGroupPolicies, DeleteSecurityGroupPolicies, ModifySecurityGroupPolicies,
   * ReplaceSecurityGroupPolicy, ModifySecurityGroupAttribute, DeleteSecurityGroup).
   * UNVERIFIED: that CloudAudit records them, and under resourceType `vpc` (the SDK service name).
   */
  public static readonly SECURITY_GROUP_CHANGES = new SensitiveOperations('vpc', 'Security group changes', [
    'CreateSecurityGroupPolicies', 'DeleteSecurityGroupPolicies', 'ModifySecurityGroupPolicies',
    'ReplaceSecurityGroupPolicy', 'ModifySecurityGroupAttribute', 'DeleteSecurityGroup',
  ]);

  /**
   * Network ACL entries and route tables changed.
   * Names: VPC API actions (tencentcloud-sdk-dotnet TencentCloud/Vpc/V20170312/Models:
   * ModifyNetworkAclEntries, ReplaceRoutes). UNVERIFIED: that CloudAudit records them, under `vpc`.
   */
  public static readonly NETWORK_CHANGES = new SensitiveOperations('vpc', 'Network ACL and route changes', [
    'ModifyNetworkAclEntries', 'ReplaceRoutes',
  ]);

  /**
   * Your own set: one product code and the API names to watch.
   * @param product a lowercase product code such as `cvm`
   * @param title a short human title used in notices
   * @param eventNames the exact API names, e.g. `['TerminateInstances']`
   */
  public static custom(product: string, title: string, eventNames: string[]): SensitiveOperations {
    return new SensitiveOperations(product, title, eventNames);
  }

  /** The product code (the log's `resourceType`). */
  public readonly product: string;
  /** A short human title. */
  public readonly title: string;
  /** The API names watched (the log's `eventName`), sorted. */
  public readonly eventNames: string[];

  private constructor(product: string, title: string, eventNames: string[]) {
    this.product = product;
    this.title = title;
    this.eventNames = [...eventNames].sort();
  }

  /**
   * The CLS query (empty for a refused custom set): matching events counted as `events`, e.g.
   * `resourceType:"cam" AND (eventName:"CreateAccessKey" OR …) | select count(*) as events`.
   * The field names are the CloudAudit log's (doc "Viewing Event Details in Operation Record",
   * appendix); they need a key-value index on the topic (`indexFields`), which
   * `ClsDestination.addAlarm` creates. Rendered by the query builder: names are quoted and escaped.
   */
  public get query(): string {
    // A refused custom set has no query (using it throws its coded error).
    if (this._violations('preset').length > 0) return '';
    return renderQuery({
      search: and(eq(AUDIT_FIELDS.resourceType, this.product), oneOf(AUDIT_FIELDS.eventName, this.eventNames)),
      analysis: { groupBy: [], count: 'events' },
    });
  }

  /** The key-value index fields the query needs: `eventName` and `resourceType`, text, analysis on (its SQL counts). */
  public get indexFields(): ClsIndexField[] {
    return [AUDIT_FIELDS.eventName, AUDIT_FIELDS.resourceType].map((f) => ({ key: f.key, type: f.type as ClsIndexField['type'], analysis: true }));
  }

  /** @internal the violations of a custom set (the presets have none). */
  public _violations(field: string): Violation[] {
    const product = [...ResourceTypeInvalid.check(this.product, `${field}.product`), ...SensitiveProductInvalid.check(this.product, `${field}.product`)];
    if (product.length > 0) return product;
    return ApiNamesInvalid.check(this.eventNames, `${field}.eventNames`);
  }
}
