import { geoContains } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { corpusEvent, filterChoices, filterEvents, monthBins, type CorpusEvent } from '../../lib/event/corpus-events';
import { governorateShapes, shapeOfGovernorate } from '../../lib/geo/governorates';
import { knowledgeEntities } from '../../lib/knowledge/bundled';
import type { EventCard } from '../../lib/types';

const card = (over: Partial<EventCard>): EventCard => ({
  kind: 'shelling',
  place: null,
  date: null,
  actors: [],
  casualties: [],
  ...over,
});
const mention = { start: 0, end: 1, text: 'x' };

function event(id: string, over: Partial<CorpusEvent>): CorpusEvent {
  return {
    id,
    title: id,
    outlet: 'a.example',
    date: null,
    kind: 'shelling',
    place: null,
    governorate: null,
    actors: [],
    killed: null,
    ...over,
  };
}

describe('corpus events', () => {
  it('makes an event line of an entry and its card: the event day first, else the entry day; the first toll', () => {
    const entry = { id: 'e1', title: 'T', date: '2016-03-02T10:00:00Z', url: 'https://www.outlet.example/a' };
    const line = corpusEvent(
      entry,
      card({
        place: { id: 'place/douma', governorate: 'place/rif-dimashq-governorate', mention },
        casualties: [
          { status: 'wounded', victims: 'unspecified', count: 80, min: 80, max: 80, source: null, mention },
          { status: 'killed', victims: 'fighters', count: null, min: 24, max: null, source: null, mention },
          { status: 'killed', victims: 'civilians', count: 400000, min: 400000, max: 400000, source: null, mention },
        ],
      }),
    );
    expect(line).toMatchObject({ outlet: 'outlet.example', date: '2016-03-02', killed: 24 });
    expect(corpusEvent(entry, card({ date: '2016-02-28' }))?.date).toBe('2016-02-28');
    expect(corpusEvent(entry, null)).toBeNull();
  });

  it('filters by date range, outlet, actor and kind together; undated events leave once a date bound is set', () => {
    const events = [
      event('a', { date: '2015-01-10', actors: ['group/x'], outlet: 'one' }),
      event('b', { date: '2015-06-01', kind: 'air-strike', outlet: 'two' }),
      event('c', { date: null, actors: ['group/x'] }),
    ];
    expect(filterEvents(events, {}).map((e) => e.id)).toEqual(['a', 'b', 'c']);
    expect(filterEvents(events, { from: '2015-02-01' }).map((e) => e.id)).toEqual(['b']);
    expect(filterEvents(events, { to: '2015-01-10' }).map((e) => e.id)).toEqual(['a']);
    expect(filterEvents(events, { actor: 'group/x' }).map((e) => e.id)).toEqual(['a', 'c']);
    expect(filterEvents(events, { kind: 'air-strike', outlet: 'two' }).map((e) => e.id)).toEqual(['b']);
    expect(filterEvents(events, { kind: 'air-strike', outlet: 'one' })).toEqual([]);
    const choices = filterChoices(events);
    expect(choices).toMatchObject({ first: '2015-01-10', last: '2015-06-01', outlets: ['a.example', 'one', 'two'] });
    expect(choices.actors).toEqual([{ id: 'group/x', count: 2 }]);
  });

  it('bins events by month over the whole span, empty months included, across a new year', () => {
    const bins = monthBins(
      [event('a', { date: '2014-11-30' }), event('b', { date: '2015-02-01' }), event('c', { date: '2015-02-27' })],
      '2014-11-30',
      '2015-02-27',
    );
    expect(bins.map((bin) => [bin.start, bin.events.length])).toEqual([
      ['2014-11-01', 1],
      ['2014-12-01', 0],
      ['2015-01-01', 0],
      ['2015-02-01', 2],
    ]);
  });
});

describe('governorate shapes', () => {
  it('gives every governorate of Syria and Iraq in the knowledge base one shape, which holds its point', () => {
    const governorates = knowledgeEntities().filter(
      (entity) => entity.type === 'place' && entity.kind === 'governorate' && ['SY', 'IQ'].includes(entity.country),
    );
    expect(governorates.length).toBeGreaterThan(25);
    for (const entity of governorates) {
      const holding = governorateShapes().features.filter((shape) => shape.properties.ids.includes(entity.id));
      expect(holding, entity.id).toHaveLength(1);
    }
    // Aleppo's shape holds the city of Aleppo and not Damascus.
    const aleppo = shapeOfGovernorate('place/aleppo-governorate')!;
    expect(geoContains(aleppo, [37.16, 36.2])).toBe(true);
    expect(geoContains(aleppo, [36.29, 33.51])).toBe(false);
  });
});
