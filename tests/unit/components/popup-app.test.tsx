import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { LibraryEntry } from '../../../lib/corpus/library';
import type { ContentRequest, PageReport } from '../../../lib/messages';
import { act, all, mount } from './dom';
import { analysis } from './fixtures';

// The popup, with the tab's content script and the extension's storage replaced by fakes.
const page: { answer: (request: ContentRequest) => unknown; sent: ContentRequest[] } = {
  answer: () => undefined,
  sent: [],
};
const stored: LibraryEntry[] = [];

vi.mock('wxt/browser', async () => {
  const { fakeBrowser } = await import('./dom');
  return {
    browser: {
      ...fakeBrowser,
      tabs: {
        query: () => Promise.resolve([{ id: 7 }]),
        sendMessage: (_tabId: number, request: ContentRequest) => {
          page.sent.push(request);
          return Promise.resolve().then(() => page.answer(request));
        },
      },
    },
  };
});
vi.mock('../../../platform/settings-store', async () => {
  const { DEFAULT_SETTINGS } = await import('../../../lib/settings');
  return { loadSettings: () => Promise.resolve({ ...DEFAULT_SETTINGS, summaryLength: 2 }), saveSettings: vi.fn() };
});
vi.mock('../../../platform/corpus-store', () => ({
  loadLibrary: (bundled: LibraryEntry[]) => Promise.resolve({ entries: [...bundled, ...stored], hidden: new Set() }),
  putEntries: (entries: LibraryEntry[]) => {
    stored.push(...entries);
    return Promise.resolve();
  },
}));

const { App } = await import('../../../entrypoints/popup/App');

const report = (state: PageReport['state'], withAnalysis = true): PageReport => ({
  state,
  hostname: 'www.france24.com',
  url: 'https://www.france24.com/fr/article',
  analysis: withAnalysis ? analysis : null,
  painted: 5,
});

async function settle(root: HTMLElement, done: () => boolean) {
  for (let attempt = 0; attempt < 100 && !done(); attempt += 1)
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
  return root;
}

describe('popup App', () => {
  beforeEach(() => {
    page.sent = [];
    stored.length = 0;
  });

  it('says "working" first, then shows the analysis with the outlet profile and the summary as the page sent it', async () => {
    page.answer = () => report('ready');
    const root = mount(<App />);
    expect(root.querySelector('[data-testid=status]')?.getAttribute('data-state')).toBe('working');
    await settle(root, () => !!root.querySelector('[data-testid=title]'));
    expect(root.querySelector('[data-testid=outlet]')?.textContent).toContain('France 24');
    expect(root.querySelector('[data-testid=outlet-profile]')?.textContent).toMatch(/Affiliation/);
    // The background summarised at the reader's length (see background-analyse.test.ts): the popup does not again.
    expect(all(root, '[data-testid=summary] li')).toHaveLength(analysis.summary.length);
    expect(root.querySelector('[data-testid=place-map]')).not.toBeNull();
    // The chip's hover text is the knowledge base's description.
    const chip = root.querySelector('[data-entity-id="place/abu-kamal"]')!;
    expect(chip.getAttribute('title')).toMatch(/Syria/i);
  });

  it('sends repere:reveal to the tab for a chip and for a quote', async () => {
    page.answer = (request) => (request.type === 'repere:reveal' ? { ok: true } : report('ready'));
    const root = mount(<App />);
    await settle(root, () => !!root.querySelector('[data-testid=entity-reveal]'));
    root
      .querySelector('[data-entity-id="group/hezbollah"] button')!
      .dispatchEvent(new window.Event('click', { bubbles: true }) as unknown as Event);
    all(root, '[data-testid=quote-reveal]')[1]!.dispatchEvent(
      new window.Event('click', { bubbles: true }) as unknown as Event,
    );
    await settle(root, () => page.sent.filter((request) => request.type === 'repere:reveal').length === 2);
    expect(page.sent.filter((request) => request.type === 'repere:reveal')).toEqual([
      { type: 'repere:reveal', entityId: 'group/hezbollah' },
      { type: 'repere:reveal', quoteIndex: 1 },
    ]);
  });

  it('adds the page to the corpus with its URL, outlet and mention ids', async () => {
    page.answer = () => report('ready');
    const root = mount(<App />);
    await settle(root, () => !!root.querySelector('[data-testid=save-to-corpus]'));
    root
      .querySelector('[data-testid=save-to-corpus]')!
      .dispatchEvent(new window.Event('click', { bubbles: true }) as unknown as Event);
    await settle(root, () => root.querySelector('[data-testid=save-status]')?.getAttribute('data-state') === 'saved');
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({
      url: 'https://www.france24.com/fr/article',
      outlet: 'France 24',
      origin: 'saved',
    });
    expect(stored[0]!.mentions).toContain('place/abu-kamal');
    expect(root.querySelector('[data-testid=saved-link]')?.getAttribute('href')).toContain(`?id=${stored[0]!.id}`);
  });

  it.each([
    ['not-article', 'Analyse anyway'],
    ['off-topic', 'Analyse anyway'],
    ['disabled', 'Turn on for this site'],
  ] as const)('%s: one sentence and the action', async (state, action) => {
    page.answer = () => report(state, state === 'off-topic');
    const root = mount(<App />);
    await settle(root, () => root.querySelector('[data-testid=status]')?.getAttribute('data-state') === state);
    expect(root.querySelector('[data-testid=status-action]')?.textContent).toBe(action);
  });

  it('"analyse anyway" asks the page and shows the analysis', async () => {
    page.answer = (request) =>
      request.type === 'repere:analyse-anyway' ? report('not-article') : report('not-article', false);
    const root = mount(<App />);
    await settle(root, () => !!root.querySelector('[data-testid=status-action]'));
    root
      .querySelector('[data-testid=status-action]')!
      .dispatchEvent(new window.Event('click', { bubbles: true }) as unknown as Event);
    await settle(root, () => !!root.querySelector('[data-testid=title]'));
    expect(page.sent.map((request) => request.type)).toContain('repere:analyse-anyway');
  });

  it('shows the error sentence when no content script answers', async () => {
    page.answer = () => {
      throw new Error('Could not establish connection');
    };
    const root = mount(<App />);
    await settle(root, () => root.querySelector('[data-testid=status]')?.getAttribute('data-state') === 'error');
    expect(root.querySelector('[data-testid=status]')?.textContent).toContain('cannot read this page');
  });
});
