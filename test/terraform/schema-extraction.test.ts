/**
 * How schema/ is derived from the real provider (scripts/provider-schema.ts) and how the drift
 * check reports (scripts/check-schema-drift.ts), on small inline fixtures: no file outside the
 * repository is read. Then what the committed files say, for the facts the library relies on.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { checkSchemaDrift, DriftFiles, firstDifference } from '../../scripts/check-schema-drift';
import { BEHAVIOR_ABOUT, COMMITTED_BEHAVIOR, COMMITTED_SCHEMA, extractBehavior, extractSchema, readJsonFile, SELECTION_FILE, serialize, stripDescriptions } from '../../scripts/provider-schema';
import { BEHAVIOR_ARCHIVE, PROVIDER_ADDRESS, readRealBehavior, REAL_PROVIDER_VERSION, RealProviderError, SCHEMA_ARCHIVE } from '../../scripts/real-provider';

/** A `terraform providers schema -json` in miniature: two resources, two data sources, descriptions, an ephemeral resource. */
function realSchema(): any {
  return {
    format_version: '1.0',
    provider_schemas: {
      [PROVIDER_ADDRESS]: {
        provider: {
          version: 0,
          block: {
            attributes: { region: { type: 'string', optional: true, description: 'The region.', description_kind: 'plain' } },
            block_types: { assume_role: { nesting_mode: 'set', block: { attributes: { role_arn: { type: 'string', required: true } } } } },
            description_kind: 'plain',
          },
        },
        resource_schemas: {
          tencentcloud_cos_bucket: {
            version: 0,
            block: {
              attributes: {
                bucket: { type: 'string', required: true, description: 'Bucket name.', description_kind: 'plain' },
                id: { type: 'string', optional: true, computed: true },
              },
              block_types: {
                // An argument *named* description: an object, not a text, so it stays.
                description: { nesting_mode: 'list', max_items: 1, block: { attributes: { text: { type: 'string', optional: true } } } },
              },
              description_kind: 'plain',
            },
          },
          tencentcloud_cvm_instance: { version: 0, block: { attributes: { name: { type: 'string', required: true } } } },
        },
        data_source_schemas: {
          tencentcloud_user_info: { version: 0, block: { attributes: { app_id: { type: 'number', computed: true, description: 'APPID.' } } } },
          tencentcloud_cvm_images: { version: 0, block: { attributes: { image_id: { type: 'string', computed: true } } } },
        },
        ephemeral_resource_schemas: { tencentcloud_secret: { version: 0, block: {} } },
      },
    },
  };
}

/** A provider behaviour file in miniature. */
function realBehavior(): any {
  return {
    resources: {
      tencentcloud_cos_bucket: {
        attributes: { 'bucket': { force_new: true, has_validate: true }, 'description': {}, 'description.text': { conflicts_with: ['b', 'a'] } },
        has_customize_diff: false,
        has_update: true,
        importable: true,
      },
      tencentcloud_cvm_instance: { attributes: { name: {} }, has_customize_diff: true, has_update: true, importable: true },
    },
  };
}

const selection = { resources: ['tencentcloud_cos_bucket'], data_sources: ['tencentcloud_user_info'] };

