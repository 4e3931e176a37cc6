import { analyse } from '../analyse/analyse';
import type { Automaton } from '../recognise/automaton';
import type { EventCard } from '../types';

/**
 * The event card of a corpus entry, for the other accounts of an event and the library's map: the same card the
 * popup shows for that text (analyse reads the lead of a long text, slices it by paragraphs and gives no card to a
 * text off the subject), so that an entry never tells one event in the library and another when it is read.
 */
export function textEvent(
  entry: { text: string; title?: string; date?: string | undefined },
  automaton: Automaton,
): EventCard | null {
  // A stored date may be a full timestamp; the card reads days.
  const date = entry.date && /^\d{4}-\d{2}-\d{2}/.test(entry.date) ? entry.date.slice(0, 10) : undefined;
  return analyse({ text: entry.text, title: entry.title ?? '', date }, { automaton }).event;
}
