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
 * in article order, cleaned and capped in length. Articles with fewer usable sentences give fewer bullets. A sentence
 * that leans on the one before it ("This rate is too high.", an unattributed quotation) waits until that one is
 * picked, or until nothing better is left: read alone in a bullet, it says little.
 */
export function selectBullets(sentences: readonly Sentence[]): DraftBullet[] {
  const usable = sentences.filter(isUsable);
  const candidates = usable.length >= MIN_BULLETS ? usable : sentences.filter((sentence) => cleanSentence(sentence.text).length > 0);
  if (candidates.length === 0) return [];
  const texts = candidates.map((sentence) => cleanSentence(sentence.text));
  const vectors = sentenceVectors(texts);
  const scores = rankSentences(vectors);
  // About one bullet per three sentences, within 3–6.
  const wanted = Math.min(candidates.length, Math.max(MIN_BULLETS, Math.min(MAX_BULLETS, Math.round(candidates.length / 3))));

  const order = candidates.map((_, index) => index).sort((a, b) => scores[b]! - scores[a]! || a - b);
  const picked: number[] = [];
  const waiting: number[] = [];
  // Candidates skip unusable sentences: a candidate follows the one before it only when nothing was skipped between.
  const followsPrevious = (index: number) => index > 0 && candidates[index - 1]!.id === candidates[index]!.id - 1;
  const pick = (index: number): void => {
    if (picked.length === wanted || picked.includes(index)) return;
    if (picked.some((other) => cosine(vectors[index]!, vectors[other]!) > DUPLICATE_SIMILARITY)) return;
    picked.push(index);
    // A sentence that waited for this one now reads on from it, and outranks whatever comes next.
    const follower = waiting.indexOf(index + 1);
    if (follower >= 0 && followsPrevious(index + 1)) pick(waiting.splice(follower, 1)[0]!);
  };
  for (const index of order) {
    const predecessorPicked = followsPrevious(index) && picked.includes(index - 1);
    // The lead is kept whatever it opens with: it carries the story ("That's a ridiculous question — and now it's
    // been answered by …" after a rhetorical question).
    if (index > 0 && leansOnPreviousSentence(texts[index]!) && !predecessorPicked) waiting.push(index);
    else pick(index);
  }
  for (const index of [...waiting]) pick(index);
  return picked
    .sort((a, b) => a - b)
    .map((index) => ({ text: capLength(texts[index]!, MAX_BULLET_CHARS), sentenceIds: [candidates[index]!.id] }));
}

/** Words that open a sentence only when it goes on from the one before: pronouns, demonstratives, connectives. */
const LEANING_OPENER = /^(?:He|She|It|They|His|Her|Its|Their|This|These|That|Those|Such|But|And|Yet|Still|However|Also|So|Because)\b(?!\.)/;

/**
 * A sentence that needs the one before it to be understood: it opens on a pronoun or connective ("But the mayor
 * …", "This rate is too high."), or it is a quotation with no one named as saying it. A quotation followed by its
 * speaker ('"It is not true," Arnesen said.') stands alone.
 */
export function leansOnPreviousSentence(text: string): boolean {
  if (/^["“‘]/.test(text)) return !/\p{L}/u.test(text.replace(/“[^”]*”?|"[^"]*"?|^‘.*’/gu, ' '));
  return LEANING_OPENER.test(text);
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
  return balanceQuotes(splitDateline(text.replace(/\s+/g, ' ').trim().replace(LIVE_BLOG_TIME, '')).rest);
}

/** The time a live blog stamps on each entry ("16.06 AirAsia QZ8501 made …", "14:07 GMT: Rescuers …"). */
const LIVE_BLOG_TIME = /^(?:[01]?\d|2[0-3])[.:][0-5]\d(?:\s*(?:GMT|BST|UTC|CET|ET|EST|EDT|PST|PDT|[ap]m|[ap]\.m\.))?\s*[:—–-]?\s+(?=[\p{Lu}"“‘])/u;

function balanceQuotes(text: string): string {
  let result = text;
  const straight = (result.match(/"/g) ?? []).length;
  // The odd mark opens a quotation the next sentence closes ('Ms Essex said: "I have listened.') unless it follows a
  // word, as the close of one the previous sentence opened does ('He makes everyone better," she said.').
  if (straight % 2 === 1) result = /^"|(?:^|\s)"[^"]*$/.test(result) && !/^[^"]*[^\s"]"/.test(result) ? `${result}"` : `"${result}`;
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
