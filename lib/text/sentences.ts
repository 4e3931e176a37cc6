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

/** Sentences with their offsets; a line break always ends a sentence (headlines and captions have no full stop). */
export function splitSentences(text: string, lang: string): Sentence[] {
  const sentences: Sentence[] = [];
  const segmenter = segmenterFor(lang);
  let paragraph = 0;
  for (const line of text.matchAll(/[^\n]+/g)) {
    const lineStart = line.index;
    for (const segment of segmenter.segment(line[0])) {
      const raw = segment.segment;
      const leading = raw.length - raw.trimStart().length;
      const trimmed = raw.trim();
      if (!trimmed) continue;
      const start = lineStart + segment.index + leading;
      sentences.push({ start, end: start + trimmed.length, text: trimmed, paragraph });
    }
    paragraph += 1;
  }
  return sentences;
}
