import type { Article } from './types';

/**
 * Lays out bare text (a plain-text document, a PDF's text, pasted text): one paragraph per blank-line-separated block,
 * its hard-wrapped lines joined (or one paragraph per line when the text has no blank lines, as chat clients often
 * collapse them), whitespace collapsed, invisible characters removed. Markup characters are left alone: in a document
 * an asterisk or underscore is text.
 */
export function normalizeDocumentText(text: string): string {
  const unified = unifyCharacters(text);
  const blocks = /\n[ ]*\n/.test(unified) ? unified.split(/\n[ ]*\n+/) : unified.split('\n');
  return blocks
    .map((block) => block.replace(/\s+/g, ' ').trim())
    .filter((block) => block.length > 0)
    .join('\n\n');
}

/** LF line ends, zero-width characters and soft hyphens removed, every other kind of space a plain space. */
export function unifyCharacters(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[\u200B-\u200D\u2060\uFEFF\u00AD]/g, '')
    .replace(/[\t\f\v\u00A0\u2000-\u200A\u202F\u205F\u3000]/g, ' ');
}

/** Below this, pasted text is more likely a typo or a question than an article. */
export const MIN_PASTED_WORDS = 25;

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

/** Text pasted in Slack (already cleaned of Slack formatting by the Slack layer) or given on the CLI's stdin. */
export function articleFromPastedText(text: string): Article {
  return articleFromText(normalizeDocumentText(text), { url: null, finalUrl: null, kind: 'pasted' });
}
