import { describe, expect, it } from 'vitest';
import { evaluateRe3dQuotes, formatRe3dQuotes, namesSameSpeaker } from '../../scripts/evaluation/re3d-quotes';

describe('the speaker comparison of the re3d quote evaluation', () => {
  it('takes a surname or a fuller name for the same person, titles and articles aside', () => {
    expect(namesSameSpeaker('Votel', 'Joseph Votel')).toBe(true);
    expect(namesSameSpeaker('Gen. Joseph Votel', 'Joseph Votel')).toBe(true);
    expect(namesSameSpeaker('Stephen Townsend', 'Stephen J. Townsend')).toBe(true);
    expect(namesSameSpeaker('The army', 'the army')).toBe(true);
  });

  it('refuses a first name alone, a fragment, or a longer phrase with other words', () => {
    expect(namesSameSpeaker('Joseph', 'Joseph Votel')).toBe(false);
    expect(namesSameSpeaker('Col', 'John Dorrian')).toBe(false);
    expect(namesSameSpeaker('Central Command', 'Joseph Votel')).toBe(false);
    expect(namesSameSpeaker('Foreign Secretary Boris Johnson', 'Boris Johnson')).toBe(false);
  });
});

// Floors a little under the scores measured when they were set (see `npm run eval`); a drop fails the suite.
describe('accuracy on outside gold: re3d dev quotes', () => {
  it('finds the quotes and names their speakers, with few wrong speakers', () => {
    const scores = evaluateRe3dQuotes();
    console.log(formatRe3dQuotes(scores));
    expect(scores.expected).toBeGreaterThan(60);
    expect(scores.found / scores.expected).toBeGreaterThanOrEqual(0.93);
    expect(scores.speakersRight / scores.named).toBeGreaterThanOrEqual(0.85);
    // A wrong speaker is worse than none.
    expect(scores.wrongSpeakers).toBeLessThanOrEqual(1);
  });
});
