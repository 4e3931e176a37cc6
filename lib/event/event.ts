// The event card of an article: what happened, where, when, who acted and how many victims, according to whom.
// It reads what analyse has already found (mentions, quotes, sentences) and recognises nothing again.
import type { KnowledgeEntity } from '../knowledge/schema';
import type { RecognisedMention } from '../recognise/recognise';
import type { Casualty, EventCard, QuoteResult } from '../types';
import { eventActors } from './actors';
import { findCasualties } from './casualties';
import { dayIn, firstDate } from './date';
import { eventKind } from './kind';
import { entityLookup, eventPlace } from './place';
import { figureSource } from './source';

export interface EventInput {
  text: string;
  title?: string;
  sentences: readonly { start: number; end: number }[];
  mentions: readonly RecognisedMention[];
  quotes: readonly QuoteResult[];
  /** The knowledge base the mentions come from (to find a place's governorate). */
  entities: readonly KnowledgeEntity[];
  /** The page's date (ISO day), when known; else the dateline at the top of the text. */
  date?: string | null;
}

// The headline and lead tell the event; later paragraphs add background and other days.
const LEAD_SENTENCES = 2;
const NEAR_LEAD_SENTENCES = 5;
/** Where the dateline is looked for. */
const DATELINE_LENGTH = 300;

/** Index of the sentence holding `offset` (sentences are in text order), or -1. */
function sentenceIndex(sentences: readonly { start: number; end: number }[], offset: number): number {
  let low = 0;
  let high = sentences.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const sentence = sentences[middle]!;
    if (offset < sentence.start) high = middle - 1;
    else if (offset >= sentence.end) low = middle + 1;
    else return middle;
  }
  return -1;
}

/** The event the text reports, or null when it names neither an act of war nor a casualty figure. */
export function extractEvent(input: EventInput): EventCard | null {
  const { text, sentences, mentions, quotes } = input;
  const indexAt = (offset: number) => sentenceIndex(sentences, offset);
  const sentenceAt = (offset: number) => sentences[indexAt(offset)];
  const sectionWeight = (offset: number) => {
    const index = indexAt(offset);
    return index >= 0 && index < LEAD_SENTENCES ? 3 : index >= 0 && index < NEAR_LEAD_SENTENCES ? 2 : 1;
  };
  const found = eventKind(text, sectionWeight);
  // The headline weighs as much as the lead.
  const titleKind = input.title ? eventKind(input.title, () => 3) : null;
  const kind = titleKind && titleKind.score > 0 && found.score === 0 ? titleKind : found;
  const figures = findCasualties(text, sentences);
  if (kind.score === 0 && figures.length === 0) return null;

  const eventSentences = new Set<number>();
  for (const figure of figures) eventSentences.add(indexAt(figure.start));
  for (const start of kind.starts) eventSentences.add(indexAt(start));
  const weightAt = (offset: number) => sectionWeight(offset) + (eventSentences.has(indexAt(offset)) ? 2 : 0);

  const byId = entityLookup(input.entities);
  const casualties: Casualty[] = [];
  const byFigure = new Map<string, number>();
  for (const figure of figures) {
    const sentence = sentenceAt(figure.start) ?? { start: 0, end: text.length };
    const source = figureSource(text, { start: figure.start, end: figure.mentionEnd }, sentence, mentions, quotes);
    const casualty: Casualty = {
      status: figure.status,
      victims: figure.victims,
      count: figure.count,
      min: figure.min,
      max: figure.max,
      source,
      mention: { start: figure.start, end: figure.mentionEnd, text: text.slice(figure.start, figure.mentionEnd) },
    };
    // A headline repeats the lead's figure, the lead gives its source: one line, pointing where the source is.
    // The same figure from two sources stays twice: that is what the reader compares.
    const figureKey = [figure.status, figure.victims, figure.count, figure.min, figure.max].join('|');
    const known = byFigure.get(figureKey);
    const kept = known === undefined ? undefined : casualties[known]!;
    if (kept && (kept.source === source || source === null)) continue;
    if (kept && kept.source === null) {
      casualties[known!] = casualty;
      continue;
    }
    if (known === undefined) byFigure.set(figureKey, casualties.length);
    casualties.push(casualty);
  }

  const reference = input.date ?? firstDate(text.slice(0, DATELINE_LENGTH));
  // The day is told in the sentence of a toll or of the event's word, not always the first (a headline has none).
  const anchors = [...figures.filter((f) => f.status === 'killed').map((f) => f.start), kind.mention?.start ?? 0];
  let date: string | null = null;
  for (const anchor of anchors) {
    const sentence = sentenceAt(anchor);
    date = sentence ? dayIn(text.slice(sentence.start, sentence.end), reference) : null;
    if (date) break;
  }
  return {
    kind: kind.kind,
    place: eventPlace(mentions, byId, weightAt),
    date: date ?? reference,
    // Who acted in this event: told in the lead or where its toll or its kind of attack is told, not in the
    // background ("the SDF took the town in 2016").
    actors: eventActors(text, mentions, byId, (offset) => {
      const index = indexAt(offset);
      return index < LEAD_SENTENCES || eventSentences.has(index) ? weightAt(offset) : 0;
    }),
    casualties,
  };
}
