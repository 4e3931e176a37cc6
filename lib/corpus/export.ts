import { CSV_COLUMNS } from './import';
import type { LibraryEntry } from './library';

function exported(entry: LibraryEntry) {
  return {
    id: entry.id,
    title: entry.title,
    text: entry.text,
    url: entry.url ?? '',
    date: entry.date ?? '',
    lang: entry.lang,
    ...(entry.outlet ? { outlet: entry.outlet } : {}),
  };
}

/** One JSON object a line; `parseImport(…, 'jsonl')` reads it back. */
export function toJsonl(entries: readonly LibraryEntry[]): string {
  return entries.map((entry) => JSON.stringify(exported(entry))).join('\n') + (entries.length ? '\n' : '');
}

function csvCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** CSV with the columns title, text, url, date, lang (RFC 4180 quoting). */
export function toCsv(entries: readonly LibraryEntry[]): string {
  const rows = entries.map((entry) => {
    const row = exported(entry);
    return CSV_COLUMNS.map((column) => csvCell(row[column])).join(',');
  });
  return [CSV_COLUMNS.join(','), ...rows].join('\r\n') + '\r\n';
}
