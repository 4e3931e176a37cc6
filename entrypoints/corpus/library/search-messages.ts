import type { LibraryEntry } from '../../../lib/corpus/library';
import type { SearchFilters } from '../../../lib/corpus/search';

/** What the library page asks of its search (search-service.ts). */
export type SearchRequest =
  /** `serial` grows with each search: the page shows the answer to its latest only. */
  | {
      kind: 'search';
      serial: number;
      query: string;
      filters: SearchFilters;
      /** Entity ids the recogniser found in the query (the page has the recogniser). */
      entities: string[];
      limit: number;
    }
  /** The bundled entries with their mention ids, once the page's recogniser has found them. */
  | { kind: 'bundled'; entries: LibraryEntry[] }
  /** The page changed the corpus (its own changes reach the worker through the corpus channel too). */
  | { kind: 'changed' };

/** A card as the list shows it: a library entry without its text, words or mention ids. */
export type ListedEntry = Omit<LibraryEntry, 'text' | 'folded' | 'mentions'>;

export interface SearchOptions {
  outlets: string[];
  langs: string[];
  /** Entity ids and how many entries name each, most first. */
  entities: [string, number][];
}

export type SearchReply =
  /** The index answers: loaded as stored, or built from the stored words; `named` once bundled names are in. */
  | { kind: 'ready'; entries: number; source: 'stored' | 'built'; ms: number; named: boolean }
  | { kind: 'answer'; serial: number; entries: ListedEntry[]; total: number; ms: number }
  | { kind: 'options'; options: SearchOptions }
  /** The index took in a change of the corpus: searches shown should be asked again. */
  | { kind: 'changed' }
  /** The index as it stands is stored: the next visit loads it. */
  | { kind: 'stored' }
  | { kind: 'failed' };
