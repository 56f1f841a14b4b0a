/**
 * Upgrade safety: synthesizes every example and fails when a library change would make Terraform
 * replace a resource of an existing deployment (a changed logical id, or a changed attribute that
 * forces replacement) compared with test/fixtures/upgrade-baseline.json.
 */
import * as fs from 'fs';
import { BASELINE_FILE, collectUpgradeState, exampleEntries, REGENERATE, replacements, UpgradeState } from '../scripts/update-upgrade-baseline';

const baseline: UpgradeState = JSON.parse(fs.readFileSync(BASELINE_FILE, 'utf8'));

describe('upgrade safety', () => {
  const current = collectUpgradeState();

  test('every example is synthesized and recorded', () => {
    expect(exampleEntries().length).toBeGreaterThan(0);
    expect(Object.keys(current).length).toBeGreaterThanOrEqual(exampleEntries().length);
  });

  test('no resource of an existing deployment is replaced', () => {
    const problems = replacements(baseline, current);
    if (problems.length > 0) {
      throw new Error([
        `This change would replace ${problems.length} resource(s) of existing deployments:`,
        ...problems.map((p) => `  - ${p}`),
        'If that is intended, add a migration note (moved block / terraform state mv) to CHANGELOG before changing this,',
        `then regenerate the baseline: ${REGENERATE}`,
      ].join('\n'));
    }
    expect(problems).toEqual([]);
  });

  test('the baseline covers every example stack', () => {
    const missing = Object.keys(current).filter((s) => !(s in baseline));
    if (missing.length > 0) throw new Error(`no upgrade baseline for ${missing.join(', ')}: run ${REGENERATE}`);
    expect(missing).toEqual([]);
  });

  test('the comparison flags a changed logical id and a changed ForceNew attribute', () => {
    const before: UpgradeState = { 'ex/s': { 'tencentcloud_cos_bucket.Logs_Bucket_1': { bucket: 'a-1250000000' }, 'tencentcloud_cls_topic.T_1': {} } };
    const after: UpgradeState = { 'ex/s': { 'tencentcloud_cos_bucket.Logs_Bucket_1': { bucket: 'b-1250000000' }, 'tencentcloud_cls_topic.T_2': {} } };
    const found = replacements(before, after);
    expect(found).toEqual([
      expect.stringContaining('tencentcloud_cos_bucket.Logs_Bucket_1 would be replaced: bucket changes'),
      expect.stringContaining('tencentcloud_cls_topic.T_1 would be destroyed and re-created: its logical id is gone (new tencentcloud_cls_topic: tencentcloud_cls_topic.T_2)'),
    ]);
  });
});
