/**
 * Finds the tencentcloud provider a resource will use, to check that storage is created in the
 * region the track is told about. tencentcloud_cos_bucket and tencentcloud_cls_* live in their
 * provider's region (provider.go: the COS and CLS clients use `region`; default ap-guangzhou).
 */
import { TerraformProvider, TerraformStack, Token } from 'cdktf';
import { IConstruct } from 'constructs';
import { warn } from './validation';
import { TencentcloudProvider } from '../provider-tencentcloud/provider';
import { formatViolation, Violation } from '../rules/errors';
import { checkRegion, PROVIDER_DEFAULT_REGION, regionWarnings } from '../rules/regions';

/** Each stack's default tencentcloud provider, once found: a scan per call is O(n) per track. */
const defaultProviders = new WeakMap<TerraformStack, TerraformProvider>();

/** The provider given, else the stack's tencentcloud provider without alias. */
export function effectiveProvider(scope: IConstruct, given?: TerraformProvider): TerraformProvider | undefined {
  if (given) return given;
  const stack = TerraformStack.of(scope);
  const cached = defaultProviders.get(stack);
  // Still in the tree under the same id (a construct cannot be replaced without removing it first).
  if (cached && cached.node.scope?.node.tryFindChild(cached.node.id) === cached) return cached;
  const isDefault = (c: IConstruct): c is TerraformProvider =>
    c instanceof TerraformProvider && c.terraformResourceType === 'tencentcloud' && c.alias === undefined;
  // Providers are almost always direct children of the stack: look there first.
  const found = stack.node.children.find(isDefault) ?? stack.node.findAll().find(isDefault);
  if (found) defaultProviders.set(stack, found);
  return found;
}

/** The provider's literal region, `undefined` when unset, or `null` when it is a token. */
export function providerRegion(provider: TerraformProvider | undefined): string | undefined | null {
  if (!(provider instanceof TencentcloudProvider)) return undefined;
  const region = provider.region;
  if (region === undefined) return undefined;
  return Token.isUnresolved(region) ? null : region;
}

/**
 * Errors and warnings when the storage region differs from the region its provider creates it in.
 */
export function checkStorageProvider(scope: IConstruct, region: string, given?: TerraformProvider): { errors: Violation[]; warnings: Violation[] } {
  const provider = effectiveProvider(scope, given);
  if (!provider) return { errors: [], warnings: [] };
  const actual = providerRegion(provider);
  if (actual === null) return { errors: [], warnings: [] };
  if (actual === undefined) {
    if (region === PROVIDER_DEFAULT_REGION) return { errors: [], warnings: [] };
    return {
      errors: [],
      warnings: [{ code: 'CA453', field: 'region', problem: `the provider ${provider.node.path} sets no region, so it creates the storage in TENCENTCLOUD_REGION or ${PROVIDER_DEFAULT_REGION}, but region is "${region}"`, fix: `set region: "${region}" on the provider, or pass a provider for that region` }],
    };
  }
  if (actual !== region) {
    return {
      errors: [{ code: 'CA402', field: 'region', problem: `region is "${region}" but the provider ${provider.node.path} creates resources in "${actual}"`, fix: `pass provider: a TencentcloudProvider with region "${region}" (and an alias), or set region "${actual}"` }],
      warnings: [],
    };
  }
  return { errors: [], warnings: [] };
}

/**
 * The region of the provider that manages a tracking set: it is the CloudAudit API region. It
 * must be a real region; outside the CreateAuditTrack doc's list it only warns.
 */
export function checkTrackProvider(scope: IConstruct, given?: TerraformProvider): { errors: Violation[]; warnings: Violation[] } {
  const provider = effectiveProvider(scope, given);
  const region = providerRegion(provider);
  if (!provider || region === null) return { errors: [], warnings: [] };
  const actual = region ?? PROVIDER_DEFAULT_REGION;
  const field = `provider ${provider.node.path} region`;
  const errors = region === undefined ? [] : checkRegion(actual, field);
  return { errors, warnings: errors.length > 0 ? [] : regionWarnings(actual, 'audit-api', field) };
}

/** Runs a provider check at synth (providers may be added after our constructs): errors fail validation, warnings are annotations. */
export function validateAtSynth(scope: IConstruct, check: () => { errors: Violation[]; warnings: Violation[] }): void {
  scope.node.addValidation({
    validate: () => {
      const { errors, warnings } = check();
      warn(scope, warnings);
      return errors.map((e) => formatViolation(e));
    },
  });
}
