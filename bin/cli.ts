import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { extname, isAbsolute, join } from 'node:path';
import { createInterface } from 'node:readline';
import { glob, isDynamicPattern } from 'tinyglobby';
import type { Analysis } from '../lib/types';
import { runBatch } from './batch';
import {
  ARTICLE_EXTENSIONS,
  analyseContent,
  decode,
  InputError,
  readInput,
  type Task,
  type TaskResult,
} from './inputs';
import { formatReport } from './report';

export { analyseContent } from './inputs';

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readStdin: () => Promise<Buffer>;
  /** Standard error is a terminal: batches draw a progress bar on it. */
  stderrIsTTY?: boolean;
}

const USAGE = `Usage: repere analyze PATH... [--json] [--url URL] [--jobs N]
       repere analyze --jsonl FILE [--jobs N]

  PATH     an .html or .txt file, a folder (its .html and .txt files), a quoted glob ("news/*.html"),
           or - for standard input
  --json   print the analysis as JSON (one object a line when several articles are analysed)
  --url    the address the page came from (recorded in the output)
  --jsonl  a JSON Lines file, one article a line: {"title", "text", "id", "url", "date", "lang"}; prints one
           JSON object a line in the input's order, with the record's "line" and "id"
  --jobs   worker threads for several articles (default: one a core, here ${availableParallelism()})
`;

interface Options {
  json: boolean;
  url: string | null;
  paths: string[];
  jsonl: string | null;
  jobs: number;
}

function valueOf(rest: readonly string[], index: number, name: string): string | null {
  const arg = rest[index]!;
  if (arg.startsWith(`${name}=`)) return arg.slice(name.length + 1);
  return rest[index + 1] ?? null;
}

function parseArguments(args: readonly string[]): Options | string {
  const [command, ...rest] = args;
  if (command !== 'analyze' && command !== 'analyse')
    return command ? `unknown command "${command}"` : 'missing command';
  const options: Options = { json: false, url: null, paths: [], jsonl: null, jobs: availableParallelism() };
  for (let index = 0; index < rest.length; index += 1) {
    const arg = rest[index]!;
    const name = arg.split('=')[0]!;
    if (arg === '--json') options.json = true;
    else if (name === '--url' || name === '--jsonl' || name === '--jobs') {
      const value = valueOf(rest, index, name);
      if (!value) return `${name} needs a value`;
      if (!arg.includes('=')) index += 1;
      if (name === '--url') options.url = value;
      else if (name === '--jsonl') options.jsonl = value;
      else {
        const jobs = Number(value);
        if (!Number.isInteger(jobs) || jobs < 1) return `--jobs needs a whole number of at least 1, not "${value}"`;
        options.jobs = jobs;
      }
    } else if (arg.startsWith('--') && arg !== '--') return `unknown option "${arg}"`;
    else options.paths.push(arg);
  }
  if (options.jsonl && options.paths.length > 0) return 'give either --jsonl FILE or PATHs, not both';
  if (!options.jsonl && options.paths.length === 0) return 'no PATH given';
  return options;
}

const isArticleFile = (path: string) => ARTICLE_EXTENSIONS.includes(extname(path).toLowerCase());

/** The files a PATH stands for: itself, a folder's article files (sorted, recursive), or a glob's matches. */
async function expand(path: string): Promise<{ files: string[]; many: boolean }> {
  if (path === '-') return { files: [path], many: false };
  const info = await stat(path).catch(() => null);
  if (info?.isDirectory()) {
    const entries = await readdir(path, { recursive: true, withFileTypes: true });
    const files = entries
      .filter((entry) => entry.isFile() && isArticleFile(entry.name))
      .map((entry) => join(entry.parentPath, entry.name))
      .sort();
    if (files.length === 0) throw new InputError('a folder without any .html or .txt file');
    return { files, many: true };
  }
  if (!info && isDynamicPattern(path)) {
    const files = (await glob(path, { onlyFiles: true, expandDirectories: false, absolute: isAbsolute(path) })).sort();
    if (files.length === 0) throw new InputError('no file matches this pattern');
    return { files, many: true };
  }
  return { files: [path], many: false };
}

