import type { Analysis, Lang, Mention, Notice, QuoteResult } from '../types';
import { detectLanguage } from '../language/detect';
import { groupMentions, recogniseMentions, type RecognisedMention } from '../recognise/recognise';
import type { Automaton } from '../recognise/automaton';
import { findAnonymousSources } from '../quotes/anonymous';
import { analyseQuotes } from '../quotes/sieve';
import { addUnlinkedSpeakers, type UnlinkedSpeaker } from './unlinked-speakers';
import { digestOf } from '../summary/digest';
import { splitSentences, type Sentence } from '../text/sentences';
import { tokenise, type Token } from '../text/tokens';
import { summariseSteps } from '../summary/summarise';
import { isConflictWord } from '../domain/conflict-words';
import { domainEvidence } from '../domain/domain';
import { mentionIds, type IndexedCorpus } from '../corpus/match';
import { linkToCorpus } from '../corpus/link';
import { clock, runInSlices, runToEnd } from '../steps';
import { extractEvent } from '../event/event';

export interface AnalyseInput {
  text: string;
  title?: string;
  /** Whether the text came from a page that reads as an article; plain text counts as one. */
  isArticle?: boolean;
  /** The page's publication day (ISO), against which "on Wednesday" is read; else the text's dateline. */
  date?: string;
  /** The language the page declares (lib/article/page-meta.ts), read only when the text alone does not tell. */
  lang?: Lang;
}

export interface AnalyseOptions {
  /** The knowledge base to recognise, compiled (see defaultAutomaton for the bundled one). */
  automaton: Automaton;
  /** Corpus to link the article to; matching only runs in extension pages and the CLI, never in a web page. */
  corpus?: IndexedCorpus;
  /** The corpus entry being analysed, so that it does not match itself. */
  corpusId?: string;
  summaryLength?: number;
  now?: () => number;
}

/** Longer texts are analysed up to this length (about 300,000 words): beyond it nobody is reading an article. */
export const MAX_TEXT_LENGTH = 2_000_000;
// Control characters other than line breaks and tabs come from binary input; they would only confuse the segmenter.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFD]/g;

function emptyAnalysis(title: string, text: string, notices: Notice[], totalMs: number): Analysis {
  return {
    schema: 'repere.analysis/1',
    lang: 'und',
    isArticle: false,
    inDomain: false,
    domainScore: 0,
    title,
    text,
    entities: [],
    quotes: [],
    summary: [],
    digest: '',
    anonymousSources: [],
    matches: [],
    timings: { totalMs },
    notices,
    domain: { density: 0, distinctPlaces: 0, distinctGroups: 0, conflictDensity: 0, corpusSimilarity: null },
    event: null,
  };
}

/** Words, and among them words of armed conflict (for the domain score). */
function countWords(text: string): { words: number; conflict: number } {
  let words = 0;
  let conflict = 0;
  // An article says "the", "and" and its subject's words many times: each distinct word is looked up once.
  const known = new Map<string, boolean>();
  for (const [word] of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    words += 1;
    if (word.length <= 2) continue;
    let isConflict = known.get(word);
    if (isConflict === undefined) {
      isConflict = isConflictWord(word);
      known.set(word, isConflict);
    }
    if (isConflict) conflict += 1;
  }
  return { words, conflict };
}

/** The one analysis used by the content script, the extension pages, the CLI and the tests. Never throws. */
export function analyse(input: AnalyseInput, options: AnalyseOptions): Analysis {
  return runToEnd(analyseSteps(input, options));
}

/**
 * The same analysis, giving the main thread back between slices of text (`pause` is awaited whenever the work
 * since the last pause took longer than `budgetMs`), so that a long page stays responsive. Same result as `analyse`.
 */
export async function analyseInSlices(
  input: AnalyseInput,
  options: AnalyseOptions & { pause: () => Promise<void>; budgetMs?: number },
): Promise<Analysis> {
  return runInSlices(analyseSteps(input, options), options.pause, options.budgetMs);
}

