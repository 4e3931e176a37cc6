import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toCsv, toJsonl } from '../../lib/corpus/export';
import { formatOf, ImportError, parseImport } from '../../lib/corpus/import';
import { entryFromPage, outletOf, stableId, type LibraryEntry } from '../../lib/corpus/library';
import { facets, indexForSearch, searchEntries } from '../../lib/corpus/search';
import { bundledLibrary } from '../../lib/corpus/bundled-library';
import { defaultAutomaton } from '../../lib/analyse/recogniser';
import { indexEntries, withMentions } from '../../lib/corpus/mentions';
import { entityWeightIn } from '../../lib/corpus/match';
import { knowledgeEntities } from '../../lib/knowledge/bundled';
import { outletOfHost } from '../../lib/knowledge/outlet';

function errorOf(run: () => unknown): ImportError {
  try {
    run();
  } catch (error) {
    if (error instanceof ImportError) return error;
    throw error;
  }
  throw new Error('no error');
}

describe('corpus import', () => {
  it('reads JSON Lines, keeping given ids and detecting the language when none is given', () => {
    const entries = parseImport(
      [
        JSON.stringify({
          id: 'a-1',
          title: 'One',
          text: 'Les combats ont repris à Deir ez-Zor ce matin, selon l’OSDH.',
        }),
        '',
        JSON.stringify({
          title: 'Two',
          text: 'Fighting resumed in Deir ez-Zor this morning, the monitor said.',
          lang: 'en',
          url: 'https://example.org/x',
          date: '2018-03-04',
        }),
      ].join('\n'),
      'jsonl',
      1000,
    );
    expect(entries.map((entry) => [entry.id, entry.lang, entry.origin, entry.addedAt])).toEqual([
      ['a-1', 'fr', 'imported', 1000],
      [stableId('https://example.org/x'), 'en', 'imported', 1000],
    ]);
  });

  it('names the line of the first bad record, whatever is wrong with it', () => {
    const good = JSON.stringify({ title: 'T', text: 'Some text here.' });
    expect(errorOf(() => parseImport(`${good}\n${good}\n{"title": "x"`, 'jsonl')).line).toBe(3);
    expect(errorOf(() => parseImport(`${good}\n\n[1, 2]`, 'jsonl')).code).toBe('object');
    expect(errorOf(() => parseImport(`${good}\n{"title": "no text"}`, 'jsonl'))).toMatchObject({
      line: 2,
      code: 'text',
    });
    expect(errorOf(() => parseImport(JSON.stringify({ text: 'x', url: 'not a url' }), 'jsonl')).code).toBe('url');
    expect(errorOf(() => parseImport(JSON.stringify({ text: 'x', date: 'yesterday' }), 'jsonl')).code).toBe('date');
    expect(errorOf(() => parseImport(JSON.stringify({ text: 'x', lang: 'de' }), 'jsonl')).code).toBe('lang');
    expect(errorOf(() => parseImport('', 'jsonl')).code).toBe('empty');
  });

  it('reads CSV with quoted commas, doubled quotes and line breaks, and numbers lines as a text editor does', () => {
    const csv =
      'title,text,url,date,lang\r\n"A, ""quoted"" title","line one\nline two",,2017-01-02,en\r\nB,plain,,,fr\r\n';
    const entries = parseImport(csv, 'csv');
    expect(entries.map((entry) => [entry.title, entry.text, entry.date, entry.lang])).toEqual([
      ['A, "quoted" title', 'line one\nline two', '2017-01-02', 'en'],
      ['B', 'plain', undefined, 'fr'],
    ]);
    // The record after a two-line field starts on line 4.
    const broken = 'title,text\r\n"A","one\ntwo"\r\nB,too,many\r\n';
    expect(errorOf(() => parseImport(broken, 'csv'))).toMatchObject({ line: 4, code: 'fields' });
    expect(errorOf(() => parseImport('name,body\r\nx,y\r\n', 'csv'))).toMatchObject({ line: 1, code: 'header' });
    expect(errorOf(() => parseImport('title,text\r\n"open,never closed\r\n', 'csv'))).toMatchObject({
      line: 2,
      code: 'unclosed',
    });
  });

  it('guesses the format from the name, then the content', () => {
    expect(formatOf('a.csv', '{')).toBe('csv');
    expect(formatOf('a.jsonl', 'title')).toBe('jsonl');
    expect(formatOf('a.txt', ' {"x":1}')).toBe('jsonl');
  });

  it('exports JSON Lines and CSV that import back to the same entries', () => {
    const entries = parseImport(
      'title,text,url,date,lang\r\n"T, 1","a ""b""\nc",https://example.org/1,2019-01-01,en\r\n',
      'csv',
      5,
    );
    const strip = (list: LibraryEntry[]) =>
      list.map(({ title, text, url, date, lang }) => ({ title, text, url, date, lang }));
    expect(strip(parseImport(toCsv(entries), 'csv', 5))).toEqual(strip(entries));
    expect(strip(parseImport(toJsonl(entries), 'jsonl', 5))).toEqual(strip(entries));
    expect(toCsv(entries).split('\r\n')[0]).toBe('title,text,url,date,lang');
  });

  it('reads the FA-KES development set: 469 lines, 463 distinct articles', () => {
    const text = readFileSync(new URL('../../../shared/datasets/fakes/dev.jsonl', import.meta.url), 'utf8');
    const entries = parseImport(text, 'jsonl');
    expect(entries).toHaveLength(463);
    expect(new Set(entries.map((entry) => entry.outlet)).size).toBeGreaterThan(3);
  });
});

