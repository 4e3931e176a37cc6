import type { QuoteResult } from '../lib/types';
import { t } from './i18n';

const MAX_QUOTE_CHARS = 220;

export function QuoteList({ quotes }: { quotes: readonly QuoteResult[] }) {
  if (quotes.length === 0) return null;
  return (
    <section data-testid="quotes" aria-labelledby="heading-quotes">
      <h2 id="heading-quotes">{t('quotesHeading')}</h2>
      <ul class="quotes">
        {quotes.map((quote) => (
          <li key={quote.start} data-testid="quote">
            <span class="quote-speaker" data-testid="quote-speaker" data-entity-id={quote.speaker?.entityId ?? ''}>
              {quote.speaker ? quote.speaker.text : t('unattributed')}
            </span>
            <q>{quote.text.length > MAX_QUOTE_CHARS ? `${quote.text.slice(0, MAX_QUOTE_CHARS - 1)}…` : quote.text}</q>
          </li>
        ))}
      </ul>
    </section>
  );
}
