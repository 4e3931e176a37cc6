import type { PageState } from '../lib/messages';
import type { DomainReasons } from '../lib/types';
import { t } from '../platform/i18n';

export const MESSAGES: Record<PageState, string> = {
  working: 'statusWorking',
  ready: 'statusWorking',
  'not-article': 'statusNotArticle',
  'off-topic': 'statusOffTopic',
  disabled: 'statusDisabled',
  error: 'statusError',
};

interface Props {
  state: PageState;
  /** For "off topic": what the domain score was made of, so the reader can judge the decision. */
  reason?: DomainReasons | undefined;
  action?: { label: string; run: () => void } | undefined;
}

/** One clear sentence on why the page is not marked, and what the reader can do about it. */
export function StatusNotice({ state, reason, action }: Props) {
  return (
    <div class="status" data-testid="status" data-state={state} role="status">
      <p>{t(MESSAGES[state])}</p>
      {state === 'off-topic' && reason ? (
        <p class="muted" data-testid="domain-reason">
          {t('domainReason', [reason.density, reason.distinctPlaces, reason.distinctGroups])}
        </p>
      ) : null}
      {action ? (
        <button type="button" data-testid="status-action" onClick={action.run}>
          {action.label}
        </button>
      ) : null}
    </div>
  );
}
