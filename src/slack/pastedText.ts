import { normalizeDocumentText, unifyCharacters } from '../article/bareText';

/**
 * Turns text pasted in Slack into an article body: Slack formatting removed (see stripSlackFormatting), then laid out
 * as normalizeDocumentText does.
 */
export function normalizePastedText(text: string): string {
  return normalizeDocumentText(stripSlackFormatting(unifyCharacters(text)));
}

/** Characters that may stand right before an opening or right after a closing emphasis marker, as in Slack. */
const BEFORE_MARKER = String.raw`(^|[\s(\[{"'“‘«—–-])`;
const AFTER_MARKER = String.raw`(?=$|[\s)\]}"'”’».,;:!?—–-])`;
/** `*bold*`, `_italic_`, `~strike~`: a marker that opens at a word start and closes at a word end, on one line. */
const EMPHASIS = new RegExp(`${BEFORE_MARKER}([*_~])(?=\\S)([^\\n]*?\\S)\\2${AFTER_MARKER}`, 'gmu');

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
