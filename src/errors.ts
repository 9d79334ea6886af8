/**
 * Errors that end a request with a message the Slack user can act on.
 *
 * Every module that refuses input (fetcher, extractor, pasted-text check, …) throws a subclass, so the
 * worker can tell "tell the user what to do" apart from "something broke, retry".
 */
export abstract class UserFacingError extends Error {
  /** Stable machine-readable code: used in logs, metrics and job results. */
  abstract readonly code: string;
  /** What the user sees in Slack: what went wrong and what to do about it. Never contains secrets. */
  abstract readonly userMessage: string;
  /** True when trying the same request again later may succeed (a 503, a timeout). */
  readonly retryable: boolean = false;

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

export function isUserFacingError(error: unknown): error is UserFacingError {
  return error instanceof UserFacingError;
}
