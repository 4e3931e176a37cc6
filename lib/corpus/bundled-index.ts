import { defaultAutomaton } from '../analyse/recogniser';
import { bundledCorpus } from './bundled';
import type { IndexedCorpus } from './match';
import { indexEntries } from './mentions';

// Node side (the CLI, the evaluation, the tests): the bundled corpus indexed with the bundled knowledge base. The
// extension indexes its library with the automaton it reads from knowledge.json (platform/knowledge.ts).

let bundledIndex: IndexedCorpus | null = null;

/** The bundled corpus, indexed once per process (the CLI and the evaluation link to it). */
export function bundledCorpusIndex(): IndexedCorpus {
  bundledIndex ??= indexEntries(bundledCorpus, defaultAutomaton());
  return bundledIndex;
}
