/**
 * Turns Terraform JSON into the review model. Two shapes:
 * - configuration: cdktf's cdk.tf.json or hand-written *.tf.json (`resource.<type>.<name>`);
 * - plan / state: `terraform show -json` (`resource_changes[].change.after`,
 *   `planned_values.root_module` with child_modules, or `values.root_module` for state), with
 *   the provider alias and references read from `configuration`.
 */
import { MODULE_PATH, resourceAddress, stripKeys } from './address';
import { SourceText, writtenAt } from './locate';
import { Acknowledgement, AttributeSource, ReviewDocument, TfResource } from './model';
import { dict, hasOwn, setOwn } from '../internal/dict';
import { ACKNOWLEDGEMENTS_KEY, ADOPTED_STORAGE_KEY, METADATA_KEY, STORAGE_IN_KEY } from '../internal/metadata';
import { PROVIDER_CONFIG } from '../rules/terraform';

const META_ARGUMENTS = new Set(['count', 'for_each', 'provider', 'depends_on', 'lifecycle', 'provisioner', 'connection', '//']);
/** What a value unknown until apply looks like in the model (any string with `${` is an expression). */
export const UNKNOWN = '${unknown}';
/**
 * The model's type for a tencentcloud provider configuration: its `account` is the configuration
 * key (`tencentcloud`, `tencentcloud.archive`) and its values the arguments (`region`). Kept with
 * the resources, so that files of one module are reviewed together.
 */
export { PROVIDER_CONFIG } from '../rules/terraform';

type Json = Record<string, any>;

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Whether a JSON document is a plan or state from `terraform show -json`. */
export function planKind(doc: unknown): 'plan' | 'state' | undefined {
  if (!isObject(doc) || doc.format_version === undefined) return undefined;
  if (isObject(doc.planned_values) || Array.isArray(doc.resource_changes)) return 'plan';
  if (isObject(doc.values)) return 'state';
  return undefined;
}

const CONFIG_KEYS = ['resource', 'data', 'provider', 'terraform', 'module', 'variable', 'output', 'locals', '//'];

/** Whether a JSON document looks like a Terraform JSON configuration. */
export function isConfig(doc: unknown): doc is Json {
  return isObject(doc) && planKind(doc) === undefined && CONFIG_KEYS.some((k) => k in doc);
}

export function acknowledgementsOf(meta: unknown): {
  acks: Acknowledgement[]; adopted: boolean; path?: string; storageIn?: { stack: string; address: string };
} {
  if (!isObject(meta)) return { acks: [], adopted: false };
  const ca = isObject(meta[METADATA_KEY]) ? meta[METADATA_KEY] : {};
  const listed = ca[ACKNOWLEDGEMENTS_KEY];
  const acks = Array.isArray(listed)
    ? listed.filter(isObject).map((a) => ({ id: String(a.id ?? ''), reason: typeof a.reason === 'string' ? a.reason : '' }))
    : [];
  const path = isObject(meta.metadata) && typeof meta.metadata.path === 'string' ? meta.metadata.path : undefined;
  const inStack = ca[STORAGE_IN_KEY];
  const storageIn = isObject(inStack) && typeof inStack.stack === 'string' && typeof inStack.address === 'string'
    ? { stack: inStack.stack, address: inStack.address } : undefined;
  return { acks, adopted: ca[ADOPTED_STORAGE_KEY] === true, path, ...(storageIn ? { storageIn } : {}) };
}

/** Terraform JSON allows a list of objects wherever an object of blocks is expected. */
export function objects(v: unknown): Json[] {
  if (Array.isArray(v)) return v.filter(isObject);
  return isObject(v) ? [v] : [];
}

function providerName(type: string): string {
  return type.split('_')[0];
}

/**
 * One resource of a configuration, from its body as written in Terraform JSON (meta-arguments
 * included). `line` is where the resource is declared, when known.
 */
