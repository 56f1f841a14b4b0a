/**
 * Upgrade safety: what an existing deployment of each example would see after a library change.
 * Records, per example and stack, every resource's type + logical id, and the values of the
 * attributes whose change makes Terraform REPLACE the resource (ForceNew in the provider, or the
 * rename marker of an audit track). test/upgrade-safety.test.ts compares the current synth with
 * test/fixtures/upgrade-baseline.json.
 *
 * Regenerate the baseline (after adding a migration note to CHANGELOG, or after adding examples):
 *   npx ts-node --project test/tsconfig.json scripts/update-upgrade-baseline.ts
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

export const BASELINE_FILE = path.join(__dirname, '..', 'test', 'fixtures', 'upgrade-baseline.json');
export const REGENERATE = 'npx ts-node --project test/tsconfig.json scripts/update-upgrade-baseline.ts';
const EXAMPLES_DIR = path.join(__dirname, '..', 'examples');

/**
 * Attributes whose change replaces the resource. ForceNew flags of terraform-provider-tencentcloud (the resources' schema in its source):
 * cos_bucket bucket/multi_az/chdfs_ofs/cdc_id, cos_bucket_policy bucket, events_audit_track name,
 * cam_role name, cam_role_policy_attachment role_id/policy_id. audit_track.name is not ForceNew,
 * but the library ties the track to a terraform_data marker whose triggers_replace holds the name,
 * so a rename replaces it by design: the marker's triggers_replace is recorded too.
 * cls_logset and cls_topic have no ForceNew attribute: only their logical ids matter.
 */
export const REPLACING_ATTRIBUTES: Record<string, readonly string[]> = {
  tencentcloud_cos_bucket: ['bucket', 'multi_az', 'chdfs_ofs', 'cdc_id'],
  tencentcloud_cos_bucket_policy: ['bucket'],
  tencentcloud_events_audit_track: ['name'],
  tencentcloud_audit_track: ['name'],
  tencentcloud_cam_role: ['name'],
  tencentcloud_cam_role_policy_attachment: ['role_id', 'policy_id'],
  terraform_data: ['triggers_replace'],
};

/** `{ "<example>/<stack>": { "<type>.<logical id>": { <replacing attribute>: value } } }`. */
export type UpgradeState = Record<string, Record<string, Record<string, unknown>>>;

/** Every examples/<name>/main.ts that exports buildApp(outdir). */
export function exampleEntries(): Array<{ name: string; entry: string }> {
  return fs.readdirSync(EXAMPLES_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory() && fs.existsSync(path.join(EXAMPLES_DIR, d.name, 'main.ts')))
    .map((d) => ({ name: d.name, entry: path.join(EXAMPLES_DIR, d.name, 'main.ts') }))
    .filter(({ entry }) => /export\s+function\s+buildApp\s*\(/.test(fs.readFileSync(entry, 'utf8')))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** Synthesizes every example into a temp dir and records its resources. */
export function collectUpgradeState(): UpgradeState {
  const state: UpgradeState = {};
  for (const { name, entry } of exampleEntries()) {
    const outdir = fs.mkdtempSync(path.join(os.tmpdir(), `upgrade-${name}-`));
    try {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      require(entry).buildApp(outdir).synth();
      const stacksDir = path.join(outdir, 'stacks');
      for (const stack of fs.readdirSync(stacksDir).sort()) {
        const doc = JSON.parse(fs.readFileSync(path.join(stacksDir, stack, 'cdk.tf.json'), 'utf8'));
        const resources: Record<string, Record<string, unknown>> = {};
        for (const [type, instances] of Object.entries<Record<string, any>>(doc.resource ?? {})) {
          for (const [id, config] of Object.entries(instances)) {
            const attrs: Record<string, unknown> = {};
            for (const a of REPLACING_ATTRIBUTES[type] ?? []) if (config[a] !== undefined) attrs[a] = config[a];
            resources[`${type}.${id}`] = attrs;
          }
        }
        state[`${name}/${stack}`] = Object.fromEntries(Object.entries(resources).sort(([a], [b]) => a.localeCompare(b)));
      }
    } finally {
      fs.rmSync(outdir, { recursive: true, force: true });
    }
  }
  return state;
}

/**
 * What an existing deployment of the baseline would see replaced: one message per resource.
 * New resources and new examples are not replacements.
 */
export function replacements(baseline: UpgradeState, current: UpgradeState): string[] {
  const out: string[] = [];
  for (const [stack, before] of Object.entries(baseline)) {
    const after = current[stack];
    if (!after) continue;
    for (const [address, attrs] of Object.entries(before)) {
      const type = address.slice(0, address.indexOf('.'));
      const now = after[address];
      if (now === undefined) {
        const candidates = Object.keys(after).filter((a) => a.startsWith(`${type}.`) && !(a in before));
        out.push(`${stack}: ${address} would be destroyed and re-created: its logical id is gone${candidates.length ? ` (new ${type}: ${candidates.join(', ')})` : ''}`);
        continue;
      }
      for (const [attr, value] of Object.entries(attrs)) {
        if (JSON.stringify(now[attr]) !== JSON.stringify(value)) {
          out.push(`${stack}: ${address} would be replaced: ${attr} changes from ${JSON.stringify(value)} to ${JSON.stringify(now[attr])}`);
        }
      }
    }
  }
  return out;
}

function main(): void {
  const state = collectUpgradeState();
  fs.mkdirSync(path.dirname(BASELINE_FILE), { recursive: true });
  fs.writeFileSync(BASELINE_FILE, `${JSON.stringify(state, null, 2)}\n`);
  const count = Object.values(state).reduce((n, r) => n + Object.keys(r).length, 0);
  process.stdout.write(`wrote ${path.relative(process.cwd(), BASELINE_FILE)}: ${Object.keys(state).length} stacks, ${count} resources\n`);
}

if (require.main === module) main();
