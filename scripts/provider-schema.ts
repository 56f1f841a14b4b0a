/**
 * Derives the committed provider schema (schema/tencentcloud-provider-schema.json) from the real
 * provider's `terraform providers schema -json`: exactly the resources and data sources listed in
 * schema/selection.json, descriptions dropped. Pure functions, used by `npx projen gen:bindings`
 * and by the drift test.
 */
import * as fs from 'fs';
import * as path from 'path';
import { PROVIDER_ADDRESS } from './real-provider';

export const SCHEMA_DIR = path.resolve(__dirname, '..', 'schema');
export const COMMITTED_SCHEMA = path.join(SCHEMA_DIR, 'tencentcloud-provider-schema.json');
export const SELECTION_FILE = path.join(SCHEMA_DIR, 'selection.json');

export interface Selection {
  readonly resources: string[];
  readonly data_sources: string[];
}

export function readJsonFile(file: string): any {
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

/**
 * Drops the `description` and `description_kind` texts everywhere (the bindings link the registry
 * docs); an argument that is *named* `description` (an object) stays.
 */
export function stripDescriptions(value: any): any {
  if (Array.isArray(value)) return value.map(stripDescriptions);
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, any> = {};
  for (const [k, v] of Object.entries(value)) {
    if ((k === 'description' || k === 'description_kind') && typeof v === 'string') continue;
    out[k] = stripDescriptions(v);
  }
  return out;
}

/** The committed schema: the selection, extracted from the real schema, descriptions dropped. */
export function extractSchema(real: any, selection: Selection): any {
  const full = real.provider_schemas[PROVIDER_ADDRESS];
  const pick = (kind: 'resource_schemas' | 'data_source_schemas', names: string[]) => {
    const out: Record<string, any> = {};
    for (const name of names) {
      if (!full[kind]?.[name]) throw new Error(`selection: ${name} is not in the real provider's ${kind}`);
      out[name] = stripDescriptions(full[kind][name]);
    }
    return out;
  };
  return {
    format_version: real.format_version,
    provider_schemas: {
      [PROVIDER_ADDRESS]: {
        provider: stripDescriptions(full.provider),
        resource_schemas: pick('resource_schemas', selection.resources),
        data_source_schemas: pick('data_source_schemas', selection.data_sources),
      },
    },
  };
}

/** Keys sorted, indent 1: stable, reviewable diffs. */
export function serialize(doc: any): string {
  const sort = (v: any): any => {
    if (Array.isArray(v)) return v.map(sort);
    if (typeof v !== 'object' || v === null) return v;
    return Object.fromEntries(Object.keys(v).sort().map((k) => [k, sort(v[k])]));
  };
  return `${JSON.stringify(sort(doc), null, 1)}\n`;
}
