import { extractArticle, NoArticleError } from './extract';
import { safeFetch, type FetchedDocument, type SafeFetchOptions } from './fetch';
import { articleFromText, normalizeDocumentText } from './bareText';
import { DEFAULT_PDF_TEXT_OPTIONS, extractPdfText, type PdfTextOptions } from './pdf';
import type { Article } from './types';

export interface LoadArticleOptions {
  fetch: SafeFetchOptions;
  /** Job cancellation: aborts the fetch or the PDF parse, rejecting with the signal's reason. */
  signal?: AbortSignal;
  /** Limits for PDF parsing; DEFAULT_PDF_TEXT_OPTIONS when omitted. */
  pdf?: PdfTextOptions;
  /** Told how long fetching and extracting took, for metrics. */
  onStage?: (stage: 'fetch' | 'extract', milliseconds: number) => void;
}

/** Fetches a link safely and turns whatever it points to (web page, PDF, plain text) into an Article. */
export async function loadArticle(url: string, options: LoadArticleOptions): Promise<Article> {
  let started = performance.now();
  const document = await safeFetch(url, options.fetch, options.signal);
  options.onStage?.('fetch', performance.now() - started);
  started = performance.now();
  const article = await articleFromDocument(url, document, options);
  options.onStage?.('extract', performance.now() - started);
  return article;
}

/** Turns a fetched (or locally read) document into an Article; `url` is the link as the user gave it. */
export async function articleFromDocument(
  url: string,
  document: FetchedDocument,
  options: Pick<LoadArticleOptions, 'signal' | 'pdf'>,
): Promise<Article> {
  switch (document.kind) {
    case 'html':
      return articleFromHtml(url, document.finalUrl, document.text);
    case 'pdf':
      return articleFromPdf(url, document, options);
    case 'text':
      return articleFromPlainText(url, document.finalUrl, document.text);
  }
}

function articleFromHtml(url: string, finalUrl: string, html: string): Article {
  const extracted = extractArticle(html, { url: finalUrl });
  return {
    url,
    finalUrl,
    canonicalUrl: extracted.canonicalUrl,
    title: extracted.title,
    byline: extracted.byline,
    siteName: extracted.siteName,
    publishedAt: extracted.publishedAt,
    lang: extracted.lang,
    text: extracted.text,
    wordCount: extracted.wordCount,
    partial: extracted.partial,
    kind: 'html',
  };
}

async function articleFromPdf(
  url: string,
  document: Extract<FetchedDocument, { kind: 'pdf' }>,
  options: Pick<LoadArticleOptions, 'signal' | 'pdf'>,
): Promise<Article> {
  const pdf = await extractPdfText(document.bytes, options.pdf ?? DEFAULT_PDF_TEXT_OPTIONS, options.signal);
  const text = normalizeDocumentText(pdf.text);
  return { ...articleFromText(text, { url, finalUrl: document.finalUrl, kind: 'pdf' }), title: pdf.title, partial: pdf.truncated };
}

function articleFromPlainText(url: string, finalUrl: string, content: string): Article {
  const text = normalizeDocumentText(content);
  if (text === '') throw new NoArticleError(`empty text document at ${finalUrl}`);
  return articleFromText(text, { url, finalUrl, kind: 'text' });
}
