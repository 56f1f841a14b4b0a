/**
 * A broken set-up fails with one line naming the file and the fix. (The drift check, committed
 * schema/ == extraction from the real provider, is `npx projen check:schema-drift`, outside
 * `npm test`; the extraction itself is tested in schema-extraction.test.ts.)
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { readRealSchema, RealProviderError, SCHEMA_ARCHIVE } from '../../scripts/real-provider';

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