export function configResource(type: string, address: string, body: Json, file: string, line?: number, account?: string): TfResource {
  // Without prototype: an attribute named `__proto__` is an attribute, not the object's prototype.
  const values: Json = dict();
  for (const k of Object.keys(body)) if (!META_ARGUMENTS.has(k)) values[k] = body[k];
  const meta = acknowledgementsOf(body['//']);
  return {
    type,
    address,
    values,
    account: account ?? (typeof body.provider === 'string' ? body.provider.replace(/^\$\{(.*)\}$/, '$1') : providerName(type)),
    file,
    ...(line !== undefined ? { line } : {}),
    source: 'config',
    lifecycle: objects(body.lifecycle)[0] ?? {},
    dependsOn: Array.isArray(body.depends_on) ? body.depends_on.map(String) : [],
    acknowledgements: meta.acks,
    adoptedStorage: meta.adopted,
    ...(meta.storageIn ? { storageIn: meta.storageIn } : {}),
    constructPath: meta.path,
  };
}

export { lineAt, lineStarts } from './locate';

/**
 * Finds the line of each `resource.<type>.<name>` key in the JSON text (the first declaration of
 * each, in the object form and in the list form Terraform JSON allows). One scan of the text,
 * done on the first lookup, builds the index of every resource key; each lookup is then one map
 * read. (Searching the text again for every resource was quadratic: a 20 MB .tf.json took minutes.)
 */
export function jsonResourceLines(text: string): (type: string, name: string) => number | undefined {
  let index: Map<string, number> | undefined;
  return (type, name) => (index ??= indexJsonResources(text)).get(`${type}\u0000${name}`);
}

/** `type\0name` → line of every resource key of a Terraform JSON text, by one scan of its characters. */
function indexJsonResources(text: string): Map<string, number> {
  const index = new Map<string, number>();
  if (!text.includes('"resource"')) return index;
  /** Object keys from the root down to the current container (arrays add none). */
  const path: string[] = [];
  /** Per open container: whether it is an object, whether it added a key to `path`, whether a key comes next. */
  const frames: Array<{ object: boolean; pushed: boolean; expectKey: boolean }> = [];
  let key: string | undefined;
  let line = 1;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) {
      line++;
    } else if (c === 0x22) {
      const start = i;
      let escaped = false;
      for (i++; i < n; i++) {
        const d = text.charCodeAt(i);
        if (d === 0x5c) {
          escaped = true;
          i++;
        } else if (d === 0x22) {
          break;
        }
      }
      const frame = frames[frames.length - 1];
      if (frame?.object && frame.expectKey) {
        const raw = text.slice(start + 1, i);
        key = escaped ? (JSON.parse(`"${raw}"`) as string) : raw;
        frame.expectKey = false;
        if (path.length === 2 && path[0] === 'resource') {
          const id = `${path[1]}\u0000${key}`;
          if (!index.has(id)) index.set(id, line);
        }
      }
    } else if (c === 0x7b || c === 0x5b) {
      const parent = frames[frames.length - 1];
      const pushed = parent?.object === true && key !== undefined;
      if (pushed) path.push(key!);
      frames.push({ object: c === 0x7b, pushed, expectKey: c === 0x7b });
      key = undefined;
    } else if (c === 0x7d || c === 0x5d) {
      const frame = frames.pop();
      if (frame?.pushed) path.pop();
      key = undefined;
    } else if (c === 0x2c) {
      const frame = frames[frames.length - 1];
      if (frame?.object) frame.expectKey = true;
      key = undefined;
    }
  }
  return index;
}

/** Resources of one configuration document (one file); `text` (the file's JSON) gives lines. */
export function fromConfig(doc: Json, file: string, text?: string): TfResource[] {
  const out: TfResource[] = [];
  const lineOf = text !== undefined ? jsonResourceLines(text) : undefined;
  const source = text !== undefined ? new SourceText(text, true) : undefined;
  for (const block of objects(doc.resource)) {
    for (const [type, byName] of Object.entries(block)) {
      for (const named of objects(byName)) {
        for (const [name, raw] of Object.entries(named)) {
          const line = lineOf?.(type, name);
          // Where each attribute is written: the line of its key (values are as written: no origin to trace).
          const tree = () => source?.jsonObject(['resource', type, name]);
          const where: AttributeSource | undefined = source && { written: (attribute) => writtenAt(tree(), attribute), tree };
          for (const body of objects(raw)) {
            const r = configResource(type, `${type}.${name}`, body, file, line);
            if (where !== undefined) (r as { where?: AttributeSource }).where = where;
            out.push(r);
          }
        }
      }
    }
  }
  out.push(...configProviders(doc, file));
  return out;
}

