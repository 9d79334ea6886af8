import type { Article } from './types';

/**
 * Turns text a user pasted into an Article body: one paragraph per blank-line-separated block (or per line when the
 * text has no blank lines, as chat clients often collapse them), whitespace collapsed, invisible characters removed.
 */
export function normalizePastedText(text: string): string {
  const unified = text
    .replace(/\r\n?/g, '\n')
    .replace(/[\u200B-\u200D\u2060\uFEFF\u00AD]/g, '')
    .replace(/[\t\f\v\u00A0\u2000-\u200A\u202F\u205F\u3000]/g, ' ');
  const blocks = /\n[ ]*\n/.test(unified) ? unified.split(/\n[ ]*\n+/) : unified.split('\n');
  return blocks
    .map((block) => block.replace(/\s+/g, ' ').trim())
    .filter((block) => block.length > 0)
    .join('\n\n');
}

export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

/** An Article made of bare text (pasted, a plain-text document, a PDF): no page metadata to speak of. */
export function articleFromText(body: string, origin: Pick<Article, 'url' | 'finalUrl' | 'kind'>): Article {
  return {
    ...origin,
    canonicalUrl: null,
    title: null,
    byline: null,
    siteName: null,
    publishedAt: null,
    lang: null,
    text: body,
    wordCount: countWords(body),
    partial: false,
  };
}

export function articleFromPastedText(text: string): Article {
  return articleFromText(normalizePastedText(text), { url: null, finalUrl: null, kind: 'pasted' });
}
