/**
 * The AuditChecks aspect: findings become annotations (errors stop synth), acknowledgements are
 * written into the resource's `//` metadata, reports are written next to each stack.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, Aspects, TerraformStack, Testing } from 'cdktf';
import { ActionType, AuditChecks, AuditTrack, CloudAuditAccount, ClsDestination, CosDestination, tencentcloud } from '../../src';
import { RULES } from '../../src/review/catalogue';
import { main } from '../../src/review/cli';
import { expectCode } from '../support';

const TYPES: Record<string, string> = { error: '@cdktf/error', warning: '@cdktf/warn', info: '@cdktf/info' };

function annotations(stack: TerraformStack, level: 'error' | 'warning' | 'info'): string[] {
  // Only the review's annotations: the constructs add their own (e.g. CA451 region warnings).
  return stack.node.findAll().flatMap((c) => c.node.metadata.filter((m) => m.type === TYPES[level]).map((m) => String(m.data)))
    .filter((text) => /^\[(COV|STO|API|ORG|QTA)-\d{3}\]/.test(text));
}

/**
 * `retentionDays` goes through the props (with allowShortRetention: true); `expireAfter` is written
 * past the props (an escape hatch), so the review's STO-006 is not acknowledged by the opt-in.
 */
function build(app: App, opts: { retentionDays?: number; expireAfter?: number; actionType?: ActionType; checks?: AuditChecks | null } = {}) {
  const stack = new TerraformStack(app, 'audit');
  new tencentcloud.provider.TencentcloudProvider(stack, 'tencentcloud', { region: 'ap-guangzhou' });
  const logs = new CosDestination(stack, 'Logs', {
    bucketName: 'audit-logs',
    region: 'ap-guangzhou',
    appId: '1250000000',
    objectLockDays: Math.min(365, opts.retentionDays ?? 365, opts.expireAfter ?? 365),
    retentionDays: opts.retentionDays,
    allowShortRetention: true,
  });
  if (opts.expireAfter !== undefined) {
    const days = opts.expireAfter;
    logs.bucket.addOverride('lifecycle_rules', [{ id: 'cloudaudit-retention', filter_prefix: 'cloudaudit/', expiration: { days }, non_current_expiration: { non_current_days: days } }]);
  }
  const track = new AuditTrack(stack, 'Track', { trackName: 'org-audit', destination: logs, actionType: opts.actionType });
  if (opts.checks !== null) Aspects.of(stack).add(opts.checks ?? new AuditChecks({ reports: false }));
  return { stack, logs, track };
}

