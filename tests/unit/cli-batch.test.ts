// `repere analyze` over many articles: a JSON Lines file, a folder, a glob; worker threads; input order kept.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli';

const TIMEOUT = 120_000;

const cli = runCli;

const temp = mkdtempSync(join(tmpdir(), 'repere-batch-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

// Invented reports: each names one place so that every result can be told from the others.
const PLACES = ['Raqqa', 'Alep', 'Deir ez-Zor', 'Palmyre', 'Idleb', 'Homs'];
const report = (place: string, paragraphs = 1) =>
  Array.from(
    { length: paragraphs },
    () =>
      `Des frappes aériennes ont visé un marché de ${place} mardi, selon l'Observatoire syrien des droits de l'homme.`,
  ).join('\n\n');

type Line = { line?: number; id?: string; file?: string; error?: string; entities?: { id: string }[] };
const parseLines = (stdout: string) =>
  stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Line);

describe('repere analyze --jsonl', () => {
  it(
    'prints one result a line in the input order with --jobs 2, a bad record gets its error line and the batch goes on',
    async () => {
      const records = [
        // The first article is by far the longest: a worker finishes the short ones first, the output waits.
        JSON.stringify({ id: 'long', title: 'Long', text: report(PLACES[0]!, 400), date: '2016-03-01' }),
        ...PLACES.slice(1, 4).map((place, index) => JSON.stringify({ id: `short-${index}`, text: report(place) })),
        JSON.stringify({ id: 'no-text', title: 'A record without its text' }),
        '{"id": "cut", "text": "Une dépêche coupée',
        '',
        JSON.stringify({ text: report(PLACES[4]!), url: 'https://example.org/a', lang: 'fr' }),
      ];
      const file = join(temp, 'articles.jsonl');
      writeFileSync(file, `${records.join('\n')}\n`);
      const result = await cli(['analyze', '--jsonl', file, '--jobs', '2']);
      expect(result.code).toBe(1);
      const lines = parseLines(result.stdout);
      expect(lines.map((line) => line.line)).toEqual([1, 2, 3, 4, 5, 6, 8]);
      expect(lines.map((line) => line.id)).toEqual([
        'long',
        'short-0',
        'short-1',
        'short-2',
        'no-text',
        // A line that is not JSON has no id to give back: its line number tells it.
        undefined,
        undefined,
      ]);
      expect(lines[4]!.error).toMatch(/text/);
      expect(lines[5]!.error).toMatch(/not JSON/);
      // Each result is its own record's analysis: the place it names is found in it.
      const placeIds = lines.map((line) => (line.entities ?? []).map((entity) => entity.id));
      expect(placeIds[0]).toContain('place/raqqa');
      expect(placeIds[1]).toContain('place/aleppo');
      expect(placeIds[6]).toContain('place/idlib');
      expect(lines[6]).toMatchObject({ url: 'https://example.org/a' });
      // Not a terminal: no progress bar, one summary line.
      expect(result.stderr).not.toContain('\r');
      expect(result.stderr.trim()).toMatch(/^repere: 7 articles, 2 errors, [\d.]+ s$/);
    },
    TIMEOUT,
  );

  it(
    'a missing file gives a one-line error and a non-zero exit, nothing on standard output',
    async () => {
      const result = await cli(['analyze', '--jsonl', join(temp, 'missing.jsonl')]);
      expect(result.code).not.toBe(0);
      expect(result.stdout).toBe('');
      expect(result.stderr.trim().split('\n')).toEqual([expect.stringMatching(/missing\.jsonl: no such file/)]);
    },
    TIMEOUT,
  );

  it(
    'refuses a --jobs that is not a whole number',
    async () => {
      const result = await cli(['analyze', '--jsonl', join(temp, 'articles.jsonl'), '--jobs', '0']);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/--jobs/);
    },
    TIMEOUT,
  );
});

describe('repere analyze over a folder or a glob', () => {
  const folder = join(temp, 'news');
  mkdirSync(join(folder, 'older'), { recursive: true });
  writeFileSync(join(folder, 'b.txt'), report('Homs'));
  writeFileSync(join(folder, 'a.html'), `<html><body><article><p>${report('Alep')}</p></article></body></html>`);
  writeFileSync(join(folder, 'older', 'c.txt'), report('Palmyre'));
  writeFileSync(join(folder, 'notes.md'), 'not an article');

  it(
    'a folder: its .html and .txt files, sorted, one JSON line each with its file',
    async () => {
      const result = await cli(['analyze', folder, '--json', '--jobs', '2']);
      expect(result.code).toBe(0);
      const lines = parseLines(result.stdout);
      expect(lines.map((line) => line.file)).toEqual([
        join(folder, 'a.html'),
        join(folder, 'b.txt'),
        join(folder, 'older', 'c.txt'),
      ]);
      expect(lines[0]!.entities!.map((entity) => entity.id)).toContain('place/aleppo');
      expect(result.stderr.trim()).toMatch(/^repere: 3 articles, 0 errors/);
    },
    TIMEOUT,
  );

  it(
    'a quoted glob, with one job; an unreadable match gets its error line',
    async () => {
      writeFileSync(join(folder, 'z.txt'), Buffer.from([0x89, 0x50, 0x00, 0x00]));
      const result = await cli(['analyze', `${folder}/*.txt`, '--json', '--jobs', '1']);
      rmSync(join(folder, 'z.txt'));
      expect(result.code).toBe(1);
      const lines = parseLines(result.stdout);
      expect(lines.map((line) => line.file)).toEqual([join(folder, 'b.txt'), join(folder, 'z.txt')]);
      expect(lines[1]!.error).toMatch(/binary/);
      expect(result.stderr.trim()).toMatch(/^repere: 2 articles, 1 errors/);
    },
    TIMEOUT,
  );
});
