// Scores recognition on outside gold: the re3d development documents (../shared/datasets/re3d/dev.jsonl), written
// and annotated by people who never saw Repère. Span by span:
//  - Location against our places;
//  - Organisation against our groups and sources that are not people, and against a country we mark as a place
//    when the mention is exactly the gold span (re3d marks a country acting as a state, "Syria said", Organisation);
//  - Person against our persons and the sources that are people (officials, spokespeople).
// re3d also marks described and pronominal entities ("the city", "rebels", "They", "The Foreign Secretary"), which a
// recogniser of names is not meant to find. So only *named* gold spans are required for recall: a span is named
// when one of its words is capitalised (not at a sentence start where it is an ordinary English word) and is not
// a determiner, pronoun, month or weekday, demonym (Syrian, Syrians), nor, for a person, a title (Minister, Gen.) or a word of a
// place or organisation named inside the span ("Minister for the Middle East"). A gold Person span that the same
// document also annotates as a place or organisation ("Jordan", "Geneva") is one of re3d's slips and not required.
// A gold span is found when a mention of the right kind overlaps it; a mention is right when it overlaps any gold
// span of its kind, named or described (re3d's annotation is not exhaustive: untagged country lists count against us).
// As in the project's annotation conventions (docs/annotation.md), a country used as a modifier ("U.S. service
// members", "the US Defense Secretary") is lenient: neither required nor wrong.
// The whole text of each document is scored, whatever the domain decision, because this measures recognition.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import englishWordsPath from 'word-list';
import { analyse } from '../../lib/analyse/analyse';
import { defaultAutomaton } from '../../lib/analyse/recogniser';
import type { Analysis } from '../../lib/types';
import { foldName } from '../../lib/text/tokens';
import { isPersonLike } from '../../lib/recognise/person-like';
import { isCalendarWord } from '../../lib/text/calendar';
import { precisionRecall, type Counts } from './evaluate';

const ROOT = resolve(import.meta.dirname, '../..');
export const RE3D_FILE = resolve(ROOT, '../shared/datasets/re3d/dev.jsonl');

type GoldType = 'Location' | 'Organisation' | 'Person';
export const RE3D_TYPES: readonly GoldType[] = ['Location', 'Organisation', 'Person'];

interface GoldSpan {
  begin: number;
  end: number;
  type: string;
  value: string;
}

interface Document {
  id: string;
  title: string;
  text: string;
  entities: GoldSpan[];
}

interface Predicted {
  start: number;
  end: number;
  text: string;
  bucket: GoldType;
  /** A country: it also finds an Organisation span that is exactly its name. */
  country: boolean;
}

export interface Re3dScores {
  documents: number;
  byType: Record<GoldType, Counts>;
  /** Named gold spans not found, and mentions that no gold span of their kind overlaps, by type, with their counts. */
  misses: Record<GoldType, Map<string, number>>;
  extras: Record<GoldType, Map<string, number>>;
  /** Gold spans left out of recall as descriptions, pronouns or slips. */
  described: number;
}

const FUNCTION_WORDS = new Set(
  'the a an this that these those it its he she his her him we our us they them their i me my you your one some all both many most other another each every there here who which'.split(
    ' ',
  ),
);
const TITLES = new Set(
  'mr mrs ms dr president prime minister ministers foreign secretary deputy general gen lt lieutenant col colonel capt captain major commander commodore sheikh king queen acting director special envoy representative senior chief petty officer adviser advisor spokesman spokeswoman spokesperson high commissioner chargé affaires sen senator governor ambassador defence defense state us u.s uk un navy army air force marine'.split(
    ' ',
  ),
);

let ordinary: Set<string> | null = null;
function isOrdinaryEnglishWord(word: string): boolean {
  ordinary ??= new Set(readFileSync(englishWordsPath, 'utf8').split('\n'));
  return ordinary.has(word.toLowerCase());
}

function loadDocuments(): Document[] {
  return readFileSync(RE3D_FILE, 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Document);
}

const inside = (outer: { begin: number; end: number }, begin: number, end: number) =>
  outer.begin <= begin && end <= outer.end;

