import { foldName } from '../text/tokens';

/**
 * An entity found from the text alone (a person, a village, an organisation the knowledge base does not know). It stands where a
 * knowledge-base entity would in a recognised mention, with the fields the rest of the analysis reads.
 */
export interface UnlinkedEntity {
  id: string;
  type: 'person' | 'place' | 'group' | 'source';
  kind: string;
  name: { fr: string; en: string };
  country?: string;
  linked: false;
}

/** `type/slug` of the folded name: every spelling that folds alike ("Haddad", "Hadad") is one entity. */
export function unlinkedId(type: UnlinkedEntity['type'], name: string): string {
  const slug = foldName(name)
    .join('-')
    .replace(/[^a-z0-9-]+/g, '')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');
  return `${type}/${slug || 'unnamed'}`;
}

export function unlinkedEntity(type: UnlinkedEntity['type'], kind: string, name: string): UnlinkedEntity {
  return { id: unlinkedId(type, name), type, kind, name: { fr: name, en: name }, linked: false };
}