describe('AuditChecks at synth', () => {
  test('a compliant stack gets no error or warning annotation', () => {
    const { stack } = build(Testing.app());
    Testing.synth(stack);
    expect(annotations(stack, 'error')).toEqual([]);
    expect(annotations(stack, 'warning')).toEqual([]);
  });

  test('an error finding is an error annotation on the construct that made the resource, and stops app.synth()', () => {
    const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'audit-checks-'));
    try {
      const app = new App({ outdir });
      const { stack, logs } = build(app, { expireAfter: 30, checks: new AuditChecks() });
      expect(() => app.synth()).toThrow(/STO-006/);
      const [error] = logs.bucket.node.metadata.filter((m) => m.type === TYPES.error);
      expect(String(error.data)).toMatch(/^\[STO-006\] lifecycle_rules\[0\]\.expiration\.days is 30.*Fix: .*\[ack: STO-006\]$/);
      // The report is written even though synth stopped: reviewers see why.
      const report = JSON.parse(fs.readFileSync(path.join(outdir, 'stacks', stack.node.id, 'cloudaudit-review.json'), 'utf8'));
      expect(report.summary.errors).toBe(1);
      expect(fs.readFileSync(path.join(outdir, 'stacks', stack.node.id, 'cloudaudit-review.md'), 'utf8')).toContain('STO-006');
    } finally {
      fs.rmSync(outdir, { recursive: true, force: true });
    }
  });

  test('an acknowledged finding is an info annotation with the reason, and the reason is in cdk.tf.json', () => {
    const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'audit-checks-'));
    try {
      const app = new App({ outdir });
      const { stack, logs } = build(app, { expireAfter: 30, checks: new AuditChecks() });
      AuditChecks.acknowledge(logs, { id: 'STO-006', reason: 'Sandbox account: logs are copied to the archive nightly' });
      app.synth();
      expect(annotations(stack, 'error')).toEqual([]);
      expect(annotations(stack, 'info').join('\n')).toContain('[STO-006] lifecycle_rules[0].expiration.days is 30');
      const doc = JSON.parse(fs.readFileSync(path.join(outdir, 'stacks', 'audit', 'cdk.tf.json'), 'utf8'));
      const bucket = Object.values<any>(doc.resource.tencentcloud_cos_bucket)[0];
      expect(bucket['//'].cloudaudit.acknowledgements).toEqual([{ id: 'STO-006', reason: 'Sandbox account: logs are copied to the archive nightly' }]);
      const report = JSON.parse(fs.readFileSync(path.join(outdir, 'stacks', 'audit', 'cloudaudit-review.json'), 'utf8'));
      expect(report.summary).toEqual({ errors: 0, warnings: 0, infos: 0, acknowledged: 1 });
    } finally {
      fs.rmSync(outdir, { recursive: true, force: true });
    }
  });

  test('an acknowledgement on a stack covers every resource in it, and survives addSelector', () => {
    const { stack, track } = build(Testing.app(), { actionType: ActionType.READ });
    AuditChecks.acknowledge(stack, { id: 'COV-001', reason: 'Write operations are recorded by the org stack' });
    track.addSelector({ resourceType: 'cvm', actionType: ActionType.READ });
    track.addSelector({ resourceType: 'cos', actionType: ActionType.READ });
    Testing.synth(stack);
    expect(annotations(stack, 'error')).toEqual([]);
    const [events] = Object.values<any>(stack.toTerraform().resource.tencentcloud_events_audit_track);
    expect(events['//'].cloudaudit.acknowledgements).toEqual([
      { id: 'COV-001', reason: 'Write operations are recorded by the org stack' },
    ]);
  });

  test('a warning finding is a warning annotation (escape hatch: versioning off)', () => {
    const { stack, logs } = build(Testing.app());
    logs.bucket.addOverride('versioning_enable', false);
    Testing.synth(stack);
    expect(annotations(stack, 'warning')).toEqual([expect.stringMatching(/^\[STO-002\] versioning_enable is false/)]);
  });

  test('API rules are re-checked on what escape hatches produce', () => {
    const { stack, track } = build(Testing.app());
    track.resource.addOverride('event_names', ['*', 'DeleteUser']);
    Testing.synth(stack);
    // The override is merged with ["*"]: every rule the list breaks is reported, most specific first.
    // The track no longer records every API either: COV-001 as well.
    expect(annotations(stack, 'error')).toEqual([
      expect.stringMatching(/^\[API-002\] \[CA105 EventNamesNotStar\] event_names: resourceType is "\*"/),
      expect.stringMatching(/^\[API-002\] \[CA107 EventNamesStarMixed\] event_names: \["\*","\*","DeleteUser"\] mixes "\*"/),
      expect.stringMatching(/^\[API-002\] \[CA109 EventNameDuplicate\] event_names: "\*" is listed twice/),
      expect.stringMatching(/^\[COV-001\]/),
    ]);
  });

  test('the quota prop sets QTA-001', () => {
    const app = Testing.app();
    const { stack, logs } = build(app, { checks: new AuditChecks({ quota: 1, reports: false }) });
    new AuditTrack(stack, 'Second', { trackName: 'second', destination: logs });
    Testing.synth(stack);
    expect(annotations(stack, 'warning')).toEqual([expect.stringMatching(/^\[QTA-001\] account tencentcloud has 2 tracking sets; the quota is 1/)]);
  });

  test('without the prop, the quota comes from the context value cloudaudit:trackQuota', () => {
    const app = Testing.app({ context: { 'cloudaudit:trackQuota': 1 } });
    const { stack, logs } = build(app, { checks: new AuditChecks({ reports: false }) });
    new AuditTrack(stack, 'Second', { trackName: 'second', destination: logs });
    Testing.synth(stack);
    expect(annotations(stack, 'warning')).toEqual(expect.arrayContaining([expect.stringMatching(/^\[QTA-001\] account tencentcloud has 2 tracking sets; the quota is 1/)]));
  });

  test('added to the App, an error finding stops app.synth() and the report is written', () => {
    const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'audit-checks-app-'));
    try {
      const app = new App({ outdir });
      const { stack } = build(app, { expireAfter: 30, checks: null });
      Aspects.of(app).add(new AuditChecks());
      expect(() => app.synth()).toThrow(/STO-006/);
      expect(fs.existsSync(path.join(outdir, 'stacks', stack.node.id, 'cloudaudit-review.json'))).toBe(true);
    } finally {
      fs.rmSync(outdir, { recursive: true, force: true });
    }
  });

  test('runs when added to the App (cdktf alone visits only stack-level aspects)', () => {
    const app = Testing.app();
    const { stack, logs } = build(app, { checks: null });
    Aspects.of(app).add(new AuditChecks({ reports: false }));
    logs.bucket.addOverride('acl', 'public-read');
    Testing.synth(stack, true);
    expect(annotations(stack, 'error')).toEqual([expect.stringMatching(/^\[STO-001\]/)]);
  });

  test('runs once per stack even when synthesized twice', () => {
    const { stack, logs } = build(Testing.app());
    logs.bucket.addOverride('versioning_enable', false);
    Testing.synth(stack);
    Testing.synth(stack);
    expect(annotations(stack, 'warning')).toHaveLength(1);
  });

  test('a quota that is not a whole number >= 1 is refused (CA603)', () => {
    expectCode(() => new AuditChecks({ quota: 0 }), 'CA603');
    expectCode(() => new AuditChecks({ quota: 2.5 }), 'CA603');
  });
});

