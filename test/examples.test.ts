/**
 * Every example synthesizes (as `npm run synth:example -- <name>` does), conforms to the
 * provider schema, and matches its committed snapshot. Update snapshots deliberately with
 * `npx projen test:update` and review the diff.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { checkConformance } from './support';

const EXAMPLES_DIR = path.join(__dirname, '..', 'examples');
const examples = fs.readdirSync(EXAMPLES_DIR)
  .filter((d) => fs.existsSync(path.join(EXAMPLES_DIR, d, 'main.ts')))
  .sort();

interface SynthesizedExample {
  /** cdk.tf.json of each stack, by stack name, without machine-specific paths. */
  readonly stacks: Record<string, any>;
  /** Error and warning annotations, sorted. */
  readonly errors: string[];
  readonly warnings: string[];
}

/** Synthesizes one example into a temp dir, as `npm run synth:example -- <name>` does. */
function synthExample(name: string): SynthesizedExample {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), `example-${name}-`));
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { buildApp } = require(path.join(EXAMPLES_DIR, name, 'main.ts'));
    const app = buildApp(outdir);
    app.synth();
    const metadata = app.node.findAll().flatMap((c: any) => c.node.metadata);
    const messages = (type: string) => metadata.filter((m: any) => m.type === type).map((m: any) => String(m.data)).sort();
    const stacks: Record<string, any> = {};
    for (const stack of fs.readdirSync(path.join(outdir, 'stacks')).sort()) {
      const text = fs.readFileSync(path.join(outdir, 'stacks', stack, 'cdk.tf.json'), 'utf8');
      // The local backend path is absolute (and differs per run): never snapshot it.
      stacks[stack] = JSON.parse(text.split(outdir).join('<outdir>').split(path.resolve(process.cwd())).join('<cwd>'));
      if (stacks[stack].terraform?.backend?.local) stacks[stack].terraform.backend.local.path = '<local-state>';
      // The runtime's own version (cdktf 0.21 or cdktn 0.24: the suite runs on both) is not ours to pin.
      if (stacks[stack]['//']?.metadata?.version) stacks[stack]['//'].metadata.version = '<runtime version>';
    }
    return { stacks, errors: messages('@cdktf/error'), warnings: messages('@cdktf/warn') };
  } finally {
    fs.rmSync(outdir, { recursive: true, force: true });
  }
}

test('every documented example exists', () => {
  expect(examples).toEqual(expect.arrayContaining([
    'cos', 'cls', 'org-wide', 'existing-bucket', 'multi-product', 'cls-alarms', 'eventbridge', 'org-wide-service-role', 'multi-stack', 'multi-account',
    'detections',
  ]));
});

const synthesized = new Map(examples.map((name) => [name, synthExample(name)]));

describe.each(examples)('example %s', (name) => {
  const { stacks, errors, warnings } = synthesized.get(name)!;

  test('has a cdktf.json for cdktf-cli users', () => {
    const config = JSON.parse(fs.readFileSync(path.join(EXAMPLES_DIR, name, 'cdktf.json'), 'utf8'));
    expect(config.language).toBe('typescript');
    expect(config.app).toContain('main.ts');
  });

  test('synthesizes a tracking set (or, for eventbridge, an event rule) with no error annotation', () => {
    const docs = Object.values(stacks);
    expect(docs.length).toBeGreaterThan(0);
    const main = docs.flatMap((d) => [
      ...Object.keys(d.resource?.tencentcloud_audit_track ?? {}),
      ...Object.keys(d.resource?.tencentcloud_events_audit_track ?? {}),
      ...Object.keys(d.resource?.tencentcloud_eb_event_rule ?? {}),
    ]);
    expect(main.length).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });

  test('conforms to the provider schema', () => {
    for (const [stack, doc] of Object.entries(stacks)) {
      expect({ stack, problems: checkConformance(doc) }).toEqual({ stack, problems: [] });
    }
  });

  test('holds no absolute path', () => {
    expect(JSON.stringify(stacks)).not.toMatch(/"\/(work|tmp|home|root)\//);
  });

  test('matches the committed snapshot (documents and warnings)', () => {
    expect({ stacks, warnings }).toMatchSnapshot();
  });
});

test('each capability example shows its capability', () => {
  const doc = (name: string) => Object.values(synthesized.get(name)!.stacks)[0] as any;
  expect(Object.values(doc('multi-product').resource.tencentcloud_events_audit_track)).toHaveLength(1);
  expect(Object.values(doc('cls-alarms').resource.tencentcloud_cls_alarm)).toHaveLength(5);
  expect(Object.values(doc('eventbridge').resource.tencentcloud_eb_event_target)).toHaveLength(1);
  const org = doc('org-wide-service-role');
  expect(Object.values(org.resource.tencentcloud_cam_role_policy_attachment).map((a: any) => a.policy_id).sort()).toEqual(['102693096', '18150187']);
  expect(Object.values(doc('org-wide').resource.tencentcloud_audit_track).map((t: any) => t.track_for_all_members)).toEqual([1]);
  const detections = doc('detections');
  expect(Object.values(detections.resource.tencentcloud_cls_alarm)).toHaveLength(6);
  expect(Object.values(detections.resource.tencentcloud_eb_event_rule)).toHaveLength(2);
  // One index on the topic, with exactly the fields the six queries read.
  const [index] = Object.values<any>(detections.resource.tencentcloud_cls_index);
  expect(index.rule.key_value.key_values.map((k: any) => `${k.key}:${k.value.type}`)).toEqual([
    'errorCode:long', 'eventName:text', 'eventPlatform:long', 'resourceType:text', 'sourceIPAddress:text', 'userIdentity.principalId:text', 'userIdentity.type:text',
  ]);
});
