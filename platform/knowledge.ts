import type { KnowledgeEntity } from '../lib/knowledge/schema';
import { buildAutomaton, type Automaton } from '../lib/recognise/automaton';

// The knowledge base ships once, as the file the build writes (wxt.config.ts, from lib/knowledge/bundled.ts): the
// background, the popup, the corpus page and any worker they start read that one copy. Fetching it is a read from
// the extension's own package (its origin is the extension's), not a network request; JSON.parse of the file is
// also much cheaper than evaluating the same data compiled into a script.

/** Where the build writes the merged knowledge base, from the extension's root. */
export const KNOWLEDGE_FILE = 'knowledge.json';

let loading: Promise<readonly KnowledgeEntity[]> | null = null;
let entities: readonly KnowledgeEntity[] | null = null;
let compiled: Automaton | null = null;

/** Reads the knowledge base once per context (background, extension page or worker: any extension origin). */
export function loadKnowledge(): Promise<readonly KnowledgeEntity[]> {
  loading ??= fetch(new URL(`/${KNOWLEDGE_FILE}`, globalThis.location.origin))
    .then((response) => {
      if (!response.ok) throw new Error(`${KNOWLEDGE_FILE}: ${response.status}`);
      return response.json() as Promise<KnowledgeEntity[]>;
    })
    .then((loaded) => {
      // Marks for tests/e2e/perf.test.ts, which prints where a fresh context's start goes (User Timing).
      performance.mark('repere:knowledge');
      return (entities = loaded);
    })
    .catch((error: unknown) => {
      // A failed read is not kept: the next caller tries again.
      loading = null;
      throw error;
    });
  return loading;
}

/** The knowledge base, for code that runs once loadKnowledge() has resolved (the pages render after it). */
export function loadedKnowledge(): readonly KnowledgeEntity[] {
  if (!entities) throw new Error('The knowledge base is not loaded yet (await loadKnowledge() first).');
  return entities;
}

/** The automaton over the knowledge base, compiled on first use, once loadKnowledge() has resolved. */
export function loadedAutomaton(): Automaton {
  if (!compiled) {
    compiled = buildAutomaton(loadedKnowledge());
    performance.mark('repere:automaton');
  }
  return compiled;
}

/**
 * The one call a context (the background, a page, a worker) makes to get the automaton: reads the knowledge base
 * if needed and compiles it once.
 */
export async function loadAutomaton(): Promise<Automaton> {
  await loadKnowledge();
  return loadedAutomaton();
}
