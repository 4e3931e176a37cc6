// Names the knowledge base does not know, on invented sentences (none from a fixture or a dataset).
import { describe, expect, it } from 'vitest';
import { analyse } from '../../lib/analyse/analyse';
import { defaultAutomaton } from '../../lib/analyse/recogniser';
import { recogniseMentions } from '../../lib/recognise/recognise';

const found = (text: string) =>
  recogniseMentions(text, defaultAutomaton()).map((mention) => `${mention.entity.id}:${mention.text}`);
const ids = (text: string) => found(text).map((item) => item.split(':')[0]);

describe('people the knowledge base does not know', () => {
  it('reads a first name followed by a surname as a person, and the surname alone later as the same person', () => {
    expect(found('Lina Haddad, a spokeswoman for the agency, said the road was closed. Haddad added more.')).toEqual([
      'person/lina-hadad:Lina Haddad',
      'person/lina-hadad:Haddad',
    ]);
  });

  it('reads a name after a title, capitalised or not, in English and French', () => {
    expect(found('Col. Peter Brandt told reporters')).toEqual(['person/peter-brandt:Peter Brandt']);
    expect(found('M. Durandeau a rencontré Mme Kessler')).toEqual([
      'person/durandeau:Durandeau',
      'person/kesler:Kessler',
    ]);
    expect(found('selon le général Tarek Zouabi, la ville tient')).toEqual(['person/tarek-zuabi:Tarek Zouabi']);
  });

  it('keeps Arabic particles and kunyas inside the name', () => {
    expect(found('Abu Jarrah al-Tamimi was killed. Later al-Tamimi was buried.')).toEqual([
      'person/abu-jarah-al-tamimi:Abu Jarrah al-Tamimi',
      'person/abu-jarah-al-tamimi:Tamimi',
    ]);
    expect(ids('said Karim bin Salem')).toEqual(['person/karim-bin-salem']);
  });

  it('joins "Mr X" to the full name given elsewhere', () => {
    expect(ids('Rupert Tallis spoke first. Mr Tallis then left.')).toEqual([
      'person/rupert-talis',
      'person/rupert-talis',
    ]);
  });

  it('does not read months, function words, streets or institutions named after people as persons', () => {
    expect(found('In May the talks resumed')).toEqual([]);
    expect(found('a car bomb on Mohammed Ali Street killed three')).not.toContainEqual(
      expect.stringMatching(/^person\//),
    );
    expect(found('the Omar Mukhtar Brigades fought on')).not.toContainEqual(expect.stringMatching(/^person\//));
  });

  it('reads a lone first name after a word of place as no person (many first names are places too)', () => {
    // Georgia is also a country of the knowledge base's world layer: whatever it is here, it is no person.
    expect(found('a senator from Georgia said')).not.toContainEqual(expect.stringMatching(/^person\//));
    // A first name that is no place of the knowledge base (Georgia is now a country of its world layer).
    expect(found('a senator from Savannah said')).toEqual([]);
    expect(found('Savannah said she would stay')).toEqual(['person/savanah:Savannah']);
  });
});

describe('places the knowledge base does not know', () => {
  it('reads the name after "the village of" or "la localité de", and the name again later', () => {
    expect(found('the village of Zawiyat Harb was shelled; Zawiyat Harb is empty now')).toEqual([
      'place/zawiat-harb:Zawiyat Harb',
      'place/zawiat-harb:Zawiyat Harb',
    ]);
    expect(found('des tirs sur la localité de Kfar Zeitoun')).toEqual(['place/kfar-zeitun:Kfar Zeitoun']);
  });

  it('reads Arabic toponym openers (Wadi, Tal, Umm, Khirbet) as places', () => {
    expect(ids('fighters moved from Wadi Qandil to Tal Hamra and Khirbet Salim')).toEqual([
      'place/wadi-kandil',
      'place/tal-hamra',
      'place/khirbet-salim',
    ]);
  });

  it('reads a name before a head word (district, airbase, Dam) as a place, the head kept only when capitalised', () => {
    expect(found('a blast in the Zuhur district')).toEqual(['place/zuhur:Zuhur']);
    expect(found('near the Qarqur Dam')).toEqual(['place/karkur-dam:Qarqur Dam']);
  });

  it('reads a name before "industrial city" or "industrial zone" as a place, even after a title word', () => {
    expect(ids('workshops in the Sheikh Rami industrial city were looted')).toEqual(['place/sheikh-rami']);
    expect(ids('a fire at the Kafr Salim industrial zone')).toEqual(['place/kafr-salim']);
  });

  it('does not take a demonym before "village of" for the village', () => {
    expect(found('the Yazidi village of Kocho')).toEqual(['place/kosho:Kocho']);
  });
});

describe('organisations and names inside names', () => {
  it('does not read a country inside an organisation or outlet name as a place', () => {
    expect(ids('The Syria Recovery Trust Fund pledged money')).toEqual(['source/siria-recoveri-trust-fund']);
    expect(ids('the Bahrain Mirror reported')).toEqual(['source/bahrain-miror']);
    expect(ids('the Bahrain Mirror reported')).not.toContain('place/bahrain');
  });

  it('reads an organisation named by its head word, with "of" complements', () => {
    expect(found('the Iraqi Ministry of Water Resources said')).toEqual([
      'source/iraki-ministri-of-water-resurces:Iraqi Ministry of Water Resources',
    ]);
    expect(found('the 12th Mountain Brigade advanced')).toEqual(['group/12th-muntain-brigade:12th Mountain Brigade']);
  });

  it('gives a spelled-out name the entity of the known acronym in brackets after it', () => {
    expect(ids('the Kurdish Peoples Protection Units (YPG) advanced')).toEqual(['group/ypg', 'group/ypg']);
  });

  it('reads "Islamic State in Iraq" as the group and the country, unless the text names the older group', () => {
    expect(ids('the coalition kept fighting the Islamic State in Iraq')).toEqual(['group/islamic-state', 'place/iraq']);
    expect(ids('The Islamic State of Iraq was founded in 2006; the Islamic State in Iraq then grew')).toEqual([
      'group/islamic-state-of-iraq',
      'group/islamic-state-of-iraq',
    ]);
  });

  it('tells the channel from the town by the words around the name', () => {
    expect(ids('the al-Mayadeen channel reported clashes')).toEqual(['source/al-mayadeen']);
    expect(ids('fighting raged in al-Mayadeen on Sunday')).toEqual(['place/mayadin']);
  });
});

describe('linked', () => {
  it('is true for knowledge-base entities and false for names found from the text alone', () => {
    const analysis = analyse(
      { text: 'Shelling hit Aleppo and the village of Zawiyat Harb. Lina Haddad, a doctor, said nobody died.' },
      { automaton: defaultAutomaton() },
    );
    const linked = Object.fromEntries(analysis.entities.map((entity) => [entity.id, entity.linked]));
    expect(linked).toMatchObject({ 'place/aleppo': true, 'place/zawiat-harb': false, 'person/lina-hadad': false });
  });
});
