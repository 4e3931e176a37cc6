// Scores quotes and speakers against outside gold: the quote annotations of re3d dev (../shared/datasets/re3d/
// quotes.jsonl, one line per document of dev.jsonl in the same order; conventions in QUOTES.md there). The texts
// are analysed as they are (gold offsets point into `text`), with their title given apart.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyse } from '../../lib/analyse/analyse';
import { defaultAutomaton } from '../../lib/analyse/recogniser';
import type { Analysis } from '../../lib/types';
import { foldName } from '../../lib/text/tokens';

const DATASET = resolve(import.meta.dirname, '../../../shared/datasets/re3d');

interface GoldQuote {
  start: number;
  end: number;
  text: string;
  speaker: string | null;
  how: string;
}

export interface QuoteScores {
  documents: number;
  /** Gold quotes, and those a found quote overlaps. */
  expected: number;
  found: number;
  /** Gold quotes whose speaker is named (the denominator of "speakers right"). */
  named: number;
  speakersRight: number;
  /** A found quote given a speaker other than the gold one (or any speaker where gold names nobody). */
  wrongSpeakers: number;
  /** A found quote of a named gold speaker left without speaker. */
  missingSpeakers: number;
  failures: string[];
}

// Articles and titles do not tell two names apart: "the army" is "army", "Mr Colville" is "Colville".
const NOT_NAME_WORDS = new Set(
  'the a an le la les l mr mrs ms dr gen general lt col capt sen rep sgt maj adm m mme president minister'.split(' '),
);
const nameTokens = (name: string) => foldName(name).filter((token) => !NOT_NAME_WORDS.has(token));

/**
 * Our speaker names the gold speaker when, titles and articles aside, every word of ours is a word of the gold
 * name and ours includes its last word (the surname, or the head noun of "the army"): "Votel" and "Joseph Votel"
 * name "Joseph Votel", "Stephen Townsend" names "Stephen J. Townsend"; "Joseph" alone, or "Votel's office", do not.
 */
export function namesSameSpeaker(ours: string, gold: string): boolean {
  const mine = nameTokens(ours);
  const theirs = nameTokens(gold);
  if (mine.length === 0 || theirs.length === 0) return false;
  return mine.includes(theirs.at(-1)!) && mine.every((token) => theirs.includes(token));
}

function overlapping(analysis: Analysis, gold: GoldQuote) {
  return analysis.quotes.find((quote) => quote.start < gold.end && quote.end > gold.start);
}

export function evaluateRe3dQuotes(): QuoteScores {
  const documents = readFileSync(resolve(DATASET, 'dev.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as { id: string; title: string; text: string });
  const gold = readFileSync(resolve(DATASET, 'quotes.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as { id: string; quotes: GoldQuote[] });
  const scores: QuoteScores = {
    documents: documents.length,
    expected: 0,
    found: 0,
    named: 0,
    speakersRight: 0,
    wrongSpeakers: 0,
    missingSpeakers: 0,
    failures: [],
  };
  const automaton = defaultAutomaton();
  documents.forEach((document, index) => {
    const goldQuotes = gold[index]!;
    if (goldQuotes.id !== document.id) throw new Error(`quotes.jsonl line ${index + 1} is not document ${document.id}`);
    if (goldQuotes.quotes.length === 0) return;
    const analysis = analyse({ text: document.text, title: document.title }, { automaton });
    for (const quote of goldQuotes.quotes) {
      scores.expected += 1;
      if (quote.speaker !== null) scores.named += 1;
      const label = `${document.id.slice(0, 8)} "${quote.text.slice(0, 50)}"`;
      const found = overlapping(analysis, quote);
      if (!found) {
        scores.failures.push(`${label}: quote missed (speaker ${quote.speaker ?? 'none'})`);
        continue;
      }
      scores.found += 1;
      const ours = found.speaker?.text ?? null;
      if (quote.speaker === null) {
        if (ours !== null) {
          scores.wrongSpeakers += 1;
          scores.failures.push(`${label}: speaker ${ours}, gold names nobody`);
        }
      } else if (ours === null) {
        scores.missingSpeakers += 1;
        scores.failures.push(`${label}: no speaker, gold ${quote.speaker} (${quote.how})`);
      } else if (namesSameSpeaker(ours, quote.speaker)) {
        scores.speakersRight += 1;
      } else {
        scores.wrongSpeakers += 1;
        scores.failures.push(`${label}: speaker ${ours}, gold ${quote.speaker} (${quote.how})`);
      }
    }
  });
  return scores;
}

export function formatRe3dQuotes(scores: QuoteScores): string {
  const percent = (part: number, whole: number) => (whole ? `${((100 * part) / whole).toFixed(1)}%` : 'n/a');
  return [
    `re3d dev quotes (outside gold): ${scores.documents} documents`,
    `quotes found ${scores.found}/${scores.expected} (${percent(scores.found, scores.expected)})`,
    `speakers right ${scores.speakersRight}/${scores.named} named quotes (${percent(scores.speakersRight, scores.named)}), wrong ${scores.wrongSpeakers}, missing ${scores.missingSpeakers}`,
  ].join('\n');
}
