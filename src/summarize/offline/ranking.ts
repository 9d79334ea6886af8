import { normalizeForMatching } from '../grounding';

const STOPWORDS = new Set(
  (
    'a an the and or but if of to in on at by for with from as is are was were be been being it its this that these ' +
    'those he she they we i you his her their our my your them him us me who whom which what when where why how ' +
    'not no nor so than then there here also into over after before about up down out off again further once ' +
    'all any both each few more most other some such only own same too very can will just should now would could ' +
    'may might must shall do does did doing have has had having said says say told according while during ' +
    'because until against between through above below under since per de la le el'
  ).split(' '),
);

/** Content words cut to six letters: enough to link "cooperation" and "cooperate" across sentences. */
export function contentTerms(text: string): string[] {
  return (normalizeForMatching(text).match(/[\p{L}\p{N}]+/gu) ?? [])
    .filter((word) => word.length > 2 && !STOPWORDS.has(word))
    .map((word) => word.slice(0, 6));
}

/** Term vectors weighted by tf·idf over the article's sentences, L2-normalised. */
export function sentenceVectors(sentences: readonly string[]): Array<Map<string, number>> {
  const termLists = sentences.map(contentTerms);
  const documentFrequency = new Map<string, number>();
  for (const terms of termLists) for (const term of new Set(terms)) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
  return termLists.map((terms) => {
    const vector = new Map<string, number>();
    for (const term of terms) vector.set(term, (vector.get(term) ?? 0) + 1);
    let norm = 0;
    for (const [term, count] of vector) {
      const weight = count * Math.log(1 + sentences.length / documentFrequency.get(term)!);
      vector.set(term, weight);
      norm += weight * weight;
    }
    norm = Math.sqrt(norm);
    if (norm > 0) for (const [term, weight] of vector) vector.set(term, weight / norm);
    return vector;
  });
}

export function cosine(a: Map<string, number>, b: Map<string, number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let sum = 0;
  for (const [term, weight] of small) sum += weight * (large.get(term) ?? 0);
  return sum;
}

export interface RankingOptions {
  /** Share of the random jump that goes to the lead rather than uniformly (0: plain LexRank). */
  leadBias: number;
  damping: number;
  iterations: number;
}

export const DEFAULT_RANKING: RankingOptions = { leadBias: 0.7, damping: 0.85, iterations: 50 };

/**
 * LexRank with a lead bias: PageRank over the sentence-similarity graph, where the random jump favours early
 * sentences (weight 1/(1+position)), because news puts its most important facts first.
 */
export function rankSentences(vectors: ReadonlyArray<Map<string, number>>, options: RankingOptions = DEFAULT_RANKING): number[] {
  const n = vectors.length;
  if (n === 0) return [];
  const weights = vectors.map((vector, i) => vectors.map((other, j) => (i === j ? 0 : cosine(vector, other))));
  const outSums = weights.map((row) => row.reduce((sum, weight) => sum + weight, 0));
  const positional = vectors.map((_, i) => 1 / (1 + i));
  const positionalSum = positional.reduce((sum, weight) => sum + weight, 0);
  const jump = positional.map((weight) => (options.leadBias * weight) / positionalSum + (1 - options.leadBias) / n);

  let scores = new Array<number>(n).fill(1 / n);
  for (let iteration = 0; iteration < options.iterations; iteration += 1) {
    const next = jump.map((value) => (1 - options.damping) * value);
    for (let i = 0; i < n; i += 1) {
      // A sentence that links to nothing spreads its score by the jump distribution, keeping the total at 1.
      if (outSums[i] === 0) {
        for (let j = 0; j < n; j += 1) next[j]! += options.damping * scores[i]! * jump[j]!;
        continue;
      }
      for (let j = 0; j < n; j += 1) next[j]! += (options.damping * scores[i]! * weights[i]![j]!) / outSums[i]!;
    }
    scores = next;
  }
  return scores;
}
