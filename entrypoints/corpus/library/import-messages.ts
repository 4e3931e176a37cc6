import type { ImportProblem } from '../../../lib/corpus/import';

/** What the library page asks its import worker: import this file, or stop after the current batch. */
export type ImportRequest = { kind: 'import'; file: File } | { kind: 'cancel' };

/** What the import worker tells the page, in this order: the file read, progress a batch, then how it ended. */
export type ImportReply =
  | { kind: 'parsed'; total: number }
  | { kind: 'progress'; done: number; total: number }
  | { kind: 'done'; done: number; total: number; written: number }
  | { kind: 'cancelled'; done: number; total: number }
  | { kind: 'invalid'; line: number; code: ImportProblem; detail: string }
  /** Stopped by an error: the first `done` entries of `total` are stored, whole (none when the file was not read). */
  | { kind: 'failed'; done: number; total: number };
