/**
 * The two apps the benchmark compares, for N tracking sets, each with its own destination (even
 * indexes a new COS bucket, odd ones a new CLS logset + topic):
 * - `constructs`: AuditTrack + CosDestination / ClsDestination;
 * - `raw`: the same Terraform written with the generated L1 bindings directly (the floor).
 * The raw app nests its resources under plain Constructs with the same ids, so both synthesize the
 * same document, logical ids included; the bench checks that before timing.
 *
 * This file is transpiled by bench.ts into .bench/workload.js and loaded from there by the bench
 * and its child processes, so every measurement runs the same compiled JavaScript. The library is
 * loaded from `root` (lib/ or src/), never imported statically.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { isDeepStrictEqual } from 'util';
import { App, DataResource, Lazy, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';

type Library = typeof import('../src');

export type Variant = 'constructs' | 'raw';

export const REGION = 'ap-hongkong';
export const APP_ID = '1250000000';

function newApp(outdir: string): { app: App; stack: TerraformStack; lib: Library } {
  const app = new App({ outdir, stackTraces: false });
  const stack = new TerraformStack(app, 'bench');
  const lib = library();
  new lib.tencentcloud.provider.TencentcloudProvider(stack, 'tencentcloud', { region: REGION });
  return { app, stack, lib };
}

let loaded: Library | undefined;
/** The library under test: lib/ or src/, chosen by bench.ts through BENCH_LIBRARY. */
export function library(): Library {
  const root = process.env.BENCH_LIBRARY;
  if (!root) throw new Error('BENCH_LIBRARY is not set');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (loaded ??= require(root) as Library);
}

function buildConstructs(stack: TerraformStack, lib: Library, n: number): void {
  for (let i = 0; i < n; i++) {
    const destination = i % 2 === 0
      ? new lib.CosDestination(stack, `Dest${i}`, { bucketName: `audit-logs-${i}`, region: REGION, appId: APP_ID })
      : new lib.ClsDestination(stack, `Dest${i}`, { region: REGION, logsetName: `audit-${i}`, topicName: `events-${i}` });
    new lib.AuditTrack(stack, `Track${i}`, { trackName: `track-${i}`, destination });
  }
}

function buildRaw(stack: TerraformStack, lib: Library, n: number): void {
  const { cosBucket, cosBucketPolicy, clsLogset, clsTopic, auditTrack, dataTencentcloudAuditCosRegions } = lib.tencentcloud;
  // What a careful hand-written config adds too: a plan-time check that COS delivery is enabled in the region.
  const cosRegions = n > 0 ? new dataTencentcloudAuditCosRegions.DataTencentcloudAuditCosRegions(stack, 'CloudAuditCosRegions', {}) : undefined;
  for (let i = 0; i < n; i++) {
    const dest = new Construct(stack, `Dest${i}`);
    let dependency;
    let storageName: string;
    if (i % 2 === 0) {
      // What audit-grade storage needs by hand too: a guard that stops a change of multi_az at
      // plan, and a bucket policy denying deletion.
      const guard = new DataResource(dest, 'MultiAzGuard', { lifecycle: { ignoreChanges: ['input'] } });
      guard.addOverride('input', false);
      const bucket = `audit-logs-${i}-${APP_ID}`;
      dependency = new cosBucket.CosBucket(dest, 'Bucket', {
        bucket,
        acl: 'private',
        versioningEnable: true,
        encryptionAlgorithm: 'AES256',
        forceClean: false,
        lifecycle: {
          preventDestroy: true,
          precondition: [{ condition: `\${${guard.fqn}.output == false}`, errorMessage: 'multi_az cannot change on an existing bucket' }],
        },
      });
      new cosBucketPolicy.CosBucketPolicy(dest, 'DenyDelete', {
        bucket: dependency.bucket,
        policy: JSON.stringify({
          version: '2.0',
          statement: [{
            effect: 'deny',
            principal: { qcs: ['qcs::cam::anyone:anyone'] },
            action: ['name/cos:DeleteObject', 'name/cos:DeleteMultipleObjects', 'name/cos:DeleteBucket'],
            resource: [`qcs::cos:${REGION}:uid/${APP_ID}:${bucket}/*`],
          }],
        }),
      });
      storageName = `audit-logs-${i}`;
    } else {
      const logset = new clsLogset.ClsLogset(dest, 'Logset', { logsetName: `audit-${i}`, lifecycle: { preventDestroy: true } });
      dependency = new clsTopic.ClsTopic(dest, 'Topic', {
        logsetId: logset.id, topicName: `events-${i}`, period: 180, lifecycle: { preventDestroy: true },
      });
      storageName = dependency.id;
    }
    const track = new Construct(stack, `Track${i}`);
    const name = `track-${i}`;
    const marker = new DataResource(track, 'NameMarker', { triggersReplace: { name } });
    new auditTrack.AuditTrack(track, 'Resource', {
      name,
      status: 1,
      actionType: '*',
      resourceType: '*',
      eventNames: ['*'],
      dependsOn: [dependency, marker],
      storage: {
        storageType: i % 2 === 0 ? 'cos' : 'cls',
        storageRegion: REGION,
        storageName,
        storagePrefix: 'cloudaudit',
      },
      lifecycle: {
        replaceTriggeredBy: [Lazy.stringValue({ produce: () => `terraform_data.${marker.friendlyUniqueId}` })],
        precondition: i % 2 === 0 && cosRegions ? [{
          condition: `\${contains([for r in ${cosRegions.fqn}.audit_cos_region_list : r.cos_region], "${REGION}")}`,
          errorMessage: `storage region "${REGION}" is not a COS delivery region of CloudAudit`,
        }] : undefined,
      },
    });
  }
}

