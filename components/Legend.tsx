import { ENTITY_TYPES } from '../lib/settings';
import { t } from '../platform/i18n';
import { TYPE_HEADINGS } from './type-headings';

export function Legend() {
  return (
    <p class="legend" aria-label={t('legendHeading')}>
      {ENTITY_TYPES.map((type) => (
        <span key={type} class="legend-item">
          <span class={`swatch swatch-${type}`} aria-hidden="true" /> {t(TYPE_HEADINGS[type])}
        </span>
      ))}
      <span class="legend-item">
        <span class="swatch swatch-quote" aria-hidden="true" /> {t('legendQuote')}
      </span>
    </p>
  );
}
