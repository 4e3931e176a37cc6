import { knowledgeEntities } from '../knowledge/bundled';
import { buildAutomaton, type Automaton } from '../recognise/automaton';

let shared: Automaton | null = null;

/** The automaton over the whole bundled knowledge base, built once per context on first use. */
export function defaultAutomaton(): Automaton {
  shared ??= buildAutomaton(knowledgeEntities());
  return shared;
}
