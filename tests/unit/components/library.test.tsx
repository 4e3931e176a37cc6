import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { LibraryEntry } from '../../../lib/corpus/library';
import { act, all, mount } from './dom';

const db = { entries: new Map<string, LibraryEntry>(), hidden: new Set<string>(), searchIndex: undefined as unknown };

vi.mock('wxt/browser', async () => ({ browser: (await import('./dom')).fakeBrowser }));
vi.mock('../../../platform/corpus-store', () => ({
  loadLibrary: (bundled: LibraryEntry[]) =>
    Promise.resolve({
      entries: [...bundled.filter((entry) => !db.hidden.has(entry.id)), ...db.entries.values()],
      hidden: new Set(db.hidden),
    }),
  storedByIds: (ids: string[]) => Promise.resolve(ids.map((id) => db.entries.get(id))),
  putEntries: (entries: LibraryEntry[]) => {
    for (const entry of entries) db.entries.set(entry.id, entry);
    return Promise.resolve();
  },
  // The list's order (byNewest), a slice after a card's order, as the store's index reads it.
  newestCards: (limit: number, after?: [number, string]) => {
    const cards = [...db.entries.values()]
      .sort((a, b) => b.addedAt - a.addedAt || a.id.localeCompare(b.id))
      .map((entry) => ({ ...entry, text: '', order: [-entry.addedAt, entry.id] }));
    const from = after ? cards.findIndex((card) => card.id === after[1]) + 1 : 0;
    return Promise.resolve(cards.slice(from, from + limit));
  },
  storedCount: () => Promise.resolve(db.entries.size),
  hiddenIds: () => Promise.resolve(new Set(db.hidden)),
  wordsAfter: (limit: number, after?: string) =>
    Promise.resolve(
      [...db.entries.values()]
        .sort((a, b) => (a.id < b.id ? -1 : 1))
        .filter((entry) => after === undefined || entry.id > after)
        .slice(0, limit)
        .map((entry) => ({ id: entry.id, folded: entry.folded, mentions: entry.mentions })),
    ),
  wordsOf: (ids: string[]) =>
    Promise.resolve(
      ids.map((id) => {
        const entry = db.entries.get(id);
        return entry && { id, folded: entry.folded, mentions: entry.mentions };
      }),
    ),
  // The search index as the worker stores it: kept between mounts, as IndexedDB keeps it between visits.
  storedSearchIndex: () => Promise.resolve(db.searchIndex),
  putSearchIndex: (data: unknown) => Promise.resolve(void (db.searchIndex = data)),
  deleteEntry: (id: string) => Promise.resolve(void db.entries.delete(id)),
  setHidden: (id: string, hidden: boolean) => Promise.resolve(void (hidden ? db.hidden.add(id) : db.hidden.delete(id))),
}));

const { Library } = await import('../../../entrypoints/corpus/Library');

async function settle(done: () => boolean) {
  for (let attempt = 0; attempt < 150 && !done(); attempt += 1)
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
}
const ids = (root: HTMLElement) =>
  all(root, '[data-testid=entry-item]').map((item) => item.getAttribute('data-entry-id'));
const click = (element: Element) =>
  element.dispatchEvent(new window.Event('click', { bubbles: true }) as unknown as Event);

function type(root: HTMLElement, query: string) {
  const input = root.querySelector('[data-testid=library-search]') as HTMLInputElement;
  input.value = query;
  input.dispatchEvent(new window.Event('input', { bubbles: true }) as unknown as Event);
}

/** Hands a file to the import input (linkedom has no File or DataTransfer). */
function choose(root: HTMLElement, name: string, body: string) {
  const input = root.querySelector('[data-testid=import-file]')!;
  Object.defineProperty(input, 'files', { configurable: true, value: [{ name, text: () => Promise.resolve(body) }] });
  input.dispatchEvent(new window.Event('change', { bubbles: true }) as unknown as Event);
}

