import { useEffect, useRef, useState } from 'preact/hooks';
import { AnalysisView } from '../../components/AnalysisView';
import { t } from '../../components/i18n';
import {
  analyse,
  bundledCorpus,
  bundledCorpusIndex,
  defaultAutomaton,
  type Analysis,
  type CorpusEntry,
} from '../../lib/index';
import { mapTextNodes } from '../../lib/article/text-map';
import { visitTextNodes } from '../../lib/article/text-nodes';
import { paintHighlights } from '../../lib/highlight/paint';

const entryHref = (id: string) => `?id=${encodeURIComponent(id)}`;

function EntryList() {
  return (
    <main>
      <h1>{t('corpusTitle')}</h1>
      <h2>{t('corpusEntries')}</h2>
      <ul class="entries" data-testid="entry-list">
        {bundledCorpus.map((entry) => (
          <li key={entry.id}>
            <a href={entryHref(entry.id)}>{entry.title}</a> <span class="muted">{entry.lang}</span>
          </li>
        ))}
      </ul>
    </main>
  );
}

/**
 * One corpus entry, highlighted like a page: the analysis runs on the text as rendered here, so that its offsets
 * map onto this page's own text nodes.
 */
function EntryView({ entry }: { entry: CorpusEntry }) {
  const textRef = useRef<HTMLElement>(null);
  const [analysis, setAnalysis] = useState<Analysis | null>(null);
  useEffect(() => {
    const element = textRef.current;
    if (!element) return undefined;
    const mapped = mapTextNodes(visitTextNodes(element));
    const result = analyse(
      { text: mapped.text, title: entry.title },
      {
        automaton: defaultAutomaton(),
        corpus: bundledCorpusIndex(),
        corpusId: entry.id,
      },
    );
    const painted = paintHighlights(document, mapped.segments, result);
    setAnalysis(result);
    document.title = `${entry.title} — Repère`;
    return painted.clear;
  }, [entry]);
  const paragraphs = entry.text.split('\n').filter((line) => line.trim());
  return (
    <main class="entry">
      <article>
        <p>
          <a href="?">{t('backToCorpus')}</a>
        </p>
        <h1 data-testid="entry-title">{entry.title}</h1>
        <section class="entry-text" data-testid="entry-text" ref={textRef}>
          {paragraphs.map((paragraph, index) => (
            <p key={index}>{paragraph}</p>
          ))}
        </section>
      </article>
      <aside>{analysis ? <AnalysisView analysis={{ ...analysis, title: '' }} entryHref={entryHref} /> : null}</aside>
    </main>
  );
}

export function CorpusPage() {
  const id = new URLSearchParams(location.search).get('id');
  if (!id) return <EntryList />;
  const entry = bundledCorpus.find((candidate) => candidate.id === id);
  if (!entry)
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
