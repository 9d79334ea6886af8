import type { IncomingHttpHeaders } from 'node:http';
import type { Readable } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import { request } from 'undici';
import { isUserFacingError } from '../../errors';
import { decodeDocument } from './decode';
import { documentKindOf, parseContentType, sniffDocumentKind, type DocumentKind } from './contentType';
import {
  BadRedirectError,
  BrokenResponseError,
  FetchTimeoutError,
  ResponseTooLargeError,
  SiteUnreachableError,
  TlsCertificateError,
  TooManyRedirectsError,
} from './errors';
import { errorForStatus, parseRetryAfter, REDIRECT_STATUSES, RETRY_AFTER_STATUSES } from './httpStatus';
import type { SafeFetchOptions } from './options';
import { pinnedAgents } from './pinnedAgent';
import { parseContentEncoding, readLimitedBody } from './readBody';
import { resolvePublicAddress } from './resolveHost';
import { checkTargetUrl, parseUserUrl } from './url';

export * from './errors';
export { defaultSafeFetchOptions, systemResolver, type HostResolver, type ResolvedAddress, type SafeFetchOptions } from './options';
export { parseUserUrl, type UrlPolicy } from './url';

interface FetchedBase {
  /** The URL as requested. */
  url: string;
  /** Where the document was read from, after redirects. */
  finalUrl: string;
  /** Content-Type essence as the server declared it, or '' when it declared none. */
  mimeType: string;
  redirects: number;
}

export type FetchedDocument =
  | (FetchedBase & { kind: 'html' | 'text'; text: string; encoding: string })
  | (FetchedBase & { kind: 'pdf'; bytes: Uint8Array });

/** How many times one URL may be asked again after a 429/503 Retry-After, within the time budget. */
const MAX_RETRY_AFTER_ATTEMPTS = 2;

/**
 * Fetches a user-supplied URL without letting it reach anything but public web servers, with every resource bounded:
 * each hop's URL and DNS answers are checked before connecting, the connection goes to the checked address, redirects
 * are followed by hand, and time, size and decompression are capped.
 *
 * Throws a UserFacingError subclass for every refusal or failure the user can act on; rethrows `signal.reason` when
 * the caller cancels.
 */
export async function safeFetch(url: string, options: SafeFetchOptions, signal?: AbortSignal): Promise<FetchedDocument> {
  const deadline = AbortSignal.timeout(options.totalTimeoutMs);
  const combined = signal ? AbortSignal.any([signal, deadline]) : deadline;
  try {
    return await fetchFollowingRedirects(url, options, combined);
  } catch (error) {
    if (signal?.aborted) throw signal.reason;
    if (deadline.aborted && !isUserFacingError(error)) {
      throw new FetchTimeoutError(`no complete response within ${options.totalTimeoutMs} ms`, { cause: error });
    }
    throw explainNetworkError(error);
  }
}

async function fetchFollowingRedirects(url: string, options: SafeFetchOptions, signal: AbortSignal): Promise<FetchedDocument> {
  const startedAt = Date.now();
  let current = parseUserUrl(url, options);
  let redirects = 0;
  let retryAfterSpentMs = 0;
  let retryAfterAttempts = 0;
  for (;;) {
    const address = await resolvePublicAddress(current, options, signal);
    const response = await request(current, {
      method: 'GET',
      dispatcher: pinnedAgents.get(address, options),
      signal,
      headers: requestHeaders(options),
    });
    try {
      const status = response.statusCode;

      if (REDIRECT_STATUSES.has(status)) {
        discardBody(response.body);
        if (redirects >= options.maxRedirects) throw new TooManyRedirectsError(options.maxRedirects);
        current = checkTargetUrl(redirectTarget(current, headerValue(response.headers, 'location')), options);
        redirects++;
        continue;
      }

      if (status < 200 || status > 299) {
        discardBody(response.body);
        const retryAfterMs = RETRY_AFTER_STATUSES.has(status)
          ? parseRetryAfter(headerValue(response.headers, 'retry-after'), Date.now())
          : null;
        const remainingMs = options.totalTimeoutMs - (Date.now() - startedAt);
        if (retryAfterMs === null || !mayWait(retryAfterMs, retryAfterAttempts, retryAfterSpentMs, remainingMs, options)) {
          throw errorForStatus(status, retryAfterMs);
        }
        retryAfterAttempts++;
        retryAfterSpentMs += retryAfterMs;
        await sleep(retryAfterMs, undefined, { signal });
        continue;
      }

      return await readDocument(url, current, response.headers, response.body, redirects, options);
    } catch (error) {
      // A refused or half-read body must not stay on a pooled keep-alive connection.
      discardBody(response.body);
      throw error;
    }
  }
}

