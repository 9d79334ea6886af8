/// <reference lib="dom" />
import { classAttribute } from './dom';
import { nonWhitespaceLength, whitespaceTokenCount, type TextBlock } from './text';

/**
 * Precision beyond Readability: what it leaves inside the article container that a reader skips over — captions and
 * credits, share bars, newsletter and subscription prompts, "related" lists, author boxes, datelines, page chrome.
 * Two passes: elements whose class or id names them as such, then text blocks that read as such.
 */

/** Class or id words (split on `-`, `_`, spaces and camelCase) that name page furniture, never prose. */
const FURNITURE_WORDS = new Set([
  // captions and credits
  'caption', 'captions', 'credit', 'credits', 'figcaption', 'attribution',
  // sharing and social
  'share', 'sharing', 'sharebar', 'social', 'sociallinks',
  // newsletter, subscription and other calls to action
  'newsletter', 'subscribe', 'subscription', 'signup', 'promo', 'cta', 'registration',
  // related and recommended content
  'related', 'recommended', 'recommendations', 'recirc', 'recirculation', 'outbrain', 'taboola', 'trending',
  'popular', 'mostread', 'readmore', 'readnext', 'upnext',
  // author boxes, bylines, datelines
  'byline', 'bylines', 'dateline', 'timestamp', 'author', 'authors', 'bio', 'contributor',
  // tags, breadcrumbs, comments, print tools
  'tags', 'taglist', 'breadcrumb', 'breadcrumbs', 'comments', 'comment', 'reprints', 'toolbar', 'tools',
  // advertising
  'ad', 'ads', 'advert', 'advertisement', 'sponsor', 'sponsored',
]);

/** Class or id words that mark the article body itself, so a wrapper named `story-body has-share-bar` is kept. */
const BODY_WORDS = new Set(['body', 'content', 'main']);

/** A furniture element holding more than this share of the article's text is a mislabelled body: keep it. */
const MAX_FURNITURE_SHARE = 0.3;

/** Furniture this short is removed whatever the page's size. */
const MIN_FURNITURE_LIMIT = 200;
/** Before extraction the article's share of the page is unknown: only elements far smaller than the page go. */
const PAGE_FURNITURE_SHARE = 0.15;

/** Splits class and id values into words: on separators and between a lower-case letter and a capital. */
const NAME_BOUNDARY = /[^A-Za-z0-9]+|(?<=[a-z])(?=[A-Z])/;

/** True when the element's class or id names it as furniture, and nothing in them names it as the body. */
function isNamedFurniture(element: Element): boolean {
  let furniture = false;
  for (const names of [classAttribute(element), element.getAttribute('id')]) {
    if (names === null || names === '') continue;
    for (const word of names.split(NAME_BOUNDARY)) {
      const lower = word.toLowerCase();
      if (BODY_WORDS.has(lower)) return false;
      furniture ||= FURNITURE_WORDS.has(lower);
    }
  }
  return furniture;
}

function textLength(node: Node): number {
  return node.textContent?.length ?? 0;
}

/**
 * Before Readability runs (it rewrites elements and drops their classes), removes the elements that the page names
 * as furniture, unless one holds so much of the page's text that it must be a mislabelled article wrapper.
 */
export function removeNamedFurniture(document: Document, named: readonly Element[]): void {
  let limit: number | null = null;
  for (const element of named) {
    if (!isNamedFurniture(element)) continue;
    const length = textLength(element);
    if (length > MIN_FURNITURE_LIMIT) {
      // Measuring the page costs a full text walk: only done once a sizeable candidate shows up.
      limit ??= Math.max(MIN_FURNITURE_LIMIT, textLength(document.body) * PAGE_FURNITURE_SHARE);
      if (length > limit) continue;
    }
    element.remove();
  }
}

/** Where a page says its article is: landmarks inside it belong to the article (an article's own header). */
export const ARTICLE_SCOPE = 'article, main, [role="main"], [itemprop~="articleBody"]';
const ARTICLE_BODY_ITEMPROP = /(?:^|\s)articleBody(?:$|\s)/;

