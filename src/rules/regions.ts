/**
 * Region catalogue. Pure data + did-you-mean.
 *
 * Sources (stored copies, 2025-2026):
 * - CVM DescribeRegions (17 regions AVAILABLE to an ordinary account).
 * - Tencent Cloud API TLS notice, cloud.tencent.com/announce/detail/2465 (effective 2026-12-01):
 *   every region outside mainland China, adding ap-osaka, ap-johorbahru, ap-taipei.
 * - Finance zones (*-fsi): Redis regions page tencentcloud.com/zh/document/product/239/4106 and the
 *   CLS region page; open to financial customers on application.
 * - Retired (inferred: in SDK/provider constants, missing from every 2025-2026 official list):
 *   ap-mumbai, na-toronto, eu-moscow. Accepted with a warning, since no closure notice was found.
 */
import { defineRule, Violation } from './rule';
import { SOURCES } from './sources';
import { isExpression, known, lit, one, TerraformContext, TerraformInput, TerraformResourceView } from './terraform';
import { AUDIT_TRACK, EVENTS_AUDIT_TRACK } from './track';

export const REGIONS: readonly string[] = [
  'ap-guangzhou', 'ap-shanghai', 'ap-nanjing', 'ap-beijing', 'ap-chengdu', 'ap-chongqing',
  'ap-hongkong', 'ap-taipei', 'ap-singapore', 'ap-jakarta', 'ap-bangkok', 'ap-johorbahru',
  'ap-seoul', 'ap-tokyo', 'ap-osaka', 'na-siliconvalley', 'na-ashburn', 'eu-frankfurt',
  'sa-saopaulo', 'me-saudi-arabia', 'ap-shanghai-fsi', 'ap-shenzhen-fsi', 'ap-beijing-fsi',
];

export const RETIRED_REGIONS: readonly string[] = ['ap-mumbai', 'na-toronto', 'eu-moscow'];

/**
 * CreateAuditTrack: "This API only supports: ap-guangzhou, ap-hongkong, ap-seoul, ap-singapore,
 * ap-tokyo, eu-frankfurt" (intl doc 1021/45906, updated 2025-10-30). Older versions of the page and
 * the China site show no such restriction, so a provider region outside it only warns.
 */
export const AUDIT_API_REGIONS: readonly string[] = ['ap-guangzhou', 'ap-hongkong', 'ap-seoul', 'ap-singapore', 'ap-tokyo', 'eu-frankfurt'];

/**
 * Mainland China regions: served by the China site, whose CreateAuditTrack page lists no region
 * restriction, so CA451 does not warn about them as API regions.
 */
export const MAINLAND_REGIONS: readonly string[] = [
  'ap-guangzhou', 'ap-shanghai', 'ap-nanjing', 'ap-beijing', 'ap-chengdu', 'ap-chongqing',
  'ap-shanghai-fsi', 'ap-shenzhen-fsi', 'ap-beijing-fsi',
];

/*
 * COS delivery regions are not judged at synth: the Features page (1021/30333, "Beijing, Shanghai,
 * and Hong Kong (China)") is older than the live list, which AuditTrack checks at plan time from
 * ListCosEnableRegion (data source tencentcloud_audit_cos_regions, code CA821).
 */

/** CLS Available Regions (intl page 614/18940, 16 regions; the China page adds the 3 fsi zones). */
export const CLS_REGIONS: readonly string[] = [
  'ap-beijing', 'ap-guangzhou', 'ap-shanghai', 'ap-chengdu', 'ap-nanjing', 'ap-chongqing', 'ap-hongkong',
  'na-siliconvalley', 'na-ashburn', 'ap-singapore', 'ap-bangkok', 'eu-frankfurt', 'ap-tokyo', 'ap-seoul',
  'ap-jakarta', 'sa-saopaulo', 'ap-shenzhen-fsi', 'ap-shanghai-fsi', 'ap-beijing-fsi',
];

