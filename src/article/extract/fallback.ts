/// <reference lib="dom" />
import { removeFurnitureBlocks, removeNamedFurniture } from './boilerplate';
import { parseHtmlDocument } from './dom';
import { removeHiddenContent } from './hidden';
import { takeInventory } from './inventory';
import { countWords, nonWhitespaceLength, normalizeWhitespace, textBlocksOf, type TextBlock } from './text';

/**
 * Second opinions for when Readability finds nothing, or much less than the page declares: the JSON-LD
 * `articleBody`, then the element the page marks as the article body, then the page's prose paragraphs.
 */

/** Fewer words than this is no reading at all. */
const MIN_WORDS = 20;
/** A declared article body shorter than this may be a summary, not the article. */
const SHORT_ARTICLE_WORDS = 80;
/**
 * Share of a declared article body's distinct 4-word runs that must also be in the page's visible text. The JSON-LD
 * `articleBody` is text no reader sees: it may stand in for the article only where it says what the page shows.
 */
const MIN_VISIBLE_SHARE = 0.7;
/** A page showing fewer words than this is an app shell that scripts fill in: its declared body is all there is. */
const SHELL_VISIBLE_WORDS = 20;
const SHINGLE_WORDS = 4;

function plainBlock(text: string): TextBlock {
  return { text, linkChars: 0, heading: false, listItem: false, caption: false };
}

/** JSON-LD `articleBody` as paragraphs; some publishers put HTML or entities in it, which are parsed away. */
function articleBodyBlocks(articleBody: string): TextBlock[] {
  if (/<[a-z][^>]*>|&(?:#\d+|#x[0-9a-f]+|[a-z]+);/i.test(articleBody)) {
    return textBlocksOf(parseHtmlDocument(`<html><body>${articleBody.replace(/\r?\n/g, '<br>')}</body></html>`).body);
  }
  return articleBody
    .split(/\r?\n/)
    .map(normalizeWhitespace)
    .filter((line) => line !== '')
    .map(plainBlock);
}

function linkDensity(block: TextBlock): number {
  return block.linkChars / Math.max(1, nonWhitespaceLength(block.text));
}

/** Paragraphs that read as prose rather than navigation: some length, few links. */
function isProseLike(block: TextBlock): boolean {
  return linkDensity(block) < 0.5 && (countWords(block.text) >= 8 || block.heading);
}

function articleContainer(document: Document): Element {
  const marked = document.querySelector('[itemprop~="articleBody" i]');
  if (marked !== null) return marked;
  let best: Element | null = null;
  let bestLength = 0;
  for (const article of Array.from(document.querySelectorAll('article'))) {
    const length = article.textContent?.length ?? 0;
    if (length > bestLength) {
      best = article;
      bestLength = length;
    }
  }
  return best ?? document.querySelector('main') ?? document.body;
}

/** The prose of the page's own article container, in a document already cleared of hidden text and furniture. */
export function containerBlocksOf(document: Document): TextBlock[] {
  return removeFurnitureBlocks(textBlocksOf(articleContainer(document)).filter(isProseLike));
}

/** The page parsed afresh (Readability rewrites the document it reads), cleared of hidden text and furniture. */
export function visibleDocument(html: string): Document {
  const document = parseHtmlDocument(html);
  const inventory = takeInventory(document);
  removeHiddenContent(document, inventory);
  removeNamedFurniture(document, inventory.styled);
  return document;
}

/** As `containerBlocksOf`, from a fresh parse. */
export function containerBlocks(html: string): TextBlock[] {
  return containerBlocksOf(visibleDocument(html));
}

/** The text a reader of the page sees, scripts and styles left out, in a document already cleared of hidden text. */
export function visibleTextOf(document: Document): string {
  return textBlocksOf(document.body).map((block) => block.text).join('\n');
}

function shinglesOf(text: string): string[] {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const shingles: string[] = [];
  for (let index = 0; index + SHINGLE_WORDS <= words.length; index++) {
    shingles.push(words.slice(index, index + SHINGLE_WORDS).join(' '));
  }
  return shingles;
}

/**
 * Whether a declared body may be read as the article: most of it is on the page for the reader to see, or the page
 * shows nothing to compare it with (an app shell). Hidden instructions in JSON-LD fail this, being on no page.
 */
function declaredBodyIsVisible(declared: readonly TextBlock[], visibleText: string): boolean {
  if (countWords(visibleText) < SHELL_VISIBLE_WORDS) return true;
  const declaredShingles = new Set(shinglesOf(joinBlocks(declared)));
  if (declaredShingles.size === 0) return false;
  const visibleShingles = new Set(shinglesOf(visibleText));
  let seen = 0;
  for (const shingle of declaredShingles) if (visibleShingles.has(shingle)) seen++;
  return seen >= MIN_VISIBLE_SHARE * declaredShingles.size;
}

function joinBlocks(blocks: readonly TextBlock[]): string {
  return blocks.map((block) => block.text).join('\n');
}

/** Words by whitespace: precise enough to compare candidate texts, and cheap. */
function wordsIn(blocks: readonly TextBlock[]): number {
  let words = 0;
  // As block.text.split(' ').length: one more than the spaces.
  for (const block of blocks) {
    words += 1;
    for (let at = block.text.indexOf(' '); at !== -1; at = block.text.indexOf(' ', at + 1)) words++;
  }
  return words;
}

/**
 * Readability's reading unless the page says otherwise: a JSON-LD `articleBody` more than twice as long means
 * Readability picked the wrong container; when Readability found next to nothing, the declared body or the page's
 * own article container (read only then: it costs a second parse) is taken instead. A declared body is only taken
 * when the page's visible text (read only then, `readVisibleText`) bears it out: see `declaredBodyIsVisible`.
 */
export function chooseArticleBlocks(
  readable: readonly TextBlock[],
  declaredBody: string | null,
  readContainer: () => readonly TextBlock[],
  readVisibleText: () => string,
): readonly TextBlock[] {
  const readableWords = wordsIn(readable);
  const declared = declaredBody === null ? [] : articleBodyBlocks(declaredBody);
  const declaredWords = wordsIn(declared);
  let visible: boolean | null = null;
  const declaredIsVisible = (): boolean => (visible ??= declaredBodyIsVisible(declared, readVisibleText()));
  if (declaredWords >= SHORT_ARTICLE_WORDS && declaredWords > 2 * readableWords && declaredIsVisible()) return declared;
  if (readableWords >= MIN_WORDS) return readable;
  if (declaredWords >= MIN_WORDS && declaredIsVisible()) return declared;
  const container = readContainer();
  return wordsIn(container) > readableWords ? container : readable;
}
