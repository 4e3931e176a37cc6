import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli';

const CORPUS = '../shared/corpus';
const FR = `${CORPUS}/003_65784f5ca0caa49c.txt`;
const EN = `${CORPUS}/001_5554a87f2ba7b6ff.txt`;
const TIMEOUT = 60_000;

interface JsonQuote {
  start: number;
  end: number;
  text: string;
  speaker: { text: string; entityId: string | null; mention?: { start: number; end: number; text: string } } | null;
}

const cli = runCli;

const temp = mkdtempSync(join(tmpdir(), 'repere-cli-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

function tempFile(name: string, content: string): string {
  const path = join(temp, name);
  writeFileSync(path, content);
  return path;
}

interface JsonEntity {
  id: string;
  type: string;
  name: string;
  quoted: boolean;
  linked: boolean;
  mentions: { start: number; end: number; text: string }[];
}

function expectAnalysisShape(output: Record<string, unknown>): void {
  expect(output.schema).toBe('repere.analysis/1');
  expect(['fr', 'en', 'und']).toContain(output.lang);
  expect(typeof output.isArticle).toBe('boolean');
  expect(typeof output.inDomain).toBe('boolean');
  expect(typeof output.domainScore).toBe('number');
  expect(typeof output.title).toBe('string');
  expect(typeof output.text).toBe('string');
  expect(Array.isArray(output.entities)).toBe(true);
  expect(Array.isArray(output.quotes)).toBe(true);
  expect(Array.isArray(output.summary)).toBe(true);
  expect(Array.isArray(output.matches)).toBe(true);
  expect(typeof (output.timings as { totalMs: unknown }).totalMs).toBe('number');
  expect(output).toHaveProperty('event');
  const text = output.text as string;
  for (const entity of output.entities as JsonEntity[]) {
    expect(Object.keys(entity)).toEqual(expect.arrayContaining(['id', 'type', 'name', 'quoted', 'linked', 'mentions']));
    expect(['place', 'group', 'source', 'person']).toContain(entity.type);
    expect(typeof entity.quoted).toBe('boolean');
    expect(typeof entity.linked).toBe('boolean');
    expect(entity.id).toMatch(/^(place|group|source|person)\/[a-z0-9]+(?:-[a-z0-9]+)*$/);
    for (const mention of entity.mentions) expect(text.slice(mention.start, mention.end)).toBe(mention.text);
  }
  for (const quote of output.quotes as JsonQuote[]) {
    expect(text.slice(quote.start, quote.end)).toBe(quote.text);
    expect(quote).toHaveProperty('speaker');
    const mention = quote.speaker?.mention;
    if (mention) expect(text.slice(mention.start, mention.end)).toBe(mention.text);
  }
}

describe('repere analyze --json', () => {
  it(
    'carries the event card: kind, place and governorate, date, actors, casualties with their source',
    async () => {
      const path = tempFile(
        'strike.txt',
        'Published June 12 2016\nRussian air strikes killed at least 12 civilians in a market in Idlib city on ' +
          'Sunday, the Syrian Observatory for Human Rights said. Dozens of people were wounded.\n',
      );
      const result = await cli(['analyze', path, '--json']);
      expect(result.code).toBe(0);
      const output = JSON.parse(result.stdout) as { text: string; event: Record<string, unknown> | null };
      expect(output.event).toMatchObject({
        kind: 'air-strike',
        place: { id: 'place/idlib', governorate: 'place/idlib-governorate' },
        date: '2016-06-12',
        actors: ['group/russian-forces'],
      });
      const casualties = output.event!.casualties as { count: number | null; source: string | null }[];
      expect(casualties[0]).toMatchObject({ status: 'killed', victims: 'civilians', count: 12, source: 'source/sohr' });
      expect(casualties[1]).toMatchObject({ status: 'wounded', count: null, min: 24 });
    },
    TIMEOUT,
  );

  it(
    'prints one analysis object with the design fields for a corpus article',
    async () => {
      const result = await cli(['analyze', FR, '--json']);
      expect(result.code).toBe(0);
      const output = JSON.parse(result.stdout) as Record<string, unknown>;
      expectAnalysisShape(output);
      expect(output).not.toHaveProperty('file');
      expect(output.lang).toBe('fr');
      expect(output.isArticle).toBe(true);
      expect(output.inDomain).toBe(true);
      expect(output.summary).toHaveLength(3);
      const entities = output.entities as JsonEntity[];
      expect(entities.find((entity) => entity.id === 'place/abu-kamal')?.mentions.length).toBeGreaterThanOrEqual(2);
      expect(entities.find((entity) => entity.id === 'source/sohr')?.quoted).toBe(true);
      const quotes = output.quotes as { speaker: { text: string; entityId: string | null } | null }[];
      expect(quotes.length).toBeGreaterThan(0);
      expect(quotes.some((quote) => quote.speaker !== null)).toBe(true);
      const matches = output.matches as { id: string; shared: string[] }[];
      expect(matches.length).toBeGreaterThan(0);
      expect(matches.map((match) => match.id)).not.toContain('003_65784f5ca0caa49c');
      for (const match of matches) expect(match.shared.length).toBeGreaterThan(0);
    },
    TIMEOUT,
  );

  it(
    'marks names found from the text alone as not linked, with a type/slug id',
    async () => {
      const text =
        'Shelling hit Aleppo and the village of Zawiyat Harb on Monday. Lina Haddad, a doctor in Aleppo, said the clinic was hit. Haddad added that nobody was killed.';
      const result = await cli(['analyze', tempFile('unlinked.txt', text), '--json']);
      expect(result.code).toBe(0);
      const output = JSON.parse(result.stdout) as Record<string, unknown>;
      expectAnalysisShape(output);
      const entities = output.entities as JsonEntity[];
      expect(entities.find((entity) => entity.id === 'place/aleppo')?.linked).toBe(true);
      const person = entities.find((entity) => entity.id === 'person/lina-hadad');
      expect(person?.linked).toBe(false);
      expect(person?.mentions.map((mention) => mention.text)).toEqual(['Lina Haddad', 'Haddad']);
      const village = entities.find((entity) => entity.type === 'place' && !entity.linked);
      expect(village?.mentions.map((mention) => mention.text)).toEqual(['Zawiyat Harb']);
    },
    TIMEOUT,
  );

  it(
    'analyses an HTML file, leaving page furniture out of the text',
    async () => {
      const paragraph =
        'L’armée syrienne et ses alliés ont progressé samedi à Al-Boukamal, reprenant le contrôle du dernier bastion urbain contrôlé par Daech en Syrie, selon l’Observatoire syrien des droits de l’Homme.';
      const html = `<!doctype html><html><head><title>Al-Boukamal</title></head><body>
        <nav><a href="/">NAVTEXT Accueil</a> <a href="/monde">NAVTEXT Monde</a></nav>
        <article><h1>Al-Boukamal presque reprise</h1>${`<p>${paragraph}</p>`.repeat(4)}</article>
        <footer>FOOTERTEXT Tous droits réservés</footer></body></html>`;
      const result = await cli(['analyze', tempFile('page.html', html), '--json']);
      expect(result.code).toBe(0);
      const output = JSON.parse(result.stdout) as Record<string, unknown>;
      expectAnalysisShape(output);
      expect(output.text).toContain('Al-Boukamal');
      expect(output.text).not.toContain('NAVTEXT');
      expect(output.text).not.toContain('FOOTERTEXT');
      expect((output.entities as JsonEntity[]).map((entity) => entity.id)).toContain('place/abu-kamal');
    },
    TIMEOUT,
  );

  it(
    'prints JSON Lines with a "file" field for several paths',
    async () => {
      const result = await cli(['analyze', FR, EN, '--json']);
      expect(result.code).toBe(0);
      const lines = result.stdout.trim().split('\n');
      expect(lines).toHaveLength(2);
      const outputs = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
      expect(outputs.map((output) => output.file)).toEqual([FR, EN]);
      for (const output of outputs) expectAnalysisShape(output);
      expect(outputs.map((output) => output.lang)).toEqual(['fr', 'en']);
    },
    TIMEOUT,
  );

  it(
    'with one good and one missing file, reports the bad one as {"file","error"} and exits non-zero',
    async () => {
      const missing = join(temp, 'does-not-exist.txt');
      const result = await cli(['analyze', FR, missing, '--json']);
      expect(result.code).not.toBe(0);
      const outputs = result.stdout
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as Record<string, unknown>);
      expect(outputs).toHaveLength(2);
      expect(outputs[0]!.file).toBe(FR);
      expectAnalysisShape(outputs[0]!);
      expect(outputs[1]!.file).toBe(missing);
      expect(typeof outputs[1]!.error).toBe('string');
      expect(outputs[1]!).not.toHaveProperty('entities');
    },
    TIMEOUT,
  );

  it(
    'reads standard input for "-"',
    async () => {
      const result = await cli(
        ['analyze', '-', '--json'],
        'Les combattants de Daech ont fui vers Abou Kamal, selon l’OSDH, alors que l’armée syrienne avançait vers Deir ez-Zor.',
      );
      expect(result.code).toBe(0);
      const output = JSON.parse(result.stdout) as Record<string, unknown>;
      expectAnalysisShape(output);
      const ids = (output.entities as JsonEntity[]).map((entity) => entity.id);
      expect(ids).toEqual(expect.arrayContaining(['place/abu-kamal', 'group/islamic-state', 'group/syrian-army']));
    },
    TIMEOUT,
  );

  it(
    'gives a quote attributed by a pronoun the resolved name and the pronoun as mention; a speaker outside the knowledge base is a quoted unlinked person',
    async () => {
      const input =
        'Le commandant Firas Dalloul a inspecté les positions près de Deir ez-Zor. « Nous tiendrons la route jusqu’à l’hiver », a-t-il déclaré.';
      const result = await cli(['analyze', '-', '--json'], input);
      expect(result.code).toBe(0);
      const output = JSON.parse(result.stdout) as Record<string, unknown>;
      expectAnalysisShape(output);
      const [quote] = output.quotes as JsonQuote[];
      const person = (output.entities as (JsonEntity & { linked?: boolean })[]).find(
        (entity) => entity.name === 'Firas Dalloul',
      );
      expect(person).toMatchObject({ type: 'person', quoted: true, linked: false });
      expect(quote!.speaker).toEqual({
        text: 'Firas Dalloul',
        entityId: person!.id,
        mention: { start: input.indexOf('il déclaré'), end: input.indexOf('il déclaré') + 2, text: 'il' },
      });
    },
    TIMEOUT,
  );

  it(
    'handles an empty file and a text file without any known name',
    async () => {
      const empty = await cli(['analyze', tempFile('empty.txt', ''), '--json']);
      expect(empty.code).toBe(0);
      const output = JSON.parse(empty.stdout) as Record<string, unknown>;
      expectAnalysisShape(output);
      expect(output.entities).toEqual([]);
      expect(output.inDomain).toBe(false);
    },
    TIMEOUT,
  );
});

describe('repere analyze errors', () => {
  it(
    'a missing file gives a one-line error on standard error and a non-zero exit',
    async () => {
      const result = await cli(['analyze', join(temp, 'missing.html'), '--json']);
      expect(result.code).not.toBe(0);
      expect(result.stdout).toBe('');
      const lines = result.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/missing\.html/);
    },
    TIMEOUT,
  );

  it(
    'a binary file is refused with a one-line error',
    async () => {
      const binary = join(temp, 'image.txt');
      writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x00, 0x0d, 0xff, 0x00]));
      const result = await cli(['analyze', binary]);
      expect(result.code).not.toBe(0);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
    },
    TIMEOUT,
  );

  it(
    'a folder without articles is refused, and so is a missing command or path',
    async () => {
      const empty = mkdtempSync(join(temp, 'empty-'));
      const result = await cli(['analyze', empty]);
      expect(result.code).not.toBe(0);
      expect(result.stderr.trim().split('\n')).toEqual([expect.stringMatching(/without any \.html or \.txt file/)]);
      expect((await cli(['analyze'])).code).not.toBe(0);
      expect((await cli([])).code).not.toBe(0);
      expect((await cli(['frobnicate', FR])).code).not.toBe(0);
    },
    TIMEOUT,
  );
});

