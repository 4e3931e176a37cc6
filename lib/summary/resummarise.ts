import { splitSentences } from '../text/sentences';
import type { Analysis } from '../types';
import { summarise } from './summarise';

/** The analysis' summary at another length (the popup honours the reader's setting without a new page analysis). */
export function summaryOfLength(analysis: Analysis, length: number): string[] {
  if (length === analysis.summary.length || analysis.lang === 'und') return analysis.summary.slice(0, length);
  const headline = analysis.title.trim().toLowerCase();
  const sentences = splitSentences(analysis.text, analysis.lang).filter(
    (sentence) => sentence.text.trim().toLowerCase() !== headline,
  );
  const mentionStarts = analysis.entities.flatMap((entity) => entity.mentions.map((mention) => mention.start));
  return summarise({ sentences, mentionStarts, length });
}
