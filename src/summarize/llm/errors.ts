/** The AI provider asked us to slow down; `retryAfterMs` is its hint (or our default when it gave none). */
export class LlmRateLimitedError extends Error {
  constructor(
    readonly retryAfterMs: number,
    options?: { cause?: unknown },
  ) {
    super(`AI provider rate limit: retry after ${retryAfterMs} ms`, options);
    this.name = 'LlmRateLimitedError';
  }
}

export type LlmFailureKind = 'server_error' | 'timeout' | 'connection' | 'invalid_output' | 'refusal' | 'truncated' | 'rejected';

/** The AI engine could not produce a usable answer after its own retries; callers fall back to the offline engine. */
export class LlmUnavailableError extends Error {
  constructor(
    readonly kind: LlmFailureKind,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'LlmUnavailableError';
  }
}
