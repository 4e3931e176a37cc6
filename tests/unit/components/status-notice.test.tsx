import { describe, expect, it, vi } from 'vitest';
import { mount } from './dom';

vi.mock('wxt/browser', async () => ({ browser: (await import('./dom')).fakeBrowser }));

const { StatusNotice } = await import('../../../components/StatusNotice');

describe('StatusNotice: one clear sentence for each state', () => {
  it.each([
    ['working', 'Reading the page…'],
    ['not-article', 'This page does not read as a news article, so nothing is marked.'],
    ['off-topic', 'This article does not seem to be about the war in Syria and Iraq, so nothing is marked.'],
    ['disabled', 'Repère is turned off for this site.'],
    ['error', 'Repère cannot read this page (browser pages and extension stores are out of its reach).'],
  ] as const)('%s', (state, sentence) => {
    const root = mount(<StatusNotice state={state} />);
    const status = root.querySelector('[data-testid=status]')!;
    expect(status.getAttribute('data-state')).toBe(state);
    expect(status.getAttribute('role')).toBe('status');
    expect(status.querySelector('p')?.textContent).toBe(sentence);
    expect(root.querySelector('[data-testid=status-action]')).toBeNull();
  });

  it('offers "Analyse anyway" with the reason when the page is off topic', () => {
    let ran = 0;
    const root = mount(
      <StatusNotice
        state="off-topic"
        reason={{ density: 0.4, distinctPlaces: 1, distinctGroups: 0, conflictDensity: 3.1, corpusSimilarity: null }}
        action={{ label: 'Analyse anyway', run: () => (ran += 1) }}
      />,
    );
    expect(root.querySelector('[data-testid=domain-reason]')?.textContent).toContain('0.4 known names per 100 words');
    const button = root.querySelector('[data-testid=status-action]')!;
    expect(button.textContent).toBe('Analyse anyway');
    button.dispatchEvent(new window.Event('click', { bubbles: true }) as unknown as Event);
    expect(ran).toBe(1);
  });
});