/** Texts longer than this are recognised a slice of paragraphs at a time (the generator yields between slices). */
export const SLICE_LENGTH = 50_000;
/** The size of those slices: small enough that even the first one, before the JIT warms up, stays short. */
const SLICE_STEP = 5_000;

/**
 * [start, end) slices of about SLICE_STEP characters that end at line breaks (a paragraph is never cut); the first
 * one is smaller, as it runs before the JIT has warmed up.
 */
export function paragraphSlices(text: string, length = SLICE_STEP): [number, number][] {
  if (text.length <= SLICE_LENGTH) return [[0, text.length]];
  const slices: [number, number][] = [];
  let start = 0;
  while (start < text.length) {
    const size = start === 0 ? Math.round(length / 4) : length;
    let end = start + size >= text.length ? text.length : text.indexOf('\n', start + size);
    if (end < 0) end = text.length;
    else if (end < text.length) end += 1;
    slices.push([start, end]);
    start = end;
  }
  return slices;
}

/**
 * The analysis as a generator that yields after each slice of work. Texts up to SLICE_LENGTH are analysed in one
 * piece; longer ones slice by slice of whole paragraphs (a quote or an ambiguous name is then resolved within its
 * slice of about 2,000 words), with a summary and domain score over the whole text.
 */
export function* analyseSteps(input: AnalyseInput, options: AnalyseOptions): Generator<void, Analysis, void> {
  const now = options.now ?? clock;
  const started = now();
  const notices: Notice[] = [];
  let text = typeof input.text === 'string' ? input.text : '';
  if (text.length > MAX_TEXT_LENGTH) {
    text = text.slice(0, MAX_TEXT_LENGTH);
    notices.push('truncated');
  }
  text = text.replace(CONTROL, ' ');
  const title = (input.title ?? '').trim();
  const elapsed = () => Math.round((now() - started) * 100) / 100;
  if (!/[\p{L}]/u.test(text)) return emptyAnalysis(title, text, [...notices, 'empty'], elapsed());
  try {
    const detected = detectLanguage(text);
    const lang = detected === 'und' && input.lang ? input.lang : detected;
    const automaton = options.automaton;
    const mentions: RecognisedMention[] = [];
    const quotes: QuoteResult[] = [];
    const quotedEntityIds = new Set<string>();
    const unlinkedSpeakers: UnlinkedSpeaker[] = [];
    const allSentences: Sentence[] = [];
    // The words of each slice, read once for recognition and the summary.
    const allTokens: Token[] = [];
    const anonymousSources: Mention[] = [];
    let paragraphs = 0;
    let words = 0;
    let conflictWords = 0;
    for (const [sliceStart, sliceEnd] of paragraphSlices(text)) {
      yield;
      const slice = sliceStart === 0 && sliceEnd === text.length ? text : text.slice(sliceStart, sliceEnd);
      const counted = countWords(slice);
      words += counted.words;
      conflictWords += counted.conflict;
      const tokens = tokenise(slice);
      for (const token of tokens) allTokens.push(shift(token, sliceStart));
      const found = recogniseMentions(slice, automaton, tokens);
      const quoted = analyseQuotes(slice, found);
      for (const mention of found) mentions.push(shift(mention, sliceStart));
      for (const quote of quoted.quotes) quotes.push(shiftQuote(quote, sliceStart));
      for (const id of quoted.quotedEntityIds) quotedEntityIds.add(id);
      for (const { name, mention } of quoted.unlinkedSpeakers)
        unlinkedSpeakers.push({ name, mention: shift(mention, sliceStart) });
      const sentences = splitSentences(slice, lang);
      for (const sentence of sentences)
        allSentences.push({ ...shift(sentence, sliceStart), paragraph: sentence.paragraph + paragraphs });
      paragraphs += (sentences.at(-1)?.paragraph ?? -1) + 1;
      for (const mention of findAnonymousSources(slice)) anonymousSources.push(shift(mention, sliceStart));
    }
    yield;
    const entities = groupMentions(mentions, lang === 'fr' ? 'fr' : 'en');
    for (const entity of entities) entity.quoted = quotedEntityIds.has(entity.id);
    addUnlinkedSpeakers(entities, unlinkedSpeakers);
    yield;
    // The headline is already shown as the title: a summary repeating it would waste one of its three lines.
    const headline = normaliseForComparison(title);
    const sentences = allSentences.filter(
      (sentence) => !headline || normaliseForComparison(sentence.text) !== headline,
    );
    const summary = yield* summariseSteps({
      sentences,
      mentionStarts: mentions.map((mention) => mention.start),
      length: options.summaryLength ?? 3,
      tokens: allTokens,
    });
    yield;
    const digest = digestOf(entities, lang === 'fr' ? 'fr' : 'en');
    yield;
    const domain = domainEvidence(mentions, words, conflictWords);
    const isArticle = input.isArticle ?? true;
    if (!isArticle) notices.push('not-article');
    if (lang === 'und') notices.push('unsupported-language');
    const inDomain = domain.inDomain && lang !== 'und';
    if (isArticle && lang !== 'und' && !inDomain) notices.push('off-topic');
    yield;
    // Only an article about the war reports an event of it: a match report also "shoots" and counts.
    const event = inDomain
      ? extractEvent({
          ...leadOf(text, allSentences, mentions, quotes),
          title,
          entities: automaton.entities,
          date: input.date,
        })
      : null;
    // Entries are linked through what the knowledge base knows (names found from the text alone are left out).
    const entityIds = mentionIds(entities.filter((entity) => entity.linked));
    const links = options.corpus
      ? linkToCorpus({ text, lang, inDomain, entityIds }, options.corpus, options.corpusId)
      : null;
    return {
      schema: 'repere.analysis/1',
      lang: lang as Lang | 'und',
      isArticle,
      inDomain,
      domainScore: domain.score,
      title,
      text,
      entities,
      quotes,
      summary,
      digest,
      anonymousSources,
      matches: links?.matches ?? [],
      timings: { totalMs: elapsed() },
      notices,
      domain: {
        density: round(domain.density),
        distinctPlaces: domain.distinctPlaces,
        distinctGroups: domain.distinctGroups,
        conflictDensity: round(domain.conflictDensity),
        corpusSimilarity: links?.corpusSimilarity ?? null,
      },
      event,
    };
  } catch {
    return emptyAnalysis(title, text, [...notices, 'failed'], elapsed());
  }
}

