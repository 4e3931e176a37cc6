import { describe, expect, it } from 'vitest';
import { analyse } from '../../lib/analyse/analyse';
import { defaultAutomaton } from '../../lib/analyse/recogniser';
import type { Analysis } from '../../lib/types';
import { analyseQuotes, SIEVE } from '../../lib/quotes/sieve';
import { nameCandidates } from '../../lib/quotes/names';
import { referenceOf } from '../../lib/quotes/coreference';

// Invented sentences, none from a fixture or a dataset. Without recognised mentions, the sieve relies on its own
// capitalised-name finder: these speakers are all outside the knowledge base.
const speakers = (text: string) => analyseQuotes(text, []).quotes.map((quote) => quote.speaker?.text ?? null);
const run = (text: string): Analysis => analyse({ text }, { automaton: defaultAutomaton() });

describe('the order of the sieve', () => {
  it('is an explicit list of named rules', () => {
    expect(SIEVE.map((rule) => rule.name)).toEqual([
      'according to before the quote',
      'speaker and verb before the quote',
      'colon-introduced quote',
      'after-quote pronoun',
      'after-quote according to',
      'after-quote verb then speaker',
      'after-quote speaker then verb',
      'sentence opening on according to',
      'continuation of the previous quote',
      'reporting sentence before a paragraph-opening quote',
    ]);
  });
});

describe('names as speakers, never fragments', () => {
  it('takes titles off a name instead of cutting it ("M. Hariri", "Sen. … of Arizona", "Navy Capt.")', () => {
    expect(speakers('« Le pays ne peut plus attendre un gouvernement », a déclaré M. Dabbagh.')).toEqual(['Dabbagh']);
    expect(speakers('“We will not abandon our partners in the north,” said Sen. Walter Brennan of Ohio.')).toEqual([
      'Walter Brennan',
    ]);
    expect(speakers('“The ship will stay in the Gulf until spring,” said Navy Capt. Laura Finch.')).toEqual([
      'Laura Finch',
    ]);
  });

  it('never makes a speaker of a sentence opener or a function word', () => {
    const candidates = nameCandidates('Wait. But the talks resumed. And Meanwhile nothing changed.', []);
    expect(candidates).toEqual([]);
    expect(speakers('“Nobody knows where the convoy went,” But said nothing more.')).toEqual([null]);
  });

  it('reads a lone surname as the person named in full before ("Carter said")', () => {
    expect(
      speakers('Defence Secretary Maren Holt visited the base on Monday.\n“The mission is not over,” Holt said.'),
    ).toEqual(['Maren Holt']);
  });

  it('keeps a nickname in quotation marks inside the name', () => {
    expect(
      speakers('“Supplies reached the valley at dawn,” said Col. Peter “P.J.” Marsh, the task force spokesman.'),
    ).toEqual(['Peter “P.J.” Marsh']);
  });
});

describe('the rules of the sieve', () => {
  it('after the quote: verb then speaker, with the apposition left out ("said X, a spokeswoman for…")', () => {
    expect(
      speakers('“Three clinics closed this week alone,” said Lina Faris, a spokeswoman for the relief agency.'),
    ).toEqual(['Lina Faris']);
    expect(
      speakers('« Trois dispensaires ont fermé », a déclaré Karim Ayoub, commandant d’une brigade locale.'),
    ).toEqual(['Karim Ayoub']);
  });

  it('before the quote: the subject, not the organisation in its apposition', () => {
    expect(speakers('Gen. Tomas Reyes, commander of Northern Task Command, said: “The bridge will hold.”')).toEqual([
      'Tomas Reyes',
    ]);
  });

  it('according to / selon / d’après / cité par', () => {
    expect(speakers('Selon Nadia Karam, « les réfugiés ne rentreront pas cet hiver ».')).toEqual(['Nadia Karam']);
    expect(speakers('D’après Youssef Tarabi, « la route du sud reste coupée ».')).toEqual(['Youssef Tarabi']);
    expect(speakers('« La route du sud reste coupée depuis lundi », cité par Youssef Tarabi.')).toEqual([
      'Youssef Tarabi',
    ]);
  });

  it('a colon-introduced quote belongs to the subject of its clause, not to a name after the verb', () => {
    expect(
      speakers('Walid Nasr décrit ensuite la visite des émissaires de Hanna Saleh : « Ils sont repartis sans rien. »'),
    ).toEqual(['Walid Nasr']);
  });

  it('a headline: the place before the colon does not speak, the name after the verb does', () => {
    expect(
      speakers('Homs : « Nous reconstruirons le marché avant l’hiver », promet Hala Jaber\nLe chantier a commencé.'),
    ).toEqual(['Hala Jaber']);
    expect(speakers('Hala Jaber : « Nous reconstruirons le marché avant l’hiver »\nLe chantier a commencé.')).toEqual([
      'Hala Jaber',
    ]);
  });

  it('the wrong neighbour: “…, a affirmé notre correspondant” is not given to a name before the comma', () => {
    const text =
      '« Le cessez-le-feu dépend des conditions posées par Omar Zayed et par le conseil militaire », a affirmé notre correspondant.';
    expect(speakers(text)).toEqual([null]);
  });

  it('an unnamed source keeps its words; a description nobody is named for is no speaker', () => {
    expect(speakers('« Les convois passeront demain », a indiqué une source sécuritaire.')).toEqual([
      'une source sécuritaire',
    ]);
    expect(speakers('“We lost the harvest and the house,” the farmer said.')).toEqual([null]);
  });

  it('a quote that carries on after its attribution keeps the speaker', () => {
    expect(
      speakers('“The water is gone,” said Hadi Marwan. “We drink what the trucks bring.”\n“Nobody else comes here.”'),
    ).toEqual(['Hadi Marwan', 'Hadi Marwan', 'Hadi Marwan']);
  });

  it('a paragraph that opens on a quote after a sentence reporting its speaker', () => {
    expect(speakers('Later, Salma Idris says the school may reopen.\n“We have teachers but no roof.”')).toEqual([
      'Salma Idris',
    ]);
  });
});