describe('extractSchema', () => {
  const out = extractSchema(realSchema(), selection);
  const p = out.provider_schemas[PROVIDER_ADDRESS];

  test('keeps exactly the selection, the provider block and the format version', () => {
    expect(out.format_version).toBe('1.0');
    expect(Object.keys(out.provider_schemas)).toEqual([PROVIDER_ADDRESS]);
    expect(Object.keys(p).sort()).toEqual(['data_source_schemas', 'provider', 'resource_schemas']);
    expect(Object.keys(p.resource_schemas)).toEqual(['tencentcloud_cos_bucket']);
    expect(Object.keys(p.data_source_schemas)).toEqual(['tencentcloud_user_info']);
    expect(p.provider.block.block_types.assume_role).toEqual({ nesting_mode: 'set', block: { attributes: { role_arn: { type: 'string', required: true } } } });
  });

  test('drops the description texts, not an argument named description', () => {
    expect(p.provider.block).toEqual({
      attributes: { region: { type: 'string', optional: true } },
      block_types: { assume_role: { nesting_mode: 'set', block: { attributes: { role_arn: { type: 'string', required: true } } } } },
    });
    expect(p.resource_schemas.tencentcloud_cos_bucket.block.attributes.bucket).toEqual({ type: 'string', required: true });
    expect(p.resource_schemas.tencentcloud_cos_bucket.block.block_types.description.max_items).toBe(1);
    expect(p.data_source_schemas.tencentcloud_user_info.block.attributes.app_id).toEqual({ type: 'number', computed: true });
    expect(JSON.stringify(out)).not.toMatch(/description_kind|Bucket name|APPID/);
  });

  test('does not change its input', () => {
    const real = realSchema();
    extractSchema(real, selection);
    expect(real).toEqual(realSchema());
    expect(stripDescriptions('description')).toBe('description');
  });

  test('a selected name the provider lacks is an error naming it', () => {
    expect(() => extractSchema(realSchema(), { resources: ['tencentcloud_nope'], data_sources: [] }))
      .toThrow("selection: tencentcloud_nope is not in the real provider's resource_schemas");
    expect(() => extractSchema(realSchema(), { resources: [], data_sources: ['tencentcloud_nope'] }))
      .toThrow("selection: tencentcloud_nope is not in the real provider's data_source_schemas");
  });
});

describe('extractBehavior', () => {
  test('keeps the selected resources\' entries as they are, under the provider version', () => {
    expect(extractBehavior(realBehavior(), selection, '9.9.9')).toEqual({
      _about: BEHAVIOR_ABOUT,
      provider_version: '9.9.9',
      resources: { tencentcloud_cos_bucket: realBehavior().resources.tencentcloud_cos_bucket },
    });
  });

  test('a selected resource without an entry is an error, not a gap', () => {
    expect(() => extractBehavior(realBehavior(), { resources: ['tencentcloud_cos_bucket', 'tencentcloud_nope'], data_sources: [] }, '9.9.9'))
      .toThrow("selection: tencentcloud_nope is not in the real provider's behaviour file (resources)");
  });

  test('data sources: kept when the behaviour file has them, and only the selected ones', () => {
    const real = { ...realBehavior(), data_sources: { tencentcloud_user_info: { attributes: {} }, tencentcloud_cvm_images: { attributes: {} } } };
    expect(extractBehavior(real, selection, '9.9.9').data_sources).toEqual({ tencentcloud_user_info: { attributes: {} } });
    expect(extractBehavior(realBehavior(), selection, '9.9.9')).not.toHaveProperty('data_sources');
  });
});

test('serialize: keys sorted at every depth, arrays in their order, indent 1, one final newline', () => {
  expect(serialize({ b: { d: 1, c: [3, { f: 1, e: 2 }] }, a: 'x' })).toBe('{\n "a": "x",\n "b": {\n  "c": [\n   3,\n   {\n    "e": 2,\n    "f": 1\n   }\n  ],\n  "d": 1\n }\n}\n');
});

test('firstDifference: a JSON pointer to the first difference in key order', () => {
  expect(firstDifference({ a: 1, b: { c: [1, 2] } }, { a: 1, b: { c: [1, 2] } })).toBeUndefined();
  expect(firstDifference({ a: 1, b: { c: [1, 2] } }, { a: 1, b: { c: [1, 3] } })).toBe('/b/c/1');
  expect(firstDifference({ a: 1 }, { 'a': 1, 'x/y': 2 })).toBe('/x~1y');
  expect(firstDifference([1], { 0: 1 })).toBe('/');
});