/**
 * A news report tells its event in its lead: the card reads the sentences within the first EVENT_LEAD characters,
 * so that a book-length page does not hold the main thread for one unsliced pass over all of it.
 */
export const EVENT_LEAD = 20_000;

function leadOf(
  text: string,
  sentences: readonly Sentence[],
  mentions: readonly RecognisedMention[],
  quotes: readonly QuoteResult[],
) {
  if (text.length <= EVENT_LEAD) return { text, sentences, mentions, quotes };
  const lead = sentences.filter((sentence) => sentence.end <= EVENT_LEAD);
  const end = lead.at(-1)?.end ?? EVENT_LEAD;
  const within = <T extends { end: number }>(item: T) => item.end <= end;
  return {
    text: text.slice(0, end),
    sentences: lead,
    mentions: mentions.filter(within),
    quotes: quotes.filter(within),
  };
}

function shift<T extends { start: number; end: number }>(item: T, by: number): T {
  return by === 0 ? item : { ...item, start: item.start + by, end: item.end + by };
}

/** A quote moved by `by`, with the pronoun or description that attributes it. */
function shiftQuote(quote: QuoteResult, by: number): QuoteResult {
  const shifted = shift(quote, by);
  const mention = quote.speaker?.mention;
  return mention && by !== 0 ? { ...shifted, speaker: { ...quote.speaker!, mention: shift(mention, by) } } : shifted;
}

function normaliseForComparison(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
