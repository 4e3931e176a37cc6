import { bundledCorpus } from '../corpus/bundled';
import { indexCorpus, mentionIds, type CorpusEntry, type IndexedCorpus } from '../corpus/match';
import { recogniseMentions } from '../recognise/recognise';
import type { Automaton } from '../recognise/automaton';
import { defaultAutomaton } from './recogniser';

/** Indexes corpus entries by the entities the recogniser finds in them. */
export function indexEntries(
  entries: readonly CorpusEntry[],
  automaton: Automaton = defaultAutomaton(),
): IndexedCorpus {
  return indexCorpus(entries, (entry) =>
    mentionIds(
      recogniseMentions(entry.text, automaton).map(({ entity }) => ({
        id: entity.id,
        kind: entity.kind,
        mentions: [0],
      })),
    ),
  );
}

let bundledIndex: IndexedCorpus | null = null;

export function bundledCorpusIndex(): IndexedCorpus {
  bundledIndex ??= indexEntries(bundledCorpus);
  return bundledIndex;
}
