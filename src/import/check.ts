/**
 * The rule check of imported tracking sets: each plan is built with the library's own constructs
 * (in a scratch app, never synthesized to disk), so exactly the rules that would stop the
 * generated file stop it here. Lossless: a rule the tracking set breaks is not a reason to leave
 * it out. It is kept as the cloud has it (`keepImported` on the track, and on its adopted storage
 * when the storage's rule refused it), with a finding naming the rule; the scratch stack is then
 * reviewed as `AuditChecks` reviews the generated app, and every API finding on the track is kept
 * the same way, so the generated app synthesizes with `AuditChecks` on. Only a rule the constructs
 * cannot keep (not one the review reports) leaves a track commented out (`problem`).
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { EnumRef, ImportFinding, isEnumRef, PlanValue, TrackPlan } from './generate';

/** The literal value the construct receives. */
function literalValue(v: PlanValue): unknown {
  if (isEnumRef(v)) return (v as EnumRef).value;
  if (Array.isArray(v)) return v.map(literalValue);
  if (typeof v === 'object' && v !== null) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, literalValue(x)]));
  return v;
}

/** Builds each plan's constructs; keeps the rules they break, or sets `problem` when one cannot be kept. */
export function checkPlans(plans: TrackPlan[], region: string): void {
  // Loaded on use: parsing and writing need no cdktf.
  /* eslint-disable @typescript-eslint/no-require-imports */
  const cdktf = require('cdktf') as typeof import('cdktf');
  const lib = require('../index') as typeof import('../index');
  const rules = require('../rules/index') as typeof import('../rules/index');
  const engine = require('../review/engine') as typeof import('../review/engine');
  const normalize = require('../review/normalize') as typeof import('../review/normalize');
  /* eslint-enable @typescript-eslint/no-require-imports */
  // An App creates its outdir: keep it out of the user's working directory.
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'cloudaudit-import-'));
  try {
    const tools = { cdktf, lib, rules, engine, normalize };
    for (const p of plans) {
      if (!p.problem) checkOne(tools, p, region, outdir);
    }
  } finally {
    fs.rmSync(outdir, { recursive: true, force: true });
  }
}

interface Tools {
  readonly cdktf: typeof import('cdktf');
  readonly lib: typeof import('../index');
  readonly rules: typeof import('../rules/index');
  readonly engine: typeof import('../review/engine');
  readonly normalize: typeof import('../review/normalize');
}

/** The most rules one tracking set can break is bounded by the catalogue: a loop guard. */
const MAX_ROUNDS = 40;

function checkOne(t: Tools, p: TrackPlan, region: string, outdir: string): void {
  const onTrack = new Map<string, string>();
  const onStorage = new Map<string, string>();
  const first = `tracking set ${p.track.trackId} ${JSON.stringify(p.track.name)}`;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const built = build(t, p, region, outdir, onTrack, onStorage);
    if ('error' in built) {
      const err = built.error as Error & { code?: string; constructPath?: string };
      const code = typeof err.code === 'string' ? err.code : 'CA919';
      const line = String(err.message).split('\n')[0];
      const keepable = /^CA[0-9]{3}$/.test(code) && t.rules.findRule(code)?.review !== undefined;
      const where = err.constructPath?.endsWith(`/${p.destination.id}`) ? onStorage : onTrack;
      if (!keepable || where.has(code)) {
        p.problem = { code, message: `${first} breaks a rule: ${line}` };
        return;
      }
      where.set(code, line);
      continue;
    }
    // What AuditChecks finds on the track in the generated app: every API finding, kept the same way.
    const doc = built.stack.toTerraform();
    const result = t.engine.review({ name: 'imported-tracks', file: 'cdk.tf.json', kind: 'cdktf', resources: t.normalize.fromConfig(doc, 'cdk.tf.json') });
    const open = result.findings.filter((f) => f.code !== undefined && f.level === 'error' && !f.acknowledged && f.address !== undefined
      && /^tencentcloud_(events_)?audit_track\./.test(f.address) && !onTrack.has(f.code));
    if (open.length === 0) {
      finish(t, p, onTrack, onStorage);
      return;
    }
    for (const f of open) onTrack.set(f.code!, f.message);
  }
  p.problem = { code: 'CA919', message: `${first}: its rules could not all be kept (more than ${MAX_ROUNDS} rounds)` };
}

/** The constructs of one plan in a scratch stack, with the rules kept so far. */
function build(
  t: Tools, p: TrackPlan, region: string, outdir: string, onTrack: Map<string, string>, onStorage: Map<string, string>,
): { stack: import('cdktf').TerraformStack } | { error: unknown } {
  const app = new t.cdktf.App({ skipValidation: true, outdir });
  const stack = new t.cdktf.TerraformStack(app, 'imported-tracks');
  new t.lib.tencentcloud.provider.TencentcloudProvider(stack, 'tencentcloud', { region });
  try {
    const d = p.destination;
    const dprops = { ...(literalValue(d.props) as object), ...keepProp(p, onStorage) } as any;
    const destination = d.className === 'CosDestination' ? t.lib.CosDestination.fromExistingBucket(stack, d.id, dprops) : t.lib.ClsDestination.fromTopicId(stack, d.id, dprops);
    const props = { ...(literalValue(p.props) as object), ...keepProp(p, new Map([...onStorage, ...onTrack])), destination } as any;
    if (p.className === 'OrgWideTrack') new t.lib.OrgWideTrack(stack, p.id, props);
    else new t.lib.AuditTrack(stack, p.id, props);
    return { stack };
  } catch (error) {
    return { error };
  }
}

/** What a finding says is wrong, without its code, construct path, rule text and fix. */
function problemOf(line: string): string {
  const text = line.replace(/\s+/g, ' ').replace(/^\[[A-Z]+-?[0-9]+[^\]]*\] /, '').replace(/^imported-tracks\/[^:]*: /, '');
  const cut = text.search(/ (Rule|Fix): /);
  return (cut > 0 ? text.slice(0, cut) : text).slice(0, 400);
}

/** The reason written for a kept rule: what is broken, why it is kept, what to do. */
function reason(p: TrackPlan, line: string): string {
  return `kept as the cloud has it (cloudaudit-import, tracking set ${p.track.trackId}): ${problemOf(line)} `
    + 'Changing it here changes the tracking set at the next apply: decide, fix it (console or here), then drop this entry.';
}

function keepProp(p: TrackPlan, kept: ReadonlyMap<string, string>): { keepImported?: Array<{ id: string; reason: string }> } {
  if (kept.size === 0) return {};
  return { keepImported: [...kept.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([id, line]) => ({ id, reason: reason(p, line) })) };
}

/** Writes what was kept into the plan: keepImported props, and one finding per rule. */
function finish(t: Tools, p: TrackPlan, onTrack: Map<string, string>, onStorage: Map<string, string>): void {
  const trackKeep = new Map([...onStorage, ...onTrack]);
  const props = keepProp(p, trackKeep).keepImported;
  if (props) p.props.keepImported = props;
  const storageProps = keepProp(p, onStorage).keepImported;
  if (storageProps) p.destination.props.keepImported = storageProps;
  const findings: ImportFinding[] = [...trackKeep.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([code, line]) => ({
    code,
    name: t.rules.findRule(code)?.name,
    keptOn: onStorage.has(code) ? 'destination' : 'track',
    message: `tracking set ${p.track.trackId} ${JSON.stringify(p.track.name)} is declared as the cloud has it, rule kept: ${line}`,
  }));
  p.findings.unshift(...findings);
}
