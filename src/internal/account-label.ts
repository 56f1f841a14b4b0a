/**
 * How an account is named in messages, from what a provider configuration says (no cdktf: the
 * constructs read it from the provider construct, the review from the synthesized provider block).
 */

/** The account of the default credentials (no name, role or profile on the provider). */
export const DEFAULT_ACCOUNT = 'the account of the default credentials';

/** A name given with `CloudAuditAccount.assign`, else a literal role ARN, else a literal profile, else the default credentials. */
export function accountLabel(given: { readonly name?: string; readonly roleArn?: string; readonly profile?: string }): string {
  if (given.name !== undefined) return `account "${given.name}"`;
  if (given.roleArn !== undefined) return `the account of role "${given.roleArn}"`;
  if (given.profile !== undefined) return `the account of profile "${given.profile}"`;
  return DEFAULT_ACCOUNT;
}
