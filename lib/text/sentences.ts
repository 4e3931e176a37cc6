export interface Sentence {
  start: number;
  end: number;
  text: string;
  /** Index of the paragraph (block of text between line breaks) the sentence belongs to. */
  paragraph: number;
}

const segmenters = new Map<string, Intl.Segmenter>();

function segmenterFor(lang: string): Intl.Segmenter {
  let segmenter = segmenters.get(lang);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(lang === 'und' ? undefined : lang, { granularity: 'sentence' });
    segmenters.set(lang, segmenter);
  }
  return segmenter;
}

// Intl.Segmenter slows down sharply on very long strings (a whole book on one line): such lines are cut first,
// after a sentence-ending mark where there is one, so no piece is much longer than this.
const MAX_PIECE = 4000;

function pieces(line: string): { text: string; offset: number }[] {
  if (line.length <= MAX_PIECE) return [{ text: line, offset: 0 }];
  const result: { text: string; offset: number }[] = [];
  let start = 0;
  while (start < line.length) {
    let end = Math.min(line.length, start + MAX_PIECE);
    if (end < line.length) {
      const window = line.slice(start + MAX_PIECE / 2, end);
      const lastStop = Math.max(window.lastIndexOf('. '), window.lastIndexOf('! '), window.lastIndexOf('? '));
      const lastSpace = window.lastIndexOf(' ');
      const cut = lastStop >= 0 ? lastStop + 2 : lastSpace >= 0 ? lastSpace + 1 : -1;
      if (cut >= 0) end = start + MAX_PIECE / 2 + cut;
    }
    result.push({ text: line.slice(start, end), offset: start });
    start = end;
  }
  return result;
}

/** Sentences with their offsets; a line break always ends a sentence (headlines and captions have no full stop). */
export function splitSentences(text: string, lang: string): Sentence[] {
  const sentences: Sentence[] = [];
  const segmenter = segmenterFor(lang);
  let paragraph = 0;
  for (const line of text.matchAll(/[^\n]+/g)) {
    for (const piece of pieces(line[0])) {
      const pieceStart = line.index + piece.offset;
      for (const segment of segmenter.segment(piece.text)) {
        const raw = segment.segment;
        const leading = raw.length - raw.trimStart().length;
        const trimmed = raw.trim();
        if (!trimmed) continue;
        const start = pieceStart + segment.index + leading;
        sentences.push({ start, end: start + trimmed.length, text: trimmed, paragraph });
      }
    }
    paragraph += 1;
  }
  return sentences;
}
