import { cdktf, javascript, release } from 'projen';

/** Folder of the generated provider bindings: fenced off from lint, coverage and hand edits. */
const BINDINGS_DIR = 'src/provider-tencentcloud';

const project = new cdktf.ConstructLibraryCdktf({
  name: 'cdktf-tencentcloud-cloudaudit',
  description:
    'CDK for Terraform constructs for Tencent Cloud CloudAudit tracking sets, with their COS or CLS storage, validated at synth time.',
  author: 'cdktf-tencentcloud-cloudaudit contributors',
  authorAddress: 'https://github.com/cdktf-tencentcloud-cloudaudit',
  repositoryUrl: 'https://github.com/cdktf-tencentcloud-cloudaudit/cdktf-tencentcloud-cloudaudit.git',
  license: 'Apache-2.0',
  keywords: ['tencentcloud', 'cloudaudit', 'audit', 'terraform', 'cdktf', 'compliance'],
  defaultReleaseBranch: 'main',
  projenrcTs: true,
  projenVersion: '0.103.25',
  packageManager: javascript.NodePackageManager.NPM,
  minNodeVersion: '20.9.0',
  typescriptVersion: '~5.9.3',
  jsiiVersion: '~5.9.54',
  cdktfVersion: '0.21.0',
  // Peer range for users of the cdktf package. The dev copy (10.7.x, below) is one that both
  // cdktf 0.21 (^10.4.2) and cdktn 0.24 (>=10.6.0 <10.8.0) accept, so one install tests both builds.
  constructsVersion: '^10.4.2',
  peerDependencyOptions: { pinnedDevDependency: false },
  bundledDeps: ['zod@^4.1.0', '@cdktf/hcl2json@0.21.0', 're2js@^2.10.0'],
  devDeps: [
    'cdktf@0.21.0',
    'constructs@10.7.2',
    // The CDK Terrain build (scripts/build-cdktn.ts): same source, cdktn runtime and generator.
    'cdktn@0.24.0',
    '@cdktn/provider-generator@0.24.0',
    '@cdktn/commons@0.24.0',
    '@cdktf/provider-generator@0.21.0',
    // scripts/pack.ts: traces which files of the bundled dependencies run (see "Lean package").
    'esbuild@^0.28.2',
    '@cdktf/commons@0.21.0',
    'fast-check@^4.3.0',
    'ts-node@10.9.2',
    // test/review/html.test.ts: the HTML report in Debian's chromium (no browser download):
    // axe-core runs in the page, pngjs decodes its screenshots.
    'axe-core@^4.10.0',
    'pngjs@^7.0.0',
    '@types/pngjs@^6.0.5',
    // test/review/pipelines.test.ts: parses the shipped pipelines (action.yml, the GitLab template,
    // .pre-commit-hooks.yaml) and the docs' snippets.
    'yaml@^2.9.1',
  ],
  bin: { 'cloudaudit-review': 'bin/cloudaudit-review', 'cloudaudit-import': 'bin/cloudaudit-import' },
  // Other jsii languages (names also used, with cdktf -> cdktn, by the cdktn package). Python, Java
  // and Go are built and smoke-tested by `test:languages` (below); C# is generated only (no .NET
  // SDK here, NuGet unreachable). Details: docs/languages.md.
  publishToPypi: { distName: 'cdktf-tencentcloud-cloudaudit', module: 'cdktf_tencentcloud_cloudaudit' },
  publishToMaven: {
    javaPackage: 'io.github.cdktf_tencentcloud_cloudaudit',
    mavenGroupId: 'io.github.cdktf-tencentcloud-cloudaudit',
    mavenArtifactId: 'cdktf-tencentcloud-cloudaudit',
  },
  publishToNuget: { dotNetNamespace: 'CdktfTencentcloud.CloudAudit', packageId: 'CdktfTencentcloud.CloudAudit' },
  publishToGo: { moduleName: 'github.com/cdktf-tencentcloud-cloudaudit/cdktf-tencentcloud-cloudaudit-go', packageName: 'cloudaudit' },
  // No hosted CI here: `.ci/run` is the gate.
  github: false,
  // Versions and CHANGELOG.md from conventional commits (commit-and-tag-version), released by hand:
  // `npx projen release` bumps, builds, packs both packages into dist/js, appends to CHANGELOG.md
  // and tags. Nothing is published or pushed from here (no registry credentials, no remote).
  release: true,
  releaseTrigger: release.ReleaseTrigger.manual({ changelogPath: 'CHANGELOG.md', gitPushCommand: '' }),
  releaseToNpm: false,
  nextVersionCommand: 'node scripts/next-version.js',
  buildWorkflow: false,
  depsUpgrade: false,
  pullRequestTemplate: false,
  jestOptions: {
    updateSnapshot: javascript.UpdateSnapshot.NEVER,
    passWithNoTests: false,
    jestConfig: {
      testMatch: ['<rootDir>/test/**/*.test.ts'],
      // Two workers on two cores: many suites wait on child processes (terraform, the CLIs, npm,
      // chromium), and one worker left the second core idle (a 14-minute run; the CI aims at 25).
      maxWorkers: 2,
      coveragePathIgnorePatterns: ['/node_modules/', `/${BINDINGS_DIR}/`, '/test/'],
      testPathIgnorePatterns: ['/node_modules/', '/cdktf.out/', '/packages/'],
      // packages/cdktn is the generated CDK Terrain build: jest.cdktn.config.js maps into it.
      modulePathIgnorePatterns: ['/cdktf.out/', '/cdktn.out/', '/packages/'],
      // Checks terraform and unpacks the real provider once per run (test/support/terraform.ts).
      globalSetup: '<rootDir>/test/support/global-setup.ts',
    },
  },
  eslintOptions: {
    dirs: ['src'],
    ignorePatterns: [`${BINDINGS_DIR}/**`, '*.js', '*.d.ts', 'node_modules/', 'cdktf.out/'],
  },
  gitignore: ['cdktf.out/', 'cdktn.out/', '.bench/', '/.ci/out/', '*.tsbuildinfo', '/packages/'],
  // API.md is for the repository (and Construct Hub renders its own from .jsii): not shipped.
  // ci/ (the GitHub Action, the GitLab template, the pre-commit hook script) and the pre-commit
  // hook definitions are used from the repository, never from the package; the reference in docs/
  // and CONTRIBUTING.md are read in the repository (the README's links point there).
  npmIgnoreOptions: { ignorePatterns: ['/examples/', '/bench/', '/schema/', '/scripts/', '/.ci/', '/packages/', '/review-cli/', '/jest.cdktn.config.js', '/API.md', '/ci/', '/.pre-commit-hooks.yaml', '/docs/', '/CONTRIBUTING.md'] },
  tsconfigDev: {
    compilerOptions: {},
    include: ['examples/**/*.ts', 'scripts/**/*.ts', 'bench/**/*.ts'],
  },
});

