/**
 * The README's pipeline flow on the default example (examples/cos), against the provider double:
 * `cdktf deploy --auto-approve`, `cdktf diff`, `cdktf destroy`, and what the cloud store holds
 * afterwards (the README's Quick start: the track's attributes, the bucket's ACL, versioning,
 * encryption and 365-day expiry, `prevent_destroy`).
 *
 * cdktf-cli is not a dependency of the project (0.21.0 installs 476 packages, 423 MB, more than the
 * whole project's node_modules): by default the test runs what `cdktf deploy` runs, from the
 * example's project directory (the app synthesized into cdktf.out with the state file beside the
 * project, as cdktf's local backend writes it), then `terraform init` and `apply -auto-approve` in
 * `cdktf.out/stacks/<stack>`, `plan -detailed-exitcode` there for `cdktf diff`, and `destroy
 * -auto-approve` for `cdktf destroy`. With CLOUDAUDIT_CDKTF_CLI set to a cdktf binary (e.g.
 * `npm install --prefix /tmp/cdktf cdktf-cli@0.21.0`, then `/tmp/cdktf/node_modules/.bin/cdktf`),
 * the same assertions run on the real cdktf-cli commands instead (with `--skip-provider-lock`,
 * which deploy needs offline: without it, it runs `terraform providers lock` against the registry).
 */
import { execFile } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { tracksIn } from './lifecycle-support';
import { CloudStore } from '../support/cloud-store';
import { providerConfig, RunResult, runTerraform, terraformEnv } from '../support/terraform';

jest.setTimeout(600_000);

const ROOT = path.join(__dirname, '..', '..');
const CDKTF_CLI = process.env.CLOUDAUDIT_CDKTF_CLI;
const STACK = 'cloudaudit-cos';

/** A copy of the example's project: its main.ts and cdktf.json, beside the repository's sources. */
function project(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cloudaudit-pipeline-'));
  fs.mkdirSync(path.join(dir, 'examples', 'cos'), { recursive: true });
  fs.mkdirSync(path.join(dir, 'test'));
  for (const f of ['main.ts', 'cdktf.json']) fs.copyFileSync(path.join(ROOT, 'examples', 'cos', f), path.join(dir, 'examples', 'cos', f));
  fs.copyFileSync(path.join(ROOT, 'examples', 'support.ts'), path.join(dir, 'examples', 'support.ts'));
  fs.copyFileSync(path.join(ROOT, 'tsconfig.json'), path.join(dir, 'tsconfig.json'));
  fs.copyFileSync(path.join(ROOT, 'test', 'tsconfig.json'), path.join(dir, 'test', 'tsconfig.json'));
  fs.symlinkSync(path.join(ROOT, 'src'), path.join(dir, 'src'));
  fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'));
  return dir;
}

interface Flow {
  deploy(): Promise<RunResult>;
  diff(): Promise<RunResult>;
  destroy(): Promise<RunResult>;
}

/** What `cdktf deploy/diff/destroy` run, without cdktf-cli. */
function terraformFlow(exampleDir: string, env: Record<string, string>): Flow {
  const stackDir = path.join(exampleDir, 'cdktf.out', 'stacks', STACK);
  const tf = (args: string[]) => runTerraform(args, stackDir, env, 300_000);
  return {
    deploy: async () => {
      // cdktf synth: the app runs from the project directory (cdktf.json "app"), so the local
      // backend's state file is <project>/terraform.<stack>.tfstate.
      const cwd = process.cwd();
      process.chdir(exampleDir);
      try {
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        const { buildApp } = require(path.join(exampleDir, 'main.ts'));
        buildApp(path.join(exampleDir, 'cdktf.out')).synth();
      } finally {
        process.chdir(cwd);
      }
      const init = await tf(['init', '-input=false', '-no-color']);
      if (init.code !== 0) return init;
      return tf(['apply', '-auto-approve', '-input=false', '-no-color']);
    },
    diff: () => tf(['plan', '-detailed-exitcode', '-input=false', '-no-color']),
    destroy: () => tf(['destroy', '-auto-approve', '-input=false', '-no-color']),
  };
}

