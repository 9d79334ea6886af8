/// <reference lib="dom" />

/** Elements whose start and end break the text into separate paragraphs. */
const BLOCK_ELEMENTS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'CAPTION', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET',
  'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HGROUP', 'HR', 'LI',
  'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TFOOT', 'THEAD', 'TR', 'UL',
]);

/** Elements whose text a reader never sees as prose. */
const SKIPPED_ELEMENTS = new Set([
  'SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'SVG', 'CANVAS', 'IFRAME', 'OBJECT', 'EMBED', 'SELECT', 'TEXTAREA',
  'BUTTON', 'INPUT', 'HEAD', 'TITLE', 'META', 'LINK',
]);

const CELL_ELEMENTS = new Set(['TD', 'TH']);
const HEADING_ELEMENTS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);

/** A UTF-16 code unit that `\s` matches in a JavaScript regular expression (WhiteSpace and LineTerminator). */
function isRegExpSpace(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

/**
 * `text.split(/\s+/).filter((word) => word !== '').length` without building the array: page furniture checks count
 * the words of every block several times.
 */
export function whitespaceTokenCount(text: string): number {
  let count = 0;
  let inToken = false;
  for (let index = 0; index < text.length; index++) {
    const space = isRegExpSpace(text.charCodeAt(index));
    if (!space && !inToken) count++;
    inToken = !space;
  }
  return count;
}

/** `text.replace(/\s+/g, '').length` without building the string. */
export function nonWhitespaceLength(text: string): number {
  let length = 0;
  for (let index = 0; index < text.length; index++) if (!isRegExpSpace(text.charCodeAt(index))) length++;
  return length;
}

export function normalizeWhitespace(text: string): string {
  return text.replace(/[\s\u200b\u00ad\ufeff]+/g, ' ').trim();
}

/** One paragraph of visible text, with the layout facts that tell prose from page furniture. */
export interface TextBlock {
  /** Whitespace-normalised and never empty. */
  text: string;
  /** Characters of `text` that sit inside links (whitespace excluded). */
  linkChars: number;
  heading: boolean;
  listItem: boolean;
  /** In a `<figcaption>`, or in a `<figure>` outside any quotation (embedded posts are quotations): not prose. */
  caption: boolean;
}

interface Context {
  link: number;
  heading: number;
  listItem: number;
  figure: number;
  figcaption: number;
  quote: number;
}

function counterOf(tag: string): keyof Context | null {
  if (tag === 'A') return 'link';
  if (HEADING_ELEMENTS.has(tag)) return 'heading';
  if (tag === 'LI' || tag === 'DT' || tag === 'DD') return 'listItem';
  if (tag === 'FIGURE') return 'figure';
  if (tag === 'FIGCAPTION') return 'figcaption';
  if (tag === 'BLOCKQUOTE' || tag === 'Q') return 'quote';
  return null;
}

/**
 * The visible text under `root` as blocks, one per paragraph-level element. Walks the tree iteratively so a
 * pathologically deep document cannot overflow the stack.
 */
export function textBlocksOf(root: Node, imageCaptions: ReadonlySet<string> = NO_CAPTIONS): TextBlock[] {
  const blocks: TextBlock[] = [];
  const context: Context = { link: 0, heading: 0, listItem: 0, figure: 0, figcaption: 0, quote: 0 };
  let pending: TextBlock = { text: '', linkChars: 0, heading: false, listItem: false, caption: false };
  const endBlock = (): void => {
    const text = normalizeWhitespace(pending.text);
    if (text !== '') blocks.push({ ...pending, text });
    pending = { text: '', linkChars: 0, heading: false, listItem: false, caption: false };
  };
  const appendText = (value: string): void => {
    if (value.trim() === '') {
      pending.text += ' ';
      return;
    }
    pending.text += value;
    if (context.link > 0) pending.linkChars += value.replace(/\s+/g, '').length;
    pending.heading ||= context.heading > 0;
    pending.listItem ||= context.listItem > 0;
    pending.caption ||= context.figcaption > 0 || (context.figure > 0 && context.quote === 0);
  };
  const enter = (tag: string): void => {
    if (BLOCK_ELEMENTS.has(tag)) endBlock();
    else if (CELL_ELEMENTS.has(tag)) pending.text += ' ';
    const counter = counterOf(tag);
    if (counter !== null) context[counter]++;
  };
  const exit = (tag: string): void => {
    if (BLOCK_ELEMENTS.has(tag)) endBlock();
    const counter = counterOf(tag);
    if (counter !== null) context[counter]--;
  };
  /** Leaves `start` (exiting it if it was entered) and every ancestor that has no next sibling. */
  const advanceFrom = (start: Node, entered: boolean): Node | null => {
    let at: Node | null = start;
    let exiting = entered;
    while (at !== null && at !== root) {
      if (exiting && at.nodeType === 1) exit((at as Element).tagName.toUpperCase());
      if (at.nextSibling !== null) return at.nextSibling;
      at = at.parentNode;
      exiting = true;
    }
    return null;
  };

  let node: Node | null = root.firstChild;
  while (node !== null) {
    if (node.nodeType === 3) {
      appendText(node.nodeValue ?? '');
      node = advanceFrom(node, false);
    } else if (node.nodeType !== 1 || SKIPPED_ELEMENTS.has((node as Element).tagName.toUpperCase())) {
      node = advanceFrom(node, false);
    } else {
      enter((node as Element).tagName.toUpperCase());
      node = node.firstChild ?? advanceFrom(node, true);
    }
  }
  endBlock();
  return imageCaptions.size === 0 ? blocks : blocks.map((block) => (imageCaptions.has(captionKey(block.text)) ? { ...block, caption: true } : block));
}

const NO_CAPTIONS: ReadonlySet<string> = new Set();

/** Shorter alt texts ("Photo", "Logo of X") are labels, not captions a paragraph could repeat. */
const MIN_CAPTION_WORDS = 5;

/**
 * Sites that lay captions out as ordinary paragraphs (a list item or `<p>` after the `<figure>`) usually repeat them
 * in the image's alt text: a paragraph that says exactly what an image's alt says is that image's caption. Take the
 * alts from the page before cleanup, which often removes the figures and leaves their captions behind; pass the
 * result to `textBlocksOf`.
 */
export function imageCaptionKeys(alts: readonly string[]): Set<string> {
  const captions = new Set<string>();
  for (const alt of alts) if (whitespaceTokenCount(alt) >= MIN_CAPTION_WORDS) captions.add(captionKey(alt));
  return captions;
}

function captionKey(text: string): string {
  return normalizeWhitespace(text).normalize('NFC').toLowerCase().replace(/[\s.!…]+$/u, '');
}

/** Words as a reader counts them: runs of letters and digits, with inner apostrophes, dots and hyphens. */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}_]+(?:['’.-][\p{L}\p{N}_]+)*/gu)?.length ?? 0;
}

/** Paragraphs separated by exactly one blank line: the shape the summarizer's sentence splitter expects. */
export function joinParagraphs(blocks: readonly TextBlock[]): string {
  return blocks.map((block) => block.text).join('\n\n');
}