/**
 * `element.closest(ARTICLE_SCOPE) !== null`, by walking up the tree: linkedom compiles the selector on every call,
 * which cost more than the rest of removing the landmarks. Tag names match in any case, attribute values exactly,
 * as the selector does in an HTML document.
 */
export function insideArticleScope(element: Element): boolean {
  for (let node: Element | null = element; node !== null; node = node.parentElement) {
    const name = node.localName.toLowerCase();
    if (name === 'article' || name === 'main' || node.getAttribute('role') === 'main') return true;
    const itemprop = node.getAttribute('itemprop');
    if (itemprop !== null && ARTICLE_BODY_ITEMPROP.test(itemprop)) return true;
  }
  return false;
}

/**
 * Removes the page's navigation, sidebars, header and footer (outside any element that marks the article) before
 * Readability scores the page: it would discard them anyway, after spending a sixth of its time on them. A landmark
 * holding much of the page's text is kept, in case a page misuses it as the article's wrapper.
 */
export function removePageLandmarks(document: Document, landmarks: readonly Element[]): void {
  let limit: number | null = null;
  for (const landmark of landmarks) {
    if (insideArticleScope(landmark)) continue;
    const length = textLength(landmark);
    if (length > MIN_FURNITURE_LIMIT) {
      limit ??= Math.max(MIN_FURNITURE_LIMIT, textLength(document.body) * PAGE_FURNITURE_SHARE);
      if (length > limit) continue;
    }
    landmark.remove();
  }
}

/** Removes captions (`<figcaption>`) and elements named as page furniture from the article container. */
export function removeFurnitureElements(container: Element): void {
  const total = textLength(container);
  const limit = Math.max(MIN_FURNITURE_LIMIT, total * MAX_FURNITURE_SHARE);
  const doomed: Element[] = [];
  const walker = container.ownerDocument.createTreeWalker(container, 1 /* NodeFilter.SHOW_ELEMENT */);
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    const element = node as Element;
    const tag = element.tagName.toUpperCase();
    const named = (element.hasAttribute('class') || element.hasAttribute('id')) && isNamedFurniture(element);
    if (tag === 'FIGCAPTION' || tag === 'HEADER' || named) {
      if (textLength(element) <= limit) doomed.push(element);
    }
  }
  for (const element of doomed) element.remove();
}