/** The provider's default region when none is configured (provider.go DEFAULT_REGION). */
export const PROVIDER_DEFAULT_REGION = 'ap-guangzhou';

function levenshtein(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length];
}

/** The closest known region, if it is close enough to be a typo. */
export function suggestRegion(value: string): string | undefined {
  const v = value.trim().toLowerCase().replace(/_/g, '-');
  if (REGIONS.includes(v)) return v;
  let best: string | undefined;
  let bestScore = Infinity;
  for (const r of REGIONS) {
    // "guangzhou" alone, or a missing "ap-".
    if (r.endsWith(`-${v}`)) return r;
    const d = levenshtein(v, r);
    if (d < bestScore) {
      bestScore = d;
      best = r;
    }
  }
  return bestScore <= Math.max(2, Math.floor(v.length / 4)) ? best : undefined;
}

const STORAGE_REGION = [
  { resource: AUDIT_TRACK, attributes: ['storage.storage_region'] },
  { resource: EVENTS_AUDIT_TRACK, attributes: ['storage.storage_region'] },
];

/** The literal region of the provider configuration that manages a track (the CloudAudit API region). */
function trackProviderRegion(r: TerraformResourceView, ctx: TerraformContext): Array<TerraformInput<string>> {
  return known(lit(ctx.providerConfig(r.account)?.region), `provider ${r.account} region`);
}

/**
 * A track's storage region and the region of the provider that creates its bucket or topic, when
 * the document holds both the storage and that provider's configuration, and `when` the provider's
 * literal region (undefined: not set) is one this rule judges.
 */
function storageProviderRegion(
  r: TerraformResourceView, ctx: TerraformContext, when: (providerRegion: string | undefined) => boolean,
): Array<TerraformInput<ProviderRegionInput>> {
  const region = lit(one(r.values.storage)?.storage_region);
  const storage = ctx.storageOf(r);
  const config = storage && ctx.providerConfig(storage.account);
  // A storage_region that is no region at all is CA401's finding (e.g. "cos", swapped with storage_type).
  const real = region !== undefined && (REGIONS.includes(region) || RETIRED_REGIONS.includes(region));
  if (!real || !storage || !config || isExpression(config.region)) return [];
  const providerRegion = lit(config.region);
  return when(providerRegion) ? [{ input: { region, providerRegion, provider: `${storage.account} (of ${storage.address})` }, field: 'storage.storage_region' }] : [];
}

export const RegionUnknown = defineRule({
  code: 'CA401',
  name: 'RegionUnknown',
  level: 'error',
  source: SOURCES.regions,
  review: 'API-010',
  rule: 'a region is a real Tencent Cloud region id such as "ap-guangzhou"',
  reads: STORAGE_REGION,
  field: 'region',
  terraform: (r, ctx) => [...known(lit(one(r.values.storage)?.storage_region), 'storage.storage_region'), ...trackProviderRegion(r, ctx)],
  check: (value: string, field) => {
    if (REGIONS.includes(value) || RETIRED_REGIONS.includes(value)) return undefined;
    if (value === 'cos' || value === 'cls' || value === 'ckafka') {
      return {
        field,
        problem: `"${value}" is a storage type, not a region: the storage type and region look swapped`,
        fix: 'give the region id of the bucket or topic, e.g. "ap-guangzhou"',
        fixTerraform: `swap the two values: storage_type "${value}", storage_region a region id such as "ap-guangzhou"`,
      };
    }
    const guess = suggestRegion(value);
    return {
      field,
      problem: `"${value}" is not a Tencent Cloud region${guess ? ` (did you mean "${guess}"?)` : ''}`,
      fix: guess ? `use "${guess}"` : `use a region id such as ${REGIONS.slice(0, 4).map((r) => `"${r}"`).join(', ')}`,
    };
  },
});

