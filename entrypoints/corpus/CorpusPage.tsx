import { useEffect, useRef, useState } from 'preact/hooks';
import { AnalysisView } from '../../components/AnalysisView';
import { formatDate } from '../../components/format';
import { t } from '../../platform/i18n';
import { entityInfo } from '../../components/knowledge';
import { analyse } from '../../lib/analyse/analyse';
import { loadedAutomaton } from '../../platform/knowledge';
import type { Analysis } from '../../lib/types';
import type { OtherAccount } from '../../lib/corpus/accounts';
import { bundledLibrary } from '../../lib/corpus/bundled-library';
import { mapTextNodes } from '../../lib/article/text-map';
import { visitTextNodes } from '../../lib/article/text-nodes';
import { outletOf, type LibraryEntry } from '../../lib/corpus/library';
import { paintHighlights } from '../../lib/highlight/paint';
import { applyReaderColours } from '../../lib/highlight/reader-colours';
import { withHighlightTypes } from '../../lib/settings';
import { storedEntry } from '../../platform/corpus-store';
import { libraryAccounts, readLinkLibrary } from '../../platform/library-links';
import { loadSettings } from '../../platform/settings-store';
import { Library } from './Library';
import { entryHref } from './library/entry-href';

/**
 * One corpus entry, highlighted like a page: the analysis runs on the text as rendered here, so that its offsets
 * map onto this page's own text nodes.
 */
function EntryView({ entry }: { entry: LibraryEntry }) {
  const textRef = useRef<HTMLElement>(null);
  const [analysis, setAnalysis] = useState<Analysis | null>(null);
  const [accounts, setAccounts] = useState<OtherAccount[]>([]);
  useEffect(() => {
    const element = textRef.current;
    if (!element) return undefined;
    let clear = () => undefined as void;
    let cancelled = false;
    void (async () => {
      const [library, settings] = await Promise.all([
        readLinkLibrary(loadedAutomaton()),
        loadSettings().catch(() => null),
      ]);
      if (cancelled) return;
      if (settings) applyReaderColours(document, settings);
      const mapped = mapTextNodes(visitTextNodes(element));
      const result = analyse(
        { text: mapped.text, title: entry.title },
        {
          automaton: loadedAutomaton(),
          corpus: library.index,
          corpusId: entry.id,
          summaryLength: settings?.summaryLength,
        },
      );
      const painted = paintHighlights(
        document,
        mapped.segments,
        settings ? withHighlightTypes(result, settings.highlightTypes) : result,
      );
      clear = painted.clear;
      setAnalysis(result);
      // The library's map computed most entries' cards once: the other accounts read them rather than the texts.
      const accounts = await libraryAccounts(result.event, library, loadedAutomaton(), { excludeId: entry.id });
      if (!cancelled) setAccounts(accounts);
    })();
    document.title = `${entry.title} — Repère`;
    return () => {
      cancelled = true;
      clear();
    };
  }, [entry]);
  const paragraphs = entry.text.split('\n').filter((line) => line.trim());
  const meta = [outletOf(entry), formatDate(entry.date)].filter(Boolean).join(' · ');
  return (
    <main class="entry">
      <article>
        <p>
          <a href="?">{t('backToCorpus')}</a>
        </p>
        <h1 data-testid="entry-title">{entry.title}</h1>
        {meta || entry.url ? (
          <p class="muted">
            {meta}{' '}
            {entry.url ? (
              <a href={entry.url} rel="noreferrer" data-testid="entry-url">
                {t('entrySourceLink')}
              </a>
            ) : null}
          </p>
        ) : null}
        <section class="entry-text" data-testid="entry-text" ref={textRef}>
          {paragraphs.map((paragraph, index) => (
            <p key={index}>{paragraph}</p>
          ))}
        </section>
      </article>
      <aside>
        {analysis ? (
          <AnalysisView
            analysis={{ ...analysis, title: '' }}
            entryHref={entryHref}
            describe={(id) => entityInfo(id)?.description}
            nameOf={(id) => entityInfo(id)?.name}
            accounts={accounts}
          />
        ) : (
          <p role="status">{t('statusWorking')}</p>
        )}
      </aside>
    </main>
  );
}

function EntryById({ id }: { id: string }) {
  const bundled = bundledLibrary().find((candidate) => candidate.id === id);
  const [entry, setEntry] = useState<LibraryEntry | null | undefined>(bundled);
  useEffect(() => {
    if (bundled) return;
    storedEntry(id)
      .then((found) => setEntry(found ?? null))
      .catch(() => setEntry(null));
  }, [id]);
  if (entry === undefined) return <p role="status">{t('libraryLoading')}</p>;
  if (entry === null)
    return (
      <main>
        <p data-testid="status" data-state="not-found">
          {t('corpusNotFound')}
        </p>
        <a href="?">{t('backToCorpus')}</a>
      </main>
    );
  return <EntryView entry={entry} />;
}

export function CorpusPage() {
  const id = new URLSearchParams(location.search).get('id');
  return id ? <EntryById id={id} /> : <Library />;
}
