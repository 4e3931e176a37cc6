import type { OtherAccount } from '../lib/corpus/accounts';
import { t } from '../platform/i18n';
import { casualtyText } from './EventCard';

interface Props {
  accounts: readonly OtherAccount[];
  entryHref: (id: string) => string;
  /** Display names of ids (sources, groups). */
  nameOf: (id: string) => string;
}

/** How other outlets of the corpus told the same event: their figures, who they say acted, and what they tell otherwise. */
export function OtherAccounts({ accounts, entryHref, nameOf }: Props) {
  if (accounts.length === 0) return null;
  return (
    <section data-testid="other-accounts" aria-labelledby="heading-accounts">
      <h2 id="heading-accounts">{t('accountsHeading')}</h2>
      <ul class="accounts">
        {accounts.map((account) => (
          <li
            key={account.id}
            data-testid="account"
            data-entry-id={account.id}
            data-differs={account.differs.join(' ')}
          >
            <a href={entryHref(account.id)} target="_blank" rel="noreferrer">
              {account.title}
            </a>
            {account.outlet ? <span class="muted"> — {account.outlet}</span> : null}
            <ul class="facts">
              {account.event.casualties.map((casualty) => (
                <li key={casualty.mention.start} data-testid="account-casualty">
                  {casualtyText(casualty)}{' '}
                  <span class="muted">
                    — {casualty.source ? t('accordingTo', [nameOf(casualty.source)]) : t('sourceNotGiven')}
                  </span>
                </li>
              ))}
              {account.event.actors.length > 0 ? (
                <li data-testid="account-actors">
                  <span class="fact-label">{t('eventWho')}</span> {account.event.actors.map(nameOf).join(', ')}
                </li>
              ) : null}
            </ul>
            <p class="muted" data-testid="account-differs">
              {account.differs.length > 0
                ? t('accountDiffers', [account.differs.map((field) => t(`accountField_${field}`)).join(', ')])
                : t('accountAgrees')}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