describe('corpus search', () => {
  const entries: LibraryEntry[] = [
    ...bundledLibrary().map((entry) => withMentions(entry, defaultAutomaton())),
    withMentions(
      {
        id: 'x1',
        title: 'Raids near Albu Kamal',
        text: 'Air raids hit Albu Kamal on Sunday.',
        lang: 'en',
        origin: 'imported',
        addedAt: 2,
        outlet: 'manar',
      },
      defaultAutomaton(),
    ),
    withMentions(
      {
        id: 'x2',
        title: 'Hama',
        text: 'Shelling in Hama province.',
        lang: 'en',
        origin: 'imported',
        addedAt: 1,
        url: 'https://www.sana.sy/en/1',
      },
      defaultAutomaton(),
    ),
  ];
  const index = indexForSearch(entries);

  it('finds words whatever the accents and transliterations, as word prefixes', () => {
    expect(searchEntries(index, 'albu kamal').map((entry) => entry.id)).toContain('x1');
    expect(searchEntries(index, 'HAMÂ')[0]?.id).toBe('x2');
    expect(searchEntries(index, 'shell').map((entry) => entry.id)).toEqual(['x2']);
    expect(searchEntries(index, 'hell')).toEqual([]);
  });

  it('finds entries naming the entities of the query, in any language', () => {
    const ids = searchEntries(index, 'Abou Kamal', {}, ['place/abu-kamal']).map((entry) => entry.id);
    expect(ids).toContain('x1');
    expect(ids).toContain('003_65784f5ca0caa49c');
  });

  it('filters by language, outlet and entity, and lists the facets', () => {
    const french = searchEntries(index, '', { lang: 'fr' });
    expect(french.length).toBeGreaterThan(0);
    expect(french.length).toBeLessThan(entries.length);
    expect(french.filter((entry) => entry.lang !== 'fr')).toEqual([]);
    expect(searchEntries(index, '', { outlet: 'sana.sy' }).map((entry) => entry.id)).toEqual(['x2']);
    expect(searchEntries(index, '', { entityId: 'place/abu-kamal' }).map((entry) => entry.id)).toContain('x1');
    expect(facets(index).outlets).toEqual(expect.arrayContaining(['manar', 'sana.sy']));
    expect(outletOf({ url: 'https://www.sana.sy/en/1' })).toBe('sana.sy');
  });

  it('indexes saved entries for matching with their stored mention ids', () => {
    const stored = { ...entries[5]!, mentions: ['place/abu-kamal', 'place/abu-kamal', 'group/hezbollah'] };
    const corpus = indexEntries([...entries.slice(0, 5), stored], defaultAutomaton());
    const weight = (id: string) => entityWeightIn(corpus, 5, id);
    expect(corpus.entries[5]!.id).toBe('x1');
    expect(weight('place/abu-kamal')).toBeGreaterThan(weight('group/hezbollah'));
    expect(weight('group/hezbollah')).toBeGreaterThan(0);
  });

  it('saves a page under an id from its URL, so saving twice replaces', () => {
    const page = { title: 'T', text: 'x', lang: 'en' as const, mentions: [], url: 'https://example.org/a' };
    expect(entryFromPage(page, 1).id).toBe(entryFromPage({ ...page, title: 'Other' }, 2).id);
    expect(entryFromPage(page, Date.UTC(2024, 0, 2)).date).toBe('2024-01-02');
  });
});

describe('outlet of a page', () => {
  it('knows media sources from their host names', () => {
    expect(outletOfHost('www.aljazeera.com', knowledgeEntities())?.id).toBe('source/al-jazeera');
    expect(outletOfHost('www.france24.com', knowledgeEntities())?.id).toBe('source/france-24');
    expect(outletOfHost('127.0.0.1', knowledgeEntities())).toBeNull();
    expect(outletOfHost('www.example.org', knowledgeEntities())).toBeNull();
  });
});
