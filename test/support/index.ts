import { App, TerraformStack, Testing } from 'cdktf';
import { checkConformance } from './schema-conformance';
import { tencentcloud } from '../../src';

export { checkConformance };

/** A stack with a tencentcloud provider in `region`. */
export function newStack(region: string | null = 'ap-guangzhou'): { app: App; stack: TerraformStack } {
  const app = Testing.app();
  const stack = new TerraformStack(app, 'test');
  new tencentcloud.provider.TencentcloudProvider(stack, 'tencentcloud', region === null ? {} : { region });
  return { app, stack };
}

/** Synthesizes with validations, checks schema conformance, returns the parsed document. */
export function synth(stack: TerraformStack): any {
  const doc = JSON.parse(Testing.synth(stack, true));
  const problems = checkConformance(doc);
  if (problems.length > 0) {
    throw new Error(`synthesized document does not conform to the provider schema:\n${problems.join('\n')}`);
  }
  return doc;
}

/** The configs of every resource (or data source) of a type. */
export function resourcesOf(doc: any, type: string, section: 'resource' | 'data' = 'resource'): any[] {
  return Object.values(doc[section]?.[type] ?? {});
}

/** The single resource of a type; fails when there is not exactly one. */
export function only(doc: any, type: string, section: 'resource' | 'data' = 'resource'): any {
  const all = resourcesOf(doc, type, section);
  if (all.length !== 1) throw new Error(`expected one ${type}, found ${all.length}`);
  return all[0];
}

/** Warning annotations of a construct tree, as plain strings. */
export function warningsOf(scope: { node: { findAll(): Array<{ node: { metadata: Array<{ type: string; data: unknown }> } }> } }): string[] {
  return scope.node.findAll().flatMap((c) => c.node.metadata.filter((m) => m.type === '@cdktf/warn').map((m) => String(m.data)));
}

/** Runs `fn`, expecting a coded validation error; returns it. */
export function expectCode(fn: () => unknown, code: string): Error & { code: string; field: string } {
  try {
    fn();
  } catch (e: any) {
    if (e?.code !== code) {
      throw new Error(`expected error ${code}, got ${e?.code ?? 'an uncoded error'}: ${e?.message}`);
    }
    return e;
  }
  throw new Error(`expected error ${code}, but nothing was thrown`);
}
