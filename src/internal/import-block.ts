/**
 * A Terraform `import` block (Terraform >= 1.5) for a resource, as `TerraformResource.importFrom`
 * writes it, without what `importFrom` also adds: a `ValidateTerraformVersion` per call, which runs
 * `terraform version` in a child process at every synth (cdktf lib/terraform-resource.js and
 * lib/validations/validate-binary-version.js). Importing N tracking sets then cost N processes at
 * synth (~100 ms each on 2 cores); the README states the Terraform version instead.
 *
 * The block is a stack element of its own: the stack merges its `import` list with every other
 * element's (cdktf deepMerge concatenates lists), so the output is the one `importFrom` gives.
 */
import { TerraformElement, TerraformProvider, TerraformResource } from 'cdktf';
import { Construct } from 'constructs';

export class ImportBlock extends TerraformElement {
  /**
   * `target` is read at synth: a track whose resource was rebuilt (addSelector) imports into the
   * resource that is synthesized.
   */
  constructor(
    scope: Construct, id: string,
    private readonly target: () => TerraformResource, private readonly importId: string, private readonly provider?: TerraformProvider,
  ) {
    super(scope, id);
  }

  private address(): string {
    const r = this.target();
    return `${r.terraformResourceType}.${r.friendlyUniqueId}`;
  }

  public toTerraform(): any {
    return { import: [{ provider: this.provider?.fqn, id: this.importId, to: this.address() }] };
  }

  public toHclTerraform(): any {
    return {
      import: [{
        to: { value: this.address(), type: 'simple', storageClassType: 'reference' },
        id: { value: this.importId, type: 'simple', storageClassType: 'string' },
        provider: this.provider ? { value: this.provider.fqn, type: 'simple', storageClassType: 'reference' } : undefined,
      }],
    };
  }

  public toMetadata(): any {
    const r = this.target();
    return { imports: { [r.terraformResourceType]: [r.friendlyUniqueId] } };
  }
}
