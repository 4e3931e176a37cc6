// Words of armed conflict in French and English, as stems: an article that names Iraqi towns but speaks of oil
// exports, or Lebanese ministers but no fighting, is near the subject, not in it.
const STEMS = [
  // French
  'combat',
  'attaqu',
  'attaque',
  'offensive',
  'frappe',
  'bombard',
  'raid',
  'militaire',
  'armee',
  'soldat',
  'milice',
  'rebelle',
  'djihad',
  'jihad',
  'terroris',
  'kamikaze',
  'attentat',
  'tue',
  'mort',
  'blesse',
  'guerre',
  'siege',
  'assieg',
  'liber',
  'repris',
  'reprendre',
  'fief',
  'bastion',
  'cessez',
  'treve',
  'otage',
  'explos',
  'obus',
  'roquette',
  'missile',
  'drone',
  'mortier',
  'insurge',
  'bataille',
  'front',
  'troupe',
  'encercl',
  'assaut',
  'embuscade',
  'fusillade',
  'tir',
  // English
  'fight',
  'clash',
  'attack',
  'strike',
  'airstrike',
  'bomb',
  'shell',
  'military',
  'army',
  'troop',
  'soldier',
  'militia',
  'rebel',
  'terror',
  'suicide',
  'killed',
  'kill',
  'dead',
  'wounded',
  'casualt',
  'war',
  'besieg',
  'liberat',
  'recaptur',
  'retak',
  'stronghold',
  'ceasefire',
  'truce',
  'hostage',
  'kidnap',
  'rocket',
  'mortar',
  'warplane',
  'militant',
  'insurgent',
  'battle',
  'encircl',
  'assault',
  'ambush',
  'jet',
  'gunmen',
  'sniper',
];

/** Lower case without accents: enough to compare with the stems, and cheap enough to run on every word. */
function plain(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

const SORTED = [...new Set(STEMS.map(plain))].sort();

/** Whether a word belongs to the vocabulary of armed conflict (it starts with one of the stems). */
export function isConflictWord(word: string): boolean {
  const key = plain(word);
  // The stems that can prefix the key sort at or before it: find the last one not after it, look a few back.
  let low = 0;
  let high = SORTED.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (SORTED[middle]! <= key) low = middle + 1;
    else high = middle - 1;
  }
  for (let index = high; index >= 0 && index > high - 6; index -= 1) {
    if (key.startsWith(SORTED[index]!)) return true;
  }
  return false;
}
