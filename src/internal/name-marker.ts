/**
 * The rename marker of a tracking set: a built-in `terraform_data` resource holding the track's
 * name in `triggers_replace` (Terraform >= 1.4).
 *
 * Not cdktf's `DataResource`: that class adds a validation running `terraform version` in a child
 * process per instance (cdktf lib/terraform-data-resource.js), which costs ~75 ms per track at
 * synth (75 s for 1,000 tracks; measured by bench/bench.ts). README states the Terraform version.
 */
import { anyToHclTerraform, anyToTerraform, hashMapper, hashMapperHcl, TerraformResource } from 'cdktf';
import { Construct } from 'constructs';

export class NameMarker extends TerraformResource {
  constructor(scope: Construct, id: string, private readonly trackName: string) {
    super(scope, id, {
      terraformResourceType: 'terraform_data',
      // "terraform" is the built-in provider: cdktf's provider-presence check skips it.
      terraformGeneratorMetadata: { providerName: 'terraform' },
    });
  }

  protected synthesizeAttributes(): { [name: string]: any } {
    return { triggers_replace: hashMapper(anyToTerraform)({ name: this.trackName }) };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    return { triggers_replace: hashMapperHcl(anyToHclTerraform)({ name: this.trackName }) };
  }
}
