// Other accounts of the same event, on invented dispatches (English and French).
import { describe, expect, it } from 'vitest';
import { analyse } from '../../lib/analyse/analyse';
import { defaultAutomaton } from '../../lib/analyse/recogniser';
import { knowledgeEntities } from '../../lib/knowledge/bundled';
import { withMentions } from '../../lib/corpus/mentions';
import { compatibleKinds, otherAccounts } from '../../lib/corpus/accounts';
import type { LibraryEntry } from '../../lib/corpus/library';
import { textEvent } from '../../lib/event/text-event';

const automaton = defaultAutomaton();
const eventOf = (entry: Pick<LibraryEntry, 'text' | 'title'>) =>
  analyse({ text: entry.text, title: entry.title }, { automaton }).event;
const entry = (id: string, outlet: string, text: string): LibraryEntry =>
  withMentions(
    { id, title: text.split('\n')[0]!, text, lang: 'en', outlet, origin: 'imported', addedAt: 0 },
    automaton,
  );

const read = eventOf({
  title: '',
  text: 'Published March 8 2018\nAir strikes killed at least 14 civilians in Douma on Tuesday, the Syrian Observatory for Human Rights said.',
});

const entries = [
  entry('state', 'SANA', 'March 6 2018\nThe Syrian army killed 20 terrorists in Douma on Tuesday, SANA reported. Army artillery shelled their positions.'),
  entry('nearby', 'AFP', 'Published March 7 2018\nAir strikes on Harasta killed 9 civilians on Tuesday, the Syrian Observatory for Human Rights said.'),
  entry('later', 'Reuters', 'Published March 25 2018\nAir strikes killed 5 civilians in Douma on Sunday, a monitor said.'),
  entry('elsewhere', 'AFP', 'Published March 7 2018\nAir strikes killed 11 civilians in Aleppo on Tuesday, the Syrian Observatory for Human Rights said.'),
  entry('fr', 'France 24', 'Publié le 7 mars 2018\nDes frappes aériennes ont tué au moins 14 civils mardi à Douma, selon l’OSDH.'),
]; // prettier-ignore

describe('other accounts of the same event', () => {
  const accounts = otherAccounts(read, entries, { eventOf, entities: knowledgeEntities() });

  it('finds entries with the same place or governorate, within a few days, of a compatible kind', () => {
    expect(read?.place?.id).toBe('place/douma');
    expect(accounts.map((account) => account.id).sort()).toEqual(['fr', 'nearby', 'state']);
  });

  it('says what differs: the toll and who acted, or the place within the governorate', () => {
    const state = accounts.find((account) => account.id === 'state')!;
    expect(state.outlet).toBe('SANA');
    expect(state.differs).toEqual(expect.arrayContaining(['casualties', 'actors']));
    expect(state.event.casualties[0]).toMatchObject({ victims: 'fighters', count: 20, source: 'source/sana' });
    expect(accounts.find((account) => account.id === 'nearby')!.differs).toContain('place');
  });

  it('finds nothing different in the same account told in French', () => {
    expect(accounts.find((account) => account.id === 'fr')!.differs).toEqual([]);
  });

  it('leaves the article itself out, and needs a place', () => {
    expect(
      otherAccounts(read, entries, { eventOf, entities: knowledgeEntities(), excludeId: 'state' }).map((a) => a.id),
    ).not.toContain('state');
    expect(
      otherAccounts(read && { ...read, place: null }, entries, { eventOf, entities: knowledgeEntities() }),
    ).toEqual([]);
  });

  it('reads an entry’s card alone as the full analysis does, with its stored date as the reference', () => {
    const text =
      'Air strikes killed at least 14 civilians in Douma on Tuesday, the Syrian Observatory for Human Rights said.';
    expect(textEvent({ text, date: '2018-03-08T10:00:00Z' }, automaton)).toEqual(
      analyse({ text, date: '2018-03-08' }, { automaton }).event,
    );
    expect(textEvent({ text, date: '2018-03-08' }, automaton)?.date).toBe('2018-03-06');
  });

  it('gives a long entry the card the popup gives it: its lead tells the event, not a strike told 30,000 characters on', () => {
    const filler =
      'The Syrian army and rebels fought near Aleppo, Idlib and Hama, the Syrian Observatory said.\n'.repeat(400);
    const text = `Air strikes killed 7 civilians in Douma on Tuesday, the Syrian Observatory for Human Rights said.\n${filler}A car bomb killed 40 people in Azaz on Friday, a monitor said.`;
    const card = textEvent({ text, date: '2018-03-08' }, automaton);
    expect(card).toEqual(analyse({ text, date: '2018-03-08' }, { automaton }).event);
    expect(card).toMatchObject({ kind: 'air-strike', casualties: [{ victims: 'civilians', count: 7 }] });
    expect(card?.place?.id).not.toBe('place/azaz');
  });

  it('takes shelling and air strikes for two names of one bombardment, not for a car bomb', () => {
    expect(compatibleKinds('shelling', 'air-strike')).toBe(true);
    expect(compatibleKinds('clashes', 'execution')).toBe(true);
    expect(compatibleKinds('explosion', 'air-strike')).toBe(false);
  });
});
