import { describe, expect, it } from 'vitest';
import { analyse } from '../../lib/analyse/analyse';
import { bundledCorpus } from '../../lib/corpus/bundled';
import { defaultAutomaton } from '../../lib/analyse/recogniser';
import { indexEntries } from '../../lib/corpus/mentions';
import { matchCorpus } from '../../lib/corpus/match';
import type { Analysis } from '../../lib/types';
import { indexCorpus, type CorpusEntry } from '../../lib/corpus/match';

const corpus = indexEntries(bundledCorpus, defaultAutomaton());

function analyseEntry(id: string, withId = true): Analysis {
  const entry = bundledCorpus.find((candidate) => candidate.id === id)!;
  return analyse(
    { text: entry.text, title: entry.title },
    { automaton: defaultAutomaton(), corpus, ...(withId ? { corpusId: id } : {}) },
  );
}

describe('linking an article to the corpus', () => {
  it('ships the five corpus entries under their file stems', () => {
    expect(bundledCorpus.map((entry) => entry.id).sort()).toEqual([
      '000_bc5cb4b94f2547dd',
      '001_5554a87f2ba7b6ff',
      '002_7b4478851c965e25',
      '003_65784f5ca0caa49c',
      '004_76b50f77c4356d27',
    ]);
  });

  it('finds related entries for every corpus article, never the article itself', () => {
    for (const entry of bundledCorpus) {
      const { matches } = analyseEntry(entry.id);
      expect(matches.length, entry.id).toBeGreaterThan(0);
      expect(
        matches.map((match) => match.id),
        entry.id,
      ).not.toContain(entry.id);
    }
  });

  it('does not match the page with itself even when it does not say which entry it is', () => {
    for (const entry of bundledCorpus) {
      expect(
        analyseEntry(entry.id, false).matches.map((match) => match.id),
        entry.id,
      ).not.toContain(entry.id);
    }
  });

  it('ranks matches by score, best first, each with the entities it shares', () => {
    const { matches, entities } = analyseEntry('003_65784f5ca0caa49c');
    const ids = new Set(entities.map((entity) => entity.id));
    for (let index = 1; index < matches.length; index += 1) {
      expect(matches[index - 1]!.score).toBeGreaterThanOrEqual(matches[index]!.score);
    }
    for (const match of matches) {
      expect(match.score).toBeGreaterThan(0);
      expect(match.score).toBeLessThanOrEqual(1);
      expect(match.shared.length).toBeGreaterThan(0);
      for (const id of match.shared) expect(ids.has(id), id).toBe(true);
      expect(match.title).toBe(bundledCorpus.find((entry) => entry.id === match.id)!.title);
    }
  });

  it('links across languages: the English article finds French ones through shared entities', () => {
    const { matches, lang } = analyseEntry('001_5554a87f2ba7b6ff');
    expect(lang).toBe('en');
    const french = matches.filter((match) => match.lang === 'fr');
    expect(french.length).toBeGreaterThan(0);
  });

  it('links an unrelated article to nothing', () => {
    const text =
      'Le Paris Saint-Germain a battu Marseille trois buts à un dimanche soir au Parc des Princes, devant quarante-cinq mille spectateurs. ' +
      'L’entraîneur a salué la performance de ses joueurs et le club reste en tête du championnat.';
    expect(analyse({ text }, { automaton: defaultAutomaton(), corpus }).matches).toEqual([]);
  });

  it('does not link when no corpus is given (web pages never match)', () => {
    const entry = bundledCorpus[0]!;
    expect(analyse({ text: entry.text }, { automaton: defaultAutomaton() }).matches).toEqual([]);
  });
});

describe('matchCorpus', () => {
  const entry = (id: string): CorpusEntry => ({ id, title: id, lang: 'fr', text: `Texte ${id}.` });
  const ids: Record<string, string[]> = {
    rare: ['place/abu-kamal', 'place/syria'],
    common: ['place/syria', 'place/damascus'],
    other1: ['place/syria', 'group/x'],
    other2: ['place/syria', 'group/y'],
    unrelated: ['place/paris'],
  };
  const indexed = indexCorpus(Object.keys(ids).map(entry), (item) => ids[item.id]!);

  it('weighs a rare shared entity above one that every entry names', () => {
    const matches = matchCorpus(
      { text: 'Query text in English.', lang: 'en', entityIds: ['place/abu-kamal', 'place/syria'] },
      indexed,
    );
    expect(matches[0]?.id).toBe('rare');
    expect(matches[0]?.shared[0]).toBe('place/abu-kamal');
    expect(matches.map((match) => match.id)).not.toContain('unrelated');
  });

  it('honours excludeId and limit', () => {
    const query = {
      text: 'Query.',
      lang: 'en' as const,
      entityIds: ['place/syria', 'place/abu-kamal', 'place/damascus'],
    };
    expect(matchCorpus({ ...query, excludeId: 'rare' }, indexed).map((match) => match.id)).not.toContain('rare');
    expect(matchCorpus({ ...query, limit: 1 }, indexed)).toHaveLength(1);
  });

  it('matches nothing for a query without entities', () => {
    expect(matchCorpus({ text: 'Texte rare.', lang: 'fr', entityIds: [] }, indexed)).toEqual([]);
  });
});
