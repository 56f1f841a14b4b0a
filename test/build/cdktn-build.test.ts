/**
 * The CDK Terrain build (scripts/build-cdktn.ts) is generated from src/: the import rewrite, the
 * derived package.json and jsii targets.
 */
import * as fs from 'fs';
import * as path from 'path';
import { cdktnPackageJson, cdktnTargets, CDKTN_PEERS, toCdktn } from '../../scripts/build-cdktn';

const ROOT = path.join(__dirname, '..', '..');
const rootPkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

describe('toCdktn', () => {
  test.each([
    ["import { App } from 'cdktf';", "import { App } from 'cdktn';"],
    ['import * as cdktf from "cdktf";', 'import * as cdktf from "cdktn";'],
    ["import type { IResolvable } from 'cdktf';", "import type { IResolvable } from 'cdktn';"],
    ["const c = require('cdktf');", "const c = require('cdktn');"],
    ["await import('cdktf')", "await import('cdktn')"],
    ["import 'cdktf';", "import 'cdktn';"],
    ["export { Token } from 'cdktf';", "export { Token } from 'cdktn';"],
    ["import { x } from 'cdktf/lib/tokens';", "import { x } from 'cdktn/lib/tokens';"],
  ])('rewrites %s', (from, to) => {
    expect(toCdktn(from)).toBe(to);
  });

  test.each([
    "import { parse } from '@cdktf/hcl2json';",
    "import { AuditTrack } from 'cdktf-tencentcloud-cloudaudit';",
    "const out = 'cdktf.out';",
    '// cdktf validates at synth; see cdktf docs',
    "const t = '@cdktf/error';",
  ])('leaves %s alone', (source) => {
    expect(toCdktn(source)).toBe(source);
  });

  test('leaves no cdktf import in any source file of src/', () => {
    const files = fs.readdirSync(path.join(ROOT, 'src'), { recursive: true })
      .map(String).filter((f) => f.endsWith('.ts') && !f.startsWith('provider-tencentcloud'));
    expect(files.length).toBeGreaterThan(20);
    const left = files.filter((f) => /(from\s*|require\(\s*|import\(\s*)['"]cdktf['"/]/.test(toCdktn(fs.readFileSync(path.join(ROOT, 'src', f), 'utf8'))));
    expect(left).toEqual([]);
  });
});

describe('the cdktn package.json', () => {
  const pkg = cdktnPackageJson(rootPkg);

  test('is the cdktn package, at the same version, with its own peers', () => {
    expect(pkg.name).toBe('cdktn-tencentcloud-cloudaudit');
    expect(pkg.version).toBe(rootPkg.version);
    expect(pkg.description).toContain('CDK Terrain');
    expect(pkg.peerDependencies).toEqual({ cdktn: '^0.24.0', constructs: '>=10.6.0 <10.8.0' });
    expect(pkg.keywords).toContain('cdktn');
    expect(pkg.keywords).not.toContain('cdktf');
  });

  test('ships the same runtime dependencies, bundled', () => {
    expect(pkg.dependencies).toEqual(rootPkg.dependencies);
    expect(pkg.bundledDependencies).toEqual(rootPkg.bundledDependencies);
    expect(pkg.scripts).toBeUndefined();
    expect(pkg.jest).toBeUndefined();
  });

  test("states cdktn's own constructs range, which the shared dev copy satisfies", () => {
    const cdktn = JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules', 'cdktn', 'package.json'), 'utf8'));
    expect(CDKTN_PEERS.constructs).toBe(cdktn.peerDependencies.constructs);
    const constructs = JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules', 'constructs', 'package.json'), 'utf8')).version;
    const [, minor] = constructs.split('.').map(Number);
    expect(minor).toBeGreaterThanOrEqual(6);
    expect(minor).toBeLessThan(8);
  });
});

test('jsii targets: each package name of the cdktf targets becomes its cdktn twin', () => {
  expect(cdktnTargets(rootPkg.jsii.targets)).toEqual({
    python: { distName: 'cdktn-tencentcloud-cloudaudit', module: 'cdktn_tencentcloud_cloudaudit' },
    java: {
      package: 'io.github.cdktf_tencentcloud_cloudaudit.cdktn',
      maven: { groupId: 'io.github.cdktf-tencentcloud-cloudaudit', artifactId: 'cdktn-tencentcloud-cloudaudit' },
    },
    dotnet: { namespace: 'CdktnTencentcloud.CloudAudit', packageId: 'CdktnTencentcloud.CloudAudit' },
    go: { moduleName: 'github.com/cdktf-tencentcloud-cloudaudit/cdktn-tencentcloud-cloudaudit-go', packageName: 'cloudaudit' },
  });
});
