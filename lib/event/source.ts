// The source a figure is attributed to: the speaker of the quote it stands in, else the name its sentence
// attributes a statement to ("according to the Observatory", "SANA reported", "selon l'OSDH"), else a source
// (agency, monitor, ministry) named in the same sentence; the nearest to the figure wins.
import { ATTRIBUTION_AFTER, ATTRIBUTION_BEFORE } from '../quotes/vocabulary';
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
    // An attributed source (agency, ministry, monitor) beats a group named inside what it reports ("the ministry
    // said Russian jets killed…"), and any attributed name beats a source only named (an agency in a byline).
    const rank = distance + (attributed ? (mention.entity.type === 'source' ? 0 : 500) : 1000);
    if (!best || rank < best.distance) best = { id: mention.entity.id, distance: rank };
  }
  if (best) return best.id;
  // "a précisé l'ONG", "the monitor said": a source named by what it is, the last one the article named.
  if (DESCRIBED_SOURCE.test(text.slice(sentence.start, sentence.end))) {
    for (let index = mentions.length - 1; index >= 0; index -= 1) {
      const mention = mentions[index]!;
      if (mention.end <= sentence.start && mention.entity.type === 'source') return mention.entity.id;
    }
  }
  return null;
}

const DESCRIBER = String.raw`(?:the|l['’]|la|le|cette|this)\s*(?:monitor|observatory|watchdog|NGO|agency|ministry|organi[sz]ation|ONG|observatoire|agence|ministère)`;
const SAYING = String.raw`(?:said|says|reported|added|told|a\s+(?:précisé|indiqué|affirmé|rapporté|ajouté|annoncé)|précise|indique|rapporte|ajoute)`;
const DESCRIBED_SOURCE = new RegExp(
  String.raw`(?:selon|d['’]après|according\s+to|${SAYING})\s+${DESCRIBER}(?![\p{L}])|${DESCRIBER}\s+${SAYING}(?![\p{L}])`,
  'iu',
);
