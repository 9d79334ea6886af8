import { UserFacingError } from '../../errors';

/** The text is not a URL at all. */
export class InvalidUrlError extends UserFacingError {
  readonly code = 'invalid_url';
  readonly userMessage = "That doesn't look like a web link. Send a full address starting with https:// or http://.";
}

/** ftp:, file:, javascript:, data: … */
export class UnsupportedSchemeError extends UserFacingError {
  readonly code = 'unsupported_scheme';
  readonly userMessage: string;

  constructor(readonly scheme: string) {
    super(`refusing scheme ${scheme}`);
    this.userMessage = `I can only open http:// and https:// links, not ${scheme.replace(/:$/, '')} links.`;
  }
}

export class CredentialsInUrlError extends UserFacingError {
  readonly code = 'credentials_in_url';
  readonly userMessage =
    "Links with a username or password in them aren't allowed. Send the link without the \"user:password@\" part.";
}

export class PortNotAllowedError extends UserFacingError {
  readonly code = 'port_not_allowed';
  readonly userMessage: string;

  constructor(readonly port: number) {
    super(`refusing port ${port}`);
    this.userMessage = `That link uses port ${port}: I only fetch web pages on the standard ports (80 and 443).`;
  }
}

/** The host is, or resolves to, an address that is not a public unicast address (loopback, private, metadata …). */
export class AddressNotAllowedError extends UserFacingError {
  readonly code = 'address_not_allowed';
  readonly userMessage = 'That address is not allowed: I only fetch public web pages.';

  constructor(
    readonly host: string,
    readonly address: string,
    readonly range: string,
  ) {
    super(`refusing ${host}: address ${address} is ${range}`);
  }
}

export class HostNotFoundError extends UserFacingError {
  readonly code = 'host_not_found';
  override readonly retryable: boolean;
  readonly userMessage: string;

  /** `temporary`: the DNS lookup failed (timeout, SERVFAIL) rather than answering "no such name". */
  constructor(host: string, temporary: boolean, options?: { cause?: unknown }) {
    super(`cannot resolve ${host}`, options);
    this.retryable = temporary;
    this.userMessage = temporary
      ? `I couldn't look up ${host} right now. Try again in a minute.`
      : `I couldn't find the website ${host}. Check the link for typos.`;
  }
}

export class SiteUnreachableError extends UserFacingError {
  readonly code = 'site_unreachable';
  override readonly retryable = true;
  readonly userMessage = "I couldn't connect to that website: it may be down. Try again in a few minutes.";
}

export class TlsCertificateError extends UserFacingError {
  readonly code = 'tls_certificate_invalid';
  readonly userMessage =
    "That website's security certificate isn't valid, so I didn't read it. If you trust the page, paste its text instead.";
}

export class FetchTimeoutError extends UserFacingError {
  readonly code = 'fetch_timeout';
  override readonly retryable = true;
  readonly userMessage = 'The website took too long to answer. Try again in a minute.';
}

export class TooManyRedirectsError extends UserFacingError {
  readonly code = 'too_many_redirects';
  readonly userMessage: string;

  constructor(readonly maxRedirects: number) {
    super(`more than ${maxRedirects} redirects`);
    this.userMessage =
      `That link redirects more than ${maxRedirects} times (or in a loop), so I stopped following it. ` +
      'Open it in a browser and send me the address it ends up on.';
  }
}

/** A redirect without a usable Location header. */
export class BadRedirectError extends UserFacingError {
  readonly code = 'bad_redirect';
  readonly userMessage = "That website sent me a broken redirect, so I couldn't reach the page. Try the page's final address.";
}

export class ResponseTooLargeError extends UserFacingError {
  readonly code = 'response_too_large';
  readonly userMessage: string;

  constructor(
    readonly kind: 'page' | 'PDF',
    readonly limitBytes: number,
  ) {
    super(`${kind} larger than ${limitBytes} bytes`);
    this.userMessage = `That ${kind} is too large for me to read (over ${formatMegabytes(limitBytes)}). Try pasting the article text instead.`;
  }
}

/** What the refused document is, in words a user recognises. */
export type RefusedDocumentKind = 'an image' | 'a video' | 'an audio file' | 'a ZIP file or archive' | 'a file download' | 'a data file' | 'a file';

export class UnsupportedContentTypeError extends UserFacingError {
  readonly code = 'unsupported_content_type';
  readonly userMessage: string;

  constructor(
    readonly mimeType: string,
    readonly documentKind: RefusedDocumentKind,
  ) {
    super(`unsupported content type ${mimeType || '(none)'}`);
    this.userMessage = `That link points to ${documentKind}, not an article. I can read web pages, PDFs and plain-text documents.`;
  }
}

export class UnsupportedContentEncodingError extends UserFacingError {
  readonly code = 'unsupported_content_encoding';
  readonly userMessage = "That website sent the page in a compressed format I can't read. Try pasting the article text instead.";

  constructor(readonly encoding: string) {
    super(`unsupported content encoding ${encoding}`);
  }
}

/** The response was cut off or its compression was corrupt. */
export class BrokenResponseError extends UserFacingError {
  readonly code = 'broken_response';
  override readonly retryable = true;
  readonly userMessage = 'The website sent a broken response. Try again in a minute.';
}

export class PageNotFoundError extends UserFacingError {
  readonly code = 'page_not_found';
  readonly userMessage: string;

  constructor(readonly status: number) {
    super(`HTTP ${status}`);
    this.userMessage =
      status === 410 ? 'That page has been removed (410). Check the link.' : `The page was not found (${status}). Check the link.`;
  }
}

/** 401 / 403: a login wall or a site that blocks automated readers. */
export class AccessDeniedError extends UserFacingError {
  readonly code = 'access_denied';
  readonly userMessage: string;

  constructor(readonly status: number) {
    super(`HTTP ${status}`);
    this.userMessage =
      status === 401
        ? 'That page needs a login (401), so I can’t read it. Paste the article text instead.'
        : 'That site refused to let me read the page (403): it may block bots or need a login. Paste the article text instead.';
  }
}

export class RateLimitedError extends UserFacingError {
  readonly code = 'rate_limited';
  override readonly retryable = true;
  readonly userMessage: string;

  /** `retryAfterMs`: what the site asked for in Retry-After, when it said. */
  constructor(
    readonly status: number,
    readonly retryAfterMs: number | null,
  ) {
    super(`HTTP ${status}${retryAfterMs === null ? '' : `, retry after ${retryAfterMs} ms`}`);
    this.userMessage =
      status === 429
        ? 'That website is asking me to slow down (429). Try again in a few minutes.'
        : `That website is temporarily unavailable (${status}). Try again in a few minutes.`;
  }
}

/** 5xx other than a 503 with Retry-After. */
export class SiteErrorError extends UserFacingError {
  readonly code = 'site_error';
  override readonly retryable = true;
  readonly userMessage: string;

  constructor(readonly status: number) {
    super(`HTTP ${status}`);
    this.userMessage = `That website is having problems (error ${status}). Try again in a few minutes.`;
  }
}

/** Any other non-success status (400, 405, 418, 451 …). */
export class HttpStatusError extends UserFacingError {
  readonly code = 'http_error';
  readonly userMessage: string;

  constructor(readonly status: number) {
    super(`HTTP ${status}`);
    this.userMessage = `That website answered with error ${status}, so I couldn't read the page. Check the link, or paste the article text.`;
  }
}

function formatMegabytes(bytes: number): string {
  const megabytes = bytes / (1024 * 1024);
  return `${Number.isInteger(megabytes) ? megabytes : megabytes.toFixed(1)} MB`;
}
