// Attribution vocabulary in both languages: the verbs that introduce reported speech and the phrases that name
// whom a statement comes from. Kept here, apart from the matching code, so that adding a verb touches nothing else.

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
  `(?:^|[.!?\\n]\\s*|,\\s+)([^.!?\\n]{1,160}?)\\s+(?:${FRENCH_AUXILIARY}\\s+)?(${VERB})(?:\\s+(?:à|to)\\s+[^:,.]{1,50})?\\s*[:,]?\\s*$`,
  'iu',
);

/** "Un habitant de Khasham, joint par téléphone, décrit une nuit de panique : «" — a clause that hands over to the quote. */
export const COLON_BEFORE = /(?:^|[.!?\n»”]\s*)([^.!?\n:«»“”]{3,220}?)\s*:\s*$/u;

/** "Selon X, «" / "According to X: “" — or a sentence opening on "Selon X," that the quote belongs to. */
export const ACCORDING_TO_BEFORE = /(?:selon|d['’]après|according\s+to)\s+([^.!?\n]{1,200}?)[\s,:]*$/iu;
export const ACCORDING_TO_OPENING = /^(?:selon|d['’]après|according\s+to)\s+([^,.!?\n]{1,150}),/iu;

export const PRONOUN = /^(?:il|elle|ils|elles|on|he|she|they|it|celui-ci|celle-ci|ce dernier|cette dernière)$/iu;

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
