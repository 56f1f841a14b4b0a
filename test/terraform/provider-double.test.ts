/**
 * The provider double is faithful to the real provider's schema and planning: for every selected
 * resource, Terraform's own validate refuses an unknown argument, a missing required one, a wrong
 * type and a second block where max_items is 1; changing a ForceNew argument plans a
 * replacement and changing another one an update. A broken set-up fails with one line.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { buildProviderDouble, DOUBLE_BEHAVIOR, DOUBLE_SCHEMA, doubleSize, goVersion, ProviderDoubleError } from '../../scripts/provider-double';
import { CloudStore, Workspace } from '../support/cloud-store';
import { describeDiagnostics, TERRAFORM_MISSING, terraformVersion, validateAll } from '../support/terraform';

jest.setTimeout(300_000);

const SCHEMA = JSON.parse(fs.readFileSync(DOUBLE_SCHEMA, 'utf8')).provider_schemas['registry.terraform.io/tencentcloudstack/tencentcloud'];
const BEHAVIOR = JSON.parse(fs.readFileSync(DOUBLE_BEHAVIOR, 'utf8')).resources;
const RESOURCES: string[] = Object.keys(SCHEMA.resource_schemas).sort();
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'cloudaudit-double-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

/** A value of a cty type (JSON form), distinct per `n`. */
function sample(type: any, n = 1): unknown {
  if (type === 'string') return `v${n}`;
  if (type === 'number') return n;
  if (type === 'bool') return n % 2 === 0;
  if (Array.isArray(type) && (type[0] === 'list' || type[0] === 'set')) return [sample(type[1], n)];
  if (Array.isArray(type) && type[0] === 'map') return { k: sample(type[1], n) };
  if (Array.isArray(type) && type[0] === 'object') return Object.fromEntries(Object.entries(type[1]).map(([k, t]) => [k, sample(t, n)]));
  return `v${n}`;
}

const isPrimitive = (t: any) => t === 'string' || t === 'number' || t === 'bool';

/** The smallest configuration the schema accepts: required arguments, required blocks. */
function minimal(block: any): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, a] of Object.entries<any>(block.attributes ?? {})) if (a.required) out[name] = sample(a.type);
  for (const [name, bt] of Object.entries<any>(block.block_types ?? {})) {
    if ((bt.min_items ?? 0) >= 1) out[name] = [minimal(bt.block)];
  }
  return out;
}

/** The resources' constraints that a minimal config must still satisfy (the SDK's ExactlyOneOf). */
function satisfied(type: string, body: Record<string, any>): Record<string, any> {
  const block = SCHEMA.resource_schemas[type].block;
  for (const [attr, b] of Object.entries<any>(BEHAVIOR[type].attributes)) {
    if (!b.exactly_one_of || attr.includes('.')) continue;
    const keys = [attr, ...b.exactly_one_of];
    if (keys.some((k) => body[k] !== undefined)) continue;
    const a = block.attributes?.[attr];
    body[attr] = a ? sample(a.type) : [minimal(block.block_types[attr].block)];
  }
  return body;
}

const PROVIDER = { tencentcloud: [{ region: 'ap-guangzhou' }] };
const TERRAFORM = { required_providers: { tencentcloud: { source: 'tencentcloudstack/tencentcloud' } } };
const config = (resources: Record<string, Record<string, unknown>>) => ({
  terraform: TERRAFORM,
  provider: PROVIDER,
  resource: Object.fromEntries(Object.entries(resources).map(([type, body]) => [type, { r: body }])),
});
/** A resource's minimal configuration; names differ per type (tracking-set names are unique in an account). */
const base = (type: string) => {
  const body = satisfied(type, minimal(SCHEMA.resource_schemas[type].block));
  if (typeof body.name === 'string') body.name = `${type.replace(/_/g, '-')}-v1`;
  return body;
};

function writeDir(name: string, doc: unknown): string {
  const dir = path.join(root, name);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'main.tf.json'), JSON.stringify(doc, null, 1));
  return dir;
}

