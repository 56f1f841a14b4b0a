/**
 * Helpers of the lifecycle scenario tests (lifecycle-changes, runbook, pipeline, adoption): a
 * library stack synthesized to Terraform JSON, applied against the provider double and its cloud
 * store, changed, applied again.
 */
import { TerraformStack, Testing } from 'cdktf';
import { Construct } from 'constructs';
import { tencentcloud } from '../../src';
import { CloudStore, Workspace } from '../support/cloud-store';
import { RunResult } from '../support/terraform';

export const REGION = 'ap-guangzhou';

/**
 * The Terraform JSON of one stack built by `build` (its default provider in ap-guangzhou).
 * `validate: false` skips the constructs' synth-time validations, to show what a configuration
 * the library refuses would do.
 */
export function stackConfig(build: (stack: TerraformStack) => void, options: { validate?: boolean } = {}): any {
  const app = Testing.app();
  const stack = new TerraformStack(app, 'lifecycle');
  new tencentcloud.provider.TencentcloudProvider(stack, 'tencentcloud', { region: REGION });
  build(stack);
  return JSON.parse(Testing.synth(stack, options.validate ?? true));
}

/** The one resource address of a type in a configuration (`match`: of those whose name holds it). */
export function addressOf(config: any, type: string, match = ''): string {
  const names = Object.keys(config.resource?.[type] ?? {}).filter((n) => n.includes(match));
  if (names.length !== 1) throw new Error(`expected one ${type}, found ${names.length}`);
  return `${type}.${names[0]}`;
}

/** Fails with terraform's own words when a run did not exit as expected. */
export function expectExit(r: RunResult, code: number, what: string): void {
  if (r.code !== code) throw new Error(`${what}: exit ${r.code}, expected ${code}\n${r.stderr || r.stdout}`);
}

/** A workspace with `config` applied (exit 0) against `store`. */
export async function deployed(config: any, store = CloudStore.create()): Promise<Workspace> {
  const ws = await Workspace.create(config, store);
  expectExit(await ws.apply(), 0, 'first apply');
  return ws;
}

/** Applies a new version of the configuration; returns the apply, and the re-plan after it. */
export async function change(ws: Workspace, config: any): Promise<{ planned: Record<string, string[]>; apply: RunResult; replan: RunResult }> {
  ws.write(config);
  const planned = await ws.changes();
  if (planned.code !== 2) throw new Error(`the change plans nothing (exit ${planned.code}): ${planned.stderr}`);
  const apply = await ws.apply();
  const replan = await ws.plan();
  return { planned: planned.changes, apply, replan };
}

/** Line index in terraform's apply output of the first line matching `re` (-1 when none). */
export function lineOf(out: string, re: RegExp): number {
  return out.split('\n').findIndex((l) => re.test(l));
}

/** Tracking sets of an account in the store: name -> attributes, both resource types. */
export function tracksIn(store: CloudStore, account = 'default'): Record<string, Record<string, any> & { type: string }> {
  const out: Record<string, Record<string, any> & { type: string }> = {};
  for (const type of ['tencentcloud_audit_track', 'tencentcloud_events_audit_track']) {
    for (const t of Object.values(store.all(type, account))) out[t.name] = { ...t, type };
  }
  return out;
}

/** A construct scope type, for builders. */
export type Scope = Construct;
