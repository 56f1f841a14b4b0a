/**
 * The selective plan reader (src/review/plan-text.ts parsePlanSelectively) changes nothing the
 * review says: on large plans as Terraform writes them (module addresses, for_each keys with
 * escapes, deletions, data sources, an object in a value that looks like a change), the
 * findings, deleted tracks and resources are those of reading the whole plan; anything else is
 * read whole.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { review } from '../../src/review/engine';
import { loadPath } from '../../src/review/load';
import { toDocument } from '../../src/review/normalize';
import { parsePlanSelectively } from '../../src/review/plan-text';
import { readsType } from '../../src/review/reads';

const PROVIDER = 'registry.terraform.io/tencentcloudstack/tencentcloud';

/** A change with its keys in Terraform's order (address, module_address, mode, type, name, index, provider_name, change). */
function change(
  address: string, type: string, name: string, actions: string[], after: unknown, extra: { module_address?: string; index?: string } = {},
): Record<string, unknown> {
  const body = { actions, before: actions.includes('delete') ? { name } : null, after, after_unknown: {}, before_sensitive: false, after_sensitive: {} };
  return {
    address,
    ...(extra.module_address ? { module_address: extra.module_address } : {}),
    mode: 'managed',
    type,
    name,
    ...(extra.index ? { index: extra.index } : {}),
    provider_name: PROVIDER,
    change: body,
  };
}

/** A plan of `n` CVM instances around the interesting changes, in Terraform's compact form. */
function plan(n: number, fakeChange = false): string {
  const changes: unknown[] = [];
  const planned: unknown[] = [];
  const add = (c: any) => {
    changes.push(c);
    if (c.change.after) planned.push({ address: c.address, mode: 'managed', type: c.type, name: c.name, provider_name: PROVIDER, schema_version: 0, values: c.change.after });
  };
  for (let i = 0; i < n; i++) {
    // One instance carries an object that starts like a change, in a value.
    const fake = fakeChange && i === 7 ? { nested: { address: 'tencentcloud_audit_track.fake', mode: 'managed', type: 'tencentcloud_audit_track', name: 'fake', provider_name: PROVIDER, change: { actions: ['delete'] } } } : {};
    add(change(`tencentcloud_instance.vm${i}`, 'tencentcloud_instance', `vm${i}`, ['create'], { instance_name: `vm-${i}`, image_id: 'img-1', tags: { team: 'p', i: String(i) }, ...fake }));
  }
  add(change('module.audit.tencentcloud_cos_bucket.logs["a\\"b"]', 'tencentcloud_cos_bucket', 'logs', ['create'], { bucket: 'audit-logs-1250000000', acl: 'public-read', versioning_enable: false }, { module_address: 'module.audit', index: 'a"b' }));
  add(change('module.audit.tencentcloud_audit_track.t', 'tencentcloud_audit_track', 't', ['create'], { name: 't', action_type: '*', resource_type: '*', event_names: ['*'], status: 0, storage: [{ storage_type: 'cos', storage_region: 'ap-guangzhou', storage_name: 'audit-logs', storage_prefix: 'x' }] }, { module_address: 'module.audit' }));
  add(change('tencentcloud_audit_track.old', 'tencentcloud_audit_track', 'old', ['delete'], null));
  add(change('tencentcloud_instance.gone', 'tencentcloud_instance', 'gone', ['delete'], null));
  add({ ...change('data.tencentcloud_user_info.me', 'tencentcloud_user_info', 'me', ['read'], { app_id: 1250000000 }), mode: 'data' });
  const doc = {
    format_version: '1.2',
    terraform_version: '1.11.4',
    planned_values: { root_module: { resources: planned } },
    resource_changes: changes,
    configuration: { provider_config: { tencentcloud: { name: 'tencentcloud', full_name: PROVIDER } }, root_module: {} },
    timestamp: '2026-12-01T00:00:00Z',
    applyable: true,
    complete: true,
    errored: false,
  };
  return JSON.stringify(doc);
}