describe('repere analyze without --json', () => {
  it(
    'prints a readable report: title, places, groups, sources, quotes and related entries',
    async () => {
      const result = await cli(['analyze', FR]);
      expect(result.code).toBe(0);
      expect(() => JSON.parse(result.stdout)).toThrow();
      expect(result.stdout).toContain('al-Boukamal');
      expect(result.stdout).toMatch(/Abou Kamal/);
      expect(result.stdout).toMatch(/Places/);
      expect(result.stdout).toMatch(/Groups/);
      expect(result.stdout).toMatch(/Sources/);
      expect(result.stdout).toMatch(/Rami Abdel Rahmane/);
      expect(result.stdout).toMatch(/00[0124]_[0-9a-f]{16}/);
      // Readable: no raw offsets or JSON punctuation.
      expect(result.stdout).not.toMatch(/"start":/);
    },
    TIMEOUT,
  );

  it(
    'tells the event: what, where with its governorate, when, who acted, each figure with its source',
    async () => {
      const path = tempFile(
        'report.txt',
        'Published June 12 2016\nRussian air strikes killed at least 12 civilians in Saraqeb on Sunday, the Syrian ' +
          'Observatory for Human Rights said.\n',
      );
      const result = await cli(['analyze', path]);
      expect(result.code).toBe(0);
      expect(result.stdout).toContain(
        'What happened: air-strike — where: Saraqib (Idlib Governorate) — when: 2016-06-12',
      );
      expect(result.stdout).toContain('who acted: Russian forces');
      expect(result.stdout).toMatch(/12 \[12–\] civilians killed — SOHR/);
    },
    TIMEOUT,
  );
});
