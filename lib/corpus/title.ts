const MAX_TITLE = 110;

/**
 * A title for a text captured without one: the first line that reads like a headline (captured pages sometimes
 * start with a section label like "IraqSyria"), cut at a word boundary when it is really a whole paragraph.
 */
export function titleOf(text: string): string {
  const lines = text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  const line = lines.find((candidate) => candidate.split(/\s+/).length >= 4) ?? lines[0] ?? '';
  if (line.length <= MAX_TITLE) return line;
  const cut = line.slice(0, MAX_TITLE);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 40)).replace(/[\s,;:]+$/, '')}…`;
}
