import bundled from './bundled.json';
import type { CorpusEntry } from './match';

/** The five articles that ship as the default local corpus. */
export const bundledCorpus: readonly CorpusEntry[] = bundled as CorpusEntry[];
