/// <reference lib="dom" />
import { Readability } from '@mozilla/readability';
import { removeFurnitureBlocks, removeFurnitureElements, removeNamedFurniture, removePageLandmarks } from './boilerplate';
import { elementsByTagNames, parseHtmlDocument } from './dom';
import { NoArticleError } from './errors';
import { chooseArticleBlocks, containerBlocksOf, visibleDocument, visibleTextOf } from './fallback';
import { removeHiddenContent } from './hidden';
import { takeInventory } from './inventory';
import { readJsonLd } from './jsonld';
import { readMetadata } from './metadata';
import { isPartial } from './paywall';
import { countWords, imageCaptionKeys, joinParagraphs, textBlocksOf, type TextBlock } from './text';

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
/**
 * Readability's work grows faster than the page (20,000 shapes took it 50 s); real pages stay under 5,000 elements.
 * Larger documents are read from their article container alone, which takes time in proportion to the page.
 */
const MAX_READABILITY_ELEMENTS = 20_000;
/** A login page may carry a paragraph of text; an article behind a login form carries more. */
const LOGIN_PAGE_MAX_WORDS = 150;

interface ReadableContent {
  title: string | null;
  byline: string | null;
  siteName: string | null;
  blocks: TextBlock[];
}

/**
 * Readability with its tag lookups done by a tree walk instead of linkedom's querySelectorAll, which compiles a CSS
 * selector on every call (see elementsByTagNames). The same elements in the same order; the rest is Readability's.
 */
class LinkedomReadability extends Readability<Node> {
  _getAllNodesWithTag(node: Document | Element, tagNames: readonly string[]): Element[] {
    return elementsByTagNames(node, tagNames);
  }
}

function readWithReadability(document: Document, imageCaptions: ReadonlySet<string>): ReadableContent | null {
  let parsed: ReturnType<Readability<Node>['parse']>;
  try {
    // Classes stay on the result: they name the captions, share bars and author boxes removed next.
    parsed = new LinkedomReadability(document, { serializer: (node) => node, keepClasses: true }).parse();
  } catch {
    // Readability was written for browser DOMs; on a hostile page over linkedom it may trip. The fallbacks read
    // the page instead, so a library bug costs precision, never the request.
    return null;
  }
  if (parsed === null || parsed.content === null || parsed.content === undefined) return null;
  removeFurnitureElements(parsed.content as Element);
  return {
    title: parsed.title || null,
    byline: parsed.byline || null,
    siteName: parsed.siteName || null,
    blocks: removeFurnitureBlocks(textBlocksOf(parsed.content, imageCaptions)),
  };
}

/** Separators sites put between a headline and the author or site name they append to it. */
const TITLE_SUFFIX = /^(.{10,}?)\s+[|–—·-]\s+([^|–—·]+)$/u;

/**
 * "Whale strandings worry Māori tribes | Eleanor Ainge Roy": a page title often ends with the author or the site,
 * which the byline and site name already show. Cut it only when it is one of those, so a headline with a dash in it
 * ("Storm - the aftermath") stays whole.
 */
function withoutTitleSuffix(title: string | null, known: ReadonlyArray<string | null>): string | null {
  if (title === null) return null;
  const match = TITLE_SUFFIX.exec(title.trim());
  if (match === null) return title;
  const suffix = comparable(match[2]!);
  const names = known.filter((name): name is string => name !== null).map(comparable);
  return names.some((name) => name === suffix || name === `the ${suffix}` || `the ${name}` === suffix) ? match[1]!.trim() : title;
}

function comparable(text: string): string {
  return text.normalize('NFC').trim().toLowerCase().replace(/^by\s+/, '');
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
  removePageLandmarks(document, inventory.landmarks);
  const tooLargeForReadability = inventory.elementCount > MAX_READABILITY_ELEMENTS;
  const readable = tooLargeForReadability ? null : readWithReadability(document, imageCaptionKeys(inventory.imageAlts));
  // Readability rewrites the document it reads: the fallbacks then read a fresh parse, made at most once.
  let fresh: Document | null = null;
  const page = (): Document => (fresh ??= visibleDocument(html));
  const blocks = tooLargeForReadability
    ? chooseArticleBlocks(containerBlocksOf(document), jsonLd.articleBody, () => [], () => visibleTextOf(document))
    : chooseArticleBlocks(
        readable?.blocks ?? [],
        jsonLd.articleBody,
        () => containerBlocksOf(page()),
        () => visibleTextOf(page()),
      );

  const text = joinParagraphs(blocks);
  const wordCount = countWords(text);
  if (wordCount < MIN_ARTICLE_WORDS || (inventory.hasPasswordField && wordCount < LOGIN_PAGE_MAX_WORDS)) {
    throw new NoArticleError(`no article text found at ${options.url} (${wordCount} words)`);
  }
  const byline = asByline(readable?.byline ?? null) ?? asByline(metadata.byline);
  const siteName = readable?.siteName ?? metadata.siteName;
  return {
    title: withoutTitleSuffix(readable?.title ?? metadata.title, [byline, siteName]),
    byline,
    siteName,
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
