/**
 * The pipeline flow on every example, against the provider double and its cloud store: each
 * stack is initialised offline (the double's filesystem mirror; a lock file is written), applied
 * with `-auto-approve`, and planned again with `-detailed-exitcode`: exit 0, "No changes". The
 * cloud store then holds the tracking sets the example declares.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { CloudStore, Workspace } from '../support/cloud-store';
import { stackDirs } from '../support/terraform';

jest.setTimeout(600_000);

const EXAMPLES_DIR = path.join(__dirname, '..', '..', 'examples');
const examples = fs.readdirSync(EXAMPLES_DIR).filter((d) => fs.existsSync(path.join(EXAMPLES_DIR, d, 'main.ts'))).sort();
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'cloudaudit-lifecycle-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

interface Applied {
  readonly stack: string;
  readonly config: any;
  readonly apply: { code: number; stderr: string };
  readonly replan: { code: number; stdout: string; stderr: string };
  readonly lock: boolean;
}

/** Synthesizes an example and runs init, apply and plan on each of its stacks, one store per example. */
async function deploy(name: string): Promise<{ store: CloudStore; stacks: Applied[] }> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { buildApp } = require(path.join(EXAMPLES_DIR, name, 'main.ts'));
  const outdir = path.join(root, name);
  buildApp(outdir).synth();
  const store = CloudStore.create();
  const stacks: Applied[] = [];
  // The local state files (and the cross-stack references to them) sit beside the output, as
  // `cdktf deploy` leaves them; stacks that read another stack's state come after it.
  const cwd = `${process.cwd()}${path.sep}`;
  const configs = stackDirs(outdir).map((dir) => ({
    dir,
    config: JSON.parse(fs.readFileSync(path.join(dir, 'cdk.tf.json'), 'utf8').split(JSON.stringify(cwd).slice(1, -1) + 'terraform.').join(JSON.stringify(`${outdir}${path.sep}`).slice(1, -1) + 'terraform.')),
  }));
  configs.sort((a, b) => Number(a.config.data?.terraform_remote_state !== undefined) - Number(b.config.data?.terraform_remote_state !== undefined));
  for (const { dir, config } of configs) {
    const ws = await Workspace.create(config, store, { keepBackend: true });
    const apply = await ws.apply();
    const replan = await ws.plan();
    stacks.push({ stack: path.basename(dir), config, apply, replan, lock: fs.existsSync(path.join(ws.dir, '.terraform.lock.hcl')) });
  }
  return { store, stacks };
}

const results = new Map<string, { store: CloudStore; stacks: Applied[] }>();
beforeAll(async () => {
  const queue = [...examples];
  await Promise.all([0, 1].map(async () => {
    for (let e = queue.shift(); e !== undefined; e = queue.shift()) results.set(e, await deploy(e));
  }));
});

describe.each(examples)('examples/%s', (name) => {
  test('every stack: init offline (lock file), apply, then plan -detailed-exitcode says no changes', () => {
    const { stacks } = results.get(name)!;
    expect(stacks.length).toBeGreaterThan(0);
    for (const s of stacks) {
      expect({ stack: s.stack, apply: s.apply.code, error: s.apply.stderr }).toEqual({ stack: s.stack, apply: 0, error: '' });
      expect({ stack: s.stack, replan: s.replan.code, error: s.replan.stderr }).toEqual({ stack: s.stack, replan: 0, error: '' });
      expect(s.replan.stdout).toContain('No changes.');
      expect(s.lock).toBe(true);
    }
  });

  test('the cloud store holds every tracking set the stacks declare, with their settings', () => {
    const { store, stacks } = results.get(name)!;
    const declared = stacks.flatMap((s) => ['tencentcloud_audit_track', 'tencentcloud_events_audit_track'].flatMap((type) =>
      Object.values<any>(s.config.resource?.[type] ?? {}).map((r) => ({ type, name: r.name, status: r.status }))));
    const accounts = fs.readdirSync(store.dir).filter((d) => fs.statSync(path.join(store.dir, d)).isDirectory());
    const stored = accounts.flatMap((a) => ['tencentcloud_audit_track', 'tencentcloud_events_audit_track'].flatMap((type) =>
      Object.values(store.all(type, a)).map((r) => ({ type, name: r.name, status: r.status }))));
    const key = (x: { name: string }) => x.name;
    expect(stored.sort((a, b) => key(a).localeCompare(key(b)))).toEqual(declared.sort((a, b) => key(a).localeCompare(key(b))));
  });
});

test('examples/detections: the apply created the topic\'s CLS index, keyed by the topic ID, with exactly the fields the alarms query', () => {
  const { store, stacks } = results.get('detections')!;
  const accounts = fs.readdirSync(store.dir).filter((d) => fs.statSync(path.join(store.dir, d)).isDirectory());
  const topics = accounts.flatMap((a) => Object.keys(store.all('tencentcloud_cls_topic', a)));
  const indexes = accounts.flatMap((a) => Object.entries(store.all('tencentcloud_cls_index', a)));
  expect(indexes.map(([id]) => id)).toEqual(topics);
  const declared = Object.values<any>(stacks[0].config.resource.tencentcloud_cls_index)[0].rule.key_value.key_values.map((k: any) => k.key);
  const stored = (one(indexes[0][1].rule).key_value as any[])[0].key_values.map((k: any) => `${k.key}:${one(k.value).type}:${one(k.value).sql_flag}`);
  expect(stored).toEqual(declared.map((k: string) => `${k}:${['errorCode', 'eventPlatform'].includes(k) ? 'long' : 'text'}:true`));
  expect(declared).toEqual(['errorCode', 'eventName', 'eventPlatform', 'resourceType', 'sourceIPAddress', 'userIdentity.principalId', 'userIdentity.type']);
});

/** A block as the store holds it: one object or a one-element list. */
function one(v: any): any {
  return Array.isArray(v) ? v[0] : v;
}

test('the CLS topics hold the retention the README promises: the default 180 days (cls-alarms), or as declared (cls: 365, hot 30)', () => {
  const topics = (name: string) => Object.values(results.get(name)!.store.all('tencentcloud_cls_topic'));
  expect(topics('cls-alarms').map((t) => t.period)).toEqual([180]);
  expect(topics('cls').map((t) => ({ period: t.period, hot: t.hot_period }))).toEqual([{ period: 365, hot: 30 }]);
});
