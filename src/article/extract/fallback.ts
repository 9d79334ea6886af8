/// <reference lib="dom" />
import { removeFurnitureBlocks, removeNamedFurniture } from './boilerplate';
import { parseHtmlDocument } from './dom';
import { removeHiddenContent } from './hidden';
import { takeInventory } from './inventory';
import { countWords, normalizeWhitespace, textBlocksOf, type TextBlock } from './text';

/**
 * Second opinions for when Readability finds nothing, or much less than the page declares: the JSON-LD
 * `articleBody`, then the element the page marks as the article body, then the page's prose paragraphs.
 */

function plainBlock(text: string): TextBlock {
  return { text, linkChars: 0, heading: false, listItem: false, caption: false };
}

/** JSON-LD `articleBody` as paragraphs; some publishers put HTML or entities in it, which are parsed away. */
export function articleBodyBlocks(articleBody: string): TextBlock[] {
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
  return block.linkChars / Math.max(1, block.text.replace(/\s+/g, '').length);
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

/** The prose of the page's own article container, read from a fresh parse (Readability rewrites the document). */
export function containerBlocks(html: string): TextBlock[] {
  const document = parseHtmlDocument(html);
  const inventory = takeInventory(document);
  removeHiddenContent(document, inventory);
  removeNamedFurniture(document, inventory.styled);
  return removeFurnitureBlocks(textBlocksOf(articleContainer(document)).filter(isProseLike));
}
