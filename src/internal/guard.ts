/**
 * The guard of a ForceNew bucket setting (`multi_az`): a built-in `terraform_data` resource that
 * keeps the value the bucket was created with (`input`, with `ignore_changes`, so `output` stays
 * the first value), and a precondition on the bucket comparing it with the configured value. A
 * change then fails the plan with the reason, before `prevent_destroy` would stop the replacement
 * with Terraform's generic message. Like NameMarker, not cdktf's `DataResource` (which runs
 * `terraform version` per instance at synth).
 */
import { booleanToHclTerraform, booleanToTerraform, Lazy, TerraformResource } from 'cdktf';
import { Construct } from 'constructs';

export class CreationValueGuard extends TerraformResource {
  constructor(scope: Construct, id: string, private readonly value: boolean) {
    super(scope, id, {
      terraformResourceType: 'terraform_data',
      // "terraform" is the built-in provider: cdktf's provider-presence check skips it.
      terraformGeneratorMetadata: { providerName: 'terraform' },
      lifecycle: { ignoreChanges: ['input'] },
    });
  }

  /** A Terraform condition, true while the configured value is the one the bucket was created with. */
  public get unchanged(): string {
    return Lazy.stringValue({ produce: () => `\${${this.terraformResourceType}.${this.friendlyUniqueId}.output == ${this.value}}` });
  }

  protected synthesizeAttributes(): { [name: string]: any } {
    return { input: booleanToTerraform(this.value) };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    return { input: { value: booleanToHclTerraform(this.value), isBlock: false, type: 'simple', storageClassType: 'boolean' } };
  }
}
