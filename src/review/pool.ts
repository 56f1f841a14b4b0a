/**
 * A monorepo's roots read in parallel: a pool of worker threads, one root at a time each, the
 * documents sent back (structured clone) and put in the roots' order, so the output is the same
 * as one thread's. The review stays a synchronous command: the main thread waits on a shared
 * counter (Atomics.wait) and takes each answer with receiveMessageOnPort, without an event loop.
 *
 * A worker runs this same file (`__filename`, marked by its workerData): in the compiled library
 * lib/review/pool.js, in the bundled CLI the bundle itself (whose entry does nothing in a worker).
 * Input errors cross back as their code, file and text, and are thrown as the same
 * ReviewInputError; anything else as an Error with its message.
 */
import * as os from 'os';
import { isMainThread, MessageChannel, MessagePort, receiveMessageOnPort, Worker, workerData } from 'worker_threads';
import { onFileRead, recordInput } from './files';
import type { HclOptions } from './hcl/module';
import { loadPath, ReviewInputError } from './load';
import { writtenAt, WrittenTree } from './locate';
import { AttributeSource, ReviewDocument, TfResource, ValueOrigin } from './model';
import { readAttributes, readsType } from './reads';

const MARKER = 'cloudaudit-review-pool';

/** One root to read. */
export interface RootJob {
  readonly dir: string;
  readonly options: HclOptions;
}

/**
 * A resource's AttributeSource as data: the tree `written` reads, and the origins of the
 * attributes the review reads.
 */
interface PortableSource {
  readonly tree?: WrittenTree;
  readonly origins: ReadonlyArray<readonly [string, ValueOrigin[] | undefined]>;
}

const PORTABLE = '__portableWhere';

/**
 * The documents with every AttributeSource turned into data (in the worker): the tree `written`
 * reads, and the origins of every attribute the review reads of the type (findings name those).
 */
function portable(docs: ReviewDocument[]): ReviewDocument[] {
  return docs.map((d) => ({
    ...d,
    resources: d.resources.map((r) => {
      if (!r.where) return r;
      const { where, ...rest } = r;
      // Findings are about the resources the review reads: the others' lines are never asked for.
      if (!readsType(r.type)) return rest as TfResource;
      const origins: Array<readonly [string, ValueOrigin[] | undefined]> = [];
      if (where.origins) {
        for (const a of new Set(readAttributes(r.type))) {
          const o = where.origins(a);
          if (o !== undefined) origins.push([a, o]);
        }
      }
      const data: PortableSource = { tree: where.tree?.(), origins };
      return { ...rest, [PORTABLE]: data } as TfResource;
    }),
  }));
}

/** The documents with their AttributeSources back (in the main thread). */
function revive(docs: ReviewDocument[]): ReviewDocument[] {
  for (const d of docs) {
    for (const r of d.resources as Array<TfResource & { [PORTABLE]?: PortableSource }>) {
      const data = r[PORTABLE];
      if (!data) continue;
      delete r[PORTABLE];
      const origins = new Map(data.origins);
      (r as { where?: AttributeSource }).where = {
        written: (a) => writtenAt(data.tree, a),
        tree: () => data.tree,
        origins: (a: string) => origins.get(a),
      };
    }
  }
  return docs;
}

type Answer =
  | { readonly index: number; readonly docs: ReviewDocument[]; readonly files: readonly string[] }
  | { readonly index: number; readonly error: { readonly input?: { file: string; code: string; what: string }; readonly message: string } };

interface WorkerInput {
  readonly [MARKER]: true;
  readonly jobs: readonly RootJob[];
  readonly indexes: readonly number[];
  readonly port: MessagePort;
  readonly signal: Int32Array;
}

/** Whether this thread is one of the pool's workers. */
export const IN_POOL_WORKER = !isMainThread && (workerData as WorkerInput | undefined)?.[MARKER] === true;

/** The number of workers for `roots` roots: the cores, at most one per root, at most 8. */
export function poolSize(roots: number, requested?: number): number {
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  return Math.max(1, Math.min(requested ?? cores, roots, 8));
}

/**
 * Reads every job's root with `size` workers (`onRoot` after each, in completion order, for
 * progress); returns the documents in the jobs' order. An error of the first failing root in
 * the jobs' order is thrown, as one thread would have.
 */
export function readRootsInPool(
  jobs: readonly RootJob[], size: number, onRoot?: (done: number, docs: readonly ReviewDocument[]) => void,
): ReviewDocument[][] {
  const signal = new Int32Array(new SharedArrayBuffer(4));
  const ports: MessagePort[] = [];
  const workers: Worker[] = [];
  // Round-robin: root i goes to worker i % size (sizes of roots are not known before reading them).
  for (let w = 0; w < size; w++) {
    const indexes = jobs.map((_, i) => i).filter((i) => i % size === w);
    if (indexes.length === 0) continue;
    const { port1, port2 } = new MessageChannel();
    const input: WorkerInput = { [MARKER]: true, jobs, indexes, port: port2, signal };
    const ts = __filename.endsWith('.ts');
    const worker = new Worker(__filename, {
      workerData: input,
      transferList: [port2],
      // From sources (the tests): the worker compiles them as ts-node does for the main thread.
      execArgv: ts ? ['-r', 'ts-node/register/transpile-only'] : [],
      stdout: false,
      stderr: false,
    });
    worker.unref();
    workers.push(worker);
    ports.push(port1);
  }
  const answers = new Map<number, Answer>();
  let seen = 0;
  try {
    while (answers.size < jobs.length) {
      Atomics.wait(signal, 0, seen, 1000);
      seen = Atomics.load(signal, 0);
      for (const port of ports) {
        for (let m = receiveMessageOnPort(port); m; m = receiveMessageOnPort(port)) {
          const a = m.message as Answer;
          answers.set(a.index, a);
          if ('docs' in a) {
            // The files a worker read are inputs of this run too: the report never overwrites one.
            for (const f of a.files) recordInput(f);
            onRoot?.(answers.size, a.docs);
          }
        }
      }
      // A worker that died without answering (out of memory): its roots are read here instead.
      if (answers.size < jobs.length && workers.every((w) => w.threadId < 0)) break;
    }
  } finally {
    for (const port of ports) port.close();
    for (const w of workers) void w.terminate();
  }
  return jobs.map((job, i) => {
    const a = answers.get(i);
    if (!a) return loadPath(job.dir, job.options);
    if ('error' in a) {
      const { input, message } = a.error;
      throw input ? new ReviewInputError(input.file, input.code, input.what) : new Error(message);
    }
    return revive(a.docs);
  });
}

function runWorker(input: WorkerInput): void {
  let files: string[] = [];
  onFileRead((f) => files.push(f));
  for (const index of input.indexes) {
    let answer: Answer;
    files = [];
    try {
      answer = { index, docs: portable(loadPath(input.jobs[index].dir, input.jobs[index].options)), files };
    } catch (e) {
      const input2 = e instanceof ReviewInputError ? { file: e.file, code: e.code, what: e.what } : undefined;
      answer = { index, error: { input: input2, message: e instanceof Error ? e.message : String(e) } };
    }
    try {
      input.port.postMessage(answer);
    } catch (e) {
      // A document that cannot be cloned: say so rather than hang.
      input.port.postMessage({ index, error: { message: `the review of ${input.jobs[index].dir} could not be sent back: ${(e as Error).message}` } });
    }
    Atomics.add(input.signal, 0, 1);
    Atomics.notify(input.signal, 0);
  }
  input.port.close();
}

if (IN_POOL_WORKER) runWorker(workerData as WorkerInput);
