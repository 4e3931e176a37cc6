import { bundledCorpus } from '../corpus/bundled';
import type { LibraryEntry } from '../corpus/library';
import { indexCorpus, mentionIds, type IndexedCorpus } from '../corpus/match';
import { foldedWords } from '../corpus/search';
import type { Automaton } from '../recognise/automaton';
import { recogniseMentions } from '../recognise/recognise';
import { defaultAutomaton } from './recogniser';

/** The entry with its mention ids and folded words, computed once (when it is saved or imported). */
export function withMentions<T extends LibraryEntry>(entry: T, automaton?: Automaton): T {
  if (entry.mentions && entry.folded !== undefined) return entry;
  return {
    ...entry,
    mentions:
      entry.mentions ??
      // The same ids as matching takes from a page's analysis (mentionIds: countries left out).
      mentionIds(
        recogniseMentions(entry.text, automaton ?? defaultAutomaton()).map(({ entity }) => ({
          id: entity.id,
          kind: entity.kind,
          mentions: [0],
        })),
      ),
    folded: entry.folded ?? foldedWords(entry.text),
  };
}

let bundled: LibraryEntry[] | null = null;

/**
 * The bundled entries as library entries (they can be hidden, never deleted). Their mention ids and folded words are
 * computed on first use only (see indexLibrary, withMentions and indexForSearch), so that listing them costs nothing.
 */
export function bundledLibrary(): LibraryEntry[] {
  bundled ??= bundledCorpus.map((entry) => ({
    ...entry,
    lang: entry.lang,
    origin: 'bundled' as const,
    addedAt: 0,
  }));
  return bundled;
}

/** Indexes library entries for matching, with their stored mention ids. */
export function indexLibrary(entries: readonly LibraryEntry[]): IndexedCorpus {
  for (const entry of entries) entry.mentions ??= withMentions(entry).mentions;
  return indexCorpus(
    entries,
    (entry) => (entry as LibraryEntry).mentions ?? withMentions(entry as LibraryEntry).mentions!,
  );
}