describe('issue #10 item 4: coverage (COV-001) is judged per account across the stacks of the app', () => {
  function twoStacks(teamProvider: Record<string, unknown>) {
    const app = Testing.app();
    const org = new TerraformStack(app, 'org');
    new tencentcloud.provider.TencentcloudProvider(org, 'tencentcloud', { region: 'ap-guangzhou' });
    const orgLogs = new CosDestination(org, 'Logs', { bucketName: 'org-logs', region: 'ap-guangzhou', appId: '1250000000' });
    new AuditTrack(org, 'All', { trackName: 'org-all', destination: orgLogs });
    const team = new TerraformStack(app, 'team');
    new tencentcloud.provider.TencentcloudProvider(team, 'tencentcloud', teamProvider);
    const teamLogs = new CosDestination(team, 'Logs', { bucketName: 'team-logs', region: 'ap-guangzhou', appId: '1250000000' });
    new AuditTrack(team, 'Cvm', { trackName: 'team-cvm', destination: teamLogs, resourceType: 'cvm', eventNames: ['*'] });
    Aspects.of(app).add(new AuditChecks({ reports: false }));
    return { org, team };
  }
  test('an org-wide track in one stack covers team tracks of the same account in another: no COV-001', () => {
    const { org, team } = twoStacks({ region: 'ap-guangzhou' });
    Testing.synth(org, true);
    expect(() => Testing.synth(team, true)).not.toThrow();
    expect(annotations(team, 'error')).toEqual([]);
  });
  test('a team stack of another account (profile) is not covered: COV-001', () => {
    const { team } = twoStacks({ region: 'ap-guangzhou', profile: 'team' });
    Testing.synth(team, true);
    expect(annotations(team, 'error')).toEqual([expect.stringMatching(/^\[COV-001\]/)]);
  });
});

