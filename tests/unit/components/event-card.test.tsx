import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { EventCard as Card, Mention } from '../../../lib/types';
import { act, all, locale, mount } from './dom';
import { analysis } from './fixtures';

vi.mock('wxt/browser', async () => ({ browser: (await import('./dom')).fakeBrowser }));

const { EventCard } = await import('../../../components/EventCard');
const { AnalysisView } = await import('../../../components/AnalysisView');

const event: Card = {
  kind: 'air-strike',
  place: { id: 'place/abu-kamal', governorate: 'place/deir-ez-zor-governorate', mention: { start: 26, end: 36, text: 'Abou Kamal' } },
  date: '2017-11-09',
  actors: ['group/hezbollah'],
  casualties: [
    { status: 'killed', victims: 'civilians', count: 12, min: 12, max: null, source: 'source/ofdh', mention: { start: 200, end: 220, text: 'au moins 12 civils' } },
    { status: 'wounded', victims: 'unspecified', count: null, min: 24, max: null, source: null, mention: { start: 300, end: 318, text: 'des dizaines' } },
  ],
}; // prettier-ignore

describe('EventCard', () => {
  beforeEach(() => {
    locale.current = 'en';
  });

  it('says what, where (with the governorate), when, who acted and each figure with its source', () => {
    const root = mount(
      <EventCard
        event={event}
        entities={analysis.entities}
        nameOf={(id) => (id === 'place/deir-ez-zor-governorate' ? 'Deir ez-Zor Governorate' : undefined)}
      />,
    );
    expect(root.querySelector('[data-testid=event-kind]')?.textContent).toBe('What: air strike');
    expect(root.querySelector('[data-testid=event-place]')?.textContent).toBe(
      'Where: Abou Kamal (Deir ez-Zor Governorate)',
    );
    expect(root.querySelector('[data-testid=event-date]')?.getAttribute('data-date')).toBe('2017-11-09');
    expect(root.querySelector('[data-testid=event-actors]')?.textContent).toBe('Who acted: Hezbollah');
    const lines = all(root, '[data-testid=event-casualty]').map((li) => li.textContent);
    expect(lines[0]).toMatch(/^at least 12 civilians killed — according to /);
    expect(lines[1]).toBe('at least 24 people wounded — source not given');
  });

  it('speaks French', () => {
    locale.current = 'fr';
    const root = mount(<EventCard event={event} entities={analysis.entities} />);
    expect(root.querySelector('[data-testid=event-kind]')?.textContent).toBe('Quoi : frappe aérienne');
    expect(all(root, '[data-testid=event-casualty]')[0]?.textContent).toMatch(/^au moins 12 civils tués — selon /);
  });

  it('reveals the words of a fact, and an actor, on click', () => {
    const spans: Mention[] = [];
    const entities: string[] = [];
    const root = mount(
      <EventCard
        event={event}
        entities={analysis.entities}
        onRevealSpan={(span) => spans.push(span)}
        onRevealEntity={(id) => entities.push(id)}
      />,
    );
    act(() => (root.querySelector('[data-testid=event-place-reveal]') as HTMLElement).click());
    act(() => (all(root, '[data-testid=event-casualty-reveal]')[1] as HTMLElement).click());
    act(() => (root.querySelector('[data-testid=event-actor]') as HTMLElement).click());
    expect(spans.map((span) => span.start)).toEqual([26, 300]);
    expect(entities).toEqual(['group/hezbollah']);
  });

  it('comes first in the analysis view, and is absent when the article reports no event', () => {
    const root = mount(<AnalysisView analysis={{ ...analysis, event }} entryHref={(id) => id} />);
    const card = root.querySelector('[data-testid=event-card]')!;
    const summary = root.querySelector('[data-testid=summary]')!;
    expect(card).not.toBeNull();
    // The card precedes the summary in document order.
    expect(all(root, '[data-testid=event-card], [data-testid=summary]')[0]).toBe(card);
    expect(summary).not.toBeNull();
    const none = mount(<AnalysisView analysis={{ ...analysis, event: null }} entryHref={(id) => id} />);
    expect(none.querySelector('[data-testid=event-card]')).toBeNull();
  });
});

describe('OtherAccounts (under the card)', () => {
  beforeEach(() => {
    locale.current = 'en';
  });

  it('lists each other account with its outlet, figures, sources and actors, and what it tells otherwise', () => {
    const other: Card = {
      ...event,
      actors: ['group/syrian-army'],
      casualties: [
        { ...event.casualties[0]!, victims: 'fighters', count: 31, min: 31, max: 31, source: 'source/sana' },
      ],
    };
    const root = mount(
      <AnalysisView
        analysis={{ ...analysis, event }}
        entryHref={(id) => `corpus.html?id=${id}`}
        nameOf={(id) => ({ 'source/sana': 'SANA', 'group/syrian-army': 'Syrian army' })[id]}
        accounts={[
          { id: 'e1', title: 'Army repels attack', outlet: 'SANA', event: other, differs: ['casualties', 'actors'] },
          { id: 'e2', title: 'Strikes on Abou Kamal', outlet: 'AFP', event, differs: [] },
        ]}
      />,
    );
    const items = all(root, '[data-testid=account]');
    expect(items.map((item) => item.getAttribute('data-entry-id'))).toEqual(['e1', 'e2']);
    expect(items[0]!.querySelector('a')?.getAttribute('href')).toBe('corpus.html?id=e1');
    expect(items[0]!.querySelector('[data-testid=account-casualty]')?.textContent).toBe(
      '31 fighters killed — according to SANA',
    );
    expect(items[0]!.querySelector('[data-testid=account-actors]')?.textContent).toBe('Who acted: Syrian army');
    expect(items[0]!.querySelector('[data-testid=account-differs]')?.textContent).toBe(
      'This account tells otherwise: the toll or its source, who acted',
    );
    expect(items[1]!.querySelector('[data-testid=account-differs]')?.textContent).toBe(
      'Same figures, sources and actors as this article',
    );
    // Under the card, before the summary.
    expect(
      all(root, '[data-testid=event-card], [data-testid=other-accounts], [data-testid=summary]').map((e) =>
        e.getAttribute('data-testid'),
      ),
    ).toEqual(['event-card', 'other-accounts', 'summary']);
  });
});
