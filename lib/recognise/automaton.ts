import type { KnowledgeEntity } from '../knowledge/schema';
import { spellingsOf } from '../knowledge';
import { tokenise, type Token } from '../text/tokens';
import ordinaryWords from '../knowledge/generated/ordinary-words.json';
import { runToEnd } from '../steps';

export interface AliasEntry {
  entityIndex: number;
  /** For case-guarded aliases, the exact spelling the page must show (EI, Ana, Hit…). */
  exact: string | null;
  /** A one-word name that is also an ordinary French or English word: it only counts written with a capital. */
  capitalised: boolean;
}

// Written by scripts/check-knowledge.ts from English and French word lists.
const ORDINARY = new Set<string>(ordinaryWords);

interface TrieNode {
  next: Map<string, TrieNode>;
  entries: AliasEntry[];
}

/**
 * A token trie over every alias of the knowledge base: one walk from each word of the text finds all the
 * aliases starting there, whatever the size of the base (the alternative, one regex alternation of all aliases,
 * is the baseline `npm run bench` measures against).
 */
export interface Automaton {
  root: TrieNode;
  entities: readonly KnowledgeEntity[];
  aliasCount: number;
}

function newNode(): TrieNode {
  return { next: new Map(), entries: [] };
}

// "la Ghouta", "les FDS": the French article is not part of a place's or a group's name, and indexing it would let
// "la Ghouta" take the words that "Ghouta orientale" needs. Titles keep theirs (Le Monde, L'Orient-Le Jour).
const FRENCH_ARTICLES = new Set(['la', 'le', 'les', 'l']);

function withoutLeadingArticle(entity: KnowledgeEntity, guarded: boolean, tokens: Token[]): Token[] {
  if (guarded || tokens.length < 2 || (entity.type !== 'place' && entity.type !== 'group')) return tokens;
  return FRENCH_ARTICLES.has(tokens[0]!.folded) ? tokens.slice(1) : tokens;
}

export function buildAutomaton(entities: readonly KnowledgeEntity[]): Automaton {
  return runToEnd(buildAutomatonSteps(entities));
}

/** How many entities are compiled between two yields of buildAutomatonSteps. */
const ENTITIES_PER_STEP = 20;

/** buildAutomaton as a generator that yields every twenty entities, for the content script's sliced reading. */
export function* buildAutomatonSteps(entities: readonly KnowledgeEntity[]): Generator<void, Automaton, void> {
  const root = newNode();
  let aliasCount = 0;
  for (let entityIndex = 0; entityIndex < entities.length; entityIndex += 1) {
    if (entityIndex % ENTITIES_PER_STEP === ENTITIES_PER_STEP - 1) yield;
    const entity = entities[entityIndex]!;
    for (const spelling of spellingsOf(entity)) {
      const tokens = withoutLeadingArticle(entity, spelling.guarded, tokenise(spelling.text));
      if (tokens.length === 0) continue;
      let node = root;
      for (const token of tokens) {
        let child = node.next.get(token.folded);
        if (!child) {
          child = newNode();
          node.next.set(token.folded, child);
        }
        node = child;
      }
      const exact = spelling.guarded ? spelling.text : null;
      const capitalised = tokens.length === 1 && ORDINARY.has(tokens[0]!.folded);
      if (!node.entries.some((entry) => entry.entityIndex === entityIndex && entry.exact === exact)) {
        node.entries.push({ entityIndex, exact, capitalised });
        aliasCount += 1;
      }
    }
  }
  return { root, entities, aliasCount };
}

export interface TrieHit {
  /** Index of the last token of the match. */
  lastToken: number;
  entries: AliasEntry[];
}

/**
 * All alias ends reachable from token `first`, longest last. `possessiveStripped[i]`, when set, is token i
 * without a possessive "s" whose apostrophe was lost ("Syrias", "ISILs" in punctuation-stripped copy): it may
 * end a name, never continue one.
 */
export function walk(
  automaton: Automaton,
  folded: readonly string[],
  first: number,
  possessiveStripped: readonly (string | null)[] = [],
): TrieHit[] {
  const hits: TrieHit[] = [];
  let node: TrieNode | undefined = automaton.root;
  for (let index = first; index < folded.length && node; index += 1) {
    const stripped = possessiveStripped[index];
    const ending = stripped ? node.next.get(stripped) : undefined;
    if (ending && ending.entries.length > 0) hits.push({ lastToken: index, entries: ending.entries });
    node = node.next.get(folded[index] as string);
    if (node && node.entries.length > 0) hits.push({ lastToken: index, entries: node.entries });
  }
  return hits;
}
