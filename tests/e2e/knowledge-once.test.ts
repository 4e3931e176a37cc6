import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHROME_BUILD, FIREFOX_BUILD } from '../../scripts/support/browsers';
import { knowledgeEntities } from '../../lib/knowledge/bundled';
import groups from '../../lib/knowledge/data/groups.json';
import persons from '../../lib/knowledge/data/persons.json';
import places from '../../lib/knowledge/data/places.json';
import sources from '../../lib/knowledge/data/sources.json';
import extraPlaces from '../../lib/knowledge/generated/geonames-extra-places.json';
import worldPlaces from '../../lib/knowledge/generated/world-places.json';
import type { KnowledgeEntity } from '../../lib/knowledge/schema';

// The knowledge base ships once in each built extension: the background, the popup and the corpus page all read
// knowledge.json (platform/knowledge.ts); no script carries a second copy compiled in.

function files(root: string): string[] {
  return readdirSync(root).flatMap((name) => {
    const path = join(root, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

/**
 * A distinctive string of each data file the base is merged from: the longest English description of each curated
 * file, and the coordinates of the first GeoNames locality and world place (as any copy, JSON or script, writes them).
 */
function markers(): string[] {
  const curated = [groups, persons, places, sources].map((file) => {
    const described = (file as KnowledgeEntity[]).map((entity) => entity.description.en);
    return JSON.stringify(described.sort((a, b) => b.length - a.length)[0]).slice(1, -1);
  });
  const geonames = extraPlaces.places[0]!;
  const world = worldPlaces[0]!.coordinates;
  return [...curated, `${geonames[6]},${geonames[7]}`, `${world[0]},${world[1]}`];
}

describe('the knowledge base ships once', () => {
  it.each([
    ['chrome', CHROME_BUILD],
    ['firefox', FIREFOX_BUILD],
  ])('%s: one file of the build holds it, knowledge.json', (_browser, build) => {
    const contents = files(build).map((path) => ({ path: relative(build, path), text: readFileSync(path, 'utf8') }));
    for (const marker of markers()) {
      const holding = contents.filter(({ text }) => text.includes(marker)).map(({ path }) => path);
      expect(holding, marker).toEqual(['knowledge.json']);
    }
    const shipped = JSON.parse(contents.find(({ path }) => path === 'knowledge.json')!.text) as unknown[];
    expect(shipped).toHaveLength(knowledgeEntities().length);
  });
});
