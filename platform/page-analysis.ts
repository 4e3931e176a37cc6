import { analyse } from '../lib/analyse/analyse';
import { mentionIds } from '../lib/corpus/match';
import type { KnowledgeEntity } from '../lib/knowledge/schema';
import type { AnalysisRequest, ArticleText, PageAnalysis, PageLinks } from '../lib/messages';
import { linkToCorpus, type LinkQuery } from '../lib/corpus/link';
import type { EventCard } from '../lib/types';
import type { Automaton } from '../lib/recognise/automaton';
import { onCorpusChanged } from './corpus-store';
import { libraryAccounts, readLinkLibrary, type KnownEvents, type LinkLibrary } from './library-links';
import { loadAutomaton } from './knowledge';

// The analysis of the pages the reader opens, once per article, in the extension's own context: Firefox's
// background page calls it directly; in Chrome the service worker hands it to a worker of the offscreen document,
// which stays warm while the service worker is stopped (entrypoints/background/analysis-host.ts says why). Web pages
// only extract their text, send it and paint what comes back (no knowledge base, no automaton in the page), then ask
// for the corpus links the popup shows (linkPage), once painted.

let library: Promise<LinkLibrary> | null = null;
let knowledgeById: Map<string, KnowledgeEntity> | null = null;
// Each entry's event card, read once per corpus: the other accounts of every page read the same candidates again.
let events: KnownEvents = new Map();

/**
 * The reader's library with every entry's mention ids, indexed for matching (without its texts); kept until the
 * corpus changes.
 */
function readLibrary(automaton: Automaton): Promise<LinkLibrary> {
  watchCorpus();
  library ??= readLinkLibrary(automaton);
  return library;
}

let watching = false;

/** Forgets the library (and its entries' cards) whenever another context changes the corpus. */
function watchCorpus(): void {
  if (watching) return;
  watching = true;
  onCorpusChanged(() => {
    library = null;
    events = new Map();
  });
}

// The link queries of the last articles analysed, by key: the page asks for its links with the key instead of
// sending its whole text a second time (on a 100,000-word page that message alone held the page 40-70 ms).
const KEPT_QUERIES = 8;
const queries = new Map<string, LinkQuery>();
let analysed = 0;

function keepQuery(query: LinkQuery): string {
  const key = `${Date.now().toString(36)}-${(analysed += 1)}`;
  queries.set(key, query);
  for (const old of queries.keys()) if (queries.size > KEPT_QUERIES) queries.delete(old);
  return key;
}

/** The query kept for `key`, or null when it is gone (the background was restarted): the page then sends it whole. */
export function keptQuery(key: string): LinkQuery | null {
  return queries.get(key) ?? null;
}

/** Recognition, quotes, summary (at the reader's length), domain and event card: what the page paints. */
export async function analysePage(article: ArticleText, summaryLength: number): Promise<PageAnalysis> {
  const automaton = await loadAutomaton();
  const analysis = analyse(
    { text: article.text, title: article.title, isArticle: article.isArticle, date: article.date, lang: article.lang },
    { automaton, summaryLength },
  );
  knowledgeById ??= new Map(automaton.entities.map((entity) => [entity.id, entity]));
  const entities = analysis.entities.flatMap((entity) => {
    const known = entity.linked ? knowledgeById!.get(entity.id) : undefined;
    return known ? [known] : [];
  });
  // For tests/e2e/perf.test.ts, which prints where a fresh context's start goes (User Timing: nothing leaves it).
  performance.mark('repere:analysed');
  const linkKey = keepQuery({
    text: analysis.text,
    lang: analysis.lang,
    inDomain: analysis.inDomain,
    entityIds: mentionIds(analysis.entities.filter((entity) => entity.linked)),
  });
  return { analysis: { ...analysis, text: '' }, entities, linkKey };
}

/**
 * The article's corpus links and other accounts of its event, asked for once the page is painted: reading and
 * indexing the library (the bundled entries are recognised on first use) stays out of the time to the highlights.
 */
export async function linkPage(query: LinkQuery | string, event: EventCard | null): Promise<PageLinks | null> {
  const known = typeof query === 'string' ? keptQuery(query) : query;
  if (!known) return null;
  const automaton = await loadAutomaton();
  const linked = await readLibrary(automaton);
  const accounts = await libraryAccounts(event, linked, automaton, { known: events });
  return { ...linkToCorpus(known, linked.index), accounts };
}

/** Answers one analysis request: what Firefox's event page and Chrome's analysis worker both run. */
export function answerAnalysisRequest(request: AnalysisRequest): Promise<PageAnalysis | PageLinks | null> {
  return request.type === 'repere:analyse'
    ? analysePage(request.article, request.summaryLength)
    : linkPage(request.query, request.event);
}
