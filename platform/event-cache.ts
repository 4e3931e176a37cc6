import type { EventCard } from '../lib/types';

// The event card of each corpus entry, computed once and kept in the extension's IndexedDB, so that the library's
// map and timeline open without reading every text again. A database of its own: the corpus store's schema is
// untouched, and a lost cache costs only the time to compute the cards again.

const DB_NAME = 'repere-event-cards';
const CARDS = 'cards';

export interface CachedCard {
  id: string;
  /** What the card was computed from (see eventStamp): a different stamp means compute it again. */
  stamp: string;
  event: EventCard | null;
}

let opening: Promise<IDBDatabase> | null = null;

function open(): Promise<IDBDatabase> {
  opening ??= new Promise((resolve, reject) => {
    if (typeof indexedDB === 'undefined') {
      reject(new Error('IndexedDB is not available'));
      return;
    }
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(CARDS, { keyPath: 'id' });
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB is not available'));
  });
  opening.catch(() => (opening = null));
  return opening;
}

/** Every cached card, by entry id. */
export async function cachedCards(): Promise<Map<string, CachedCard>> {
  const db = await open();
  const rows = await new Promise<CachedCard[]>((resolve, reject) => {
    const request = db.transaction(CARDS, 'readonly').objectStore(CARDS).getAll() as IDBRequest<CachedCard[]>;
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });
  return new Map(rows.map((row) => [row.id, row]));
}

/** The cached cards of these entries (those cached), by entry id: one read each, in one transaction. */
export async function cachedCardsOf(ids: readonly string[]): Promise<Map<string, CachedCard>> {
  const db = await open();
  const store = db.transaction(CARDS, 'readonly').objectStore(CARDS);
  const rows = await Promise.all(
    ids.map(
      (id) =>
        new Promise<CachedCard | undefined>((resolve, reject) => {
          const request = store.get(id) as IDBRequest<CachedCard | undefined>;
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
        }),
    ),
  );
  return new Map(rows.flatMap((row) => (row ? [[row.id, row] as const] : [])));
}

/** Stores cards and drops those of entries no longer in the library (`keep`), in one transaction. */
export async function putCachedCards(cards: readonly CachedCard[], keep?: ReadonlySet<string>): Promise<void> {
  const db = await open();
  const transaction = db.transaction(CARDS, 'readwrite');
  const store = transaction.objectStore(CARDS);
  for (const card of cards) store.put(card);
  if (keep) {
    const keys = store.getAllKeys();
    keys.onsuccess = () => {
      for (const key of keys.result) if (!keep.has(String(key))) store.delete(key);
    };
  }
  await new Promise<void>((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    transaction.onerror = () => reject(transaction.error ?? new Error('IndexedDB transaction failed'));
    transaction.onabort = () => reject(transaction.error ?? new Error('IndexedDB transaction aborted'));
  });
}
