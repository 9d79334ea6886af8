import type { Article } from '../article/types';
import type { EngineName, Parties, TokenUsage } from './types';

/** Why the answer came from the offline engine although an AI engine is configured. */
export type FallbackReason = 'ai_unavailable' | 'ai_output_unverifiable';

/** A summary that passed grounding: every party occurs in the source, every bullet is backed by source sentences. */
export interface Summary {
  title: string;
  bullets: string[];
  /** For each bullet, the source sentences that support it (same order as `bullets`). */
  evidence: string[][];
  parties: Parties;
  engine: EngineName;
  model: string | null;
  fallback: FallbackReason | null;
  grounding: { droppedParties: number; droppedBullets: number };
  /** Tokens the AI engine spent on this summary, also when its answer was unusable and the offline engine answered. */
  usage: TokenUsage | null;
}

/** The article facts a reader of the summary needs; the body itself stays out of job results and logs. */
export type ArticleInfo = Omit<Article, 'text'>;

export interface SummaryResult {
  article: ArticleInfo;
  summary: Summary;
  /** Words after the summarized opening of a very long article (0 when all of it was read). */
  omittedWords: number;
}
