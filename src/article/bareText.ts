import type { Article } from './types';

/**
 * Turns text a user pasted into an Article body: Slack formatting removed (see stripSlackFormatting), then laid out
 * as normalizeDocumentText does.
 */
export function normalizePastedText(text: string): string {
  return normalizeDocumentText(stripSlackFormatting(unifyCharacters(text)));
}

/**
 * Lays out bare text (a plain-text document, a PDF's text, pasted text): one paragraph per blank-line-separated block,
 * its hard-wrapped lines joined (or one paragraph per line when the text has no blank lines, as chat clients often
 * collapse them), whitespace collapsed, invisible characters removed. Markup characters are left alone: in a document
 * an asterisk or underscore is text.
 */
export function normalizeDocumentText(text: string): string {
  const unified = unifyCharacters(text);
  const blocks = /\n[ ]*\n/.test(unified) ? unified.split(/\n[ ]*\n+/) : unified.split('\n');
  return blocks
    .map((block) => block.replace(/\s+/g, ' ').trim())
    .filter((block) => block.length > 0)
    .join('\n\n');
}

/** LF line ends, zero-width characters and soft hyphens removed, every other kind of space a plain space. */
function unifyCharacters(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[\u200B-\u200D\u2060\uFEFF\u00AD]/g, '')
    .replace(/[\t\f\v\u00A0\u2000-\u200A\u202F\u205F\u3000]/g, ' ');
}

/** Characters that may stand right before an opening or right after a closing emphasis marker, as in Slack. */
const BEFORE_MARKER = String.raw`(^|[\s(\[{"'“‘«—–-])`;
const AFTER_MARKER = String.raw`(?=$|[\s)\]}"'”’».,;:!?—–-])`;
/** `*bold*`, `_italic_`, `~strike~`: a marker that opens at a word start and closes at a word end, on one line. */
const EMPHASIS = new RegExp(`${BEFORE_MARKER}([*_~])(?=\\S)([^\\n]*?\\S)\\2${AFTER_MARKER}`, 'gmu');

/** Below this, pasted text is more likely a typo or a question than an article. */
export const MIN_PASTED_WORDS = 25;

/**
 * Removes Slack's mrkdwn as a reader of the message would not see it: emphasis markers (`*bold*`, `_italic_`,
 * `~strike~`, also nested or doubled as Markdown does), inline code backticks, ``` fences and quote markers (`>`,
 * `>>>`, or their `&gt;` entities) at line starts. Text keeps its words: a marker only counts when it opens at the
 * start of a word and closes at the end of one, so `snake_case_names`, `2*3` or `a > b` stay as they are.
 *
 * Expects LF line ends.
 */
export function stripSlackFormatting(text: string): string {
  let result = text
    // A fence alone on its line goes with its line; any other fence (```code``` inline) just goes.
    .replace(/^[ \t]*```[ \t]*(?:\n|$)/gm, '')
    .replace(/```/g, '')
    .replace(/`([^`\n]+)`/g, '$1')
    .replace(/^[ \t]*(?:>|&gt;){1,3}[ \t]?/gm, '');
  // Nested markers (`*_both_*`, Markdown's `**bold**`) come off one layer per pass.
  for (let pass = 0; pass < 3; pass++) {
    const stripped = result.replace(EMPHASIS, '$1$3');
    if (stripped === result) break;
    result = stripped;
  }
  return result;
}

export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

/** An Article made of bare text (pasted, a plain-text document, a PDF): no page metadata to speak of. */
export function articleFromText(body: string, origin: Pick<Article, 'url' | 'finalUrl' | 'kind'>): Article {
  return {
    ...origin,
    canonicalUrl: null,
    title: null,
    byline: null,
    siteName: null,
    publishedAt: null,
    lang: null,
    text: body,
    wordCount: countWords(body),
    partial: false,
  };
}

export function articleFromPastedText(text: string): Article {
  return articleFromText(normalizePastedText(text), { url: null, finalUrl: null, kind: 'pasted' });
}
