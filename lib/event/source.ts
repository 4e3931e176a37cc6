// The source a figure is attributed to: the speaker of the quote it stands in, else the name its sentence
// attributes a statement to ("according to the Observatory", "SANA reported", "selon l'OSDH"), else a source
// (agency, monitor, ministry) named in the same sentence; the nearest to the figure wins.
import { ATTRIBUTION_AFTER, ATTRIBUTION_BEFORE } from '../quotes/attribution';
import type { RecognisedMention } from '../recognise/recognise';
import type { QuoteResult } from '../types';

export function figureSource(
  text: string,
  figure: { start: number; end: number },
  sentence: { start: number; end: number },
  mentions: readonly RecognisedMention[],
  quotes: readonly QuoteResult[],
): string | null {
  const quote = quotes.find((q) => q.start <= figure.start && figure.end <= q.end);
  if (quote?.speaker?.entityId) return quote.speaker.entityId;
  let best: { id: string; distance: number } | null = null;
  for (const mention of mentions) {
    if (mention.start < sentence.start || mention.end > sentence.end || mention.entity.type === 'place') continue;
    if (mention.start < figure.end && mention.end > figure.start) continue;
    const attributed =
      ATTRIBUTION_BEFORE.test(text.slice(sentence.start, mention.start)) ||
      ATTRIBUTION_AFTER.test(text.slice(mention.end, Math.min(sentence.end, mention.end + 60)));
    if (!attributed && mention.entity.type !== 'source') continue;
    const distance = mention.start >= figure.end ? mention.start - figure.end : figure.start - mention.end;
    // An attributed name beats a source only named (a channel whose footage is shown, an agency in a byline).
    const rank = distance + (attributed ? 0 : 1000);
    if (!best || rank < best.distance) best = { id: mention.entity.id, distance: rank };
  }
  return best?.id ?? null;
}
