/**
 * Every example synthesizes (as `npm run synth:example -- <name>` does), conforms to the
 * provider schema, and matches its committed snapshot. Update snapshots deliberately with
 * `npx projen test:update` and review the diff.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { checkConformance } from './support';

const EXAMPLES_DIR = path.join(__dirname, '..', 'examples');
const examples = fs.readdirSync(EXAMPLES_DIR)
  .filter((d) => fs.existsSync(path.join(EXAMPLES_DIR, d, 'main.ts')))
  .sort();

/** Synthesizes one example into a temp dir; returns its stacks' documents by stack name. */
export function synthExample(name: string): Record<string, any> {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), `example-${name}-`));
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { buildApp } = require(path.join(EXAMPLES_DIR, name, 'main.ts'));
    buildApp(outdir).synth();
    const stacks: Record<string, any> = {};
    for (const stack of fs.readdirSync(path.join(outdir, 'stacks')).sort()) {
      const text = fs.readFileSync(path.join(outdir, 'stacks', stack, 'cdk.tf.json'), 'utf8');
      // The local backend path is absolute (and differs per run): never snapshot it.
      stacks[stack] = JSON.parse(text.split(outdir).join('<outdir>').split(path.resolve(process.cwd())).join('<cwd>'));
      if (stacks[stack].terraform?.backend?.local) stacks[stack].terraform.backend.local.path = '<local-state>';
    }
    return stacks;
  } finally {
    fs.rmSync(outdir, { recursive: true, force: true });
  }
}

test('there are examples, cos first among the documented ones', () => {
  expect(examples).toEqual(expect.arrayContaining(['cos', 'cls', 'org-wide', 'existing-bucket']));
});

describe.each(examples)('example %s', (name) => {
  const stacks = synthExample(name);

  test('has a cdktf.json for cdktf-cli users', () => {
    const config = JSON.parse(fs.readFileSync(path.join(EXAMPLES_DIR, name, 'cdktf.json'), 'utf8'));
    expect(config.language).toBe('typescript');
    expect(config.app).toContain('main.ts');
  });

  test('synthesizes at least one stack with a tracking set', () => {
    const docs = Object.values(stacks);
    expect(docs.length).toBeGreaterThan(0);
    const tracks = docs.flatMap((d) => [
      ...Object.keys(d.resource?.tencentcloud_audit_track ?? {}),
      ...Object.keys(d.resource?.tencentcloud_events_audit_track ?? {}),
    ]);
    expect(tracks.length).toBeGreaterThan(0);
  });

  test('conforms to the provider schema', () => {
    for (const [stack, doc] of Object.entries(stacks)) {
      expect({ stack, problems: checkConformance(doc) }).toEqual({ stack, problems: [] });
    }
  });

  test('holds no absolute path', () => {
    expect(JSON.stringify(stacks)).not.toMatch(/"\/(work|tmp|home|root)\//);
  });

  test('matches the committed snapshot', () => {
    expect(stacks).toMatchSnapshot();
  });
});
