import { describe, expect, it } from 'vitest';
import { analyse } from '../../lib/analyse/analyse';
import { defaultAutomaton } from '../../lib/analyse/recogniser';
import { findAnonymousSources } from '../../lib/quotes/anonymous';

const texts = (text: string) => findAnonymousSources(text).map((mention) => mention.text);

describe('unnamed sources', () => {
  it('reports unnamed sources the article attributes statements to, in both languages', () => {
    expect(texts("Selon une source militaire syrienne, l'armée avance vers Idleb.")).toEqual([
      'une source militaire syrienne',
    ]);
    expect(texts('« Nous tenons la ville », a déclaré une source sécuritaire irakienne.')).toEqual([
      'une source sécuritaire irakienne',
    ]);
    expect(texts('Les villes sont tombées, ont annoncé des sources militaires irakiennes.')).toEqual([
      'des sources militaires irakiennes',
    ]);
    expect(texts('A security source said the attack had failed.')).toEqual(['A security source']);
    expect(texts('Sources close to the Popular Mobilization Forces told AFP that the road was open.')).toEqual([
      'Sources close to the Popular Mobilization Forces',
    ]);
  });

  it('leaves other uses of the word "source" alone', () => {
    expect(texts('Les sources du Tigre sont à sec cet été.')).toEqual([]);
    expect(texts('Oil was the main source of income of the group.')).toEqual([]);
  });

  it('carries offsets into the analysed text', () => {
    const text = "Le convoi a été frappé, selon une source militaire syrienne citée par l'agence Sana.";
    const analysis = analyse({ text }, { automaton: defaultAutomaton() });
    const [source] = analysis.anonymousSources;
    expect(source && text.slice(source.start, source.end)).toBe(source?.text);
  });
});

describe('digest', () => {
  it('says where, who and which sources in one line, in the article language', () => {
    const text =
      "L'armée syrienne et le Hezbollah ont repris Abou Kamal à Daech, a rapporté l'OSDH. Les combats se poursuivent à Abou Kamal, près de Deir ez-Zor, selon l'AFP.";
    const { digest } = analyse({ text }, { automaton: defaultAutomaton() });
    expect(digest).toMatch(/^Où : Abou Kamal/);
    expect(digest).toContain('Qui : ');
    expect(digest).toMatch(/Sources : .*OSDH/);
    expect(digest).not.toContain('Where');
  });
});
