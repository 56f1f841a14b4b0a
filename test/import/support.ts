/**
 * Small, self-contained helpers of the import tests: the real provider unpacked once per test file,
 * terraform run asynchronously (so an in-process stand-in of the CloudAudit API can answer it), and
 * that stand-in. See ../shared/reference/real-provider/README.md.
 */
import * as fs from 'fs';
import * as http from 'http';
import { AddressInfo } from 'net';
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

/** The real provider, unpacked once per run by jest's globalSetup (test/support/terraform.ts). */
export function unpackProvider(): { dir: string; rc: string } {
  return providerConfig();
}

export type TfResult = RunResult;

/**
 * Runs terraform in `cwd` with the shared offline environment (test/support/terraform.ts), `env`
 * on top, in both spellings Go reads (e.g. HTTP_PROXY at the loopback stand-in). `rc` is the CLI
 * config of `unpackProvider()`, which the shared environment already uses.
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

/** One API call the stand-in received. */
export interface Call {
  readonly action: string;
  readonly body: any;
}

/**
 * A loopback stand-in of the CloudAudit API: with `protocol = "HTTP"` on the provider and
 * HTTP_PROXY pointing here, the provider's calls arrive as POSTs with header X-TC-Action.
 * `answer` returns the inner Response object for an action.
 */
export async function standIn(answer: (action: string, body: any) => object): Promise<{ url: string; calls: Call[]; close: () => Promise<void> }> {
  const calls: Call[] = [];
  const server = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (c) => (raw += c));
    req.on('end', () => {
      const action = String(req.headers['x-tc-action'] ?? '');
      let body: any = {};
      try {
        body = JSON.parse(raw || '{}');
      } catch {
        body = { raw };
      }
      calls.push({ action, body });
      res.setHeader('Content-Type', 'application/json');
      res.end(JSON.stringify({ Response: { ...answer(action, body), RequestId: `stand-in-${calls.length}` } }));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, calls, close: () => new Promise((r) => server.close(() => r())) };
}
