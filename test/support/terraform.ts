/**
 * Real Terraform in the loop: `terraform validate`, `plan` and `apply` against the project's
 * provider double (test/provider-double: it serves the real provider's schema and plans, applies,
 * reads and imports like it, against a cloud store on disk), offline.
 *
 * - The double is built once (jest globalSetup, ./global-setup.ts) into node_modules/.cache and
 *   found through a CLI config: dev_overrides (no `terraform init`) for validate and plan, or a
 *   filesystem mirror (`terraform init` offline, with a lock file) for the lifecycle tests.
 * - Nothing reaches the network: credentials are fake, every proxy variable points at a closed
 *   loopback port, and `plan` refuses a configuration that reads a data source unless a cloud
 *   store answers it.
 */
import { execFile, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { buildProviderDouble, ProviderDouble, ProviderDoubleError } from '../../scripts/provider-double';
import { PROVIDER_ADDRESS } from '../../scripts/real-provider';

/** Where globalSetup leaves the double's location for the test processes. */
const LOCATION = path.resolve(__dirname, '..', '..', 'node_modules', '.cache', 'cloudaudit-provider-double', 'current.json');
export const TERRAFORM_MISSING =
  'terraform: not found on PATH. The tests run `terraform validate`, `plan` and `apply` against the provider double: install Terraform >= 1.5 (the project is tested with 1.11.4, https://developer.hashicorp.com/terraform/install) and put it on PATH.';

/** The terraform version, or a one-line error when it cannot start. */
export function terraformVersion(): string {
  const r = spawnSync('terraform', ['version', '-json'], { encoding: 'utf8', env: { ...process.env, CHECKPOINT_DISABLE: '1', TF_CLI_CONFIG_FILE: '/dev/null' } });
  if (r.error && (r.error as NodeJS.ErrnoException).code === 'ENOENT') throw new ProviderDoubleError(TERRAFORM_MISSING);
  if (r.error || r.status !== 0) {
    throw new ProviderDoubleError(`terraform: cannot start (${(r.error?.message ?? String(r.stderr)).trim().split('\n')[0]}); reinstall it (Terraform >= 1.5, tested with 1.11.4)`);
  }
  try {
    return JSON.parse(r.stdout).terraform_version;
  } catch {
    throw new ProviderDoubleError('terraform: "terraform version -json" printed no JSON; install Terraform >= 1.5 (tested with 1.11.4)');
  }
}

/** The oldest terraform the suite runs with (import blocks, `terraform_data`). */
const MIN_TERRAFORM = [1, 5];

/**
 * Checks terraform and Go and builds the provider double unless the cache holds this very build.
 * Records where it is for the test processes.
 */
export function prepareProviderDouble(): ProviderDouble {
  const v = terraformVersion();
  const [major, minor] = v.split('.').map(Number);
  if (!(major > MIN_TERRAFORM[0] || (major === MIN_TERRAFORM[0] && minor >= MIN_TERRAFORM[1]))) {
    throw new ProviderDoubleError(`terraform: ${v} is too old; the tests need Terraform >= ${MIN_TERRAFORM.join('.')} (tested with 1.11.4, https://developer.hashicorp.com/terraform/install)`);
  }
  const double = buildProviderDouble();
  fs.mkdirSync(path.dirname(LOCATION), { recursive: true });
  fs.writeFileSync(LOCATION, JSON.stringify(double));
  return double;
}

/** The provider double and its CLI configs (after globalSetup). */
export function providerConfig(): ProviderDouble & { dir: string } {
  if (!fs.existsSync(LOCATION)) throw new ProviderDoubleError(`${LOCATION}: missing; run the tests through jest (its globalSetup builds the provider double)`);
  const double: ProviderDouble = JSON.parse(fs.readFileSync(LOCATION, 'utf8'));
  if (!fs.existsSync(double.binary)) throw new ProviderDoubleError(`${double.binary}: missing; run the tests through jest (its globalSetup builds the provider double)`);
  return { ...double, dir: path.dirname(double.rc) };
}

/** The environment of every terraform run: the provider double, fake credentials, no way out. */
export function terraformEnv(): NodeJS.ProcessEnv {
  const { rc } = providerConfig();
  const closed = 'http://127.0.0.1:9';
  return {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    TMPDIR: os.tmpdir(),
    TF_CLI_CONFIG_FILE: rc,
    CHECKPOINT_DISABLE: '1',
    TF_IN_AUTOMATION: '1',
    TENCENTCLOUD_SECRET_ID: 'AKIDFAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKE',
    TENCENTCLOUD_SECRET_KEY: 'fakefakefakefakefakefakefakefake',
    HTTP_PROXY: closed,
    HTTPS_PROXY: closed,
    http_proxy: closed,
    https_proxy: closed,
    NO_PROXY: '',
  };
}

export interface RunResult { readonly code: number; readonly stdout: string; readonly stderr: string }

/**
 * Runs terraform in `cwd` without blocking the event loop (an in-process stand-in may answer it).
 * `env` overrides the offline environment (e.g. HTTP_PROXY pointing at a loopback stand-in).
 */
export function runTerraform(args: string[], cwd: string, env: Record<string, string> = {}, timeoutMs = 120_000): Promise<RunResult> {
  return new Promise((resolve) => {
    execFile('terraform', args, { cwd, env: { ...terraformEnv(), ...env }, maxBuffer: 64 * 1024 * 1024, timeout: timeoutMs }, (err, stdout, stderr) => {
      const code = err ? (typeof (err as any).code === 'number' ? (err as any).code : 1) : 0;
      resolve({ code, stdout, stderr: stderr || (err && typeof (err as any).code !== 'number' ? String(err.message) : '') });
    });
  });
}

export interface Diagnostic {
  readonly severity: 'error' | 'warning';
  readonly summary: string;
  readonly detail?: string;
  readonly address?: string;
}

const OVERRIDE_WARNING = 'Provider development overrides are in effect';

function diagnostic(d: any): Diagnostic {
  return { severity: d.severity, summary: d.summary, detail: d.detail, address: d.address };
}

/** Human-readable, for failure messages. */
export function describeDiagnostics(ds: readonly Diagnostic[]): string {
  return ds.map((d) => `${d.severity}: ${d.summary}${d.address ? ` (${d.address})` : ''}${d.detail ? `: ${d.detail}` : ''}`).join('\n');
}

/** `terraform validate -json` in a directory holding a configuration (e.g. a synthesized stack). */
export async function validate(dir: string): Promise<Diagnostic[]> {
  const r = await runTerraform(['validate', '-json', '-no-color'], dir);
  let doc: any;
  try {
    doc = JSON.parse(r.stdout);
  } catch {
    return [{ severity: 'error', summary: `terraform validate printed no JSON (exit ${r.code})`, detail: r.stderr.trim() }];
  }
  return (doc.diagnostics ?? []).filter((d: any) => d.summary !== OVERRIDE_WARNING).map(diagnostic);
}

/** Validates every directory, two terraform processes at a time. */
export async function validateAll(dirs: readonly string[], concurrency = 2): Promise<Map<string, Diagnostic[]>> {
  const results = new Map<string, Diagnostic[]>();
  const queue = [...dirs];
  await Promise.all(Array.from({ length: Math.min(concurrency, queue.length) }, async () => {
    for (let dir = queue.shift(); dir !== undefined; dir = queue.shift()) results.set(dir, await validate(dir));
  }));
  return results;
}

/** The synthesized stack directories under a cdktf outdir. */
export function stackDirs(outdir: string): string[] {
  const stacks = path.join(outdir, 'stacks');
  return fs.readdirSync(stacks).sort().map((s) => path.join(stacks, s));
}

export interface PlannedChange {
  readonly address: string;
  readonly type: string;
  /** Terraform's action: create, update, delete, replace, noop, read, import (with create/update/noop), move. */
  readonly actions: string[];
  readonly reason?: string;
  /** Set when the change imports an existing object. */
  readonly importing?: { id?: string };
}

export interface PlanResult {
  /** Exit 0 (no changes) or 2 (changes). */
  readonly ok: boolean;
  readonly diagnostics: Diagnostic[];
  /** Every resource change, `no-op` included (from `terraform show -json` of the saved plan). */
  readonly changes: PlannedChange[];
  /** The saved plan, rendered (`terraform show -json`); undefined when the plan failed. */
  readonly json?: any;
  /** The working directory (kept until the test process ends). */
  readonly dir: string;
}

function assertNoDataSources(config: any): void {
  const data = Object.keys(config.data ?? {});
  if (data.length > 0) {
    throw new Error(`plan tests must not read data sources (they would call the API): ${data.join(', ')}; use the props that avoid them (a literal appId, checkDeliveryRegion: false)`);
  }
}

/** Plan working directories, removed when the test process ends (kept for a failing test's reader until then). */
const planDirs: string[] = [];
process.once('exit', () => {
  for (const d of planDirs) fs.rmSync(d, { recursive: true, force: true });
});

/**
 * `terraform plan -refresh=false` of a synthesized stack (its `cdk.tf.json` object) against a
 * prior state (a version-4 tfstate object; none = nothing deployed). The backend block is dropped:
 * the state sits in the working directory as `terraform.tfstate`.
 */
export async function plan(config: any, state?: any): Promise<PlanResult> {
  assertNoDataSources(config);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cloudaudit-plan-'));
  planDirs.push(dir);
  const doc = JSON.parse(JSON.stringify(config));
  if (doc.terraform) delete doc.terraform.backend;
  fs.writeFileSync(path.join(dir, 'main.tf.json'), JSON.stringify(doc, null, 1));
  if (state) fs.writeFileSync(path.join(dir, 'terraform.tfstate'), JSON.stringify(state, null, 1));
  return planIn(dir);
}

/**
 * `terraform plan` of an HCL root module: `tree` (holding the root and the local modules it
 * calls) is copied to a working directory, `terraform get` installs the local modules, and
 * `root` (relative to `tree`) is planned with nothing deployed. Without `env` the module must read
 * no data source; with a cloud store's `env()` (test/support/cloud-store.ts) the double reads its
 * data sources from that store (`tencentcloud_user_info` answers the store's account).
 */
export async function planFolder(tree: string, root: string, env: Record<string, string> = {}): Promise<PlanResult> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'cloudaudit-plan-'));
  planDirs.push(work);
  fs.cpSync(tree, work, { recursive: true });
  const dir = path.join(work, root);
  const got = await runTerraform(['get', '-no-color'], dir);
  if (got.code !== 0) throw new Error(`terraform get failed (exit ${got.code}): ${got.stderr.trim()}`);
  return planIn(dir, env);
}

