import { beforeEach, describe, expect, it, vi } from 'vitest';
import { all, fakeBrowser, locale, mount } from './dom';
import { analysis } from './fixtures';

vi.mock('wxt/browser', async () => ({ browser: (await import('./dom')).fakeBrowser }));

const { AnalysisView } = await import('../../../components/AnalysisView');

describe('AnalysisView (the popup and the corpus entry aside)', () => {
  beforeEach(() => {
    locale.current = 'en';
  });

  it('shows title, outlet profile, language, reading time and the key sentences', () => {
    const root = mount(
      <AnalysisView
        analysis={analysis}
        entryHref={(id) => `corpus.html?id=${id}`}
        outlet={{
          hostname: 'france24.com',
          profile: {
            name: 'France 24',
            description: 'French public news channel.',
            affiliation: 'France Médias Monde',
          },
        }}
      />,
    );
    expect(root.querySelector('[data-testid=title]')?.textContent).toBe('Combats à Abou Kamal');
    expect(root.querySelector('[data-testid=outlet]')?.textContent).toContain('France 24');
    expect(root.querySelector('[data-testid=outlet-profile]')?.textContent).toContain(
      'Affiliation: France Médias Monde',
    );
    expect(root.querySelector('[data-testid=lang]')?.getAttribute('data-lang')).toBe('fr');
    expect(root.querySelector('[data-testid=lang]')?.textContent).toBe('French');
    const reading = root.querySelector('[data-testid=reading-time]');
    expect(reading?.getAttribute('data-minutes')).toBe('3');
    expect(reading?.textContent).toBe('3 minutes read');
    expect(all(root, '[data-testid=summary] li').map((li) => li.textContent)).toEqual(analysis.summary);
  });

  it('groups entities into Where / Who / Sources chips with counts, descriptions on hover, and reveals on click', () => {
    const revealed: string[] = [];
    const root = mount(
      <AnalysisView
        analysis={analysis}
        entryHref={(id) => id}
        describe={(id) => (id === 'place/abu-kamal' ? 'Syrian border town.' : undefined)}
        onRevealEntity={(id) => revealed.push(id)}
      />,
    );
    const places = all(root, '[data-testid=entity-group-place] [data-testid=entity]');
    expect(places.map((chip) => chip.getAttribute('data-entity-id'))).toEqual(['place/abu-kamal', 'place/al-qaim']);
    expect(places[0]!.getAttribute('data-count')).toBe('2');
    expect(places[0]!.getAttribute('title')).toBe('Syrian border town. (2 mentions)');
    expect(root.querySelector('[data-testid=entity-group-group] [data-testid=entity]')?.textContent).toContain(
      'Hezbollah',
    );
    expect(root.querySelector('[data-testid=entity-group-source] [data-testid=entity]')).not.toBeNull();
    const button = places[0]!.querySelector('button')!;
    expect(button.getAttribute('type')).toBe('button');
    expect(button.getAttribute('aria-label')).toContain('Show Abou Kamal in the page');
    expect(button.getAttribute('aria-label')).toContain('Syrian border town.');
    button.dispatchEvent(new window.Event('click', { bubbles: true }) as unknown as Event);
    expect(revealed).toEqual(['place/abu-kamal']);
  });

  it('lists quotes with their speakers, each a button that reveals quote N', () => {
    const revealed: number[] = [];
    const root = mount(
      <AnalysisView analysis={analysis} entryHref={(id) => id} onRevealQuote={(n) => revealed.push(n)} />,
    );
    expect(all(root, '[data-testid=quote-speaker]').map((speaker) => speaker.textContent)).toEqual([
      'Rami Abdel Rahmane',
      'unattributed',
    ]);
    const buttons = all(root, '[data-testid=quote-reveal]');
    expect(buttons).toHaveLength(2);
    buttons[1]!.dispatchEvent(new window.Event('click', { bubbles: true }) as unknown as Event);
    expect(revealed).toEqual([1]);
  });

  it('shows the words that attribute a quote before the name they stand for ("la chaîne → SANA")', () => {
    const quote = {
      start: 0,
      end: 10,
      text: 'Les camions ont été arrêtés',
      speaker: { text: 'SANA', entityId: 'source/sana', mention: { start: 40, end: 49, text: 'la chaîne' } },
    };
    const root = mount(<AnalysisView analysis={{ ...analysis, quotes: [quote] }} entryHref={(id) => id} />);
    const speaker = root.querySelector('[data-testid=quote-speaker]')!;
    expect(speaker.textContent).toBe('la chaîne → SANA');
    expect(speaker.querySelector('.quote-speaker-via')?.getAttribute('title')).toBe(
      'attributed in the article to “la chaîne”',
    );
  });

  it('shows related entries with the shared entities as the reason and the score as a bar', () => {
    const root = mount(<AnalysisView analysis={analysis} entryHref={(id) => `corpus.html?id=${id}`} />);
    const match = root.querySelector('[data-testid=match]')!;
    expect(match.querySelector('a')?.getAttribute('href')).toBe('corpus.html?id=001_5554a87f2ba7b6ff');
    expect(match.querySelector('[data-testid=match-reason]')?.textContent).toBe('Shared: Abou Kamal, Hezbollah');
    const bar = match.querySelector('[role=meter]')!;
    expect(bar.getAttribute('aria-valuenow')).toBe('62');
    expect(match.textContent).toContain('62%');
  });

  it('draws an offline SVG map of the places with coordinates', () => {
    const root = mount(
      <AnalysisView
        analysis={analysis}
        entryHref={(id) => id}
        places={[
          { id: 'place/abu-kamal', name: 'Abou Kamal', coordinates: [34.45, 40.92], count: 2 },
          { id: 'place/al-qaim', name: 'al-Qaïm', coordinates: [34.37, 41.09], count: 1 },
        ]}
      />,
    );
    const svg = root.querySelector('[data-testid=place-map] svg')!;
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('aria-label')).toContain('Abou Kamal, al-Qaïm');
    expect(all(root, '[data-testid=map-place]')).toHaveLength(2);
    // Country outlines come from the bundled world-atlas data, not from tiles.
    expect(all(root, 'path.map-country').length).toBeGreaterThan(100);
  });

  it('speaks French when the browser does', () => {
    locale.current = 'fr';
    const root = mount(<AnalysisView analysis={analysis} entryHref={(id) => id} />);
    expect(root.querySelector('[data-testid=lang]')?.textContent).toBe('français');
    expect(root.querySelector('#heading-place')?.textContent).toContain('Où');
    expect(root.querySelector('[data-testid=reading-time]')?.textContent).toBe('3 minutes de lecture');
    void fakeBrowser;
  });
});