/** The real cdktf-cli commands, as the README shows them. */
function cliFlow(exampleDir: string, env: Record<string, string>): Flow {
  const cdktf = (args: string[]) => new Promise<RunResult>((resolve) => {
    execFile(CDKTF_CLI!, args, { cwd: exampleDir, env: { ...terraformEnv(), ...env, CI: '1', FORCE_COLOR: '0' }, maxBuffer: 64 * 1024 * 1024, timeout: 300_000 }, (err, stdout, stderr) => {
      resolve({ code: err ? (typeof (err as any).code === 'number' ? (err as any).code : 1) : 0, stdout, stderr });
    });
  });
  return {
    deploy: () => cdktf(['deploy', '--auto-approve', '--skip-provider-lock']),
    // cdktf diff exits 0 whether or not there are changes: the stack's plan says which.
    diff: async () => {
      const r = await cdktf(['diff', '--skip-provider-lock']);
      return { ...r, code: r.code !== 0 ? 1 : /No changes/.test(r.stdout) ? 0 : 2 };
    },
    destroy: () => cdktf(['destroy', '--auto-approve']),
  };
}

describe(`examples/cos through ${CDKTF_CLI ? 'cdktf-cli' : 'the terraform commands cdktf-cli runs'}: deploy, diff, destroy`, () => {
  const dir = project();
  const exampleDir = path.join(dir, 'examples', 'cos');
  const store = CloudStore.create();
  const env = { TF_CLI_CONFIG_FILE: providerConfig().mirrorRc, ...store.env() };
  const flow = CDKTF_CLI ? cliFlow(exampleDir, env) : terraformFlow(exampleDir, env);
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('deploy --auto-approve applies, offline through the mirror (a lock file is written); the state sits beside the project', async () => {
    const r = await flow.deploy();
    expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: '' });
    // The track and its name marker, the bucket, its deny-delete policy and its multi-AZ guard.
    expect(r.stdout).toMatch(/Apply complete! Resources: 5 added, 0 changed, 0 destroyed/);
    expect(fs.existsSync(path.join(exampleDir, 'cdktf.out', 'stacks', STACK, '.terraform.lock.hcl'))).toBe(true);
    expect(fs.existsSync(path.join(exampleDir, `terraform.${STACK}.tfstate`))).toBe(true);
  });

  test('the cloud holds what the README promises: the track records everything, the bucket is private, versioned, AES256, 365 days', () => {
    const tracks = tracksIn(store);
    expect(Object.keys(tracks)).toEqual(['org-audit']);
    expect(tracks['org-audit']).toMatchObject({
      type: 'tencentcloud_audit_track',
      action_type: '*',
      resource_type: '*',
      event_names: ['*'],
      status: 1,
      storage: [{ storage_type: 'cos', storage_region: 'ap-hongkong', storage_name: 'org-audit-logs', storage_prefix: 'cloudaudit' }],
    });
    const buckets = store.all('tencentcloud_cos_bucket');
    // Named <bucketName>-<APPID>, the APPID read from data.tencentcloud_user_info.
    expect(Object.keys(buckets)).toEqual(['org-audit-logs-1250000000']);
    const b = buckets['org-audit-logs-1250000000'];
    expect({ acl: b.acl, versioning: b.versioning_enable, encryption: b.encryption_algorithm, forceClean: b.force_clean }).toEqual({ acl: 'private', versioning: true, encryption: 'AES256', forceClean: false });
    expect(b.lifecycle_rules).toEqual([expect.objectContaining({
      filter_prefix: 'cloudaudit/', expiration: [expect.objectContaining({ days: 365 })], non_current_expiration: [{ non_current_days: 365 }],
    })]);
  });

  test('diff: no changes', async () => {
    const r = await flow.diff();
    expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: '' });
  });

  test('destroy stops at prevent_destroy on the bucket, before anything is destroyed (docs/operations.md)', async () => {
    const r = await flow.destroy();
    expect(r.code).not.toBe(0);
    expect(`${r.stdout}\n${r.stderr}`.replace(/\s+/g, ' ')).toContain('has lifecycle.prevent_destroy set');
    expect(Object.keys(tracksIn(store))).toEqual(['org-audit']);
    expect(Object.keys(store.all('tencentcloud_cos_bucket'))).toEqual(['org-audit-logs-1250000000']);
  });
});