describe('corpus Library', () => {
  beforeEach(() => {
    db.entries.clear();
    db.hidden.clear();
    db.searchIndex = undefined;
  });

  it('lists the bundled entries and searches them', async () => {
    const root = mount(<Library />);
    await settle(() => ids(root).length === 5);
    expect(root.querySelector('[data-testid=result-count]')?.textContent).toBe('5 of 5 entries');
    type(root, 'Boukamal');
    await settle(() => ids(root).length < 5);
    expect(ids(root)).toContain('003_65784f5ca0caa49c');
    type(root, 'zzzz');
    await settle(() => ids(root).length === 0);
    expect(root.querySelector('[data-testid=result-count]')?.getAttribute('data-count')).toBe('0');
  });

  it('imports a good file, and refuses a corrupt one naming its line without touching what is stored', async () => {
    const root = mount(<Library />);
    await settle(() => ids(root).length === 5);
    choose(
      root,
      'good.jsonl',
      `${JSON.stringify({ id: 'n1', title: 'Raqqa', text: 'Raids on Raqqa.', lang: 'en' })}\n`,
    );
    await settle(() => ids(root).length === 6);
    expect(root.querySelector('[data-testid=library-status]')?.textContent).toBe('1 entries imported from good.jsonl.');
    choose(root, 'bad.csv', 'title,text\r\nA,fine\r\nB,"never closed\r\n');
    await settle(() => !!root.querySelector('[data-testid=import-error]'));
    const error = root.querySelector('[data-testid=import-error]')!;
    expect(error.getAttribute('role')).toBe('alert');
    expect(error.textContent).toBe(
      'bad.csv was not imported: line 3: a quoted field is never closed. Nothing in your corpus was changed.',
    );
    expect([...db.entries.keys()]).toEqual(['n1']);
    expect(ids(root)).toHaveLength(6);
  });

  it('deletes a stored entry and hides (never deletes) a bundled one', async () => {
    db.entries.set('s1', { id: 's1', title: 'Saved', text: 'Saved text.', lang: 'en', origin: 'saved', addedAt: 9 });
    const root = mount(<Library />);
    await settle(() => ids(root).length === 6);
    click(root.querySelector('[data-entry-id=s1] [data-testid=entry-delete]')!);
    await settle(() => ids(root).length === 5);
    expect(db.entries.size).toBe(0);
    click(root.querySelector('[data-entry-id="000_bc5cb4b94f2547dd"] [data-testid=entry-hide]')!);
    await settle(() => ids(root).length === 4);
    expect(db.hidden.has('000_bc5cb4b94f2547dd')).toBe(true);
    click(root.querySelector('[data-testid=entry-unhide]')!);
    await settle(() => ids(root).length === 5);
  });
  it('puts the events of the entries on the map and the timeline; a filter narrows them, a click lists them', async () => {
    const entry = (id: string, title: string, text: string, date: string, outlet: string): LibraryEntry => ({
      id,
      title,
      text,
      date,
      outlet,
      lang: 'en',
      origin: 'imported',
      addedAt: 5,
    });
    db.entries.set(
      'r1',
      entry('r1', 'Shelling on Raqqa', 'Shelling killed 4 civilians in Raqqa on Monday.', '2016-04-05', 'one'),
    );
    db.entries.set(
      'i1',
      entry('i1', 'Air strikes on Idlib', 'Air strikes killed 9 people in Idlib city.', '2017-01-09', 'two'),
    );
    const root = mount(<Library />);
    const section = () => root.querySelector('[data-testid=corpus-events]')!;
    await settle(() => section()?.getAttribute('data-ready') === 'true');
    const total = Number(section().getAttribute('data-total'));
    // The two invented reports at least, each on the map where its place is, and in its month on the timeline.
    expect(total).toBeGreaterThanOrEqual(2);
    const places = all(root, '[data-testid=map-event]').map((circle) => circle.getAttribute('data-place'));
    expect(places).toEqual(expect.arrayContaining(['place/raqqa', 'place/idlib']));
    const months = all(root, '[data-testid=timeline-bar]').map((bar) => bar.getAttribute('data-month'));
    expect(months).toEqual(expect.arrayContaining(['2016-04', '2017-01']));

    const outlet = root.querySelector('[data-testid=event-filter-outlet]') as HTMLSelectElement;
    // linkedom's select has no value setter: the value the reader picked is given as the browser would read it.
    Object.defineProperty(outlet, 'value', { configurable: true, value: 'two' });
    outlet.dispatchEvent(new window.Event('change', { bubbles: true }) as unknown as Event);
    await settle(() => section().getAttribute('data-shown') === '1');
    expect(all(root, '[data-testid=map-event]').map((circle) => circle.getAttribute('data-place'))).toEqual([
      'place/idlib',
    ]);
    click(root.querySelector('[data-testid=map-event]')!);
    await settle(() => all(root, '[data-testid=selected-event]').length > 0);
    const link = root.querySelector('[data-testid=selected-event] a')!;
    expect(link.getAttribute('href')).toBe('?id=i1');
    expect(link.textContent).toBe('Air strikes on Idlib');
  });
});
