import { describe, expect, it, vi } from 'vitest';
import type { Settings } from '../../../lib/settings';
import { act, mount } from './dom';

vi.mock('wxt/browser', async () => ({ browser: (await import('./dom')).fakeBrowser }));
const saved: Settings[] = [];
vi.mock('../../../platform/settings-store', async () => {
  const { DEFAULT_SETTINGS } = await import('../../../lib/settings');
  return {
    loadSettings: () => Promise.resolve(saved.at(-1) ?? DEFAULT_SETTINGS),
    saveSettings: (settings: Settings) => {
      saved.push(settings);
      return Promise.resolve();
    },
  };
});

const { OptionsPage } = await import('../../../entrypoints/options/OptionsPage');

const flush = () => act(() => new Promise((resolve) => setTimeout(resolve, 0)));

function change(element: Element, value: string | boolean) {
  if (typeof value === 'boolean') (element as HTMLInputElement).checked = value;
  else if (element.tagName === 'SELECT')
    // linkedom's <select> has no value setter: choose the option instead.
    for (const option of Array.from(element.querySelectorAll('option')))
      option.toggleAttribute('selected', option.getAttribute('value') === value);
  else (element as HTMLInputElement).value = value;
  element.dispatchEvent(new window.Event('change', { bubbles: true }) as unknown as Event);
}

describe('OptionsPage', () => {
  it('sets which types to highlight, their colours (colour-blind-safe defaults) and the summary length', async () => {
    const root = mount(<OptionsPage />);
    await flush();
    const colour = root.querySelector('[data-testid=colour-place]') as HTMLInputElement;
    expect(colour.value).toBe('#56b4e9');
    change(root.querySelector('[data-testid=type-person]')!, false);
    await flush();
    expect(saved.at(-1)?.highlightTypes).toEqual(['place', 'group', 'source']);
    change(colour, '#123456');
    await flush();
    expect(saved.at(-1)?.colours.place).toBe('#123456');
    expect(saved.at(-1)?.highlightTypes).toEqual(['place', 'group', 'source']);
    change(root.querySelector('[data-testid=summary-length]')!, '5');
    await flush();
    expect(saved.at(-1)?.summaryLength).toBe(5);
    root
      .querySelector('[data-testid=colours-reset]')!
      .dispatchEvent(new window.Event('click', { bubbles: true }) as unknown as Event);
    await flush();
    expect(saved.at(-1)?.colours.place).toBe('#56b4e9');
    expect(root.querySelector('[data-testid=options-status]')?.textContent).toBe('Saved.');
    // Every control has a label a screen reader can read.
    for (const control of Array.from(root.querySelectorAll('input, select')))
      expect(control.closest('label') ?? control.getAttribute('aria-label')).toBeTruthy();
  });

  it('adds a site where Repère is off', async () => {
    const root = mount(<OptionsPage />);
    await flush();
    const input = root.querySelector('[data-testid=site-input]') as HTMLInputElement;
    input.value = 'https://www.Example.org/news';
    input.dispatchEvent(new window.Event('input', { bubbles: true }) as unknown as Event);
    await flush();
    root
      .querySelector('form')!
      .dispatchEvent(new window.Event('submit', { bubbles: true, cancelable: true }) as unknown as Event);
    await flush();
    expect(saved.at(-1)?.disabledSites).toEqual(['example.org']);
    expect(root.querySelector('[data-testid=disabled-sites]')?.textContent).toContain('example.org');
  });
});
