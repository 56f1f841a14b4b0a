/**
 * The review on plans Terraform itself made: an HCL fixture is planned against the provider double
 * (nothing deployed, no data source read) and `terraform show -json` of that plan is reviewed.
 */
import * as fs from 'fs';
import * as path from 'path';
import { review } from '../../src/review/engine';
import { loadPath } from '../../src/review/load';
import { CloudStore } from '../support/cloud-store';
import { describeDiagnostics, planFolder } from '../support/terraform';

const HCL = path.join(__dirname, '..', 'fixtures', 'review', 'hcl');

jest.setTimeout(120_000);

describe('a plan of a module per team with for_each and of counted topics (examples/per-team)', () => {
  let result: ReturnType<typeof review>;

  beforeAll(async () => {
    const p = await planFolder(HCL, path.join('examples', 'per-team'));
    if (!p.ok) throw new Error(`examples/per-team does not plan:\n${describeDiagnostics(p.diagnostics)}`);
    const file = path.join(p.dir, 'plan.json');
    fs.writeFileSync(file, JSON.stringify(p.json));
    const docs = loadPath(file);
    expect(docs.map((d) => d.kind)).toEqual(['plan']);
    result = review(docs[0]);
  });

  const destination = (name: string) => result.tracks.find((t) => t.name === name)!.destination;

  test('each track is linked to the topic of its own module instance (the plan leaves the topic ID unknown)', () => {
    expect(destination('core-writes')).toMatchObject({ status: 'created', address: 'module.team["core"].tencentcloud_cls_topic.this', retention: '365 days' });
    expect(destination('data-writes')).toMatchObject({ status: 'created', address: 'module.team["data"].tencentcloud_cls_topic.this', retention: '30 days' });
  });

  test('a counted track is linked to the topic of its own index (topic[count.index])', () => {
    expect(destination('archive-reads-0')).toMatchObject({ status: 'created', address: 'tencentcloud_cls_topic.archive[0]', retention: 'permanent' });
    expect(destination('archive-reads-1')).toMatchObject({ status: 'created', address: 'tencentcloud_cls_topic.archive[1]', retention: '90 days' });
  });

  test('the findings are those of the HCL review, less what a plan does not carry (lifecycle)', () => {
    expect(result.findings.map((f) => `${f.ruleId} ${f.address}`)).toEqual([
      'STO-007 module.team["data"].tencentcloud_cls_topic.this',
      'STO-007 tencentcloud_cls_topic.archive[1]',
      'STO-008 tencentcloud_cos_bucket.logs',
    ]);
  });
});

/** What a review says of a document: each finding, and where each track delivers. */
function summary(r: ReturnType<typeof review>) {
  return {
    findings: r.findings.map((f) => `${f.ruleId} ${f.code ?? '-'} ${f.address}`),
    tracks: r.tracks.map((t) => `${t.name} -> ${t.destination.address}`),
  };
}

/** The review of an HCL fixture, and of the plan Terraform makes of it. */
async function bothWays(example: string) {
  const p = await planFolder(HCL, path.join('examples', example));
  if (!p.ok) throw new Error(`examples/${example} does not plan:\n${describeDiagnostics(p.diagnostics)}`);
  const file = path.join(p.dir, 'plan.json');
  fs.writeFileSync(file, JSON.stringify(p.json));
  return { plan: summary(review(loadPath(file)[0])), hcl: summary(review(loadPath(path.join(HCL, 'examples', example))[0])) };
}