// The CI harness does not start the jsii Node-20 banner; keep the logs readable.
project.tasks.addEnvironment('JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION', '20');
project.tasks.addEnvironment('CHECKPOINT_DISABLE', '1');

// One task extracts schema/ from the real provider's archives and regenerates the bindings from it.
const gen = project.addTask('gen:bindings', {
  description: `Extract schema/ from the real provider's schema and behaviour archives, then regenerate ${BINDINGS_DIR} with cdktf's own provider generator`,
  env: { TF_CLI_CONFIG_FILE: '/dev/null' },
});
gen.execArgs(['ts-node', '--project', 'test/tsconfig.json', 'scripts/gen-bindings.ts']);

// The drift check (committed schema/ == extraction from the real provider's archives). Not part of
// `npm test`, which reads no file outside the repository: it needs the real provider's folder.
const drift = project.addTask('check:schema-drift', {
  description: 'Fail when schema/tencentcloud-provider-schema.json or schema/tencentcloud-provider-behavior.json differs from the extraction from the real provider (fix: gen:bindings)',
});
drift.execArgs(['ts-node', '--project', 'test/tsconfig.json', 'scripts/check-schema-drift.ts']);

// Synthesize an example without cdktf-cli: `npm run synth:example [-- <name>]` (default: cos).
const synthExample = project.addTask('synth:example', {
  description: 'Synthesize an example app (default: examples/cos) into examples/<name>/cdktf.out',
  receiveArgs: true,
});
synthExample.exec('ts-node --project test/tsconfig.json scripts/synth-example.ts', { receiveArgs: true });

