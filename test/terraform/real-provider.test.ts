/**
 * A broken set-up fails with one line naming the file and the fix. (The drift check, committed
 * schema/ == extraction from the real provider, is `npx projen check:schema-drift`, outside
 * `npm test`; the extraction itself is tested in schema-extraction.test.ts.)
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { BINARY_ARCHIVE, readRealSchema, RealProviderError, SCHEMA_ARCHIVE, unpackProvider } from '../../scripts/real-provider';
import { TERRAFORM_MISSING, terraformVersion } from '../support/terraform';

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
    expect(oneLine(() => unpackProvider(path.join(dir, 'out')))).toMatch(new RegExp(`^${path.join(dir, BINARY_ARCHIVE)}: missing; `));
  });

  test('a corrupted archive', () => {
    fs.writeFileSync(path.join(dir, SCHEMA_ARCHIVE), 'not xz at all');
    expect(oneLine(() => readRealSchema())).toMatch(/: corrupted \(xz: .*File format not recognized\); restore it/);
    fs.writeFileSync(path.join(dir, BINARY_ARCHIVE), Buffer.from([0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00, 1, 2, 3]));
    expect(oneLine(() => unpackProvider(path.join(dir, 'out')))).toMatch(/: corrupted \(xz: .*\); restore it/);
  });

  test('an archive that holds something else than the provider schema', () => {
    fs.writeFileSync(path.join(dir, 'x.json'), '{"format_version":"1.0","provider_schemas":{}}');
    execFileSync('xz', ['-z', path.join(dir, 'x.json')]);
    fs.renameSync(path.join(dir, 'x.json.xz'), path.join(dir, SCHEMA_ARCHIVE));
    expect(oneLine(() => readRealSchema())).toMatch(/holds no schema for registry.terraform.io\/tencentcloudstack\/tencentcloud; restore it/);
  });

  test('terraform not on PATH: the line says how to get it', () => {
    const path0 = process.env.PATH;
    process.env.PATH = dir;
    try {
      expect(oneLine(() => terraformVersion())).toBe(TERRAFORM_MISSING);
    } finally {
      process.env.PATH = path0;
    }
    expect(TERRAFORM_MISSING).toMatch(/install Terraform >= 1\.5 .*put it on PATH/);
  });

  test('a terraform that cannot start', () => {
    const fake = path.join(dir, 'terraform');
    fs.writeFileSync(fake, '#!/bin/sh\necho "segfault" >&2\nexit 139\n', { mode: 0o755 });
    const path0 = process.env.PATH;
    process.env.PATH = `${dir}:${path0}`;
    try {
      expect(oneLine(() => terraformVersion())).toBe('terraform: cannot start (segfault); reinstall it (Terraform >= 1.5, tested with 1.11.4)');
    } finally {
      process.env.PATH = path0;
    }
  });
});
