/**
 * Plans against a prior deployment, with the provider double: "v1 was applied" is a state built from
 * v1's own plan (stateFromPlan), then v2 is planned with `-refresh=false`. No data source is read
 * (literal appId, checkDeliveryRegion: false), so nothing calls the cloud.
 */
import { execFile } from 'child_process';
import { Testing, TerraformStack } from 'cdktf';
import { ActionType, AuditTrack, CosDestination, EventSelector, tencentcloud } from '../../src';
import { describeDiagnostics, effectiveChanges, plan, PlanResult, stateFromPlan, terraformEnv } from '../support/terraform';

interface Version {
  readonly trackName?: string;
  readonly bucketName?: string;
  readonly bucketId?: string;
  readonly selectors?: EventSelector[];
}

/** The app a team deploys: one bucket, one track, no data source. */
function synthesize(v: Version = {}): any {
  const app = Testing.app();
  const stack = new TerraformStack(app, 'audit');
  new tencentcloud.provider.TencentcloudProvider(stack, 'tencentcloud', { region: 'ap-guangzhou' });
  const logs = new CosDestination(stack, v.bucketId ?? 'Logs', {
    bucketName: v.bucketName ?? 'org-audit-logs',
    region: 'ap-guangzhou',
    appId: '1250000000',
  });
  const track = new AuditTrack(stack, 'Track', {
    trackName: v.trackName ?? 'org-audit',
    destination: logs,
    checkDeliveryRegion: false,
    ...(v.selectors ? { selectors: v.selectors } : {}),
  });
  expect(track.trackName).toBe(v.trackName ?? 'org-audit');
  return JSON.parse(Testing.synth(stack, true));
}

async function applied(v: Version = {}): Promise<any> {
  const p = await plan(synthesize(v));
  if (!p.ok) throw new Error(`v1 does not plan:\n${describeDiagnostics(p.diagnostics)}`);
  return stateFromPlan(p.json);
}

function actionsOf(p: PlanResult, type: string): string[][] {
  return effectiveChanges(p).filter((c) => c.type === type).map((c) => c.actions);
}

jest.setTimeout(120_000);

