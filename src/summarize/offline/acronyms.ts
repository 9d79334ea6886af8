const DEFINITION = /((?:\p{Ll}[\p{Ll}-]*\s+){0,5}\p{Ll}[\p{Ll}-]*)(?:\s*\(|,?\s+or\s+|,\s+)(\p{Lu}{2,6})(?![\p{L}\p{N}])/gu;

/**
 * Abbreviations the article spells out in lower-case words: "hypersensitivity pneumonitis, or HP", "eastern equine
 * encephalitis (EEE)". They name things, not organisations. The letters must be the initials of the words right
 * before, hyphenated words giving one initial per part ("long-term care (LTC)").
 */
export function lowercaseAcronyms(text: string): Set<string> {
  const found = new Set<string>();
  for (const match of text.matchAll(DEFINITION)) {
    const letters = match[2]!;
    const initials = match[1]!.trim().split(/\s+/).flatMap((word) => word.split('-')).map((word) => word[0]!.toUpperCase());
    if (initials.slice(-letters.length).join('') === letters) found.add(letters);
  }
  return found;
}

/** All-caps words (2–6 letters, no dots) that the article writes at least once without a capitalised word after them. */
export function standaloneAcronyms(text: string): Set<string> {
  return new Set([...text.matchAll(/(?<![\p{L}\p{N}.])(\p{Lu}{2,6})(?![\p{L}\p{N}.])(?!\s+\p{Lu})/gu)].map((match) => match[1]!));
}
