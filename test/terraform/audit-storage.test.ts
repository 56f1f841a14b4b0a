/**
 * Issue #23 with Terraform in the loop (the provider double): a multi-AZ change on an existing
 * bucket is stopped by the plan with its reason, like a rename is by prevent_destroy; and the
 * review of the storage HCL fixture says what the review of Terraform's own plan of it says.
 */
import * as fs from 'fs';
import * as path from 'path';
import { Testing, TerraformStack } from 'cdktf';
import { AuditTrack, CosDestination, tencentcloud } from '../../src';
import { review } from '../../src/review/engine';
import { loadPath } from '../../src/review/load';
import { CloudStore, Workspace } from '../support/cloud-store';
import { describeDiagnostics, planFolder } from '../support/terraform';

jest.setTimeout(300_000);

/** The app a team deploys: one bucket (multi-AZ or not), one track, no data source. */
function app(multiAz?: boolean, preventDestroy?: boolean): any {
  const a = Testing.app();
  const stack = new TerraformStack(a, 'audit');
  new tencentcloud.provider.TencentcloudProvider(stack, 'tencentcloud', { region: 'ap-guangzhou' });
  const logs = new CosDestination(stack, 'Logs', { bucketName: 'org-audit-logs', region: 'ap-guangzhou', appId: '1250000000', multiAz, preventDestroy });
  new AuditTrack(stack, 'Track', { trackName: 'org-audit', destination: logs, checkDeliveryRegion: false });
  return JSON.parse(Testing.synth(stack, true));
}

describe('changing multiAz on an existing bucket is stopped, with the reason', () => {
  test.each([
    ['single-AZ to multi-AZ', undefined, true],
    ['multi-AZ to single-AZ', true, false],
  ])('%s: the plan fails on the precondition, the bucket and its logs stay', async (_what, before, after) => {
    const ws = await Workspace.create(app(before), CloudStore.create());
    const applied = await ws.apply();
    expect({ code: applied.code, stderr: applied.stderr }).toEqual({ code: 0, stderr: '' });
    expect((await ws.plan()).code).toBe(0);
    ws.write(app(after));
    const changed = await ws.plan();
    expect(changed.code).toBe(1);
    const message = changed.stderr.replace(/\s+/g, ' ');
    expect(message).toContain('Resource precondition failed');
    expect(message).toContain('CosDestination audit/Logs: multi_az cannot change on an existing bucket');
    expect(message).toContain('which would delete the audit logs');
    expect(message).toContain('create a new CosDestination (another bucketName) and move the tracks to it');
    // The same configuration again plans nothing: the guard kept the created value.
    ws.write(app(before));
    expect((await ws.plan()).code).toBe(0);
  });

  test('the provider replaces the bucket for it (ForceNew): without prevent_destroy (a sandbox) the change plans a replacement', async () => {
    const ws = await Workspace.create(app(undefined, false), CloudStore.create());
    expect((await ws.apply()).code).toBe(0);
    ws.write(app(true, false));
    const { code, changes } = await ws.changes();
    expect(code).toBe(2);
    expect(changes['tencentcloud_cos_bucket.Logs_Bucket_8640D480']).toEqual(['delete', 'create']);
  });
});

describe('the review of examples/storage and of the plan Terraform makes of it agree', () => {
  test('STO-009 to STO-012 on the plain bucket, none on the graded one', async () => {
    const hcl = path.join('test', 'fixtures', 'review', 'hcl');
    const p = await planFolder(hcl, path.join('examples', 'storage'));
    if (!p.ok) throw new Error(`examples/storage does not plan:\n${describeDiagnostics(p.diagnostics)}`);
    const file = path.join(p.dir, 'plan.json');
    fs.writeFileSync(file, JSON.stringify(p.json));
    const summary = (dir: string) => review(loadPath(dir)[0]).findings.map((f) => `${f.ruleId} ${f.address}`).sort();
    const fromPlan = summary(file);
    expect(fromPlan).toEqual([
      'STO-009 tencentcloud_cos_bucket.plain',
      'STO-010 tencentcloud_cos_bucket.plain',
      'STO-011 tencentcloud_cos_bucket.plain',
      'STO-012 tencentcloud_cos_bucket.plain',
    ]);
    // STO-005 needs the lifecycle a plan does not carry: both buckets have prevent_destroy.
    expect(summary(path.join(hcl, 'examples', 'storage'))).toEqual(fromPlan);
  });
});