/** Errors for a region that is no Tencent Cloud region. */
export function checkRegion(value: string, field = 'region'): Violation[] {
  return RegionUnknown.check(value, field);
}

/** The storage region, and the region its provider creates it in (`undefined`: the provider sets none). */
export interface ProviderRegionInput {
  readonly region: string;
  readonly providerRegion?: string;
  /** How to name the provider, e.g. its construct path. */
  readonly provider: string;
}

export const ProviderRegionMismatch = defineRule({
  code: 'CA402',
  name: 'ProviderRegionMismatch',
  level: 'error',
  source: SOURCES.cosProvider,
  rule: 'storage is created in its provider\'s region, which must equal the destination region',
  field: 'region',
  review: 'API-010',
  reads: STORAGE_REGION,
  terraform: (r, ctx) => storageProviderRegion(r, ctx, (region) => region !== undefined),
  check: ({ region, providerRegion, provider }: ProviderRegionInput, field) => {
    if (providerRegion === undefined || providerRegion === region) return undefined;
    if (!REGIONS.includes(providerRegion) && !RETIRED_REGIONS.includes(providerRegion)) {
      // A typo in the provider: never suggest copying it.
      const guess = suggestRegion(providerRegion);
      return { field, problem: `region is "${region}" but the provider ${provider} has region "${providerRegion}", which is not a Tencent Cloud region${guess ? ` (did you mean "${guess}"?)` : ''}`, fix: `set the provider's region to "${region}"`, fixTerraform: `set region "${region}" in the provider block` };
    }
    return {
      field,
      problem: `region is "${region}" but the provider ${provider} creates resources in "${providerRegion}"`,
      fix: `pass provider: a TencentcloudProvider with region "${region}" (and an alias), or set region "${providerRegion}"`,
      fixTerraform: `create the storage through a provider with region "${region}" (an aliased provider block), or set storage_region "${providerRegion}"`,
    };
  },
});

export const ProviderRegionUnset = defineRule({
  code: 'CA453',
  name: 'ProviderRegionUnset',
  level: 'warning',
  source: SOURCES.cosProvider,
  rule: 'storage is created in its provider\'s region; with no region set the provider uses TENCENTCLOUD_REGION or ap-guangzhou',
  field: 'region',
  review: 'API-014',
  reads: STORAGE_REGION,
  terraform: (r, ctx) => storageProviderRegion(r, ctx, (region) => region === undefined),
  check: ({ region, providerRegion, provider }: ProviderRegionInput, field) => (
    providerRegion !== undefined || region === PROVIDER_DEFAULT_REGION ? undefined
      : { field, problem: `the provider ${provider} sets no region, so it creates the storage in TENCENTCLOUD_REGION or ${PROVIDER_DEFAULT_REGION}, but region is "${region}"`, fix: `set region: "${region}" on the provider, or pass a provider for that region` }),
});

/** What a region is used for: each has its own documented list (COS storage: checked at plan time, CA821). */
export type RegionUse = 'audit-api' | 'cos' | 'cls';

export const RegionNotListed = defineRule({
  code: 'CA451',
  name: 'RegionNotListed',
  level: 'warning',
  source: SOURCES.createAuditTrack,
  rule: 'a track managed outside mainland China through a region the international CreateAuditTrack page does not list, or a CLS region the CLS page does not list, is allowed with a warning',
  field: 'region',
  check: ({ region: value, use }: { region: string; use: RegionUse }, field) => {
    if (!REGIONS.includes(value)) return undefined;
    if (use === 'audit-api' && !AUDIT_API_REGIONS.includes(value) && !MAINLAND_REGIONS.includes(value)) {
      return { field, problem: `the international CreateAuditTrack doc (1021/45906) lists only ${AUDIT_API_REGIONS.join(', ')} as API regions, not "${value}"`, fix: 'use a provider in one of those regions for the track, or acknowledge this warning if your account accepts this region' };
    } else if (use === 'cls' && !CLS_REGIONS.includes(value)) {
      return { field, problem: `the CLS Available Regions page (614/18940) does not list "${value}"`, fix: 'pick a CLS region such as "ap-guangzhou"' };
    }
    return undefined;
  },
});

