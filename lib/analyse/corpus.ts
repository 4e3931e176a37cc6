import { bundledCorpus } from '../corpus/bundled';
import { indexCorpus, type CorpusEntry, type IndexedCorpus } from '../corpus/match';
import { recogniseMentions } from '../recognise/recognise';
import type { Automaton } from '../recognise/automaton';
import { defaultAutomaton } from './recogniser';

/** Indexes corpus entries by the entities the recogniser finds in them. */
export function indexEntries(
  entries: readonly CorpusEntry[],
  automaton: Automaton = defaultAutomaton(),
): IndexedCorpus {
  return indexCorpus(entries, (entry) => recogniseMentions(entry.text, automaton).map((mention) => mention.entity.id));
}

let bundledIndex: IndexedCorpus | null = null;

export function bundledCorpusIndex(): IndexedCorpus {
  bundledIndex ??= indexEntries(bundledCorpus);
  return bundledIndex;
}
