/// <reference lib="dom" />
import { Readability } from '@mozilla/readability';
import { removeFurnitureBlocks, removeFurnitureElements, removeNamedFurniture } from './boilerplate';
import { parseHtmlDocument } from './dom';
import { NoArticleError } from './errors';
import { articleBodyBlocks, containerBlocks } from './fallback';
import { removeHiddenContent } from './hidden';
import { takeInventory } from './inventory';
import { readJsonLd } from './jsonld';
import { readMetadata } from './metadata';
import { isPartial } from './paywall';
import { countWords, joinParagraphs, textBlocksOf, type TextBlock } from './text';

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

/** Fewer words than this is not an article: an empty shell, an error page, a lone caption. */
const MIN_ARTICLE_WORDS = 20;
/** A declared article body shorter than this may be a summary, not the article. */
const SHORT_ARTICLE_WORDS = 80;
/** A login page may carry a paragraph of text; an article behind a login form carries more. */
const LOGIN_PAGE_MAX_WORDS = 150;

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

/** Words by whitespace: precise enough to compare candidate texts, and cheap. */
function wordsIn(blocks: readonly TextBlock[]): number {
  let words = 0;
  for (const block of blocks) words += block.text.split(' ').length;
  return words;
}

/**
 * Readability's reading unless the page says otherwise: a JSON-LD `articleBody` more than twice as long means
 * Readability picked the wrong container; when Readability found next to nothing, the declared body or the page's
 * own article container is read instead.
 */
function chooseBlocks(readable: readonly TextBlock[], declaredBody: string | null, html: string): readonly TextBlock[] {
  const readableWords = wordsIn(readable);
  const declared = declaredBody === null ? [] : articleBodyBlocks(declaredBody);
  const declaredWords = wordsIn(declared);
  if (declaredWords >= SHORT_ARTICLE_WORDS && declaredWords > 2 * readableWords) return declared;
  if (readableWords >= MIN_ARTICLE_WORDS) return readable;
  if (declaredWords >= MIN_ARTICLE_WORDS) return declared;
  const container = containerBlocks(html);
  return wordsIn(container) > readableWords ? container : readable;
}

/** Byline candidates that are profile links rather than names are no byline. */
function asByline(value: string | null): string | null {
  return value === null || /^https?:\/\//i.test(value) ? null : value;
}

export function extractArticle(html: string, options: { url: string }): ExtractedArticle {
  const document = parseHtmlDocument(html);
  const inventory = takeInventory(document);
  const jsonLd = readJsonLd(inventory.jsonLdSources);
  const metadata = readMetadata(document, inventory, jsonLd, options.url);
  removeHiddenContent(document, inventory);
  removeNamedFurniture(document, inventory.styled);
  const readable = readWithReadability(document);

  const text = joinParagraphs(chooseBlocks(readable?.blocks ?? [], jsonLd.articleBody, html));
  const wordCount = countWords(text);
  if (wordCount < MIN_ARTICLE_WORDS || (inventory.hasPasswordField && wordCount < LOGIN_PAGE_MAX_WORDS)) {
    throw new NoArticleError(`no article text found at ${options.url} (${wordCount} words)`);
  }
  return {
    title: readable?.title ?? metadata.title,
    byline: asByline(readable?.byline ?? null) ?? asByline(metadata.byline),
    siteName: readable?.siteName ?? metadata.siteName,
    publishedAt: metadata.publishedAt,
    canonicalUrl: metadata.canonicalUrl,
    lang: metadata.lang,
    text,
    wordCount,
    partial: isPartial({
      jsonLd,
      microdataAccessibleForFree: metadata.microdataAccessibleForFree,
      wordCount,
      html,
    }),
  };
}
