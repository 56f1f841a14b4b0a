/**
 * Generates typed provider bindings from a provider schema with a CDK provider generator: the code
 * `cdktf get` / `cdktn get` run, minus the terraform binary and the registry download. Used by
 * `gen:bindings` (cdktf, committed to src/) and `build:cdktn` (cdktn, generated at build time).
 */
import * as fs from 'fs';
import * as path from 'path';
import { PROVIDER_SOURCE } from './real-provider';

/**
 * What `required_providers` admits: every version the synthesized Terraform is valid for.
 * 1.81.138 added `tencentcloud_events_audit_track.storage.storage_account_id`, the newest field
 * the constructs set; the fields newer versions add (e.g. v1.83's) are never set by the library.
 */
export const PROVIDER_VERSION_CONSTRAINT = '>= 1.81.138, < 2.0.0';

/** Which generator: cdktf's (`@cdktf/*` 0.21) or CDK Terrain's (`@cdktn/*` 0.24). Same API. */
export type Flavour = 'cdktf' | 'cdktn';

/**
 * Writes the bindings of `schema` into `outDir` (replaced), with the generator of `flavour`.
 * Returns the number of `.ts` files written.
 */
export async function generateBindings(flavour: Flavour, schema: unknown, outDir: string): Promise<number> {
  // `@cdktf/commons` / `@cdktn/commons` run `terraform version` on import unless these are set.
  process.env.CHECKPOINT_DISABLE = '1';
  process.env.TF_CLI_CONFIG_FILE = process.env.TF_CLI_CONFIG_FILE ?? '/dev/null';
  /* eslint-disable @typescript-eslint/no-require-imports */
  const { TerraformProviderGenerator, CodeMaker } = require(`@${flavour}/provider-generator`);
  const { ConstructsMakerProviderTarget, TerraformProviderConstraint, LANGUAGES } = require(`@${flavour}/commons`);
  /* eslint-enable @typescript-eslint/no-require-imports */

  const constraint = new TerraformProviderConstraint({
    name: 'tencentcloud',
    source: PROVIDER_SOURCE,
    version: PROVIDER_VERSION_CONSTRAINT,
  });
  const target = new ConstructsMakerProviderTarget(constraint, LANGUAGES[0]);
  const code = new CodeMaker();
  new TerraformProviderGenerator(code, schema).generate(target);

  const parent = path.dirname(outDir);
  fs.mkdirSync(parent, { recursive: true });
  const tmp = fs.mkdtempSync(path.join(parent, '.gen-'));
  try {
    await code.save(tmp);
    const generated = path.join(tmp, 'providers', 'tencentcloud');
    if (!fs.existsSync(generated)) {
      throw new Error(`generator wrote nothing under ${generated}`);
    }
    // lazy-index.ts is for consumers of huge providers; our submodule index is already small.
    fs.rmSync(path.join(generated, 'lazy-index.ts'), { force: true });
    fs.rmSync(outDir, { recursive: true, force: true });
    fs.cpSync(generated, outDir, { recursive: true });
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  return fs.readdirSync(outDir, { recursive: true }).filter((f) => String(f).endsWith('.ts')).length;
}
