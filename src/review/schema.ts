/**
 * The provider schema's rule for every resource it knows (SCH-001): each required argument is set,
 * each argument set has a value of its type, and each block has as many items as the schema allows.
 * Terraform refuses a configuration that breaks it, before any plan; the review never assumes a
 * value for a missing argument. Only literal values are judged (an unknown is never a finding).
 * The schema is the committed one the bindings come from (schema-table.ts, generated).
 */
import { RESOURCE_SCHEMAS } from './schema-table';
import { isExpression } from '../rules/terraform';

/** One block of a resource schema: arguments `[type, required]` and nested blocks with their item limits. */
export interface SchemaBlock {
  readonly attributes: Readonly<Record<string, readonly [string, boolean]>>;
  readonly blocks: Readonly<Record<string, { readonly min: number; readonly max?: number; readonly block: SchemaBlock }>>;
}

/** One argument Terraform would refuse: where, and what is wrong. */
export interface SchemaProblem {
  readonly field: string;
  readonly problem: string;
  readonly fix: string;
}

/** Whether the schema knows the resource type. */
export function inSchema(type: string): boolean {
  return Object.prototype.hasOwnProperty.call(RESOURCE_SCHEMAS, type);
}

function blocksOf(v: unknown): Array<Record<string, unknown>> | undefined {
  if (Array.isArray(v)) return v.every((x) => typeof x === 'object' && x !== null && !Array.isArray(x)) ? v as Array<Record<string, unknown>> : undefined;
  return typeof v === 'object' && v !== null ? [v as Record<string, unknown>] : undefined;
}

/** Why a literal value is not of a schema type, or undefined when it is (or cannot be judged). */
function mistyped(v: unknown, type: string): string | undefined {
  if (v === null || v === undefined || isExpression(v)) return undefined;
  const kind = type.replace(/\(.*$/, '');
  switch (kind) {
    case 'string':
      return typeof v === 'object' ? `a ${Array.isArray(v) ? 'list' : 'map'} is given where a string is expected` : undefined;
    case 'number':
      if (typeof v === 'number') return undefined;
      if (typeof v === 'string' && v.trim() !== '' && !isNaN(Number(v))) return undefined;
      return `${JSON.stringify(v)} is not a number`;
    case 'bool':
      if (typeof v === 'boolean' || v === 'true' || v === 'false') return undefined;
      return `${JSON.stringify(v)} is not a bool (true or false)`;
    case 'list':
    case 'set': {
      if (!Array.isArray(v)) return `${JSON.stringify(v)} is not a ${kind}`;
      const of = type.slice(kind.length + 1, -1);
      for (let i = 0; i < v.length; i++) {
        const bad = mistyped(v[i], of);
        if (bad) return `element ${i}: ${bad}`;
      }
      return undefined;
    }
    case 'map':
      return typeof v !== 'object' || Array.isArray(v) ? `${JSON.stringify(v)} is not a map` : undefined;
    default:
      return undefined;
  }
}

function check(values: Record<string, unknown>, schema: SchemaBlock, at: string, out: SchemaProblem[]): void {
  for (const [name, [type, required]] of Object.entries(schema.attributes)) {
    const v = values[name];
    const field = `${at}${name}`;
    if (v === undefined || v === null) {
      if (required) out.push({ field, problem: 'the argument is required, but it is not set', fix: `set ${name} (the provider schema requires it)` });
      continue;
    }
    const bad = mistyped(v, type);
    if (bad) out.push({ field, problem: `${bad} (the argument is ${type})`, fix: `give ${name} a ${type} value` });
  }
  for (const [name, spec] of Object.entries(schema.blocks)) {
    const v = values[name];
    if (isExpression(v)) continue; // a dynamic block over an unknown collection
    const items = v === undefined || v === null ? [] : blocksOf(v);
    if (items === undefined) continue;
    const field = `${at}${name}`;
    if (items.length < spec.min) {
      out.push({ field, problem: `${spec.min === 1 ? 'the block is required' : `at least ${spec.min} blocks are required`}, but ${items.length === 0 ? 'none is' : `${items.length} are`} given`, fix: `add a ${name} block` });
    } else if (spec.max !== undefined && items.length > spec.max) {
      out.push({ field, problem: `${items.length} blocks are given, at most ${spec.max} allowed`, fix: `keep ${spec.max === 1 ? 'one' : spec.max} ${name} block${spec.max === 1 ? '' : 's'}` });
    }
    items.forEach((item, i) => check(item, spec.block, `${field}[${i}].`, out));
  }
}

/** What Terraform would refuse in a resource's arguments, per the provider schema (none for a type it does not know). */
export function schemaProblems(type: string, values: Record<string, unknown>): SchemaProblem[] {
  if (!inSchema(type)) return [];
  const out: SchemaProblem[] = [];
  check(values, RESOURCE_SCHEMAS[type], '', out);
  return out;
}
