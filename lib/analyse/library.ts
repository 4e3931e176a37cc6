import { bundledCorpus } from '../corpus/bundled';
import type { LibraryEntry } from '../corpus/library';
import { indexCorpus, type IndexedCorpus } from '../corpus/match';
import { foldedWords } from '../corpus/search';
import type { Automaton } from '../recognise/automaton';
import { textMentionIds } from './corpus';

/** The entry with its mention ids and folded words, computed once (when it is saved or imported). */
export function withMentions<T extends LibraryEntry>(entry: T, automaton?: Automaton): T {
  if (entry.mentions && entry.folded !== undefined) return entry;
  return {
    ...entry,
    mentions: entry.mentions ?? textMentionIds(entry.text, automaton),
    folded: entry.folded ?? foldedWords(entry.text),
  };
}

/** Gives entries that lack them (bundled ones, on first use) their mention ids and folded words, in place. */
export function completeEntries(entries: readonly LibraryEntry[], automaton?: Automaton): void {
  for (const entry of entries) {
    const { mentions, folded } = withMentions(entry, automaton);
    entry.mentions = mentions;
    entry.folded = folded;
  }
}

let bundled: LibraryEntry[] | null = null;

/**
 * The bundled entries as library entries (they can be hidden, never deleted). Their mention ids and folded words are
 * computed on first use only (see indexLibrary, withMentions and indexForSearch), so that listing them costs nothing.
 */
export function bundledLibrary(): LibraryEntry[] {
  bundled ??= bundledCorpus.map((entry) => ({
    ...entry,
    origin: 'bundled' as const,
    addedAt: 0,
  }));
  return bundled;
}

/** Indexes library entries for matching, with their stored mention ids. */
export function indexLibrary(entries: readonly LibraryEntry[]): IndexedCorpus {
  // Kept on the entry: bundled ones are recognised once per page, not once per indexing.
  return indexCorpus(entries, (entry) => ((entry as LibraryEntry).mentions ??= textMentionIds(entry.text)));
}
