/**
 * Small, self-contained helpers of the import tests: temp dirs, terraform run against the provider
 * double (test/provider-double; a seeded cloud store answers its import reads), stack folders.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { providerConfig, RunResult, runTerraform } from '../support/terraform';

/** Temp dirs made by these helpers; `removeTempDirs` deletes them. */
const tempDirs: string[] = [];

/** A temp dir removed by `removeTempDirs`. */
export function tempDir(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  tempDirs.push(dir);
  return dir;
}

/** Deletes every temp dir of this test file (call in afterAll). */
export function removeTempDirs(): void {
  for (const d of tempDirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
}

/** The provider double, built once per run by jest's globalSetup (test/support/terraform.ts). */
export function providerDouble(): { dir: string; rc: string } {
  return providerConfig();
}

export type TfResult = RunResult;

/**
 * Runs terraform in `cwd` with the shared offline environment (test/support/terraform.ts), `env`
 * on top (proxy variables in both spellings Go reads). `rc` is the CLI config of
 * `providerDouble()`, which the shared environment already uses.
 */
export function terraform(cwd: string, args: string[], rc: string, env: Record<string, string> = {}): Promise<TfResult> {
  const both = Object.fromEntries(Object.entries(env).flatMap(([k, v]) => (/_PROXY$/.test(k) ? [[k, v], [k.toLowerCase(), v]] : [[k, v]])));
  return runTerraform(args, cwd, { ...both, TF_CLI_CONFIG_FILE: rc }, 240_000);
}

/** The `terraform ... -json` messages of a run. */
export function jsonLines(out: string): any[] {
  return out.split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l));
}

/** A stack's Terraform JSON copied into its own dir, without the backend (no init needed). */
export function stackDir(cdkTfJson: string, patch: (doc: any) => void = () => undefined): string {
  const doc = JSON.parse(fs.readFileSync(cdkTfJson, 'utf8'));
  delete doc.terraform.backend;
  patch(doc);
  const dir = tempDir('ca-import-stack-');
  fs.writeFileSync(path.join(dir, 'main.tf.json'), JSON.stringify(doc, null, 1));
  return dir;
}
