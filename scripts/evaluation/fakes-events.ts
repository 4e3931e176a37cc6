// Scores the event card against FA-KES's own event annotations (../shared/datasets/fakes/dev.jsonl): governorate,
// cause, actor class, and the killed counts. The tables below map our vocabulary onto the dataset's; the dataset's
// conventions (see its README) are applied here, never in lib/.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyse } from '../../lib/analyse/analyse';
import { defaultAutomaton } from '../../lib/analyse/recogniser';
import { knowledgeEntities } from '../../lib/knowledge/bundled';
import { titleOf } from '../../lib/corpus/title';
import type { Casualty, EventCard, EventKind } from '../../lib/types';

const FAKES_FILE = resolve(import.meta.dirname, '../../../shared/datasets/fakes/dev.jsonl');

interface FakesEvent {
  date: string;
  governorate: string;
  actor: string;
  cause: string;
  killed: { civilians: number; children: number; women: number; noncivilians: number };
}

/** Our kinds onto FA-KES causes: its "shelling" covers shells, rockets and air strikes alike; fighting is gunfire. */
export const KIND_TO_CAUSE: Record<EventKind, string> = {
  shelling: 'shelling',
  'air-strike': 'shelling',
  explosion: 'explosion',
  chemical: 'chemical and toxic gases',
  shooting: 'shooting',
  execution: 'execution',
  clashes: 'shooting',
  offensive: 'unknown',
  capture: 'unknown',
  other: 'unknown',
};

/** Governorates of the knowledge base onto FA-KES names; the dataset has no Rif Dimashq and files it under Damascus. */
const GOVERNORATES: Record<string, string> = {
  'place/aleppo-governorate': 'aleppo',
  'place/damascus-governorate': 'damascus',
  'place/rif-dimashq-governorate': 'damascus',
  'place/idlib-governorate': 'idlib',
  'place/deir-ez-zor-governorate': 'deir ezzor',
  'place/raqqa-governorate': 'raqqa',
  'place/homs-governorate': 'homs',
  'place/hasakah-governorate': 'hasakeh',
  'place/hama-governorate': 'hama',
  'place/daraa-governorate': 'daraa',
  'place/latakia-governorate': 'lattakia',
  'place/quneitra-governorate': 'quneitra',
  'place/tartus-governorate': 'tartous',
};

const GOVERNMENT = 'syrian government or russian troops';
/** Groups (or their parent groups) onto FA-KES's seven actor classes. */
const ACTOR_CLASSES: Record<string, string> = {
  'group/syrian-army': GOVERNMENT,
  'group/russian-forces': GOVERNMENT,
  'group/hezbollah': GOVERNMENT,
  'group/irgc': GOVERNMENT,
  'group/iranian-army': GOVERNMENT,
  'group/liwa-abu-al-fadl-al-abbas': GOVERNMENT,
  'group/baqir-brigade': GOVERNMENT,
  'group/liwa-al-quds': GOVERNMENT,
  'group/desert-hawks': GOVERNMENT,
  'group/air-force-intelligence': GOVERNMENT,
  'group/military-intelligence': GOVERNMENT,
  'group/wagner-group': GOVERNMENT,
  'group/islamic-state': 'the organization of the islamic state in iraq and the levant - isis',
  'group/us-led-coalition': 'international coalition forces',
  'group/free-syrian-army': 'armed opposition groups',
  'group/syrian-national-army': 'armed opposition groups',
  'group/national-front-for-liberation': 'armed opposition groups',
  'group/jaysh-al-fatah': 'armed opposition groups',
  'group/islamic-front': 'armed opposition groups',
  'group/ahrar-al-sham': 'armed opposition groups',
  'group/jaysh-al-islam': 'armed opposition groups',
  'group/nour-al-din-al-zenki': 'armed opposition groups',
  'group/syrian-democratic-forces': 'self administration forces',
  'group/pyd': 'self administration forces',
  'group/al-nusra-front': 'al-nusra front',
  'group/hayat-tahrir-al-sham': 'al-nusra front',
};

const lookup = new Map(knowledgeEntities().map((entity) => [entity.id, entity]));

export function actorClass(id: string | undefined): string {
  let current = id ? lookup.get(id) : undefined;
  for (let depth = 0; current && depth < 5; depth += 1) {
    const found = ACTOR_CLASSES[current.id];
    if (found) return found;
    // Rebel groups without a coalition above them are the armed opposition.
    if (!current.parent && (current.kind === 'rebel-group' || current.kind === 'rebel-coalition'))
      return 'armed opposition groups';
    current = current.parent ? lookup.get(current.parent) : undefined;
  }
  return 'unknown';
}

const valueOf = (casualty: Casualty | undefined) => (casualty ? (casualty.count ?? casualty.min ?? 0) : 0);

/**
 * The killed counts FA-KES records, read off our card: the first figure of each kind of victim (the lead's).
 * FA-KES counts people whose status is not given ("44 people") as civilians, and children and women among them.
 */
