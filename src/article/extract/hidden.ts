/// <reference lib="dom" />
import { classAttribute } from './dom';
import type { PageInventory } from './inventory';
import { countWords } from './text';

/**
 * Text a reader cannot see must not reach the summarizer: hidden text is a prompt-injection channel, and it is never
 * part of the article the reader chose. We cannot run the page's CSS, so we honour what is declared on the element
 * (`hidden`, `aria-hidden`, inline styles) and the simple class and id rules of the page's own `<style>` sheets.
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
/** Only blocks this long (characters of text) are considered as revealed wrappers; shorter hidden elements go at once. */
const WRAPPER_MIN_LENGTH = 200;
/** Elements whose text is never visible words of the page, whatever is hidden. */
const NOT_TEXT = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'SVG', 'HEAD', 'TITLE']);

function styleHides(style: string): boolean {
  return INVISIBLE_STYLE.test(style.replace(/\/\*[\s\S]*?\*\//g, ''));
}

interface HidingSelectors {
  classes: Set<string>;
  ids: Set<string>;
}

/** Class and id selectors that the page's own stylesheets hide outright (`.sr-hide{display:none}`). */
function hidingSelectors(styleSheets: readonly string[]): HidingSelectors {
  const selectors: HidingSelectors = { classes: new Set(), ids: new Set() };
  for (const sheet of styleSheets) {
    if (!INVISIBLE_STYLE_ANYWHERE.test(sheet)) continue;
    for (const rule of topLevelRules(sheet)) {
      if (!styleHides(rule.declarations)) continue;
      for (const selector of rule.selectors.split(',')) {
        const simple = SIMPLE_SELECTOR.exec(selector.trim());
        if (simple?.[1] === '.') selectors.classes.add(simple[2] ?? '');
        else if (simple?.[1] === '#') selectors.ids.add(simple[2] ?? '');
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

function hiddenByStylesheet(element: Element, selectors: HidingSelectors): boolean {
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

/** Shows a kept wrapper as the page's scripts would, so that Readability, which skips hidden nodes, reads it. */
function revealWrapper(element: Element): void {
  for (const attribute of ['hidden', 'aria-hidden', 'style']) element.removeAttribute(attribute);
}
