import { describe, expect, it } from 'vitest';
import {
  DEFAULT_COLOURS,
  DEFAULT_SETTINGS,
  highlightCss,
  isActiveOn,
  normaliseHostname,
  parseSettings,
  translucent,
  withHighlightTypes,
  withSite,
} from '../../lib/settings';

describe('settings', () => {
  it('is on everywhere by default', () => {
    expect(isActiveOn(DEFAULT_SETTINGS, 'www.lemonde.fr')).toBe(true);
    expect(isActiveOn(DEFAULT_SETTINGS, 'example.org')).toBe(true);
  });

  it('is off everywhere when highlights are disabled', () => {
    expect(isActiveOn({ ...DEFAULT_SETTINGS, highlightsEnabled: false }, 'www.lemonde.fr')).toBe(false);
  });

  it('normalises host names: case, surrounding space and a leading www.', () => {
    expect(normaliseHostname('  WWW.LeMonde.FR ')).toBe('lemonde.fr');
    expect(normaliseHostname('news.example.org')).toBe('news.example.org');
  });

  it('turns a site off, with its www. form and its subdomains, and nothing else', () => {
    const settings = withSite(DEFAULT_SETTINGS, 'www.lemonde.fr', false);
    expect(isActiveOn(settings, 'lemonde.fr')).toBe(false);
    expect(isActiveOn(settings, 'www.lemonde.fr')).toBe(false);
    expect(isActiveOn(settings, 'abonnes.lemonde.fr')).toBe(false);
    // A different site that merely ends with the same letters is not affected.
    expect(isActiveOn(settings, 'notlemonde.fr')).toBe(true);
    expect(isActiveOn(settings, 'lemonde.fr.example.com')).toBe(true);
    expect(isActiveOn(settings, 'lefigaro.fr')).toBe(true);
  });

  it('turns a site back on and does not list a site twice', () => {
    let settings = withSite(DEFAULT_SETTINGS, 'lemonde.fr', false);
    settings = withSite(settings, 'www.lemonde.fr', false);
    expect(settings.disabledSites).toEqual(['lemonde.fr']);
    settings = withSite(settings, 'LEMONDE.fr', true);
    expect(settings.disabledSites).toEqual([]);
    expect(isActiveOn(settings, 'lemonde.fr')).toBe(true);
  });

  it('does not change the settings it is given', () => {
    const before = { ...DEFAULT_SETTINGS, disabledSites: ['a.example'] };
    withSite(before, 'b.example', false);
    expect(before.disabledSites).toEqual(['a.example']);
  });

  it('reads whatever storage holds without throwing, falling back to the defaults', () => {
    expect(parseSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings(null)).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings('garbage')).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings({ highlightsEnabled: 'no', disabledSites: 'lemonde.fr' })).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings({ highlightsEnabled: false, disabledSites: ['WWW.Example.org', 42, null] })).toEqual({
      ...DEFAULT_SETTINGS,
      highlightsEnabled: false,
      disabledSites: ['example.org'],
    });
  });

  it('reads highlight types, colours and summary length, dropping what is not valid', () => {
    const parsed = parseSettings({
      highlightTypes: ['group', 'nonsense', 'place'],
      colours: { place: '#ABCDEF', group: 'red', source: 42 },
      summaryLength: 5,
    });
    expect(parsed.highlightTypes).toEqual(['place', 'group']);
    expect(parsed.colours).toEqual({ ...DEFAULT_COLOURS, place: '#abcdef' });
    expect(parsed.summaryLength).toBe(5);
    expect(parseSettings({ summaryLength: 99 }).summaryLength).toBe(3);
    expect(DEFAULT_SETTINGS.highlightTypes).toEqual(['place', 'group', 'source', 'person']);
  });

  it('writes the highlight colours as CSS and filters an analysis by type', () => {
    expect(translucent('#56b4e9', 0.5)).toBe('rgba(86, 180, 233, 0.5)');
    expect(highlightCss(DEFAULT_SETTINGS)).toContain('::highlight(repere-group) { background-color: rgba(230, 159, 0');
    // The <mark> fallback takes the reader's colours too, in a rule of its own.
    expect(highlightCss({ colours: { ...DEFAULT_COLOURS, place: '#000000' } })).toContain(
      "mark.repere-mark[data-repere-type='place'] { background-color: rgba(0, 0, 0, 0.38); }",
    );
    const analysis = {
      entities: [
        { type: 'place' as const, quoted: false },
        { type: 'group' as const, quoted: false },
      ],
    };
    expect(withHighlightTypes(analysis, ['group']).entities).toEqual([{ type: 'group', quoted: false }]);
  });
});
