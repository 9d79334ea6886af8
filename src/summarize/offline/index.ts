import type { Sentence } from '../text/sentence';
import type { DraftSummary, Summarizer, SummarizeRequest } from '../types';
import { capLength, cleanSentence, selectBullets } from './bullets';
import { extractParties } from './parties';

export { extractParties } from './parties';
export { countryForms } from './gazetteer/countries';

const MAX_TITLE_CHARS = 110;

/**
 * The embedded engine: extractive bullets (lead-biased LexRank) and rule-based key parties. No network, no model
 * files, deterministic: the same article always gives the same summary.
 */
export class OfflineSummarizer implements Summarizer {
  readonly engine = 'offline';
  readonly model = null;

  async summarize(request: SummarizeRequest): Promise<DraftSummary> {
    request.signal?.throwIfAborted();
    return {
      title: request.title?.trim() || derivedTitle(request.sentences),
      bullets: selectBullets(request.sentences),
      parties: extractParties(request.text, request.sentences),
    };
  }
}

/** The first real sentence, without dateline or final period, cut at a clause boundary when long. */
function derivedTitle(sentences: readonly Sentence[]): string {
  const first = sentences.map((sentence) => cleanSentence(sentence.text)).find((text) => text.split(/\s+/).length >= 4) ?? sentences[0]?.text ?? '';
  return capLength(first.replace(/[.!]+$/, ''), MAX_TITLE_CHARS);
}