async function planIn(dir: string, env: Record<string, string> = {}): Promise<PlanResult> {
  const r = await runTerraform(['plan', '-refresh=false', '-input=false', '-lock=false', '-detailed-exitcode', '-json', '-out=tfplan'], dir, env);
  const messages = r.stdout.split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l));
  const diagnostics = messages.filter((m) => m.type === 'diagnostic' && m.diagnostic.summary !== OVERRIDE_WARNING).map((m) => diagnostic(m.diagnostic));
  if (r.code !== 0 && r.code !== 2) {
    if (diagnostics.length === 0) diagnostics.push({ severity: 'error', summary: `terraform plan exited ${r.code}`, detail: r.stderr.trim() });
    return { ok: false, diagnostics, changes: [], dir };
  }
  const shown = await runTerraform(['show', '-json', 'tfplan'], dir);
  if (shown.code !== 0) throw new Error(`terraform show -json failed (exit ${shown.code}): ${shown.stderr.trim()}`);
  const json = JSON.parse(shown.stdout);
  const changes: PlannedChange[] = (json.resource_changes ?? []).map((c: any) => ({
    address: c.address,
    type: c.type,
    actions: c.change.actions,
    reason: c.action_reason,
    importing: c.change.importing,
  }));
  return { ok: true, diagnostics, changes, json, dir };
}

