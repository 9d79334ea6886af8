/// <reference lib="dom" />
import { classAttribute } from './dom';
import type { PageInventory } from './inventory';
import { countWords } from './text';

/**
 * Text a reader cannot see must not reach the summarizer: hidden text is a prompt-injection channel, and it is never
 * part of the article the reader chose. We cannot run the page's CSS, so we honour what is declared on the element
 * (`hidden`, `aria-hidden`, inline styles) and the rules of the page's own `<style>` sheets that hide in any viewport.
 */

/** Declarations that make an element and its text invisible, in an inline style or a stylesheet rule. */
const INVISIBLE_STYLE = new RegExp(
  '(?:^|;)\\s*(?:' +
    [
      'display\\s*:\\s*none',
      'visibility\\s*:\\s*(?:hidden|collapse)',
      'opacity\\s*:\\s*0(?:\\.0*)?\\s*(?:!important\\s*)?(?:;|$)',
      'font-size\\s*:\\s*0(?:px|em|rem|%)?\\s*(?:!important\\s*)?(?:;|$)',
      'clip\\s*:\\s*rect\\(\\s*0',
      'clip-path\\s*:\\s*inset\\(\\s*50%',
      '(?:left|top|text-indent)\\s*:\\s*-\\d{4,}',
    ].join('|') +
    ')',
  'i',
);
const INVISIBLE_STYLE_ANYWHERE = new RegExp(INVISIBLE_STYLE.source.replace('(?:^|;)', '[{;]'), 'i');
const SIMPLE_SELECTOR = /^([.#])(-?[_a-zA-Z][\w-]*)$/;

/**
 * Some sites ship the whole page inside a wrapper that their scripts reveal later (anti-flicker, app shells): without
 * scripts the page is blank. A hidden element holding more than this share of the page's text is treated as such a
 * wrapper and kept, but only on a page that is otherwise blank (see SHELL_VISIBLE_WORDS); hidden parts inside it are
 * still removed. (On the 105 benchmark and Readability test pages no element reaches this share: the rule is a safety
 * net for recall, not a source of it.)
 */
const REVEALED_WRAPPER_SHARE = 0.8;
/**
 * An app shell shows next to nothing until its scripts run. A page with at least this many visible words outside its
 * large hidden blocks has a visible article, and a large hidden block beside it is not a wrapper waiting to be
 * revealed but text kept from the reader: a long `display:none` block of instructions is otherwise "most of the page".
 */
const SHELL_VISIBLE_WORDS = 20;
/** Only blocks of more characters than this may be revealed wrappers; shorter hidden elements go at once. */
const WRAPPER_MIN_LENGTH = 200;
/** Elements whose text is never visible words of the page, whatever is hidden. */
const NOT_TEXT = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'SVG', 'HEAD', 'TITLE']);

