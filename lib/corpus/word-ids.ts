const SPACE = 32;
// FNV-1a.
const SEED = 0x811c9dc5;
const PRIME = 0x01000193;

/**
 * Ids of distinct words, found from a word's place in a text (an open-addressing table over the characters): no
 * string is made for a word already seen, where a Map would need each word cut out of the text first.
 */
export class WordIds {
  readonly words: string[] = [];
  private hashes: number[] = [];
  /** Word id + 1 at each slot, 0 for an empty one; never more than half full. */
  private slots = new Int32Array(1 << 12);

  /** Pushes the id of each word of a folded text (words separated by spaces) to `ids`, new words getting new ids. */
  idsOf(text: string, ids: number[]): void {
    let from = 0;
    let hash = SEED;
    for (let at = 0; at < text.length; at += 1) {
      const code = text.charCodeAt(at);
      if (code !== SPACE) {
        hash = Math.imul(hash ^ code, PRIME);
        continue;
      }
      if (at > from) ids.push(this.idOf(text, from, at, hash));
      from = at + 1;
      hash = SEED;
    }
    if (text.length > from) ids.push(this.idOf(text, from, text.length, hash));
  }

  private idOf(text: string, from: number, end: number, hash: number): number {
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const stored = this.slots[slot]!;
      if (stored === 0) {
        const id = this.words.length;
        this.words.push(text.slice(from, end));
        this.hashes.push(hash);
        this.slots[slot] = id + 1;
        if (this.words.length * 2 > this.slots.length) this.grow();
        return id;
      }
      const id = stored - 1;
      if (this.hashes[id] === hash && sameWord(this.words[id]!, text, from, end)) return id;
    }
  }

  /** The ids in the order of their words. */
  sortedIds(): number[] {
    const ids = this.words.map((_, id) => id);
    return ids.sort((a, b) => (this.words[a]! < this.words[b]! ? -1 : 1));
  }

  private grow(): void {
    this.slots = new Int32Array(this.slots.length * 2);
    const mask = this.slots.length - 1;
    this.hashes.forEach((hash, id) => {
      let slot = hash & mask;
      while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
      this.slots[slot] = id + 1;
    });
  }
}

function sameWord(word: string, text: string, from: number, end: number): boolean {
  if (word.length !== end - from) return false;
  for (let at = 0; at < word.length; at += 1) if (word.charCodeAt(at) !== text.charCodeAt(from + at)) return false;
  return true;
}
