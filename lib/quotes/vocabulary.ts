// Attribution vocabulary in both languages: the verbs that introduce reported speech and the phrases that name
// whom a statement comes from. Kept here, apart from the matching code, so that adding a verb touches nothing else.
import { AFTER_NON_LETTER, type Branch } from '../text/word-matches';

const FRENCH_VERBS = [
  'déclaré',
  'affirmé',
  'annoncé',
  'ajouté',
  'précisé',
  'indiqué',
  'expliqué',
  'souligné',
  'assuré',
  'estimé',
  'dit',
  'poursuivi',
  'martelé',
  'insisté',
  'confié',
  'averti',
  'prévenu',
  'rapporté',
  'écrit',
  'commenté',
  'conclu',
  'lancé',
  'noté',
  'répondu',
  'confirmé',
  'dénoncé',
  'accusé',
  'démenti',
  'affirmé',
  'fait savoir',
  'déclare',
  'affirme',
  'annonce',
  'ajoute',
  'précise',
  'indique',
  'explique',
  'souligne',
  'assure',
  'estime',
  'poursuit',
  'martèle',
  'insiste',
  'confie',
  'avertit',
  'prévient',
  'rapporte',
  'écrit',
  'commente',
  'conclut',
  'lance',
  'note',
  'répond',
  'confirme',
  'dénonce',
  'accuse',
  'dément',
  'a-t-il dit',
  'promet',
  'promis',
];
const ENGLISH_VERBS = [
  'said',
  'says',
  'told',
  'added',
  'adds',
  'stated',
  'states',
  'declared',
  'announced',
  'explained',
  'noted',
  'warned',
  'wrote',
  'reported',
  'claimed',
  'insisted',
  'continued',
  'stressed',
  'confirmed',
  'denied',
  'argued',
  'asserted',
  'affirmed',
  'tweeted',
  'quoted',
  'replied',
  'replies',
  'goes on',
  'went on',
  'commented',
  'recalled',
  'explains',
  'notes',
  'warns',
  'vowed',
  'vows',
  'promised',
  'promises',
];

