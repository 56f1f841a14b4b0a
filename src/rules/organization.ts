/**
 * Organization (cross-account delivery) rules, CA5xx. Source: CreateAuditTrack API,
 * TrackForAllMembers and Storage.StorageAccountId ("account ID of the designated storage user") and
 * StorageAppId (APPID); the UIN is a decimal number.
 */
import { APPID_PATTERN, given } from './cos';
import { defineRule, firstViolation, Violation } from './rule';
import { SOURCES } from './sources';
import { lit, one, TerraformInput, TerraformResourceView } from './terraform';
import { AUDIT_TRACK, EVENTS_AUDIT_TRACK } from './track';

export const ACCOUNT_ID_PATTERN = /^[0-9]{5,20}$/;

/** The storage account fields; `hasX` is true when the value is given, literal or not. */
export interface StorageAccountInput {
  readonly accountId?: string;
  readonly appId?: string;
  readonly hasAccountId: boolean;
  readonly hasAppId: boolean;
  /** The two field names, in the caller's terms. @default storageAccountId, storageAppId */
  readonly fields?: { readonly accountId: string; readonly appId: string };
}

const READS = [
  { resource: AUDIT_TRACK, attributes: ['storage.storage_account_id', 'storage.storage_app_id'] },
  { resource: EVENTS_AUDIT_TRACK, attributes: ['storage.storage_account_id', 'storage.storage_app_id'] },
];
/**
 * The storage account fields of a track resource. The review reports every rule they break; the
 * constructs throw the first (checkStorageAccount).
 */
function storageAccountInputs(r: TerraformResourceView): Array<TerraformInput<StorageAccountInput>> {
  const s = one(r.values.storage) ?? {};
  const input: StorageAccountInput = {
    accountId: lit(s.storage_account_id) || undefined,
    appId: lit(s.storage_app_id) || undefined,
    hasAccountId: given(s.storage_account_id),
    hasAppId: given(s.storage_app_id),
    fields: { accountId: 'storage.storage_account_id', appId: 'storage.storage_app_id' },
  };
  return [{ input, field: '' }];
}

const names = (i: StorageAccountInput) => i.fields ?? { accountId: 'storageAccountId', appId: 'storageAppId' };

export const StorageAccountIdInvalid = defineRule({
  code: 'CA501',
  name: 'StorageAccountIdInvalid',
  level: 'error',
  source: SOURCES.organization,
  review: 'API-009',
  rule: 'storageAccountId is the account UIN: digits only',
  reads: READS,
  terraform: (r) => storageAccountInputs(r),
  check: (i: StorageAccountInput) => (i.accountId === undefined || ACCOUNT_ID_PATTERN.test(i.accountId) ? undefined
    : { field: names(i).accountId, problem: `"${i.accountId}" is not an account UIN (5-20 digits)`, fix: 'use the destination account UIN, e.g. "100012345678"' }),
});

export const StorageAppIdInvalid = defineRule({
  code: 'CA502',
  name: 'StorageAppIdInvalid',
  level: 'error',
  source: SOURCES.organization,
  review: 'API-009',
  rule: 'storageAppId is exactly 10 digits',
  reads: READS,
  terraform: (r) => storageAccountInputs(r),
  check: (i: StorageAccountInput) => (i.appId === undefined || APPID_PATTERN.test(i.appId) ? undefined
    : { field: names(i).appId, problem: `"${i.appId}" is not exactly 10 digits`, fix: 'use the destination account APPID, e.g. "1250000000"' }),
});

export const StorageAccountPartial = defineRule({
  code: 'CA503',
  name: 'StorageAccountPartial',
  level: 'error',
  source: SOURCES.organization,
  review: 'API-009',
  rule: 'storageAccountId and storageAppId are given both or neither',
  reads: READS,
  terraform: (r) => storageAccountInputs(r),
  check: (i: StorageAccountInput) => {
    if (i.hasAccountId === i.hasAppId) return undefined;
    const n = names(i);
    const [present, missing] = i.hasAccountId ? [n.accountId, n.appId] : [n.appId, n.accountId];
    return { field: missing, problem: `${present} is given without ${missing}`, fix: 'give both the destination account UIN and its APPID, or neither' };
  },
});

/** The organization rules in order, one violation per track. */
export function checkStorageAccount(input: StorageAccountInput): Violation[] {
  return firstViolation([StorageAccountPartial, StorageAccountIdInvalid, StorageAppIdInvalid], input);
}

export const ORGANIZATION_RULES = [StorageAccountIdInvalid, StorageAppIdInvalid, StorageAccountPartial] as const;
