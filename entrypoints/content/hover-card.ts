import { cardContent, unlinkedCardContent, type CardContent } from '../../lib/highlight/card';
import { eventRoleOf } from '../../lib/event/role';
import type { KnowledgeEntity } from '../../lib/knowledge/schema';
import { highlightTypeOf } from '../../lib/highlight/highlight-type';
import { DEFAULT_COLOURS } from '../../lib/settings';
import type { Analysis, EventCard } from '../../lib/types';
import { t, uiLanguage } from '../../platform/i18n';
import type { MentionIndex, PaintedMention } from './mention-index';
import { revealRange } from './reveal';

// The hover card: what a highlighted name is, shown by pointer or keyboard focus. It lives in a shadow root under
// <html> (not <body>, which frameworks own and re-render), so the page's CSS cannot reach it and its CSS cannot
// reach the page. It is only created the first time it is needed.

const STYLE = `
:host { all: initial; }
.card {
  position: fixed; z-index: 2147483647; box-sizing: border-box; max-width: 340px; min-width: 220px;
  padding: 10px 12px 8px; border-radius: 8px; border-left: 6px solid var(--type-colour);
  font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; text-align: left;
  color: #1d2430; background: #fdfdfc; box-shadow: 0 4px 18px rgba(0, 0, 0, 0.25), 0 0 0 1px rgba(0, 0, 0, 0.12);
}
@media (prefers-color-scheme: dark) {
  .card { color: #e8ecf2; background: #1f242c; box-shadow: 0 4px 18px rgba(0, 0, 0, 0.6), 0 0 0 1px #3a414c; }
  .meta, .count { color: #aab3c0; }
  button { color: #e8ecf2; background: #2c333d; border-color: #4a5361; }
}
.kind { font-size: 11px; letter-spacing: 0.03em; text-transform: uppercase; color: #4a5565; }
.name { margin: 2px 0 4px; font-size: 15px; font-weight: 650; }
.description { margin: 0 0 6px; }
.meta { margin: 0; color: #4a5565; font-size: 12px; }
.meta b { font-weight: 600; }
.quoted { margin: 4px 0 0; font-size: 12px; font-style: italic; }
.unlinked { margin: 0 0 6px; font-size: 12px; font-style: italic; opacity: 0.85; }
.nav { display: flex; align-items: center; gap: 6px; margin-top: 8px; padding-top: 6px;
  border-top: 1px solid rgba(127, 127, 127, 0.3); }
.count { flex: 1; color: #4a5565; font-size: 12px; }
button { font: inherit; font-size: 12px; padding: 2px 8px; border-radius: 4px; cursor: pointer;
  color: #1d2430; background: #f1f3f6; border: 1px solid #c5ccd6; }
button:focus-visible { outline: 2px solid #0072b2; outline-offset: 1px; }
button:disabled { opacity: 0.5; cursor: default; }
`;

export class HoverCard {
  private host: HTMLElement | null = null;
  private card: HTMLElement | null = null;
  private shown: PaintedMention | null = null;
  private hideTimer = 0;
  private frame = 0;
  /** Where the pointer last was (viewport coordinates), to show a card when the data arrives under it. */
  private pointer: { x: number; y: number; overCard: boolean } | null = null;