/** The changes that do something (not no-op). */
export function effectiveChanges(p: PlanResult): PlannedChange[] {
  return p.changes.filter((c) => !(c.actions.length === 1 && c.actions[0] === 'no-op'));
}

/** Resource addresses (without attribute paths) a configuration expression refers to. */
function resourceRefs(refs: readonly string[]): string[] {
  return refs
    .filter((r) => !r.startsWith('var.') && !r.startsWith('local.') && !r.startsWith('data.') && !r.startsWith('module.') && r.split('.').length >= 2)
    .map((r) => r.split('.').slice(0, 2).join('.'));
}

function collectRefs(expr: any, out: Set<string>): void {
  if (Array.isArray(expr)) {
    expr.forEach((e) => collectRefs(e, out));
  } else if (expr && typeof expr === 'object') {
    if (Array.isArray(expr.references)) resourceRefs(expr.references).forEach((r) => out.add(r));
    for (const [k, v] of Object.entries(expr)) if (k !== 'references') collectRefs(v, out);
  }
}

/** The cty type of a JSON value, as the state stores it for dynamically-typed attributes. */
function ctyType(v: unknown): unknown {
  if (typeof v === 'string') return 'string';
  if (typeof v === 'number') return 'number';
  if (typeof v === 'boolean') return 'bool';
  if (Array.isArray(v)) return ['tuple', v.map(ctyType)];
  if (v && typeof v === 'object') return ['object', Object.fromEntries(Object.entries(v).map(([k, x]) => [k, ctyType(x)]))];
  return 'dynamic';
}

/** A stand-in for a computed value the cloud would return, by the schema's type. */
function fakeValue(type: unknown, resource: string, attr: string): unknown {
  if (type === 'number') return 1;
  if (type === 'bool') return false;
  if (type === 'string') return `fake-${resource}-${attr}`;
  return null;
}

/**
 * Fills the unknowns of planned values as an apply would: a value referring to another resource's
 * attribute takes that attribute's (filled) value; the resource's own computed top-level
 * attributes get stand-ins. Returns whether something is still unresolved.
 */