/** Total size of the files under a directory. */
export function bytesUnder(dir: string): number {
  let total = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    total += entry.isDirectory() ? bytesUnder(p) : fs.statSync(p).size;
  }
  return total;
}

/** Builds and synthesizes one app into `outdir`; returns the synthesized stack file. */
export function run(variant: Variant, n: number, outdir: string): string {
  const { app, stack, lib } = newApp(outdir);
  if (variant === 'constructs') buildConstructs(stack, lib, n);
  else buildRaw(stack, lib, n);
  app.synth();
  return path.join(outdir, 'stacks', 'bench', 'cdk.tf.json');
}

/** Runs cdktf's `terraform version` probe once per command and constraint, then reuses the answer. */
export function memoizeVersionProbe(): { restore: () => void } {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { ValidateBinaryVersion } = require('cdktf/lib/validations/validate-binary-version');
  const original = ValidateBinaryVersion.prototype.validate;
  const cache = new Map<string, string[]>();
  ValidateBinaryVersion.prototype.validate = function validate(this: any): string[] {
    const key = `${this.versionCommand}\u0000${this.versionConstraint}`;
    if (!cache.has(key)) cache.set(key, original.call(this));
    return cache.get(key)!;
  };
  return { restore: () => { ValidateBinaryVersion.prototype.validate = original; } };
}

/** Child-process entry: runs one variant once and prints its peak RSS (bytes) as JSON. */
export function child(variant: Variant | 'load-only', n: number, outdir: string): void {
  memoizeVersionProbe();
  if (variant === 'load-only') library();
  else run(variant, n, outdir);
  process.stdout.write(JSON.stringify({ maxRssBytes: process.resourceUsage().maxRSS * 1024 }));
}

// ------------------------------------------------------------------ timing (run in a plain node child by bench.ts)

function gc(): void {
  (globalThis as any).gc?.();
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function tempDir(label: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `cloudaudit-bench-${label}-`));
}

function countResources(doc: any): Record<string, number> {
  const out: Record<string, number> = {};
  for (const section of ['resource', 'data'] as const) {
    for (const [type, instances] of Object.entries<object>(doc[section] ?? {})) out[`${section}.${type}`] = Object.keys(instances).length;
  }
  return out;
}

// ------------------------------------------------------------------ 1. synth

export interface SynthRow { identical: boolean; n: number; constructsMs: number; rawMs: number; ratio: number; bytes: number; rawBytes: number; perTrackUs: number; resources: number }

