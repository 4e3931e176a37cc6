import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { LibraryEntry } from '../../../lib/corpus/library';
import { act, all, mount } from './dom';

const db = { entries: new Map<string, LibraryEntry>(), hidden: new Set<string>() };

vi.mock('wxt/browser', async () => ({ browser: (await import('./dom')).fakeBrowser }));
vi.mock('../../../platform/corpus-store', () => ({
  loadLibrary: (bundled: LibraryEntry[]) =>
    Promise.resolve({
      entries: [...bundled.filter((entry) => !db.hidden.has(entry.id)), ...db.entries.values()],
      hidden: new Set(db.hidden),
    }),
  putEntries: (entries: LibraryEntry[]) => {
    for (const entry of entries) db.entries.set(entry.id, entry);
    return Promise.resolve();
  },
  storedWords: () =>
    Promise.resolve(
      new Map([...db.entries.values()].map((entry) => [entry.id, { folded: entry.folded, mentions: entry.mentions }])),
    ),
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
});
