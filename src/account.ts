import { TerraformProvider, Token } from 'cdktf';
import { ACCOUNT_METADATA, accountOf } from './internal/account';
import { ACCOUNT_OVERRIDE } from './internal/metadata';
import { throwIfAny } from './internal/validation';
import { CloudAuditValidationError } from './rules/errors';
import { AccountNameInvalid } from './rules/regions';
import { PropsInvalid } from './rules/review-input';

/**
 * Which Tencent Cloud account a provider manages, for the checks that hold per account across the
 * whole app: tracking-set names (CA102), bucket names (CA210), the tracking-set quota (CA851,
 * QTA-001) and coverage (COV-001 in AuditChecks).
 *
 * Without a name, providers with the same literal `assume_role.role_arn`, else the same literal
 * `profile`, are one account, and every other provider of the app is "the account of the default
 * credentials". Name the account when that is wrong: e.g. each stack deploys with other
 * environment credentials, or two profiles reach one account.
 *
 * @example
 * const prod = new tencentcloud.provider.TencentcloudProvider(stack, 'tencentcloud', { region: 'ap-guangzhou' });
 * CloudAuditAccount.assign(prod, '100012345678');
 */
export class CloudAuditAccount {
  /**
   * Names the account `provider` manages: providers with the same name are one account, whatever
   * their credentials settings, and a named provider is never the default-credentials account.
   */
  public static assign(provider: TerraformProvider, name: string): void {
    if (typeof name !== 'string' || Token.isUnresolved(name)) {
      throw new CloudAuditValidationError(PropsInvalid.violation({ field: 'name', problem: 'it is not a literal string', fix: 'pass the account name as a string literal, e.g. "prod"' }), provider.node.path);
    }
    throwIfAny(provider, AccountNameInvalid.check(name));
    provider.node.addMetadata(ACCOUNT_METADATA, name.trim());
    // For cloudaudit-review, which reads the synthesized provider block.
    provider.addOverride(ACCOUNT_OVERRIDE, name.trim());
  }

  /** The account the library counts `provider` in, as its messages name it (e.g. `account "prod"`). */
  public static of(provider: TerraformProvider): string {
    return accountOf(provider);
  }

  private constructor() {}
}
