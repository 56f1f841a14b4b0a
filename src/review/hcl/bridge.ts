/**
 * HashiCorp's HCL parser, as cdktf ships it: `@cdktf/hcl2json` (the Go hcl/v2 parser compiled to
 * WebAssembly, used by `cdktf convert`). Its public `parse` and `getExpressionAst` are async only
 * because they wait for the module to be instantiated; the Go functions themselves answer
 * synchronously. We instantiate the same module, with the package's own Go runtime shim,
 * synchronously, so the review stays a plain synchronous pipeline. Loaded on first use only
 * (≈ 150 ms): JSON and plan inputs never pay for it.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';
import type { TFExpressionSyntaxTree } from '@cdktf/hcl2json';

export type Ast = TFExpressionSyntaxTree.ExpressionType;

type GoFn = (file: string, text: string, cb: (err: string | null, result: string) => void) => void;
interface GoBridge {
  readonly parse: GoFn;
  readonly getExpressionAst: GoFn;
}

const GLOBAL_NAME = '__parse_terraform_config_wasm__';
let bridge: GoBridge | undefined;

function load(): GoBridge {
  if (bridge) return bridge;
  const dir = path.dirname(require.resolve('@cdktf/hcl2json/package.json'));
  // The Go runtime shim defines globalThis.Go.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require(path.join(dir, 'wasm', 'bridge_wasm_exec.js'));
  const g = globalThis as any;
  const go = new g.Go();
  // The Go runtime keeps timers of its own (scheduler, GC): they must not keep the command alive.
  const imports = go.importObject.go;
  const schedule = imports['runtime.scheduleTimeoutEvent'];
  if (typeof schedule === 'function' && go._scheduledTimeouts instanceof Map) {
    imports['runtime.scheduleTimeoutEvent'] = (sp: number) => {
      schedule(sp);
      for (const t of go._scheduledTimeouts.values()) t?.unref?.();
    };
  }
  const module = new WebAssembly.Module(zlib.gunzipSync(fs.readFileSync(path.join(dir, 'main.wasm.gz'))));
  const instance = new WebAssembly.Instance(module, go.importObject);
  const previous = g[GLOBAL_NAME];
  const root: Record<string, GoFn> = {};
  g[GLOBAL_NAME] = root;
  void go.run(instance); // registers the functions on `root`, then waits forever without holding the event loop
  g[GLOBAL_NAME] = previous;
  if (typeof root.parse !== 'function' || typeof root.getExpressionAst !== 'function') {
    throw new Error('@cdktf/hcl2json did not register its parser');
  }
  bridge = { parse: root.parse, getExpressionAst: root.getExpressionAst };
  return bridge;
}

function call(fn: keyof GoBridge, file: string, text: string): string {
  let result: string | undefined;
  let error: string | null = null;
  load()[fn](file, text, (err, res) => {
    error = err;
    result = res;
  });
  if (error) throw new HclSyntaxError(error);
  if (result === undefined) throw new Error(`@cdktf/hcl2json ${fn} did not answer synchronously`);
  return result;
}

/** One diagnostic of the parser: `file:line,col-…: Summary; detail`. */
const DIAGNOSTIC = /(?:^|\s)(\S+?):(\d+),(\d+)(?:-\d+(?:,\d+)?)?: /g;

/**
 * An HCL syntax error, at the first place in the file the parser names. The parser lists the
 * scanner's errors (an invalid character) before the grammar's: the earliest line is reported,
 * whatever the order of the list.
 */
export class HclSyntaxError extends Error {
  readonly line?: number;
  readonly detail: string;
  constructor(raw: string) {
    // "parse config: [main.tf:2,7-3,1: Invalid expression; Expected the start of an expression, ...]"
    const text = raw.replace(/^parse config: \[/, '').replace(/\]\s*$/, '');
    const starts = [...text.matchAll(DIAGNOSTIC)];
    const all = starts.map((m, i) => ({
      line: Number(m[2]),
      column: Number(m[3]),
      text: text.slice(m.index! + m[0].length, i + 1 < starts.length ? starts[i + 1].index : undefined).trim(),
    }));
    const first = all.sort((a, b) => a.line - b.line || a.column - b.column)[0];
    const detail = (first ? first.text : text).trim();
    super(detail);
    this.name = 'HclSyntaxError';
    this.line = first?.line;
    this.detail = detail.replace(/; /, ': ');
  }
}

/** Parses one HCL file into Terraform JSON form (expressions stay `"${…}"` strings). */
export function parseHcl(file: string, text: string): Record<string, any> {
  return JSON.parse(call('parse', file, text));
}

/** The syntax tree of one HCL expression (throws HclSyntaxError). */
export function expressionAst(file: string, expression: string): Ast | null {
  return JSON.parse(call('getExpressionAst', file, expression));
}
