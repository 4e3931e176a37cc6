import type { QuoteResult } from '../lib/types';
import { t } from '../platform/i18n';

const MAX_QUOTE_CHARS = 220;

interface Props {
  quotes: readonly QuoteResult[];
  /** Scrolls the page to quote N. */
  onReveal?: ((index: number) => void) | undefined;
}

export function QuoteList({ quotes, onReveal }: Props) {
  if (quotes.length === 0) return null;
  return (
    <section data-testid="quotes" aria-labelledby="heading-quotes">
      <h2 id="heading-quotes">{t('quotesHeading')}</h2>
      <ul class="quotes">
        {quotes.map((quote, index) => {
          const speaker = quote.speaker ? quote.speaker.text : t('unattributed');
          const via = quote.speaker?.mention;
          const text =
            quote.text.length > MAX_QUOTE_CHARS ? `${quote.text.slice(0, MAX_QUOTE_CHARS - 1)}…` : quote.text;
          return (
            <li key={quote.start} data-testid="quote">
              <span class="quote-speaker" data-testid="quote-speaker" data-entity-id={quote.speaker?.entityId ?? ''}>
                {via ? (
                  // "the channel → SANA": the words of the article, then whom they stand for.
                  <span class="quote-speaker-via" title={t('speakerVia', [via.text])}>
                    {via.text} →{' '}
                  </span>
                ) : null}
                {speaker}
              </span>
              {onReveal ? (
                <button
                  type="button"
                  class="quote-button"
                  data-testid="quote-reveal"
                  title={t('revealQuote')}
                  onClick={() => onReveal(index)}
                >
                  <q>{text}</q>
                </button>
              ) : (
                <q>{text}</q>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
