import type { EntryWords } from '../../../lib/corpus/mentions';

/** What the import worker asks an analysis worker: the mention ids and folded words of these texts. */
export interface AnalysisRequest {
  id: number;
  texts: string[];
}

/** The answer, the texts' words in the same order, or why they could not be analysed. */
export type AnalysisReply = { id: number; words: EntryWords[] } | { id: number; error: string };
