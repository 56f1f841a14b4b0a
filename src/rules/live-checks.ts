/**
 * Rules that only the cloud can answer, checked at plan time (Terraform preconditions) or
 * counted at synth. Pure functions.
 */
import { Violation } from './errors';
import { DEFAULT_TRACK_QUOTA, QUOTA_SOURCE } from './quota';
import { isWholeNumber } from './storage';

/** Context key that overrides the tracking-set quota per account. */
export const TRACK_QUOTA_CONTEXT_KEY = 'cloudaudit:trackQuota';

/**
 * The precondition message when the COS storage region is not a CloudAudit delivery region.
 * The list comes from ListCosEnableRegion through data.tencentcloud_audit_cos_regions, which the
 * provider calls without WebsiteType, so the API default (China site, "zh") applies
 * (provider data_source_tc_audit_cos_regions.go; see README for the international site).
 */
export function cosRegionNotEnabledMessage(region: string, path: string): string {
  return `[CA821 CosRegionNotEnabled] ${path}: storage region "${region}" is not in the COS delivery regions CloudAudit returns (ListCosEnableRegion, data.tencentcloud_audit_cos_regions). `
    + 'Fix: put the bucket in a listed region, or set checkDeliveryRegion: false if your site returns a different list.';
}

/** The quota from the context value, or the default; a bad value is a violation. */
export function resolveQuota(value: unknown): { quota: number; violations: Violation[] } {
  if (value === undefined) return { quota: DEFAULT_TRACK_QUOTA, violations: [] };
  const n = typeof value === 'string' && /^[0-9]+$/.test(value) ? Number(value) : value;
  if (typeof n === 'number' && isWholeNumber(n) && n >= 1) return { quota: n, violations: [] };
  return {
    quota: DEFAULT_TRACK_QUOTA,
    violations: [{ code: 'CA831', field: TRACK_QUOTA_CONTEXT_KEY, problem: `${JSON.stringify(value)} is not a whole number >= 1`, fix: `set the context value to your account's quota (InquireAuditCredit), e.g. ${DEFAULT_TRACK_QUOTA}` }],
  };
}

/**
 * One warning per account, on its first tracking set past the quota (`position` is 1-based):
 * one finding per account reads better than one per track, and costs nothing at 1,000 tracks.
 */
export function checkTrackQuota(position: number, total: number, quota: number, account: string): Violation[] {
  if (position !== quota + 1) return [];
  return [{
    code: 'CA851',
    field: 'trackName',
    problem: `${account} has ${total} tracking sets in this app, ${total - quota} above the quota of ${quota}, from this one on (tracking set ${position} of ${total}; source: ${QUOTA_SOURCE}); the API refuses them with LimitExceeded.OverAmount, and tracking sets created outside this app count too`,
    fix: `remove tracking sets, or if your quota is higher (InquireAuditCredit), set the context value "${TRACK_QUOTA_CONTEXT_KEY}"`,
  }];
}