/** A provider configuration as a model entry. */
export function providerEntry(key: string, values: Json, file: string, source: 'config' | 'plan'): TfResource {
  return { type: PROVIDER_CONFIG, address: `provider.${key}`, values, account: key, file, source, dependsOn: [], acknowledgements: [], adoptedStorage: false };
}

/** The tencentcloud provider configurations of a configuration document. */
function configProviders(doc: Json, file: string): TfResource[] {
  const out: TfResource[] = [];
  for (const block of objects(doc.provider)) {
    for (const config of objects(block.tencentcloud)) {
      const key = typeof config.alias === 'string' ? `tencentcloud.${config.alias}` : 'tencentcloud';
      out.push(providerEntry(key, config, file, 'config'));
    }
  }
  return out;
}

/** The tencentcloud provider configurations of a plan (`configuration.provider_config`). */
function planProviders(doc: Json, file: string): TfResource[] {
  const configs = isObject(doc.configuration?.provider_config) ? doc.configuration.provider_config : {};
  return Object.entries(configs as Json).flatMap(([key, c]) => {
    if (!isObject(c) || c.name !== 'tencentcloud') return [];
    const region = c.expressions?.region;
    const values: Json = region === undefined ? {} : { region: region.constant_value ?? UNKNOWN };
    // The account: a literal assume_role role ARN or profile (an expression stays unknown).
    const profile = c.expressions?.profile;
    if (profile !== undefined) values.profile = profile.constant_value ?? UNKNOWN;
    const role = objects(c.expressions?.assume_role)[0]?.role_arn;
    if (role !== undefined) values.assume_role = [{ role_arn: role.constant_value ?? UNKNOWN }];
    return [providerEntry(key.replace(/^.*:/, ''), values, file, 'plan')];
  });
}

/** The name a cdktf document gives itself, if it is one. */
export function cdktfStackName(doc: Json): string | undefined {
  const meta = isObject(doc['//']) && isObject(doc['//'].metadata) ? doc['//'].metadata : undefined;
  return typeof meta?.stackName === 'string' ? meta.stackName : undefined;
}

// ------------------------------------------------------------------ plan / state

interface ConfigInfo {
  readonly providerKey?: string;
  readonly dependsOn: string[];
  /** The resource's configuration expressions (`expressions` of `terraform show -json`). */
  readonly expressions: Json;
  /** The module path its references are relative to (`module.a.module.b.`, no instance keys). */
  readonly prefix: string;
}


const MODULE_INSTANCE = new RegExp(`^${MODULE_PATH}`);
/** The instance key of a resource address: `[0]` or `["core"]` at its end. */
const OWN_KEY = /\[[^\]]*\]$/;
/** A managed resource reference without instance key or attribute: `module.m["x"].provider_type.name`. */
const UNKEYED_RESOURCE = new RegExp(String.raw`^${MODULE_PATH}[a-z][a-z0-9]*_[a-z0-9_]*\.[A-Za-z0-9_-]+$`);

/**
 * Configuration references (absolute, without instance keys) as seen from one resource instance:
 * a reference into the instance's own module gets the module's instance keys, so the track of
 * `module.team["core"]` refers to the topic of `module.team["core"]`, not of another instance;
 * and `[count.index]` / `[each.key]` become the instance's own key (`topic[count.index]` of
 * `track[1]` is `topic[1]`).
 */
function inInstance(refs: readonly string[], address: string): string[] {
  const keyed = MODULE_INSTANCE.exec(address)?.[0];
  const plain = keyed !== undefined && keyed.includes('[') ? stripKeys(keyed) : undefined;
  const own = OWN_KEY.exec(address)?.[0];
  // Terraform lists `topic[count.index].id` as the references `topic` and `count.index`.
  const byOwnKey = own !== undefined && (own.startsWith('["') ? refs.includes('each.key') : refs.includes('count.index'));
  return refs.map((ref) => {
    let r = plain !== undefined && ref.startsWith(plain) ? keyed + ref.slice(plain.length) : ref;
    if (own !== undefined) r = r.replace(/\[(?:count\.index|each\.key)\]/g, own);
    if (byOwnKey && UNKEYED_RESOURCE.test(r)) r += own;
    return r;
  });
}

