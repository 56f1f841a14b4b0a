/**
 * The provider double's cloud store (test/provider-double/store.go), from the tests' side: a
 * folder a test seeds (resources that already exist), inspects (what apply created) and changes
 * (drift), and terraform runs whose provider double acts on it (init through the double's
 * filesystem mirror, apply, plan, destroy).
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { providerConfig, RunResult, runTerraform } from './terraform';

const stores: string[] = [];
process.once('exit', () => {
  for (const d of stores) fs.rmSync(d, { recursive: true, force: true });
});

/** An id as the double names its file: letters, digits, '-' and '_' as they are, every other byte as %XX. */
function fileName(id: string): string {
  return [...Buffer.from(id, 'utf8')].map((c) => (/[A-Za-z0-9_-]/.test(String.fromCharCode(c)) ? String.fromCharCode(c) : `%${c.toString(16).toUpperCase().padStart(2, '0')}`)).join('');
}

export class CloudStore {
  /** A new, empty store in a temp folder (removed when the test process ends). */
  static create(): CloudStore {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cloudaudit-cloud-'));
    stores.push(dir);
    return new CloudStore(dir);
  }

  private constructor(readonly dir: string) {}

  private file(type: string, id: string, account: string): string {
    return path.join(this.dir, account, type, `${fileName(id)}.json`);
  }

  /** Puts a resource "in the cloud" with these Terraform attributes. */
  seed(type: string, id: string, attributes: Record<string, unknown>, account = 'default'): void {
    const f = this.file(type, id, account);
    fs.mkdirSync(path.dirname(f), { recursive: true });
    fs.writeFileSync(f, JSON.stringify({ attributes: { ...attributes, id } }, null, 1));
  }

  /** What the cloud holds for a resource, or undefined. */
  get(type: string, id: string, account = 'default'): Record<string, any> | undefined {
    const f = this.file(type, id, account);
    return fs.existsSync(f) ? JSON.parse(fs.readFileSync(f, 'utf8')).attributes : undefined;
  }

  /** Every resource of a type in an account: id -> attributes. */
  all(type: string, account = 'default'): Record<string, Record<string, any>> {
    const dir = path.join(this.dir, account, type);
    if (!fs.existsSync(dir)) return {};
    const out: Record<string, Record<string, any>> = {};
    for (const f of fs.readdirSync(dir).filter((x) => x.endsWith('.json')).sort()) {
      const attrs = JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')).attributes;
      out[attrs.id] = attrs;
    }
    return out;
  }

  /** Changes a resource outside Terraform (drift). */
  change(type: string, id: string, patch: (attrs: Record<string, any>) => void, account = 'default'): void {
    const attrs = this.get(type, id, account);
    if (!attrs) throw new Error(`cloud store: no ${type} ${id} in ${account}`);
    patch(attrs);
    this.seed(type, id, attrs, account);
  }

  /** Deletes a resource outside Terraform. */
  remove(type: string, id: string, account = 'default'): void {
    fs.rmSync(this.file(type, id, account), { force: true });
  }

  /** Objects in a bucket (a bucket with objects cannot be deleted). */
  putObjects(bucket: string, names: string[], account = 'default'): void {
    const f = path.join(this.dir, account, 'tencentcloud_cos_bucket', `${fileName(bucket)}.objects`);
    fs.mkdirSync(path.dirname(f), { recursive: true });
    fs.writeFileSync(f, names.join('\n') + '\n');
  }

  /** The account's identity as the data source tencentcloud_user_info answers it. */
  setAccount(info: { uin: string; app_id: string; owner_uin?: string; name?: string }, account = 'default'): void {
    fs.mkdirSync(path.join(this.dir, account), { recursive: true });
    fs.writeFileSync(path.join(this.dir, account, 'account.json'), JSON.stringify(info));
  }

  /** The environment that points the double at this store. */
  env(): Record<string, string> {
    return { CLOUDAUDIT_CLOUD_STORE: this.dir };
  }
}

