/**
 * Synthesizes one example without cdktf-cli: `npm run synth:example [-- <name>]` (default: cos).
 * Writes examples/<name>/cdktf.out/stacks/<stack>/cdk.tf.json.
 */
import * as fs from 'fs';
import * as path from 'path';

function main(): void {
  const name = process.argv[2] ?? 'cos';
  const dir = path.join(__dirname, '..', 'examples', name);
  const entry = path.join(dir, 'main.ts');
  if (!/^[a-z0-9-]+$/.test(name) || !fs.existsSync(entry)) {
    const known = fs.readdirSync(path.join(__dirname, '..', 'examples')).filter((d) => fs.existsSync(path.join(__dirname, '..', 'examples', d, 'main.ts')));
    process.stderr.write(`synth:example: no example "${name}". Known: ${known.join(', ')}\n`);
    process.exit(2);
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { buildApp } = require(entry);
  const outdir = path.join(dir, 'cdktf.out');
  const app = buildApp(outdir);
  app.synth();
  const stacks = fs.readdirSync(path.join(outdir, 'stacks'));
  for (const s of stacks) {
    const file = path.join(outdir, 'stacks', s, 'cdk.tf.json');
    const doc = JSON.parse(fs.readFileSync(file, 'utf8'));
    const count = Object.values<Record<string, unknown>>(doc.resource ?? {}).reduce((n, r) => n + Object.keys(r).length, 0);
    process.stdout.write(`synthesized ${path.relative(process.cwd(), file)} (${count} resources)\n`);
  }
}

main();
