// The event card as analyse returns it, on invented news items in English and French.
import { describe, expect, it } from 'vitest';
import { analyse } from '../../lib/analyse/analyse';
import { defaultAutomaton } from '../../lib/analyse/recogniser';
import { eventRoleOf } from '../../lib/event/role';

const card = (text: string, title = '', date?: string) =>
  analyse({ text, title, ...(date ? { date } : {}) }, { automaton: defaultAutomaton() }).event;

describe('event card (English)', () => {
  const text = [
    'Published March 8 2018',
    'Government air strikes killed at least 14 civilians, including five children, in the town of Douma in ' +
      'Eastern Ghouta on Tuesday, the Syrian Observatory for Human Rights said.',
    'State news agency SANA said the army had killed 20 terrorists in the area.',
    'The Syrian army has pressed its offensive against the rebel enclave for two weeks.',
  ].join('\n');
  const event = card(text);

  it('says what happened, where, in which governorate and when', () => {
    expect(event?.kind).toBe('air-strike');
    expect(event?.place?.id).toBe('place/douma');
    expect(event?.place?.governorate).toBe('place/rif-dimashq-governorate');
    expect(text.slice(event!.place!.mention.start, event!.place!.mention.end)).toBe(event!.place!.mention.text);
    // 2018-03-08 is a Thursday: "on Tuesday" is the 6th.
    expect(event?.date).toBe('2018-03-06');
  });

  it('gives each figure its source, and differing accounts stay apart', () => {
    expect(event?.casualties.map((c) => [c.status, c.victims, c.count, c.source])).toEqual([
      ['killed', 'civilians', 14, 'source/sohr'],
      ['killed', 'children', 5, 'source/sohr'],
      ['killed', 'fighters', 20, 'source/sana'],
    ]);
    for (const casualty of event!.casualties) {
      expect(text.slice(casualty.mention.start, casualty.mention.end)).toBe(casualty.mention.text);
    }
  });

  it('names who acted, not who was hit', () => {
    expect(event?.actors[0]).toBe('group/syrian-army');
    const hit = card('US-led coalition air strikes killed 25 Islamic State fighters near Raqqa on Monday.');
    expect(hit?.actors).toContain('group/us-led-coalition');
    expect(hit?.actors).not.toContain('group/islamic-state');
  });

  it('does not take a supporter for the one who acted ("backed by the coalition")', () => {
    const event = card(
      'The Syrian Democratic Forces, backed by the US-led coalition, shelled Islamic State positions in Raqqa, killing 12 jihadists.',
    );
    expect(event?.actors).toContain('group/syrian-democratic-forces');
    expect(event?.actors).not.toContain('group/us-led-coalition');
  });

  it('gives a figure attributed to "the monitor" the source last named, and merges a headline figure with its sourced repeat', () => {
    const text = [
      'Eight civilians killed in shelling on Deir ez-Zor',
      'The Syrian Observatory for Human Rights reported heavy shelling on the city on Friday.',
      'Eight civilians were killed and 20 wounded, the monitor said.',
    ].join('\n');
    const event = card(text);
    expect(event?.casualties.map((c) => [c.status, c.count, c.source])).toEqual([
      ['killed', 8, 'source/sohr'],
      ['wounded', 20, 'source/sohr'],
    ]);
    expect(event?.casualties[0]?.mention.start).toBeGreaterThan(text.indexOf('\nEight'));
  });

  it('is null when the article reports no event', () => {
    expect(
      card('Talks in Geneva between the Syrian government and the opposition resumed, the UN envoy said in Damascus.'),
    ).toBeNull();
  });
});

describe('event card (French)', () => {
  it('reads a French dispatch: kind, place, governorate, figures in words, source, actor', () => {
    const text = [
      'Mardi 4 avril 2017',
      'Une attaque chimique présumée a tué au moins 58 civils, dont onze enfants, mardi à Khan Cheikhoun, ' +
        'dans la province d’Idleb, selon l’Observatoire syrien des droits de l’homme (OSDH).',
      'Une trentaine de personnes ont été blessées, a indiqué un médecin.',
      'L’opposition accuse l’aviation du régime d’avoir largué des bombes contenant du gaz toxique.',
    ].join('\n');
    const event = card(text);
    expect(event?.kind).toBe('chemical');
    expect(event?.place?.governorate).toBe('place/idlib-governorate');
    expect(event?.date).toBe('2017-04-04');
    expect(event?.casualties[0]).toMatchObject({
      status: 'killed',
      victims: 'civilians',
      count: 58,
      min: 58,
      max: null,
      source: 'source/sohr',
    });
    expect(event?.casualties[1]).toMatchObject({ status: 'killed', victims: 'children', count: 11 });
    expect(event?.casualties[2]).toMatchObject({ status: 'wounded', count: 30, min: null, max: null });
    expect(event?.actors).toContain('group/syrian-air-force');
  });
});

describe('who acted, in French', () => {
  it('takes the subject of a siege or an advance, not the group driven out', () => {
    const event = card(
      'L’armée syrienne assiège désormais Raqqa et avance dans les quartiers ouest, où les combats ont tué 40 combattants de Daech.',
    );
    expect(event?.actors).toContain('group/syrian-army');
    expect(event?.actors).not.toContain('group/islamic-state');
  });
});

describe('the event an entity takes part in (hover card)', () => {
  it('is the event for its place, the place’s governorate and its actors, and nothing for a victim group', () => {
    const event = card(
      'Russian air strikes killed at least 12 civilians in Saraqeb in Idlib province on Sunday, a monitor said. ' +
        'The town is held by Hayat Tahrir al-Sham.',
    );
    expect(eventRoleOf(event, 'place/saraqib')).toBe('place');
    expect(eventRoleOf(event, 'place/idlib-governorate')).toBe('place');
    expect(eventRoleOf(event, 'group/russian-forces')).toBe('actor');
    expect(eventRoleOf(event, 'group/hayat-tahrir-al-sham')).toBeNull();
    expect(eventRoleOf(null, 'place/saraqib')).toBeNull();
  });
});