function styleHides(style: string): boolean {
  return INVISIBLE_STYLE.test(style.replace(/\/\*[\s\S]*?\*\//g, ''));
}

interface HidingSelectors {
  classes: Set<string>;
  ids: Set<string>;
  /** Any other selector (`article .x`, `div.x`, `[data-h]`), to be matched by the DOM. */
  others: Set<string>;
  /** Selector lists of the rules that show elements, kept unparsed: they are needed only if `others` match. */
  revealing: string[];
  /** Sheets with no hiding rule, not scanned for revealing rules yet. */
  unscanned: string[];
}

/**
 * Selectors other than a bare class or id kept from a page's sheets at most (a site-wide sheet may hold thousands);
 * beyond this many, the rest of its hiding rules are not honoured.
 */
const MAX_OTHER_SELECTORS = 200;
/** Rules of CSS resets for elements removed anyway: no need to ask the selector engine. */
const ALREADY_HIDDEN = new Set(['[hidden]', 'template', 'noscript', 'dialog']);

function isMatchableSelector(selector: string): boolean {
  return selector !== '' && !selector.includes(':') && !ALREADY_HIDDEN.has(selector);
}

/**
 * Selectors that the page's own stylesheets hide outright (`.sr-hide{display:none}`, `article .note{display:none}`).
 * Selectors with a colon are left out: pseudo-elements (`::before`) hide generated content, not the element, and
 * pseudo-classes (`:hover`, `:checked`) hide only in a state the page may not be in.
 */
function hidingSelectors(styleSheets: readonly string[]): HidingSelectors {
  const selectors: HidingSelectors = {
    classes: new Set(),
    ids: new Set(),
    others: new Set(),
    revealing: [],
    unscanned: [],
  };
  for (const sheet of styleSheets) {
    if (!INVISIBLE_STYLE_ANYWHERE.test(sheet)) {
      selectors.unscanned.push(sheet);
      continue;
    }
    for (const rule of topLevelRules(sheet)) {
      if (!styleHides(rule.declarations)) {
        if (REVEALING_STYLE.test(rule.declarations)) selectors.revealing.push(rule.selectors);
        continue;
      }
      for (const selector of rule.selectors.split(',')) {
        const trimmed = selector.trim();
        const simple = SIMPLE_SELECTOR.exec(trimmed);
        if (simple?.[1] === '.') selectors.classes.add(simple[2] ?? '');
        else if (simple?.[1] === '#') selectors.ids.add(simple[2] ?? '');
        else if (isMatchableSelector(trimmed) && selectors.others.size < MAX_OTHER_SELECTORS) {
          selectors.others.add(trimmed);
        }
      }
    }
  }
  return selectors;
}

/**
 * Rules outside any at-rule: what `@media` hides depends on a viewport we do not have, so those rules are ignored.
 * Jumps from brace to brace: inline stylesheets run to hundreds of kilobytes.
 */
function* topLevelRules(css: string): Generator<{ selectors: string; declarations: string }> {
  const source = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const brace = /[{}]/g;
  let depth = 0;
  let preludeStart = 0;
  let blockStart = 0;
  let prelude = '';
  for (let match = brace.exec(source); match !== null; match = brace.exec(source)) {
    if (match[0] === '{') {
      if (depth === 0) {
        prelude = source.slice(preludeStart, match.index);
        blockStart = match.index + 1;
      }
      depth++;
    } else if (depth > 0) {
      depth--;
      if (depth === 0) {
        // A statement at-rule (`@import …;`) may precede the selector in the same prelude.
        const selectors = prelude.slice(prelude.lastIndexOf(';') + 1);
        if (!selectors.trimStart().startsWith('@')) {
          yield { selectors, declarations: source.slice(blockStart, match.index) };
        }
        preludeStart = match.index + 1;
      }
    }
  }
}

/** Hidden by its own attributes: `hidden`, `aria-hidden="true"` or an inline style. */
function declaresItselfHidden(element: Element): boolean {
  const hidden = element.getAttribute('hidden');
  if (hidden !== null && hidden.toLowerCase() !== 'until-found') return true;
  if (element.getAttribute('aria-hidden')?.trim().toLowerCase() === 'true') return true;
  const style = element.getAttribute('style');
  return style !== null && styleHides(style);
}

function hiddenByStylesheet(element: Element, selectors: Pick<HidingSelectors, 'classes' | 'ids'>): boolean {
  if (selectors.ids.size > 0) {
    const id = element.getAttribute('id');
    if (id !== null && selectors.ids.has(id)) return true;
  }
  if (selectors.classes.size > 0) {
    const classes = classAttribute(element);
    if (classes !== null && classes.split(/\s+/).some((name) => selectors.classes.has(name))) return true;
  }
  return false;
}

function textLength(node: Node): number {
  return node.textContent?.length ?? 0;
}

/** Removes from the document every element a reader of the rendered page would not see. */
export function removeHiddenContent(document: Document, inventory: PageInventory): void {
  for (const element of inventory.invisible) element.remove();

  const selectors = hidingSelectors(inventory.styleSheets);
  const hidden = inventory.declaredHidden.filter(declaresItselfHidden);
  if (selectors.classes.size > 0 || selectors.ids.size > 0) {
    hidden.push(...inventory.styled.filter((element) => hiddenByStylesheet(element, selectors)));
  }
  if (selectors.others.size > 0) {
    const matched = elementsMatching(document, selectorsThatMayMatch(selectors.others, inventory.styled));
    if (matched.length > 0) {
      const shown = revealedNames(selectors);
      hidden.push(...matched.filter((element) => !hiddenByStylesheet(element, shown)));
    }
  }
  // Only a large hidden block can be a revealed wrapper: the others go at once, and the page is measured only when
  // a large one shows up.
  const large: Element[] = [];
  for (const element of hidden) {
    if (element === document.body || element === document.documentElement) continue;
    if (textLength(element) > WRAPPER_MIN_LENGTH) large.push(element);
    else element.remove();
  }
  if (large.length === 0) return;
  const pageText = textLength(document.body);
  const wrappers = new Set(large.filter((element) => textLength(element) > REVEALED_WRAPPER_SHARE * pageText));
  const appShell =
    wrappers.size > 0 && visibleWordsOutside(document.body, new Set(large), SHELL_VISIBLE_WORDS) < SHELL_VISIBLE_WORDS;
  for (const element of large) {
    if (appShell && wrappers.has(element)) revealWrapper(element);
    else element.remove();
  }
}

/**
 * Words of the text under `root` outside the `excluded` elements and outside scripts and styles, counted up to
 * `limit` (the caller only needs to know whether there are that many). Iterative: documents may be deep.
 */
function visibleWordsOutside(root: Element, excluded: ReadonlySet<Element>, limit: number): number {
  let words = 0;
  const stack: Node[] = [root];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (node.nodeType === 3 /* Node.TEXT_NODE */) {
      words += countWords(node.nodeValue ?? '');
      if (words >= limit) return words;
    } else if (node.nodeType === 1 /* Node.ELEMENT_NODE */) {
      const element = node as Element;
      if (excluded.has(element) || NOT_TEXT.has(element.tagName.toUpperCase())) continue;
      for (let child = element.lastChild; child !== null; child = child.previousSibling) stack.push(child);
    }
  }
  return words;
}

/** A declaration that shows what another rule may hide: a visible `display`, `visibility` or `opacity`. */
const REVEALING_STYLE =
  /(?:^|;)\s*(?:display\s*:\s*(?!none\b)[a-z]|visibility\s*:\s*visible|opacity\s*:\s*(?:0?\.0*[1-9]|[1-9]))/i;
/** The last compound of a selector: what it selects. */
const SUBJECT = /[^\s>+~]+$/;
/** A class or id in a selector, CSS escapes included (`.modal-open_D\(b\)`). */
const ESCAPED_CLASS_OR_ID = /([.#])((?:[\w-]|\\.)+)/g;

/**
 * Classes and ids that some rule of the page's sheets shows (`#app.ready #story{opacity:1}`). We do not run the
 * cascade, so an element a descendant or compound rule hides is left alone when such a rule may show it again: those
 * rules are written for page states (a modal open, scripts loaded) that a saved page may well be in.
 */
function revealedNames(selectors: HidingSelectors): Pick<HidingSelectors, 'classes' | 'ids'> {
  const names = { classes: new Set<string>(), ids: new Set<string>() };
  const revealing = [...selectors.revealing];
  for (const sheet of selectors.unscanned) {
    for (const rule of topLevelRules(sheet)) {
      if (REVEALING_STYLE.test(rule.declarations)) revealing.push(rule.selectors);
    }
  }
  for (const list of revealing) {
    for (const selector of list.split(',')) {
      const subject = SUBJECT.exec(selector.trim())?.[0] ?? '';
      for (const [, kind, name] of subject.matchAll(ESCAPED_CLASS_OR_ID)) {
        (kind === '.' ? names.classes : names.ids).add((name ?? '').replace(/\\(.)/g, '$1'));
      }
    }
  }
  return names;
}

/** A class or id named in a selector, outside attribute conditions (`[href$=".pdf"]`). */
const NAMED_CLASS_OR_ID = /([.#])(-?[_a-zA-Z][\w-]*)/g;

/**
 * The selectors whose every class and id is on the page: a site's stylesheet is written for all its pages, and the
 * selector engine costs about 0.1 ms per selector on a news page, where a lookup in these sets costs next to nothing.
 */
function selectorsThatMayMatch(selectors: ReadonlySet<string>, styled: readonly Element[]): string[] {
  const classes = new Set<string>();
  const ids = new Set<string>();
  for (const element of styled) {
    const classList = classAttribute(element);
    if (classList !== null) for (const name of classList.split(/\s+/)) classes.add(name);
    const id = element.getAttribute('id');
    if (id !== null) ids.add(id);
  }
  const mayMatch: string[] = [];
  for (const selector of selectors) {
    let onPage = true;
    for (const [, kind, name] of selector.replace(/\[[^\]]*\]/g, '').matchAll(NAMED_CLASS_OR_ID)) {
      if (!(kind === '.' ? classes : ids).has(name ?? '')) {
        onPage = false;
        break;
      }
    }
    if (onPage) mayMatch.push(selector);
  }
  return mayMatch;
}

/**
 * Elements matched by any of the selectors, in one pass over the document when the selector engine parses them all;
 * otherwise one by one, skipping those it cannot parse (page CSS is written for browsers, not for linkedom).
 */
function elementsMatching(document: Document, selectors: readonly string[]): Element[] {
  if (selectors.length === 0) return [];
  try {
    return Array.from(document.querySelectorAll(selectors.join(',')));
  } catch {
    const found: Element[] = [];
    for (const selector of selectors) {
      try {
        found.push(...Array.from(document.querySelectorAll(selector)));
      } catch {
        // Not a selector linkedom understands: the rule is not honoured.
      }
    }
    return found;
  }
}

/** Shows a kept wrapper as the page's scripts would, so that Readability, which skips hidden nodes, reads it. */
function revealWrapper(element: Element): void {
  for (const attribute of ['hidden', 'aria-hidden', 'style']) element.removeAttribute(attribute);
}
