/**
 * Regenerates the typed provider bindings in src/provider-tencentcloud with cdktf's own
 * generator (the code `cdktf get` runs, minus its terraform binary and registry download):
 * 1. extracts schema/tencentcloud-provider-schema.json from the real provider's schema
 *    (schema/selection.json; see schema/README.md);
 * 2. generates the bindings from it.
 *
 * Run it through `npx projen gen:bindings`. Never edit the output by hand.
 */
import * as fs from 'fs';
import * as path from 'path';
import { generateBindings } from './bindings';
import { COMMITTED_SCHEMA, extractSchema, readJsonFile, SELECTION_FILE, serialize } from './provider-schema';
import { readRealSchema, REAL_PROVIDER_VERSION } from './real-provider';

export { PROVIDER_VERSION_CONSTRAINT } from './bindings';

async function main(): Promise<void> {
  const root = path.resolve(__dirname, '..');
  const outDir = path.join(root, 'src', 'provider-tencentcloud');
  const text = serialize(extractSchema(readRealSchema(), readJsonFile(SELECTION_FILE)));
  fs.writeFileSync(COMMITTED_SCHEMA, text);
  process.stdout.write(`gen:bindings: extracted ${path.relative(root, COMMITTED_SCHEMA)} from provider v${REAL_PROVIDER_VERSION}\n`);
  // Generate from the sorted form, so the bindings' member order follows the committed file.
  const count = await generateBindings('cdktf', JSON.parse(text), outDir);
  process.stdout.write(`gen:bindings: wrote ${count} files to ${path.relative(root, outDir)}\n`);
}

main().catch((err) => {
  process.stderr.write(`gen:bindings failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
