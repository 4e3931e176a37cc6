import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { parseHTML } from 'linkedom';
import { analyse } from '../lib/analyse/analyse';
import { bundledCorpusIndex } from '../lib/corpus/mentions';
import { defaultAutomaton } from '../lib/analyse/recogniser';
import { extractArticle } from '../lib/article/extract';
import { titleOf } from '../lib/corpus/title';
import type { Analysis } from '../lib/types';
import { formatReport } from './report';

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readStdin: () => Promise<Buffer>;
}

const USAGE = `Usage: repere analyze PATH... [--json] [--url URL]

  PATH    an .html or .txt file, or - for standard input
  --json  print the analysis as JSON (one object a line when several PATHs are given)
  --url   the address the page came from (recorded in the output)
`;

// Beyond this a file is not a news page; reading it whole would only exhaust memory.
const MAX_FILE_BYTES = 64 * 1024 * 1024;

class InputError extends Error {}

interface Options {
  json: boolean;
  url: string | null;
  paths: string[];
}

function parseArguments(args: readonly string[]): Options | string {
  const [command, ...rest] = args;
  if (command !== 'analyze' && command !== 'analyse')
    return command ? `unknown command "${command}"` : 'missing command';
  const options: Options = { json: false, url: null, paths: [] };
  for (let index = 0; index < rest.length; index += 1) {
    const arg = rest[index]!;
    if (arg === '--json') options.json = true;
    else if (arg === '--url') {
      const url = rest[index + 1];
      if (!url) return '--url needs an address';
      options.url = url;
      index += 1;
    } else if (arg.startsWith('--url=')) options.url = arg.slice('--url='.length);
    else if (arg.startsWith('--') && arg !== '--') return `unknown option "${arg}"`;
    else options.paths.push(arg);
  }
  if (options.paths.length === 0) return 'no PATH given';
  return options;
}

async function readInput(path: string, io: Io): Promise<Buffer> {
  if (path === '-') return io.readStdin();
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

function looksLikeHtml(path: string, content: string): boolean {
  const extension = extname(path).toLowerCase();
  if (extension === '.html' || extension === '.htm' || extension === '.xhtml') return true;
  if (extension === '.txt' || extension === '.text') return false;
  return /^\s*(?:<!doctype html|<html|<head|<body|<article|<p[\s>])/i.test(content);
}

function decode(bytes: Buffer): string {
  const sample = bytes.subarray(0, 8192);
  if (sample.includes(0)) throw new InputError('not a text or HTML file (binary content)');
  return new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
}

export function analyseContent(path: string, content: string): Analysis {
  const options = { automaton: defaultAutomaton(), corpus: bundledCorpusIndex() };
  if (looksLikeHtml(path, content)) {
    const { document } = parseHTML(content);
    const article = extractArticle(document as unknown as Document, { force: true });
    return analyse({ text: article.text, title: article.title, isArticle: article.isArticle }, options);
  }
  const text = content.replace(/\r\n?/g, '\n');
  return analyse({ text, title: titleOf(text) }, options);
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
  const several = options.paths.length > 1;
  let failed = false;
  for (const path of options.paths) {
    const label = path === '-' ? 'standard input' : path;
    let analysis: Analysis;
    try {
      analysis = analyseContent(path, decode(await readInput(path, io)));
    } catch (error) {
      failed = true;
      const message = error instanceof InputError ? error.message : `analysis failed (${String(error)})`;
      if (options.json && several) io.stdout(`${JSON.stringify({ file: path, error: message })}\n`);
      else io.stderr(`repere: ${label}: ${message}\n`);
      continue;
    }
    const output = { ...(several ? { file: path } : {}), ...(options.url ? { url: options.url } : {}), ...analysis };
    if (options.json) io.stdout(`${JSON.stringify(output, null, several ? undefined : 2)}\n`);
    else io.stdout(`${several ? `== ${label}\n` : ''}${formatReport(analysis)}\n`);
  }
  return failed ? 1 : 0;
}
