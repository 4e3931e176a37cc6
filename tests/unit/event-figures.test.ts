// Counts, casualties, kinds and dates on invented sentences in English and French (none from a fixture).
import { describe, expect, it } from 'vitest';
import { findCounts, numberValue } from '../../lib/event/numbers';
import { findCasualties } from '../../lib/event/casualties';
import { eventKind } from '../../lib/event/kind';
import { eventDate, firstDate } from '../../lib/event/date';
import { splitSentences } from '../../lib/text/sentences';

const casualties = (text: string, lang = 'en') =>
  findCasualties(text, splitSentences(text, lang)).map(({ status, victims, count, min, max }) => ({
    status,
    victims,
    count,
    min,
    max,
  }));

describe('numbers in words and figures', () => {
  it('reads English and French number words and grouped figures', () => {
    expect(numberValue('eight')).toBe(8);
    expect(numberValue('twenty-three')).toBe(23);
    expect(numberValue('one hundred and twenty')).toBe(120);
    expect(numberValue('huit')).toBe(8);
    expect(numberValue('vingt-trois')).toBe(23);
    expect(numberValue('quatre-vingt-dix')).toBe(90);
    expect(numberValue('1,200')).toBe(1200);
    expect(numberValue('1 200')).toBe(1200);
  });

  it('keeps bounds and ranges', () => {
    const [least] = findCounts('at least 12 people');
    expect(least).toMatchObject({ count: 12, min: 12, max: null });
    const [more] = findCounts('more than 100 fighters');
    expect(more).toMatchObject({ count: 100, min: 101, max: null });
    const [range] = findCounts('between 12 and 15 civilians');
    expect(range).toMatchObject({ count: null, min: 12, max: 15 });
    const [entre] = findCounts('entre douze et quinze civils');
    expect(entre).toMatchObject({ count: null, min: 12, max: 15 });
    const [dash] = findCounts('12-15 dead');
    expect(dash).toMatchObject({ count: null, min: 12, max: 15 });
  });

  it('gives approximations a figure without bounds, and "dozens" a lower bound only', () => {
    expect(findCounts('une trentaine de morts')[0]).toMatchObject({ count: 30, min: null, max: null });
    expect(findCounts('dozens of civilians')[0]).toMatchObject({ count: null, min: 24, max: null });
    expect(findCounts('des dizaines de blessés')[0]).toMatchObject({ count: null, min: 20, max: null });
  });

  it('does not take a year for a count', () => {
    expect(findCounts('In 2016 the town fell.')).toEqual([]);
  });
});

describe('casualty figures', () => {
  it('reads killed and wounded with the victims they count (English)', () => {
    expect(casualties('Shelling on the market killed at least 12 civilians and wounded 30 others on Monday.')).toEqual([
      { status: 'killed', victims: 'civilians', count: 12, min: 12, max: null },
      { status: 'wounded', victims: 'unspecified', count: 30, min: 30, max: 30 },
    ]);
    expect(casualties('The blast left 44 dead and 140 injured.')).toEqual([
      { status: 'killed', victims: 'unspecified', count: 44, min: 44, max: 44 },
      { status: 'wounded', victims: 'unspecified', count: 140, min: 140, max: 140 },
    ]);
  });

  it('gives a figure included in another the status of the first ("27 people, among them four children")', () => {
    expect(casualties('The raids killed at least 27 people, among them four children, in the old town.')).toEqual([
      { status: 'killed', victims: 'unspecified', count: 27, min: 27, max: null },
      { status: 'killed', victims: 'children', count: 4, min: 4, max: 4 },
    ]);
  });

  it('counts fighters whatever they are called ("31 ISIL terrorists", "soldats")', () => {
    expect(casualties('Warplanes killed 31 ISIL terrorists near the dam.')[0]).toMatchObject({
      status: 'killed',
      victims: 'fighters',
      count: 31,
    });
    expect(casualties('Huit soldats ont été tués dans une embuscade.', 'fr')[0]).toMatchObject({
      status: 'killed',
      victims: 'fighters',
      count: 8,
    });
  });

  it('reads French figures in words, approximations and bounds', () => {
    expect(casualties('Huit enfants ont été tués dans le bombardement de l’école.', 'fr')).toEqual([
      { status: 'killed', victims: 'children', count: 8, min: 8, max: 8 },
    ]);
    expect(casualties('L’attentat a fait une trentaine de morts et des dizaines de blessés.', 'fr')).toEqual([
      { status: 'killed', victims: 'unspecified', count: 30, min: null, max: null },
      { status: 'wounded', victims: 'unspecified', count: null, min: 20, max: null },
    ]);
    expect(casualties('Au moins 12 civils, dont trois femmes, ont péri.', 'fr')).toEqual([
      { status: 'killed', victims: 'civilians', count: 12, min: 12, max: null },
      { status: 'killed', victims: 'women', count: 3, min: 3, max: 3 },
    ]);
  });

  it('leaves out the toll of the whole war and figures that count no victims', () => {
    expect(casualties('The war, which has since killed more than 300,000 people, began in 2011.')).toEqual([]);
    expect(casualties('Le conflit a fait plus de 350 000 morts depuis 2011.', 'fr')).toEqual([]);
    expect(casualties('Some 200 families fled the village and 12 trucks brought food.')).toEqual([]);
  });

  it('does not give a dateline figure the victims of the next figure', () => {
    expect(casualties('Published 26 November 2017 More than 19 civilians were killed in the town.')).toEqual([
      { status: 'killed', victims: 'civilians', count: 19, min: 20, max: null },
    ]);
  });
});

