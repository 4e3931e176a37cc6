import type { CorpusMatch, Lang } from '../types';
import { matchCorpus, type IndexedCorpus } from './match';

/** What linking an article to the corpus reads of its analysis. */
export interface LinkQuery {
  text: string;
  lang: Lang | 'und';
  /** Whether the article is about the war (Analysis.inDomain). */
  inDomain: boolean;
  /** One id per mention of the knowledge base's entities (mentionIds of the linked entities). */
  entityIds: readonly string[];
}

export interface CorpusLinks {
  matches: CorpusMatch[];
  /** The closest entry's score, shown beside the domain score as one more reason. */
  corpusSimilarity: number;
}

/**
 * The one rule for linking an article to the corpus, in every context (the page's background, the corpus page, the
 * CLI): only an article about the war is linked (the reader of a sports page needs no related reports, also when
 * they asked to analyse it anyway). `excludeId` is the entry being read, which does not match itself.
 */
export function linkToCorpus(query: LinkQuery, corpus: IndexedCorpus, excludeId?: string): CorpusLinks {
  const match = { text: query.text, lang: query.lang, entityIds: query.entityIds, excludeId };
  const matches = query.inDomain ? matchCorpus(match, corpus) : [];
  // The best match, when there is one, is the closest entry: the corpus is searched again only below the threshold.
  const corpusSimilarity =
    matches[0]?.score ?? matchCorpus({ ...match, threshold: 0, limit: 1 }, corpus)[0]?.score ?? 0;
  return { matches, corpusSimilarity };
}
