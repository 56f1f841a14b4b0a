/**
 * Builds one app from a generated spec, and classifies what happened: a coded refusal, or a
 * synthesized document.
 */
import { App, Testing, TerraformStack } from 'cdktf';
import { DestinationSpec, TrackSpec } from './generators';
import { AuditTrack, ClsDestination, CosDestination, IAuditDestination, OrgWideTrack, tencentcloud } from '../../src';
import { ERROR_CODES } from '../../src/rules/errors';

export type Outcome =
  | { kind: 'refused'; code: string }
  | { kind: 'synthesized'; json: string; doc: any };

function buildDestination(stack: TerraformStack, d: DestinationSpec): IAuditDestination {
  const props = { ...d.props, region: d.region } as any;
  switch (d.kind) {
    case 'cos': return new CosDestination(stack, 'Logs', props);
    case 'cls': return new ClsDestination(stack, 'Logs', props);
    case 'existing-cos': return CosDestination.fromExistingBucket(stack, 'Logs', props);
    case 'existing-cls': return ClsDestination.fromTopicId(stack, 'Logs', props);
  }
}

/** The app for a spec (not yet synthesized). Throws what the constructs throw. */
export function buildApp(spec: TrackSpec): { app: App; stack: TerraformStack } {
  const app = Testing.app();
  const stack = new TerraformStack(app, 'prop');
  new tencentcloud.provider.TencentcloudProvider(stack, 'tencentcloud', { region: spec.providerRegion });
  const destination = buildDestination(stack, spec.destination);
  const props = { ...spec.props, destination } as any;
  if (spec.org) new OrgWideTrack(stack, 'Track', { ...props, ...spec.org });
  else new AuditTrack(stack, 'Track', props);
  return { app, stack };
}

/** Fails (throws) unless `e` is one of our coded errors. */
export function assertCoded(e: unknown): string {
  const err: any = e;
  if (!(e instanceof Error)) throw new Error(`a non-Error was thrown: ${String(e)}`);
  if (err.name === 'CloudAuditValidationError') {
    if (!/^CA\d{3}$/.test(err.code) || !(err.code in ERROR_CODES)) throw new Error(`coded error with unknown code ${err.code}: ${err.message}`);
    return err.code;
  }
  // Synth-time validations (addValidation) surface through cdktf: every listed line must be coded.
  const lines = /Validation failed with the following errors:\n([\s\S]*?)\n\n/.exec(err.message + '\n\n');
  if (lines) {
    const codes = lines[1].split('\n').map((l) => /^\s*\[[^\]]*\] \[(CA\d{3})[ \]]/.exec(l)?.[1]);
    if (codes.length > 0 && codes.every((c) => c !== undefined && c in ERROR_CODES)) return codes[0]!;
  }
  throw new Error(`uncoded error (${err.name}): ${err.message}`);
}

/** Builds and synthesizes a spec; coded refusals are an outcome, anything else throws. */
export function outcome(spec: TrackSpec): Outcome {
  let stack: TerraformStack;
  try {
    stack = buildApp(spec).stack;
  } catch (e) {
    return { kind: 'refused', code: assertCoded(e) };
  }
  let json: string;
  try {
    json = Testing.synth(stack, true);
  } catch (e) {
    return { kind: 'refused', code: assertCoded(e) };
  }
  return { kind: 'synthesized', json, doc: JSON.parse(json) };
}

/** Counts outcomes per kind and code, printed after the run. */
export class Tally {
  private readonly counts = new Map<string, number>();
  public total = 0;
  public add(key: string): void {
    this.total++;
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
  }
  public get(key: string): number {
    return this.counts.get(key) ?? 0;
  }
  public summary(title: string): string {
    const rows = [...this.counts.entries()].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k}=${v}`);
    return `${title}: ${this.total} cases: ${rows.join(', ')}`;
  }
}
