import { defaultSafeFetchOptions, type SafeFetchOptions } from '../article/fetch';
import { loadArticle } from '../article/loadArticle';
import type { FetchConfig, SummarizerConfig } from '../config';
import { createSummarizers } from './createSummarizers';
import { countryForms } from './offline/gazetteer/countries';
import type { PipelineDeps } from './pipeline';

export interface PipelineDepsOptions {
  /** TEST ONLY: private addresses the fetcher may reach (a local test page server). Never set from configuration. */
  allowPrivateAddressesForTests?: readonly string[];
}

export function fetchOptionsFrom(config: FetchConfig, options: PipelineDepsOptions = {}): SafeFetchOptions {
  return {
    ...defaultSafeFetchOptions(),
    connectTimeoutMs: config.connectTimeoutMs,
    totalTimeoutMs: config.totalTimeoutMs,
    maxHtmlBytes: config.maxHtmlBytes,
    maxPdfBytes: config.maxPdfBytes,
    maxRedirects: config.maxRedirects,
    allowedPorts: config.allowedPorts,
    allowPrivateAddresses: options.allowPrivateAddressesForTests ?? [],
  };
}

/** Wires the pipeline from configuration: the hardened fetcher, the configured engine and its offline fallback. */
export function createPipelineDeps(config: { summarizer: SummarizerConfig; fetch: FetchConfig }, options: PipelineDepsOptions = {}): PipelineDeps {
  const fetch = fetchOptionsFrom(config.fetch, options);
  const { primary, offline } = createSummarizers(config.summarizer);
  return {
    primary,
    offline,
    loadArticle: (url, { signal, onStage }) => loadArticle(url, { fetch, signal, onStage }),
    countryForms,
    maxArticleChars: config.summarizer.maxInputChars,
  };
}