/** References that are not resource addresses (not prefixed with the module path). */
const NOT_ADDRESSES = /^(?:count|each|var|local|path|terraform|self)\./;

function indexConfiguration(module: unknown, prefix: string, index: Map<string, ConfigInfo>): void {
  if (!isObject(module)) return;
  for (const r of objects(module.resources)) {
    if (r.mode !== undefined && r.mode !== 'managed') continue;
    index.set(prefix + String(r.address), {
      providerKey: typeof r.provider_config_key === 'string' ? r.provider_config_key.replace(/^.*:/, '') : undefined,
      dependsOn: Array.isArray(r.depends_on) ? r.depends_on.map((x: unknown) => prefix + String(x)) : [],
      expressions: isObject(r.expressions) ? r.expressions : {},
      prefix,
    });
  }
  if (isObject(module.module_calls)) {
    for (const [name, call] of Object.entries(module.module_calls)) {
      if (isObject(call)) indexConfiguration(call.module, `${prefix}module.${name}.`, index);
    }
  }
}

/** A reference to a managed resource (not data, var, local, count…): `module.a["x"].provider_type.name[0].id`. */
const RESOURCE_REFERENCE = new RegExp(String.raw`^${resourceAddress('[a-z][a-z0-9]*_[a-z0-9_]*')}(?:\.|$)`);

/**
 * Replaces values the plan marks unknown (`after_unknown: true`), in place (the parsed plan is
 * ours): with the resource the configuration says the value comes from (`${tencentcloud_cls_topic.t.id}`,
 * as the HCL reader writes it), else with an expression marker. `expr` is the configuration
 * expression at the same place; `refer` picks the resource among its references.
 */
function markUnknown(value: unknown, unknown: unknown, expr: unknown, refer: (refs: string[]) => string | undefined): unknown {
  if (unknown === true) {
    if (value !== undefined && value !== null) return value;
    const refs = isObject(expr) && Array.isArray(expr.references) ? expr.references.map(String) : undefined;
    const ref = refs && refer(refs);
    return ref !== undefined ? `\${${ref}}` : UNKNOWN;
  }
  if (Array.isArray(unknown)) {
    const arr = Array.isArray(value) ? value : [];
    const exprs = Array.isArray(expr) ? expr : [];
    for (let i = 0; i < unknown.length; i++) if (unknown[i] !== false) arr[i] = markUnknown(arr[i], unknown[i], exprs[i], refer);
    return arr;
  }
  if (isObject(unknown)) {
    const obj: Json = isObject(value) ? value : dict();
    const exprs: Json = isObject(expr) ? expr : dict();
    // Own keys only, set as own properties: `"__proto__"` in after_unknown must reach neither
    // Object.prototype (which `obj.__proto__` would read) nor the prototype of `obj`.
    for (const k of Object.keys(unknown)) {
      if (unknown[k] === false) continue;
      setOwn(obj, k, markUnknown(hasOwn(obj, k) ? obj[k] : undefined, unknown[k], hasOwn(exprs, k) ? exprs[k] : undefined, refer));
    }
    return obj;
  }
  return value;
}

/** No configuration to say where unknown values come from. */
const NO_REFERENCE = (): undefined => undefined;

/** The resource a configuration reference names, as seen from the instance at `address`. */
function referrer(info: ConfigInfo, address: string): (refs: string[]) => string | undefined {
  return (refs) => {
    // Resource references are made absolute; count.index, each.key, var.x… stay as written.
    const absolute = refs.map((x) => (NOT_ADDRESSES.test(x) ? x : info.prefix + x));
    return inInstance(absolute, address).find((ref) => RESOURCE_REFERENCE.test(ref));
  };
}

