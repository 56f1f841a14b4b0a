/**
 * Schema conformance of synthesized Terraform JSON against the committed provider schema
 * (`terraform providers schema -json` format). No terraform binary exists here, so this stands in
 * for `terraform validate`: unknown resource types and attributes, missing required arguments,
 * computed-only arguments set, primitive types, and block min/max items.
 */
import * as fs from 'fs';
import * as path from 'path';

type SchemaType = string | [string, unknown];
interface SchemaAttribute { type?: SchemaType; required?: boolean; optional?: boolean; computed?: boolean }
interface SchemaBlockType { nesting_mode: string; min_items?: number; max_items?: number; block: SchemaBlock }
interface SchemaBlock { attributes?: Record<string, SchemaAttribute>; block_types?: Record<string, SchemaBlockType> }
interface ProviderSchema {
  provider: { block: SchemaBlock };
  resource_schemas: Record<string, { block: SchemaBlock }>;
  data_source_schemas: Record<string, { block: SchemaBlock }>;
}

export const SCHEMA_FILE = path.join(__dirname, '..', '..', 'schema', 'tencentcloud-provider-schema.json');
const PROVIDER_ADDRESS = 'registry.terraform.io/tencentcloudstack/tencentcloud';

/** Built-in `terraform_data` (Terraform >= 1.4), used for the rename marker. */
const BUILTIN_RESOURCES: Record<string, { block: SchemaBlock }> = {
  terraform_data: {
    block: {
      attributes: {
        id: { type: 'string', computed: true },
        input: { type: 'dynamic', optional: true },
        output: { type: 'dynamic', computed: true },
        triggers_replace: { type: 'dynamic', optional: true },
      },
    },
  },
};

/** Built-in `terraform_remote_state`, which cdktf writes for cross-stack references. */
const BUILTIN_DATA_SOURCES: Record<string, { block: SchemaBlock }> = {
  terraform_remote_state: {
    block: {
      attributes: {
        backend: { type: 'string', required: true },
        config: { type: 'dynamic', optional: true },
        defaults: { type: 'dynamic', optional: true },
        outputs: { type: 'dynamic', computed: true },
        workspace: { type: 'string', optional: true },
      },
    },
  },
};

const META_ARGUMENTS = new Set(['count', 'for_each', 'provider', 'depends_on', 'lifecycle', 'provisioner', 'connection', '//']);

export function loadProviderSchema(file = SCHEMA_FILE): ProviderSchema {
  const doc = JSON.parse(fs.readFileSync(file, 'utf8'));
  return doc.provider_schemas[PROVIDER_ADDRESS];
}

function isExpression(v: unknown): boolean {
  return typeof v === 'string' && v.includes('${');
}

function checkType(type: SchemaType | undefined, value: unknown, where: string, out: string[]): void {
  if (type === undefined || type === 'dynamic' || value === null || isExpression(value)) return;
  if (typeof type === 'string') {
    const ok = type === 'string' ? typeof value === 'string'
      : type === 'number' ? typeof value === 'number' || (typeof value === 'string' && /^-?[0-9.]+$/.test(value))
        : type === 'bool' ? typeof value === 'boolean' || value === 'true' || value === 'false'
          : true;
    if (!ok) out.push(`${where}: expected ${type}, got ${JSON.stringify(value)}`);
    return;
  }
  const [kind, inner] = type;
  if (kind === 'list' || kind === 'set') {
    if (!Array.isArray(value)) { out.push(`${where}: expected ${kind}, got ${typeof value}`); return; }
    value.forEach((v, i) => checkType(inner as SchemaType, v, `${where}[${i}]`, out));
  } else if (kind === 'map') {
    if (typeof value !== 'object' || Array.isArray(value)) { out.push(`${where}: expected map, got ${typeof value}`); return; }
    for (const [k, v] of Object.entries(value as object)) checkType(inner as SchemaType, v, `${where}.${k}`, out);
  } else if (kind === 'object') {
    if (typeof value !== 'object' || Array.isArray(value)) { out.push(`${where}: expected object`); return; }
    const fields = inner as Record<string, SchemaType>;
    for (const [k, v] of Object.entries(value as object)) {
      if (!(k in fields)) out.push(`${where}.${k}: unknown object attribute`);
      else checkType(fields[k], v, `${where}.${k}`, out);
    }
  }
}

