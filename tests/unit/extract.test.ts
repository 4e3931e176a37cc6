import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { extractArticle } from '../../lib/article/extract';
import { locate } from '../../lib/article/text-map';

const PARAGRAPHS = [
  'L’armée syrienne et ses alliés ont progressé samedi à Al-Boukamal, reprenant le contrôle de la quasi totalité du dernier bastion urbain contrôlé par le groupe Etat islamique en Syrie, a rapporté l’Observatoire syrien des droits de l’Homme.',
  'Les forces du régime, le Hezbollah libanais et les milices irakiennes ont pris le contrôle de plus de 80% de la ville après une vaste offensive entamée vendredi soir, selon le directeur de l’Observatoire.',
  'C’est la deuxième bataille lancée pour prendre cette ville, le dernier fief de Daech dans cette vaste région frontalière, également convoitée par la coalition menée par les Etats-Unis.',
  'Dans la province de Hama, les combats font rage entre l’armée syrienne et les combattants du front al-Nosra, et l’essentiel de la bataille se déroule dans le nord-est de la province.',
];

function articlePage(): string {
  return `<!doctype html>
<html lang="fr"><head><title>Al-Boukamal presque reprise | Le Quotidien</title></head>
<body>
  <header><nav class="menu"><ul><li><a href="/">Accueil</a></li><li><a href="/monde">MENUITEM Monde</a></li><li><a href="/sport">MENUITEM Sport</a></li></ul></nav></header>
  <main>
    <article>
      <h1>Al-Boukamal presque reprise</h1>
      <p class="byline">Par la rédaction</p>
      ${PARAGRAPHS.map((text) => `<p>${text}</p>`).join('\n      ')}
    </article>
    <aside class="related"><h3>ASIDETEXT À lire aussi</h3><ul><li><a href="/a">ASIDETEXT Le prix du pain augmente</a></li></ul></aside>
    <section id="comments" class="comments">
      <h3>Commentaires</h3>
      <div class="comment"><p>COMMENTTEXT Merci pour cet article, je le partage avec tous mes amis de la page.</p></div>
      <div class="comment"><p>COMMENTTEXT Encore de la propagande, comme d'habitude chez vous.</p></div>
    </section>
  </main>
  <footer><p>FOOTERTEXT © Le Quotidien, tous droits réservés. Mentions légales. Contact.</p></footer>
  <script>var SCRIPTTEXT = "Abou Kamal";</script>
</body></html>`;
}

function load(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

/** Text nodes of the document, to check that extraction maps into the live page and not into a copy. */
function liveTextNodes(document: Document): Set<Text> {
  const nodes = new Set<Text>();
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) nodes.add(child as Text);
      else walk(child);
    }
  };
  walk(document.documentElement);
  return nodes;
}

describe('extractArticle', () => {
  it('reads the article paragraphs and marks the page as an article', () => {
    const article = extractArticle(load(articlePage()));
    expect(article.isArticle).toBe(true);
    expect(article.title).toContain('Al-Boukamal presque reprise');
    for (const paragraph of PARAGRAPHS) expect(article.text).toContain(paragraph);
  });

  it('leaves navigation, asides, footer, reader comments and scripts out of the text', () => {
    const { text } = extractArticle(load(articlePage()));
    for (const marker of ['MENUITEM', 'ASIDETEXT', 'COMMENTTEXT', 'FOOTERTEXT', 'SCRIPTTEXT']) {
      expect(text, marker).not.toContain(marker);
    }
  });

  it('keeps the headline in the text even though Readability drops it', () => {
    const { text } = extractArticle(load(articlePage()));
    expect(text.split('\n')).toContain('Al-Boukamal presque reprise');
  });

  it('puts paragraphs on lines of their own', () => {
    const { text } = extractArticle(load(articlePage()));
    const lines = text.split('\n').map((line) => line.trim());
    for (const paragraph of PARAGRAPHS) expect(lines).toContain(paragraph);
  });

  it('maps text offsets back to the text nodes of the page itself', () => {
    const document = load(articlePage());
    const live = liveTextNodes(document);
    const article = extractArticle(document);
    for (const word of ['Al-Boukamal', 'Hezbollah', 'Daech', 'al-Nosra', 'Hama']) {
      const start = article.text.indexOf(word);
      expect(start, word).toBeGreaterThanOrEqual(0);
      const position = locate(article.segments, start, start + word.length);
      expect(position, word).not.toBeNull();
      expect(live.has(position!.startNode), `${word} maps into the live document`).toBe(true);
      expect(position!.startNode).toBe(position!.endNode);
      expect(position!.startNode.data.slice(position!.startOffset, position!.endOffset)).toBe(word);
    }
  });

  it('maps a mention inside inline markup to the right node', () => {
    const html = articlePage().replace(
      'le Hezbollah libanais',
      'le <a href="/tag/hezbollah"><b>Hezbollah</b></a> libanais',
    );
    const document = load(html);
    const article = extractArticle(document);
    const start = article.text.indexOf('Hezbollah libanais');
    expect(start).toBeGreaterThanOrEqual(0);
    const position = locate(article.segments, start, start + 'Hezbollah'.length)!;
    expect(position.startNode.parentNode?.nodeName).toBe('B');
    expect(position.startNode.data.slice(position.startOffset, position.endOffset)).toBe('Hezbollah');
    const after = locate(article.segments, start + 'Hezbollah '.length, start + 'Hezbollah libanais'.length)!;
    expect(after.startNode.data.slice(after.startOffset, after.endOffset)).toBe('libanais');
  });

  it('does not modify the page', () => {
    const document = load(articlePage());
    const before = document.documentElement.outerHTML;
    const title = document.title;
    extractArticle(document);
    extractArticle(document, { force: true });
    expect(document.documentElement.outerHTML).toBe(before);
    expect(document.title).toBe(title);
  });

  it('does not call a short page or a link listing an article', () => {
    const listing = load(`<html><head><title>Monde</title></head><body><nav>Accueil</nav><ul>
      ${Array.from({ length: 20 }, (_, index) => `<li><a href="/a${index}">Titre numéro ${index} sur la Syrie</a></li>`).join('')}
      </ul></body></html>`);
    const result = extractArticle(listing);
    expect(result.isArticle).toBe(false);
    expect(result.text).toBe('');
  });

  it('with force, reads a page that is not an article whole', () => {
    const page = load('<html><head><title>Brève</title></head><body><p>Daech a fui Abou Kamal.</p></body></html>');
    const result = extractArticle(page, { force: true });
    expect(result.isArticle).toBe(false);
    expect(result.text).toContain('Daech a fui Abou Kamal.');
    const start = result.text.indexOf('Abou Kamal');
    const position = locate(result.segments, start, start + 'Abou Kamal'.length)!;
    expect(position.startNode.data.slice(position.startOffset, position.endOffset)).toBe('Abou Kamal');
  });

  it('returns an empty result for an empty document without throwing', () => {
    const result = extractArticle(load('<html><body></body></html>'), { force: true });
    expect(result.text).toBe('');
    expect(result.isArticle).toBe(false);
  });

  it('does not throw on a very deeply nested page', () => {
    const depth = 20_000;
    const html = `<html><body>${'<div>'.repeat(depth)}<p>Daech a fui Abou Kamal.</p>${'</div>'.repeat(depth)}</body></html>`;
    const document = load(html);
    expect(() => extractArticle(document)).not.toThrow();
    // "Analyse anyway" (and the CLI, which always forces) must not crash on it either.
    expect(() => extractArticle(document, { force: true })).not.toThrow();
  }, 120_000);
});
