import { articleFromPastedText } from '../article/bareText';
import type { Article } from '../article/types';
import { UserFacingError } from '../errors';
import { groundSummary } from './grounding';
import { LlmRateLimitedError, usageOf } from './llm/errors';
import type { FallbackReason, Summary, SummaryResult } from './summary';
import { leadingPart } from './text/leadingPart';
import { splitSentences } from './text/sentences';
import type { DraftSummary, Summarizer, SummarizeRequest, TokenUsage } from './types';

/** A link to fetch, text a user pasted, or an article already loaded (a local file in the CLI). */
export type PipelineSource = { kind: 'url'; url: string } | { kind: 'text'; text: string } | { kind: 'article'; article: Article };
export type PipelineStage = 'fetch' | 'extract' | 'summarize';

export interface PipelineDeps {
  /** The configured engine: the AI engine, or the offline one when no key is set. */
  primary: Summarizer;
  /** Answers when the AI engine cannot: always the offline engine. */
  offline: Summarizer;
  loadArticle(url: string, options: { signal?: AbortSignal; onStage?: (stage: 'fetch' | 'extract', milliseconds: number) => void }): Promise<Article>;
  /** Other names of a country the source may use ("Iranian" for Iran), for grounding. */
  countryForms(country: string): string[];
  /** Characters of an article that are summarized; a longer one is summarized from its opening. */
  maxArticleChars: number;
}

export interface PipelineOptions {
  signal?: AbortSignal;
  /**
   * `defer`: a rate-limited AI engine surfaces as LlmRateLimitedError so a queue can pause and retry later.
   * `fallback`: answer at once with the offline engine (the CLI has no queue to wait in).
   */
  onRateLimit: 'defer' | 'fallback';
  onStage?(stage: PipelineStage, milliseconds: number): void;
  /**
   * Told when the AI engine failed and the offline engine answered instead, with the tokens the AI engine spent
   * before giving up (`null` when none); the fallback summary carries them too.
   */
  onFallback?(reason: FallbackReason, error: unknown, usage: TokenUsage | null): void;
}

class EmptyArticleError extends UserFacingError {
  readonly code = 'empty_article';
  readonly userMessage = 'The article has no text I could summarize. If the page needs a login or shows mostly video, paste the text instead.';
}

/** Source → article → draft summary → grounded summary. Knows nothing about Slack or queues. */
export async function runPipeline(source: PipelineSource, deps: PipelineDeps, options: PipelineOptions): Promise<SummaryResult> {
  const article =
    source.kind === 'url'
      ? await deps.loadArticle(source.url, { signal: options.signal, onStage: options.onStage })
      : source.kind === 'text'
        ? articleFromPastedText(source.text)
        : source.article;
  const { text, omittedWords } = leadingPart(article.text, deps.maxArticleChars);
  const sentences = splitSentences(text);
  if (sentences.length === 0) throw new EmptyArticleError(`no sentences in article from ${article.finalUrl ?? 'pasted text'}`);
  const request: SummarizeRequest = { title: article.title, text, sentences, lang: article.lang, signal: options.signal };

  const summary = await timed('summarize', options, () => summarizeGrounded(request, deps, options));
  const { text: _body, ...info } = article;
  return { article: info, summary, omittedWords };
}

async function summarizeGrounded(request: SummarizeRequest, deps: PipelineDeps, options: PipelineOptions): Promise<Summary> {
  const attempt = async (engine: Summarizer, fallback: FallbackReason | null): Promise<Summary> => {
    const draft = await engine.summarize(request);
    return ground(draft, engine, fallback, request, deps);
  };
  const fallBack = async (reason: FallbackReason, error: unknown, usage: TokenUsage | null): Promise<Summary> => {
    options.onFallback?.(reason, error, usage);
    return { ...(await attempt(deps.offline, reason)), usage };
  };

  if (deps.primary.engine === 'offline') return attempt(deps.primary, null);
  let summary: Summary;
  try {
    summary = await attempt(deps.primary, null);
  } catch (error) {
    if (options.signal?.aborted) throw error;
    if (error instanceof LlmRateLimitedError && options.onRateLimit === 'defer') throw error;
    return fallBack('ai_unavailable', error, usageOf(error));
  }
  if (summary.bullets.length === 0) {
    return fallBack('ai_output_unverifiable', new Error('no AI bullet could be verified against the article'), summary.usage);
  }
  return summary;
}

function ground(draft: DraftSummary, engine: Summarizer, fallback: FallbackReason | null, request: SummarizeRequest, deps: PipelineDeps): Summary {
  const grounded = groundSummary(draft, request, { extractiveBullets: engine.engine === 'offline', countryForms: deps.countryForms });
  return {
    title: grounded.title,
    bullets: grounded.bullets,
    evidence: grounded.evidence,
    parties: grounded.parties,
    engine: engine.engine,
    model: engine.model,
    fallback,
    grounding: { droppedParties: grounded.droppedParties.length, droppedBullets: grounded.droppedBullets.length },
    usage: draft.usage ?? null,
  };
}

async function timed<T>(stage: PipelineStage, options: PipelineOptions, work: () => Promise<T>): Promise<T> {
  const started = performance.now();
  try {
    return await work();
  } finally {
    options.onStage?.(stage, performance.now() - started);
  }
}
