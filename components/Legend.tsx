import { t } from '../platform/i18n';

const ITEMS = [
  ['place', 'placesHeading'],
  ['group', 'groupsHeading'],
  ['source', 'sourcesHeading'],
  ['person', 'personsHeading'],
] as const;

export function Legend() {
  return (
    <p class="legend" aria-label={t('legendHeading')}>
      {ITEMS.map(([type, label]) => (
        <span key={type} class="legend-item">
          <span class={`swatch swatch-${type}`} aria-hidden="true" /> {t(label)}
        </span>
      ))}
      <span class="legend-item">
        <span class="swatch swatch-quote" aria-hidden="true" /> {t('legendQuote')}
      </span>
    </p>
  );
}
