/**
 * The committed schema is what the real provider says (outside the documented v1.83.25 overlay),
 * and a broken set-up fails with one line naming the file and the fix.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { COMMITTED_SCHEMA, extractSchema, mergeBlock, OVERLAY_FILE, readJsonFile, SELECTION_FILE, serialize } from '../../scripts/provider-schema';
import { readRealSchema, RealProviderError, SCHEMA_ARCHIVE } from '../../scripts/real-provider';

describe('committed schema vs the real provider', () => {
  const real = readRealSchema();
  const overlay = readJsonFile(OVERLAY_FILE);

  test('the committed schema is exactly the extraction (run `npx projen gen:bindings` when this fails)', () => {
    const expected = serialize(extractSchema(real, readJsonFile(SELECTION_FILE), overlay));
    expect(fs.readFileSync(COMMITTED_SCHEMA, 'utf8') === expected).toBe(true);
  });

  test('the overlay only adds the four v1.83.25 arguments', () => {
    const added: string[] = [];
    const walk = (block: any, where: string) => {
      for (const a of Object.keys(block.attributes ?? {})) added.push(`${where}.${a}`);
      for (const [b, bt] of Object.entries<any>(block.block_types ?? {})) {
        if (bt.nesting_mode !== undefined) added.push(`${where}.${b}`);
        else walk(bt.block ?? {}, `${where}.${b}`);
      }
    };
    for (const [name, entry] of Object.entries<any>(overlay.resource_schemas)) walk(entry.block, name);
    expect(added.sort()).toEqual([
      'tencentcloud_audit_track.storage.compress',
      'tencentcloud_cls_topic.biz_type',
      'tencentcloud_cls_topic.custom_kms_info',
      'tencentcloud_cos_bucket.cors_response_vary',
    ]);
  });

  test('an overlay entry that the real schema has is refused', () => {
    const block = { attributes: { bucket: { type: 'string', required: true } } };
    expect(() => mergeBlock(block, { attributes: { bucket: { type: 'string' } } }, 'tencentcloud_cos_bucket')).toThrow(/already exists in the real schema/);
  });

  test('the three mistakes of the hand-curated schema are gone', () => {
    const s = readJsonFile(COMMITTED_SCHEMA).provider_schemas['registry.terraform.io/tencentcloudstack/tencentcloud'];
    for (const b of ['assume_role', 'assume_role_with_saml', 'assume_role_with_web_identity', 'mfa_certification']) {
      expect(s.provider.block.block_types[b].max_items).toBe(1);
    }
    expect(s.resource_schemas.tencentcloud_cam_role.block.attributes.role_arn).toEqual({ computed: true, type: 'string' });
    expect(s.resource_schemas.tencentcloud_cls_alarm_notice.block.attributes.secure_detail_status).toBeUndefined();
  });
});

describe('a broken set-up: one line naming the file and the fix', () => {
  const saved = process.env.CLOUDAUDIT_REAL_PROVIDER_DIR;
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'broken-provider-'));
    process.env.CLOUDAUDIT_REAL_PROVIDER_DIR = dir;
  });
  afterEach(() => {
    if (saved === undefined) delete process.env.CLOUDAUDIT_REAL_PROVIDER_DIR;
    else process.env.CLOUDAUDIT_REAL_PROVIDER_DIR = saved;
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const oneLine = (fn: () => unknown): string => {
    try {
      fn();
    } catch (e) {
      expect(e).toBeInstanceOf(RealProviderError);
      const message = (e as Error).message;
      expect(message).not.toContain('\n');
      return message;
    }
    throw new Error('nothing was thrown');
  };

  test('a missing archive', () => {
    expect(oneLine(() => readRealSchema())).toBe(`${path.join(dir, SCHEMA_ARCHIVE)}: missing; restore it from the project's shared reference folder (real-provider/), or point CLOUDAUDIT_REAL_PROVIDER_DIR at a folder holding it`);
  });

  test('a corrupted archive', () => {
    fs.writeFileSync(path.join(dir, SCHEMA_ARCHIVE), 'not xz at all');
    expect(oneLine(() => readRealSchema())).toMatch(/: corrupted \(xz: .*File format not recognized\); restore it/);
  });

  test('an archive that holds something else than the provider schema', () => {
    fs.writeFileSync(path.join(dir, 'x.json'), '{"format_version":"1.0","provider_schemas":{}}');
    execFileSync('xz', ['-z', path.join(dir, 'x.json')]);
    fs.renameSync(path.join(dir, 'x.json.xz'), path.join(dir, SCHEMA_ARCHIVE));
    expect(oneLine(() => readRealSchema())).toMatch(/holds no schema for registry.terraform.io\/tencentcloudstack\/tencentcloud; restore it/);
  });
});
