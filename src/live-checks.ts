/**
 * Checks that depend on what only the cloud knows: a plan-time precondition on the COS delivery
 * region (the list comes from ListCosEnableRegion) and the per-account tracking-set quota counted
 * across the whole app at synth. Internal: used by AuditTrack.
 */
import { Precondition, TerraformProvider, TerraformStack } from 'cdktf';
import { IConstruct } from 'constructs';
import { accountOf } from './internal/account';
import { effectiveProvider } from './internal/provider';
import { warn } from './internal/validation';
import { DataTencentcloudAuditCosRegions } from './provider-tencentcloud/data-tencentcloud-audit-cos-regions';
import { formatViolation } from './rules/errors';
import { cosRegionNotEnabledMessage, resolveQuota, TRACK_QUOTA_CONTEXT_KEY, TrackQuotaExceeded } from './rules/live-checks';

// ---------------------------------------------------------------- COS delivery region (plan time)

/** One data source per stack and provider: every track of that provider shares the list. */
const regionLists = new WeakMap<TerraformStack, Map<TerraformProvider | undefined, DataTencentcloudAuditCosRegions>>();

/**
 * A precondition failing `terraform plan` (not synth) when `region` is missing from
 * `data.tencentcloud_audit_cos_regions`. The data source is read at plan time; synth stays offline.
 */
export function cosRegionPrecondition(scope: IConstruct, region: string, provider: TerraformProvider | undefined): Precondition {
  const stack = TerraformStack.of(scope);
  let lists = regionLists.get(stack);
  if (!lists) {
    lists = new Map();
    regionLists.set(stack, lists);
  }
  let list = lists.get(provider);
  if (!list) {
    const id = provider ? `CloudAuditCosRegions-${provider.node.id}` : 'CloudAuditCosRegions';
    list = new DataTencentcloudAuditCosRegions(stack, id, { provider });
    lists.set(provider, list);
  }
  const data = list;
  return {
    condition: `\${contains([for r in ${data.fqn}.audit_cos_region_list : r.cos_region], ${JSON.stringify(region)})}`,
    errorMessage: cosRegionNotEnabledMessage(region, scope.node.path),
  };
}

// ---------------------------------------------------------------- tracking-set quota (synth)

interface QuotaState {
  readonly tracks: Array<{ scope: IConstruct; provider?: TerraformProvider }>;
  positions?: Map<IConstruct, { position: number; total: number; account: string }>;
}
const quotaStates = new WeakMap<IConstruct, QuotaState>();

function positions(state: QuotaState): Map<IConstruct, { position: number; total: number; account: string }> {
  if (state.positions) return state.positions;
  const groups = new Map<string, IConstruct[]>();
  for (const t of state.tracks) {
    const account = accountOf(effectiveProvider(t.scope, t.provider));
    const group = groups.get(account) ?? [];
    group.push(t.scope);
    groups.set(account, group);
  }
  const result = new Map<IConstruct, { position: number; total: number; account: string }>();
  for (const [account, group] of groups) {
    group.forEach((scope, i) => result.set(scope, { position: i + 1, total: group.length, account }));
  }
  state.positions = result;
  return result;
}

/**
 * Counts a track against its account's quota. At synth, each track past the quota gets a CA851
 * warning; a bad `cloudaudit:trackQuota` context value fails synth with CA831. O(n) per app.
 */
export function registerForQuota(scope: IConstruct, provider: TerraformProvider | undefined): void {
  const root = scope.node.root;
  let state = quotaStates.get(root);
  if (!state) {
    state = { tracks: [] };
    quotaStates.set(root, state);
  }
  state.tracks.push({ scope, provider });
  state.positions = undefined;
  const s = state;
  scope.node.addValidation({
    validate: () => {
      const { quota, violations } = resolveQuota(scope.node.tryGetContext(TRACK_QUOTA_CONTEXT_KEY));
      if (violations.length > 0) return violations.map((v) => formatViolation(v));
      const at = positions(s).get(scope);
      if (at) warn(scope, TrackQuotaExceeded.check({ position: at.position, total: at.total, quota, account: at.account }));
      return [];
    },
  });
}