/** The variants validate must refuse, per resource (undefined: the resource has no such case). */
const VARIANTS: Record<string, (type: string) => Record<string, unknown> | undefined> = {
  'an unknown argument': (type) => ({ ...base(type), not_an_argument: 'x' }),
  'a missing required argument': (type) => {
    const required = Object.entries<any>(SCHEMA.resource_schemas[type].block.attributes ?? {}).find(([, a]) => a.required);
    if (!required) return undefined;
    const body = base(type);
    delete body[required[0]];
    return body;
  },
  'a wrong type': (type) => {
    const attrs = Object.entries<any>(SCHEMA.resource_schemas[type].block.attributes ?? {});
    const target = attrs.find(([, a]) => a.required && isPrimitive(a.type)) ?? attrs.find(([, a]) => (a.optional) && isPrimitive(a.type));
    return { ...base(type), [target![0]]: { not: ['a', 'primitive'] } };
  },
  'a second block where max_items is 1': (type) => {
    const blocks = Object.entries<any>(SCHEMA.resource_schemas[type].block.block_types ?? {});
    const one = blocks.find(([, bt]) => bt.max_items === 1);
    if (!one) return undefined;
    return { ...base(type), [one[0]]: [minimal(one[1].block), minimal(one[1].block)] };
  },
};
const EXPECTED: Record<string, RegExp> = {
  'an unknown argument': /Extraneous JSON object property|Unsupported argument/,
  'a missing required argument': /Missing required argument/,
  'a wrong type': /Incorrect attribute value type/,
  'a second block where max_items is 1': /Too many .* blocks/,
};

describe('validate: Terraform checks configurations against the schema the double serves', () => {
  const cases: [string, string, string][] = [];
  const dirs: string[] = [];
  for (const type of RESOURCES) {
    dirs.push(writeDir(`valid-${type}`, config({ [type]: base(type) })));
    for (const [variant, make] of Object.entries(VARIANTS)) {
      const body = make(type);
      if (body === undefined) continue;
      const dir = writeDir(`${variant.replace(/\W+/g, '-')}-${type}`, config({ [type]: body }));
      cases.push([type, variant, dir]);
      dirs.push(dir);
    }
  }
  let results: Map<string, any[]>;
  beforeAll(async () => {
    results = await validateAll(dirs);
  });

  test.each(RESOURCES)('%s: its minimal configuration is valid', (type) => {
    expect(describeDiagnostics(results.get(path.join(root, `valid-${type}`))!)).toBe('');
  });

  test.each(cases)('%s: %s is refused', (_type, variant, dir) => {
    const diags = results.get(dir)!;
    expect(diags.filter((d) => d.severity === 'error').map((d) => d.summary).join('\n')).toMatch(EXPECTED[variant]);
  });

  test('every resource has each case but where its schema has none', () => {
    const without = Object.keys(VARIANTS).flatMap((v) => RESOURCES.filter((t) => !cases.some(([ct, cv]) => ct === t && cv === v)).map((t) => `${t}: ${v}`));
    // Resources with no block limited to one item.
    expect(without.every((w) => w.endsWith('a second block where max_items is 1'))).toBe(true);
    expect(cases.length).toBeGreaterThanOrEqual(RESOURCES.length * 3);
  });
});

describe('plan: ForceNew paths replace, other changes update', () => {
  /** A top-level ForceNew primitive argument that the configuration sets, per resource. */
  const forceNew = (type: string): string | undefined => {
    const attrs = SCHEMA.resource_schemas[type].block.attributes ?? {};
    return Object.keys(BEHAVIOR[type].attributes).find((p) => BEHAVIOR[type].attributes[p].force_new && !p.includes('.') && isPrimitive(attrs[p]?.type) && !attrs[p]?.computed);
  };
  /** An argument that is not ForceNew, to change in place. */
  const updatable = (type: string): string => {
    const attrs = Object.entries<any>(SCHEMA.resource_schemas[type].block.attributes ?? {});
    const ok = ([name, a]: [string, any]) => {
      const b = BEHAVIOR[type].attributes[name] ?? {};
      return isPrimitive(a.type) && !b.force_new && !b.conflicts_with && !b.default && (a.required || a.optional);
    };
    return (attrs.find(([n, a]) => a.required && ok([n, a])) ?? attrs.find(ok))![0];
  };
  const bump = (type: string, attr: string, body: Record<string, any>) => {
    const t = SCHEMA.resource_schemas[type].block.attributes[attr].type;
    return { ...body, [attr]: sample(t, 2) };
  };

  let ws: Workspace;
  beforeAll(async () => {
    ws = await Workspace.create(config(Object.fromEntries(RESOURCES.map((t) => [t, base(t)]))), CloudStore.create());
    const applied = await ws.apply();
    if (applied.code !== 0) throw new Error(applied.stderr);
  });

  test('the applied configuration re-plans with no changes', async () => {
    const r = await ws.plan();
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });

  test('changing every ForceNew argument: exactly those resources are replaced, destroy first', async () => {
    const withForceNew = RESOURCES.filter((t) => forceNew(t) !== undefined);
    expect(withForceNew).toEqual(expect.arrayContaining(['tencentcloud_cos_bucket', 'tencentcloud_cos_bucket_policy', 'tencentcloud_cam_role', 'tencentcloud_events_audit_track']));
    ws.write(config(Object.fromEntries(RESOURCES.map((t) => [t, forceNew(t) ? bump(t, forceNew(t)!, base(t)) : base(t)]))));
    const p = await ws.changes();
    expect(p.stderr).toBe('');
    expect(p.changes).toEqual(Object.fromEntries(withForceNew.map((t) => [`${t}.r`, ['delete', 'create']])));
  });

  test('changing an argument that is not ForceNew: every resource is updated in place', async () => {
    ws.write(config(Object.fromEntries(RESOURCES.map((t) => [t, bump(t, updatable(t), base(t))]))));
    const p = await ws.changes();
    expect(p.stderr).toBe('');
    expect(p.changes).toEqual(Object.fromEntries(RESOURCES.map((t) => [`${t}.r`, ['update']])));
  });
});

