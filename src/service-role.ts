import { TerraformProvider, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { ensureAppLevelChecks } from './internal/app-checks';
import { checkProviderChoice, effectiveProvider, validateAtSynth } from './internal/provider';
import { lazySchema, parseProps, throwIfAny } from './internal/validation';
import { CamRole } from './provider-tencentcloud/cam-role';
import { CamRolePolicyAttachment } from './provider-tencentcloud/cam-role-policy-attachment';
import {
  CA_ROLE_POLICY_ID, MULTI_ACCOUNT_POLICY_ID, PolicyIdInvalid, SERVICE_ROLE_NAME, ServiceRoleDuplicate, serviceRoleTrustDocument,
} from './rules/service-role';

/** Props of `CloudAuditServiceRole`. */
export interface CloudAuditServiceRoleProps {
  /**
   * Also attach the policy for delivery into another account
   * (QcloudAccessForCloudAuditRoleInMultipleaccountTrailDelivery, id 102693096, UNVERIFIED id).
   * @default false
   */
  readonly multiAccountDelivery?: boolean;
  /**
   * The numeric CAM policy IDs to attach, replacing the defaults.
   * @default - ['18150187'] (QcloudAccessForCARole, UNVERIFIED id), plus '102693096' with multiAccountDelivery
   */
  readonly policyIds?: string[];
  /**
   * Role description.
   * @default 'CloudAudit service role: delivers tracking-set logs'
   */
  readonly description?: string;
  /**
   * The provider (account) the role is created in.
   * @default - the stack's default tencentcloud provider
   */
  readonly provider?: TerraformProvider;
}

const propsSchema = lazySchema((z) => z.object({
  multiAccountDelivery: z.boolean().optional(),
  policyIds: z.array(z.string()).optional(),
  description: z.string().optional(),
  provider: z.any().optional(),
}));

/** Roles per stack, keyed by provider: CAM role names are unique in an account. */
const rolesByStack = new WeakMap<TerraformStack, Map<TerraformProvider | undefined, string>>();

/**
 * The CAM role CloudAudit assumes to deliver logs, `CloudAudit_QCSRole`, trusting
 * `cloudaudit.cloud.tencent.com`, with its policy attachments.
 *
 * An account has one such role. If it exists already (the console creates it when CloudAudit is
 * first used), apply fails with `RoleNameInUse`: import it
 * (`terraform import <address of the role> <role id>`) or do not create it here.
 */
export class CloudAuditServiceRole extends Construct {
  /** `CloudAudit_QCSRole`. */
  public readonly roleName: string = SERVICE_ROLE_NAME;
  /** The generated `tencentcloud_cam_role`. */
  public readonly role: CamRole;
  private readonly provider?: TerraformProvider;
  private readonly attachments = new Map<string, CamRolePolicyAttachment>();

  constructor(scope: Construct, id: string, props: CloudAuditServiceRoleProps = {}) {
    super(scope, id);
    ensureAppLevelChecks(this);
    const p = parseProps(this, propsSchema, props);
    this.provider = p.provider;
    // CA404/CA405: which provider manages the construct when none is given.
    validateAtSynth(this, () => ({ errors: checkProviderChoice(this, p.provider as TerraformProvider | undefined), warnings: [] }));
    const ids = p.policyIds ?? [CA_ROLE_POLICY_ID, ...(p.multiAccountDelivery ? [MULTI_ACCOUNT_POLICY_ID] : [])];
    throwIfAny(this, PolicyIdInvalid.check(ids));
    this.register();

    this.role = new CamRole(this, 'Resource', {
      provider: p.provider,
      name: SERVICE_ROLE_NAME,
      document: serviceRoleTrustDocument(),
      description: p.description ?? 'CloudAudit service role: delivers tracking-set logs',
    });
    for (const policyId of ids) this.addPolicyId(policyId);
  }

  /** The role ID (a token, known after apply). */
  public get roleId(): string {
    return this.role.id;
  }

  /** The generated `tencentcloud_cam_role_policy_attachment`s, by policy id. */
  public get policyAttachments(): CamRolePolicyAttachment[] {
    return [...this.attachments.values()];
  }

  /** Attaches one more policy by numeric ID; attaching the same ID twice is a no-op. */
  public addPolicyId(policyId: string): void {
    throwIfAny(this, PolicyIdInvalid.check([policyId]));
    if (this.attachments.has(policyId)) return;
    this.attachments.set(policyId, new CamRolePolicyAttachment(this, `Policy${policyId}`, {
      provider: this.provider,
      roleId: this.role.id,
      policyId,
    }));
  }

  private register(): void {
    const stack = TerraformStack.of(this);
    let roles = rolesByStack.get(stack);
    if (!roles) {
      roles = new Map();
      rolesByStack.set(stack, roles);
    }
    const provider = effectiveProvider(this, this.provider);
    throwIfAny(this, ServiceRoleDuplicate.check({ usedBy: roles.get(provider) }));
    roles.set(provider, this.node.path);
  }
}
