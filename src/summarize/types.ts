import { z } from 'zod';
import type { Sentence } from './text/sentence';

export const PersonSchema = z.object({
  name: z.string(),
  /** The role as the article states it ("Deputy Prime Minister"), or null when it gives none. */
  role: z.string().nullable(),
  /** Country or organisation the person acts for, when the article says so. */
  affiliation: z.string().nullable(),
});

export const OrganizationSchema = z.object({
  name: z.string(),
  /** What the organisation is, in a few words ("shipping group"), or null. */
  description: z.string().nullable(),
});

export const CountrySchema = z.object({
  name: z.string(),
});

export const PartiesSchema = z.object({
  people: z.array(PersonSchema),
  organizations: z.array(OrganizationSchema),
  countries: z.array(CountrySchema),
});

export type Parties = z.infer<typeof PartiesSchema>;

export type EngineName = 'openai' | 'offline';

export interface TokenUsage {
  inputTokens: number;
  outputTokens: number;
}

/** A bullet as an engine proposes it, with the ids of the source sentences it claims to rest on. */
export interface DraftBullet {
  text: string;
  sentenceIds: number[];
}

/** What an engine returns, before grounding checks it against the source. */
export interface DraftSummary {
  title: string;
  bullets: DraftBullet[];
  parties: Parties;
  usage?: TokenUsage;
}

export interface SummarizeRequest {
  title: string | null;
  /** The article body, paragraphs separated by blank lines. */
  text: string;
  /** `text` split into numbered sentences; engines cite these ids as evidence. */
  sentences: readonly Sentence[];
  lang: string | null;
  signal?: AbortSignal;
}

/** Anything that can turn an article into a draft summary: the OpenAI engine, the offline engine, a fallback chain. */
export interface Summarizer {
  readonly engine: EngineName;
  /** Model name shown to users and operators; null for engines without one. */
  readonly model: string | null;
  summarize(request: SummarizeRequest): Promise<DraftSummary>;
}
