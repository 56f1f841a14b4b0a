/**
 * Large plans are parsed without planned_values when every planned resource has a change: the
 * review must see exactly what it sees when it parses the whole plan.
 */
import { fromPlan } from '../../src/review/normalize';
import { parsePlanWithoutPlannedValues } from '../../src/review/plan-text';

const PROVIDER = 'registry.terraform.io/tencentcloudstack/tencentcloud';

/** A compact plan as terraform show -json writes it, over 1 MB. */
function plan(opts: { extraPlanned?: boolean; nestedAddress?: object } = {}): string {
  const planned: object[] = [];
  const changes: object[] = [];
  for (let i = 0; i < 2500; i++) {
    const values = { bucket: `logs-${i}-1250000000`, acl: 'private', tags: { owner: 'audit-team-with-a-long-name' }, lifecycle_rules: [{ expiration: [{ days: 400 }], filter_prefix: 'cloudaudit/' }] };
    const address = i % 2 ? `tencentcloud_cos_bucket.b["k${i}"]` : `module.m.tencentcloud_cos_bucket.b[${i}]`;
    planned.push({ address, mode: 'managed', type: 'tencentcloud_cos_bucket', name: 'b', provider_name: PROVIDER, values });
    changes.push({ address, mode: 'managed', type: 'tencentcloud_cos_bucket', name: 'b', provider_name: PROVIDER, change: { actions: ['create'], before: null, after: values, after_unknown: { id: true } } });
  }
  planned.push({ address: 'data.tencentcloud_user_info.me', mode: 'data', type: 'tencentcloud_user_info', name: 'me', values: { app_id: 1250000000 } });
  if (opts.extraPlanned) planned.push({ address: 'tencentcloud_cls_topic.only_planned', mode: 'managed', type: 'tencentcloud_cls_topic', name: 'only_planned', values: { period: 7 } });
  if (opts.nestedAddress) (planned[0] as any).values.origin = [opts.nestedAddress];
  const doc = {
    format_version: '1.2',
    terraform_version: '1.9.8',
    planned_values: { root_module: { resources: planned } },
    resource_changes: changes,
    configuration: { provider_config: { tencentcloud: { name: 'tencentcloud', full_name: PROVIDER } } },
  };
  const text = JSON.stringify(doc);
  expect(text.length).toBeGreaterThan(1024 * 1024);
  return text;
}

describe('parsePlanWithoutPlannedValues', () => {
  test('a Terraform plan: the same resources as the whole plan, without planned_values', () => {
    const text = plan();
    const split = parsePlanWithoutPlannedValues(text) as any;
    expect(split).toBeDefined();
    expect(split.planned_values).toBeUndefined();
    expect(fromPlan(split, 'p.json')).toEqual(fromPlan(JSON.parse(text), 'p.json'));
  });

  test('values holding an "address" key are not taken for resources', () => {
    const text = plan({ nestedAddress: { address: '10.0.0.1', port: 80 } });
    const split = parsePlanWithoutPlannedValues(text) as any;
    expect(split).toBeDefined();
    expect(fromPlan(split, 'p.json')).toEqual(fromPlan(JSON.parse(text), 'p.json'));
  });

  test('a value that looks like a resource entry makes it parse the whole plan (undefined), never drop a resource', () => {
    expect(parsePlanWithoutPlannedValues(plan({ nestedAddress: { address: '10.0.0.1', mode: 'managed' } }))).toBeUndefined();
  });

  test('a resource only in planned_values: the whole plan is parsed (undefined)', () => {
    expect(parsePlanWithoutPlannedValues(plan({ extraPlanned: true }))).toBeUndefined();
  });

  test.each([
    ['pretty-printed', () => JSON.stringify(JSON.parse(plan()), null, 1)],
    ['small', () => JSON.stringify({ format_version: '1.2', planned_values: {}, resource_changes: [] })],
    ['truncated', () => plan().slice(0, -10)],
    ['another key order', () => { const d = JSON.parse(plan()); return JSON.stringify({ resource_changes: d.resource_changes, format_version: '1.2', planned_values: d.planned_values }); }],
  ])('%s: undefined, the caller parses the whole text', (_name, make) => {
    expect(parsePlanWithoutPlannedValues(make())).toBeUndefined();
  });
});
