/**
 * PNG rendering in worker threads: resvg draws and encodes a PNG synchronously (a national map at 2160 px takes
 * ~0.8 s of CPU), so on the main thread every image held up the pages behind it. Here up to one worker per core
 * renders, while the build goes on with other pages; the output is the same bytes resvg gives on the main thread.
 * Workers are started on first use and let the process exit whenever none is busy.
 */
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ResvgRenderOptions } from '@resvg/resvg-js';

const require = createRequire(import.meta.url);

/** The worker's whole program (CommonJS, evaluated): render, encode, hand the bytes back. */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { Resvg } = require(workerData.resvg);
parentPort.on('message', ({ id, svg, options }) => {
  try {
    const started = performance.now();
    const png = new Uint8Array(new Resvg(svg, options).render().asPng());
    parentPort.postMessage({ id, png, ms: performance.now() - started }, [png.buffer]);
  } catch (error) {
    parentPort.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
`;

interface Task {
  readonly id: number;
  readonly svg: string;
  readonly options: ResvgRenderOptions;
  readonly resolve: (rendered: RenderedPng) => void;
  readonly reject: (error: Error) => void;
}

interface PoolWorker {
  readonly worker: Worker;
  task: Task | undefined;
}

const queue: Task[] = [];
const workers: PoolWorker[] = [];
let nextId = 0;

/** How many workers at most: one per core the process may use. */
const SIZE = Math.max(1, availableParallelism());

function startWorker(): PoolWorker {
  const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { resvg: require.resolve('@resvg/resvg-js') } });
  const entry: PoolWorker = { worker, task: undefined };
  worker.on('message', (message: { id: number; png?: Uint8Array<ArrayBuffer>; ms?: number; error?: string }) => {
    const task = entry.task;
    entry.task = undefined;
    if (task !== undefined && task.id === message.id) {
      if (message.png !== undefined) task.resolve({ png: message.png, ms: message.ms ?? 0 });
      else task.reject(new Error(`resvg: ${message.error ?? 'no image'}`));
    }
    dispatch();
  });
  worker.on('error', (error: Error) => {
    entry.task?.reject(error);
    entry.task = undefined;
    workers.splice(workers.indexOf(entry), 1);
    dispatch();
  });
  workers.push(entry);
  return entry;
}

/** Hands queued tasks to idle workers (starting workers up to SIZE); an idle worker does not keep the process up. */
function dispatch(): void {
  while (queue.length > 0) {
    const idle = workers.find((w) => w.task === undefined) ?? (workers.length < SIZE ? startWorker() : undefined);
    if (idle === undefined) break;
    const task = queue.shift() as Task;
    idle.task = task;
    idle.worker.ref();
    idle.worker.postMessage({ id: task.id, svg: task.svg, options: task.options });
  }
  for (const w of workers) if (w.task === undefined) w.worker.unref();
}

/** A PNG from a worker, and how long the worker took to draw and encode it (waiting in the queue not counted). */
export interface RenderedPng {
  readonly png: Uint8Array<ArrayBuffer>;
  readonly ms: number;
}

/** Renders `svg` with `options` to PNG bytes in a worker thread. */
export function renderPngInWorker(svg: string, options: ResvgRenderOptions): Promise<RenderedPng> {
  return new Promise((resolve, reject) => {
    queue.push({ id: nextId++, svg, options, resolve, reject });
    dispatch();
  });
}
