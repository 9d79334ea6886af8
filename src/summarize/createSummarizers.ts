import type { SummarizerConfig } from '../config';
import { OpenAiSummarizer } from './llm/openaiSummarizer';
import { OfflineSummarizer } from './offline';
import type { Summarizer } from './types';

export interface Summarizers {
  /** The configured engine. */
  primary: Summarizer;
  /** Always available: answers when the AI engine cannot. */
  offline: Summarizer;
}

export function createSummarizers(config: SummarizerConfig): Summarizers {
  const offline = new OfflineSummarizer();
  if (config.engine === 'offline') return { primary: offline, offline };
  const primary = new OpenAiSummarizer({
    apiKey: config.openai.apiKey,
    baseURL: config.openai.baseURL,
    model: config.openai.model,
    timeoutMs: config.openai.timeoutMs,
    maxRetries: config.openai.maxRetries,
    maxOutputTokens: config.openai.maxOutputTokens,
    maxInputChars: config.maxInputChars,
  });
  return { primary, offline };
}