describe('storage created by another stack of the app (a central storage stack)', () => {
  /** A storage stack with a bucket kept 30 days and a topic, and a team stack delivering to both. */
  function centralStorage(outdir?: string) {
    const app = outdir ? new App({ outdir }) : Testing.app();
    const storage = new TerraformStack(app, 'audit-storage');
    new tencentcloud.provider.TencentcloudProvider(storage, 'tencentcloud', { region: 'ap-guangzhou' });
    const archive = new CosDestination(storage, 'Archive', { bucketName: 'central-archive', region: 'ap-guangzhou', appId: '1250000000', versioned: false });
    const events = new ClsDestination(storage, 'Events', { region: 'ap-guangzhou', logsetName: 'central', topicName: 'writes' });
    const team = new TerraformStack(app, 'team');
    new tencentcloud.provider.TencentcloudProvider(team, 'tencentcloud', { region: 'ap-guangzhou' });
    new AuditTrack(team, 'Archive', { trackName: 'team-archive', destination: archive });
    new AuditTrack(team, 'Writes', { trackName: 'team-writes', destination: events, actionType: ActionType.WRITE });
    Aspects.of(app).add(new AuditChecks({ reports: outdir !== undefined }));
    return { app, storage, team, archive };
  }

  test('the team stack\'s tracks are linked to it (no COV-003), and the storage stack judges the storage once', () => {
    const { storage, team, archive } = centralStorage();
    Testing.synth(storage, true);
    Testing.synth(team, true);
    expect(annotations(team, 'warning')).toEqual([]);
    expect(annotations(team, 'error')).toEqual([]);
    // Versioning off on the central bucket: the storage stack reports it, on the bucket.
    expect(annotations(storage, 'warning')).toEqual([expect.stringMatching(/^\[STO-002\] versioning_enable/)]);
    expect(archive.bucket.node.metadata.some((m) => /^\[STO-002\]/.test(String(m.data)))).toBe(true);
  });

  test('each track names the stack and the resource in its metadata', () => {
    const { team } = centralStorage();
    const doc = team.toTerraform(); // Testing.synth strips the "//" metadata
    const marks = Object.values(doc.resource).flatMap((byName: any) => Object.values(byName)).map((r: any) => r['//']?.cloudaudit?.storage_in).filter(Boolean);
    expect(marks).toEqual(expect.arrayContaining([
      { stack: 'audit-storage', address: expect.stringMatching(/^tencentcloud_cos_bucket\.Archive_Bucket_[0-9A-F]{8}$/) },
      { stack: 'audit-storage', address: expect.stringMatching(/^tencentcloud_cls_topic\.Events_Topic_[0-9A-F]{8}$/) },
    ]));
  });

  test('cloudaudit-review on the cdktf.out reads the stacks as one app; on one stack alone it says which stack is missing', () => {
    const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'central-storage-'));
    try {
      centralStorage(outdir).app.synth();
      let out = '';
      const io = { stdout: (t: string) => { out += t; }, stderr: () => undefined };
      main(['--format', 'json', outdir], io);
      process.exitCode = 0;
      const report = JSON.parse(out);
      const destinations = report.documents.flatMap((d: any) => d.tracks.map((t: any) => `${t.name} ${t.destination.status} ${t.destination.stack} ${t.destination.retention}`));
      expect(destinations).toEqual(['team-archive created audit-storage kept forever', 'team-writes created audit-storage 180 days']);
      const findings = report.documents.flatMap((d: any) => d.findings.map((f: any) => `${d.name} ${f.ruleId}`));
      expect(findings.filter((x: string) => x.endsWith('COV-003'))).toEqual([]);
      expect(findings.filter((x: string) => x.endsWith('STO-002'))).toEqual(['audit-storage STO-002']);

      out = '';
      main([path.join(outdir, 'stacks', 'team', 'cdk.tf.json'), '--wide'], io);
      process.exitCode = 0;
      expect(out).toMatch(/COV-003 .*is created by stack audit-storage, which this review does not include \(review the whole cdktf\.out\)/);
    } finally {
      fs.rmSync(outdir, { recursive: true, force: true });
    }
  });
});

