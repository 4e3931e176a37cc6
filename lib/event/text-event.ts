import { detectLanguage } from '../language/detect';
import { analyseQuotes } from '../quotes/sieve';
import { recogniseMentions } from '../recognise/recognise';
import type { Automaton } from '../recognise/automaton';
import { splitSentences } from '../text/sentences';
import type { EventCard } from '../types';
import { extractEvent } from './event';

/**
 * The event card of a corpus entry without the rest of the analysis (summary, domain score, matching), for the
 * other accounts of an event: a handful of entries are read each time the popup opens.
 */
export function textEvent(
  entry: { text: string; title?: string; date?: string | undefined },
  automaton: Automaton,
): EventCard | null {
  const { text } = entry;
  const mentions = recogniseMentions(text, automaton);
  return extractEvent({
    text,
    title: entry.title ?? '',
    sentences: splitSentences(text, detectLanguage(text)),
    mentions,
    quotes: analyseQuotes(text, mentions).quotes,
    entities: automaton.entities,
    // A stored date may be a full timestamp; the card reads days.
    date: entry.date && /^\d{4}-\d{2}-\d{2}/.test(entry.date) ? entry.date.slice(0, 10) : null,
  });
}
