import { defaultSafeFetchOptions, type SafeFetchOptions } from '../article/fetch';
import { loadArticle } from '../article/loadArticle';
import { DEFAULT_PDF_TEXT_OPTIONS, type PdfTextOptions } from '../article/pdf';
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
    maxRetryAfterMs: config.maxRetryAfterMs,
    maxHtmlBytes: config.maxHtmlBytes,
    maxPdfBytes: config.maxPdfBytes,
    maxRedirects: config.maxRedirects,
    allowedPorts: config.allowedPorts,
    allowPrivateAddresses: options.allowPrivateAddressesForTests ?? [],
  };
}

/** Limits of PDF parsing: the configured page cap; time and memory limits stay at their defaults. */
export function pdfOptionsFrom(config: FetchConfig): PdfTextOptions {
  return { ...DEFAULT_PDF_TEXT_OPTIONS, maxPages: config.pdfMaxPages };
}

/** Wires the pipeline from configuration: the hardened fetcher, the configured engine and its offline fallback. */
export function createPipelineDeps(config: { summarizer: SummarizerConfig; fetch: FetchConfig }, options: PipelineDepsOptions = {}): PipelineDeps {
  const fetch = fetchOptionsFrom(config.fetch, options);
  const pdf = pdfOptionsFrom(config.fetch);
  const { primary, offline } = createSummarizers(config.summarizer);
  return {
    primary,
    offline,
    loadArticle: (url, { signal, onStage }) => loadArticle(url, { fetch, pdf, signal, onStage }),
    countryForms,
    maxArticleChars: config.summarizer.maxInputChars,
  };
}
