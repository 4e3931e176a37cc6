import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { AnalysisView } from '../../components/AnalysisView';
import { StatusNotice } from '../../components/StatusNotice';
import { t } from '../../components/i18n';
import { bundledCorpusIndex, matchCorpus, mentionIds } from '../../lib/index';
import type { PageReport } from '../../lib/messages';
import { withSite } from '../../lib/settings';
import { loadSettings, saveSettings } from '../../platform/settings-store';
import { askPage, targetTabId } from './tab';

const POLL_MS = 150;
const POLL_LIMIT = 40;

const entryHref = (id: string) => `${browser.runtime.getURL('/corpus.html')}?id=${encodeURIComponent(id)}`;

/** Corpus matching runs here, in the extension's own page, never in the web page. */
function withMatches(report: PageReport): PageReport {
  const analysis = report.analysis;
  if (!analysis || report.state !== 'ready') return report;
  const matches = matchCorpus(
    { text: analysis.text, lang: analysis.lang, entityIds: mentionIds(analysis.entities) },
    bundledCorpusIndex(),
  );
  return { ...report, analysis: { ...analysis, matches } };
}

export function App() {
  const [tabId, setTabId] = useState<number | null>(null);
  const [report, setReport] = useState<PageReport | null | 'loading'>('loading');

  const load = async (id: number) => {
    for (let attempt = 0; attempt < POLL_LIMIT; attempt += 1) {
      const answer = await askPage(id, { type: 'repere:get-report' });
      if (!answer || answer.state !== 'working') {
        setReport(answer ? withMatches(answer) : null);
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
    setReport(null);
  };

  useEffect(() => {
    void targetTabId().then((id) => {
      setTabId(id);
      if (id === null) setReport(null);
      else void load(id);
    });
  }, []);

  const analyseAnyway = async () => {
    if (tabId === null) return;
    setReport('loading');
    const answer = await askPage(tabId, { type: 'repere:analyse-anyway' });
    setReport(answer ? withMatches({ ...answer, state: answer.analysis ? 'ready' : answer.state }) : null);
  };

  const turnOnHere = async () => {
    if (tabId === null || !report || report === 'loading') return;
    const settings = await loadSettings();
    await saveSettings(withSite({ ...settings, highlightsEnabled: true }, report.hostname, true));
    setReport('loading');
    setTimeout(() => void load(tabId), POLL_MS);
  };

  if (report === 'loading') return <StatusNotice state="working" />;
  if (report === null) return <StatusNotice state="error" />;
  if (report.state === 'ready' && report.analysis)
    return <AnalysisView analysis={report.analysis} entryHref={entryHref} />;
  return (
    <StatusNotice
      state={report.state}
      reason={report.analysis?.domain}
      action={
        report.state === 'disabled'
          ? { label: t('turnOnHere'), run: turnOnHere }
          : report.state === 'not-article' || report.state === 'off-topic'
            ? { label: t('analyseAnyway'), run: analyseAnyway }
            : undefined
      }
    />
  );
}
