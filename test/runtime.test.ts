/**
 * The suite runs twice: on cdktf (package.json jest config) and on the CDK Terrain build
 * (jest.cdktn.config.js sets __CDK_RUNTIME__ = 'cdktn'). This proves each run tests what it claims:
 * the library under test synthesizes with that runtime, from that build's sources.
 */
import * as fs from 'fs';
import * as path from 'path';
import { App, TerraformStack, Testing } from 'cdktf';
import { AuditTrack, CosDestination, tencentcloud } from '../src';

declare const __CDK_RUNTIME__: string | undefined;
const runtime = typeof __CDK_RUNTIME__ === 'string' ? __CDK_RUNTIME__ : 'cdktf';
const ROOT = path.join(__dirname, '..');

function installedVersion(pkg: string): string {
  return JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules', pkg, 'package.json'), 'utf8')).version;
}

test(`the library synthesizes with ${runtime} ${installedVersion(runtime)}`, () => {
  // A real App (Testing.app() stubs the version); nothing is written: no app.synth().
  const stack = new TerraformStack(new App({ skipValidation: false }), 'runtime');
  new tencentcloud.provider.TencentcloudProvider(stack, 'tencentcloud', { region: 'ap-hongkong' });
  new AuditTrack(stack, 'Track', {
    trackName: 'runtime-check',
    destination: new CosDestination(stack, 'Logs', { bucketName: 'runtime-logs', region: 'ap-hongkong', retentionDays: 365 }),
  });
  const doc = JSON.parse(Testing.synth(stack, true));
  expect(Object.keys(doc.resource).sort()).toEqual(['tencentcloud_audit_track', 'tencentcloud_cos_bucket', 'tencentcloud_cos_bucket_policy', 'terraform_data']);
  // Testing.synth strips the "//" metadata, where the runtime records its own version.
  expect(stack.toTerraform()['//'].metadata.version).toBe(installedVersion(runtime));
});

test(`the constructs and bindings under test are the ${runtime} build's`, () => {
  const modulePath = require.resolve('../src');
  const expectedDir = runtime === 'cdktn' ? path.join(ROOT, 'packages', 'cdktn', 'src') : path.join(ROOT, 'src');
  expect(path.dirname(modulePath)).toBe(expectedDir);
  const binding = fs.readFileSync(path.join(expectedDir, 'provider-tencentcloud', 'audit-track', 'index.ts'), 'utf8');
  expect(binding).toContain(`import * as ${runtime} from '${runtime}';`);
});
