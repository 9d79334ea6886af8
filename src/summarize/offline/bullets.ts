import type { Sentence } from '../text/sentence';
import type { DraftBullet } from '../types';
import { splitDateline } from './dateline';
import { cosine, rankSentences, sentenceVectors } from './ranking';

export const MIN_BULLETS = 3;
export const MAX_BULLETS = 6;
export const MAX_BULLET_CHARS = 300;
/** Cosine similarity above which two sentences say the same thing. */
const DUPLICATE_SIMILARITY = 0.5;
const MIN_WORDS = 6;

/**
 * Picks 3–6 sentences by lead-biased LexRank, skipping near-duplicates of sentences already picked, and returns them
 * in article order, cleaned and capped in length. Articles with fewer usable sentences give fewer bullets.
 */
export function selectBullets(sentences: readonly Sentence[]): DraftBullet[] {
  const usable = sentences.filter(isUsable);
  const candidates = usable.length >= MIN_BULLETS ? usable : sentences.filter((sentence) => cleanSentence(sentence.text).length > 0);
  if (candidates.length === 0) return [];
  const vectors = sentenceVectors(candidates.map((sentence) => cleanSentence(sentence.text)));
  const scores = rankSentences(vectors);
  // About one bullet per three sentences, within 3–6.
  const wanted = Math.min(candidates.length, Math.max(MIN_BULLETS, Math.min(MAX_BULLETS, Math.round(candidates.length / 3))));

  const order = candidates.map((_, index) => index).sort((a, b) => scores[b]! - scores[a]! || a - b);
  const picked: number[] = [];
  for (const index of order) {
    if (picked.length === wanted) break;
    if (picked.some((other) => cosine(vectors[index]!, vectors[other]!) > DUPLICATE_SIMILARITY)) continue;
    picked.push(index);
  }
  return picked
    .sort((a, b) => a - b)
    .map((index) => candidates[index]!)
    .map((sentence) => ({ text: capLength(cleanSentence(sentence.text), MAX_BULLET_CHARS), sentenceIds: [sentence.id] }));
}

/** Long enough to state something, and a statement rather than a question, heading or fragment. */
function isUsable(sentence: Sentence): boolean {
  const text = cleanSentence(sentence.text);
  const words = text.split(/\s+/).length;
  return words >= MIN_WORDS && !/\?["”’]?$/.test(text) && /[.!"”’)]$/.test(text);
}

/**
 * Removes what does not belong in a bullet: a dateline ("BAKU, Dec 22 (Trend) —", "LONDON (Reuters) -",
 * "(CNN) —"), and unbalanced quotation marks left by splitting a quotation across sentences.
 */
export function cleanSentence(text: string): string {
  return balanceQuotes(splitDateline(text.replace(/\s+/g, ' ').trim()).rest);
}

function balanceQuotes(text: string): string {
  let result = text;
  const straight = (result.match(/"/g) ?? []).length;
  if (straight % 2 === 1) result = /^"/.test(result) ? `${result}"` : `"${result}`;
  const opening = (result.match(/“/g) ?? []).length;
  const closing = (result.match(/”/g) ?? []).length;
  if (opening > closing) result = `${result}”`;
  if (closing > opening) result = `“${result}`;
  return result;
}

/** Cuts at the last clause boundary (comma, semicolon, dash, colon) that fits, else at a word boundary. */
export function capLength(text: string, max: number): string {
  if (text.length <= max) return text;
  const head = text.slice(0, max - 1);
  const clause = Math.max(head.lastIndexOf(', '), head.lastIndexOf('; '), head.lastIndexOf(' — '), head.lastIndexOf(' – '), head.lastIndexOf(': '));
  const cut = clause >= max * 0.5 ? clause : head.lastIndexOf(' ');
  const kept = head.slice(0, cut > 0 ? cut : max - 1).replace(/[\s,;:—–-]+$/, '');
  // Never end on a word that needs a continuation ("… a visit to Iran on…").
  return `${kept.replace(/\s+(?:a|an|the|of|on|in|to|for|with|and|or|at|by|from|as|that)$/i, '')}…`;
}
