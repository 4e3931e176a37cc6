import { readFileSync } from 'node:fs';
import type { TestPage } from './browsers';

const FAKES = '/work/shared/datasets/fakes/dev.jsonl';
const fakesPath = new URL('../../../shared/datasets/fakes/dev.jsonl', import.meta.url);

/** The FA-KES development articles (469 lines of JSONL), read from ../shared. */
export function readFakes(): string {
  try {
    return readFileSync(fakesPath, 'utf8');
  } catch {
    return readFileSync(FAKES, 'utf8');
  }
}

/** Runs in the library page: hands a file to its import input, as choosing it in the file dialog would. */
export function handFileToImport({ name, body }: { name: string; body: string }): void {
  const input = document.querySelector<HTMLInputElement>('[data-testid=import-file]')!;
  const transfer = new DataTransfer();
  transfer.items.add(new File([body], name));
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

/** Hands a file to the library's import input, as choosing it in the file dialog would. */
export function chooseFile(page: TestPage, name: string, body: string): Promise<void> {
  return page.evaluateWith(handFileToImport, { name, body });
}

/** What the extension's IndexedDB holds, counted in one of its pages: each store, and the entries left incomplete. */
export interface StoredCounts {
  entries: number;
  cards: number;
  words: number;
  /** Entries without their mention ids or folded words, or missing from the cards or words store. */
  incomplete: number;
}

/** Runs in an extension page: counts the corpus stores (see StoredCounts). */
export function countStoredCorpus(): Promise<StoredCounts> {
  return new Promise((resolve, reject) => {
    const opening = indexedDB.open('repere-corpus');
    opening.onerror = () => reject(opening.error ?? new Error('no corpus database'));
    opening.onsuccess = () => {
      const db = opening.result;
      const transaction = db.transaction(['entries', 'cards', 'words'], 'readonly');
      const counts = { entries: 0, cards: 0, words: 0, incomplete: 0 };
      const cardIds = transaction.objectStore('cards').getAllKeys();
      const wordIds = transaction.objectStore('words').getAllKeys();
      const cursor = transaction.objectStore('entries').openCursor();
      const complete: string[] = [];
      cursor.onsuccess = () => {
        const at = cursor.result;
        if (!at) return;
        const entry = at.value as { id: string; mentions?: unknown; folded?: unknown; text?: unknown };
        counts.entries += 1;
        if (Array.isArray(entry.mentions) && typeof entry.folded === 'string' && typeof entry.text === 'string')
          complete.push(entry.id);
        at.continue();
      };
      transaction.oncomplete = () => {
        const cards = new Set(cardIds.result.map(String));
        const words = new Set(wordIds.result.map(String));
        counts.cards = cards.size;
        counts.words = words.size;
        counts.incomplete = counts.entries - complete.filter((id) => cards.has(id) && words.has(id)).length;
        db.close();
        resolve(counts);
      };
      transaction.onerror = () => reject(transaction.error ?? new Error('corpus read failed'));
    };
  });
}
