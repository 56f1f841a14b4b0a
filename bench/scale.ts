/**
 * The review at monorepo scale: generated inputs of N resources in the three forms the review
 * reads at scale (a folder of `.tf` files, a `.tf.json` file, a `terraform show -json` plan), and
 * an in-process measurement of reading and reviewing them (`measure`, run in a plain node child by
 * bench.ts so every figure is compiled JavaScript, after one warm-up run).
 *
 * The resources are what a platform team's repository holds: one tracking set and its bucket in
 * every `cloudAuditEvery` resources, the rest CVM instances with tags and disks (nothing any rule
 * reads). 100 resources per `.tf` file.
 *
 * Transpiled by bench.ts into .bench/scale.js (like workload.ts); the review is loaded from the
 * library root given (lib/), never imported statically.
 */
import * as fs from 'fs';
import * as path from 'path';

const PROVIDER = 'registry.terraform.io/tencentcloudstack/tencentcloud';

/** The i-th resource pair of a workload, as HCL. */
function hclTrack(i: number): string {
  return `resource "tencentcloud_cos_bucket" "b${i}" {
  bucket            = "audit-${i}-1250000000"
  acl               = "private"
  versioning_enable = true
  tags = {
    team = "platform"
  }
}

resource "tencentcloud_audit_track" "t${i}" {
  name                 = "track-${i}"
  action_type          = "*"
  resource_type        = "*"
  status               = 1
  event_names          = ["*"]
  read_write_attribute = 3
  storage {
    storage_type   = "cos"
    storage_region = var.region
    storage_name   = tencentcloud_cos_bucket.b${i}.bucket
    storage_prefix = "cloudaudit"
  }
}

`;
}

function hclInstance(i: number): string {
  return `resource "tencentcloud_instance" "vm${i}" {
  instance_name     = "vm-${i}"
  availability_zone = var.zone
  image_id          = "img-9qabwvbn"
  instance_type     = "S5.MEDIUM2"
  system_disk_type  = "CLOUD_PREMIUM"
  system_disk_size  = 50
  vpc_id            = "vpc-abc12345"
  subnet_id         = "subnet-abc12345"
  security_groups   = ["sg-abc12345"]
  data_disks {
    data_disk_type = "CLOUD_PREMIUM"
    data_disk_size = 100
    encrypt        = true
  }
  tags = {
    team  = "platform"
    index = "${i}"
  }
}

`;
}

/** Writes a root module of `n` resources (one track and bucket in every `every`); returns its bytes. */
export function writeHclFolder(dir: string, n: number, every = 50): number {
  fs.mkdirSync(dir, { recursive: true });
  let bytes = 0;
  const write = (name: string, text: string) => {
    fs.writeFileSync(path.join(dir, name), text);
    bytes += Buffer.byteLength(text);
  };
  write('variables.tf', 'variable "region" {\n  default = "ap-guangzhou"\n}\n\nvariable "zone" {\n  default = "ap-guangzhou-3"\n}\n');
  write('providers.tf', 'provider "tencentcloud" {\n  region = var.region\n}\n');
  let file: string[] = [];
  let count = 0;
  let f = 0;
  for (let i = 0; i < n;) {
    if (i % every === 0 && i + 1 < n) {
      file.push(hclTrack(i));
      i += 2;
    } else {
      file.push(hclInstance(i));
      i++;
    }
    if (++count % 100 === 0) {
      write(`main-${String(f++).padStart(4, '0')}.tf`, file.join(''));
      file = [];
    }
  }
  if (file.length > 0) write(`main-${String(f).padStart(4, '0')}.tf`, file.join(''));
  return bytes;
}

function jsonTrack(i: number): Record<string, Record<string, unknown>> {
  return {
    tencentcloud_cos_bucket: { [`b${i}`]: { bucket: `audit-${i}-1250000000`, acl: 'private', versioning_enable: true, tags: { team: 'platform' } } },
    tencentcloud_audit_track: {
      [`t${i}`]: {
        name: `track-${i}`, action_type: '*', resource_type: '*', status: 1, event_names: ['*'], read_write_attribute: 3,
        storage: { storage_type: 'cos', storage_region: 'ap-guangzhou', storage_name: `\${tencentcloud_cos_bucket.b${i}.bucket}`, storage_prefix: 'cloudaudit' },
      },
    },
  };
}

function instanceValues(i: number): Record<string, unknown> {
  return {
    instance_name: `vm-${i}`, availability_zone: 'ap-guangzhou-3', image_id: 'img-9qabwvbn', instance_type: 'S5.MEDIUM2',
    system_disk_type: 'CLOUD_PREMIUM', system_disk_size: 50, vpc_id: 'vpc-abc12345', subnet_id: 'subnet-abc12345', security_groups: ['sg-abc12345'],
    data_disks: [{ data_disk_type: 'CLOUD_PREMIUM', data_disk_size: 100, encrypt: true }], tags: { team: 'platform', index: String(i) },
  };
}