  constructor(
    private readonly document: Document,
    private readonly lookup: () => {
      index: MentionIndex;
      analysis: Analysis;
      entities: ReadonlyMap<string, KnowledgeEntity>;
    } | null,
  ) {
    const view = document.defaultView!;
    document.addEventListener('pointermove', (event) => this.onPointer(event), { passive: true, capture: true });
    document.addEventListener('focusin', (event) => this.onFocus(event.target), true);
    document.addEventListener('selectionchange', () => this.onSelection());
    document.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && this.shown) this.hide();
    });
    view.addEventListener('scroll', () => this.place(), { passive: true, capture: true });
    view.addEventListener('resize', () => this.place(), { passive: true });
  }

  /** The card's host element once created: the page watcher ignores changes inside it. */
  get element(): HTMLElement | null {
    return this.host;
  }

  private onPointer(event: PointerEvent): void {
    if (event.pointerType === 'touch') return;
    const path = event.composedPath();
    this.pointer = { x: event.clientX, y: event.clientY, overCard: this.host !== null && path.includes(this.host) };
    // Pages that are not articles (and pages not yet read) have nothing to show: no frame is asked for. refresh()
    // looks at the pointer kept above once a reading arrives.
    if (this.frame || !this.lookup()) return;
    this.frame = this.document.defaultView!.requestAnimationFrame(() => {
      this.frame = 0;
      this.showAtPointer();
    });
  }

  private showAtPointer(): void {
    if (!this.pointer) return;
    if (this.pointer.overCard) return this.cancelHide();
    const data = this.lookup();
    const mention = data?.index.atPoint(this.document, this.pointer.x, this.pointer.y) ?? null;
    if (mention) this.show(mention);
    else if (this.shown) this.hideSoon();
  }

  /**
   * The page was read again, or the knowledge base arrived: a pointer already resting on a name gets its card
   * without having to move (the first reading and the descriptions land after the reader may have pointed).
   */
  refresh(): void {
    if (!this.shown) this.showAtPointer();
  }

  private onFocus(target: EventTarget | null): void {
    if (!(target instanceof Element) || (this.host && target === this.host)) return;
    const mention = this.lookup()?.index.within(target) ?? null;
    if (mention) this.show(mention);
    else if (this.shown) this.hide();
  }

  /** Caret browsing (F7) or a keyboard selection that lands in a mention. */
  private onSelection(): void {
    const selection = this.document.getSelection();
    if (!selection || !selection.focusNode || !selection.isCollapsed) return;
    const mention = this.lookup()?.index.atCaret(selection.focusNode, selection.focusOffset);
    if (mention) this.show(mention);
  }

  show(mention: PaintedMention): void {
    this.cancelHide();
    const data = this.lookup();
    const entity = data?.entities.get(mention.entityId);
    const result = data?.analysis.entities.find((candidate) => candidate.id === mention.entityId);
    if (!data || !result || (!entity && result.linked)) return;
    const same = this.shown?.range === mention.range;
    this.shown = mention;
    if (!same) {
      const lang = data.analysis.lang;
      const type = highlightTypeOf(result);
      const content = entity ? cardContent(entity, lang, type) : unlinkedCardContent(result, lang, type);
      this.render(data.index, result.id, content, result.quoted, data.analysis.event);
    }
    this.place();
  }

  hide(): void {
    this.cancelHide();
    this.shown = null;
    if (this.card) this.card.hidden = true;
  }

  private hideSoon(): void {
    if (this.hideTimer) return;
    this.hideTimer = this.document.defaultView!.setTimeout(() => this.hide(), 350);
  }

  private cancelHide(): void {
    if (this.hideTimer) this.document.defaultView!.clearTimeout(this.hideTimer);
    this.hideTimer = 0;
  }

  private ensureHost(): HTMLElement {
    if (this.card && this.host?.isConnected) return this.card;
    const host = this.document.createElement('repere-card');
    host.setAttribute('style', 'all: initial !important; position: static !important; display: block !important;');
    const shadow = host.attachShadow({ mode: 'open' });
    const style = this.document.createElement('style');
    style.textContent = STYLE;
    const card = this.document.createElement('div');
    card.className = 'card';
    card.setAttribute('role', 'dialog');
    card.setAttribute('aria-label', t('cardLabel'));
    card.hidden = true;
    card.addEventListener('pointerenter', () => this.cancelHide());
    card.addEventListener('pointerleave', () => this.hideSoon());
    shadow.append(style, card);
    this.document.documentElement.append(host);
    this.host = host;
    this.card = card;
    return card;
  }

  private render(
    index: MentionIndex,
    id: string,
    content: CardContent,
    quoted: boolean,
    event: EventCard | null = null,
  ): void {
    const card = this.ensureHost();
    const element = (tag: string, className: string, text: string, testId = className) => {
      const node = this.document.createElement(tag);
      node.className = className;
      node.setAttribute('data-testid', testId);
      node.textContent = text;
      node.lang = content.lang;
      return node;
    };
    card.replaceChildren();
    card.style.setProperty('--type-colour', DEFAULT_COLOURS[content.type]);
    card.setAttribute('data-entity-id', id);
    card.append(
      element('div', 'kind', `${content.typeLabel} · ${content.kindLabel}`),
      element('div', 'name', content.name),
    );
    if (content.description) card.append(element('p', 'description', content.description));
    if (!content.linked) card.append(element('p', 'unlinked', t('cardNotLinked')));
    const colon = uiLanguage().startsWith('fr') ? '\u00a0: ' : ': ';
    const meta = (label: string, value: string, testId: string) => {
      const line = element('p', 'meta', '', `${testId}-line`);
      const bold = this.document.createElement('b');
      bold.textContent = `${label}${colon}`;
      line.append(bold, element('span', 'value', value, testId));
      card.append(line);
    };
    if (content.country) meta(t('cardCountry'), content.country, 'country');
    if (content.position) meta(t('cardCoordinates'), content.position, 'position');
    if (content.affiliation) meta(t('cardAffiliation'), content.affiliation, 'affiliation');
    if (quoted) card.append(element('p', 'quoted', t('cardQuoted')));
    // The article's event this place or group takes part in, with its first toll as the article words it.
    if (eventRoleOf(event, id)) {
      const kind = t(`eventKind_${event!.kind.replace('-', '_')}`);
      const toll = event!.casualties.find((casualty) => casualty.status === 'killed')?.mention.text;
      card.append(element('p', 'event', t('eventOfEntity', [toll ? `${kind} (${toll})` : kind]), 'card-event'));
    }
    const ranges = index.rangesOf(id);
    const nav = element('div', 'nav', '');
    const count = element(
      'span',
      'count',
      ranges.length === 1 ? t('cardOneMention') : t('cardMentions', [String(ranges.length)]),
    );
    nav.append(count);
    if (ranges.length > 1) {
      const position = ranges.indexOf(this.shown!.range);
      const step = (delta: number) => {
        const live = index.rangesOf(id);
        const at = Math.max(0, live.indexOf(this.shown?.range ?? live[0]!));
        const target = live[(at + delta + live.length) % live.length]!;
        this.shown = { range: target, entityId: id, index: (at + delta + live.length) % live.length };
        revealRange(this.document, target);
        count.title = t('cardPosition', [String(this.shown.index + 1), String(live.length)]);
        this.place();
      };
      const button = (text: string, label: string, testId: string, delta: number) => {
        const node = element('button', '', text, testId);
        node.setAttribute('type', 'button');
        node.setAttribute('aria-label', label);
        node.addEventListener('click', (event) => {
          event.stopPropagation();
          step(delta);
        });
        return node;
      };
      count.title = t('cardPosition', [String(position + 1), String(ranges.length)]);
      nav.append(
        button(`‹ ${t('cardPrevious')}`, t('cardPreviousLabel'), 'previous', -1),
        button(`${t('cardNext')} ›`, t('cardNextLabel'), 'next', 1),
      );
    }
    card.append(nav);
  }

  /** Puts the card under the mention (above it when there is no room below), inside the window. */
  private place(): void {
    if (!this.card || !this.shown) return;
    const rect = this.shown.range.getBoundingClientRect();
    const view = this.document.defaultView!;
    if (!this.shown.range.startContainer.isConnected || (rect.width === 0 && rect.height === 0)) {
      this.hide();
      return;
    }
    this.card.hidden = false;
    const width = this.card.offsetWidth;
    const height = this.card.offsetHeight;
    const left = Math.min(Math.max(8, rect.left), Math.max(8, view.innerWidth - width - 8));
    const below = rect.bottom + 6;
    const top = below + height > view.innerHeight - 8 && rect.top - height - 6 > 8 ? rect.top - height - 6 : below;
    this.card.style.left = `${Math.round(left)}px`;
    this.card.style.top = `${Math.round(top)}px`;
  }
}
