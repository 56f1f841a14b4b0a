/**
 * Regenerates the typed provider bindings in src/provider-tencentcloud from the committed,
 * curated schema (schema/tencentcloud-provider-schema.json) with cdktf's own generator: the
 * code `cdktf get` runs, minus its terraform binary and registry download.
 *
 * Run it through `npx projen gen:bindings`. Never edit the output by hand.
 */
import * as fs from 'fs';
import * as path from 'path';
// `@cdktf/commons` runs `terraform version` on import unless these are set.
process.env.CHECKPOINT_DISABLE = '1';
process.env.TF_CLI_CONFIG_FILE = process.env.TF_CLI_CONFIG_FILE ?? '/dev/null';
/* eslint-disable @typescript-eslint/no-require-imports */
const { TerraformProviderGenerator, CodeMaker } = require('@cdktf/provider-generator');
const { ConstructsMakerProviderTarget, TerraformProviderConstraint, LANGUAGES } = require('@cdktf/commons');

export const PROVIDER_SOURCE = 'tencentcloudstack/tencentcloud';
/** The schema's version line: 1.83.x, at least the version the schema was derived from. */
export const PROVIDER_VERSION_CONSTRAINT = '~> 1.83.25';

async function main(): Promise<void> {
  const root = path.resolve(__dirname, '..');
  const schemaFile = path.join(root, 'schema', 'tencentcloud-provider-schema.json');
  const outDir = path.join(root, 'src', 'provider-tencentcloud');
  const schema = JSON.parse(fs.readFileSync(schemaFile, 'utf8'));

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
