import type { Lang } from '../types';
import type { CorpusEntry } from './match';

/** A corpus entry as the library keeps it: bundled, saved from a page, or imported from a file. */
export interface LibraryEntry extends CorpusEntry {
  lang: Lang | 'und';
  /** Publication date as given (ISO `YYYY-MM-DD` or a full timestamp), when known. */
  date?: string;
  /** The outlet's name or host name. */
  outlet?: string;
  origin: 'bundled' | 'saved' | 'imported';
  /** When the entry entered the library (ms since the epoch); 0 for bundled entries. */
  addedAt: number;
  /** One entity id per mention, computed once when the entry is added (matching and the entity filter use it). */
  mentions?: string[];
  /** The text's folded words, space-bounded (" abu kamal … "), computed once: search and matching read it. */
  folded?: string;
}

/** Ids a reader may give (FA-KES ids, file stems…): short, URL-safe. */
export const ENTRY_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;

/** FNV-1a, 2×32 bits: a stable id from an entry's URL or text, so re-importing the same article replaces it. */
export function stableId(seed: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ seed.length;
  for (let index = 0; index < seed.length; index += 1) {
    const code = seed.charCodeAt(index);
    a = Math.imul(a ^ code, 0x01000193) >>> 0;
    b = Math.imul(b ^ code, 0x5bd1e995) >>> 0;
  }
  return `u_${a.toString(16).padStart(8, '0')}${b.toString(16).padStart(8, '0')}`;
}

/** The outlet of an entry: its own field, else the URL's host name without `www.`. */
export function outletOf(entry: Pick<LibraryEntry, 'outlet' | 'url'>): string {
  if (entry.outlet) return entry.outlet;
  if (!entry.url) return '';
  try {
    return new URL(entry.url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

export interface PageCapture {
  title: string;
  text: string;
  lang: Lang | 'und';
  /** One entity id per mention, from the page's analysis. */
  mentions: string[];
  url?: string | undefined;
  outlet?: string | undefined;
}

/** A library entry for a page the reader saves (same URL, same id: saving twice replaces). */
export function entryFromPage(page: PageCapture, now = Date.now()): LibraryEntry {
  const url = page.url && /^https?:/i.test(page.url) ? page.url : undefined;
  return {
    id: stableId(url ?? `${page.title}\n${page.text}`),
    title: page.title.trim() || page.text.trim().split('\n')[0]!.slice(0, 110),
    text: page.text,
    lang: page.lang,
    ...(url ? { url } : {}),
    ...(page.outlet ? { outlet: page.outlet } : {}),
    date: new Date(now).toISOString().slice(0, 10),
    origin: 'saved',
    addedAt: now,
    mentions: page.mentions,
  };
}
