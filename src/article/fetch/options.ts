import { lookup } from 'node:dns/promises';

export interface ResolvedAddress {
  address: string;
  /** 4 or 6. */
  family: number;
}

/** DNS lookup: every address the host name resolves to. Injectable so tests can play a hostile DNS server. */
export type HostResolver = (hostname: string) => Promise<ResolvedAddress[]>;

/** Everything safeFetch needs to know; a plain object so configuration can build it from the environment. */
export interface SafeFetchOptions {
  resolver: HostResolver;
  /** TCP ports links may use. */
  allowedPorts: readonly number[];
  /**
   * TEST ONLY: exact IP addresses that may be fetched although they are not public (e.g. `['127.0.0.1']` for a local
   * test server). Empty in production; nothing in production code fills it.
   */
  allowPrivateAddresses: readonly string[];
  /** Milliseconds to establish a TCP (and TLS) connection, per hop. */
  connectTimeoutMs: number;
  /** Milliseconds for the whole fetch: DNS, every redirect hop, Retry-After waits and reading the body. */
  totalTimeoutMs: number;
  /** Redirects followed before giving up. */
  maxRedirects: number;
  /** Bytes of HTML or plain text, counted after decompression. */
  maxHtmlBytes: number;
  /** Bytes of PDF, counted after decompression. */
  maxPdfBytes: number;
  /** Milliseconds the fetcher may spend in total waiting for 429/503 Retry-After before giving up (retryable). */
  maxRetryAfterMs: number;
  userAgent: string;
  acceptLanguage: string;
}

const BROWSER_USER_AGENT =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/138.0.0.0 Safari/537.36';

export async function systemResolver(hostname: string): Promise<ResolvedAddress[]> {
  return lookup(hostname, { all: true, verbatim: true });
}

/** Production-safe defaults: public addresses on ports 80/443 only, every limit set. */
export function defaultSafeFetchOptions(): SafeFetchOptions {
  return {
    resolver: systemResolver,
    allowedPorts: [80, 443],
    allowPrivateAddresses: [],
    connectTimeoutMs: 5_000,
    totalTimeoutMs: 20_000,
    maxRedirects: 5,
    maxHtmlBytes: 5 * 1024 * 1024,
    maxPdfBytes: 20 * 1024 * 1024,
    maxRetryAfterMs: 10_000,
    userAgent: BROWSER_USER_AGENT,
    acceptLanguage: 'en-US,en;q=0.9',
  };
}
