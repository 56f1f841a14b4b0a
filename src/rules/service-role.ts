/**
 * The CAM service role CloudAudit uses to deliver logs. Pure data and checks.
 *
 * Sources (no Tencent API page names the role; both official Terraform modules create it):
 * - role name `CloudAudit_QCSRole`, trust `{"version":"2.0","statement":[{"action":["name/sts:AssumeRole"],
 *   "effect":"allow","principal":{"service":["cloudaudit.cloud.tencent.com"]}}]}`:
 *   terraform-tencentcloud-modules/tencentcloud-landing-zone-booster modules/cloudaudit-track/cam.tf
 *   @4a403a1f and terraform-tencentcloud-modules/terraform-tencentcloud-cloudaudit main.tf @270a4108.
 *   The provider's cam_role description says elements that take a string or an array must be
 *   written as arrays, hence `principal.service` is an array here.
 * - policy ids, from the landing zone's code comments (attached by numeric id):
 *   18150187 = QcloudAccessForCARole, 102693096 = QcloudAccessForCloudAuditRoleInMultipleaccountTrailDelivery.
 *   UNVERIFIED: that these numeric ids are the same in every account and on both sites (China and
 *   international). They are overridable (`policyIds`).
 * - policy_id must be numeric: provider cam_role_policy_attachment parses it with strconv.Atoi
 *   (resource_tc_cam_role_policy_attachment.go @4b0a358d); a policy name is refused at apply.
 */
import { Violation } from './errors';

export const SERVICE_ROLE_NAME = 'CloudAudit_QCSRole';
export const SERVICE_PRINCIPAL = 'cloudaudit.cloud.tencent.com';
/** QcloudAccessForCARole (UNVERIFIED: same id in every account/site). */
export const CA_ROLE_POLICY_ID = '18150187';
/** QcloudAccessForCloudAuditRoleInMultipleaccountTrailDelivery (UNVERIFIED: same id in every account/site). */
export const MULTI_ACCOUNT_POLICY_ID = '102693096';

/** The trust policy document, as the provider compares it (JSON, key order irrelevant). */
export function serviceRoleTrustDocument(): string {
  return JSON.stringify({
    version: '2.0',
    statement: [{ action: ['name/sts:AssumeRole'], effect: 'allow', principal: { service: [SERVICE_PRINCIPAL] } }],
  });
}

export function checkPolicyIds(ids: readonly string[], field = 'policyIds'): Violation[] {
  const bad = ids.findIndex((id) => !/^[0-9]{1,19}$/.test(id));
  if (bad >= 0) {
    return [{ code: 'CA802', field: `${field}[${bad}]`, problem: `${JSON.stringify(ids[bad])} is not a numeric policy id`, fix: 'give the numeric CAM policy ID (CAM console, policy details), e.g. "18150187" for QcloudAccessForCARole' }];
  }
  const dup = ids.find((id, i) => ids.indexOf(id) !== i);
  if (dup !== undefined) return [{ code: 'CA802', field, problem: `"${dup}" is listed twice`, fix: 'list each policy id once' }];
  return [];
}
