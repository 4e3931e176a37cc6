// The public surface of lib/: what entry points, the CLI and the tests import.
export { highlightTypeOf } from './highlight/highlight-type';
export { analyse, MAX_TEXT_LENGTH, type AnalyseInput, type AnalyseOptions } from './analyse/analyse';
export { bundledCorpusIndex, indexEntries } from './corpus/mentions';
export { defaultAutomaton } from './analyse/recogniser';
export { buildAutomaton, type Automaton } from './recognise/automaton';
export { knowledgeEntities } from './knowledge/bundled';
export { extractArticle, type ExtractedArticle } from './article/extract';
export { locate, type TextSegment } from './article/text-map';
export { bundledCorpus } from './corpus/bundled';
export { matchCorpus, mentionIds, type CorpusEntry, type IndexedCorpus } from './corpus/match';
export { titleOf } from './corpus/title';
export type * from './types';
