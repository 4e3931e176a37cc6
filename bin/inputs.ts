// What one unit of work is for the CLI (a file, or one record of a JSON Lines file) and how it becomes an analysis.
// The same function runs in the main thread (one job) and in each worker thread (several jobs).
import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { parseHTML } from 'linkedom';
import { z } from 'zod';
import { analyse } from '../lib/analyse/analyse';
import { defaultAutomaton } from '../lib/analyse/recogniser';
import { extractArticle } from '../lib/article/extract';
import { pageMeta, supportedLang } from '../lib/article/page-meta';
import { bundledCorpusIndex } from '../lib/corpus/bundled-index';
import { titleOf } from '../lib/corpus/title';
import type { Analysis } from '../lib/types';

// Beyond this a file is not a news page; reading it whole would only exhaust memory.
const MAX_FILE_BYTES = 64 * 1024 * 1024;

export class InputError extends Error {}

export type Task = { kind: 'file'; path: string } | { kind: 'record'; line: number; raw: string };

/** An analysis with the fields that say where it came from, or the error that stopped it. */
export type TaskResult =
  | { ok: true; head: Record<string, unknown>; analysis: Analysis }
  | { ok: false; head: Record<string, unknown>; error: string };

export async function readInput(path: string, readStdin: () => Promise<Buffer>): Promise<Buffer> {
  if (path === '-') return readStdin();
  let size: number;
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new InputError('is a directory');
    size = info.size;
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EACCES'
          ? 'permission denied'
          : `cannot read (${code ?? 'unknown error'})`,
    );
  }
  if (size > MAX_FILE_BYTES)
    throw new InputError(`file too large (${Math.round(size / 1048576)} MB; the limit is 64 MB)`);
  try {
    return await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(code === 'EACCES' ? 'permission denied' : `cannot read (${code ?? 'unknown error'})`);
  }
}

export const ARTICLE_EXTENSIONS = ['.html', '.htm', '.xhtml', '.txt', '.text'];

function looksLikeHtml(path: string, content: string): boolean {
  const extension = extname(path).toLowerCase();
  if (extension === '.html' || extension === '.htm' || extension === '.xhtml') return true;
  if (extension === '.txt' || extension === '.text') return false;
  return /^\s*(?:<!doctype html|<html|<head|<body|<article|<p[\s>])/i.test(content);
}

export function decode(bytes: Buffer): string {
  const sample = bytes.subarray(0, 8192);
  if (sample.includes(0)) throw new InputError('not a text or HTML file (binary content)');
  return new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
}

const options = () => ({ automaton: defaultAutomaton(), corpus: bundledCorpusIndex() });

export function analyseContent(path: string, content: string): Analysis {
  if (looksLikeHtml(path, content)) {
    const { document } = parseHTML(content);
    const article = extractArticle(document as unknown as Document, { force: true });
    const meta = pageMeta(document as unknown as Document);
    return analyse({ text: article.text, title: article.title, isArticle: article.isArticle, ...meta }, options());
  }
  const text = content.replace(/\r\n?/g, '\n');
  return analyse({ text, title: titleOf(text) }, options());
}

// One article a line. `lang` is read as a page's declared language: only when the text alone does not tell.
const RECORD = z.object({
  id: z.union([z.string(), z.number()]).optional(),
  title: z.string().optional(),
  text: z.string(),
  url: z.string().optional(),
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}/, 'date must be ISO (YYYY-MM-DD)')
    .optional(),
  lang: z.string().optional(),
});

function recordError(error: unknown): string {
  if (error instanceof SyntaxError) return `not JSON (${error.message})`;
  if (error instanceof z.ZodError)
    return error.issues.map((issue) => `${issue.path.join('.') || 'record'}: ${issue.message}`).join('; ');
  return `analysis failed (${String(error)})`;
}

export function analyseRecord(line: number, raw: string): TaskResult {
  let head: Record<string, unknown> = { line };
  try {
    const parsed: unknown = JSON.parse(raw);
    const id = (parsed as { id?: unknown } | null)?.id;
    if (typeof id === 'string' || typeof id === 'number') head = { line, id };
    const record = RECORD.parse(parsed);
    if (record.url) head.url = record.url;
    const text = record.text.replace(/\r\n?/g, '\n');
    const analysis = analyse(
      { text, title: record.title ?? titleOf(text), date: record.date?.slice(0, 10), lang: supportedLang(record.lang) },
      options(),
    );
    return { ok: true, head, analysis };
  } catch (error) {
    return { ok: false, head, error: recordError(error) };
  }
}

export async function runTask(task: Task): Promise<TaskResult> {
  if (task.kind === 'record') return analyseRecord(task.line, task.raw);
  const head = { file: task.path };
  try {
    const content = decode(await readInput(task.path, () => Promise.reject(new InputError('no standard input'))));
    return { ok: true, head, analysis: analyseContent(task.path, content) };
  } catch (error) {
    return {
      ok: false,
      head,
      error: error instanceof InputError ? error.message : `analysis failed (${String(error)})`,
    };
  }
}