describe('check:schema-drift (fixture archives in a temp dir)', () => {
  const saved = process.env.CLOUDAUDIT_REAL_PROVIDER_DIR;
  let dir: string;
  let files: DriftFiles;

  const writeXz = (name: string, doc: unknown) => {
    const plain = path.join(dir, 'plain.json');
    fs.writeFileSync(plain, JSON.stringify(doc));
    execFileSync('xz', ['-z', '-f', plain]);
    fs.renameSync(`${plain}.xz`, path.join(dir, name));
  };
  const commit = () => {
    fs.writeFileSync(files.schemaFile, serialize(extractSchema(realSchema(), selection)));
    fs.writeFileSync(files.behaviorFile, serialize(extractBehavior(realBehavior(), selection, REAL_PROVIDER_VERSION)));
  };
  const failure = (): string => {
    const r = checkSchemaDrift(files);
    expect(r.ok).toBe(false);
    expect(r.line).not.toContain('\n');
    return r.line;
  };

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'schema-drift-'));
    process.env.CLOUDAUDIT_REAL_PROVIDER_DIR = dir;
    files = { schemaFile: path.join(dir, 'schema.json'), behaviorFile: path.join(dir, 'behavior.json'), selectionFile: path.join(dir, 'selection.json') };
    fs.writeFileSync(files.selectionFile, JSON.stringify(selection));
    writeXz(SCHEMA_ARCHIVE, realSchema());
    writeXz(BEHAVIOR_ARCHIVE, realBehavior());
    commit();
  });
  afterEach(() => {
    if (saved === undefined) delete process.env.CLOUDAUDIT_REAL_PROVIDER_DIR;
    else process.env.CLOUDAUDIT_REAL_PROVIDER_DIR = saved;
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('committed files that are the extraction pass', () => {
    expect(checkSchemaDrift(files)).toEqual({
      ok: true,
      line: `check:schema-drift: ${files.schemaFile} and ${files.behaviorFile} are the extraction from provider v${REAL_PROVIDER_VERSION} (1 resources, 1 data sources)`,
    });
  });

  test('a changed schema: one coded line naming the file, where, and the fix', () => {
    const doc = readJsonFile(files.schemaFile);
    doc.provider_schemas[PROVIDER_ADDRESS].resource_schemas.tencentcloud_cos_bucket.block.attributes.bucket.optional = true;
    fs.writeFileSync(files.schemaFile, serialize(doc));
    expect(failure()).toBe(`check:schema-drift: [SD01 Drift] ${files.schemaFile} differs at /provider_schemas/${PROVIDER_ADDRESS.replace(/\//g, '~1')}/resource_schemas/tencentcloud_cos_bucket/block/attributes/bucket/optional (expected: the extraction from provider v${REAL_PROVIDER_VERSION}); run \`npx projen gen:bindings\` and commit the result`);
  });

  test('a provider update (new archives, same committed files): both files named on one line', () => {
    const real = realSchema();
    real.provider_schemas[PROVIDER_ADDRESS].resource_schemas.tencentcloud_cos_bucket.block.attributes.acl = { type: 'string', optional: true };
    writeXz(SCHEMA_ARCHIVE, real);
    const behavior = realBehavior();
    behavior.resources.tencentcloud_cos_bucket.attributes.acl = { default: 'private' };
    writeXz(BEHAVIOR_ARCHIVE, behavior);
    expect(failure()).toMatch(new RegExp(`^check:schema-drift: \\[SD01 Drift\\] ${files.schemaFile} differs at /provider_schemas/.*/attributes/acl; ${files.behaviorFile} differs at /resources/tencentcloud_cos_bucket/attributes/acl \\(expected: .*\\); run \`npx projen gen:bindings\``));
  });

  test('a missing, a non-JSON or a reformatted committed file is drift too', () => {
    fs.rmSync(files.behaviorFile);
    expect(failure()).toMatch(new RegExp(`\\[SD01 Drift\\] ${files.behaviorFile} missing \\(`));
    commit();
    fs.writeFileSync(files.schemaFile, '{ not json');
    expect(failure()).toMatch(new RegExp(`\\[SD01 Drift\\] ${files.schemaFile} does not hold JSON \\(`));
    fs.writeFileSync(files.schemaFile, JSON.stringify(extractSchema(realSchema(), selection), null, 2));
    expect(failure()).toMatch(/\[SD01 Drift\] .* differs in layout \(keys sorted, indent 1\)/);
  });

  test('a selection the provider cannot satisfy: SD02, naming the selection', () => {
    fs.writeFileSync(files.selectionFile, JSON.stringify({ resources: ['tencentcloud_nope'], data_sources: [] }));
    expect(failure()).toBe(`check:schema-drift: [SD02 SelectionInvalid] ${files.selectionFile}: selection: tencentcloud_nope is not in the real provider's resource_schemas; fix the selection, then run \`npx projen gen:bindings\` and commit the result`);
  });

  test('a missing archive: SD10, naming it and how to restore it', () => {
    fs.rmSync(path.join(dir, BEHAVIOR_ARCHIVE));
    expect(failure()).toBe(`check:schema-drift: [SD10 ArchiveMissing] ${path.join(dir, BEHAVIOR_ARCHIVE)}: missing; restore it from the project's shared reference folder (real-provider/), or point CLOUDAUDIT_REAL_PROVIDER_DIR at a folder holding it`);
  });

  test('a corrupted archive, or one holding something else: SD11', () => {
    fs.writeFileSync(path.join(dir, SCHEMA_ARCHIVE), 'not xz at all');
    expect(failure()).toMatch(new RegExp(`^check:schema-drift: \\[SD11 ArchiveCorrupted\\] ${path.join(dir, SCHEMA_ARCHIVE)}: corrupted \\(xz: .*\\); restore it`));
    writeXz(SCHEMA_ARCHIVE, realSchema());
    writeXz(BEHAVIOR_ARCHIVE, { format_version: '1.0', provider_schemas: {} });
    expect(failure()).toMatch(new RegExp(`^check:schema-drift: \\[SD11 ArchiveCorrupted\\] ${path.join(dir, BEHAVIOR_ARCHIVE)}: holds no resources object \\(not a provider behaviour file\\); restore it`));
  });

  test('readRealBehavior: a broken archive is one RealProviderError line', () => {
    fs.writeFileSync(path.join(dir, BEHAVIOR_ARCHIVE), Buffer.from([0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00, 1, 2, 3]));
    expect(() => readRealBehavior()).toThrow(RealProviderError);
    expect(() => readRealBehavior()).toThrow(/: corrupted \(xz: [^\n]*\); restore it/);
    fs.rmSync(path.join(dir, BEHAVIOR_ARCHIVE));
    expect(() => readRealBehavior()).toThrow(`${path.join(dir, BEHAVIOR_ARCHIVE)}: missing; restore it`);
  });
});

