import { isOrgDescriptor } from './lexicon';

const ACRONYM = /(?<![\p{L}\p{N}])\p{Lu}{2,6}(?![\p{L}\p{N}])/gu;
/** Lower-case words, then "(", ", or" or ",", right before an acronym. */
const SPELLED_OUT_BEFORE = /((?:\p{Ll}[\p{Ll}-]*\s+){0,5}\p{Ll}[\p{Ll}-]*)(?:\s*\(|,?\s+or\s+|,\s+)$/u;
/**
 * A lower-case noun, then "known as", "called" or "dubbed", right before an acronym: "dinitrophenol, known as DNP",
 * "a condition called HP". The noun must not be a kind of organisation ("a startup called ABC").
 */
const NAMED_AS_BEFORE = /(\p{Ll}[\p{Ll}-]*),?\s+(?:also\s+)?(?:known\s+as|called|dubbed|abbreviated(?:\s+as|\s+to)?)\s+$/u;
/** Words before "known as" that are no noun, so the sentence has not said what is named ("formerly", "is"). */
const NOT_NOUNS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'now', 'then', 'often', 'sometimes', 'also', 'simply', 'commonly', 'widely', 'formerly']);

function isThingNoun(word: string): boolean {
  return !NOT_NOUNS.has(word) && !/ly$/.test(word) && !isOrgDescriptor(word);
}

/** Enough text before an acronym for six words and the separator. */
const WINDOW = 120;

/**
 * Abbreviations the article spells out in lower-case words: "hypersensitivity pneumonitis, or HP", "eastern equine
 * encephalitis (EEE)". They name things, not organisations. The letters must be the initials of the words right
 * before, hyphenated words giving one initial per part ("long-term care (LTC)"). A lower-case noun "known as" or
 * "called" the acronym names a thing too, whatever its letters.
 */
export function lowercaseAcronyms(text: string): Set<string> {
  const found = new Set<string>();
  for (const match of text.matchAll(ACRONYM)) {
    const letters = match[0];
    const before = text.slice(Math.max(0, match.index - WINDOW), match.index);
    const namedAs = NAMED_AS_BEFORE.exec(before);
    if (namedAs && isThingNoun(namedAs[1]!)) {
      found.add(letters);
      continue;
    }
    const definition = SPELLED_OUT_BEFORE.exec(before);
    if (!definition) continue;
    const initials = definition[1]!.trim().split(/\s+/).flatMap((word) => word.split('-')).map((word) => word[0]!.toUpperCase());
    if (initials.slice(-letters.length).join('') === letters) found.add(letters);
  }
  return found;
}

/** All-caps words (2–6 letters, no dots) that the article writes at least once without a capitalised word after them. */
export function standaloneAcronyms(text: string): Set<string> {
  return new Set([...text.matchAll(/(?<![\p{L}\p{N}.])(\p{Lu}{2,6})(?![\p{L}\p{N}.])(?!\s+\p{Lu})/gu)].map((match) => match[1]!));
}