describe('kind of event', () => {
  const kindOf = (text: string) => eventKind(text, () => 1).kind;
  it('tells air strikes, shelling, bombings, chemical attacks, executions and clashes apart, in both languages', () => {
    expect(kindOf('Russian warplanes carried out air strikes on the town.')).toBe('air-strike');
    expect(kindOf('Des frappes aériennes ont visé la ville.')).toBe('air-strike');
    expect(kindOf('Mortar shells and rockets hit the old quarter.')).toBe('shelling');
    expect(kindOf('Des obus de mortier sont tombés sur le quartier.')).toBe('shelling');
    expect(kindOf('A car bomb exploded near the checkpoint.')).toBe('explosion');
    expect(kindOf('Un attentat à la voiture piégée a frappé le marché.')).toBe('explosion');
    expect(kindOf('Doctors treated patients for exposure to chlorine gas after the shelling.')).toBe('chemical');
    expect(kindOf('Les jihadistes ont exécuté douze otages.')).toBe('execution');
    expect(kindOf('Fierce clashes broke out on the road.')).toBe('clashes');
    expect(kindOf('Le conseil municipal a voté le budget.')).toBe('other');
  });

  it('weighs the headline and lead more than the rest', () => {
    const text = 'Artillery shelled the town. Later reports mentioned a blast and an explosion nearby.';
    expect(eventKind(text, (offset) => (offset < 27 ? 3 : 1)).kind).toBe('shelling');
  });
});

describe('date of the event', () => {
  it('finds a dateline in English and French and in figures', () => {
    expect(firstDate('Published October 12 2016 Activists say')).toBe('2016-10-12');
    expect(firstDate('mardi 12 juillet 2016 — Les rebelles')).toBe('2016-07-12');
    expect(firstDate('17-08-2014 The army')).toBe('2014-08-17');
  });

  it('reads a weekday or "yesterday" against the page’s date', () => {
    // 2016-10-12 is a Wednesday.
    expect(eventDate('At least 27 people were killed on Tuesday.', '2016-10-12')).toBe('2016-10-11');
    expect(eventDate('Au moins 27 personnes ont été tuées mercredi.', '2016-10-12')).toBe('2016-10-12');
    expect(eventDate('Le bombardement a eu lieu hier soir.', '2016-10-12')).toBe('2016-10-11');
    expect(eventDate('The strike hit the town on 9 October.', '2016-10-12')).toBe('2016-10-09');
    expect(eventDate('The strike hit the town.', '2016-10-12')).toBe('2016-10-12');
    expect(eventDate('The strike hit the town on Tuesday.', null)).toBeNull();
  });
});