export function killedCounts(event: EventCard | null): FakesEvent['killed'] {
  const killed = (event?.casualties ?? []).filter((c) => c.status === 'killed');
  // A precise figure says more than "dozens", wherever it comes.
  const first = (...victims: Casualty['victims'][]) =>
    killed.find((c) => victims.includes(c.victims) && c.count !== null) ??
    killed.find((c) => victims.includes(c.victims));
  const children = valueOf(first('children'));
  const women = valueOf(first('women'));
  const civilian = first('civilians', 'unspecified');
  let civilians = valueOf(civilian) || children + women;
  // "nine children and 14 others": the others add to the children and women told just before.
  const before = civilian ? killed[killed.indexOf(civilian) - 1] : undefined;
  if (civilian && before && /\b(?:others|autres)\b/iu.test(civilian.mention.text) && before.victims !== 'fighters')
    civilians += valueOf(before);
  return { civilians, children, women, noncivilians: valueOf(first('fighters')) };
}

interface Share {
  right: number;
  total: number;
}
export interface EventScores {
  articles: number;
  governorate: Share;
  cause: Share;
  actor: Share;
  /** The event's day: exactly, and within three days (other accounts of an event are looked for that far). */
  date: { exact: Share; within3: Share };
  counts: Record<keyof FakesEvent['killed'], { exact: Share; within10: Share }>;
  msPerArticle: number;
}

export function evaluateEvents(): EventScores {
  const lines = readFileSync(FAKES_FILE, 'utf8').trim().split('\n');
  const share = (): Share => ({ right: 0, total: 0 });
  const scores: EventScores = {
    articles: 0,
    governorate: share(),
    cause: share(),
    actor: share(),
    date: { exact: share(), within3: share() },
    counts: {
      civilians: { exact: share(), within10: share() },
      children: { exact: share(), within10: share() },
      women: { exact: share(), within10: share() },
      noncivilians: { exact: share(), within10: share() },
    },
    msPerArticle: 0,
  };
  const options = { automaton: defaultAutomaton() };
  let elapsed = 0;
  const tally = (s: Share, ok: boolean) => {
    s.total += 1;
    if (ok) s.right += 1;
  };
  for (const line of lines) {
    const article = JSON.parse(line) as { title: string; text: string; event: FakesEvent };
    const text = `${article.title}\n\n${article.text}`;
    const analysis = analyse({ text, title: titleOf(text) }, options);
    elapsed += analysis.timings.totalMs;
    const event = analysis.event;
    const gold = article.event;
    scores.articles += 1;
    tally(scores.governorate, GOVERNORATES[event?.place?.governorate ?? ''] === gold.governorate);
    tally(scores.cause, KIND_TO_CAUSE[event?.kind ?? 'other'] === gold.cause);
    tally(scores.actor, actorClass(event?.actors[0]) === gold.actor);
    const goldDay = fakesDay(gold.date);
    const apart =
      event?.date && goldDay ? Math.abs(Date.parse(event.date) - Date.parse(goldDay)) / 86_400_000 : Infinity;
    tally(scores.date.exact, apart === 0);
    tally(scores.date.within3, apart <= 3);
    const ours = killedCounts(event);
    for (const key of Object.keys(scores.counts) as (keyof FakesEvent['killed'])[]) {
      tally(scores.counts[key].exact, ours[key] === gold.killed[key]);
      tally(scores.counts[key].within10, Math.abs(ours[key] - gold.killed[key]) <= 0.1 * gold.killed[key]);
    }
  }
  scores.msPerArticle = elapsed / Math.max(1, scores.articles);
  return scores;
}

/** FA-KES writes dates month/day/two-digit year ("8/17/14"). */
function fakesDay(date: string): string | null {
  const match = /^(\d{1,2})\/(\d{1,2})\/(\d{2})$/.exec(date.trim());
  if (!match) return null;
  const [, month, day, year] = match;
  return `20${year}-${month!.padStart(2, '0')}-${day!.padStart(2, '0')}`;
}

const percent = (s: Share) => `${((100 * s.right) / Math.max(1, s.total)).toFixed(1)}% (${s.right}/${s.total})`;

export function formatEventScores(scores: EventScores): string {
  const lines = [
    `FA-KES events (${scores.articles} development articles, en)`,
    `  governorate  ${percent(scores.governorate)}`,
    `  cause        ${percent(scores.cause)}`,
    `  actor class  ${percent(scores.actor)}`,
    `  date         exact ${percent(scores.date.exact)}  within 3 days ${percent(scores.date.within3)}`,
  ];
  for (const [key, share] of Object.entries(scores.counts)) {
    lines.push(`  killed ${key.padEnd(13)} exact ${percent(share.exact)}  within ±10% ${percent(share.within10)}`);
  }
  return lines.join('\n');
}
