/// <reference lib="dom" />

/**
 * Everything the extractor needs to know about a page before extraction, gathered in one walk over its elements:
 * selector queries cost linkedom a full document traversal each, and there would be a dozen of them.
 */
export interface PageInventory {
  /** Meta tags keyed by lower-cased `property`, `name`, `itemprop` or `http-equiv`; first declaration wins. */
  metaTags: Map<string, string>;
  jsonLdSources: string[];
  styleSheets: string[];
  canonicalHref: string | null;
  baseHref: string | null;
  /** `itemprop` elements that may carry a date (`<time itemprop="datePublished" datetime=…>`), by lower-cased name. */
  itempropDates: Map<string, string>;
  /**
   * Elements no reader sees as text: templates, noscript fallbacks, styles, hidden inputs, closed dialogs, and SVG
   * drawings (thousands of shapes slow Readability down by orders of magnitude).
   */
  invisible: Element[];
  /** Elements that declare themselves hidden (`hidden`, `aria-hidden`, inline style), to be confirmed. */
  declaredHidden: Element[];
  /** Elements with a class or id, which a page stylesheet rule may hide. */
  styled: Element[];
  /** Page landmarks that hold navigation and sidebars (`nav`, `aside`, `header`, `footer`), to be confirmed. */
  landmarks: Element[];
  /** Alt texts of the page's images, which sites often repeat as a caption paragraph (see `imageCaptionKeys`). */
  imageAlts: string[];
  /** A password field: the page asks the reader to log in. */
  hasPasswordField: boolean;
  elementCount: number;
}

/** Scripts are not listed: Readability reads their JSON-LD, then removes them itself. */
const ALWAYS_INVISIBLE = new Set(['TEMPLATE', 'NOSCRIPT', 'STYLE', 'SVG']);
const LANDMARKS = new Set(['NAV', 'ASIDE', 'HEADER', 'FOOTER']);
const DATE_ITEMPROPS = new Set(['datepublished', 'datemodified']);

function recordMeta(element: Element, tags: Map<string, string>): void {
  const content = element.getAttribute('content');
  if (content === null || content.trim() === '') return;
  for (const attribute of ['property', 'name', 'itemprop', 'http-equiv']) {
    const keys = element.getAttribute(attribute);
    if (keys === null) continue;
    for (const key of keys.toLowerCase().split(/\s+/)) {
      if (key !== '' && !tags.has(key)) tags.set(key, content.trim());
    }
  }
}

function inspect(element: Element, inventory: PageInventory): void {
  // linkedom reports HTML tag names upper-cased already.
  const tag = element.tagName;
  if (tag === 'DIALOG' && !element.hasAttribute('open')) {
    inventory.invisible.push(element);
    return;
  }
  if (LANDMARKS.has(tag)) inventory.landmarks.push(element);
  if (!element.hasAttributes() && !ALWAYS_INVISIBLE.has(tag)) return;
  if (tag === 'META') {
    recordMeta(element, inventory.metaTags);
    return;
  }
  if (tag === 'SCRIPT' && /^\s*application\/ld\+json/i.test(element.getAttribute('type') ?? '')) {
    inventory.jsonLdSources.push(element.textContent ?? '');
  } else if (tag === 'STYLE') {
    inventory.styleSheets.push(element.textContent ?? '');
  } else if (tag === 'LINK' && inventory.canonicalHref === null) {
    const rel = (element.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
    if (rel.includes('canonical')) inventory.canonicalHref = element.getAttribute('href');
  } else if (tag === 'BASE' && inventory.baseHref === null) {
    inventory.baseHref = element.getAttribute('href');
  }

  if (tag === 'IMG') {
    const alt = element.getAttribute('alt');
    if (alt !== null && alt !== '') inventory.imageAlts.push(alt);
  }
  if (tag === 'INPUT' && element.getAttribute('type')?.toLowerCase() === 'password') inventory.hasPasswordField = true;
  if (ALWAYS_INVISIBLE.has(tag) || (tag === 'INPUT' && element.getAttribute('type')?.toLowerCase() === 'hidden')) {
    inventory.invisible.push(element);
    return;
  }

  const itemprop = element.getAttribute('itemprop')?.toLowerCase();
  if (itemprop !== undefined) {
    for (const name of itemprop.split(/\s+/)) {
      if (!DATE_ITEMPROPS.has(name) || inventory.itempropDates.has(name)) continue;
      const value = element.getAttribute('datetime') ?? element.getAttribute('content') ?? element.textContent;
      if (value !== null && value.trim() !== '') inventory.itempropDates.set(name, value.trim());
    }
  }
  if (element.hasAttribute('hidden') || element.hasAttribute('aria-hidden') || element.hasAttribute('style')) {
    inventory.declaredHidden.push(element);
  }
  if (element.hasAttribute('class') || element.hasAttribute('id')) inventory.styled.push(element);
}

export function takeInventory(document: Document): PageInventory {
  const inventory: PageInventory = {
    metaTags: new Map(),
    jsonLdSources: [],
    styleSheets: [],
    canonicalHref: null,
    baseHref: null,
    itempropDates: new Map(),
    invisible: [],
    landmarks: [],
    declaredHidden: [],
    styled: [],
    imageAlts: [],
    hasPasswordField: false,
    elementCount: 0,
  };
  const walker = document.createTreeWalker(document.documentElement, 1 /* NodeFilter.SHOW_ELEMENT */);
  for (let node: Node | null = walker.currentNode; node !== null; node = walker.nextNode()) {
    inventory.elementCount++;
    inspect(node as Element, inventory);
  }
  return inventory;
}
