// Many articles at once: tasks go to N worker threads (or run here with one job), results come out in the input's
// order, a progress bar goes to standard error when it is a terminal, and a summary line ends the run.
import { Worker } from 'node:worker_threads';
import { runTask, type Task, type TaskResult } from './inputs';

export interface BatchIo {
  /** Writes one result (already in input order). */
  emit: (result: TaskResult) => void;
  stderr: (text: string) => void;
  /** Standard error is a terminal: draw the progress bar. */
  progress: boolean;
}

export interface BatchSummary {
  articles: number;
  errors: number;
  seconds: number;
}

// Results waiting for an earlier one stay in memory: a bound on what is sent ahead keeps a 100,000-line file from
// being held whole when one article is slow.
const AHEAD_PER_JOB = 8;
const PROGRESS_EVERY_MS = 100;
const BAR_WIDTH = 30;

function progressLine(done: number, total: number | null, started: number): string {
  const seconds = (performance.now() - started) / 1000;
  if (!total) return `\r${done} articles  ${seconds.toFixed(1)} s`;
  const filled = Math.round((done / total) * BAR_WIDTH);
  return `\r[${'#'.repeat(filled)}${'.'.repeat(BAR_WIDTH - filled)}] ${done}/${total}  ${seconds.toFixed(1)} s`;
}

/** Runs every task, emitting results in order; `total`, when known, scales the progress bar. */
export async function runBatch(
  tasks: AsyncIterable<Task>,
  jobs: number,
  total: number | null,
  io: BatchIo,
): Promise<BatchSummary> {
  const started = performance.now();
  let done = 0;
  let errors = 0;
  let drawn = 0;
  const pending = new Map<number, TaskResult>();
  let nextToEmit = 0;
  const record = (index: number, result: TaskResult) => {
    pending.set(index, result);
    while (pending.has(nextToEmit)) {
      const ready = pending.get(nextToEmit)!;
      pending.delete(nextToEmit);
      nextToEmit += 1;
      done += 1;
      if (!ready.ok) errors += 1;
      io.emit(ready);
    }
    if (io.progress && performance.now() - drawn > PROGRESS_EVERY_MS) {
      drawn = performance.now();
      io.stderr(progressLine(done, total, started));
    }
  };

  if (jobs <= 1) {
    let index = 0;
    for await (const task of tasks) record(index++, await runTask(task));
  } else {
    await inWorkers(tasks, jobs, record, () => nextToEmit);
  }
  if (io.progress) io.stderr(`${progressLine(done, total, started)}\n`);
  const seconds = Math.round((performance.now() - started) / 10) / 100;
  io.stderr(`repere: ${done} articles, ${errors} errors, ${seconds} s\n`);
  return { articles: done, errors, seconds };
}

async function inWorkers(
  tasks: AsyncIterable<Task>,
  jobs: number,
  record: (index: number, result: TaskResult) => void,
  emitted: () => number,
): Promise<void> {
  const iterator = tasks[Symbol.asyncIterator]();
  let sent = 0;
  let exhausted = false;
  const maxAhead = jobs * AHEAD_PER_JOB;
  const url = new URL('./batch-worker.js', import.meta.url);
  const waiters: (() => void)[] = [];
  const wake = () => waiters.splice(0).forEach((resolve) => resolve());

  // Each worker pulls the next task when it is free; one chain of pulls hands tasks out in input order.
  let chain: Promise<unknown> = Promise.resolve();
  async function pull(): Promise<{ index: number; task: Task } | null> {
    while (!exhausted && sent - emitted() >= maxAhead) await new Promise<void>((resolve) => waiters.push(resolve));
    if (exhausted) return null;
    const item = await iterator.next();
    if (item.done) {
      exhausted = true;
      wake();
      return null;
    }
    return { index: sent++, task: item.value };
  }
  const next = () => {
    const pulled = chain.then(pull);
    chain = pulled;
    return pulled;
  };

  async function drive(): Promise<void> {
    let worker = new Worker(url);
    let current: { index: number; task: Task } | null = null;
    try {
      for (;;) {
        current = await next();
        if (!current) return;
        const { index, task } = current;
        const result = await new Promise<TaskResult>((resolve) => {
          const onMessage = (message: { index?: number; result?: TaskResult }) => {
            if (message.index !== index) return;
            worker.off('message', onMessage).off('error', onError);
            resolve(message.result!);
          };
          // A crash in the worker costs this task only: it gets its error line and a new worker takes over.
          const onError = (error: Error) => {
            worker.off('message', onMessage).off('error', onError);
            worker = new Worker(url);
            const head = task.kind === 'file' ? { file: task.path } : { line: task.line };
            resolve({ ok: false, head, error: `analysis failed (${error.message})` });
          };
          worker.on('message', onMessage).on('error', onError);
          worker.postMessage({ index, task });
        });
        record(index, result);
        wake();
      }
    } finally {
      await worker.terminate();
    }
  }

  await Promise.all(Array.from({ length: jobs }, () => drive()));
}
