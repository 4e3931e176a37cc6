import { bundledCorpus } from '../corpus/bundled';
import { indexCorpus, mentionIds, type CorpusEntry, type IndexedCorpus } from '../corpus/match';
import { isLinked, recogniseMentions } from '../recognise/recognise';
import type { Automaton } from '../recognise/automaton';
import { defaultAutomaton } from './recogniser';

/**
 * The knowledge-base entity ids the recogniser finds in a text, as matching takes them from a page's analysis
 * (mentionIds). Names found from the text alone are left out: entries are linked through what the base knows.
 */
export function textMentionIds(text: string, automaton: Automaton = defaultAutomaton()): string[] {
  return mentionIds(
    recogniseMentions(text, automaton)
      .filter(({ entity }) => isLinked(entity))
      .map(({ entity }) => ({ id: entity.id, kind: entity.kind, mentions: [0] })),
  );
}

/** Indexes corpus entries by the entities the recogniser finds in them. */
export function indexEntries(
  entries: readonly CorpusEntry[],
  automaton: Automaton = defaultAutomaton(),
): IndexedCorpus {
  return indexCorpus(entries, (entry) => textMentionIds(entry.text, automaton));
}

let bundledIndex: IndexedCorpus | null = null;

export function bundledCorpusIndex(): IndexedCorpus {
  bundledIndex ??= indexEntries(bundledCorpus);
  return bundledIndex;
}