function findings(docs: ReturnType<typeof loadPath>): string[] {
  return docs.flatMap((d) => review(d).findings.map((f) => `${f.ruleId} ${f.code ?? ''} ${f.address ?? ''} ${f.message}`));
}

describe('the selective plan reader', () => {
  const text = plan(6000);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'plan-selective-')), 'plan.json');
  fs.writeFileSync(file, text);

  test('the plan is large enough to be read selectively, and is', () => {
    expect(text.length).toBeGreaterThan(1024 * 1024);
    const selective = parsePlanSelectively(text, readsType, () => undefined) as any;
    expect(selective).toBeDefined();
    // The instances are heads only; the tracks and buckets are whole.
    const vm = selective.resource_changes.find((rc: any) => rc.address === 'tencentcloud_instance.vm7');
    expect(vm.change.after).toEqual({});
    const bucket = selective.resource_changes.find((rc: any) => rc.type === 'tencentcloud_cos_bucket');
    expect(bucket.address).toBe('module.audit.tencentcloud_cos_bucket.logs["a\\"b"]');
    expect(bucket.change.after.acl).toBe('public-read');
    expect(selective.resource_changes).toHaveLength(6005);
  });

  test('the same findings, deleted tracks and addresses as reading the whole plan', () => {
    const docs = loadPath(file);
    const whole = toDocument(JSON.parse(text), file)!;
    expect(findings(docs)).toEqual(findings([whole]));
    expect(findings(docs).length).toBeGreaterThan(2);
    expect(docs[0].deletedTracks).toEqual(['tencentcloud_audit_track.old']);
    expect(docs[0].deletedTracks).toEqual(whole.deletedTracks);
    expect(docs[0].resources.map((r) => r.address)).toEqual(whole.resources.map((r) => r.address));
  });

  test('a plan not in Terraform\'s compact form is read whole (and the same)', () => {
    const pretty = JSON.stringify(JSON.parse(text), null, 1);
    expect(parsePlanSelectively(pretty, readsType, () => undefined)).toBeUndefined();
    // A change written in another key order would fall inside its neighbour's text: refused.
    const at = text.lastIndexOf('{"address":"tencentcloud_instance.vm3","mode":"managed"');
    const reordered = `${text.slice(0, at)}{"mode":"managed","address":"tencentcloud_instance.vm3"${text.slice(at + '{"address":"tencentcloud_instance.vm3","mode":"managed"'.length)}`;
    expect(parsePlanSelectively(reordered, readsType, () => undefined)).toBeUndefined();
    const del = text.lastIndexOf('{"address":"tencentcloud_audit_track.old","mode":"managed"');
    const hidden = `${text.slice(0, del)}{"mode":"managed","address":"tencentcloud_audit_track.old"${text.slice(del + '{"address":"tencentcloud_audit_track.old","mode":"managed"'.length)}`;
    expect(parsePlanSelectively(hidden, readsType, () => undefined)).toBeUndefined();
    const f2 = path.join(path.dirname(file), 'pretty.json');
    fs.writeFileSync(f2, pretty);
    expect(findings(loadPath(f2))).toEqual(findings(loadPath(file)));
  });

  test('an object in a value that starts like a change: read whole, the same', () => {
    const odd = plan(6000, true);
    expect(parsePlanSelectively(odd, readsType, () => undefined)).toBeUndefined();
    const f3 = path.join(path.dirname(file), 'odd.json');
    fs.writeFileSync(f3, odd);
    const docs = loadPath(f3);
    expect(docs[0].resources.some((r) => r.address === 'tencentcloud_audit_track.fake')).toBe(false);
    expect(findings(docs)).toEqual(findings([toDocument(JSON.parse(odd), f3)!]));
  });

  test('a check refusing a parsed piece (nesting) sends the plan to the whole reading', () => {
    expect(parsePlanSelectively(text, readsType, () => {
      throw new RangeError('nested');
    })).toBeUndefined();
  });
});
