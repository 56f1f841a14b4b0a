import { checkConformance } from './support';

const track = {
  name: 'org-audit',
  action_type: '*',
  resource_type: '*',
  event_names: ['*'],
  status: 1,
  storage: { storage_type: 'cos', storage_region: 'ap-guangzhou', storage_name: 'logs', storage_prefix: 'cloudaudit' },
};
const doc = (resource: any, extra: any = {}) => ({ resource, ...extra });

describe('schema-conformance checker', () => {
  test('accepts a conforming document, with meta-arguments and expressions', () => {
    expect(checkConformance(doc({
      tencentcloud_audit_track: { t: { ...track, depends_on: ['tencentcloud_cos_bucket.b'], status: '${var.s}' } },
      tencentcloud_cos_bucket: { b: { bucket: 'logs-1250000000', versioning_enable: true, lifecycle: { prevent_destroy: true } } },
    }, { provider: { tencentcloud: [{ region: 'ap-guangzhou', alias: 'gz' }] } }))).toEqual([]);
  });
  test('refuses a hand-made bad document, naming every problem', () => {
    const problems = checkConformance(doc({
      tencentcloud_audit_track: {
        t: {
          action_type: '*',
          resource_type: 7,
          event_names: '*',
          status: 'on',
          colour: 'red',
          storage: [{ storage_type: 'cos' }, { storage_type: 'cls' }],
        },
      },
      tencentcloud_cos_bucket: { b: { bucket: 'x-1250000000', cos_bucket_url: 'https://…' } },
      tencentcloud_nonexistent: { n: {} },
    }, { data: { tencentcloud_user_info: { u: { app_id: '1' } } }, provider: { aws: [{}] } }));
    const text = problems.join('\n');
    expect(text).toContain('tencentcloud_audit_track.t.name: required attribute missing');
    expect(text).toContain('tencentcloud_audit_track.t.resource_type: expected string');
    expect(text).toContain('tencentcloud_audit_track.t.event_names: expected set');
    expect(text).toContain('tencentcloud_audit_track.t.status: expected number');
    expect(text).toContain('tencentcloud_audit_track.t.colour: unknown attribute or block');
    expect(text).toContain('tencentcloud_audit_track.t.storage: 2 blocks, at most 1');
    expect(text).toContain('storage[0].storage_name: required attribute missing');
    expect(text).toContain('tencentcloud_cos_bucket.b.cos_bucket_url: computed-only attribute cannot be set');
    expect(text).toContain('resource.tencentcloud_nonexistent: not in the provider schema');
    expect(text).toContain('data.tencentcloud_user_info.u.app_id: computed-only attribute cannot be set');
    expect(text).toContain('provider.aws: unknown provider');
  });
  test('refuses a missing required block', () => {
    const { storage: _s, ...noStorage } = track;
    expect(checkConformance(doc({ tencentcloud_audit_track: { t: noStorage } }))).toEqual([
      'resource.tencentcloud_audit_track.t.storage: required block missing',
    ]);
  });
  test('refuses "${…}" in replace_triggered_by (Terraform rejects it at init)', () => {
    expect(checkConformance(doc({ tencentcloud_audit_track: { t: { ...track, lifecycle: { replace_triggered_by: ['${terraform_data.m}'] } } } })))
      .toEqual([expect.stringContaining('is not a bare address')]);
  });
  test('refuses a wrong provider source', () => {
    expect(checkConformance(doc({ tencentcloud_audit_track: { t: track } }, { terraform: { required_providers: { tencentcloud: { source: 'hashicorp/tencentcloud' } } } })))
      .toEqual([expect.stringContaining('is not tencentcloudstack/tencentcloud')]);
  });
});
