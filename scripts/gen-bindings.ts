/**
 * Regenerates the typed provider bindings in src/provider-tencentcloud with cdktf's own
 * generator (the code `cdktf get` runs, minus its terraform binary and registry download):
 * 1. extracts schema/tencentcloud-provider-schema.json from the real provider's schema and
 *    schema/tencentcloud-provider-behavior.json from its behaviour file, for the selection in
 *    schema/selection.json (see schema/README.md);
 * 2. generates the bindings from the schema.
 *
 * Run it through `npx projen gen:bindings`. Never edit the output by hand.
 */
import * as fs from 'fs';
import * as path from 'path';
import { generateBindings } from './bindings';
import { COMMITTED_BEHAVIOR, COMMITTED_SCHEMA, extractBehavior, extractSchema, readJsonFile, SELECTION_FILE, serialize } from './provider-schema';
import { readRealBehavior, readRealSchema, REAL_PROVIDER_VERSION } from './real-provider';

export { PROVIDER_VERSION_CONSTRAINT } from './bindings';

async function main(): Promise<void> {
  const root = path.resolve(__dirname, '..');
  const outDir = path.join(root, 'src', 'provider-tencentcloud');
  const selection = readJsonFile(SELECTION_FILE);
  // Both read and extracted before anything is written: a broken archive leaves the committed files as they were.
  const text = serialize(extractSchema(readRealSchema(), selection));
  const behavior = serialize(extractBehavior(readRealBehavior(), selection, REAL_PROVIDER_VERSION));
  fs.writeFileSync(COMMITTED_SCHEMA, text);
  fs.writeFileSync(COMMITTED_BEHAVIOR, behavior);
  for (const file of [COMMITTED_SCHEMA, COMMITTED_BEHAVIOR]) {
    process.stdout.write(`gen:bindings: extracted ${path.relative(root, file)} from provider v${REAL_PROVIDER_VERSION}\n`);
  }
  // Generate from the sorted form, so the bindings' member order follows the committed file.
  const count = await generateBindings('cdktf', JSON.parse(text), outDir);
  process.stdout.write(`gen:bindings: wrote ${count} files to ${path.relative(root, outDir)}\n`);
}

main().catch((err) => {
  process.stderr.write(`gen:bindings failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
