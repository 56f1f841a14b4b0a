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
import { defineRule } from './rule';
import { SOURCES } from './sources';
import { lit } from './terraform';

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

export const CAM_ROLE = 'tencentcloud_cam_role';
export const CAM_ROLE_POLICY_ATTACHMENT = 'tencentcloud_cam_role_policy_attachment';
/** The multi-account delivery policy's name, as the review may find it instead of its id. */
export const MULTI_ACCOUNT_POLICY_NAME = 'QcloudAccessForCloudAuditRoleInMultipleaccountTrailDelivery';

export const ServiceRoleDuplicate = defineRule({
  code: 'CA801',
  name: 'ServiceRoleDuplicate',
  level: 'error',
  source: SOURCES.camRole,
  review: 'API-013',
  rule: 'an account has one CloudAudit_QCSRole: create it once per provider (account)',
  reads: [{ resource: CAM_ROLE, attributes: ['name'] }],
  field: 'provider',
  terraform: (r, ctx) => (lit(r.values.name) === SERVICE_ROLE_NAME || lit(r.values.role_name) === SERVICE_ROLE_NAME ? [{ input: { usedBy: ctx.claim(r.account, r.address) }, field: 'name' }] : []),
  check: ({ usedBy }: { usedBy?: string }, field) => (usedBy === undefined ? undefined
    : { field, problem: `${usedBy} already creates ${SERVICE_ROLE_NAME} through the same provider (account)`, fix: 'create the role once per account and share it (e.g. createServiceRole on one track only)', fixTerraform: `keep one tencentcloud_cam_role named ${SERVICE_ROLE_NAME} per provider` }),
});

export const PolicyIdInvalid = defineRule({
  code: 'CA802',
  name: 'PolicyIdInvalid',
  level: 'error',
  source: SOURCES.camRole,
  review: 'API-013',
  rule: 'a policy id is the numeric CAM policy ID (not its name), each once',
  reads: [{ resource: CAM_ROLE_POLICY_ATTACHMENT, attributes: ['policy_id'] }],
  field: 'policyIds',
  terraform: (r) => { const id = lit(r.values.policy_id); return id === undefined ? [] : [{ input: [id], field: 'policy_id' }]; },
  example: ['AdministratorAccess'],
  check: (ids: readonly string[], field) => {
    const bad = ids.findIndex((id) => !/^[0-9]{1,19}$/.test(id));
    if (bad >= 0) {
      return { field: `${field}[${bad}]`, problem: `${JSON.stringify(ids[bad])} is not a numeric policy id`, fix: 'give the numeric CAM policy ID (CAM console, policy details), e.g. "18150187" for QcloudAccessForCARole' };
    }
    const dup = ids.find((id, i) => ids.indexOf(id) !== i);
    return dup === undefined ? undefined : { field, problem: `"${dup}" is listed twice`, fix: 'list each policy id once' };
  },
});

export const SERVICE_ROLE_RULES = [ServiceRoleDuplicate, PolicyIdInvalid] as const;
