import { knowledgeEntities } from '../lib/knowledge/bundled';
import type { Analysis, EntityResult, EntityType } from '../lib/types';
import { ENTITY_TYPES } from '../lib/settings';

const HEADINGS: Record<EntityType, string> = { place: 'Places', group: 'Groups', source: 'Sources', person: 'People' };

function entityLine(entity: EntityResult): string {
  const forms = [...new Set(entity.mentions.map((mention) => mention.text))].join(', ');
  const notes = `${entity.quoted ? ' (quoted)' : ''}${entity.linked ? '' : ' (not in the knowledge base)'}`;
  return `  ${entity.name} ×${entity.mentions.length}${notes}  [${entity.id}]  ${forms}`;
}

/** The event card as text: what, where, when, who acted, and each figure with its source. */
function eventLines(analysis: Analysis): string[] {
  const event = analysis.event!;
  // Ids the article does not name itself (a governorate, an actor told by its weapon) are named from the base.
  const known = (id: string) => knowledgeEntities().find((entity) => entity.id === id);
  const name = (id: string) =>
    analysis.entities.find((entity) => entity.id === id)?.name ??
    (analysis.lang === 'fr' ? known(id)?.name.fr : known(id)?.name.en) ??
    id;
  const where = event.place
    ? `${name(event.place.id)}${event.place.governorate && event.place.governorate !== event.place.id ? ` (${name(event.place.governorate)})` : ''}`
    : '?';
  const lines = [`What happened: ${event.kind} — where: ${where} — when: ${event.date ?? '?'}`];
  if (event.actors.length) lines.push(`  who acted: ${event.actors.map(name).join(', ')}`);
  for (const casualty of event.casualties) {
    const bounds = casualty.min === casualty.max ? '' : ` [${casualty.min ?? ''}–${casualty.max ?? ''}]`;
    lines.push(
      `  ${casualty.count ?? '?'}${bounds} ${casualty.victims} ${casualty.status} — ${casualty.source ? name(casualty.source) : 'no source given'}  “${casualty.mention.text}”`,
    );
  }
  return lines;
}

/** The terminal report: what a reader would see in the popup, as plain text. */
export function formatReport(analysis: Analysis): string {
  const lines: string[] = [];
  lines.push(analysis.title || '(untitled)');
  lines.push(
    `Language: ${analysis.lang}   Article: ${analysis.isArticle ? 'yes' : 'no'}   About the war in Syria and Iraq: ${
      analysis.inDomain ? 'yes' : 'no'
    } (score ${analysis.domainScore})   ${analysis.timings.totalMs} ms`,
  );
  if (analysis.notices.length) lines.push(`Notes: ${analysis.notices.join(', ')}`);
  if (analysis.digest) lines.push(analysis.digest);
  if (analysis.event) lines.push('', ...eventLines(analysis));
  if (analysis.summary.length) {
    lines.push('', 'Summary');
    for (const sentence of analysis.summary) lines.push(`  - ${sentence}`);
  }
  for (const type of ENTITY_TYPES) {
    const entities = analysis.entities.filter((entity) => entity.type === type);
    if (!entities.length) continue;
    lines.push('', `${HEADINGS[type]} (${entities.length})`);
    for (const entity of entities) lines.push(entityLine(entity));
  }
  if (analysis.anonymousSources.length) {
    lines.push('', `Unnamed sources (${analysis.anonymousSources.length})`);
    for (const source of analysis.anonymousSources) lines.push(`  ${source.text}`);
  }
  if (analysis.quotes.length) {
    lines.push('', `Quotes (${analysis.quotes.length})`);
    for (const quote of analysis.quotes) {
      const excerpt = quote.text.length > 100 ? `${quote.text.slice(0, 97)}…` : quote.text;
      const via = quote.speaker?.mention ? `${quote.speaker.mention.text} → ` : '';
      lines.push(`  “${excerpt}” — ${quote.speaker ? `${via}${quote.speaker.text}` : 'unattributed'}`);
    }
  }
  if (analysis.matches.length) {
    lines.push('', 'Related corpus entries');
    for (const match of analysis.matches) {
      lines.push(`  ${match.id} (${match.lang}, ${match.score}) ${match.title}  — shared: ${match.shared.join(', ')}`);
    }
  }
  return lines.join('\n');
}