function timeOnce(variant: Variant, n: number): { ms: number; bytes: number } {
  const outdir = tempDir(variant);
  gc();
  const t0 = process.hrtime.bigint();
  run(variant, n, outdir);
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const bytes = bytesUnder(outdir);
  fs.rmSync(outdir, { recursive: true, force: true });
  return { ms, bytes };
}

/** Both variants must synthesize the same document: otherwise the comparison means nothing. */
function checkSameDocument(n: number): { resources: number; identical: boolean } {
  const dirs = [tempDir('check-c'), tempDir('check-r')];
  try {
    const [c, r] = (['constructs', 'raw'] as const).map((v, i) => JSON.parse(fs.readFileSync(run(v, n, dirs[i]), 'utf8')));
    const [cc, rc] = [countResources(c), countResources(r)];
    if (!isDeepStrictEqual(cc, rc)) throw new Error(`N=${n}: resource counts differ: constructs ${JSON.stringify(cc)} raw ${JSON.stringify(rc)}`);
    // Error messages are prose: the library's are longer. Everything else must match.
    const strip = (doc: any) => JSON.parse(JSON.stringify({ resource: doc.resource, data: doc.data }), (k, v) => (k === 'error_message' ? '' : v));
    const identical = isDeepStrictEqual(strip(c), strip(r));
    if (!identical) console.error(`  N=${n}: the documents differ beyond error messages: update bench/workload.ts so raw writes what the constructs write`);
    return { resources: Object.values(cc).reduce((a, b) => a + b, 0), identical };
  } finally {
    dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true }));
  }
}

function benchSynth(sizes: number[], rounds: number): SynthRow[] {
  const rows: SynthRow[] = [];
  for (const n of sizes) {
    const { resources, identical } = checkSameDocument(n);
    const times: Record<Variant, number[]> = { constructs: [], raw: [] };
    const bytes: Record<Variant, number> = { constructs: 0, raw: 0 };
    for (let round = 0; round < rounds; round++) {
      const order: Variant[] = round % 2 === 0 ? ['constructs', 'raw'] : ['raw', 'constructs'];
      for (const v of order) {
        const r = timeOnce(v, n);
        times[v].push(r.ms);
        bytes[v] = r.bytes;
      }
    }
    const [c, r] = [median(times.constructs), median(times.raw)];
    rows.push({ identical, n, constructsMs: c, rawMs: r, ratio: c / r, bytes: bytes.constructs, rawBytes: bytes.raw, perTrackUs: (c * 1000) / n, resources });
    console.error(`  N=${n}: constructs ${c.toFixed(1)} ms, raw ${r.toFixed(1)} ms, ratio ${(c / r).toFixed(2)}`);
  }
  return rows;
}

export interface ProbeCost { n: number; constructsMs: number; rawMs: number; spawnMs: number }

/** One synth of each variant at N = 100 with cdktf's probe as shipped (one spawn per terraform_data). */
function probeCost(): ProbeCost {
  const n = 100;
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < 10; i++) spawnSync('terraform', ['version'], { stdio: 'ignore' });
  const spawnMs = Number(process.hrtime.bigint() - t0) / 1e6 / 10;
  const c = timeOnce('constructs', n).ms;
  const r = timeOnce('raw', n).ms;
  return { n, constructsMs: c, rawMs: r, spawnMs };
}

export interface SynthSuite { rows: SynthRow[]; probe: ProbeCost }

/** Probe cost first (as shipped), then the timed rounds with the probe memoized. */
export function synthSuite(sizes: number[], rounds: number): SynthSuite {
  console.error('terraform-version probe as shipped (N=100, one run each):');
  const probe = probeCost();
  console.error(`  constructs ${probe.constructsMs.toFixed(0)} ms, raw ${probe.rawMs.toFixed(0)} ms; one \`terraform version\` ${probe.spawnMs.toFixed(0)} ms`);
  memoizeVersionProbe();
  console.error('synth (probe memoized):');
  return { rows: benchSynth(sizes, rounds), probe };
}