async function* fileTasks(files: readonly string[]): AsyncGenerator<Task> {
  for (const path of files) yield { kind: 'file', path };
}

async function* recordTasks(path: string): AsyncGenerator<Task> {
  const lines = createInterface({ input: createReadStream(path), crlfDelay: Infinity });
  let line = 0;
  for await (const raw of lines) {
    line += 1;
    // A blank line is no article (a trailing newline, a separator): it is skipped, its number still counts.
    if (raw.trim()) yield { kind: 'record', line, raw };
  }
}

async function countRecords(path: string): Promise<number> {
  let count = 0;
  for await (const raw of createInterface({ input: createReadStream(path), crlfDelay: Infinity }))
    if (raw.trim()) count += 1;
  return count;
}

async function checkReadable(path: string): Promise<void> {
  const info = await stat(path).catch((error: NodeJS.ErrnoException) => {
    throw new InputError(error.code === 'ENOENT' ? 'no such file' : `cannot read (${error.code ?? 'unknown error'})`);
  });
  if (info.isDirectory()) throw new InputError('is a directory');
}

async function single(path: string, options: Options, io: Io): Promise<number> {
  let analysis: Analysis;
  try {
    analysis = analyseContent(path, decode(await readInput(path, io.readStdin)));
  } catch (error) {
    const message = error instanceof InputError ? error.message : `analysis failed (${String(error)})`;
    io.stderr(`repere: ${path === '-' ? 'standard input' : path}: ${message}\n`);
    return 1;
  }
  const output = { ...(options.url ? { url: options.url } : {}), ...analysis };
  io.stdout(options.json ? `${JSON.stringify(output, null, 2)}\n` : `${formatReport(analysis)}\n`);
  return 0;
}

export async function main(args: readonly string[], io: Io): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout(USAGE);
    return 0;
  }
  const options = parseArguments(args);
  if (typeof options === 'string') {
    io.stderr(`repere: ${options}\n${USAGE}`);
    return 2;
  }
  let tasks: AsyncIterable<Task>;
  let total: number | null;
  const progress = io.stderrIsTTY === true;
  try {
    if (options.jsonl) {
      await checkReadable(options.jsonl);
      tasks = recordTasks(options.jsonl);
      total = progress ? await countRecords(options.jsonl) : null;
    } else {
      const expanded = [];
      for (const path of options.paths) expanded.push(await expand(path));
      const files = expanded.flatMap((item) => item.files);
      if (files.length === 1 && !expanded[0]!.many) return await single(files[0]!, options, io);
      if (files.includes('-')) throw new InputError('standard input (-) is read alone, not among several PATHs');
      tasks = fileTasks(files);
      total = files.length;
    }
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    const path = options.jsonl ?? options.paths.find((item) => item !== '-') ?? '-';
    io.stderr(`repere: ${options.paths.length > 1 ? '' : `${path}: `}${error.message}\n`);
    return 1;
  }
  // Several articles: JSON Lines with --json or --jsonl, else one readable report after another.
  const json = options.json || options.jsonl !== null;
  const emit = (result: TaskResult) => {
    const label = String(result.head.file ?? `line ${String(result.head.line)}`);
    if (!result.ok) {
      if (json) io.stdout(`${JSON.stringify({ ...result.head, error: result.error })}\n`);
      else io.stderr(`repere: ${label}: ${result.error}\n`);
    } else if (json) {
      const url = options.url && !options.jsonl ? { url: options.url } : {};
      io.stdout(`${JSON.stringify({ ...result.head, ...url, ...result.analysis })}\n`);
    } else io.stdout(`== ${label}\n${formatReport(result.analysis)}\n`);
  };
  const summary = await runBatch(tasks, options.jobs, total, { emit, stderr: io.stderr, progress });
  return summary.errors > 0 ? 1 : 0;
}