function checkBlock(block: SchemaBlock, config: Record<string, unknown>, where: string, out: string[], topLevel: boolean): void {
  const attributes = block.attributes ?? {};
  const blocks = block.block_types ?? {};
  for (const [key, value] of Object.entries(config)) {
    if (topLevel && META_ARGUMENTS.has(key)) continue;
    const attr = attributes[key];
    const nested = blocks[key];
    if (attr) {
      if (attr.computed && !attr.optional && !attr.required) out.push(`${where}.${key}: computed-only attribute cannot be set`);
      checkType(attr.type, value, `${where}.${key}`, out);
    } else if (nested) {
      if (isExpression(value)) continue;
      const items = value === null || value === undefined ? [] : Array.isArray(value) ? value : [value];
      if (nested.max_items !== undefined && items.length > nested.max_items) out.push(`${where}.${key}: ${items.length} blocks, at most ${nested.max_items}`);
      if (nested.min_items !== undefined && items.length < nested.min_items) out.push(`${where}.${key}: ${items.length} blocks, at least ${nested.min_items}`);
      items.forEach((item, i) => {
        if (isExpression(item)) return;
        if (typeof item !== 'object' || item === null) { out.push(`${where}.${key}[${i}]: expected a block`); return; }
        checkBlock(nested.block, item as Record<string, unknown>, `${where}.${key}[${i}]`, out, false);
      });
    } else {
      out.push(`${where}.${key}: unknown attribute or block`);
    }
  }
  for (const [key, attr] of Object.entries(attributes)) {
    if (attr.required && !(key in config)) out.push(`${where}.${key}: required attribute missing`);
  }
  for (const [key, nested] of Object.entries(blocks)) {
    if ((nested.min_items ?? 0) > 0 && !(key in config)) out.push(`${where}.${key}: required block missing`);
  }
}

/**
 * Checks one synthesized document (`cdk.tf.json` or `Testing.synth` output); returns the problems,
 * one line each, empty when it conforms.
 */
export function checkConformance(doc: any, schema: ProviderSchema = loadProviderSchema()): string[] {
  const out: string[] = [];
  const sections: Array<['resource' | 'data', Record<string, { block: SchemaBlock }>]> = [
    ['resource', { ...BUILTIN_RESOURCES, ...schema.resource_schemas }],
    ['data', { ...BUILTIN_DATA_SOURCES, ...schema.data_source_schemas }],
  ];
  for (const [section, schemas] of sections) {
    for (const [type, instances] of Object.entries<Record<string, any>>(doc[section] ?? {})) {
      const s = schemas[type];
      if (!s) { out.push(`${section}.${type}: not in the provider schema`); continue; }
      for (const [name, config] of Object.entries(instances)) {
        checkBlock(s.block, config, `${section}.${type}.${name}`, out, true);
        // Terraform takes bare addresses here; "${…}" is an "Invalid character" error at init.
        for (const ref of config.lifecycle?.replace_triggered_by ?? []) {
          if (typeof ref !== 'string' || ref.includes('${')) out.push(`${section}.${type}.${name}.lifecycle.replace_triggered_by: ${JSON.stringify(ref)} is not a bare address`);
        }
      }
    }
  }
  for (const [name, configs] of Object.entries<any>(doc.provider ?? {})) {
    if (name !== 'tencentcloud') { out.push(`provider.${name}: unknown provider`); continue; }
    const list = Array.isArray(configs) ? configs : [configs];
    list.forEach((c, i) => {
      // `alias` is Terraform's; "//" is a comment property in Terraform JSON (terraform validate accepts it).
      const { 'alias': _alias, '//': _comment, ...rest } = c;
      checkBlock(schema.provider.block, rest, `provider.tencentcloud[${i}]`, out, false);
    });
  }
  const required = doc.terraform?.required_providers?.tencentcloud;
  if ((doc.resource || doc.data) && required && required.source !== 'tencentcloudstack/tencentcloud') {
    out.push(`terraform.required_providers.tencentcloud.source: "${required.source}" is not tencentcloudstack/tencentcloud`);
  }
  return out;
}
