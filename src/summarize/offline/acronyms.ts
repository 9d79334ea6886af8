const ACRONYM = /(?<![\p{L}\p{N}])\p{Lu}{2,6}(?![\p{L}\p{N}])/gu;
/** Lower-case words, then "(", ", or" or ",", right before an acronym. */
const SPELLED_OUT_BEFORE = /((?:\p{Ll}[\p{Ll}-]*\s+){0,5}\p{Ll}[\p{Ll}-]*)(?:\s*\(|,?\s+or\s+|,\s+)$/u;
/** Enough text before an acronym for six words and the separator. */
const WINDOW = 120;

/**
 * Abbreviations the article spells out in lower-case words: "hypersensitivity pneumonitis, or HP", "eastern equine
 * encephalitis (EEE)". They name things, not organisations. The letters must be the initials of the words right
 * before, hyphenated words giving one initial per part ("long-term care (LTC)").
 */
export function lowercaseAcronyms(text: string): Set<string> {
  const found = new Set<string>();
  for (const match of text.matchAll(ACRONYM)) {
    const letters = match[0];
    const definition = SPELLED_OUT_BEFORE.exec(text.slice(Math.max(0, match.index - WINDOW), match.index));
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
