import { UnsupportedContentTypeError, type RefusedDocumentKind } from './errors';

export type DocumentKind = 'html' | 'text' | 'pdf';

export interface ContentType {
  /** Lower-case essence, e.g. `text/html`. */
  mimeType: string;
  charset: string | null;
}

const READABLE_TYPES: Record<string, DocumentKind> = {
  'text/html': 'html',
  'application/xhtml+xml': 'html',
  'text/plain': 'text',
  'application/pdf': 'pdf',
  'application/x-pdf': 'pdf',
};

const ARCHIVE_TYPES = new Set([
  'application/zip',
  'application/x-zip-compressed',
  'application/gzip',
  'application/x-gzip',
  'application/x-tar',
  'application/x-7z-compressed',
  'application/vnd.rar',
  'application/x-rar-compressed',
  'application/x-bzip2',
]);

/** Parses a Content-Type header; null when it is missing or not a `type/subtype`. */
export function parseContentType(header: string | undefined): ContentType | null {
  if (header === undefined) return null;
  const [essence = '', ...parameters] = header.split(';');
  const mimeType = essence.trim().toLowerCase();
  if (!/^[\w.+-]+\/[\w.+-]+$/.test(mimeType)) return null;
  let charset: string | null = null;
  for (const parameter of parameters) {
    const separator = parameter.indexOf('=');
    if (separator < 0 || parameter.slice(0, separator).trim().toLowerCase() !== 'charset') continue;
    const value = parameter.slice(separator + 1).trim().replace(/^"(.*)"$/, '$1').trim();
    if (value !== '') charset = value;
  }
  return { mimeType, charset };
}

/** The kind of document a declared type holds; throws for anything that is not an article format. */
export function documentKindOf(mimeType: string): DocumentKind {
  const kind = READABLE_TYPES[mimeType];
  if (kind) return kind;
  throw new UnsupportedContentTypeError(mimeType, describeRefusedType(mimeType));
}

/** For responses without a usable Content-Type: decide from the first bytes. */
export function sniffDocumentKind(bytes: Uint8Array): DocumentKind {
  const head = Buffer.from(bytes.subarray(0, 1024));
  if (head.subarray(0, 5).toString('latin1') === '%PDF-') return 'pdf';
  if (head.includes(0) && !startsWithUtf16Bom(head)) throw new UnsupportedContentTypeError('', 'a file');
  const start = head.toString('latin1').replace(/^(\xEF\xBB\xBF|\xFF\xFE|\xFE\xFF)/, '').trimStart().toLowerCase();
  return start.startsWith('<') ? 'html' : 'text';
}

function startsWithUtf16Bom(bytes: Buffer): boolean {
  return (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
}

function describeRefusedType(mimeType: string): RefusedDocumentKind {
  const [type] = mimeType.split('/');
  if (type === 'image') return 'an image';
  if (type === 'video') return 'a video';
  if (type === 'audio') return 'an audio file';
  if (ARCHIVE_TYPES.has(mimeType)) return 'a ZIP file or archive';
  if (mimeType === 'application/octet-stream' || mimeType === 'binary/octet-stream') return 'a file download';
  if (mimeType.endsWith('json') || mimeType.endsWith('+json') || mimeType === 'text/csv') return 'a data file';
  return 'a file';
}
