/// <reference lib="dom" />

/**
 * linkedom ships only ESM type declarations, which a CommonJS TypeScript module cannot import, although its CommonJS
 * build works. This is the one typed seam onto it: we only ever need an HTML string turned into a standard Document.
 */
interface HtmlParser {
  parseFromString(markup: string, mimeType: 'text/html'): Document;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const linkedom = require('linkedom') as { DOMParser: new () => HtmlParser };

export function parseHtmlDocument(html: string): Document {
  return new linkedom.DOMParser().parseFromString(html, 'text/html');
}
