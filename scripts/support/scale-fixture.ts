// The SYNTHETIC scale library: entries recombined from the FA-KES development articles (English) and the bundled
// corpus's French articles, with a seeded generator (the same fixture every run). The scale bench searches it; the
// library-page bench and the import end-to-end test import it as JSON Lines through the library page.
import { defaultAutomaton } from '../../lib/analyse/recogniser';
import { textMentionIds } from '../../lib/corpus/mentions';
import { bundledCorpus } from '../../lib/corpus/bundled';
import type { LibraryEntry } from '../../lib/corpus/library';
import { foldedWords } from '../../lib/corpus/search';
import { readFakes } from './library-import';

// A seeded generator: the same fixture every run.
function mulberry32(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Paragraph {
  title: string;
  text: string;
  folded: string;
  mentions: string[];
}

const SENTENCES_A_PARAGRAPH = 3;
const FRENCH_SHARE = 0.05;

/** Paragraphs of a seed article, with their folded words and mention ids computed once. */
function paragraphsOf(title: string, text: string, byLines: boolean): Paragraph[] {
  const pieces = byLines
    ? text.split(/\n+/).filter((line) => line.trim().split(/\s+/).length >= 8)
    : (() => {
        // FA-KES texts are one block: three sentences make a paragraph.
        const sentences = text.split(/(?<=[.!?])\s+(?=[A-Z"“])/);
        const out: string[] = [];
        for (let at = 0; at < sentences.length; at += SENTENCES_A_PARAGRAPH)
          out.push(sentences.slice(at, at + SENTENCES_A_PARAGRAPH).join(' '));
        return out;
      })();
  return pieces.map((piece) => ({
    title,
    text: piece,
    folded: foldedWords(piece),
    mentions: textMentionIds(piece, defaultAutomaton()),
  }));
}

/** The synthetic library: each entry 2–5 paragraphs of one language, a date in 2011–2019. */
export function scaleFixture(size: number, fakes: readonly { title: string; text: string }[]): LibraryEntry[] {
  const english = fakes.flatMap((article) => paragraphsOf(article.title, article.text, false));
  const french = bundledCorpus
    .filter((entry) => entry.lang === 'fr')
    .flatMap((entry) => paragraphsOf(entry.title, entry.text, true));
  const random = mulberry32(13);
  const start = Date.UTC(2011, 0, 1);
  const span = Date.UTC(2020, 0, 1) - start;
  const entries: LibraryEntry[] = [];
  for (let index = 0; index < size; index += 1) {
    const lang = random() < FRENCH_SHARE ? 'fr' : 'en';
    const pool = lang === 'fr' ? french : english;
    const count = 2 + Math.floor(random() * 4);
    const parts = Array.from({ length: count }, () => pool[Math.floor(random() * pool.length)]!);
    const time = start + Math.floor(random() * span);
    entries.push({
      id: `syn-${index}`,
      title: parts[0]!.title,
      lang,
      text: parts.map((part) => part.text).join('\n\n'),
      date: new Date(time).toISOString().slice(0, 10),
      origin: 'imported',
      addedAt: time,
      // Each paragraph's words and mentions, joined: what the importer computes for the whole text, paragraph by
      // paragraph (a name never spans two paragraphs).
      folded: ` ${parts.map((part) => part.folded.trim()).join(' ')} `,
      mentions: parts.flatMap((part) => part.mentions),
    });
  }
  return entries;
}

/** The FA-KES development articles, the seed of the synthetic library. */
export function fakesArticles(): { title: string; text: string }[] {
  return readFakes()
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as { title: string; text: string });
}

/** The synthetic library as a JSON Lines file, as a reader would import it (id, title, text, date, lang). */
export function scaleJsonl(entries: readonly LibraryEntry[]): string {
  return entries.map(({ id, title, text, date, lang }) => JSON.stringify({ id, title, text, date, lang })).join('\n');
}