function collectModule(module: unknown, out: Json[]): void {
  if (!isObject(module)) return;
  for (const r of objects(module.resources)) out.push(r);
  for (const child of objects(module.child_modules)) collectModule(child, out);
}

/** Resources of a plan or state document. */
export function fromPlan(doc: Json, file: string): TfResource[] {
  const config = new Map<string, ConfigInfo>();
  indexConfiguration(doc.configuration?.root_module, '', config);

  const out: TfResource[] = [];
  const infoOf = (address: string) => (config.size > 0 ? config.get(stripKeys(address)) : undefined);
  const add = (address: string, type: string, mode: unknown, provider: unknown, values: Json) => {
    if (mode !== undefined && mode !== 'managed') return;
    const info = infoOf(address);
    out.push({
      type,
      address,
      values,
      account: info?.providerKey ?? (typeof provider === 'string' ? provider.slice(provider.lastIndexOf('/') + 1) : providerName(type)),
      file,
      source: 'plan',
      dependsOn: info ? inInstance(info.dependsOn, address) : [],
      acknowledgements: [],
      adoptedStorage: false,
    });
  };

  const seen = new Set<string>();
  for (const rc of objects(doc.resource_changes)) {
    const change = isObject(rc.change) ? rc.change : {};
    const address = String(rc.address);
    seen.add(address);
    if (!isObject(change.after)) continue; // deleted
    // What the plan does not know (a created topic's ID), the configuration says where it comes from.
    const info = infoOf(address);
    const unknown = markUnknown(change.after, change.after_unknown, info?.expressions, info ? referrer(info, address) : NO_REFERENCE);
    add(address, String(rc.type), rc.mode, rc.provider_name, unknown as Json);
  }
  const moduleResources: Json[] = [];
  collectModule(doc.planned_values?.root_module ?? doc.values?.root_module, moduleResources);
  for (const r of moduleResources) {
    const address = String(r.address);
    if (!seen.has(address)) add(address, String(r.type), r.mode, r.provider_name, isObject(r.values) ? r.values : {});
  }
  out.push(...planProviders(doc, file));
  return out;
}

/** Whether a resource type is a tracking set's (kept here: normalize imports no rule family). */
const isTrackType = (type: string) => type === 'tencentcloud_audit_track' || type === 'tencentcloud_events_audit_track';

/**
 * The tracking sets a plan deletes without creating them again (`resource_changes` whose actions
 * are `["delete"]`), or a configuration's `removed` blocks destroy (`lifecycle { destroy = true }`,
 * Terraform's default): addresses, sorted.
 */
export function deletedTracks(doc: unknown): string[] {
  if (!isObject(doc)) return [];
  const out: string[] = [];
  for (const rc of objects(doc.resource_changes)) {
    const actions = isObject(rc.change) && Array.isArray(rc.change.actions) ? rc.change.actions : [];
    if (isTrackType(String(rc.type)) && rc.mode !== 'data' && actions.includes('delete') && !actions.includes('create')) out.push(String(rc.address));
  }
  for (const r of objects(doc.removed)) {
    const from = typeof r.from === 'string' ? r.from : '';
    const type = from.replace(/^(module\.[^.]+\.)*/, '').split('.')[0];
    const destroy = objects(r.lifecycle)[0]?.destroy;
    if (isTrackType(type) && destroy !== false && destroy !== 'false') out.push(from);
  }
  return out.sort();
}

/** A review document from parsed JSON, or undefined when it is no Terraform JSON. */
export function toDocument(doc: unknown, file: string, name = file, text?: string): ReviewDocument | undefined {
  const kind = planKind(doc);
  const deleted = deletedTracks(doc);
  const withDeleted = (d: ReviewDocument): ReviewDocument => (deleted.length > 0 ? { ...d, deletedTracks: deleted } : d);
  if (kind) return withDeleted({ name, file, kind, resources: fromPlan(doc as Json, file) });
  if (isConfig(doc)) {
    const stack = cdktfStackName(doc);
    return withDeleted({ name: stack ?? name, file, kind: stack ? 'cdktf' : 'terraform-json', resources: fromConfig(doc, file, text) });
  }
  return undefined;
}
