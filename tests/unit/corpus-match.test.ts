import { describe, expect, it } from 'vitest';
import { analyse } from '../../lib/analyse/analyse';
import { bundledCorpus } from '../../lib/corpus/bundled';
import { defaultAutomaton } from '../../lib/analyse/recogniser';
import { indexEntries } from '../../lib/corpus/mentions';
import { matchCorpus } from '../../lib/corpus/match';
import type { Analysis } from '../../lib/types';
import { indexCorpus, MATCH_THRESHOLD, type CorpusEntry, type MatchQuery } from '../../lib/corpus/match';

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

describe('matchCorpus against reading every entry', () => {
  // Invented entries naming a few of a small set of entities and words, so that many share several of them and
  // scores tie: the entries read best bound first must give what scoring every entry gives.
  const ids = Array.from({ length: 16 }, (_, at) => `place/p${at}`);
  const words = ['convoy', 'shelling', 'market', 'village', 'airstrike', 'refugees', 'checkpoint', 'border'];
  let seed = 3;
  const next = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const some = <T>(items: readonly T[], count: number) =>
    Array.from({ length: count }, () => items[Math.floor(next() * items.length)]!);
  const mentions = new Map<string, string[]>();
  const entries: CorpusEntry[] = Array.from({ length: 600 }, (_, at) => {
    const id = `m${at}`;
    mentions.set(id, some(ids, 1 + Math.floor(next() * 6)));
    return {
      id,
      title: id,
      lang: next() < 0.5 ? 'en' : 'fr',
      text: some(words, 3 + Math.floor(next() * 10)).join(' '),
    };
  });
  const corpus = indexCorpus(entries, (item) => mentions.get(item.id)!);

  const count = (items: Iterable<string>) => {
    const counts = new Map<string, number>();
    for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1);
    return counts;
  };
  const entryEntities = entries.map((item) => count(mentions.get(item.id)!));
  const entryWords = entries.map((item) => count(item.text.split(' ').filter((word) => word.length >= 4)));
  const rarity = (profiles: Map<string, number>[]) => {
    const holding = count(profiles.flatMap((profile) => [...profile.keys()]));
    return new Map([...holding].map(([key, held]) => [key, Math.log(1 + entries.length / held)]));
  };
  const entityRarity = rarity(entryEntities);
  const wordRarity = rarity(entryWords);
  const unseen = Math.max(1, ...entityRarity.values());
  const vector = (counts: Map<string, number>, weights: Map<string, number>, missing: number) =>
    new Map([...counts].map(([key, value]) => [key, (1 + Math.log(value)) * (weights.get(key) ?? missing)]));
  const cosine = (a: Map<string, number>, b: Map<string, number>) => {
    const length = (v: Map<string, number>) => Math.sqrt([...v.values()].reduce((sum, x) => sum + x * x, 0));
    let dot = 0;
    for (const [key, value] of a) dot += value * (b.get(key) ?? 0);
    return dot === 0 ? 0 : dot / (length(a) * length(b));
  };

  /** Cosine of tf-idf vectors, entities blended with words in one language: every entry scored, none skipped. */
  function fullRead(query: MatchQuery): { id: string; score: number }[] {
    const queryEntities = vector(count(query.entityIds), entityRarity, unseen);
    const queryWords = vector(count(query.text.split(' ').filter((word) => word.length >= 4)), wordRarity, 0);
    const scored = entries.flatMap((item, at) => {
      const entities = vector(entryEntities[at]!, entityRarity, 0);
      const shared = [...queryEntities.keys()].filter((key) => entities.has(key)).length;
      let score = cosine(queryEntities, entities);
      if (shared < 2 || score === 0 || item.id === query.excludeId) return [];
      // Words count when both are in one language and both have words the corpus knows (even none in common).
      const itemWords = vector(entryWords[at]!, wordRarity, 0);
      const known = [...queryWords.values()].some((weight) => weight > 0);
      if (item.lang === query.lang && known && itemWords.size > 0) {
        const similarity = cosine(queryWords, itemWords);
        if (similarity >= 0.7) return [];
        score = 0.75 * score + 0.25 * similarity;
      }
      return score >= (query.threshold ?? MATCH_THRESHOLD)
        ? [{ id: item.id, score: Math.round(score * 1000) / 1000 }]
        : [];
    });
    return scored.sort((a, b) => b.score - a.score).slice(0, query.limit ?? 5);
  }

  it('gives the best entries and scores that scoring every entry gives', () => {
    for (let at = 0; at < 80; at += 1) {
      const query: MatchQuery = {
        text: some(words, 2 + Math.floor(next() * 8)).join(' '),
        lang: next() < 0.5 ? 'en' : 'fr',
        entityIds: some(ids, 2 + Math.floor(next() * 8)),
        limit: 1 + Math.floor(next() * 8),
        ...(next() < 0.3 ? { threshold: 0 } : {}),
      };
      const found = matchCorpus(query, corpus).map(({ id, score }) => ({ id, score }));
      const expected = fullRead(query);
      // Equal scores may come in any order in the full read: compare the scores, and the ids above the last tie.
      expect(
        found.map((match) => match.score),
        JSON.stringify(query),
      ).toEqual(expected.map((match) => match.score));
      const last = expected.at(-1)?.score;
      expect(found.filter((match) => match.score !== last)).toEqual(expected.filter((match) => match.score !== last));
    }
  });
});