/** A DescribeAuditTrack(s) track as the Terraform attributes the real provider's Read builds. */
export function trackAttributes(t: any): { type: string; id: string; attributes: Record<string, unknown> } {
  const st = t.Storage ?? {};
  const storage = [{
    storage_type: st.StorageType,
    storage_region: st.StorageRegion,
    storage_name: st.StorageName,
    storage_prefix: st.StoragePrefix,
    storage_account_id: st.StorageAccountId ?? null,
    storage_app_id: st.StorageAppId ?? null,
  }];
  const fields = t.Filters?.ResourceFields;
  const id = String(t.TrackId);
  if (Array.isArray(fields) && (fields.length > 1 || t.ResourceType === '' || t.ResourceType === undefined)) {
    return {
      type: 'tencentcloud_events_audit_track',
      id,
      attributes: {
        name: t.Name,
        status: t.Status,
        track_for_all_members: t.TrackForAllMembers ?? 0,
        track_id: Number(id),
        storage,
        filters: [{
          resource_fields: fields.map((f: any) => ({ resource_type: f.ResourceType, action_type: f.ActionType, event_names: f.EventNames })),
        }],
      },
    };
  }
  return {
    type: 'tencentcloud_audit_track',
    id,
    attributes: {
      name: t.Name,
      action_type: t.ActionType,
      resource_type: t.ResourceType,
      event_names: t.EventNames,
      status: t.Status,
      track_for_all_members: t.TrackForAllMembers ?? 0,
      create_time: t.CreateTime ?? null,
      storage: [{ ...storage[0], compress: null }],
    },
  };
}

const workDirs: string[] = [];
process.once('exit', () => {
  for (const d of workDirs) fs.rmSync(d, { recursive: true, force: true });
});

/**
 * A Terraform working directory holding one configuration (a `cdk.tf.json` object; its backend
 * dropped, so the state stays in the folder, unless `keepBackend`: the stacks of one app share
 * their local state files through `terraform_remote_state`), initialised offline through the
 * double's filesystem mirror, so that it can be applied, planned and destroyed against a cloud
 * store.
 */
export class Workspace {
  static async create(config: any, store: CloudStore, options: { keepBackend?: boolean } = {}): Promise<Workspace> {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cloudaudit-work-'));
    workDirs.push(dir);
    const ws = new Workspace(dir, store, options.keepBackend ?? false);
    ws.write(config);
    const r = await ws.run(['init', '-input=false', '-no-color']);
    if (r.code !== 0) throw new Error(`terraform init failed (exit ${r.code}): ${r.stderr.trim() || r.stdout.trim()}`);
    return ws;
  }

  private constructor(readonly dir: string, readonly store: CloudStore, private readonly keepBackend: boolean) {}

  /** Replaces the configuration (the state stays). */
  write(config: any): void {
    const doc = JSON.parse(JSON.stringify(config));
    if (doc.terraform && !this.keepBackend) delete doc.terraform.backend;
    fs.writeFileSync(path.join(this.dir, 'main.tf.json'), JSON.stringify(doc, null, 1));
  }

  run(args: string[], env: Record<string, string> = {}): Promise<RunResult> {
    return runTerraform(args, this.dir, { TF_CLI_CONFIG_FILE: providerConfig().mirrorRc, ...this.store.env(), ...env }, 300_000);
  }

  apply(extra: string[] = []): Promise<RunResult> {
    return this.run(['apply', '-auto-approve', '-input=false', '-no-color', ...extra]);
  }

  /** `plan -detailed-exitcode`: 0 no changes, 2 changes, 1 error. */
  plan(extra: string[] = []): Promise<RunResult> {
    return this.run(['plan', '-detailed-exitcode', '-input=false', '-no-color', ...extra]);
  }

  destroy(): Promise<RunResult> {
    return this.run(['destroy', '-auto-approve', '-input=false', '-no-color']);
  }

  /** The planned changes (`terraform show -json` of a saved plan): address -> actions. */
  async changes(extra: string[] = []): Promise<{ code: number; stderr: string; changes: Record<string, string[]>; json?: any }> {
    const r = await this.run(['plan', '-detailed-exitcode', '-input=false', '-no-color', '-out=tfplan', ...extra]);
    if (r.code !== 0 && r.code !== 2) return { code: r.code, stderr: r.stderr, changes: {} };
    const shown = await this.run(['show', '-json', 'tfplan']);
    const json = JSON.parse(shown.stdout);
    const changes: Record<string, string[]> = {};
    for (const c of json.resource_changes ?? []) if (!(c.change.actions.length === 1 && c.change.actions[0] === 'no-op')) changes[c.address] = c.change.actions;
    return { code: r.code, stderr: r.stderr, changes, json };
  }

  /** The state (`terraform show -json`). */
  async state(): Promise<any> {
    const r = await this.run(['show', '-json']);
    return JSON.parse(r.stdout);
  }
}
