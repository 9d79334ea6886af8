/// <reference lib="dom" />
import { Readability } from '@mozilla/readability';
import { parseHtmlDocument } from './dom';
import { NoArticleError } from './errors';
import { removeFurnitureBlocks, removeFurnitureElements, removeNamedFurniture } from './boilerplate';
import { removeHiddenContent } from './hidden';
import { takeInventory } from './inventory';
import { readJsonLd } from './jsonld';
import { readMetadata } from './metadata';
import { joinParagraphs, textBlocksOf, type TextBlock } from './text';

export { NoArticleError } from './errors';

export interface ExtractedArticle {
  title: string | null;
  byline: string | null;
  siteName: string | null;
  /** ISO 8601 from meta tags / JSON-LD (published, else updated). */
  publishedAt: string | null;
  /** Absolute. */
  canonicalUrl: string | null;
  lang: string | null;
  /** Paragraphs separated by exactly one blank line, no HTML, whitespace normalised. */
  text: string;
  wordCount: number;
  /** Paywall or teaser: only part of the article is on the page. */
  partial: boolean;
}

interface ReadableContent {
  title: string | null;
  byline: string | null;
  siteName: string | null;
  blocks: TextBlock[];
}

function readWithReadability(document: Document): ReadableContent | null {
  // Classes stay on the result: they name the captions, share bars and author boxes removed next.
  const parsed = new Readability<Node>(document, { serializer: (node) => node, keepClasses: true }).parse();
  if (parsed === null || parsed.content === null || parsed.content === undefined) return null;
  removeFurnitureElements(parsed.content as Element);
  return {
    title: parsed.title || null,
    byline: parsed.byline || null,
    siteName: parsed.siteName || null,
    blocks: removeFurnitureBlocks(textBlocksOf(parsed.content)),
  };
}

export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}_]+(?:['’.-][\p{L}\p{N}_]+)*/gu)?.length ?? 0;
}

export function extractArticle(html: string, options: { url: string }): ExtractedArticle {
  const document = parseHtmlDocument(html);
  const inventory = takeInventory(document);
  const jsonLd = readJsonLd(inventory.jsonLdSources);
  const metadata = readMetadata(document, inventory, jsonLd, options.url);
  removeHiddenContent(document, inventory);
  removeNamedFurniture(document, inventory.styled);
  const readable = readWithReadability(document);
  const text = joinParagraphs((readable?.blocks ?? []).map((block) => block.text));
  if (text === '') throw new NoArticleError(`no article text found at ${options.url}`);
  return {
    title: readable?.title ?? metadata.title,
    byline: readable?.byline ?? metadata.byline,
    siteName: readable?.siteName ?? metadata.siteName,
    publishedAt: metadata.publishedAt,
    canonicalUrl: metadata.canonicalUrl,
    lang: metadata.lang,
    text,
    wordCount: countWords(text),
    partial: jsonLd.accessibleForFree === false || metadata.microdataAccessibleForFree === false,
  };
}
