/**
 * Shared by the examples: the App every example synthesizes into, with the compliance rules
 * (`AuditChecks`) on. In your own app this is the same two lines.
 */
import * as path from 'path';
import { App, Aspects } from 'cdktf';
import { AuditChecks } from '../src';

/**
 * An App writing to `outdir`, else $CDKTF_OUTDIR (set by cdktf-cli), else `<exampleDir>/cdktf.out`.
 */
export function exampleApp(exampleDir: string, outdir?: string): App {
  const app = new App({ outdir: outdir ?? process.env.CDKTF_OUTDIR ?? path.join(exampleDir, 'cdktf.out') });
  Aspects.of(app).add(new AuditChecks());
  return app;
}

/**
 * Synthesizes the app; run without cdktf-cli (which prints annotations itself and sets
 * CDKTF_OUTDIR), prints this library's unacknowledged warnings, which nothing else would show.
 */
export function synthAndPrint(app: App): void {
  app.synth();
  if (process.env.CDKTF_OUTDIR === undefined) for (const line of AuditChecks.summarize(app)) console.warn(line);
}
