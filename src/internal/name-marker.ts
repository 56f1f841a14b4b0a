/**
 * The rename marker of a tracking set: a built-in `terraform_data` resource holding the track's
 * name in `triggers_replace` (Terraform >= 1.4), and the resource type carrying the track when it
 * is not `tencentcloud_audit_track` (so a one-selector track's marker is what it always was).
 *
 * Not cdktf's `DataResource`: that class adds a validation running `terraform version` in a child
 * process per instance (cdktf lib/terraform-data-resource.js), which costs ~75 ms per track at
 * synth (75 s for 1,000 tracks; measured by bench/bench.ts). README states the Terraform version.
 */
import { anyToHclTerraform, anyToTerraform, hashMapper, hashMapperHcl, TerraformResource } from 'cdktf';
import { Construct } from 'constructs';

export class NameMarker extends TerraformResource {
  private trigger: Record<string, string> = {};

  constructor(scope: Construct, id: string) {
    super(scope, id, {
      terraformResourceType: 'terraform_data',
      // "terraform" is the built-in provider: cdktf's provider-presence check skips it.
      terraformGeneratorMetadata: { providerName: 'terraform' },
    });
  }

  /** What replaces the marker (and so orders the old track's destroy before the new one's create). */
  public setTrigger(trackName: string, resourceType?: string): void {
    this.trigger = resourceType === undefined ? { name: trackName } : { name: trackName, resource_type: resourceType };
  }

  protected synthesizeAttributes(): { [name: string]: any } {
    return { triggers_replace: hashMapper(anyToTerraform)(this.trigger) };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    return { triggers_replace: hashMapperHcl(anyToHclTerraform)(this.trigger) };
  }
}
