import { t } from '../platform/i18n';

export function SummaryList({ sentences }: { sentences: readonly string[] }) {
  if (sentences.length === 0) return null;
  return (
    <section data-testid="summary" aria-labelledby="heading-summary">
      <h2 id="heading-summary">{t('summaryHeading')}</h2>
      <ol class="summary">
        {sentences.map((sentence, index) => (
          <li key={index}>{sentence}</li>
        ))}
      </ol>
    </section>
  );
}
