import { countWords } from '../../article/bareText';

/** The part of an article that is summarized, and whether anything after it was left out. */
export interface LeadingPart {
  text: string;
  /** Words left out after the cut (0 when the whole text fits). */
  omittedWords: number;
}

/**
 * The opening of `text` up to `maxChars`, cut after the last whole paragraph that fits, else after the last
 * sentence, else at a word boundary. Ranking and grounding cost grows with the square of the sentence count, so a
 * hostile or endless page must not reach them whole.
 */
export function leadingPart(text: string, maxChars: number): LeadingPart {
  if (text.length <= maxChars) return { text, omittedWords: 0 };
  const window = text.slice(0, maxChars);
  const cut = lastBoundary(window, /\n\s*\n/g) ?? lastBoundary(window, /[.!?]["'”’)\]]*\s/g) ?? lastBoundary(window, /\s/g) ?? maxChars;
  const kept = text.slice(0, cut).trimEnd();
  return { text: kept, omittedWords: countWords(text.slice(cut)) };
}

/** End of the last match of `boundary`, ignoring one in the first half (too much would be lost). */
function lastBoundary(window: string, boundary: RegExp): number | undefined {
  let end: number | undefined;
  for (const match of window.matchAll(boundary)) end = match.index + match[0].length;
  return end !== undefined && end > window.length / 2 ? end : undefined;
}
