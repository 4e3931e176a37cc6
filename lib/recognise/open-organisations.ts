// Organisations the knowledge base does not know, named by a run of capitalised words that ends in what the
// organisation is ("Jordanian 71st Counter Terrorism Battalion", "State Board of Antiquities", "Syria Recovery
// Trust Fund", "Bahrain Mirror"). A country inside such a name is part of the name, not a place mention: the
// caller drops the place mentions an organisation's name covers.
import type { Piece } from './name-runs';
import { neverInName, PARTICLES } from './name-runs';
import type { OpenMention } from './open-persons';
import { unlinkedEntity, type UnlinkedEntity } from './unlinked';

type Head = { type: UnlinkedEntity['type']; kind: string };
const ARMED: Head = { type: 'group', kind: 'armed-group' };
const BODY: Head = { type: 'source', kind: 'organisation' };
// A military command speaks for its forces: the knowledge base files commands among sources.
const COMMAND: Head = { type: 'source', kind: 'military-command' };
const OUTLET: Head = { type: 'source', kind: 'outlet' };

// The last word of an organisation's name says what it is.
const HEADS: Record<string, Head> = Object.fromEntries([
  ...`army armies forces force navy guard guards battalion battalions brigade brigades regiment squadron wing corps
division front militia militias units unit marines fleet group legion armée bataillon régiment`
    .split(/\s+/)
    .map((word) => [word, ARMED]),
  ...`command commandement`.split(/\s+/).map((word) => [word, COMMAND]),
  ...`council committee commission ministry department office agency fund bank organisation organization union
government embassy university museum board institute centre center trust foundation society association authority
observatory mission programme program court parliament assembly administration secretariat service services
conseil comité commission ministère département bureau agence fonds banque organisation union gouvernement ambassade
université musée institut centre fondation société association autorité observatoire mission tribunal parlement
assemblée administration secrétariat`
    .split(/\s+/)
    .map((word) => [word, BODY]),
  ...`news times post mirror gazette herald journal tribune daily press telegraph chronicle observer tv television
radio channel network`
    .split(/\s+/)
    .map((word) => [word, OUTLET]),
]);

const isNamePiece = (piece: Piece) =>
  piece.capitalised || (piece.numeric && /^\p{N}+(?:st|nd|rd|th|e|er|ème)?$/u.test(piece.word));
const isParticle = (piece: Piece) => !piece.capitalised && PARTICLES.has(piece.lower);

/**
 * Organisations in runs of capitalised words. `covered` says which pieces another name already holds, and
 * `placeOnly` which of those are held only by a place (a country may sit inside an organisation's name).
 */
export function findOpenOrganisations(
  text: string,
  all: readonly Piece[],
  covered: (piece: Piece) => boolean,
  placeOnly: (piece: Piece) => boolean,
): OpenMention[] {
  const pieceRuns: Piece[][] = [];
  let run: Piece[] = [];
  const close = () => {
    if (run.length) pieceRuns.push(run);
    run = [];
  };
  for (const piece of all) {
    const usable =
      (isNamePiece(piece) || isParticle(piece)) && !neverInName(piece) && (!covered(piece) || placeOnly(piece));
    if (!usable) {
      close();
      continue;
    }
    // "Russia's Aerospace Forces": the name starts after the owner's possessive; and a name ends at its own
    // possessive ("the Board of Inquiry's report", "Central Command's ships"), which stays its last word.
    if (piece.possessive) {
      run.push(piece);
      close();
      continue;
    }
    run.push(piece);
    if (!piece.joinsNext) close();
  }
  close();
  const found: OpenMention[] = [];
  for (let index = 0; index < pieceRuns.length; index += 1) {
    let pieces = pieceRuns[index]!;
    // "Ministry of Culture", "Center for Policy Research": the head comes first, its complement after "of" or "for".
    const next = pieceRuns[index + 1];
    if (
      next &&
      headOf(pieces.at(-1)!) &&
      OF.test(text.slice(pieces.at(-1)!.end, next[0]!.start)) &&
      next.every((piece) => !covered(piece))
    ) {
      pieces = [...pieces, ...next];
      index += 1;
      const mention = organisationIn(text, pieces, true);
      if (mention) found.push(mention);
      continue;
    }
    const mention = organisationIn(text, pieces, false);
    if (mention) found.push(mention);
  }
  return found;
}

// Arabic names of armed groups put what the group is first, then its name with the article: "Jaish al-Umma",
// "Liwa al-Haqq", "Kataib Sayyid al-Shuhada", "Harakat Nour al-Din", "Saraya al-Salam", "Faylaq al-Sham".
const ARABIC_GROUP_HEADS = new Set(
  `jaish jaysh jeish liwa liwaa kataib katib kataeb harakat haraka jabhat jabhet saraya faylaq failaq fayaliq ansar
jund ahrar alwiya alwiyat firqat usbat asaib tajammu jaych kataëb`.split(/\s+/),
);

/** An armed group whose Arabic name opens with what it is and goes on with a particle ("Jaish al-Umma"). */
function arabicGroupHead(pieces: readonly Piece[]): Head | undefined {
  if (!pieces[0]!.capitalised || !ARABIC_GROUP_HEADS.has(pieces[0]!.lower.replace(/['’]/g, ''))) return undefined;
  return pieces.slice(1).some((piece) => isParticle(piece) || piece.capitalised) ? ARMED : undefined;
}

const OF =
  /^[ \u00a0]+(?:(?:of|for|on)(?:[ \u00a0]+the)?|de|du|des|pour|de[ \u00a0]+la|de[ \u00a0]+l['’]|d['’])[ \u00a0]*$/u;
const headOf = (piece: Piece): Head | undefined => (piece.capitalised ? HEADS[piece.lower] : undefined);

function organisationIn(text: string, run: readonly Piece[], headFirst: boolean): OpenMention | null {
  let start = 0;
  while (start < run.length - 1 && isParticle(run[start]!)) start += 1;
  const pieces = run.slice(start);
  if (pieces.length < 2) return null;
  const head =
    (headFirst ? pieces.map(headOf).findLast((item) => item !== undefined) : headOf(pieces.at(-1)!)) ??
    arabicGroupHead(pieces);
  if (!head) return null;
  const begin = pieces[0]!.start;
  const end = pieces.at(-1)!.end;
  const name = text.slice(begin, end);
  return { start: begin, end, text: name, entity: unlinkedEntity(head.type, head.kind, name) };
}
