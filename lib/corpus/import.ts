import { detectLanguage } from '../language/detect';
import type { Lang } from '../types';
import { ENTRY_ID, stableId, type LibraryEntry } from './library';
import { titleOf } from './title';

/** Why a line was refused; the UI words each code in the reader's language (importError_<code>). */
export type ImportProblem =
  | 'json'
  | 'object'
  | 'quote'
  | 'unclosed'
  | 'empty'
  | 'header'
  | 'fields'
  | 'type'
  | 'text'
  | 'url'
  | 'date'
  | 'lang'
  | 'id';

/** A file that cannot be imported; `line` is 1-based, the line where the faulty record starts. */
export class ImportError extends Error {
  constructor(
    readonly line: number,
    readonly code: ImportProblem,
    readonly detail: string = '',
  ) {
    super(`line ${line}: ${code}${detail ? ` (${detail})` : ''}`);
    this.name = 'ImportError';
  }
}

export type ImportFormat = 'jsonl' | 'csv';

export const CSV_COLUMNS = ['title', 'text', 'url', 'date', 'lang'] as const;

interface RawRecord {
  line: number;
  fields: Record<string, unknown>;
}

/** Guesses the format from the file name, then from the first character. */
export function formatOf(name: string, text: string): ImportFormat {
  if (/\.csv$/i.test(name)) return 'csv';
  if (/\.(jsonl|ndjson|json)$/i.test(name)) return 'jsonl';
  return text.trimStart().startsWith('{') ? 'jsonl' : 'csv';
}

function jsonlRecords(text: string): RawRecord[] {
  const records: RawRecord[] = [];
  const lines = text.split(/\r?\n/);
  lines.forEach((raw, index) => {
    const line = raw.trim();
    if (!line) return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new ImportError(index + 1, 'json');
    }
    if (!value || typeof value !== 'object' || Array.isArray(value)) throw new ImportError(index + 1, 'object');
    records.push({ line: index + 1, fields: value as Record<string, unknown> });
  });
  return records;
}

/** RFC 4180 CSV: quoted fields may hold commas, doubled quotes and line breaks. */
function csvRows(text: string): { line: number; cells: string[] }[] {
  const rows: { line: number; cells: string[] }[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  let index = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const endRow = () => {
    cells.push(cell);
    if (cells.length > 1 || cells[0] !== '') rows.push({ line: rowLine, cells });
    cells = [];
    cell = '';
  };
  for (; index < text.length; index += 1) {
    const char = text[index]!;
    if (quoted) {
      if (char === '"') {
        if (text[index + 1] === '"') {
          cell += '"';
          index += 1;
        } else quoted = false;
      } else {
        if (char === '\n') line += 1;
        cell += char;
      }
    } else if (char === '"') {
      if (cell.trim() !== '') throw new ImportError(line, 'quote');
      cell = '';
      quoted = true;
    } else if (char === ',') {
      cells.push(cell);
      cell = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[index + 1] === '\n') index += 1;
      endRow();
      line += 1;
      rowLine = line;
    } else cell += char;
  }
  if (quoted) throw new ImportError(rowLine, 'unclosed');
  endRow();
  return rows;
}

function csvRecords(text: string): RawRecord[] {
  const rows = csvRows(text);
  const header = rows.shift();
  if (!header) throw new ImportError(1, 'empty');
  const names = header.cells.map((name) => name.trim().toLowerCase());
  for (const required of ['title', 'text'])
    if (!names.includes(required)) throw new ImportError(header.line, 'header', required);
  return rows.map(({ line, cells }) => {
    if (cells.length !== names.length) throw new ImportError(line, 'fields', `${cells.length}/${names.length}`);
    return { line, fields: Object.fromEntries(names.map((name, at) => [name, cells[at]])) };
  });
}

function optionalString(record: RawRecord, name: string): string | undefined {
  const value = record.fields[name];
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value !== 'string') throw new ImportError(record.line, 'type', name);
  return value.trim() || undefined;
}

function toEntry(record: RawRecord, now: number): LibraryEntry {
  const text = optionalString(record, 'text');
  if (!text) throw new ImportError(record.line, 'text');
  const title = optionalString(record, 'title') ?? titleOf(text);
  const url = optionalString(record, 'url');
  if (url) {
    try {
      new URL(url);
    } catch {
      throw new ImportError(record.line, 'url', url.slice(0, 60));
    }
  }
  const date = optionalString(record, 'date');
  if (date && Number.isNaN(Date.parse(date))) throw new ImportError(record.line, 'date', date.slice(0, 40));
  const givenLang = optionalString(record, 'lang');
  if (givenLang && !['fr', 'en', 'und'].includes(givenLang))
    throw new ImportError(record.line, 'lang', givenLang.slice(0, 20));
  const lang = (givenLang as Lang | 'und' | undefined) ?? detectLanguage(text);
  const givenId = optionalString(record, 'id');
  if (givenId && !ENTRY_ID.test(givenId)) throw new ImportError(record.line, 'id', givenId.slice(0, 40));
  const outlet = optionalString(record, 'outlet');
  return {
    id: givenId ?? stableId(url ?? `${title}\n${text}`),
    title,
    text,
    lang,
    ...(url ? { url } : {}),
    ...(date ? { date } : {}),
    ...(outlet ? { outlet } : {}),
    origin: 'imported',
    addedAt: now,
  };
}

/**
 * Reads a whole JSON Lines or CSV file into distinct entries, or throws an ImportError naming the first bad line: a file is
 * imported whole or not at all.
 */
export function parseImport(text: string, format: ImportFormat, now = Date.now()): LibraryEntry[] {
  const records = format === 'csv' ? csvRecords(text) : jsonlRecords(text);
  if (records.length === 0) throw new ImportError(1, 'empty');
  // The same id twice in one file (FA-KES repeats a few articles): the last one wins, as it would on re-import.
  const byId = new Map<string, LibraryEntry>();
  for (const record of records) {
    const entry = toEntry(record, now);
    byId.delete(entry.id);
    byId.set(entry.id, entry);
  }
  return [...byId.values()];
}