const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?' +
  '|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const WEEKDAY = '(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?';
/** Words that make up a dateline besides the date itself. */
const DATELINE_WORDS =
  /^(?:published|updated|posted|modified|originally|original|last|on|at|am|pm|a\.m\.|p\.m\.|and|by|[|/\-–—:,.()])$/i;
const TIME_ZONE = /^(?:[A-Z]{2,4}T|UTC|GMT|ET|PT|CT|MT)$/;
const DATE_WORD = new RegExp(
  `^(?:${MONTH}|${WEEKDAY}|\\d{1,2}:\\d{2}(?:am|pm)?|\\d{1,4}[-/.]\\d{1,2}[-/.]\\d{1,4})$`,
  'i',
);
const DATE_NUMBER = /^\d{1,4}(?:st|nd|rd|th)?[,.]?$/i;

function words(text: string): string[] {
  return text.split(/\s+/).filter((word) => word !== '');
}

/**
 * "Published November 20th, 2019 - 07:29 GMT", "Updated: Sat 8:31 PM, Feb 17, 2018", "Nov. 20, 2019, 9:28 AM UTC":
 * only date words, numbers and dateline labels, with a month, a weekday, a time or a numeric date among them.
 */
export function isDateline(text: string): boolean {
  const tokens = words(text.replace(/([,|])/g, ' $1 ')).map((token) => token.replace(/^(.+?)[:,;]$/, '$1'));
  if (tokens.length > 20) return false;
  let dateWords = 0;
  let numbers = 0;
  for (const token of tokens) {
    if (DATE_WORD.test(token)) dateWords++;
    else if (DATE_NUMBER.test(token)) numbers++;
    else if (!DATELINE_WORDS.test(token) && !TIME_ZONE.test(token)) return false;
  }
  return dateWords >= 1 && dateWords + numbers >= 2;
}

/** Short labels and prompts that are page chrome wherever they appear. */
const CHROME_LINE = new RegExp(
  '^(?:' +
    [
      'by', 'advertisement', 'ad', 'comments?', '\\d+ comments?', 'share(?: this(?: article| story)?)?',
      'print(?: article)?', 'text size', 'order reprints', 'reprints', 'highlights', 'latest', 'popular', 'trending(?: now)?', 'related',
      'related (?:articles|stories|posts|content|coverage)', 'recommended(?: for you)?', 'read more', 'read next',
      'more (?:stories|news|articles)', 'loading(?: content)?(?: ?\\.\\.\\.|…)?', 'close', 'caption', 'subscribe',
      'sign up', 'log ?in', 'register', 'learn more', 'see more', 'show more', 'continue reading', 'click here',
      'skip (?:to )?(?:main )?content', 'image \\d+ of \\/? ?\\d+', 'photo', 'video', 'listen', 'save', 'email',
      'follow us', 'review', 'tags?', 'topics?', 'filed under', 'you may also like', 'about the author', 'don.t miss',
    ].join('|') +
    ')\\s*[:.!]?$',
  'i',
);

const SUBSCRIPTION_TARGET = '(?:newsletters?|e-?mails?|alerts|notifications|updates|podcast|channel|feed|app)';

/** Openings of prompts, credits and legal lines: only judged on short blocks, never on paragraphs of prose. */
const PROMPT_START = new RegExp(
  '^(?:' +
    [
      '(?:click|tap) here to (?:subscribe|sign up|register|follow|join)',
      `(?:click|tap) here to get (?:our|the) (?:[\\w’']+ ){0,3}${SUBSCRIPTION_TARGET}`,
      'subscribe (?:now|today|here)\\b',
      'subscribe to (?:our|my) ',
      `subscribe (?:to|for) (?:the |a )?(?:free )?(?:[\\w’']+ ){0,3}${SUBSCRIPTION_TARGET}`,
      'subscribe for (?:just|only|free|\\$|£|€)',
      `sign up (?:for|to) (?:our |the |my |a )?(?:free |daily |weekly |breaking )*(?:[\\w’']+ )?${SUBSCRIPTION_TARGET}`,
      `get (?:our|the) (?:free |daily |weekly |breaking |latest )*(?:[\\w’']+ ){0,3}${SUBSCRIPTION_TARGET}`,
      'join (?:our (?:mailing list|community|newsletter)|the conversation)',
      'follow (?:us|@)',
      'like us on',
      'download (?:the|our) app',
      'related(?: post| article| story| content)?:',
      'read (?:more|next|also):',
      'more from ',
      '(?:photo|image|picture|illustration|graphic|video|credit|source)s?(?: credit)?(?: by)?\\s*[:|]',
      'courtesy of ',
      'copyright\\b',
      '©',
      '\\(c\\) ?\\d{4}',
      'all rights reserved',
      'write to .{1,60}\\bat [^\\s@]+@',
      'contact (?:the )?(?:author|writer|reporter)',
      'citation:',
      'filed under:',
      'see (?:more|also):',
      '\\(?(?:additional )?reporting by .{0,200}\\)?$',
      '.{0,80} contributed (?:reporting|to this (?:report|story|article))',
      'this (?:document|article|story|material|content) (?:is subject to|is protected by|may not be)',
      'via \\S+$',
    ].join('|') +
    ')',
  'i',
);

/** Credit lines such as "Sakib Ali/Hindustan Times/Getty Images" or "Natalie Naccache | Bloomberg | Getty Images". */
const AGENCY_CREDIT = /(?:getty images|shutterstock|istock(?:photo)?|ap photo|afp|reuters|epa|bloomberg|alamy)\)?\.?$/i;

