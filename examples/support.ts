/**
 * Shared by the examples: the App every example synthesizes into. Keeps the examples' main.ts
 * files to what a user writes. In your own app this is just `new App()`.
 */
import * as path from 'path';
import { App } from 'cdktf';

/**
 * An App writing to `outdir`, else $CDKTF_OUTDIR (set by cdktf-cli), else `<exampleDir>/cdktf.out`.
 */
export function exampleApp(exampleDir: string, outdir?: string): App {
  const app = new App({ outdir: outdir ?? process.env.CDKTF_OUTDIR ?? path.join(exampleDir, 'cdktf.out') });
  return app;
}
