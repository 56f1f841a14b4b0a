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

/** An account as far as a provider configuration tells: the key to compare, and how messages name it. */
export interface AccountIdentity {
  /** Equal for two providers of one account: `name:<n>`, `uin:<uin>` (from a role ARN), `role:<arn>`, `profile:<p>` or `default`. */
  readonly key: string;
  readonly label: string;
}

/**
 * The account of a provider configuration, from what it says (the same notion as
 * CloudAuditAccount: a name given to it, else its assume_role role ARN, else its profile, else the
 * default credentials). Two role ARNs of one UIN (`qcs::cam::uin/<uin>:roleName/…`) are one account.
 */
export function accountIdentity(
  facts: { readonly name?: string; readonly roleArn?: string; readonly profile?: string }, label: string,
): AccountIdentity {
  if (facts.name !== undefined) return { key: `name:${facts.name}`, label };
  if (facts.roleArn !== undefined) {
    const uin = /(?:^|:)uin\/([0-9]+):/.exec(facts.roleArn)?.[1];
    return { key: uin !== undefined ? `uin:${uin}` : `role:${facts.roleArn}`, label };
  }
  if (facts.profile !== undefined) return { key: `profile:${facts.profile}`, label };
  return { key: 'default', label };
}

/** A track's account and the account of the provider that creates its storage. */
export interface StorageAccountsInput {
  readonly track: AccountIdentity;
  readonly storage: AccountIdentity;
  /** The storage, as messages name it (its address or construct path). */
  readonly at: string;
  /** The two fields, in the caller's terms. @default storageAccountId, storageAppId */
  readonly fields?: { readonly accountId: string; readonly appId: string };
}

export const StorageAccountMissing = defineRule({
  code: 'CA504',
  name: 'StorageAccountMissing',
  level: 'error',
  source: SOURCES.organization,
  review: 'API-009',
  rule: 'a track whose bucket or topic is created in another account gives storageAccountId and storageAppId (that account\'s UIN and APPID)',
  reads: [
    { resource: AUDIT_TRACK, attributes: ['storage.storage_account_id', 'storage.storage_app_id', 'storage.storage_name'] },
    { resource: EVENTS_AUDIT_TRACK, attributes: ['storage.storage_account_id', 'storage.storage_app_id', 'storage.storage_name'] },
  ],
  field: 'storageAccountId',
  terraform: (r, ctx) => {
    const s = one(r.values.storage) ?? {};
    // Given (literal or not): CA501-CA503 judge the values.
    if (given(s.storage_account_id) || given(s.storage_app_id)) return [];
    const storage = ctx.storageOf(r);
    const track = ctx.accountOf(r);
    const theirs = storage && ctx.accountOf(storage);
    if (!track || !theirs) return [];
    return [{ input: { track, storage: theirs, at: storage.address, fields: { accountId: 'storage.storage_account_id', appId: 'storage.storage_app_id' } }, field: 'storage.storage_account_id' }];
  },
  check: ({ track, storage, at, fields }: StorageAccountsInput, field) => {
    if (track.key === storage.key) return undefined;
    const f = fields ?? { accountId: 'storageAccountId', appId: 'storageAppId' };
    return {
      field,
      problem: `${at} is created in ${storage.label}, the track in ${track.label}, and ${f.accountId} / ${f.appId} are not given: CloudAudit delivers into the track's own account and cannot find the storage`,
      fix: 'give storageAccountId and storageAppId of the account that holds the storage (OrgWideTrack props), or create the storage with the track\'s provider; name the accounts with CloudAuditAccount.assign if both providers reach one account',
      fixTerraform: `set ${f.accountId} (the UIN) and ${f.appId} (the APPID) of the account that holds the storage, or create the storage through the track's provider`,
    };
  },
});

/** The organization rules in order, one violation per track. */
export function checkStorageAccount(input: StorageAccountInput): Violation[] {
  return firstViolation([StorageAccountPartial, StorageAccountIdInvalid, StorageAppIdInvalid], input);
}

export const ORGANIZATION_RULES = [StorageAccountIdInvalid, StorageAppIdInvalid, StorageAccountPartial, StorageAccountMissing] as const;
