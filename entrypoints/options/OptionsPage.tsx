import { useEffect, useState } from 'preact/hooks';
import { t } from '../../platform/i18n';
import {
  DEFAULT_COLOURS,
  DEFAULT_SETTINGS,
  ENTITY_TYPES,
  normaliseHostname,
  SUMMARY_LENGTHS,
  translucent,
  withSite,
  type Settings,
} from '../../lib/settings';

import { loadSettings, saveSettings } from '../../platform/settings-store';
import { TYPE_HEADINGS } from '../../components/type-headings';

export function OptionsPage() {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [site, setSite] = useState('');
  const [saved, setSaved] = useState(false);
  useEffect(() => void loadSettings().then(setSettings), []);

  const update = async (next: Settings) => {
    setSettings(next);
    await saveSettings(next);
    setSaved(true);
  };

  const addSite = (event: Event) => {
    event.preventDefault();
    const host = normaliseHostname(site.replace(/^[a-z]+:\/\//i, '').split('/')[0] ?? '');
    if (host) void update(withSite(settings, host, false));
    setSite('');
  };

  return (
    <main>
      <h1>{t('optionsTitle')}</h1>
      <label>
        <input
          type="checkbox"
          data-testid="toggle-highlights"
          checked={settings.highlightsEnabled}
          onChange={(event) => void update({ ...settings, highlightsEnabled: event.currentTarget.checked })}
        />{' '}
        {t('optionHighlights')}
      </label>
      <fieldset class="option-types">
        <legend>{t('optionTypesHeading')}</legend>
        {ENTITY_TYPES.map((type) => (
          <div key={type} class="option-type">
            <label>
              <input
                type="checkbox"
                data-testid={`type-${type}`}
                checked={settings.highlightTypes.includes(type)}
                onChange={(event) => {
                  const on = event.currentTarget.checked;
                  const types = ENTITY_TYPES.filter((other) =>
                    other === type ? on : settings.highlightTypes.includes(other),
                  );
                  void update({ ...settings, highlightTypes: types });
                }}
              />{' '}
              <span
                class="swatch"
                style={{ background: translucent(settings.colours[type], 0.38) }}
                aria-hidden="true"
              />{' '}
              {t(TYPE_HEADINGS[type])}
            </label>{' '}
            <label class="colour">
              <span class="sr-only">{t('optionColourFor', [t(TYPE_HEADINGS[type])])}</span>
              <input
                type="color"
                data-testid={`colour-${type}`}
                value={settings.colours[type]}
                onChange={(event) =>
                  void update({ ...settings, colours: { ...settings.colours, [type]: event.currentTarget.value } })
                }
              />
            </label>
          </div>
        ))}
        <button
          type="button"
          data-testid="colours-reset"
          onClick={() => void update({ ...settings, colours: { ...DEFAULT_COLOURS } })}
        >
          {t('optionColoursReset')}
        </button>
        <p class="muted">{t('optionColoursHelp')}</p>
      </fieldset>
      <p>
        <label>
          {t('optionSummaryLength')}{' '}
          <select
            data-testid="summary-length"
            value={String(settings.summaryLength)}
            onChange={(event) => void update({ ...settings, summaryLength: Number(event.currentTarget.value) })}
          >
            {SUMMARY_LENGTHS.map((length) => (
              <option key={length} value={String(length)}>
                {length}
              </option>
            ))}
          </select>
        </label>
      </p>
      <h2>{t('optionSitesHeading')}</h2>
      <ul data-testid="disabled-sites">
        {settings.disabledSites.length === 0 ? <li class="muted">{t('optionNoSites')}</li> : null}
        {settings.disabledSites.map((host) => (
          <li key={host}>
            {host}{' '}
            <button type="button" onClick={() => void update(withSite(settings, host, true))}>
              {t('optionRemoveSite')}
            </button>
          </li>
        ))}
      </ul>
      <form onSubmit={addSite}>
        <input
          type="text"
          data-testid="site-input"
          aria-label={t('optionSitesHeading')}
          placeholder={t('optionSitePlaceholder')}
          value={site}
          onInput={(event) => setSite(event.currentTarget.value)}
        />{' '}
        <button type="submit" data-testid="site-add">
          {t('optionAddSite')}
        </button>
      </form>
      <p class="muted" role="status" data-testid="options-status">
        {saved ? t('optionSaved') : ''}
      </p>
      <p class="muted">{t('optionLanguageNote')}</p>
    </main>
  );
}
