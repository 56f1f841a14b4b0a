/**
 * The rule check of imported tracking sets: each plan is built with the library's own constructs
 * (in a scratch app, never synthesized), so exactly the rules that would stop the generated file
 * stop it here. A track that breaks one is marked with the construct's coded message.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { EnumRef, isEnumRef, PlanValue, TrackPlan } from './generate';

/** The literal value the construct receives. */
function literalValue(v: PlanValue): unknown {
  if (isEnumRef(v)) return (v as EnumRef).value;
  if (Array.isArray(v)) return v.map(literalValue);
  if (typeof v === 'object' && v !== null) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, literalValue(x)]));
  return v;
}

/** Builds each plan's constructs; sets `problem` on the plans the library refuses. */
export function checkPlans(plans: TrackPlan[], region: string): void {
  // Loaded on use: parsing and writing need no cdktf.
  /* eslint-disable @typescript-eslint/no-require-imports */
  const cdktf = require('cdktf') as typeof import('cdktf');
  const lib = require('../index') as typeof import('../index');
  /* eslint-enable @typescript-eslint/no-require-imports */
  // An App creates its outdir: keep it out of the user's working directory.
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'cloudaudit-import-'));
  try {
    for (const p of plans) {
      if (!p.problem) checkOne(cdktf, lib, p, region, outdir);
    }
  } finally {
    fs.rmSync(outdir, { recursive: true, force: true });
  }
}

function checkOne(cdktf: typeof import('cdktf'), lib: typeof import('../index'), p: TrackPlan, region: string, outdir: string): void {
  const app = new cdktf.App({ skipValidation: true, outdir });
  const stack = new cdktf.TerraformStack(app, 'imported-tracks');
  new lib.tencentcloud.provider.TencentcloudProvider(stack, 'tencentcloud', { region });
  try {
    const d = p.destination;
    const destinationFactory = d.className === 'CosDestination'
      ? (props: any) => lib.CosDestination.fromExistingBucket(stack, d.id, props)
      : (props: any) => lib.ClsDestination.fromTopicId(stack, d.id, props);
    const destination = destinationFactory(literalValue(d.props));
    const props = { ...(literalValue(p.props) as object), destination } as any;
    if (p.className === 'OrgWideTrack') new lib.OrgWideTrack(stack, p.id, props);
    else new lib.AuditTrack(stack, p.id, props);
  } catch (e) {
    const err = e as Error & { code?: string };
    const code = typeof err.code === 'string' ? err.code : 'CA919';
    const first = String(err.message).split('\n')[0];
    p.problem = { code, message: `tracking set ${p.track.trackId} ${JSON.stringify(p.track.name)} breaks a rule: ${first}` };
  }
}
