import type { Analysis, EntityType, Lang, Notice } from '../types';
import { detectLanguage } from '../language/detect';
import { groupMentions, recogniseMentions } from '../recognise/recognise';
import type { Automaton } from '../recognise/automaton';
import { analyseQuotes } from '../quotes/speakers';
import { splitSentences } from '../text/sentences';
import { summarise } from '../summary/summarise';
import { domainEvidence } from '../domain/domain';
import { matchCorpus, mentionIds, type IndexedCorpus } from '../corpus/match';

export interface AnalyseInput {
  text: string;
  title?: string;
  /** Whether the text came from a page that reads as an article; plain text counts as one. */
  isArticle?: boolean;
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

const clock = () => (typeof performance !== 'undefined' ? performance.now() : Date.now());

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
    matches: [],
    timings: { totalMs },
    notices,
    domain: { density: 0, distinctPlaces: 0, distinctGroups: 0 },
  };
}

function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
}

/** The one analysis used by the content script, the extension pages, the CLI and the tests. Never throws. */
export function analyse(input: AnalyseInput, options: AnalyseOptions): Analysis {
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
    const lang = detectLanguage(text);
    const automaton = options.automaton;
    const mentions = recogniseMentions(text, automaton);
    const { quotes, quotedEntityIds } = analyseQuotes(text, mentions);
    const entities = groupMentions(mentions, lang === 'fr' ? 'fr' : 'en');
    for (const entity of entities) entity.quoted = quotedEntityIds.has(entity.id);
    // The headline is already shown as the title: a summary repeating it would waste one of its three lines.
    const headline = normaliseForComparison(title);
    const sentences = splitSentences(text, lang).filter(
      (sentence) => !headline || normaliseForComparison(sentence.text) !== headline,
    );
    const summary = summarise({
      sentences,
      mentionStarts: mentions.map((mention) => mention.start),
      length: options.summaryLength ?? 3,
    });
    const domain = domainEvidence(mentions, countWords(text));
    const isArticle = input.isArticle ?? true;
    if (!isArticle) notices.push('not-article');
    if (lang === 'und') notices.push('unsupported-language');
    const inDomain = domain.inDomain && lang !== 'und';
    if (isArticle && lang !== 'und' && !inDomain) notices.push('off-topic');
    const matches = options.corpus
      ? matchCorpus({ text, lang, entityIds: mentionIds(entities), excludeId: options.corpusId }, options.corpus)
      : [];
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
      matches,
      timings: { totalMs: elapsed() },
      notices,
      domain: {
        density: round(domain.density),
        distinctPlaces: domain.distinctPlaces,
        distinctGroups: domain.distinctGroups,
      },
    };
  } catch {
    return emptyAnalysis(title, text, [...notices, 'failed'], elapsed());
  }
}

function normaliseForComparison(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/** Which highlight an entity's mentions are painted with: a quoted entity that is neither place nor group is a source. */
export function highlightTypeOf(entity: { type: EntityType; quoted: boolean }): EntityType {
  if (entity.type === 'person' && entity.quoted) return 'source';
  return entity.type;
}
