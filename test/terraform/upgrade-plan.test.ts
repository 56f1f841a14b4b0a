/**
 * Upgrade safety, checked by a real plan: test/fixtures/upgrade-state/<stack>.tfstate.json stands
 * for "a user deployed this workload with an earlier release" (a state built from that release's
 * own plan). The current library's synth of the same workload is planned against it with the real
 * provider: no resource of an existing deployment may be destroyed or replaced. New resources
 * (creates) and in-place updates are allowed.
 *
 * After an intended breaking change (with a migration note in CHANGELOG), or to add stacks:
 *   UPDATE_UPGRADE_STATE=1 npx jest test/terraform/upgrade-plan.test.ts
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { buildUpgradeWorkload } from './upgrade-workload';
import { describeDiagnostics, effectiveChanges, plan, stackDirs, stateFromPlan } from '../support/terraform';

jest.setTimeout(300_000);

const STATE_DIR = path.join(__dirname, '..', 'fixtures', 'upgrade-state');
const UPDATE = process.env.UPDATE_UPGRADE_STATE === '1';
const REGENERATE = 'UPDATE_UPGRADE_STATE=1 npx jest test/terraform/upgrade-plan.test.ts';

const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'cloudaudit-upgrade-'));
afterAll(() => fs.rmSync(outdir, { recursive: true, force: true }));
buildUpgradeWorkload(outdir).synth();
const stacks = stackDirs(outdir).map((dir) => ({ name: path.basename(dir), config: JSON.parse(fs.readFileSync(path.join(dir, 'cdk.tf.json'), 'utf8')) }));

test('the workload has stacks, and a recorded deployment for each', () => {
  expect(stacks.length).toBeGreaterThanOrEqual(3);
  if (UPDATE) return;
  const missing = stacks.filter((s) => !fs.existsSync(path.join(STATE_DIR, `${s.name}.tfstate.json`))).map((s) => s.name);
  if (missing.length > 0) throw new Error(`no recorded deployment for ${missing.join(', ')}: run ${REGENERATE}`);
  expect(missing).toEqual([]);
});

test.each(stacks.map((s) => s.name))('%s: an existing deployment plans no destroy and no replacement', async (name) => {
  const { config } = stacks.find((s) => s.name === name)!;
  const file = path.join(STATE_DIR, `${name}.tfstate.json`);
  if (UPDATE) {
    const fresh = await plan(config);
    if (!fresh.ok) throw new Error(describeDiagnostics(fresh.diagnostics));
    fs.writeFileSync(file, `${JSON.stringify(stateFromPlan(fresh.json), null, 1)}\n`);
  }
  expect(fs.existsSync(file)).toBe(true);
  const state = JSON.parse(fs.readFileSync(file, 'utf8'));
  expect(state.resources.length).toBeGreaterThan(0);
  const p = await plan(config, state);
  expect(describeDiagnostics(p.diagnostics.filter((d) => d.severity === 'error'))).toBe('');
  const destructive = effectiveChanges(p).filter((c) => c.actions.includes('delete'));
  if (destructive.length > 0) {
    throw new Error([
      `This change would destroy or replace ${destructive.length} resource(s) of existing deployments (real terraform plan):`,
      ...destructive.map((c) => `  - ${c.address}: ${c.actions.join(', ')}${c.reason ? ` (${c.reason})` : ''}`),
      `If that is intended, add a migration note (moved block / terraform state mv) to CHANGELOG, then run ${REGENERATE}`,
    ].join('\n'));
  }
  expect(destructive).toEqual([]);
});
