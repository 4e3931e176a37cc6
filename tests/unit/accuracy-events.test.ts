import { describe, expect, it } from 'vitest';
import { evaluateEvents, formatEventScores } from '../../scripts/evaluation/fakes-events';

// Floors a little under the scores measured when they were set (`npm run eval`); a drop fails the suite.
describe('event card on the FA-KES development articles', () => {
  it('finds the governorate, the cause, the actor class, the day and the killed counts the dataset records', () => {
    const scores = evaluateEvents();
    console.log(formatEventScores(scores));
    expect(scores.articles).toBe(469);
    const share = (s: { right: number; total: number }) => s.right / s.total;
    expect(share(scores.governorate)).toBeGreaterThanOrEqual(0.89);
    expect(share(scores.cause)).toBeGreaterThanOrEqual(0.78);
    expect(share(scores.actor)).toBeGreaterThanOrEqual(0.66);
    expect(share(scores.date.within3)).toBeGreaterThanOrEqual(0.7);
    expect(share(scores.counts.civilians.exact)).toBeGreaterThanOrEqual(0.7);
    expect(share(scores.counts.noncivilians.exact)).toBeGreaterThanOrEqual(0.82);
    expect(share(scores.counts.children.exact)).toBeGreaterThanOrEqual(0.84);
    expect(share(scores.counts.women.exact)).toBeGreaterThanOrEqual(0.92);
  });
});
