import { getGender } from 'gender-detection-from-name';

const MAX_CACHED = 20_000;
const known = new Map<string, boolean>();

/**
 * Given names from the English, Spanish, French, Italian, German and Turkish lists of `gender-detection-from-name`
 * (about 67,000 names). Only membership is used: a capitalised word that is a known given name makes the run it
 * starts look like a person's name rather than an organisation's.
 */
export function isGivenName(word: string): boolean {
  let answer = known.get(word);
  if (answer === undefined) {
    answer = word.length > 1 && getGender(word) !== 'unknown';
    if (known.size >= MAX_CACHED) known.clear();
    known.set(word, answer);
  }
  return answer;
}
