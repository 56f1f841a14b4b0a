/**
 * The languages smoke app, TypeScript edition (scripts/languages.ts runs it and its Python, Java and
 * Go twins, then compares what they print and synthesize). Every edition does exactly this:
 *
 * 1. `<outdir>/main`: a stack `smoke` with a tencentcloud provider, a `CosDestination` and an
 *    `AuditTrack` recording everything, `AuditChecks` on the App; synthesized.
 * 2. `bad/Bad`: an `AuditTrack` named "bad name!" must fail; the first line of the message the
 *    language shows is reported.
 * 3. `<outdir>/findings`: a stack `findings` whose only track records reads: `AuditChecks` reports
 *    COV-001 (no track records writes), an error finding, so synth fails; the findings are read
 *    back with `AuditChecks.summarize`.
 *
 * It prints one line `SMOKE {json}`: start (program start to the first App), synth (constructs and
 * synth of step 1), the error's first line and class, the findings.
 *
 * Run: `npx ts-node --transpile-only test/languages/app.ts <outdir>`. It loads `src/`, or the
 * compiled library LANGUAGES_SMOKE_LIB points at (`lib/`, the JavaScript every other language
 * embeds; `packages/cdktn/lib` with LANGUAGES_SMOKE_CDK=cdktn, the CDK Terrain build).
 */
const t0 = performance.now();
/* eslint-disable @typescript-eslint/no-require-imports */
const { App, Aspects, TerraformStack } = require(process.env.LANGUAGES_SMOKE_CDK ?? 'cdktf') as typeof import('cdktf');
const lib = require(process.env.LANGUAGES_SMOKE_LIB ?? '../../src') as typeof import('../../src');
/* eslint-enable @typescript-eslint/no-require-imports */
const { ActionType, AuditChecks, AuditTrack, CosDestination, tencentcloud } = lib;

type Stack = InstanceType<typeof TerraformStack>;

function storage(stack: Stack) {
  new tencentcloud.provider.TencentcloudProvider(stack, 'tencentcloud', { region: 'ap-hongkong' });
  return new CosDestination(stack, 'AuditLogs', { bucketName: 'org-audit-logs', region: 'ap-hongkong', retentionDays: 365, appId: '1250000000' });
}

const outdir = process.argv[2];
if (!outdir) throw new Error('usage: app.ts <outdir>');

const main = new App({ outdir: `${outdir}/main` });
const start = performance.now() - t0;
Aspects.of(main).add(new AuditChecks());
const stack = new TerraformStack(main, 'smoke');
new AuditTrack(stack, 'OrgAudit', { trackName: 'org-audit', destination: storage(stack) });
main.synth();
const synth = performance.now() - t0 - start;

let error = '';
let errorClass = '';
const bad = new TerraformStack(new App({ outdir: `${outdir}/bad` }), 'bad');
try {
  new AuditTrack(bad, 'Bad', { trackName: 'bad name!', destination: storage(bad) });
} catch (e) {
  error = (e as Error).message.split('\n')[0];
  errorClass = (e as Error).constructor.name;
}

const findingsApp = new App({ outdir: `${outdir}/findings` });
Aspects.of(findingsApp).add(new AuditChecks());
const findings = new TerraformStack(findingsApp, 'findings');
new AuditTrack(findings, 'ReadsOnly', { trackName: 'reads-only', actionType: ActionType.READ, destination: storage(findings) });
let findingStopsSynth = false;
try {
  findingsApp.synth();
} catch {
  findingStopsSynth = true;
}

console.log(`SMOKE ${JSON.stringify({ startMs: Math.round(start), synthMs: Math.round(synth), error, errorClass, findings: AuditChecks.summarize(findingsApp), findingStopsSynth })}`);
