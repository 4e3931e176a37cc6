import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse, analyseInSlices, paragraphSlices, SLICE_LENGTH } from '../../lib/analyse/analyse';
import { defaultAutomaton } from '../../lib/analyse/recogniser';
import { cardContent, formatPosition } from '../../lib/highlight/card';
import { knowledgeEntities } from '../../lib/knowledge/bundled';
import { buildAutomaton } from '../../lib/recognise/automaton';

const CORPUS = resolve(import.meta.dirname, '../../../shared/corpus');
const article = readFileSync(resolve(CORPUS, '003_65784f5ca0caa49c.txt'), 'utf8');

describe('sliced analysis for long pages', () => {
  it('cuts long texts into slices of whole paragraphs and leaves articles whole', () => {
    expect(paragraphSlices(article)).toEqual([[0, article.length]]);
    const long = Array.from({ length: 40 }, () => article).join('\n');
    const slices = paragraphSlices(long);
    expect(long.length).toBeGreaterThan(SLICE_LENGTH);
    expect(slices.length).toBeGreaterThan(10);
    expect(slices[0]![0]).toBe(0);
    expect(slices.at(-1)![1]).toBe(long.length);
    for (let index = 1; index < slices.length; index += 1) {
      expect(slices[index]![0]).toBe(slices[index - 1]![1]);
      expect(long[slices[index]![0] - 1]).toBe('\n');
    }
  });

  it('gives the same analysis in slices as in one go', async () => {
    const automaton = defaultAutomaton();
    const long = Array.from({ length: 30 }, () => article).join('\n');
    const now = () => 0;
    const whole = analyse({ text: long, title: 'x' }, { automaton, now });
    let pauses = 0;
    const sliced = await analyseInSlices(
      { text: long, title: 'x' },
      { automaton, now, budgetMs: 0, pause: async () => void (pauses += 1) },
    );
    expect(pauses).toBeGreaterThan(10);
    expect(sliced).toEqual(whole);
    expect(whole.entities.find((entity) => entity.id === 'place/abu-kamal')!.mentions.length).toBeGreaterThan(30);
  });

  it('builds the same automaton step by step', () => {
    const entities = knowledgeEntities();
    expect(buildAutomaton(entities).aliasCount).toBe(defaultAutomaton().aliasCount);
  });
});

describe('hover card content', () => {
  const byId = new Map(knowledgeEntities().map((entity) => [entity.id, entity]));

  it('says what a place is in the page language, with country and position', () => {
    const card = cardContent(byId.get('place/abu-kamal')!, 'fr');
    expect(card).toMatchObject({ name: 'Abou Kamal', typeLabel: 'Lieu', kindLabel: 'ville', country: 'Syrie' });
    expect(card.position).toMatch(/° N, .*° E$/);
    expect(cardContent(byId.get('place/abu-kamal')!, 'en')).toMatchObject({ name: 'Abu Kamal', country: 'Syria' });
  });

  it('gives a source its affiliation', () => {
    const source = [...byId.values()].find((entity) => entity.type === 'source')!;
    expect(cardContent(source, 'en').affiliation).toBeTruthy();
    expect(cardContent(source, 'en').position).toBeNull();
  });

  it('writes positions with hemispheres', () => {
    expect(formatPosition([34.45, 40.92], 'en')).toBe('34.45° N, 40.92° E');
    expect(formatPosition([-1.5, -3.25], 'fr')).toBe('1,5° S, 3,25° O');
  });
});
