import { describe, expect, it } from 'vitest';
import { locate, mapTextNodes } from '../../lib/article/text-map';

interface FakeNode {
  name: string;
  data: string;
}
const node = (name: string, data: string): FakeNode => ({ name, data });
const visit = (n: FakeNode, newBlock = false) => ({ node: n, newBlock });

/** What a range built from `locate` would cover on the page. */
function covered(segments: Parameters<typeof locate<FakeNode>>[0], start: number, end: number): string | null {
  const position = locate(segments, start, end);
  if (!position) return null;
  if (position.startNode === position.endNode)
    return position.startNode.data.slice(position.startOffset, position.endOffset);
  return position.startNode.data.slice(position.startOffset) + '|' + position.endNode.data.slice(0, position.endOffset);
}

describe('mapTextNodes', () => {
  it('collapses runs of white space and trims the start, as a reader sees the text', () => {
    const { text } = mapTextNodes([visit(node('a', '   Les   forces\n\t syriennes  '), true)]);
    expect(text).toBe('Les forces syriennes ');
  });

  it('puts one line break between blocks and none inside a block', () => {
    const title = node('h1', 'Abou Kamal reprise');
    const first = node('p1', 'Les forces ');
    const bold = node('b', 'syriennes');
    const rest = node('p1b', ' avancent.');
    const second = node('p2', 'Deuxième paragraphe.');
    const { text } = mapTextNodes([
      visit(title, true),
      visit(first, true),
      visit(bold),
      visit(rest),
      visit(second, true),
    ]);
    expect(text).toBe('Abou Kamal reprise\nLes forces syriennes avancent.\nDeuxième paragraphe.');
  });

  it('skips nodes that hold only white space without adding blank lines', () => {
    const { text, segments } = mapTextNodes([
      visit(node('a', 'Un.'), true),
      visit(node('ws', '\n    \n'), true),
      visit(node('b', 'Deux.'), true),
    ]);
    expect(text.split('\n').map((line) => line.trim())).toEqual(['Un.', 'Deux.']);
    expect(segments.map((segment) => segment.node.name)).toContain('b');
  });

  it('returns empty text for no nodes', () => {
    expect(mapTextNodes([])).toEqual({ text: '', segments: [] });
  });
});

describe('locate', () => {
  const nodes = [
    node('p1', '  La ville   d’al-Boukamal '),
    node('b', 'est presque'),
    node('p1c', ' libérée.'),
    node('p2', 'Selon   l’OSDH, « les combats continuent ».'),
  ];
  const { text, segments } = mapTextNodes([
    visit(nodes[0]!, true),
    visit(nodes[1]!),
    visit(nodes[2]!),
    visit(nodes[3]!, true),
  ]);

  it('maps each word of the text back to the same word in its node, across collapsed white space', () => {
    for (const word of ['La', 'ville', 'al-Boukamal', 'est', 'presque', 'libérée', 'OSDH', 'Selon', 'combats']) {
      const start = text.indexOf(word);
      expect(start, word).toBeGreaterThanOrEqual(0);
      expect(covered(segments, start, start + word.length), word).toBe(word);
    }
  });

  it('names the node each end of the range falls in', () => {
    const start = text.indexOf('OSDH');
    const position = locate(segments, start, start + 4)!;
    expect(position.startNode).toBe(nodes[3]);
    expect(position.endNode).toBe(nodes[3]);
    expect(nodes[3]!.data.slice(position.startOffset, position.endOffset)).toBe('OSDH');
  });

  it('spans several nodes when a phrase crosses inline markup', () => {
    const start = text.indexOf('al-Boukamal');
    const end = text.indexOf('presque') + 'presque'.length;
    const position = locate(segments, start, end)!;
    expect(position.startNode).toBe(nodes[0]);
    expect(position.endNode).toBe(nodes[1]);
    expect(covered(segments, start, end)).toBe('al-Boukamal |est presque');
  });

  it('returns null outside the text', () => {
    expect(locate(segments, text.length, text.length + 3)).toBeNull();
    expect(locate(segments, -5, -1)).toBeNull();
    expect(locate([], 0, 1)).toBeNull();
  });

  it('returns null for a range that starts or ends on a block break that no node holds', () => {
    const lineBreak = text.indexOf('\n');
    expect(lineBreak).toBeGreaterThan(0);
    expect(locate(segments, lineBreak, lineBreak + 1)).toBeNull();
  });
});
