import type { Automaton } from '../recognise/automaton';
import { isLinked, recogniseMentions } from '../recognise/recognise';
import { indexCorpus, mentionIds, type CorpusEntry, type IndexedCorpus } from './match';
import { tokenise, type Token } from '../text/tokens';
import type { LibraryEntry } from './library';
import { foldedWords } from './search';

/**
 * The knowledge-base entity ids of a corpus entry, as matching takes them from a page's analysis (mentionIds): the
 * ones stored with the entry (computed when it was saved or imported), else those the recogniser finds in its text.
 * Names found from the text alone are left out: entries are linked through what the base knows. The one way every
 * context gets them; the entry is never changed (withMentions gives a copy that keeps them).
 */
export function entryMentionIds(
  entry: CorpusEntry & { mentions?: string[] | undefined },
  automaton: Automaton,
): string[] {
  return entry.mentions ?? textMentionIds(entry.text, automaton);
}

/** The knowledge-base entity ids the recogniser finds in a text, in matching's order (mentionIds). */
export function textMentionIds(
  text: string,
  automaton: Automaton,
  tokens: readonly Token[] = tokenise(text),
): string[] {
  return mentionIds(
    recogniseMentions(text, automaton, tokens)
      .filter(({ entity }) => isLinked(entity))
      .map(({ entity }) => ({ id: entity.id, kind: entity.kind, mentions: [0] })),
  );
}

/** What an entry stores besides its record: its mention ids and folded words. */
export type EntryWords = Required<Pick<LibraryEntry, 'mentions' | 'folded'>>;

/** A text's mention ids and folded words, from one tokenisation (what saving or importing an entry computes). */
export function textWords(text: string, automaton: Automaton): EntryWords {
  const tokens = tokenise(text);
  return { mentions: textMentionIds(text, automaton, tokens), folded: foldedWords(text, tokens) };
}

/** A copy of the entry with its mention ids and folded words, computed once (when it is saved or imported). */
export function withMentions<T extends CorpusEntry & { mentions?: string[]; folded?: string }>(
  entry: T,
  automaton: Automaton,
): T {
  if (entry.mentions && entry.folded !== undefined) return entry;
  if (!entry.mentions && entry.folded === undefined) return { ...entry, ...textWords(entry.text, automaton) };
  return {
    ...entry,
    mentions: entryMentionIds(entry, automaton),
    folded: entry.folded ?? foldedWords(entry.text),
  };
}

/**
 * Indexes corpus (or library) entries for matching by their mention ids; `folded`, by position, holds the folded
 * words of entries read without their text (loadMatchLibrary).
 */
export function indexEntries(
  entries: readonly CorpusEntry[],
  automaton: Automaton,
  folded?: readonly (string | undefined)[],
): IndexedCorpus {
  return indexCorpus(entries, (entry) => entryMentionIds(entry, automaton), folded);
}
