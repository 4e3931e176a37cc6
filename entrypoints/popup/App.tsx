import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { AnalysisView } from '../../components/AnalysisView';
import { StatusNotice } from '../../components/StatusNotice';
import { t } from '../../platform/i18n';
import { entityInfo, outletInfo } from '../../components/knowledge';
import type { MapPlace } from '../../components/PlaceMap';
import { entryFromPage } from '../../lib/corpus/library';
import { mentionIds } from '../../lib/corpus/match';
import type { ContentRequest, PageReport, RevealResponse } from '../../lib/messages';
import { translucent, withSite, type Settings } from '../../lib/settings';
import type { Analysis } from '../../lib/types';
import { putEntries } from '../../platform/corpus-store';
import { loadSettings, saveSettings } from '../../platform/settings-store';
import { askPage } from '../../platform/page-messages';
import { targetTabId } from './tab';

const POLL_MS = 150;
const POLL_LIMIT = 40;

const entryHref = (id: string) => `${browser.runtime.getURL('/corpus.html')}?id=${encodeURIComponent(id)}`;

function mapPlaces(analysis: Analysis): MapPlace[] {
  return analysis.entities.flatMap((entity) => {
    // Countries are areas, not points: a dot for "Syria" or "United States" would only zoom the map out.
    const coordinates =
      entity.type === 'place' && entity.kind !== 'country' ? entityInfo(entity.id)?.coordinates : undefined;
    return coordinates ? [{ id: entity.id, name: entity.name, coordinates, count: entity.mentions.length }] : [];
  });
}

/** The reader's colours for the chips, legend and swatches. */
function applyColours(settings: Settings): void {
  for (const [type, colour] of Object.entries(settings.colours))
    document.documentElement.style.setProperty(`--${type}`, translucent(colour, 0.38));
}

function describe(id: string): string | undefined {
  const info = entityInfo(id);
  if (!info) return undefined;
  return info.affiliation ? `${info.description} ${t('affiliationLabel')}: ${info.affiliation}.` : info.description;
}

type SaveState = { state: 'idle' } | { state: 'saving' } | { state: 'saved'; id: string } | { state: 'failed' };

export function App() {
  const [tabId, setTabId] = useState<number | null>(null);
  const [report, setReport] = useState<PageReport | null | 'loading'>('loading');
  const [save, setSave] = useState<SaveState>({ state: 'idle' });
  // Answers from the page to reveal requests: how many came (a signal the end-to-end tests wait on) and the last one.
  const [reveals, setReveals] = useState({ answered: 0, failed: false });

  // The page's report comes whole: the background analysed the article, linked it to the corpus and found the
  // other accounts of its event, with the summary at the reader's length (nothing is computed again here).
  const show = (answer: PageReport | null) => setReport(answer);

  const load = async (id: number) => {
    for (let attempt = 0; attempt < POLL_LIMIT; attempt += 1) {
      const answer = await askPage<PageReport>(id, { type: 'repere:get-report' });
      if (!answer || answer.state !== 'working') {
        show(answer);
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
    setReport(null);
  };

  useEffect(() => {
    void loadSettings()
      .then(applyColours)
      .catch(() => undefined);
    void targetTabId().then((id) => {
      setTabId(id);
      if (id === null) setReport(null);
      else void load(id);
    });
  }, []);

  const analyseAnyway = async () => {
    if (tabId === null) return;
    setReport('loading');
    const answer = await askPage<PageReport>(tabId, { type: 'repere:analyse-anyway' });
    show(answer ? { ...answer, state: answer.analysis ? 'ready' : answer.state } : null);
  };

  const turnOnHere = async () => {
    if (tabId === null || !report || report === 'loading') return;
    const current = await loadSettings();
    await saveSettings(withSite({ ...current, highlightsEnabled: true }, report.hostname, true));
    setReport('loading');
    setTimeout(() => void load(tabId), POLL_MS);
  };

  const reveal = async (request: ContentRequest) => {
    if (tabId === null) return;
    const answer = await askPage<RevealResponse>(tabId, request);
    setReveals((previous) => ({ answered: previous.answered + 1, failed: !answer?.ok }));
  };

  if (report === 'loading') return <StatusNotice state="working" />;
  if (report === null) return <StatusNotice state="error" />;
  if (report.state === 'ready' && report.analysis) {
    const analysis = report.analysis;
    const outlet = outletInfo(report.hostname);
    const addToCorpus = async () => {
      setSave({ state: 'saving' });
      try {
        const entry = entryFromPage({
          title: analysis.title,
          text: analysis.text,
          lang: analysis.lang,
          mentions: mentionIds(analysis.entities),
          url: report.url,
          outlet: outlet?.name ?? report.hostname,
        });
        await putEntries([entry]);
        setSave({ state: 'saved', id: entry.id });
      } catch {
        setSave({ state: 'failed' });
      }
    };
    return (
      <>
        <AnalysisView
          analysis={analysis}
          entryHref={entryHref}
          outlet={{ hostname: report.hostname, profile: outlet }}
          describe={describe}
          onRevealEntity={(entityId) => void reveal({ type: 'repere:reveal', entityId })}
          onRevealQuote={(quoteIndex) => void reveal({ type: 'repere:reveal', quoteIndex })}
          onRevealSpan={({ start, end }) => void reveal({ type: 'repere:reveal', span: { start, end } })}
          nameOf={(id) => entityInfo(id)?.name}
          accounts={report.accounts ?? []}
          places={mapPlaces(analysis)}
          actions={
            <div class="actions" data-testid="popup-actions" data-reveals-answered={reveals.answered}>
              <button
                type="button"
                data-testid="save-to-corpus"
                disabled={save.state === 'saving' || save.state === 'saved'}
                onClick={() => void addToCorpus()}
              >
                {t('saveToCorpus')}
              </button>
              <span role="status" data-testid="save-status" data-state={save.state}>
                {save.state === 'saved' ? (
                  <a href={entryHref(save.id)} target="_blank" rel="noreferrer" data-testid="saved-link">
                    {t('savedToCorpus')}
                  </a>
                ) : save.state === 'failed' ? (
                  t('saveFailed')
                ) : null}
              </span>
              {reveals.failed ? (
                <p class="muted" role="status" data-testid="reveal-status">
                  {t('revealFailed')}
                </p>
              ) : null}
            </div>
          }
        />
        <PopupFooter />
      </>
    );
  }
  return (
    <>
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
      <PopupFooter />
    </>
  );
}

function PopupFooter() {
  return (
    <nav class="popup-footer" aria-label={t('popupLinks')}>
      <a href={browser.runtime.getURL('/corpus.html')} target="_blank" rel="noreferrer">
        {t('openLibrary')}
      </a>
      <button type="button" class="link-button" onClick={() => void browser.runtime.openOptionsPage()}>
        {t('openSettings')}
      </button>
    </nav>
  );
}