// CDK Terrain: the same source built as `cdktn-tencentcloud-cloudaudit` in packages/cdktn (generated,
// gitignored): cdktf imports rewritten to cdktn, bindings from @cdktn/provider-generator, jsii.
const buildCdktn = project.addTask('build:cdktn', {
  description: 'Generate and jsii-compile the cdktn package in packages/cdktn from src/ and schema/',
  env: { TF_CLI_CONFIG_FILE: '/dev/null' },
  receiveArgs: true,
});
buildCdktn.exec('ts-node --project test/tsconfig.json scripts/build-cdktn.ts', { receiveArgs: true });

const testCdktn = project.addTask('test:cdktn', {
  description: 'The same jest suite against the cdktn build (jest.cdktn.config.js)',
  env: { TF_CLI_CONFIG_FILE: '/dev/null' },
  receiveArgs: true,
});
testCdktn.execArgs(['ts-node', '--project', 'test/tsconfig.json', 'scripts/build-cdktn.ts', '--no-compile']);
testCdktn.exec('jest -c jest.cdktn.config.js --passWithNoTests=false', { receiveArgs: true });

const synthExampleCdktn = project.addTask('synth:example:cdktn', {
  description: 'Synthesize an example with cdktn into examples/<name>/cdktn.out and terraform-validate it with the real provider',
  receiveArgs: true,
});
synthExampleCdktn.exec('ts-node --project test/tsconfig.json scripts/synth-example.ts --cdktn', { receiveArgs: true });

// Lean tarballs (scripts/pack.ts): only the files of bundled dependencies that run, no source maps.
// Replaces jsii-pacmak's JS target (a plain `npm pack`); the other languages stay with jsii-pacmak.
const packageJs = project.tasks.tryFind('package:js');
packageJs?.reset();
packageJs?.execArgs(['ts-node', '--project', 'test/tsconfig.json', 'scripts/pack.ts', '.']);
const packageCdktn = project.addTask('package:cdktn', {
  description: 'Build packages/cdktn and pack it into dist/js (lean, smoke-tested)',
});
packageCdktn.spawn(buildCdktn);
packageCdktn.execArgs(['ts-node', '--project', 'test/tsconfig.json', 'scripts/pack.ts', 'packages/cdktn']);
project.tasks.tryFind('package-all')?.spawn(packageCdktn);
// The review CLI alone (scripts/build-review-cli.ts): `cdktf-tencentcloud-cloudaudit-review`, one
// esbuild bundle of src/review and the HCL parser's WASM, no dependencies (no cdktf, no constructs).
// Built from src/ (no compile needed), at the root package.json's version.
const packageReviewCli = project.addTask('package:review-cli', {
  description: 'Bundle cloudaudit-review (no cdktf, no dependencies) and pack it into dist/js (smoke-tested)',
});
packageReviewCli.execArgs(['ts-node', '--project', 'test/tsconfig.json', 'scripts/build-review-cli.ts']);
project.tasks.tryFind('package-all')?.spawn(packageReviewCli);
// `package` (part of `build` and `release`) packs the three JS packages, with or without CI set.
// projen's default runs package-all when CI is unset, and its plain jsii-pacmak builds fail here:
// package:java needs com.hashicorp:cdktf 0.21.0, which Maven Central lacks; package:go's
// `go mod tidy` fails on constructs v10.7.2, which the Go module proxy does not serve;
// package:dotnet needs a .NET SDK. `test:languages` builds Python, Java and Go with the
// workarounds (docs/languages.md); package-all stays as projen defines it.
const packageTask = project.tasks.tryFind('package');
packageTask?.reset();
packageTask?.spawn(packageJs!);
packageTask?.spawn(packageCdktn);
packageTask?.spawn(packageReviewCli);

