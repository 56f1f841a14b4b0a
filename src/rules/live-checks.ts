/**
 * Rules that only the cloud can answer, checked at plan time (Terraform preconditions) or
 * counted at synth. Pure functions.
 */
import { DEFAULT_TRACK_QUOTA } from './quota';
import { defineRule, isWholeNumber, Violation } from './rule';
import { QUOTA_SOURCE, SOURCES } from './sources';

/** Context key that overrides the tracking-set quota per account. */
export const TRACK_QUOTA_CONTEXT_KEY = 'cloudaudit:trackQuota';

/**
 * The COS storage region is not a CloudAudit delivery region. The list comes from ListCosEnableRegion
 * through data.tencentcloud_audit_cos_regions, which the provider calls without WebsiteType, so the
 * API default (China site, "zh") applies (see docs/advanced.md for the international site). Raised by a
 * Terraform precondition at plan time: `cosRegionNotEnabledMessage` is its message.
 */
export const CosRegionNotEnabled = defineRule({
  code: 'CA821',
  name: 'CosRegionNotEnabled',
  level: 'error',
  source: SOURCES.cosEnableRegion,
  rule: 'the COS storage region is one ListCosEnableRegion returns (checked at plan time, not synth)',
});

/** The precondition message when the COS storage region is not a CloudAudit delivery region. */
export function cosRegionNotEnabledMessage(region: string, path: string): string {
  return `[${CosRegionNotEnabled.code} ${CosRegionNotEnabled.name}] ${path}: storage region "${region}" is not in the COS delivery regions CloudAudit returns (ListCosEnableRegion, data.tencentcloud_audit_cos_regions). `
    + 'Fix: put the bucket in a listed region, or set checkDeliveryRegion: false if your site returns a different list.';
}

export const TrackQuotaInvalid = defineRule({
  code: 'CA831',
  name: 'TrackQuotaInvalid',
  level: 'error',
  source: SOURCES.library,
  rule: 'the context value cloudaudit:trackQuota is a whole number >= 1',
  field: TRACK_QUOTA_CONTEXT_KEY,
  check: (value: unknown, field) => {
    const n = typeof value === 'string' && /^[0-9]+$/.test(value) ? Number(value) : value;
    if (typeof n === 'number' && isWholeNumber(n) && n >= 1) return undefined;
    return { field, problem: `${JSON.stringify(value)} is not a whole number >= 1`, fix: `set the context value to your account's quota (InquireAuditCredit), e.g. ${DEFAULT_TRACK_QUOTA}` };
  },
});

/** The quota from the context value, or the default; a bad value is a violation. */
export function resolveQuota(value: unknown): { quota: number; violations: Violation[] } {
  if (value === undefined) return { quota: DEFAULT_TRACK_QUOTA, violations: [] };
  const violations = TrackQuotaInvalid.check(value);
  return { quota: violations.length > 0 ? DEFAULT_TRACK_QUOTA : Number(value), violations };
}

/**
 * One warning per account, on its first tracking set past the quota (`position` is 1-based):
 * one finding per account reads better than one per track, and costs nothing at 1,000 tracks.
 */
export interface QuotaPosition {
  readonly position: number;
  readonly total: number;
  readonly quota: number;
  readonly account: string;
}

export const TrackQuotaExceeded = defineRule({
  code: 'CA851',
  name: 'TrackQuotaExceeded',
  level: 'warning',
  acknowledgedWith: 'QTA-001',
  source: QUOTA_SOURCE,
  rule: 'an account holds a limited number of tracking sets; the API refuses more with LimitExceeded.OverAmount',
  field: 'trackName',
  check: ({ position, total, quota, account }: QuotaPosition, field) => (position !== quota + 1 ? undefined : {
    field,
    problem: `${account} has ${total} tracking sets in this app, ${total - quota} above the quota of ${quota}, from this one on (tracking set ${position} of ${total}; source: ${QUOTA_SOURCE}); the API refuses them with LimitExceeded.OverAmount, and tracking sets created outside this app count too`,
    fix: `remove tracking sets, or if your quota is higher (InquireAuditCredit), set the context value "${TRACK_QUOTA_CONTEXT_KEY}"`,
  }),
});

export const LIVE_RULES = [CosRegionNotEnabled, TrackQuotaInvalid, TrackQuotaExceeded] as const;
