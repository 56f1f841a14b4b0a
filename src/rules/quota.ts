/**
 * Tracking-set quota per account. The API refuses past it with LimitExceeded.OverAmount
 * ("exceeded the maximum number of tracking sets"); the documented numbers disagree:
 * - CloudAudit Features page (1021/30333): "you can create up to 5 tracking sets" (beta);
 * - legacy CreateAudit doc (1021/30353): 50; legacy China doc (629/12364): 1.
 * The only API-level answer is InquireAuditCredit (AuditAmount). We default to the Features page's 5 and
 * let users configure it.
 */
export const DEFAULT_TRACK_QUOTA = 5;
export { QUOTA_SOURCE } from './sources';