const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternation = (words: readonly string[]) =>
  [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|');

export const VERB = `(?:${alternation([...FRENCH_VERBS, ...ENGLISH_VERBS])})`;
const FRENCH_AUXILIARY = `(?:a|ont|avait|avaient|aurait|auraient|va|vient\\s+d[e'’])`;

const END = '(?![\\p{L}\\p{N}])';

/** "», a-t-il précisé" / "», ajoute-t-elle" / "”, he said": the speaker of the previous quote speaks again. */
export const AFTER_QUOTE_PRONOUN = new RegExp(
  `^[\\s,]*(?:(?:a|ont|avait|avaient)(?:-t)?-(?:il|elle|ils|elles|on)\\s+${VERB}|${VERB}(?:-t)?-(?:il|elle|ils|elles|on)|(?:he|she|they)\\s+(?:has\\s+|had\\s+)?${VERB}|${VERB}\\s+(?:he|she|they))${END}`,
  'iu',
);

/** "», a déclaré X" / "”, said X" — the verb first, then the speaker. */
export const AFTER_QUOTE_INVERTED = new RegExp(`^[\\s,]*(?:${FRENCH_AUXILIARY}\\s+)?${VERB}${END}`, 'iu');

/** "», X a déclaré" / "” X said" — the speaker, then the verb. */
export const AFTER_QUOTE_SUBJECT = new RegExp(
  `^[\\s,]*(.{1,140}?)\\s+(?:${FRENCH_AUXILIARY}\\s+|has\\s+|had\\s+)?${VERB}${END}`,
  'iu',
);

/** "X a déclaré :" / "X said:" / "Il ajoute :" — the clause just before a quote. */
export const BEFORE_QUOTE = new RegExp(
  `(?:^|[.!?\\n]\\s*|,\\s+)([^.!?\\n]{1,160}?)\\s+(?:${FRENCH_AUXILIARY}\\s+)?(${VERB})${END}((?:\\s+[^:,.«»“”"!?\\n]{1,60})?)\\s*[:,]?\\s*$`,
  'iu',
);

/** "Un habitant de Khasham, joint par téléphone, décrit une nuit de panique : «" — a clause that hands over to the quote. */
export const COLON_BEFORE = /(?:^|[.!?\n»”]\s*)([^.!?\n:«»“”]{3,220}?)\s*:\s*$/u;

/** "Selon X, «" / "According to X: “" — or a sentence opening on "Selon X," that the quote belongs to. */
export const ACCORDING_TO_BEFORE =
  /(?:selon|d['’]après|according\s+to|cité(?:e|s|es)?\s+par|quoted\s+by)\s+([^.!?\n]{1,200}?)[\s,:]*$/iu;
/** "», selon X" / "”, according to X" / "», cité par X": the attribution right after the quote. */
export const ACCORDING_TO_AFTER =
  /^[\s,]*(?:selon|d['’]après|according\s+to|cité(?:e|s|es)?\s+par|quoted\s+by|cited\s+by)\s+/iu;
export const ACCORDING_TO_OPENING = /^(?:selon|d['’]après|according\s+to)\s+([^,.!?\n]{1,150}),/iu;

export const PRONOUN = /^(?:il|elle|ils|elles|on|he|she|they|it|celui-ci|celle-ci|ce dernier|cette dernière)$/iu;
/** Pronouns that stand for one person, resolved to the last person named before them. */
export const PERSON_PRONOUN = /^(?:il|elle|he|she|celui-ci|celle-ci|ce dernier|cette dernière)$/iu;

/** Lower case without accents: how the word lists below are compared. */
export function plain(word: string): string {
  // Plain ASCII words, the most frequent, need no normalisation.
  const lower = /^[\x20-\x7e]*$/.test(word)
    ? word.toLowerCase()
    : word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  return lower.endsWith('.') ? lower.slice(0, -1) : lower;
}

/**
 * Titles, ranks and offices written before a name ("Sen. John McCain", "Navy Capt. Ana Ruiz", "le ministre
 * Karim Haddad", "Defense Secretary Ash Carter"): they open a capitalised run without being part of the name.
 * Folded, without their dot.
 */
export const TITLE_WORDS = new Set(
  `mr mrs ms miss dr m mme mlle me pr gen general général lt lieutenant col colonel capt captain capitaine cmdr cdr
  commander commandant maj major brig brigadier adm admiral amiral sgt sergeant sergent cpl corporal sen senator
  sénateur rep representative gov governor gouverneur pres president président prime premier minister ministre
  secretary secrétaire foreign defense defence interior state deputy vice chief chef spokesman spokeswoman
  spokesperson sheikh cheikh imam emir king roi prince queen reine army navy marine marines air force police
  ambassador ambassadeur envoy émissaire judge juge father père saint st sir lord lady dame pope pape commissioner
  director directeur head high commodore staff private pvt petty officer airman specialist spc lance`
    .split(/\s+/)
    .filter(Boolean)
    .map(plain),
);

/**
 * Capitalised words that are not names: sentence openers, function words, pronouns, days and months. A name
 * never starts with one ("Wait", "But", "And", "Selon", "However" are never speakers).
 */
export const NOT_NAME_WORDS = new Set(
  `the a an and but or so yet then wait however following meanwhile also still now today yesterday this that these those
  there here his her their its our my your we they he she it i you who what when where why how if as at by for from
  in into of on to with without after before during since while although though because according despite
  le la les l un une des du de d et mais ou donc or ni car puis ainsi alors selon d'après pour par sur sous dans
  avec sans chez vers après avant depuis pendant lorsque quand si comme il elle ils elles on nous vous je tu ce
  cet cette ces son sa ses leur leurs notre nos votre vos mon ma mes qui que quoi dont où
  monday tuesday wednesday thursday friday saturday sunday lundi mardi mercredi jeudi vendredi samedi dimanche
  january february march april may june july august september october november december janvier février mars
  avril mai juin juillet août septembre octobre novembre décembre`
    .split(/\s+/)
    .filter(Boolean)
    .map(plain),
);

/**
 * Demonyms and confessions: a capitalised run holding one is a people or a force ("Shia Muslim militias",
 * "Kurdish fighters"), never a person's name.
 */
export const DEMONYMS = new Set(
  `shia shiite shiites sunni sunnis muslim muslims christian christians kurd kurds kurdish arab arabs yazidi
  druze alawite syrian syrians iraqi iraqis iranian iranians turkish turks russian russians american americans
  british french lebanese jordanian israeli israelis palestinian palestinians saudi egyptian western european
  syrien syrienne syriens irakien irakienne irakiens iranien iranienne turc turque russe russes américain
  américaine britannique français française libanais libanaise jordanien israélien palestinien saoudien kurde
  kurdes arabe arabes chiite chiites sunnite sunnites musulman musulmans chrétien chrétiens`
    .split(/\s+/)
    .filter(Boolean)
    .map(plain),
);

/**
 * Abbreviations whose dot does not end a sentence: initials and acronyms ("U.S.", "Stephen J. Townsend"), titles
 * ("Gen.", "Capt.", "M.") and months ("Nov. 24").
 */
export const ABBREVIATION_DOT: Branch = {
  // The lookbehind is tested apart, once the abbreviation is found (see lib/text/word-matches).
  before: AFTER_NON_LETTER,
  pattern:
    /(?:\p{Lu}|Mr|Mrs|Ms|Dr|St|Gen|Lt|Col|Capt|Cpt|Sen|Rep|Sgt|Maj|Adm|Gov|Brig|Cmdr|Cdr|Pvt|Cpl|Spc|Jr|Sr|Mt|No|Jan|Feb|Mar|Apr|Aug|Sept|Sep|Oct|Nov|Dec|Mme|Mlle|Pr|Me)\.(?=[\s,”"’]*[\p{L}\d(])/gu,
};

/** Last words that make a capitalised name an organisation rather than a person ("Foreign Office"). */
export const ORGANISATION_HEADS = new Set(
  `office ministry ministère navy marines command council conseil forces force army armée agency agence observatory
  observatoire committee comité department département organisation organization centre center coalition
  government gouvernement nations union front brigade brigades battalion bataillon division regiment régiment
  corps service services news press presse times post mirror tv television télévision radio channel network
  group groupe party parti movement mouvement authority authorities autorité bureau commission institute
  institut foundation fondation fund fonds bank banque company ministries mission university université hospital
  hôpital airport aéroport school école mosque mosquée camp street rue road route square bridge pont dam barrage`
    .split(/\s+/)
    .filter(Boolean)
    .map(plain),
);

export type DescriptionKind = 'person' | 'outlet' | 'organisation';

/**
 * Head nouns of the descriptions that stand for a named speaker ("the channel", "la chaîne", "the minister",
 * "le porte-parole", "the centre"), with the kind of antecedent they take. Folded.
 */
export const DESCRIPTION_HEADS: Record<string, DescriptionKind> = Object.fromEntries([
  ...`minister ministre secretary secrétaire spokesman spokeswoman spokesperson porte-parole commander commandant
  general général colonel president président official responsable envoy émissaire ambassador ambassadeur chief
  chef leader dirigeant director directeur directrice senator sénateur governor gouverneur mayor maire premier
  diplomat diplomate`
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => [plain(word), 'person' as const]),
  ...`channel chaîne chaine television télévision broadcaster agency agence newspaper journal quotidien daily paper
  website site outlet média media`
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => [plain(word), 'outlet' as const]),
  ...`centre center observatory observatoire monitor ministry ministère army armée group groupe organisation
  organization coalition government gouvernement command commandement council conseil office bureau`
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => [plain(word), 'organisation' as const]),
]);

/** "notre correspondant", "our correspondent": the outlet's own reporter, who is never a named source. */
export const OWN_REPORTER =
  /^(?:notre|nos|our)\s+(?:correspondante?s?|envoyée?s?\s+spéciale?s?|reporters?|correspondents?)$/iu;

// Unnamed sources are reported as such rather than dropped ("une source militaire", "sources close to…").
export const ANONYMOUS =
  /^(?:une?|des|la|les|a|an|the|some|several|plusieurs)?\s*(?:sources?|responsables?|officiels?|officials?|témoins?|witnesses?|commandant|commander|militaires?|diplomates?|diplomats?|habitants?|residents?|activistes?|activists?|journalistes?|journalist)\b/iu;

/** Phrases that attribute a statement to the name that follows them (the name is a source for this article). */
export const ATTRIBUTION_BEFORE =
  /(?:selon|d['’]après|according\s+to|cité(?:e|s|es)?\s+par|quoted\s+by|citing|cited\s+by|(?:a|ont)\s+(?:rapporté|indiqué|annoncé|affirmé|déclaré|précisé|fait\s+savoir)|rapportent|rapporte|indiquent|indique|annoncent|annonce|reported\s+by|told|said|says|reported|statement\s+by|communiqué\s+(?:de|du|des))\s+(?:[\p{L}'’-]+\s+){0,6}(?:[ld]['’])?$/iu;

/** Verbs that make the name just before them a source ("X said", "l'OSDH a rapporté"). */
export const ATTRIBUTION_AFTER = new RegExp(
  // An adverbial may sit between auxiliary and verb: "Sana a pour sa part indiqué", "X has also said".
  `^[\\s,)]*(?:\\([^)]{1,20}\\)\\s*)?(?:(?:${FRENCH_AUXILIARY}|has|had)\\s+(?:[\\p{L}'’]+\\s+){0,3}?)?(?:${VERB}|reported|a\\s+rapporté|rapporte)(?![\\p{L}\\p{N}])`,
  'iu',
);
