import type { Automaton } from '../recognise/automaton';
import { bundledCorpus } from './bundled';
import type { LibraryEntry } from './library';
import { withMentions } from './mentions';

let bundled: readonly LibraryEntry[] | null = null;
let completed = false;

/**
 * The bundled entries as library entries (they can be hidden, never deleted). Their mention ids and folded words are
 * left out until completeBundledLibrary, so that listing them costs nothing.
 */
export function bundledLibrary(): LibraryEntry[] {
  bundled ??= bundledCorpus.map((entry) => ({ ...entry, origin: 'bundled' as const, addedAt: 0 }));
  return [...bundled];
}

/**
 * The bundled entries with their mention ids and folded words (new entries, computed once per context); later calls
 * of bundledLibrary give these.
 */
export function completeBundledLibrary(automaton: Automaton): LibraryEntry[] {
  if (!completed) bundled = bundledLibrary().map((entry) => withMentions(entry, automaton));
  completed = true;
  return [...bundled!];
}
