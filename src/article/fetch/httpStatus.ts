import {
  AccessDeniedError,
  HttpStatusError,
  PageNotFoundError,
  RateLimitedError,
  SiteErrorError,
} from './errors';
import type { UserFacingError } from '../../errors';

export const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

/** Statuses whose Retry-After the fetcher may honour by waiting and asking again. */
export const RETRY_AFTER_STATUSES = new Set([429, 503]);

/** The error for a final (non-redirect, non-2xx) status. */
export function errorForStatus(status: number, retryAfterMs: number | null): UserFacingError {
  if (status === 404 || status === 410) return new PageNotFoundError(status);
  if (status === 401 || status === 403) return new AccessDeniedError(status);
  if (status === 429 || (status === 503 && retryAfterMs !== null)) return new RateLimitedError(status, retryAfterMs);
  if (status >= 500 && status <= 599) return new SiteErrorError(status);
  return new HttpStatusError(status);
}

/**
 * Retry-After as milliseconds from `now`: delay-seconds or an HTTP date (a date in the past means "now").
 * Null when absent or unreadable.
 */
export function parseRetryAfter(header: string | undefined, now: number): number | null {
  const value = header?.trim();
  if (!value) return null;
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}
