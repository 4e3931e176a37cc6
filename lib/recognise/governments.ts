// A state's government named through its country or its leader: "the Government of Iraq", "les gouvernements de la
// Syrie", "the Assad regime", "Assad's brutal regime", "the regime of Assad", "le régime de Bachar al-Assad". The
// head word ("Government", "regime", "gouvernement", "régime") is a mention of that government: the knowledge
// base's government of the country where it has one, else a government found from the text ("Government of
// Denmark"). The country and the leader stay mentions of their own: they are named there too.
import type { KnowledgeEntity } from '../knowledge/schema';
import type { RecognisedMention, MentionEntity } from './recognise';
import { unlinkedEntity } from './unlinked';

// "Government(s) of <country>", "gouvernement(s) de/d'/du <country>".
const GOVERNMENT_OF =
  /\b(?:[Gg]overnments?[ \u00a0]+of(?:[ \u00a0]+the)?|[Gg]ouvernements?[ \u00a0]+(?:de[ \u00a0]+la|de[ \u00a0]+l['’]|d['’]|du|de))[ \u00a0]*$/u;
// "<leader> regime", "<leader>'s regime", "<leader>'s brutal regime": at most one adjective between.
const AFTER_LEADER = /^(?:['’]s)?[ \u00a0]+(?:\p{Ll}+[ \u00a0]+)?(regime|régime)\b/u;
// "the regime of <leader>", "le régime de <leader>", "régime d'<leader>".
const REGIME_OF = /\b(regime[ \u00a0]+of|régime[ \u00a0]+(?:de|d['’]))[ \u00a0]*$/u;

const governmentsByCountry = new WeakMap<readonly KnowledgeEntity[], Map<string, KnowledgeEntity>>();

/** The knowledge base's one government body of each country whose name says it is the government. */
function governmentOf(entities: readonly KnowledgeEntity[], country: string | undefined): KnowledgeEntity | undefined {
  let byCountry = governmentsByCountry.get(entities);
  if (!byCountry) {
    byCountry = new Map();
    for (const entity of entities) {
      if (entity.type !== 'source' || entity.kind !== 'government-body' || !entity.country) continue;
      if (!/\bgovernment\b/i.test(entity.name.en)) continue;
      byCountry.set(entity.country, entity);
    }
    governmentsByCountry.set(entities, byCountry);
  }
  return country ? byCountry.get(country) : undefined;
}

const countryOf = (entity: MentionEntity): string | undefined => ('country' in entity ? entity.country : undefined);

/** The mentions with a mention added on the head word of each government named through its country or leader. */
export function withGovernments(
  text: string,
  mentions: readonly RecognisedMention[],
  entities: readonly KnowledgeEntity[],
): RecognisedMention[] {
  const added: RecognisedMention[] = [];
  const free = (start: number, end: number) =>
    !mentions.some((mention) => mention.start < end && start < mention.end) &&
    !added.some((mention) => mention.start < end && start < mention.end);
  const add = (start: number, end: number, entity: MentionEntity) => {
    if (free(start, end)) added.push({ start, end, text: text.slice(start, end), entity });
  };
  for (const mention of mentions) {
    const { entity } = mention;
    if (entity.type === 'place' && entity.kind === 'country') {
      const before = GOVERNMENT_OF.exec(text.slice(Math.max(0, mention.start - 40), mention.start));
      if (!before) continue;
      const start = mention.start - before[0].length;
      const head = /^\p{L}+/u.exec(before[0])![0];
      const name = `${/^[Gg]ouv/u.test(head) ? 'Gouvernement' : 'Government'} of ${mention.text}`;
      add(start, start + head.length, governmentOf(entities, countryOf(entity)) ?? governmentBody(name));
      continue;
    }
    // A leader of the knowledge base stands for the state's government: politicians only.
    if (entity.type !== 'person' || entity.kind !== 'politician') continue;
    const government = governmentOf(entities, countryOf(entity)) ?? governmentBody(`${mention.text} regime`);
    const after = AFTER_LEADER.exec(text.slice(mention.end, mention.end + 30));
    if (after) {
      const end = mention.end + after[0].length;
      add(end - after[1]!.length, end, government);
      continue;
    }
    const before = REGIME_OF.exec(text.slice(Math.max(0, mention.start - 20), mention.start));
    if (before) {
      const start = mention.start - before[0].length;
      add(start, start + 'regime'.length, government);
    }
  }
  if (!added.length) return [...mentions];
  return [...mentions, ...added].sort((a, b) => a.start - b.start);
}

function governmentBody(name: string): MentionEntity {
  return unlinkedEntity('source', 'government-body', name);
}
