/**
 * Issue 19, cloudaudit-review: repositories nobody here wrote, reviewed in CI where the exit code
 * gates a merge. Each case below is one the issue reproduced.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Testing, TerraformStack } from 'cdktf';
import { CosDestination, tencentcloud } from '../../src';
import { main } from '../../src/review/cli';
import { loadPath } from '../../src/review/load';
import { ReviewDocument } from '../../src/review/model';

function run(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = main(args, { stdout: (t) => { stdout += t; }, stderr: (t) => { stderr += t; } });
  process.exitCode = 0;
  return { code, stdout, stderr };
}

let tmp: string;
beforeEach(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ca-review-hostile-'));
});
afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** A folder with the given files (name -> content). */
function folder(files: Record<string, string>, dir = fs.mkdtempSync(path.join(tmp, 'tf-'))): string {
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

function load(dir: string): ReviewDocument {
  const docs = loadPath(dir);
  expect(docs).toHaveLength(1);
  return docs[0];
}

/** A tracking set with a broken name (CA101): every instance of it is an error finding. */
const brokenTrack = (forEach: string) => `
resource "tencentcloud_audit_track" "t" {
  for_each      = ${forEach}
  name          = "bad name \${each.key}"
  action_type   = "*"
  resource_type = "*"
  event_names   = ["*"]
  status        = 1
  storage {
    storage_type   = "cos"
    storage_region = "ap-guangzhou"
    storage_name   = "audit-logs"
    storage_prefix = "cloudaudit"
  }
}
`;

describe('__proto__ and other Object.prototype names are keys like any other', () => {
  const prototypeBefore = Object.getOwnPropertyNames(Object.prototype).sort();
  afterAll(() => expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeBefore));

  test('for_each = { "__proto__" = "x" } on a broken track: the instance is reviewed, exit 1', () => {
    const dir = folder({ 'main.tf': brokenTrack('{ "__proto__" = "x" }') });
    expect(load(dir).resources.map((r) => r.address)).toContain('tencentcloud_audit_track.t["__proto__"]');
    const r = run(dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('tencentcloud_audit_track.t["__proto__"]');
    expect(r.stdout).not.toContain('0 errors');
  });

  test('{__proto__=1, constructor=2, hasOwnProperty=3} gives 3 instances of 3', () => {
    const dir = folder({ 'main.tf': brokenTrack('{ "__proto__" = 1, constructor = 2, hasOwnProperty = 3 }') });
    const addresses = load(dir).resources.filter((r) => r.type === 'tencentcloud_audit_track').map((r) => r.address).sort();
    expect(addresses).toEqual(['tencentcloud_audit_track.t["__proto__"]', 'tencentcloud_audit_track.t["constructor"]', 'tencentcloud_audit_track.t["hasOwnProperty"]']);
  });

  test('a for expression, merge() and tomap() keep the key; a grouped for over it does not throw', () => {
    const dir = folder({
      'main.tf': `
locals {
  keys    = ["__proto__", "constructor", "toString"]
  byFor   = { for k in local.keys : k => k }
  merged  = merge({ "__proto__" = "a" }, { constructor = "b" })
  grouped = { for k in local.keys : k => k... }
}
${brokenTrack('merge(local.byFor, local.merged, local.grouped)')}`,
    });
    const addresses = load(dir).resources.map((r) => r.address).sort();
    expect(addresses).toEqual(['__proto__', 'constructor', 'toString'].map((k) => `tencentcloud_audit_track.t["${k}"]`));
  });

  test('tags named __proto__ are kept (HCL and .tf.json)', () => {
    const hcl = folder({ 'main.tf': 'resource "tencentcloud_cos_bucket" "b" {\n  bucket = "audit-logs-1250000000"\n  tags = { "__proto__" = "x", team = "a" }\n}\n' });
    const tags = load(hcl).resources[0].values.tags;
    expect(Object.keys(tags).sort()).toEqual(['__proto__', 'team']);
    expect(Object.getOwnPropertyDescriptor(tags, '__proto__')?.value).toBe('x');
    const json = folder({ 'main.tf.json': '{"resource": {"tencentcloud_cos_bucket": {"b": {"bucket": "audit-logs-1250000000", "__proto__": {"acl": "public-read"}, "tags": {"__proto__": "x"}}}}}' });
    const r = load(json).resources[0];
    expect(Object.getOwnPropertyDescriptor(r.values.tags, '__proto__')?.value).toBe('x');
    // An attribute named __proto__ is an attribute: its keys are not inherited by the resource.
    expect(r.values.acl).toBeUndefined();
    expect(Object.keys(r.values).sort()).toEqual(['__proto__', 'bucket', 'tags']);
  });

  test('lookup(m, "constructor", default) of a map without that key gives the default, not Object', () => {
    const dir = folder({ 'main.tf': 'locals {\n  m = { a = 1 }\n}\nresource "tencentcloud_cos_bucket" "b" {\n  bucket = "x-${lookup(local.m, "constructor", "none")}"\n  acl = try(local.m.toString, "private")\n}\n' });
    const values = load(dir).resources[0].values;
    expect(values.bucket).toBe('x-none');
    expect(values.acl).toBe('private');
  });

  test('a module input named constructor is not the Object function', () => {
    const dir = folder({
      'main.tf': 'module "m" {\n  source = "./m"\n}\n',
      'm/main.tf': 'variable "constructor" {\n  default = "fine"\n}\nresource "tencentcloud_cos_bucket" "b" {\n  bucket = "x-${var.constructor}"\n}\n',
    });
    expect(load(dir).resources[0].values.bucket).toBe('x-fine');
  });

  test('a plan whose after_unknown names __proto__ pollutes nothing', () => {
    const plan = {
      format_version: '1.2',
      resource_changes: [{
        address: 'tencentcloud_cos_bucket.b',
        type: 'tencentcloud_cos_bucket',
        mode: 'managed',
        provider_name: 'registry.terraform.io/tencentcloudstack/tencentcloud',
        change: { after: { bucket: 'audit-logs-1250000000' }, after_unknown: JSON.parse('{"__proto__": {"polluted": true, "acl": true}}') },
      }],
    };
    const file = path.join(tmp, 'plan.json');
    fs.writeFileSync(file, JSON.stringify(plan));
    expect(fs.readFileSync(file, 'utf8')).toContain('"__proto__"');
    run(file);
    expect(({} as any).polluted).toBeUndefined();
    expect(({} as any).acl).toBeUndefined();
    const r = loadPath(file)[0].resources.find((x) => x.type === 'tencentcloud_cos_bucket')!;
    expect(r.values.acl).toBeUndefined();
  });

  test('construct props with a __proto__ tag are refused at synth (CA001), never dropped silently', () => {
    const s = new TerraformStack(Testing.app(), 'example');
    new tencentcloud.provider.TencentcloudProvider(s, 'tencentcloud', { region: 'ap-hongkong' });
    const tags = JSON.parse('{"__proto__": "x", "team": "a"}');
    expect(() => new CosDestination(s, 'Logs', { bucketName: 'audit-logs', region: 'ap-hongkong', appId: '1250000000', tags })).toThrow(/\[CA001 PropsInvalid\] example\/Logs: tags\.__proto__: a key named "__proto__" cannot be synthesized/);
  });
});