describe('the committed files', () => {
  const schema = readJsonFile(COMMITTED_SCHEMA).provider_schemas[PROVIDER_ADDRESS];
  const behavior = readJsonFile(COMMITTED_BEHAVIOR);
  const committedSelection = readJsonFile(SELECTION_FILE);

  test('hold exactly the selection, from the same provider version', () => {
    expect(Object.keys(schema.resource_schemas).sort()).toEqual([...committedSelection.resources].sort());
    expect(Object.keys(schema.data_source_schemas).sort()).toEqual([...committedSelection.data_sources].sort());
    expect(Object.keys(behavior.resources).sort()).toEqual([...committedSelection.resources].sort());
    expect(behavior.provider_version).toBe(REAL_PROVIDER_VERSION);
  });

  test('the behaviour file describes every argument and block of the schema (all but id), and nothing else', () => {
    const paths = (block: any, prefix = ''): string[] => [
      ...Object.keys(block.attributes ?? {}).map((a) => `${prefix}${a}`),
      ...Object.entries<any>(block.block_types ?? {}).flatMap(([b, bt]) => [`${prefix}${b}`, ...paths(bt.block, `${prefix}${b}.`)]),
    ];
    for (const name of committedSelection.resources) {
      expect([name, Object.keys(behavior.resources[name].attributes).sort()])
        .toEqual([name, paths(schema.resource_schemas[name].block).filter((p) => p !== 'id').sort()]);
    }
  });

  test('the four arguments v1.83 added to the selection are there, as the provider declares them', () => {
    const r = schema.resource_schemas;
    expect(r.tencentcloud_audit_track.block.block_types.storage.block.attributes.compress).toEqual({ computed: true, optional: true, type: 'number' });
    expect(r.tencentcloud_cos_bucket.block.attributes.cors_response_vary).toEqual({ computed: true, optional: true, type: 'string' });
    expect(r.tencentcloud_cls_topic.block.attributes.biz_type).toEqual({ computed: true, optional: true, type: 'number' });
    expect(r.tencentcloud_cls_topic.block.block_types.custom_kms_info).toEqual({
      block: { attributes: { kms_key_id: { required: true, type: 'string' }, kms_region: { required: true, type: 'string' } } },
      max_items: 1,
      nesting_mode: 'list',
    });
  });

  test('the mistakes of the hand-curated schema stay corrected', () => {
    expect(schema.resource_schemas.tencentcloud_cam_role.block.attributes.role_arn).toEqual({ computed: true, type: 'string' });
    expect(schema.resource_schemas.tencentcloud_cls_alarm_notice.block.attributes.secure_detail_status).toBeUndefined();
    // v1.82.102 declared max_items 1 on these; v1.83.25 (SDKv2 muxed with plugin-framework parts) declares none.
    for (const [b, mode] of [['assume_role', 'set'], ['assume_role_with_saml', 'list'], ['assume_role_with_web_identity', 'list'], ['mfa_certification', 'set']]) {
      expect([b, schema.provider.block.block_types[b].nesting_mode, schema.provider.block.block_types[b].max_items]).toEqual([b, mode, undefined]);
    }
  });

  test('what the library relies on: which arguments replace the resource, which have defaults or diff suppression', () => {
    const where = (pick: (a: any) => boolean) => Object.entries<any>(behavior.resources)
      .flatMap(([r, e]) => Object.entries<any>(e.attributes).filter(([, a]) => pick(a)).map(([a]) => `${r}.${a}`)).sort();
    expect(where((a) => a.force_new === true)).toEqual([
      'tencentcloud_cam_role.name',
      'tencentcloud_cam_role_policy_attachment.policy_id',
      'tencentcloud_cam_role_policy_attachment.role_id',
      'tencentcloud_cos_bucket.bucket',
      'tencentcloud_cos_bucket.cdc_id',
      'tencentcloud_cos_bucket.chdfs_ofs',
      'tencentcloud_cos_bucket.multi_az',
      'tencentcloud_cos_bucket_policy.bucket',
      'tencentcloud_events_audit_track.name',
    ]);
    // A track rename is not ForceNew: the provider plans it in place and the API refuses it at apply.
    expect(behavior.resources.tencentcloud_audit_track.attributes.name.force_new).toBeUndefined();
    expect(behavior.resources.tencentcloud_cos_bucket.attributes.acl.default).toBe('private');
    expect(where((a) => a.diff_suppress === true)).toEqual(['tencentcloud_cam_role.document', 'tencentcloud_cos_bucket.acl_body', 'tencentcloud_cos_bucket_policy.policy']);
    for (const [name, e] of Object.entries<any>(behavior.resources)) {
      expect([name, e.importable, e.has_customize_diff]).toEqual([name, true, false]);
    }
  });
});
