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
  /** The Go runtime object of this instance (wasm_exec.js `Go`): retired when the instance dies. */
  readonly go: any;
}

const GLOBAL_NAME = '__parse_terraform_config_wasm__';
let bridge: GoBridge | undefined;
let compiled: WebAssembly.Module | undefined;

/**
 * The folder of @cdktf/hcl2json's WASM module and Go shim: `hcl2json/` beside this file in the
 * review CLI's one-file bundle (scripts/build-review-cli.ts ships these files there, without the
 * package), else the installed package (the library: lib/review/hcl has no such folder).
 */
function hcl2jsonDir(): string {
  const beside = path.join(__dirname, 'hcl2json');
  if (fs.existsSync(path.join(beside, 'main.wasm.gz'))) return beside;
  return path.dirname(require.resolve('@cdktf/hcl2json/package.json'));
}

function load(): GoBridge {
  if (bridge) return bridge;
  const dir = hcl2jsonDir();
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
  // Compiled once: an instance replaced after a parser failure reuses the compiled module.
  compiled ??= new WebAssembly.Module(zlib.gunzipSync(fs.readFileSync(path.join(dir, 'main.wasm.gz'))));
  const module = compiled;
  const instance = new WebAssembly.Instance(module, go.importObject);
  const previous = g[GLOBAL_NAME];
  const root: Record<string, GoFn> = {};
  g[GLOBAL_NAME] = root;
  void go.run(instance); // registers the functions on `root`, then waits forever without holding the event loop
  g[GLOBAL_NAME] = previous;
  if (typeof root.parse !== 'function' || typeof root.getExpressionAst !== 'function') {
    throw new Error('@cdktf/hcl2json did not register its parser');
  }
  bridge = { parse: root.parse, getExpressionAst: root.getExpressionAst, go };
  return bridge;
}

/**
 * Drops an instance that died inside the parser: its pending Go timers are cleared and can no
 * longer resume it (a timer firing into a dead instance throws outside any caller, which would end
 * the process), and its memory is released with it. The next call loads a fresh instance.
 */
function retire(): void {
  const go = bridge?.go;
  bridge = undefined;
  if (!go) return;
  if (go._scheduledTimeouts instanceof Map) {
    for (const t of go._scheduledTimeouts.values()) clearTimeout(t);
    go._scheduledTimeouts.clear();
  }
  go._resume = () => undefined;
  go._inst = undefined;
}

function call(fn: 'parse' | 'getExpressionAst', file: string, text: string): string {
  let result: string | undefined;
  let error: string | null = null;
  try {
    load()[fn](file, text, (err, res) => {
      error = err;
      result = res;
    });
  } catch (e) {
    // The Go parser recurses once per nesting level on the JavaScript stack: input nested deeply
    // enough overflows it (a RangeError inside the module) and kills the Go program. Drop this
    // instance (the next file gets a fresh one) and refuse the input, coded, instead of failing
    // every file after it.
    retire();
    throw new HclTooComplexError(e instanceof Error ? e.message : String(e));
  }
  if (error) throw new HclSyntaxError(error);
  if (result === undefined) {
    retire();
    throw new HclTooComplexError(`the parser stopped without answering (${fn})`);
  }
  return result;
}

/** Input the HCL parser could not get through (nested too deeply for its recursion): CA631. */
export class HclTooComplexError extends RangeError {
  constructor(readonly detail: string) {
    super(`the HCL parser could not get through it: nested too deeply (${detail})`);
    this.name = 'HclTooComplexError';
  }
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
  return JSON.parse(parseHclText(file, text));
}

/** parseHcl's JSON text, not parsed yet (for a nesting check before parsing). */
export function parseHclText(file: string, text: string): string {
  return call('parse', file, text);
}

/** The syntax tree of one HCL expression (throws HclSyntaxError). */
export function expressionAst(file: string, expression: string): Ast | null {
  return JSON.parse(call('getExpressionAst', file, expression));
}