describe('the review of an HCL folder and of the plan Terraform makes of it agree', () => {
  test('examples/references: the bucket argument carries the APPID (CA203), names come through [count.index]', async () => {
    const { plan, hcl } = await bothWays('references');
    expect(plan).toEqual({
      findings: ['API-005 CA203 tencentcloud_audit_track.by_reference', 'STO-008 - tencentcloud_cos_bucket.logs'],
      tracks: ['archive-0 -> tencentcloud_cls_topic.archive[0]', 'archive-1 -> tencentcloud_cls_topic.archive[1]', 'by-reference -> tencentcloud_cos_bucket.logs'],
    });
    expect(hcl).toEqual(plan);
  });

  test('examples/mistakes: every planted mistake, CA711 included (the alarm\'s topic ID is unknown in the plan, its configuration names the topic); STO-005 needs the lifecycle a plan does not carry', async () => {
    const { plan, hcl } = await bothWays('mistakes');
    expect(plan.findings.length).toBeGreaterThan(15);
    expect(plan.findings).toContain('API-015 CA711 tencentcloud_cls_alarm.key_changes');
    expect(plan).toEqual({ ...hcl, findings: hcl.findings.filter((f) => !f.startsWith('STO-005 ')) });
  });

  test('examples/nested: modules in modules (for_each, then count), each track to its own instance\'s topic', async () => {
    const { plan, hcl } = await bothWays('nested');
    const inner = (unit: string, copy: number, i: number) => `module.unit["${unit}"].module.inner[${copy}].tencentcloud_cls_topic.this[${i}]`;
    expect(plan.tracks).toEqual([
      `a-0-track0 -> ${inner('a', 0, 0)}`, `a-0-track1 -> ${inner('a', 0, 1)}`,
      `a-1-track0 -> ${inner('a', 1, 0)}`, `a-1-track1 -> ${inner('a', 1, 1)}`,
      `b-0-track0 -> ${inner('b', 0, 0)}`, `b-0-track1 -> ${inner('b', 0, 1)}`,
    ]);
    expect(plan.findings).toEqual([
      `STO-007 - ${inner('a', 0, 1)}`, `STO-007 - ${inner('a', 1, 1)}`, `STO-007 - ${inner('b', 0, 1)}`,
      'QTA-001 - module.unit["b"].module.inner[0].tencentcloud_audit_track.this[1]',
    ]);
    expect(hcl).toEqual(plan);
  });
});

/**
 * Folders of the review corpus (test/fixtures/review/corpus), planned against the provider double:
 * a data source is read from a cloud store holding the account (APPID 1250000000), so the plan
 * knows the bucket names the HCL review only knows in part.
 */
describe('the review of corpus folders and of the plans Terraform makes of them agree', () => {
  const CORPUS = path.join(__dirname, '..', 'fixtures', 'review', 'corpus');

  async function both(folder: string) {
    const store = CloudStore.create();
    store.setAccount({ uin: '100000000001', app_id: '1250000000' });
    const p = await planFolder(CORPUS, folder, store.env());
    if (!p.ok) throw new Error(`${folder} does not plan:\n${describeDiagnostics(p.diagnostics)}`);
    const file = path.join(p.dir, 'plan.json');
    fs.writeFileSync(file, JSON.stringify(p.json));
    return { plan: summary(review(loadPath(file)[0])), hcl: summary(review(loadPath(path.join(CORPUS, folder))[0])) };
  }

  test('01: a bucket named with the APPID of tencentcloud_user_info is the track\'s bucket, in the HCL and in the plan (which knows the APPID)', async () => {
    const { plan, hcl } = await both('01-user-info-bucket-ref');
    expect(hcl.tracks).toEqual(['org-trail -> tencentcloud_cos_bucket.trail']);
    expect(plan).toEqual({ ...hcl, findings: hcl.findings.filter((f) => !f.startsWith('STO-005 ')) });
    expect(plan.findings).toContain('API-005 CA203 tencentcloud_audit_track.org');
  });

  test('03: replace(bucket, "-${appid}", "") is known in the HCL, as the plan computes it', async () => {
    const { plan, hcl } = await both('03-replace-appid');
    expect(plan).toEqual(hcl);
    expect(plan.tracks).toEqual(['cloudaudit-prod -> tencentcloud_cos_bucket.audit']);
  });

  test('16: a bucket through another account\'s assume_role provider is CA504 in both', async () => {
    const { plan, hcl } = await both('16-cross-account-assume-role');
    expect(plan).toEqual(hcl);
    expect(plan.findings).toEqual(['API-009 CA504 tencentcloud_audit_track.security']);
  });

  test('19: an alarm on eventName, on a topic no track delivers to, is CA711 in both', async () => {
    const { plan, hcl } = await both('19-cls-alarm-no-track');
    expect(plan).toEqual(hcl);
    // CA712 too: the topic has no CLS index on the fields the query reads.
    expect(plan.findings).toEqual(['API-015 CA711 tencentcloud_cls_alarm.user_changes', 'API-015 CA712 tencentcloud_cls_alarm.user_changes']);
  });
});
