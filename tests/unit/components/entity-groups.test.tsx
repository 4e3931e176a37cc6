import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { EntityResult } from '../../../lib/types';
import { locale, mount } from './dom';

vi.mock('wxt/browser', async () => ({ browser: (await import('./dom')).fakeBrowser }));

const { EntityGroups } = await import('../../../components/EntityGroups');
const { unlinkedCardContent, cardContent } = await import('../../../lib/highlight/card');
const { knowledgeEntities } = await import('../../../lib/knowledge/bundled');

const entities: EntityResult[] = [
  {
    id: 'place/aleppo',
    type: 'place',
    kind: 'city',
    name: 'Aleppo',
    linked: true,
    quoted: false,
    mentions: [{ start: 0, end: 6, text: 'Aleppo' }],
  },
  {
    id: 'person/lina-hadad',
    type: 'person',
    kind: 'person',
    name: 'Lina Haddad',
    linked: false,
    quoted: false,
    mentions: [{ start: 20, end: 31, text: 'Lina Haddad' }],
  },
];

describe('names the knowledge base does not know', () => {
  beforeEach(() => {
    locale.current = 'en';
  });

  it('are listed like the others and say they are not in the knowledge base', () => {
    const root = mount(<EntityGroups entities={entities} />);
    const person = root.querySelector('[data-entity-id="person/lina-hadad"]');
    expect(person?.getAttribute('data-linked')).toBe('false');
    expect(person?.querySelector('[data-testid=entity-unlinked]')?.textContent).toContain('not in the knowledge base');
    expect(person?.getAttribute('title')).toContain('Not in Repère’s knowledge base');
    const place = root.querySelector('[data-entity-id="place/aleppo"]');
    expect(place?.getAttribute('data-linked')).toBe('true');
    expect(place?.querySelector('[data-testid=entity-unlinked]')).toBeNull();
  });

  it('say so in French too', () => {
    locale.current = 'fr';
    const root = mount(<EntityGroups entities={entities} />);
    expect(root.querySelector('[data-testid=entity-unlinked]')?.textContent).toContain('hors base');
  });

  it('get a hover card with their name and type but no description', () => {
    const card = unlinkedCardContent(entities[1]!, 'fr');
    expect(card).toMatchObject({ name: 'Lina Haddad', typeLabel: 'Personne', linked: false, description: '' });
    expect(card.position).toBeNull();
    const aleppo = knowledgeEntities().find((entity) => entity.id === 'place/aleppo')!;
    expect(cardContent(aleppo, 'en').linked).toBe(true);
  });
});
