/** An article ready to be summarized, whatever it came from (web page, PDF, plain text, pasted text). */
export interface Article {
  /** The link the user gave; null for pasted text. */
  url: string | null;
  /** Where the content was finally read from, after redirects. */
  finalUrl: string | null;
  canonicalUrl: string | null;
  title: string | null;
  byline: string | null;
  siteName: string | null;
  /** ISO 8601, as declared by the page. */
  publishedAt: string | null;
  /** BCP 47 tag as declared by the page (`en`, `pt-BR`), or null. */
  lang: string | null;
  /** Article body: paragraphs separated by one blank line, no HTML. */
  text: string;
  wordCount: number;
  /** True when only part of the article was available (paywall, teaser). */
  partial: boolean;
  kind: 'html' | 'pdf' | 'text' | 'pasted';
}