describe('plans against a prior deployment (provider double, -refresh=false)', () => {
  let v1: any;
  beforeAll(async () => {
    v1 = await applied();
  });

  test('the prior state holds what v1 created', () => {
    expect(v1.resources.map((r: any) => r.type).sort()).toEqual(['tencentcloud_audit_track', 'tencentcloud_cos_bucket', 'terraform_data']);
  });

  test('an unchanged app plans no change', async () => {
    const p = await plan(synthesize(), v1);
    expect(describeDiagnostics(p.diagnostics.filter((d) => d.severity === 'error'))).toBe('');
    expect(effectiveChanges(p)).toEqual([]);
  });

  test('renaming a track plans a replacement of the track, not an in-place update', async () => {
    const p = await plan(synthesize({ trackName: 'org-audit-v2' }), v1);
    expect(p.ok).toBe(true);
    const track = effectiveChanges(p).find((c) => c.type === 'tencentcloud_audit_track')!;
    expect(track.actions).toEqual(['delete', 'create']);
    expect(track.reason).toBe('replace_by_triggers');
    expect(actionsOf(p, 'tencentcloud_cos_bucket')).toEqual([]);
  });

  test('renaming the bucket is stopped by prevent_destroy', async () => {
    const p = await plan(synthesize({ bucketName: 'org-audit-logs-2' }), v1);
    expect(p.ok).toBe(false);
    const errors = p.diagnostics.filter((d) => d.severity === 'error');
    expect(errors.map((d) => d.summary)).toEqual(['Instance cannot be destroyed']);
    expect(errors[0].detail).toMatch(/tencentcloud_cos_bucket\.Logs_Bucket_\w+ has lifecycle.prevent_destroy set/);
  });

  test('re-id-ing the bucket construct: prevent_destroy cannot stop it (the old block is gone); a moved block keeps the bucket', async () => {
    // Terraform: prevent_destroy protects a resource only while its block is in the configuration.
    const p = await plan(synthesize({ bucketId: 'AuditLogs' }), v1);
    expect(p.ok).toBe(true);
    expect(actionsOf(p, 'tencentcloud_cos_bucket').sort()).toEqual([['create'], ['delete']]);
    // The documented fix: tell Terraform the bucket moved.
    const app = Testing.app();
    const stack = new TerraformStack(app, 'audit');
    new tencentcloud.provider.TencentcloudProvider(stack, 'tencentcloud', { region: 'ap-guangzhou' });
    const logs = new CosDestination(stack, 'AuditLogs', { bucketName: 'org-audit-logs', region: 'ap-guangzhou', appId: '1250000000' });
    const old = v1.resources.find((r: any) => r.type === 'tencentcloud_cos_bucket');
    logs.bucket.moveFromId(`tencentcloud_cos_bucket.${old.name}`);
    new AuditTrack(stack, 'Track', { trackName: 'org-audit', destination: logs, checkDeliveryRegion: false });
    const moved = await plan(JSON.parse(Testing.synth(stack, true)), v1);
    expect(describeDiagnostics(moved.diagnostics.filter((d) => d.severity === 'error'))).toBe('');
    expect(actionsOf(moved, 'tencentcloud_cos_bucket')).toEqual([]);
    expect(moved.json.resource_changes.find((c: any) => c.type === 'tencentcloud_cos_bucket').previous_address).toBe(`tencentcloud_cos_bucket.${old.name}`);
  });

  describe('moving a track from one selector to several', () => {
    const several: EventSelector[] = [
      { resourceType: 'cam', actionType: ActionType.WRITE },
      { resourceType: 'cvm', actionType: ActionType.WRITE },
    ];
    let p: PlanResult;
    beforeAll(async () => {
      p = await plan(synthesize({ selectors: several }), v1);
    });

    test('plans: delete the audit_track, create the events_audit_track, replace the name marker (as docs/advanced.md says)', () => {
      expect(p.ok).toBe(true);
      expect(actionsOf(p, 'tencentcloud_audit_track')).toEqual([['delete']]);
      expect(actionsOf(p, 'tencentcloud_events_audit_track')).toEqual([['create']]);
      expect(actionsOf(p, 'terraform_data')).toEqual([['delete', 'create']]);
      expect(actionsOf(p, 'tencentcloud_cos_bucket')).toEqual([]);
    });

    test('the old track (same name) is destroyed before the new one is created', async () => {
      const graph = await applyGraph(p.dir);
      const del = node(graph, /tencentcloud_audit_track\.[^ ]* \(destroy\)/);
      const create = node(graph, /tencentcloud_events_audit_track\.\S+ \(expand\)/);
      expect(reaches(graph, create, del)).toBe(true);
      expect(reaches(graph, del, create)).toBe(false);
    });

    test('and back from several selectors to one: the events track goes first', async () => {
      const state = await applied({ selectors: several });
      const back = await plan(synthesize(), state);
      expect(actionsOf(back, 'tencentcloud_events_audit_track')).toEqual([['delete']]);
      expect(actionsOf(back, 'tencentcloud_audit_track')).toEqual([['create']]);
      const graph = await applyGraph(back.dir);
      const del = node(graph, /tencentcloud_events_audit_track\.[^ ]* \(destroy\)/);
      const create = node(graph, /tencentcloud_audit_track\.\S+ \(expand\)/);
      expect(reaches(graph, create, del)).toBe(true);
    });
  });
});

// ------------------------------------------------------------- the apply graph of a saved plan

interface Graph { readonly nodes: string[]; readonly edges: Map<string, string[]> }

/** `terraform graph -plan=tfplan`: the apply graph Terraform will walk (edge a -> b: a waits for b). */
function applyGraph(dir: string): Promise<Graph> {
  return new Promise((resolve, reject) => {
    execFile('terraform', ['graph', '-plan=tfplan'], { cwd: dir, env: terraformEnv(), maxBuffer: 16 * 1024 * 1024 }, (err, stdout, stderr) => {
      if (err) return reject(new Error(`terraform graph failed: ${stderr || err.message}`));
      const edges = new Map<string, string[]>();
      const nodes = new Set<string>();
      const q = '"((?:[^"\\\\]|\\\\.)*)"';
      for (const m of stdout.matchAll(new RegExp(`${q}\\s*->\\s*${q}`, 'g'))) {
        nodes.add(m[1]).add(m[2]);
        edges.set(m[1], [...(edges.get(m[1]) ?? []), m[2]]);
      }
      for (const m of stdout.matchAll(new RegExp(`^\\s*${q}\\s*\\[`, 'gm'))) nodes.add(m[1]);
      resolve({ nodes: [...nodes], edges });
    });
  });
}

function node(g: Graph, match: RegExp): string {
  const found = g.nodes.filter((n) => match.test(n));
  if (found.length !== 1) throw new Error(`expected one graph node matching ${match}, found ${JSON.stringify(found)} among ${JSON.stringify(g.nodes)}`);
  return found[0];
}

/** Whether `from` (transitively) waits for `to`. */
function reaches(g: Graph, from: string, to: string): boolean {
  const seen = new Set<string>();
  const stack = [from];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n === to) return true;
    if (seen.has(n)) continue;
    seen.add(n);
    stack.push(...(g.edges.get(n) ?? []));
  }
  return false;
}
