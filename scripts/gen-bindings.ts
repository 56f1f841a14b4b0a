/**
 * Regenerates the typed provider bindings in src/provider-tencentcloud with cdktf's own
 * generator (the code `cdktf get` runs, minus its terraform binary and registry download):
 * 1. extracts schema/tencentcloud-provider-schema.json from the real provider's schema
 *    (schema/selection.json + schema/overlay-v1.83.25.json; see schema/README.md);
 * 2. generates the bindings from it.
 *
 * Run it through `npx projen gen:bindings`. Never edit the output by hand.
 */
import * as fs from 'fs';
import * as path from 'path';
import { COMMITTED_SCHEMA, extractSchema, OVERLAY_FILE, readJsonFile, SELECTION_FILE, serialize } from './provider-schema';
import { PROVIDER_SOURCE, readRealSchema, REAL_PROVIDER_VERSION } from './real-provider';
// `@cdktf/commons` runs `terraform version` on import unless these are set.
process.env.CHECKPOINT_DISABLE = '1';
process.env.TF_CLI_CONFIG_FILE = process.env.TF_CLI_CONFIG_FILE ?? '/dev/null';
/* eslint-disable @typescript-eslint/no-require-imports */
const { TerraformProviderGenerator, CodeMaker } = require('@cdktf/provider-generator');
const { ConstructsMakerProviderTarget, TerraformProviderConstraint, LANGUAGES } = require('@cdktf/commons');

/**
 * What `required_providers` admits: every version the synthesized Terraform is valid for.
 * 1.81.138 added `tencentcloud_events_audit_track.storage.storage_account_id`, the newest field
 * the constructs set; the overlay's v1.83 fields are never set by the library.
 */
export const PROVIDER_VERSION_CONSTRAINT = '>= 1.81.138, < 2.0.0';

async function main(): Promise<void> {
  const root = path.resolve(__dirname, '..');
  const outDir = path.join(root, 'src', 'provider-tencentcloud');
  const text = serialize(extractSchema(readRealSchema(), readJsonFile(SELECTION_FILE), readJsonFile(OVERLAY_FILE)));
  fs.writeFileSync(COMMITTED_SCHEMA, text);
  // Generate from the sorted form, so the bindings' member order follows the committed file.
  const schema = JSON.parse(text);
  process.stdout.write(`gen:bindings: extracted ${path.relative(root, COMMITTED_SCHEMA)} from provider v${REAL_PROVIDER_VERSION}\n`);

  const constraint = new TerraformProviderConstraint({
    name: 'tencentcloud',
    source: PROVIDER_SOURCE,
    version: PROVIDER_VERSION_CONSTRAINT,
  });
  const target = new ConstructsMakerProviderTarget(constraint, LANGUAGES[0]);
  const code = new CodeMaker();
  new TerraformProviderGenerator(code, schema).generate(target);

  const tmp = fs.mkdtempSync(path.join(root, '.gen-'));
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
  const files = fs.readdirSync(outDir, { recursive: true }).filter((f) => String(f).endsWith('.ts'));
  process.stdout.write(`gen:bindings: wrote ${files.length} files to ${path.relative(root, outDir)}\n`);
}

main().catch((err) => {
  process.stderr.write(`gen:bindings failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
