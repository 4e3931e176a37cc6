import { curatedEntities, type KnowledgeEntity } from '../knowledge';
import { buildAutomaton, type Automaton } from '../recognise/automaton';

let shared: Automaton | null = null;

/** The automaton over the curated knowledge base, built once per context on first use. */
export function defaultAutomaton(): Automaton {
  shared ??= buildAutomaton(curatedEntities);
  return shared;
}

export function automatonFor(entities: readonly KnowledgeEntity[]): Automaton {
  return buildAutomaton(entities);
}