describe('cloudaudit-review on a cdktf.out judges coverage (COV-001) per account across its stacks, as AuditChecks does', () => {
  /** An org stack recording every Write, and a team stack recording only cvm, each with its provider settings. */
  function review(orgProvider: Record<string, unknown>, teamProvider: Record<string, unknown>, names: [string?, string?] = []) {
    const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'coverage-app-'));
    try {
      const app = new App({ outdir });
      const stacks = [['org', orgProvider, names[0]], ['team', teamProvider, names[1]]] as const;
      for (const [id, settings, name] of stacks) {
        const stack = new TerraformStack(app, id);
        const provider = new tencentcloud.provider.TencentcloudProvider(stack, 'tencentcloud', { region: 'ap-guangzhou', ...settings });
        if (name) CloudAuditAccount.assign(provider, name);
        const logs = new CosDestination(stack, 'Logs', { bucketName: `${id}-logs`, region: 'ap-guangzhou', appId: '1250000000' });
        if (id === 'org') new AuditTrack(stack, 'All', { trackName: 'org-all', destination: logs });
        else new AuditTrack(stack, 'Cvm', { trackName: 'team-cvm', destination: logs, resourceType: 'cvm', eventNames: ['*'] });
        AuditChecks.acknowledge(stack, { id: 'STO-008', reason: 'object lock is not part of this test' });
      }
      app.synth();
      let out = '';
      const code = main(['--format', 'json', outdir], { stdout: (t) => { out += t; }, stderr: () => undefined });
      process.exitCode = 0;
      const findings = JSON.parse(out).documents.flatMap((d: any) => d.findings.filter((f: any) => !f.acknowledged).map((f: any) => `${d.name} ${f.ruleId}`));
      return { code, findings };
    } finally {
      fs.rmSync(outdir, { recursive: true, force: true });
    }
  }

  test('the same default credentials: the org stack covers the team stack', () => {
    expect(review({}, {})).toEqual({ code: 0, findings: [] });
  });

  test('another profile is another account: COV-001 on the team stack, exit 1', () => {
    expect(review({}, { profile: 'team' })).toEqual({ code: 1, findings: ['team COV-001'] });
  });

  test('CloudAuditAccount.assign names one account across different settings: covered', () => {
    expect(review({ profile: 'org' }, { profile: 'team' }, ['prod', 'prod'])).toEqual({ code: 0, findings: [] });
  });
});

describe('issue #10 item 12: warnings can be printed without cdktf-cli', () => {
  test('AuditChecks.summarize lists the unacknowledged warnings and errors of the app, construct warnings and findings alike', () => {
    const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'audit-checks-summary-'));
    try {
      const app = new App({ outdir, context: { 'cloudaudit:trackQuota': 1 } });
      const { stack, logs } = build(app, { checks: null });
      Aspects.of(app).add(new AuditChecks({ reports: false }));
      const second = new AuditTrack(stack, 'Second', { trackName: 'second', destination: logs });
      AuditChecks.acknowledge(logs, { id: 'STO-002', reason: 'versioning is not needed here' });
      app.synth();
      const lines = AuditChecks.summarize(app);
      expect(lines).toEqual(expect.arrayContaining([
        expect.stringMatching(/^warning audit\/Second: \[CA851 TrackQuotaExceeded\].*\[ack: CA851\]$/),
        expect.stringMatching(/^warning audit\/Track\/Resource: \[QTA-001\].*\[ack: QTA-001\]$/),
      ]));
      expect(lines.join('\n')).not.toContain('Acknowledged');
      AuditChecks.acknowledge(second, { id: 'QTA-001', reason: 'InquireAuditCredit says our quota is 10' });
      expect(AuditChecks.summarize(app).filter((l) => l.includes('CA851'))).toEqual([]);
    } finally {
      fs.rmSync(outdir, { recursive: true, force: true });
    }
  });
});

describe('issue #10 item 6: allowShortRetention is the acknowledgement of the six-month rules', () => {
  test('CosDestination retentionDays 30 with allowShortRetention: STO-006 is an info with the reason, recorded in cdk.tf.json', () => {
    const app = Testing.app();
    const { stack } = build(app, { retentionDays: 30 });
    Testing.synth(stack, true);
    const doc = stack.toTerraform();
    expect(annotations(stack, 'error')).toEqual([]);
    expect(annotations(stack, 'info').join('\n')).toMatch(/\[STO-006\].*Acknowledged: allowShortRetention: true \(retentionDays 30\) on CosDestination audit\/Logs/);
    const bucket = Object.values<any>(doc.resource.tencentcloud_cos_bucket)[0];
    expect(bucket['//'].cloudaudit.acknowledgements).toEqual([{ id: 'STO-006', reason: 'allowShortRetention: true (retentionDays 30) on CosDestination audit/Logs' }]);
  });
  test('ClsDestination retentionDays 30 with allowShortRetention: no STO-007 error', () => {
    const stack = new TerraformStack(Testing.app(), 'audit');
    new tencentcloud.provider.TencentcloudProvider(stack, 'tencentcloud', { region: 'ap-guangzhou' });
    const events = new ClsDestination(stack, 'Events', { region: 'ap-guangzhou', logsetName: 'cloudaudit', topicName: 'events', retentionDays: 30, allowShortRetention: true });
    new AuditTrack(stack, 'Track', { trackName: 'org-audit', destination: events });
    Aspects.of(stack).add(new AuditChecks({ reports: false }));
    Testing.synth(stack, true);
    const doc = stack.toTerraform();
    expect(annotations(stack, 'error')).toEqual([]);
    expect(annotations(stack, 'info').join('\n')).toMatch(/\[STO-007\].*Acknowledged: allowShortRetention: true/);
    expect(Object.values<any>(doc.resource.tencentcloud_cls_topic)[0]['//'].cloudaudit.acknowledgements[0].id).toBe('STO-007');
  });
});