/** Writes a pretty-printed `.tf.json` of `n` resources (as people and generators write it); returns its bytes. */
export function writeTfJson(file: string, n: number, every = 50): number {
  const resource: Record<string, Record<string, unknown>> = { tencentcloud_instance: {}, tencentcloud_cos_bucket: {}, tencentcloud_audit_track: {} };
  for (let i = 0; i < n;) {
    if (i % every === 0 && i + 1 < n) {
      for (const [type, byName] of Object.entries(jsonTrack(i))) Object.assign(resource[type], byName);
      i += 2;
    } else {
      resource.tencentcloud_instance[`vm${i}`] = instanceValues(i);
      i++;
    }
  }
  const text = JSON.stringify({ provider: { tencentcloud: [{ region: 'ap-guangzhou' }] }, resource }, null, 2);
  fs.writeFileSync(file, text);
  return Buffer.byteLength(text);
}

/**
 * Writes a `terraform show -json` plan creating `n` resources, in Terraform's compact form and key
 * order; one track and bucket in every `every` resources (every = 2: a plan that is all CloudAudit).
 */
export function writePlan(file: string, n: number, every = 50): number {
  const planned: string[] = [];
  const changes: string[] = [];
  const add = (type: string, name: string, values: Record<string, unknown>) => {
    const address = `${type}.${name}`;
    planned.push(JSON.stringify({ address, mode: 'managed', type, name, provider_name: PROVIDER, schema_version: 0, values, sensitive_values: {} }));
    changes.push(JSON.stringify({ address, mode: 'managed', type, name, provider_name: PROVIDER, change: { actions: ['create'], before: null, after: values, after_unknown: { id: true }, before_sensitive: false, after_sensitive: {} } }));
  };
  for (let i = 0; i < n;) {
    if (i % every === 0 && i + 1 < n) {
      add('tencentcloud_cos_bucket', `b${i}`, { bucket: `audit-${i}-1250000000`, acl: 'private', versioning_enable: true, force_clean: false, encryption_algorithm: 'AES256', tags: { team: 'platform' } });
      add('tencentcloud_audit_track', `t${i}`, {
        name: `track-${i}`, action_type: '*', resource_type: '*', event_names: ['*'], status: 1, track_for_all_members: 0,
        storage: [{ storage_type: 'cos', storage_region: 'ap-guangzhou', storage_name: `audit-${i}`, storage_prefix: 'cloudaudit', storage_account_id: '', storage_app_id: '', compress: 0 }],
      });
      i += 2;
    } else {
      add('tencentcloud_instance', `vm${i}`, instanceValues(i));
      i++;
    }
  }
  const text = `{"format_version":"1.2","terraform_version":"1.11.4","planned_values":{"root_module":{"resources":[${planned.join(',')}]}},"resource_changes":[${changes.join(',')}],"configuration":{"provider_config":{"tencentcloud":{"name":"tencentcloud","full_name":"${PROVIDER}"}},"root_module":{}},"timestamp":"2026-12-01T00:00:00Z","applyable":true,"complete":true,"errored":false}\n`;
  fs.writeFileSync(file, text);
  return Buffer.byteLength(text);
}

export interface Measured {
  readonly ms: number;
  readonly resources: number;
  readonly findings: number;
  /** JSON.parse of the same file in the same process (JSON inputs). */
  readonly parseMs?: number;
}

/**
 * Reads and reviews `input` in this process (median of `rounds`), after one warm-up run on
 * `warmUp`. `libRoot`: the library (lib/).
 */
export function measure(libRoot: string, input: string, warmUp: string, rounds: number): Measured {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { loadPath } = require(path.join(libRoot, 'review', 'load')) as typeof import('../src/review/load');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { review } = require(path.join(libRoot, 'review', 'engine')) as typeof import('../src/review/engine');
  const once = (p: string) => {
    const docs = loadPath(p);
    let findings = 0;
    let resources = 0;
    for (const d of docs) {
      resources += d.resources.length;
      findings += review(d).findings.length;
    }
    return { resources, findings };
  };
  for (let w = 0; w < 3; w++) once(warmUp);
  const times: number[] = [];
  let last = { resources: 0, findings: 0 };
  for (let r = 0; r < rounds; r++) {
    (globalThis as any).gc?.();
    const t0 = process.hrtime.bigint();
    last = once(input);
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  let parseMs: number | undefined;
  if (input.endsWith('.json')) {
    const parse: number[] = [];
    for (let r = 0; r < rounds; r++) {
      (globalThis as any).gc?.();
      const t0 = process.hrtime.bigint();
      JSON.parse(fs.readFileSync(input, 'latin1'));
      parse.push(Number(process.hrtime.bigint() - t0) / 1e6);
    }
    parseMs = median(parse);
  }
  return { ms: median(times), ...last, parseMs };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Peak RSS (bytes) and wall time (ms) of one process, through GNU time; undefined RSS without it. */
export function timedProcess(argv: readonly string[], cwd: string, timeoutMs = 600_000): { ms: number; rss?: number; code: number | null } {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { spawnSync } = require('child_process') as typeof import('child_process');
  const gnuTime = fs.existsSync('/usr/bin/time');
  const cmd = gnuTime ? ['/usr/bin/time', '-f', '%M', ...argv] : [...argv];
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd[0], cmd.slice(1), { cwd, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'], timeout: timeoutMs, maxBuffer: 256 * 1024 * 1024 });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const rss = gnuTime ? Number(String(r.stderr).trim().split('\n').pop()) * 1024 || undefined : undefined;
  return { ms, rss, code: r.status };
}