describe('a broken set-up: one line naming what and the fix', () => {
  const oneLine = (fn: () => unknown): string => {
    try {
      fn();
    } catch (e) {
      expect(e).toBeInstanceOf(ProviderDoubleError);
      const message = (e as Error).message;
      expect(message).not.toContain('\n');
      return message;
    }
    throw new Error('nothing was thrown');
  };
  const withPath = <T>(dir: string, fn: () => T, prepend = false): T => {
    const path0 = process.env.PATH;
    process.env.PATH = prepend ? `${dir}:${path0}` : dir;
    try {
      return fn();
    } finally {
      process.env.PATH = path0;
    }
  };
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'broken-double-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('terraform not on PATH: the line says how to get it', () => {
    expect(withPath(dir, () => oneLine(() => terraformVersion()))).toBe(TERRAFORM_MISSING);
    expect(TERRAFORM_MISSING).toMatch(/install Terraform >= 1\.5 .*put it on PATH/);
  });

  test('a terraform that cannot start', () => {
    fs.writeFileSync(path.join(dir, 'terraform'), '#!/bin/sh\necho "segfault" >&2\nexit 139\n', { mode: 0o755 });
    expect(withPath(dir, () => oneLine(() => terraformVersion()), true)).toBe('terraform: cannot start (segfault); reinstall it (Terraform >= 1.5, tested with 1.11.4)');
  });

  test('go not on PATH, or too old', () => {
    expect(withPath(dir, () => oneLine(() => goVersion()))).toMatch(/^go: not found on PATH\. .*install Go >= 1\.25/);
    fs.writeFileSync(path.join(dir, 'go'), '#!/bin/sh\necho go1.21.4\n', { mode: 0o755 });
    expect(withPath(dir, () => oneLine(() => goVersion()), true)).toBe('go: go1.21.4 is too old; the provider double needs Go >= 1.25 (https://go.dev/doc/install)');
  });

  test('a corrupted schema or behaviour file', () => {
    const bad = path.join(dir, 'schema.json');
    fs.writeFileSync(bad, '{"format_version": "1.0", "provider_sch');
    expect(oneLine(() => buildProviderDouble({ schemaFile: bad, cacheRoot: dir }))).toMatch(/schema\.json: corrupted \(.*JSON.*\); restore it from git or regenerate it with `npx projen gen:bindings`$/);
    expect(oneLine(() => buildProviderDouble({ behaviorFile: path.join(dir, 'none.json'), cacheRoot: dir }))).toMatch(/none\.json: missing; restore it from git or regenerate it with `npx projen gen:bindings`$/);
  });

  test('a double that cannot start (a schema of another provider): the start check says why', () => {
    const other = path.join(dir, 'other.json');
    fs.writeFileSync(other, JSON.stringify({ format_version: '1.0', provider_schemas: { 'registry.terraform.io/hashicorp/null': {} } }));
    expect(oneLine(() => buildProviderDouble({ schemaFile: other, cacheRoot: dir }))).toMatch(/^provider double: cannot start \(provider double: schema: holds no schema for registry\.terraform\.io\/tencentcloudstack\/tencentcloud\); check .*other\.json and schema\/tencentcloud-provider-behavior\.json/);
  }, 300_000);

  test('the double is small', () => {
    const lines = doubleSize();
    expect(lines).toBeGreaterThan(500);
    expect(lines).toBeLessThan(2500);
  });
});
