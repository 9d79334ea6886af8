import { createHash, timingSafeEqual } from 'node:crypto';
import type { RequestHandler } from 'express';

/**
 * Accepts `Authorization: Bearer <token>` (scripts, uptime checkers, Prometheus) or HTTP Basic with the token as the
 * password (browsers, for the queue dashboard). Both sides are hashed before the constant-time comparison so neither
 * the token's content nor its length leaks through timing. Failures get a bare 401: no hint of what was wrong.
 */
export function requireAdminToken(token: string): RequestHandler {
  const expected = digest(token);
  return (req, res, next) => {
    const presented = presentedToken(req.headers.authorization);
    if (presented !== undefined && timingSafeEqual(digest(presented), expected)) {
      next();
      return;
    }
    res.status(401).set('WWW-Authenticate', 'Basic realm="newsbot admin", charset="UTF-8"').end();
  };
}

function presentedToken(header: string | undefined): string | undefined {
  if (header === undefined) return undefined;
  const [scheme, value] = header.split(' ', 2);
  if (value === undefined) return undefined;
  if (scheme?.toLowerCase() === 'bearer') return value.trim();
  if (scheme?.toLowerCase() === 'basic') {
    const decoded = Buffer.from(value, 'base64').toString('utf8');
    const separator = decoded.indexOf(':');
    return separator === -1 ? undefined : decoded.slice(separator + 1);
  }
  return undefined;
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value, 'utf8').digest();
}

/** Routes that exist only when an admin token is configured: without one they are absent (404), never open. */
export const adminDisabled: RequestHandler = (_req, res) => {
  res.status(404).end();
};