const SENTENCE_END = /[.!?…"”»)]$/;

function isChrome(block: TextBlock): boolean {
  const text = block.text;
  const count = whitespaceTokenCount(text);
  if (CHROME_LINE.test(text)) return true;
  if (count <= 30 && PROMPT_START.test(text)) return true;
  if (count <= 12 && AGENCY_CREDIT.test(text) && /[/|]|photo|image/i.test(text)) return true;
  if (count <= 20 && isDateline(text)) return true;
  // A link set in capitals is a call to action or a promoted story, not a sentence of the article.
  if (count >= 4 && linkDensity(block) >= 0.9 && !/\p{Ll}/u.test(text)) return true;
  return false;
}

function linkDensity(block: TextBlock): number {
  return block.linkChars / Math.max(1, nonWhitespaceLength(block.text));
}

/** Headings that open a closing section of links, prompts or an author box rather than more of the article. */
const CLOSING_SECTION = new RegExp(
  '^(?:' +
    [
      'related(?: \\w+)?', 'more (?:great |from )?.{0,30}(?:stories|articles|news|posts|reads)',
      'you (?:may|might) also (?:like|enjoy)', 'recommended(?: for you| reading| stories)?', 'trending(?: now| stories)?',
      'most (?:read|popular|viewed)', 'popular(?: stories| now)?', 'about the (?:author|writer)', 'comments?',
      'leave a (?:comment|reply)', 'read (?:more|next)', 'what to read next', 'editor.s picks',
      'around the web', 'from our partners', 'sponsored(?: content| stories)?', 'latest(?: news| stories)?', 'up next',
    ].join('|') +
    ')\\s*[:.]?$',
  'i',
);

/**
 * Drops blocks that read as page furniture, then cuts a closing section (a "Related" or "About the author" heading
 * and what follows it) when the rest of the article is only links, prompts and short lines.
 */
export function removeFurnitureBlocks(blocks: readonly TextBlock[]): TextBlock[] {
  // Closing sections are cut first: their headings ("More stories") are also chrome lines, which would hide them.
  return cutClosingSection(withoutMenus(blocks)).filter((block) => !block.caption && !isChrome(block));
}

/** A menu: at least this many consecutive list items that are each a short link. */
const MIN_MENU_ITEMS = 4;
const MAX_MENU_ITEM_WORDS = 4;

function isMenuItem(block: TextBlock): boolean {
  return block.listItem && linkDensity(block) >= 0.8 && whitespaceTokenCount(block.text) <= MAX_MENU_ITEM_WORDS;
}

function withoutMenus(blocks: readonly TextBlock[]): TextBlock[] {
  const kept: TextBlock[] = [];
  let run: TextBlock[] = [];
  const flush = (): void => {
    if (run.length < MIN_MENU_ITEMS) kept.push(...run);
    run = [];
  };
  for (const block of blocks) {
    if (isMenuItem(block)) {
      run.push(block);
    } else {
      flush();
      kept.push(block);
    }
  }
  flush();
  return kept;
}

function isProse(block: TextBlock): boolean {
  return whitespaceTokenCount(block.text) >= 20 && SENTENCE_END.test(block.text) && linkDensity(block) < 0.5;
}

function cutClosingSection(blocks: TextBlock[]): TextBlock[] {
  const totalWords = blocks.reduce((sum, block) => sum + whitespaceTokenCount(block.text), 0);
  let wordsBefore = 0;
  for (let index = 0; index < blocks.length; index++) {
    const block = blocks[index];
    if (block === undefined) break;
    if (CLOSING_SECTION.test(block.text) && wordsBefore >= totalWords * 0.5) {
      const rest = blocks.slice(index + 1);
      const restWords = rest.reduce((sum, item) => sum + whitespaceTokenCount(item.text), 0);
      const proseWords = rest.filter(isProse).reduce((sum, item) => sum + whitespaceTokenCount(item.text), 0);
      if (restWords <= totalWords * 0.3 && proseWords <= 80) return blocks.slice(0, index);
    }
    wordsBefore += whitespaceTokenCount(block.text);
  }
  return blocks;
}
