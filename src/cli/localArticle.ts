import { extname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { articleFromDocument } from '../article/loadArticle';
import { sniffDocumentKind, type DocumentKind } from '../article/fetch/contentType';
import { decodeDocument } from '../article/fetch/decode';
import type { PdfTextOptions } from '../article/pdf';
import type { Article } from '../article/types';

const KIND_BY_EXTENSION: Record<string, DocumentKind> = {
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.pdf': 'pdf',
  '.txt': 'text',
  '.text': 'text',
  '.md': 'text',
};

/**
 * A local file read as if it had been fetched: the same decoding and extraction as a link. `url` (the page's
 * original address) resolves relative links and metadata; without it the file's own URL is used.
 */
export async function loadLocalArticle(path: string, bytes: Uint8Array, url?: string, pdf?: PdfTextOptions): Promise<Article> {
  const pageUrl = url ?? pathToFileURL(resolve(path)).href;
  const kind = KIND_BY_EXTENSION[extname(path).toLowerCase()] ?? sniffDocumentKind(bytes);
  const base = { url: pageUrl, finalUrl: pageUrl, redirects: 0 };
  if (kind === 'pdf') return articleFromDocument(pageUrl, { ...base, kind, mimeType: 'application/pdf', bytes }, { pdf });
  const decoded = decodeDocument(bytes, { httpCharset: null, html: kind === 'html' });
  const mimeType = kind === 'html' ? 'text/html' : 'text/plain';
  return articleFromDocument(pageUrl, { ...base, kind, mimeType, text: decoded.text, encoding: decoded.encoding }, {});
}
