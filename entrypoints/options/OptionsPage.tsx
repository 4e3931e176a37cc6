import { useEffect, useState } from 'preact/hooks';
import { t } from '../../components/i18n';
import { DEFAULT_SETTINGS, normaliseHostname, withSite, type Settings } from '../../lib/settings';
import { loadSettings, saveSettings } from '../../platform/settings-store';

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
      <p class="muted" role="status">
        {saved ? t('optionSaved') : ''}
      </p>
    </main>
  );
}
