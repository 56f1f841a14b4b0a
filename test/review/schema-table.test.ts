/**
 * src/review/schema-table.ts is the committed provider schema (schema/tencentcloud-provider-schema.json,
 * the one the bindings come from) reduced to what SCH-001 checks: each resource's arguments with
 * their types and whether they are required, and its blocks with their item limits. This test
 * fails when the two differ; `UPDATE_REVIEW_SCHEMA=1` rewrites the table from the schema.
 */
import * as fs from 'fs';
import * as path from 'path';

const SCHEMA = path.join('schema', 'tencentcloud-provider-schema.json');
const TABLE = path.join('src', 'review', 'schema-table.ts');

function typeText(t: unknown): string {
  if (typeof t === 'string') return t;
  const [kind, of] = t as [string, unknown];
  if (kind === 'object' || kind === 'tuple') return kind;
  return `${kind}(${typeText(of)})`;
}

function block(b: any): any {
  const attributes: Record<string, [string, boolean]> = {};
  for (const name of Object.keys(b.attributes ?? {}).sort()) {
    const a = b.attributes[name];
    if (a.computed && !a.optional && !a.required) continue; // computed only: not an argument
    attributes[name] = [typeText(a.type), a.required === true];
  }
  const blocks: Record<string, any> = {};
  for (const name of Object.keys(b.block_types ?? {}).sort()) {
    const t = b.block_types[name];
    blocks[name] = { min: t.min_items ?? 0, ...(t.max_items !== undefined ? { max: t.max_items } : {}), block: block(t.block) };
  }
  return { attributes, blocks };
}

/** TypeScript source of a value, in the project's style: nested objects one key a line, trailing commas. */
function ts(v: unknown, indent = ''): string {
  if (Array.isArray(v)) return `[${v.map((x) => ts(x)).join(', ')}]`;
  if (typeof v === 'object' && v !== null) {
    const entries = Object.entries(v);
    if (entries.length === 0) return '{}';
    const inner = `${indent}  `;
    return `{\n${entries.map(([k, x]) => `${inner}${k}: ${ts(x, inner)},`).join('\n')}\n${indent}}`;
  }
  return typeof v === 'string' ? `'${v}'` : String(v);
}

function generate(): string {
  const doc = JSON.parse(fs.readFileSync(SCHEMA, 'utf8'));
  const provider = doc.provider_schemas[Object.keys(doc.provider_schemas)[0]];
  const resources: Record<string, any> = {};
  for (const type of Object.keys(provider.resource_schemas).sort()) resources[type] = block(provider.resource_schemas[type].block);
  return [
    '/**',
    ' * Generated from schema/tencentcloud-provider-schema.json (terraform-provider-tencentcloud v1.83.25, the',
    ' * schema the bindings come from) by test/review/schema-table.test.ts: run it with UPDATE_REVIEW_SCHEMA=1',
    ' * to regenerate. Do not edit. Each resource: its arguments ([type, required]) and blocks (item limits).',
    ' */',
    "import type { SchemaBlock } from './schema';",
    '',
    `export const RESOURCE_SCHEMAS: Readonly<Record<string, SchemaBlock>> = ${ts(resources)};`,
    '',
  ].join('\n');
}

describe('the review\'s schema table', () => {
  test('is the committed provider schema', () => {
    const want = generate();
    if (process.env.UPDATE_REVIEW_SCHEMA === '1') fs.writeFileSync(TABLE, want);
    expect(fs.readFileSync(TABLE, 'utf8')).toBe(want);
  });
});
