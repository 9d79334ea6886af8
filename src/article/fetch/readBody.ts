import { PassThrough, Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createBrotliDecompress, createGunzip, createUnzip } from 'node:zlib';
import { UnsupportedContentEncodingError } from './errors';

export type ContentCoding = 'gzip' | 'deflate' | 'br';

/** Parses Content-Encoding; null for an unencoded body. Stacked codings are refused: no real site needs them. */
export function parseContentEncoding(header: string | undefined): ContentCoding | null {
  const codings = (header ?? '')
    .split(',')
    .map((coding) => coding.trim().toLowerCase())
    .filter((coding) => coding !== '' && coding !== 'identity');
  if (codings.length === 0) return null;
  const [coding] = codings;
  if (codings.length > 1 || coding === undefined) throw new UnsupportedContentEncodingError(codings.join(', '));
  if (coding === 'gzip' || coding === 'x-gzip') return 'gzip';
  if (coding === 'deflate' || coding === 'br') return coding;
  throw new UnsupportedContentEncodingError(coding);
}

/**
 * Reads a response body up to `maxBytes`, decompressing as it goes. The cap applies to the bytes on the wire AND to
 * the bytes after decoding, checked chunk by chunk: a decompression bomb or an endless stream is cut off once the cap
 * is passed (the stream is destroyed, which closes the connection), never inflated in full.
 */
export async function readLimitedBody(
  body: Readable,
  coding: ContentCoding | null,
  maxBytes: number,
  tooLarge: () => Error,
): Promise<Buffer> {
  // Destroying a zlib stream mid-way surfaces as an AbortError from the pipeline; the cap is the real reason.
  let capExceeded: Error | undefined;
  const exceed = () => (capExceeded ??= tooLarge());
  let wireBytes = 0;
  const countWireBytes = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      wireBytes += chunk.length;
      if (wireBytes > maxBytes) callback(exceed());
      else callback(null, chunk);
    },
  });
  const chunks: Buffer[] = [];
  let decodedBytes = 0;
  try {
    await pipeline(body, countWireBytes, createDecoder(coding), async (decoded: AsyncIterable<Buffer>) => {
      for await (const chunk of decoded) {
        decodedBytes += chunk.length;
        if (decodedBytes > maxBytes) throw exceed();
        chunks.push(chunk);
      }
    });
  } catch (error) {
    throw capExceeded ?? error;
  }
  return Buffer.concat(chunks, decodedBytes);
}

function createDecoder(coding: ContentCoding | null): Transform {
  switch (coding) {
    case null:
      return new PassThrough();
    case 'gzip':
      return createGunzip();
    case 'deflate':
      // Servers send "deflate" both zlib-wrapped (per spec) and as gzip; Unzip detects either header.
      return createUnzip();
    case 'br':
      return createBrotliDecompress();
  }
}
