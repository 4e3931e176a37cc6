import { analyse } from '../../lib/analyse/analyse';
import { completeBundledLibrary } from '../../lib/corpus/bundled-library';
import { indexEntries, withMentions } from '../../lib/corpus/mentions';
import { otherAccounts } from '../../lib/corpus/accounts';
import type { LibraryEntry } from '../../lib/corpus/library';
import type { IndexedCorpus } from '../../lib/corpus/match';
import { textEvent } from '../../lib/event/text-event';
import type { KnowledgeEntity } from '../../lib/knowledge/schema';
import type { ArticleText, PageAnalysis, PageLinks } from '../../lib/messages';
import { linkToCorpus, type LinkQuery } from '../../lib/corpus/link';
import type { EventCard } from '../../lib/types';
import type { Automaton } from '../../lib/recognise/automaton';
import { loadLibrary, onCorpusChanged } from '../../platform/corpus-store';
import { loadAutomaton, loadedAutomaton, loadKnowledge } from '../../platform/knowledge';
import { loadSettings } from '../../platform/settings-store';

// The analysis of the pages the reader opens runs here, in the extension's own context, once per article: web
// pages only extract their text, send it and paint what comes back (no knowledge base, no automaton in the page),
// then ask for the corpus links the popup shows.
//
// Chrome stops the service worker after 30 s idle, so the first article after a pause meets a cold worker. Measured
// (tests/e2e/perf.test.ts stops the worker through CDP ServiceWorker.stopAllWorkers before the page opens; timings
// read inside the worker, on a 2-core machine shared with three other builds): evaluating background.js 290-900 ms
// after the worker starts, merging the GeoNames places 120-400 ms, compiling the automaton 300-400 ms, and the first
// analysis about 1,000 ms (cold JIT and first-use tables; the same analysis warm takes about 40 ms). DOMContentLoaded
// to painted is then about 2 s cold against 0.5 s warm (main's build, where the page did everything: 2.3 s cold,
// 1.8 s warm). A cached serialised automaton would only save the compile step (and needs a format of its own to keep
// in step with lib/recognise); the cost is mostly the cold first analysis, which an offscreen document (Chrome
// only, one more permission) would keep warm. Until then the automaton is rebuilt on wake-up, and the corpus links
// wait until the page is painted (linkPage).

interface Library {
  entries: LibraryEntry[];
  index: IndexedCorpus;
}

let library: Promise<Library> | null = null;
let knowledgeById: Map<string, KnowledgeEntity> | null = null;
// Each entry's event card, read once per corpus: the other accounts of every page read the same candidates again.
let cards = new Map<string, EventCard | null>();

/** The reader's library with every entry's mention ids, indexed for matching; kept until the corpus changes. */
function readLibrary(automaton: Automaton): Promise<Library> {
  const bundled = completeBundledLibrary(automaton);
  library ??= loadLibrary(bundled)
    .then(({ entries }) => entries)
    // No IndexedDB (a private window in some browsers): the bundled corpus still answers.
    .catch(() => bundled)
    .then((loaded) => {
      const entries = loaded.map((entry) => withMentions(entry, automaton));
      return { entries, index: indexEntries(entries, automaton) };
    });
  return library;
}

onCorpusChanged(() => {
  library = null;
  cards = new Map();
});

function cardOf(entry: LibraryEntry, automaton: Automaton): EventCard | null {
  if (!cards.has(entry.id)) cards.set(entry.id, textEvent(entry, automaton));
  return cards.get(entry.id)!;
}

/** Recognition, quotes, summary (at the reader's length), domain and event card: what the page paints. */
export async function analysePage(article: ArticleText): Promise<PageAnalysis> {
  performance.mark('repere:request');
  const [settings] = await Promise.all([loadSettings(), loadKnowledge()]);
  performance.mark('repere:knowledge');
  const automaton = loadedAutomaton();
  performance.mark('repere:automaton');
  const analysis = analyse(
    { text: article.text, title: article.title, isArticle: article.isArticle },
    { automaton, summaryLength: settings.summaryLength },
  );
  knowledgeById ??= new Map(automaton.entities.map((entity) => [entity.id, entity]));
  const entities = analysis.entities.flatMap((entity) => {
    const known = entity.linked ? knowledgeById!.get(entity.id) : undefined;
    return known ? [known] : [];
  });
  performance.mark('repere:analysed');
  return { analysis: { ...analysis, text: '' }, entities };
}

/**
 * The article's corpus links and other accounts of its event, asked for once the page is painted: reading and
 * indexing the library (the bundled entries are recognised on first use) stays out of the time to the highlights.
 */
export async function linkPage(query: LinkQuery, event: EventCard | null): Promise<PageLinks> {
  const automaton = await loadAutomaton();
  const { entries, index } = await readLibrary(automaton);
  const accounts = otherAccounts(event, entries, {
    eventOf: (entry) => cardOf(entry, automaton),
    entities: automaton.entities,
  });
  return { ...linkToCorpus(query, index), accounts };
}