describe('coreference of pronouns and descriptions', () => {
  it('“he said” / “a-t-il ajouté” is the last person named before, with the pronoun as mention', () => {
    const text = 'Rafiq Hamdan spoke after the vote.\n“We will go back to the table,” he said.';
    const quote = analyseQuotes(text, []).quotes[0]!;
    expect(quote.speaker?.text).toBe('Rafiq Hamdan');
    expect(quote.speaker?.mention).toEqual({
      start: text.indexOf('he said'),
      end: text.indexOf('he said') + 2,
      text: 'he',
    });
    expect(speakers('Le député Sami Khoury a quitté la séance. « Nous ne voterons pas », a-t-il ajouté.')).toEqual([
      'Sami Khoury',
    ]);
  });

  it('a pronoun of the other gender does not stand for a man already called “he”', () => {
    const text =
      'Tarek Mansour met the delegation.\n“The border stays open,” he said.\nA young woman stood by the gate.\n“I want to go home,” she said.';
    expect(speakers(text)).toEqual(['Tarek Mansour', null]);
  });

  it('a description resolves to the last named antecedent of its kind (the minister, the channel, la chaîne)', () => {
    const minister =
      'Ola Brandt, the foreign minister, arrived in Beirut.\n“We need a corridor now,” the minister said.';
    const quote = analyseQuotes(minister, []).quotes[0]!;
    expect(quote.speaker?.text).toBe('Ola Brandt');
    expect(quote.speaker?.mention?.text).toBe('the minister');

    const channel = run(
      'Al Jazeera broadcast footage of the convoy on Monday. « Les camions ont été arrêtés à la frontière », a rapporté la chaîne.',
    );
    expect(channel.quotes[0]!.speaker).toMatchObject({ entityId: 'source/al-jazeera', mention: { text: 'la chaîne' } });
  });

  it('knows which words stand for someone else', () => {
    expect(referenceOf('il')).toEqual({ kind: 'pronoun', gender: 'm' });
    expect(referenceOf('the channel')).toMatchObject({ kind: 'description', wants: 'outlet' });
    expect(referenceOf('le porte-parole')).toMatchObject({ kind: 'description', wants: 'person' });
    expect(referenceOf('the centre')).toMatchObject({ kind: 'description', wants: 'organisation' });
    expect(referenceOf('notre correspondant')).toEqual({ kind: 'own-reporter' });
    expect(referenceOf('the farmer')).toBeNull();
  });
});

describe('names that hold other names', () => {
  it('a name with a possessive is still a person ("In Omar Fawzi’s shop … he said")', () => {
    expect(
      speakers(
        'Nadia Rahal runs the clinic next door. In Omar Fawzi’s shop, the shelves are empty. “Nothing came this month,” he said.',
      ),
    ).toEqual(['Omar Fawzi']);
  });

  it('a name before an organisation word is a body, not a person ("the Saif al-Din brigade said")', () => {
    const candidates = nameCandidates('Fighters of the Saif al-Din brigade said they had withdrawn.', []);
    expect(candidates.find((candidate) => candidate.text === 'Saif al-Din')?.kind).toBe('organisation');
  });

  it('a speaker whose first name the recogniser read as a town is a person, and the town is gone', () => {
    const analysis = run(
      'Des écoles ont été détruites à Deir ez-Zor. « Les classes rouvriront en septembre », a affirmé Jasim Kanaan, directeur régional de l’éducation.',
    );
    expect(analysis.quotes[0]!.speaker?.text).toBe('Jasim Kanaan');
    expect(analysis.entities.some((entity) => entity.id === 'place/jasim')).toBe(false);
    expect(analysis.entities.find((entity) => entity.name === 'Jasim Kanaan')).toMatchObject({
      quoted: true,
      linked: false,
    });
  });
});

describe('speakers outside the knowledge base in the analysis', () => {
  it('a named speaker nobody recognised becomes a quoted person that is not linked', () => {
    const analysis = run(
      'Des combats ont eu lieu près de Deir ez-Zor. « Nous avons perdu trois hommes », a déclaré Bassel Haddour, commandant d’une unité locale.',
    );
    expect(analysis.quotes[0]!.speaker).toEqual({ text: 'Bassel Haddour', entityId: null });
    const person = analysis.entities.find((entity) => entity.id === 'person/basel-hadur');
    expect(person).toMatchObject({ type: 'person', quoted: true, linked: false, name: 'Bassel Haddour' });
    expect(person!.mentions.map((mention) => mention.text)).toEqual(['Bassel Haddour']);
  });
});