// The sources jsii-pacmak generates for every language of both packages (Python's byte-compiled):
// the only check C# gets here (no .NET SDK, NuGet unreachable), and cdktn's Java and Go, whose
// runtimes (io.cdktn:cdktn, the cdk-terrain-go module) the registries do not serve.
const pacmakCode = project.addTask('package:code-only', {
  description: 'jsii-pacmak --code-only for python, java, dotnet and go (both packages) into dist/code',
  env: { PACK_ROOT: '$(pwd)' },
});
const codeTargets = ['--target', 'python', '--target', 'java', '--target', 'dotnet', '--target', 'go'];
pacmakCode.execArgs(['jsii-pacmak', '--code-only', '--no-npmignore', ...codeTargets, '--outdir', 'dist/code/cdktf', '.']);
pacmakCode.execArgs(['python3', '-m', 'compileall', '-q', 'dist/code/cdktf/python/src']);
// The JS tarball each language embeds: the lean one (scripts/pack.ts) for the cdktn package. The cdktf
// package keeps `npm pack` (complete, not lean): pacmak copies the package folder, node_modules included.
pacmakCode.execArgs(['jsii-pacmak', '--code-only', '--no-npmignore', ...codeTargets, '--outdir', 'dist/code/cdktn',
  // pacmak runs it through a shell, in a copy of the package: $PACK_ROOT is set below.
  '--pack-command', '"$PACK_ROOT/node_modules/.bin/ts-node" --project "$PACK_ROOT/test/tsconfig.json" "$PACK_ROOT/scripts/pack.ts" . --out . --print-filename',
  'packages/cdktn']);
pacmakCode.execArgs(['python3', '-m', 'compileall', '-q', 'dist/code/cdktn/python/src']);

// Python, Java and Go packages built with jsii-pacmak and the same smoke app run in each and in
// TypeScript (scripts/languages.ts, apps in test/languages/); ends with `N passed, N failed`.
const testLanguages = project.addTask('test:languages', {
  description: 'Build the Python wheel, Java jar and Go module (and the cdktn wheel) and run the smoke app in each language',
  env: { TF_CLI_CONFIG_FILE: '/dev/null' },
  receiveArgs: true,
});
testLanguages.exec('ts-node --project test/tsconfig.json scripts/languages.ts', { receiveArgs: true });

const bench = project.addTask('bench', { description: 'Benchmarks (not part of the tests); writes bench/results.md' });
bench.execArgs(['ts-node', '--project', 'test/tsconfig.json', 'bench/bench.ts']);

// Property-based tests with >= 100,000 cases, and the hostile-input fuzzer (test/fuzz) with 5,000 HCL
// folders and 12,500 DescribeAuditTracks responses (the normal run has a bounded budget of each).
const fuzz = project.addTask('fuzz', {
  description: 'Property-based tests with >= 100,000 cases and the hostile-input fuzzer with 5,000+ cases a part',
  env: { FUZZ_RUNS: '100000', HOSTILE_FUZZ_RUNS: '5000', HOSTILE_FUZZ_SECONDS: '3600' },
});
fuzz.execArgs(['jest', '--runInBand', '--coverage=false', 'test/property', 'test/fuzz']);

// API.md documents our constructs; the generated bindings (2+ MB of docs) are documented by the
// provider's registry pages their READMEs link to.
const docgen = project.tasks.tryFind('docgen');
docgen?.reset();
docgen?.execArgs(['jsii-docgen', '-o', 'API.md', '-s', 'root']);

// Files cloudaudit-import writes during its tests (test/import/end-to-end.test.ts).
project.gitignore.exclude('/test/import/.generated/');

project.package.file.addOverride('jest.testMatch', ['<rootDir>/test/**/*.test.ts']);

project.synth();