describe('issue #10 item 5: one acknowledgement covers the construct warning and the review finding', () => {
  function quotaApp() {
    const app = Testing.app({ context: { 'cloudaudit:trackQuota': 1 } });
    const { stack, logs } = build(app);
    const second = new AuditTrack(stack, 'Second', { trackName: 'second', destination: logs });
    return { stack, second };
  }
  const warnings = (stack: TerraformStack) => stack.node.findAll()
    .flatMap((c) => c.node.metadata.filter((m) => m.type === TYPES.warning).map((m) => String(m.data)));
  test.each(['QTA-001', 'CA851'])('acknowledging %s silences both CA851 and QTA-001', (id) => {
    const { stack, second } = quotaApp();
    AuditChecks.acknowledge(second, { id, reason: 'InquireAuditCredit says our quota is 10' });
    Testing.synth(stack, true);
    expect(warnings(stack).filter((w) => /CA851|QTA-001/.test(w))).toEqual([]);
    const infos = stack.node.findAll().flatMap((c) => c.node.metadata.filter((m) => m.type === TYPES.info).map((m) => String(m.data))).join('\n');
    expect(infos).toMatch(/CA851.*Acknowledged: InquireAuditCredit says our quota is 10/);
    expect(infos).toMatch(/QTA-001.*Acknowledged: InquireAuditCredit says our quota is 10/);
  });
  test('without the acknowledgement both warn', () => {
    const { stack } = quotaApp();
    Testing.synth(stack, true);
    expect(warnings(stack).join('\n')).toMatch(/CA851[\s\S]*QTA-001|QTA-001[\s\S]*CA851/);
  });
  test('a warning code (CA451) is accepted as an id; an error-only code is not', () => {
    const { stack } = build(Testing.app());
    expect(() => AuditChecks.acknowledge(stack, { id: 'CA451', reason: 'a perfectly good reason' })).not.toThrow();
    expectCode(() => AuditChecks.acknowledge(stack, { id: 'CA208', reason: 'a perfectly good reason' }), 'CA602');
  });
  test('annotations carry no stack trace (cdktf-cli would print library internals under each)', () => {
    const { stack } = quotaApp();
    Testing.synth(stack, true);
    const ours = stack.node.findAll().flatMap((c) => c.node.metadata.filter((m) => /^\[(CA\d{3}|QTA-001)/.test(String(m.data))));
    expect(ours.length).toBeGreaterThan(1);
    for (const m of ours) expect(m.trace).toBeUndefined();
  });
});

describe('AuditChecks.acknowledge', () => {
  test('an unknown rule id is refused (CA602)', () => {
    const { stack } = build(Testing.app());
    const e = expectCode(() => AuditChecks.acknowledge(stack, { id: 'COV-999', reason: 'a perfectly good reason' }), 'CA602');
    expect(e.message).toContain('"COV-999" is not a review rule id or a warning code');
  });

  test('the code of an API rule the review reports is an id too; a code the review never reports is not', () => {
    const { stack } = build(Testing.app());
    expect(() => AuditChecks.acknowledge(stack, { id: 'CA104', reason: 'a perfectly good reason' })).not.toThrow();
    expectCode(() => AuditChecks.acknowledge(stack, { id: 'CA001', reason: 'a perfectly good reason' }), 'CA602');
  });

  describe.each(RULES.map((r) => r.id))('%s', (id) => {
    test('a reason under 10 characters is refused (CA601), and nothing is written', () => {
      const { stack, track } = build(Testing.app());
      const e = expectCode(() => AuditChecks.acknowledge(track, { id, reason: '  too short ' }), 'CA601');
      expect(e.message).toContain('fewer than 10');
      expect(JSON.stringify(stack.toTerraform())).not.toContain('acknowledgements');
    });
  });
});
