import { Readability } from '@mozilla/readability';
import { parseHtmlDocument } from './dom';
import { NoArticleError } from './errors';

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

export function extractArticle(html: string, options: { url: string }): ExtractedArticle {
  const document = parseHtmlDocument(html);
  const parsed = new Readability(document).parse();
  const text = (parsed?.textContent ?? '').replace(/\s+/g, ' ').trim();
  if (text === '') throw new NoArticleError(`no article text found at ${options.url}`);
  return {
    title: parsed?.title || null,
    byline: parsed?.byline || null,
    siteName: parsed?.siteName || null,
    publishedAt: parsed?.publishedTime || null,
    canonicalUrl: null,
    lang: parsed?.lang || null,
    text,
    wordCount: text.split(' ').length,
    partial: false,
  };
}
