import { scoreBenchmark, scorePage, tokenize } from '../../../bench/extract/score';

describe('the article-extraction benchmark metric', () => {
  it('tokenizes on runs of Unicode letters, digits and underscores, keeping case', () => {
    expect(tokenize('Ça coûte 4,50 € — snake_case, naïve!')).toEqual(['Ça', 'coûte', '4', '50', 'snake_case', 'naïve']);
    expect(tokenize(' … ')).toEqual([]);
  });

  it('scores an exact prediction as all true positives', () => {
    expect(scorePage('a b c d e', 'a b c d e')).toEqual({ tp: 1, fp: 0, fn: 0 });
  });

  it('counts 4-gram shingles as multisets and normalises each page to a total of one', () => {
    // Reference: "a b c d", "b c d e". Prediction: "a b c d" twice, "b c d a", "c d a b", "d a b c".
    // tp 1 (the repeated shingle matches once), fp 4, fn 1: six in all.
    const counts = scorePage('a b c d e', 'a b c d a b c d');

    expect(counts.tp).toBeCloseTo(1 / 6);
    expect(counts.fp).toBeCloseTo(4 / 6);
    expect(counts.fn).toBeCloseTo(1 / 6);
  });

  it('gives a text of fewer than four tokens a single shorter shingle', () => {
    expect(scorePage('two words', 'two words')).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(scorePage('two words', 'two')).toEqual({ tp: 0, fp: 0.5, fn: 0.5 });
  });

  it('averages precision over non-empty predictions and recall over non-empty references, then takes F1 of the means', () => {
    const score = scoreBenchmark([
      { reference: 'a b c d e', prediction: 'a b c d e' },
      { reference: 'a b c d e', prediction: 'a b c d e f g h' },
      { reference: 'a b c d e', prediction: '' },
    ]);

    // Page 2: tp 2, fp 3 → precision 2/5, recall 1. Page 3 has no prediction: recall 0, no precision.
    expect(score.precision).toBeCloseTo((1 + 2 / 5) / 2);
    expect(score.recall).toBeCloseTo((1 + 1 + 0) / 3);
    const f1 = (2 * score.precision * score.recall) / (score.precision + score.recall);
    expect(score.f1).toBeCloseTo(f1);
    expect(score.accuracy).toBeCloseTo(1 / 3);
  });

  it('treats an empty benchmark as scoring zero rather than dividing by zero', () => {
    expect(scoreBenchmark([])).toEqual({ precision: 0, recall: 0, f1: 0, accuracy: 0 });
  });
});
