import type { TokenUsage } from '../types';

/**
 * Tokens the AI engine had already spent when it gave up (answers that were cut off, malformed or refused are billed
 * too); `null` when no call was answered. Callers count them although no AI summary came out.
 */
interface SpentUsage {
  usage: TokenUsage | null;
}

/** The AI provider asked us to slow down; `retryAfterMs` is its hint (or our default when it gave none). */
export class LlmRateLimitedError extends Error implements SpentUsage {
  usage: TokenUsage | null = null;

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
export class LlmUnavailableError extends Error implements SpentUsage {
  usage: TokenUsage | null = null;

  constructor(
    readonly kind: LlmFailureKind,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'LlmUnavailableError';
  }
}

/** The tokens an error from the AI engine says were spent, or `null`. */
export function usageOf(error: unknown): TokenUsage | null {
  return error instanceof LlmUnavailableError || error instanceof LlmRateLimitedError ? error.usage : null;
}
