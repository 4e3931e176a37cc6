import type { LibraryEntry } from './library';

// An import of many entries is written in batches, one transaction each: a page closed half-way leaves whole
// batches. Importing the same file again must then finish the job without duplicates and without redoing the work:
// ids are stable per record (the record's id, else a hash of its URL or title and text: see toEntry), so a record
// already stored is found by its id, and it is skipped when what the file says about it has not changed.

/** The fields an import takes from its record: the same values mean the same entry. */
const RECORD_FIELDS = ['title', 'text', 'lang', 'url', 'date', 'outlet'] as const;

/**
 * True when `stored` is a complete entry (its mention ids and folded words computed) holding what `parsed` says:
 * importing it again would change nothing, so the import skips it.
 */
export function alreadyImported(stored: LibraryEntry | undefined, parsed: LibraryEntry): boolean {
  if (!stored || !stored.mentions || stored.folded === undefined) return false;
  return RECORD_FIELDS.every((field) => stored[field] === parsed[field]);
}

/** The entries in consecutive slices of at most `size`, in order. */
export function batchesOf<T>(items: readonly T[], size: number): T[][] {
  const batches: T[][] = [];
  for (let at = 0; at < items.length; at += size) batches.push(items.slice(at, at + size));
  return batches;
}