/** Honour Retry-After only a few times, within the waiting budget, and never past the overall deadline. */
function mayWait(delayMs: number, attempts: number, spentMs: number, remainingMs: number, options: SafeFetchOptions): boolean {
  return attempts < MAX_RETRY_AFTER_ATTEMPTS && spentMs + delayMs <= options.maxRetryAfterMs && delayMs < remainingMs;
}

async function readDocument(
  requestedUrl: string,
  finalUrl: URL,
  headers: IncomingHttpHeaders,
  body: Readable,
  redirects: number,
  options: SafeFetchOptions,
): Promise<FetchedDocument> {
  const contentType = parseContentType(headerValue(headers, 'content-type'));
  const declaredKind = contentType ? documentKindOf(contentType.mimeType) : null;
  const limit = (kind: DocumentKind | null) =>
    kind === 'pdf' ? options.maxPdfBytes : kind === null ? Math.max(options.maxPdfBytes, options.maxHtmlBytes) : options.maxHtmlBytes;
  const tooLarge = (kind: DocumentKind | null) => new ResponseTooLargeError(kind === 'pdf' ? 'PDF' : 'page', limit(kind));

  const coding = parseContentEncoding(headerValue(headers, 'content-encoding'));
  const declaredLength = Number(headerValue(headers, 'content-length') ?? NaN);
  if (declaredLength > limit(declaredKind)) {
    discardBody(body);
    throw tooLarge(declaredKind);
  }
  const bytes = await readLimitedBody(body, coding, limit(declaredKind), () => tooLarge(declaredKind));
  const kind = declaredKind ?? sniffDocumentKind(bytes);
  if (bytes.length > limit(kind)) throw tooLarge(kind);

  const base = { url: requestedUrl, finalUrl: finalUrl.href, mimeType: contentType?.mimeType ?? '', redirects };
  if (kind === 'pdf') return { ...base, kind, bytes };
  const decoded = decodeDocument(bytes, { httpCharset: contentType?.charset ?? null, html: kind === 'html' });
  return { ...base, kind, text: decoded.text, encoding: decoded.encoding };
}

function requestHeaders(options: SafeFetchOptions): Record<string, string> {
  return {
    'user-agent': options.userAgent,
    accept: 'text/html,application/xhtml+xml,application/pdf;q=0.9,text/plain;q=0.8,*/*;q=0.5',
    'accept-language': options.acceptLanguage,
    'accept-encoding': 'gzip, deflate, br',
  };
}

/** Drops a body we will not read; the connection closes with it (the agent is per hop). */
function discardBody(body: Readable): void {
  body.on('error', () => undefined);
  body.destroy();
}

function redirectTarget(current: URL, location: string | undefined): URL {
  if (location === undefined || location.trim() === '') throw new BadRedirectError(`redirect from ${current.href} without Location`);
  try {
    return new URL(location.trim(), current);
  } catch (error) {
    throw new BadRedirectError(`unparseable Location ${JSON.stringify(location.slice(0, 200))}`, { cause: error });
  }
}

function headerValue(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

const UNREACHABLE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EHOSTUNREACH', 'ENETUNREACH', 'EPIPE', 'UND_ERR_CLOSED']);
const TIMEOUT_CODES = new Set(['UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT', 'ETIMEDOUT']);
const BROKEN_RESPONSE_CODES = new Set([
  'UND_ERR_SOCKET',
  'UND_ERR_RES_CONTENT_LENGTH_MISMATCH',
  'HPE_INVALID_CONSTANT',
  'Z_DATA_ERROR',
  'Z_BUF_ERROR',
  'ERR_STREAM_PREMATURE_CLOSE',
]);

/** Network and protocol failures in words the user can act on; anything unrecognised stays as it is (a bug). */
function explainNetworkError(error: unknown): unknown {
  if (isUserFacingError(error)) return error;
  const code = errorCode(error);
  if (code === undefined) return error;
  if (TIMEOUT_CODES.has(code)) return new FetchTimeoutError(code, { cause: error });
  if (UNREACHABLE_CODES.has(code)) return new SiteUnreachableError(code, { cause: error });
  if (BROKEN_RESPONSE_CODES.has(code) || code.startsWith('HPE_')) return new BrokenResponseError(code, { cause: error });
  if (/CERT|SELF_SIGNED|UNABLE_TO_VERIFY|ERR_TLS/.test(code)) return new TlsCertificateError(code, { cause: error });
  return error;
}

function errorCode(error: unknown): string | undefined {
  // Duck-typed rather than `instanceof Error`: errors from Node internals may come from another realm (jest, vm).
  let current: unknown = error;
  for (let depth = 0; typeof current === 'object' && current !== null && depth < 4; depth++) {
    const { code, cause } = current as { code?: unknown; cause?: unknown };
    if (typeof code === 'string') return code;
    current = cause;
  }
  return undefined;
}
