/**
 * The scrapinghub article-extraction-benchmark metric (its `evaluate.py`), restated in
 * /work/shared/docs/extraction-benchmark.md: 4-gram shingle multisets, per-page normalised counts,
 * precision and recall averaged over pages, F1 of the two averages.
 */

const SHINGLE_SIZE = 4;

export function tokenize(text: string): string[] {
  return text.match(/[\p{L}\p{N}_]+/gu) ?? [];
}

function shingleCounts(tokens: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  if (tokens.length === 0) return counts;
  const span = Math.min(SHINGLE_SIZE, tokens.length);
  for (let start = 0; start + span <= tokens.length; start++) {
    // Tokens never contain a space, so joining with one keeps shingles distinct.
    const shingle = tokens.slice(start, start + span).join(' ');
    counts.set(shingle, (counts.get(shingle) ?? 0) + 1);
  }
  return counts;
}

/** Shingle overlap of one page, normalised so tp + fp + fn = 1 whenever either text has tokens. */
export interface PageCounts {
  tp: number;
  fp: number;
  fn: number;
}

export function scorePage(reference: string, prediction: string): PageCounts {
  const expected = shingleCounts(tokenize(reference));
  const predicted = shingleCounts(tokenize(prediction));
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const shingle of new Set([...expected.keys(), ...predicted.keys()])) {
    const inReference = expected.get(shingle) ?? 0;
    const inPrediction = predicted.get(shingle) ?? 0;
    tp += Math.min(inReference, inPrediction);
    fp += Math.max(0, inPrediction - inReference);
    fn += Math.max(0, inReference - inPrediction);
  }
  const total = tp + fp + fn;
  return total > 0 ? { tp: tp / total, fp: fp / total, fn: fn / total } : { tp, fp, fn };
}

export interface BenchmarkScore {
  precision: number;
  recall: number;
  f1: number;
  /** Share of pages whose token sequence equals the reference's exactly. */
  accuracy: number;
}

function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((sum, value) => sum + value, 0) / values.length;
}

export function scoreBenchmark(pages: ReadonlyArray<{ reference: string; prediction: string }>): BenchmarkScore {
  const pagePrecisions: number[] = [];
  const pageRecalls: number[] = [];
  let exactPages = 0;
  for (const { reference, prediction } of pages) {
    const { tp, fp, fn } = scorePage(reference, prediction);
    if (tp + fp > 0) pagePrecisions.push(tp / (tp + fp));
    if (tp + fn > 0) pageRecalls.push(tp / (tp + fn));
    if (tokenize(reference).join(' ') === tokenize(prediction).join(' ')) exactPages++;
  }
  const precision = mean(pagePrecisions);
  const recall = mean(pageRecalls);
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, accuracy: pages.length === 0 ? 0 : exactPages / pages.length };
}
