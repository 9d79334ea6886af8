import { getGender } from 'gender-detection-from-name';

/**
 * Given names from the English, Spanish, French, Italian, German and Turkish lists of `gender-detection-from-name`
 * (about 67,000 names). Only membership is used: a capitalised word that is a known given name makes the run it
 * starts look like a person's name rather than an organisation's.
 */
export function isGivenName(word: string): boolean {
  return word.length > 1 && getGender(word) !== 'unknown';
}
