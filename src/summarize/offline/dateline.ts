const DATELINE =
  /^(?:([\p{Lu}][\p{L}\p{M}'’.-]*(?:[ ,/]+[\p{Lu}][\p{L}\p{M}'’.-]*){0,4})(?:,?\s+(?:[\p{Lu}][\p{Ll}]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?|\d{1,2}\s+[\p{Lu}][\p{Ll}]{2,8}\.?))?\s*(?:\(([^)]{1,40})\))?|\(([^)]{1,40})\))\s*(?:[—–-]{1,2}\s+|(?<=\))\s+(?=\p{Lu}))/u;

export interface Dateline {
  /** The news agency named in brackets ("Reuters" in "LONDON (Reuters) -"), or null. */
  agency: string | null;
  /** The sentence without its dateline, first letter capitalised. */
  rest: string;
  /** The dateline names its place in capitals ("MOSCOW"), the surest sign of a wire dateline. */
  placeInCapitals?: boolean;
}

/**
 * Splits off a wire dateline: a place in capitals, maybe a date, maybe the agency in brackets, then a dash
 * ("BAKU, Dec 22 (Trend) —", "LONDON (Reuters) -", "(CNN) —"). A capitalised word before a dash that is not in
 * capitals and has no agency ("Nairobi, Kenya —") is left alone: it may be the sentence's own subject.
 */
export function splitDateline(text: string): Dateline {
  const match = DATELINE.exec(text);
  if (!match) return { agency: null, rest: text };
  const place = match[1];
  // "(File 2013/The Associated Press)" opening a caption is a photo's credit, no dateline; "(CNS/AP)" is one.
  const bracketed = match[2] ?? match[3] ?? null;
  const agency = bracketed !== null && /^File\b|\b(?:19|20)\d\d\//.test(bracketed) ? null : bracketed;
  const placeInCapitals = place !== undefined && /^[\p{Lu}\p{M}\s'’.\/-]+$/u.test(place.split(',')[0]!.trim());
  if (agency === null && !placeInCapitals) return { agency: null, rest: text };
  const rest = text.slice(match[0].length);
  if (rest.length === 0) return { agency: null, rest: text };
  return { agency: agency?.trim() ?? null, rest: rest.charAt(0).toUpperCase() + rest.slice(1), placeInCapitals };
}
