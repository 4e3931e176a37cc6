// French news items with the card a reader should get (tests/fixtures/events/*): kind, place and governorate,
// date, who acted, and every casualty figure with its source.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../lib/analyse/analyse';
import { defaultAutomaton } from '../../lib/analyse/recogniser';
import { titleOf } from '../../lib/corpus/title';

const DIR = resolve(import.meta.dirname, '../fixtures/events');
const cases = readdirSync(DIR, { withFileTypes: true }).filter((entry) => entry.isDirectory());

describe('event cards of French news items', () => {
  it('has fixtures to check', () => expect(cases.length).toBeGreaterThanOrEqual(3));

  for (const { name } of cases) {
    it(name, () => {
      const text = readFileSync(join(DIR, name, 'page.txt'), 'utf8');
      const { pageDate, ...expected } = JSON.parse(readFileSync(join(DIR, name, 'expected.json'), 'utf8')) as {
        pageDate?: string;
      };
      const analysis = analyse(
        { text, title: titleOf(text), ...(pageDate ? { date: pageDate } : {}) },
        { automaton: defaultAutomaton() },
      );
      expect(analysis.lang).toBe('fr');
      const event = analysis.event;
      expect(event).not.toBeNull();
      const card = {
        kind: event!.kind,
        place: event!.place && { id: event!.place.id, governorate: event!.place.governorate },
        date: event!.date,
        actors: event!.actors,
        casualties: event!.casualties.map(({ mention: _mention, ...rest }) => rest),
      };
      expect(card).toEqual(expected);
    });
  }
});
