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
    // "Jo-Wilfried", "Jean-Julien", "Pierre-Hugues": a compound of given names is one too.
    const parts = word.split('-');
    answer = (word.length > 1 && getGender(word) !== 'unknown') || (parts.length > 1 && parts.every((part) => part.length > 1 && getGender(part) !== 'unknown'));
    if (known.size >= MAX_CACHED) known.clear();
    known.set(word, answer);
  }
  return answer;
}