function fill(values: any, unknown: any, expr: any, block: any, lookup: (ref: string) => unknown): boolean {
  let pending = false;
  for (const [k, u] of Object.entries<any>(unknown ?? {})) {
    if (u === true) {
      if (values[k] !== undefined && values[k] !== null) continue;
      const refs: string[] = expr?.[k]?.references ?? [];
      const ref = refs.find((r) => r.split('.').length >= 3);
      if (ref === undefined) continue;
      const v = lookup(ref);
      const type = block?.attributes?.[k]?.type;
      const collection = Array.isArray(type) && ['list', 'set'].includes(type[0]);
      if (v === undefined) pending = true;
      else values[k] = collection && !Array.isArray(v) ? [v] : v;
    } else if (Array.isArray(u) || (u && typeof u === 'object')) {
      if (values[k] && typeof values[k] === 'object') {
        const inner = Array.isArray(values[k]) ? block?.block_types?.[k]?.block : block;
        pending = fill(values[k], u, typeof expr?.[k] === 'object' ? expr[k] : undefined, inner, lookup) || pending;
      }
    }
  }
  return pending;
}

/**
 * A version-4 state standing for "this plan was applied": each planned resource with its planned
 * values, computed values filled as an apply would (references resolved, ids and other computed
 * attributes given stand-ins), and the dependencies Terraform records (references and
 * depends_on), which order destroys against creates in the next plan.
 */
export function stateFromPlan(planned: any, schema: any = loadSchema()): any {
  const config = new Map<string, any>((planned.configuration?.root_module?.resources ?? []).map((r: any) => [r.address, r]));
  const unknown = new Map<string, any>((planned.resource_changes ?? []).map((c: any) => [c.address, c.change.after_unknown ?? {}]));
  const planned_ = planned.planned_values?.root_module?.resources ?? [];
  const attributes = new Map<string, any>();
  for (const r of planned_) {
    const a = JSON.parse(JSON.stringify(r.values ?? {}));
    const u = unknown.get(r.address) ?? {};
    const cfg = config.get(r.address) ?? {};
    const attrs = schema.resource_schemas?.[r.type]?.block?.attributes ?? {};
    for (const [k, isUnknown] of Object.entries(u)) {
      const referenced = (cfg.expressions?.[k]?.references ?? []).length > 0;
      if (isUnknown === true && !referenced && (a[k] === undefined || a[k] === null)) a[k] = k === 'id' ? `fake-${r.type}-${r.name}` : fakeValue(attrs[k]?.type, r.type, k);
    }
    if (a.id === undefined || a.id === null) a.id = `fake-${r.type}-${r.name}`;
    if (r.type === 'terraform_data' && u.output === true) a.output = a.input ?? null;
    attributes.set(r.address, a);
  }
  const lookup = (ref: string): unknown => {
    const [type, name, attr] = ref.split('.');
    const v = attributes.get(`${type}.${name}`)?.[attr];
    return v === null ? undefined : v;
  };
  for (let pass = 0; pass < 10; pass++) {
    let pending = false;
    for (const r of planned_) {
      const block = schema.resource_schemas?.[r.type]?.block;
      pending = fill(attributes.get(r.address), unknown.get(r.address), config.get(r.address)?.expressions, block, lookup) || pending;
    }
    if (!pending) break;
  }
  const resources = planned_.map((r: any) => {
    const cfg = config.get(r.address) ?? {};
    const key: string = cfg.provider_config_key ?? r.provider_name;
    const alias = key.includes('.') ? `.${key.split('.')[1]}` : '';
    const a = attributes.get(r.address);
    if (r.type === 'terraform_data') {
      // Dynamically-typed attributes are stored with their type.
      for (const k of ['input', 'output', 'triggers_replace']) {
        if (a[k] !== undefined && a[k] !== null) a[k] = { value: a[k], type: ctyType(a[k]) };
      }
    }
    const deps = new Set<string>();
    for (const d of cfg.depends_on ?? []) deps.add(d);
    collectRefs(cfg.expressions ?? {}, deps);
    deps.delete(r.address);
    return {
      mode: 'managed',
      type: r.type,
      name: r.name,
      provider: `provider["${r.provider_name}"]${alias}`,
      instances: [{ schema_version: r.schema_version ?? 0, attributes: a, sensitive_attributes: [], dependencies: [...deps].sort() }],
    };
  });
  return { version: 4, terraform_version: planned.terraform_version ?? '1.11.4', serial: 1, lineage: 'cloudaudit-plan-tests', outputs: {}, resources };
}

function loadSchema(): any {
  const file = path.join(__dirname, '..', '..', 'schema', 'tencentcloud-provider-schema.json');
  return JSON.parse(fs.readFileSync(file, 'utf8')).provider_schemas[PROVIDER_ADDRESS];
}

export { PROVIDER_ADDRESS };
