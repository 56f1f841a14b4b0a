/**
 * The one notion of "account" at synth, used by the quota (CA851), track-name uniqueness (CA102),
 * bucket uniqueness (CA210) and coverage across stacks (COV-001 in AuditChecks).
 *
 * Synth cannot see credentials, so an account is read from the provider that manages a resource:
 * 1. the name given with `CloudAuditAccount.assign(provider, name)`;
 * 2. else the provider's literal `assume_role.role_arn`;
 * 3. else its literal `profile`;
 * 4. else "the default credentials" (environment variables or the default profile): every
 *    provider without one of the above, in every stack of the app, is that one account.
 * A provider that is a token (e.g. a role ARN from a variable) falls through to the next rule.
 */
import { TerraformProvider, Token } from 'cdktf';
import { IConstruct } from 'constructs';
import { accountLabel } from './account-label';
import { isTencentcloudProvider, providerAttributes } from './provider';
import { accountIdentity, AccountIdentity } from '../rules/organization';

/** Construct metadata type naming a provider's account. */
export const ACCOUNT_METADATA = 'cloudaudit:account';

export { DEFAULT_ACCOUNT } from './account-label';

/** The name given to the provider's account, if any (the last one given wins). */
export function assignedAccount(provider: IConstruct): string | undefined {
  const entries = provider.node.metadata.filter((m) => m.type === ACCOUNT_METADATA);
  return entries.length > 0 ? String(entries[entries.length - 1].data) : undefined;
}

/** What a provider says about its account: the name given to it, its literal role ARN, its literal profile. */
function accountFacts(provider: TerraformProvider | undefined): { name?: string; roleArn?: string; profile?: string } {
  if (!provider || !isTencentcloudProvider(provider)) return {};
  const named = assignedAccount(provider);
  if (named !== undefined) return { name: named };
  const attributes = providerAttributes(provider);
  // One assume_role block at most (max_items 1): an object, or a one-element list.
  const roles = attributes.assume_role;
  const arn = (Array.isArray(roles) ? roles[0] : roles)?.role_arn;
  const profile = attributes.profile;
  return {
    roleArn: typeof arn === 'string' && !Token.isUnresolved(arn) ? arn : undefined,
    profile: typeof profile === 'string' && !Token.isUnresolved(profile) ? profile : undefined,
  };
}

/** Which account a provider manages, as far as synth can tell (see the module comment). */
export function accountOf(provider: TerraformProvider | undefined): string {
  return accountLabel(accountFacts(provider));
}

/** The account of a provider as a key to compare (two role ARNs of one UIN are one account) and its label. */
export function accountIdentityOf(provider: TerraformProvider | undefined): AccountIdentity {
  const facts = accountFacts(provider);
  return accountIdentity(facts, accountLabel(facts));
}
