import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateFolder, FIXTURE_SETS, formatScores } from '../../scripts/evaluation/evaluate';
import { belowFloors, type PageFloors } from '../../scripts/evaluation/page-floors';

// Each page against its own floors.json (format and how to raise them: scripts/evaluation/page-floors.ts). The aggregate
// floors stay in accuracy.test.ts; here a page that gets worse fails even when the others make up for it.
const pages = readdirSync(FIXTURE_SETS.pages)
  .filter((name) => existsSync(join(FIXTURE_SETS.pages, name, 'expected.json')))
  .sort();

describe('accuracy page by page', () => {
  it('has every fixture page with its floors', () => {
    expect(pages.length).toBeGreaterThanOrEqual(17);
    expect(pages.filter((name) => !existsSync(join(FIXTURE_SETS.pages, name, 'floors.json')))).toEqual([]);
  });

  it.each(pages)('%s scores no lower than its floors', (name) => {
    const dir = join(FIXTURE_SETS.pages, name);
    const floors = JSON.parse(readFileSync(join(dir, 'floors.json'), 'utf8')) as PageFloors;
    const scores = evaluateFolder(dir);
    const problems = belowFloors(scores, floors);
    if (problems.length > 0) console.log(`${formatScores(name, scores)}\n${scores.failures.join('\n')}`);
    expect(problems).toEqual([]);
  });
});