function atSentenceStart(text: string, index: number): boolean {
  return /(?:^|[.!?:;"“”\n]\s*|\n)$/u.test(text.slice(Math.max(0, index - 3), index).trimEnd() + ' ') || index === 0;
}

/** Whether a gold span names its entity rather than describing or pointing to it (see the comment at the top). */
function isNamed(gold: GoldSpan, document: Document, demonyms: ReadonlySet<string>): boolean {
  const type = gold.type as GoldType;
  const others = document.entities.filter((other) => other !== gold);
  if (
    type === 'Person' &&
    others.some(
      (other) =>
        (other.type === 'Location' || other.type === 'Organisation') && other.value.trim() === gold.value.trim(),
    )
  ) {
    return false;
  }
  const nested = others.filter(
    (other) =>
      inside(gold, other.begin, other.end) &&
      (other.type === 'Nationality' ||
        (type === 'Person' && (other.type === 'Location' || other.type === 'Organisation')) ||
        (type === 'Location' && other.type === 'Organisation' && other.end - other.begin < gold.end - gold.begin)),
  );
  const span = document.text.slice(gold.begin, gold.end);
  for (const match of span.matchAll(/[\p{L}\p{N}][\p{L}\p{N}.'’-]*/gu)) {
    const word = match[0].replace(/[.'’]+$|['’]s$/u, '');
    const begin = gold.begin + match.index;
    if (!/^(?:\p{Lu}|\p{N}+\p{L})/u.test(word)) continue;
    const lower = word.toLowerCase();
    if (FUNCTION_WORDS.has(lower) || isCalendarWord(lower)) continue;
    if (demonyms.has(lower) || demonyms.has(lower.replace(/s$/, ''))) continue;
    if (type === 'Person' && TITLES.has(lower.replace(/\.$/, ''))) continue;
    if (nested.some((other) => inside(other, begin, begin + word.length))) continue;
    if (atSentenceStart(document.text, begin) && /^\p{Lu}\p{Ll}+$/u.test(word) && isOrdinaryEnglishWord(word)) continue;
    return true;
  }
  return false;
}

function predictions(analysis: Analysis): Predicted[] {
  return analysis.entities.flatMap((entity) => {
    const bucket: GoldType | null =
      entity.type === 'place' ? 'Location' : isPersonLike(entity) ? 'Person' : 'Organisation';
    return entity.mentions.map((mention) => ({ ...mention, bucket, country: entity.kind === 'country' }));
  });
}

const overlaps = (a: { start: number; end: number }, gold: GoldSpan) => a.start < gold.end && gold.begin < a.end;

function stripDeterminer(text: string): string {
  return text
    .trim()
    .replace(/^(?:the|a|an)\s+/i, '')
    .trim();
}

/** Whether a mention finds a gold span: same kind and overlapping, or a country standing for the state. */
function finds(mention: Predicted, gold: GoldSpan): boolean {
  if (!overlaps(mention, gold)) return false;
  if (mention.bucket === gold.type) return true;
  const same = (a: string, b: string) => foldName(a).join(' ') === foldName(b).join(' ');
  return mention.country && gold.type === 'Organisation' && same(stripDeterminer(gold.value), mention.text);
}

/**
 * A country used as a modifier at the start of a longer organisation or person span ("U.S. service members", "the
 * US Defense Secretary"): lenient by the project's annotation conventions, neither required nor wrong.
 */
function modifiesLongerSpan(mention: Predicted, gold: readonly GoldSpan[]): boolean {
  return gold.some(
    (span) =>
      (span.type === 'Organisation' || span.type === 'Person') &&
      span.begin <= mention.start &&
      mention.end < span.end &&
      /^(?:the\s+)?$/iu.test(span.value.slice(0, mention.start - span.begin)),
  );
}

function bump(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

export function evaluateRe3d(): Re3dScores {
  const documents = loadDocuments();
  const demonyms = new Set(
    documents.flatMap((document) =>
      document.entities.filter((gold) => gold.type === 'Nationality').map((gold) => gold.value.toLowerCase()),
    ),
  );
  const automaton = defaultAutomaton();
  const scores: Re3dScores = {
    documents: documents.length,
    byType: {
      Location: { tp: 0, fp: 0, fn: 0 },
      Organisation: { tp: 0, fp: 0, fn: 0 },
      Person: { tp: 0, fp: 0, fn: 0 },
    },
    misses: { Location: new Map(), Organisation: new Map(), Person: new Map() },
    extras: { Location: new Map(), Organisation: new Map(), Person: new Map() },
    described: 0,
  };
  for (const document of documents) {
    const analysis = analyse({ text: document.text, title: document.title }, { automaton });
    const predicted = predictions(analysis);
    const gold = document.entities.filter((span) => (RE3D_TYPES as readonly string[]).includes(span.type));
    // Nested spans of one type (a name inside the same name with its title) are one entity mention.
    const outermost = gold.filter(
      (span) =>
        !gold.some(
          (other) =>
            other !== span &&
            other.type === span.type &&
            inside(other, span.begin, span.end) &&
            (other.end - other.begin > span.end - span.begin || gold.indexOf(other) < gold.indexOf(span)),
        ),
    );
    for (const span of outermost) {
      const type = span.type as GoldType;
      if (!isNamed(span, document, demonyms)) {
        scores.described += 1;
        continue;
      }
      if (predicted.some((mention) => finds(mention, span))) scores.byType[type].tp += 1;
      else {
        scores.byType[type].fn += 1;
        bump(scores.misses[type], span.value.trim());
      }
    }
    for (const mention of predicted) {
      if (gold.some((span) => finds(mention, span))) continue;
      if (mention.country && modifiesLongerSpan(mention, gold)) continue;
      scores.byType[mention.bucket].fp += 1;
      bump(scores.extras[mention.bucket], mention.text);
    }
  }
  return scores;
}

function top(map: Map<string, number>, count: number): string {
  return [...map.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, count)
    .map(([text, times]) => (times > 1 ? `${text} ×${times}` : text))
    .join(', ');
}

export function formatRe3d(scores: Re3dScores, detail = 12): string {
  const percent = (value: number) => `${(100 * value).toFixed(1)}%`;
  const lines = [
    `re3d development documents (en, outside gold): ${scores.documents} documents`,
    'Named gold spans only (a capitalised word that is not a determiner, pronoun, demonym or title);',
    `found by overlap; ${scores.described} described or pronominal gold spans not required; a country as a modifier is lenient.`,
    'type           tp   fp   fn  precision  recall  F1',
  ];
  for (const type of RE3D_TYPES) {
    const counts = scores.byType[type];
    const { precision, recall, f1 } = precisionRecall(counts);
    lines.push(
      `${type.padEnd(12)} ${String(counts.tp).padStart(4)} ${String(counts.fp).padStart(4)} ${String(counts.fn).padStart(4)}  ${percent(precision).padStart(9)} ${percent(recall).padStart(7)} ${percent(f1).padStart(6)}`,
    );
  }
  for (const type of RE3D_TYPES) {
    lines.push(`  ${type} most missed: ${top(scores.misses[type], detail) || '-'}`);
    lines.push(`  ${type} most frequent extras: ${top(scores.extras[type], detail) || '-'}`);
  }
  return lines.join('\n');
}