export const RegionRetired = defineRule({
  code: 'CA452',
  name: 'RegionRetired',
  level: 'warning',
  source: SOURCES.regions,
  rule: 'a region missing from every current official list is allowed, with a warning',
  field: 'region',
  review: 'API-014',
  reads: STORAGE_REGION,
  terraform: (r, ctx) => [...known(lit(one(r.values.storage)?.storage_region), 'storage.storage_region'), ...trackProviderRegion(r, ctx)],
  check: (value: string, field) => (!RETIRED_REGIONS.includes(value) ? undefined
    : { field, problem: `"${value}" is missing from every current Tencent Cloud region list (source: CVM DescribeRegions, 2026 TLS notice)`, fix: 'check the region still exists before deploying' }),
});

/** Warnings for a valid region that a document does not list for this use. */
export function regionWarnings(value: string, use: RegionUse, field = 'region'): Violation[] {
  return [...RegionRetired.check(value, field), ...RegionNotListed.check({ region: value, use }, field)];
}

/** Where the stack's tencentcloud providers are, for CA404/CA405. */
export interface StackProvidersInput {
  readonly stack: string;
  /** Construct paths of the providers without alias. */
  readonly defaults: readonly string[];
  /** Aliases of the aliased providers. */
  readonly aliases: readonly string[];
}

export const ProviderNotGiven = defineRule({
  code: 'CA404',
  name: 'ProviderNotGiven',
  level: 'error',
  source: SOURCES.providerConfiguration,
  rule: 'a construct given no provider needs a tencentcloud provider without alias in its stack',
  field: 'provider',
  check: ({ stack, defaults, aliases }: StackProvidersInput, field) => (defaults.length > 0 || aliases.length === 0 ? undefined : {
    field,
    problem: `no provider was passed and stack ${stack} has only aliased tencentcloud providers (${aliases.map((a) => `"${a}"`).join(', ')}): Terraform would use an implicit empty provider configuration (region from TENCENTCLOUD_REGION, else ${PROVIDER_DEFAULT_REGION}), not one of them`,
    fix: 'pass provider: the aliased TencentcloudProvider for this region, or add a TencentcloudProvider without alias to the stack',
  }),
});

export const ProviderDefaultDuplicate = defineRule({
  code: 'CA405',
  name: 'ProviderDefaultDuplicate',
  level: 'error',
  source: SOURCES.providerConfiguration,
  rule: 'a stack has at most one tencentcloud provider without alias',
  field: 'provider',
  check: ({ stack, defaults }: StackProvidersInput, field) => (defaults.length <= 1 ? undefined : {
    field,
    problem: `stack ${stack} has ${defaults.length} tencentcloud providers without alias (${defaults.join(', ')}): Terraform refuses duplicate default provider configurations, and which one manages this resource is ambiguous`,
    fix: 'give every provider but one an alias, and pass the aliased ones as provider to the constructs they manage',
  }),
});

export const AccountNameInvalid = defineRule({
  code: 'CA406',
  name: 'AccountNameInvalid',
  level: 'error',
  source: SOURCES.library,
  rule: 'an account name given with CloudAuditAccount.assign is a non-blank literal string',
  field: 'name',
  check: (name: string, field) => (name.trim().length > 0 ? undefined
    : { field, problem: `${JSON.stringify(name)} is blank`, fix: 'name the account as your team does, e.g. its UIN "100012345678" or "prod"' }),
});

export const REGION_RULES = [
  RegionUnknown, ProviderRegionMismatch, ProviderNotGiven, ProviderDefaultDuplicate, AccountNameInvalid,
  RegionNotListed, RegionRetired, ProviderRegionUnset,
] as const;
