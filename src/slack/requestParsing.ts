import { parseUserUrl, type UrlPolicy } from '../article/fetch';
import { MIN_PASTED_WORDS, countWords } from '../article/bareText';
import { normalizePastedText } from './pastedText';
import { isUserFacingError } from '../errors';
import type { SummarySource } from '../queue/summaryJob';
import { findLinks } from './links';
import { slackMarkupToPlainText } from './slackText';

/** What a Slack message asks the bot to do, decided before anything is queued. */
export type SummarizeIntent =
  | { kind: 'help' }
  | { kind: 'refuse'; reason: string }
  | { kind: 'summarize'; sources: SummarySource[]; refused: RefusedLink[]; ignoredLinks: number };

export interface RefusedLink {
  url: string;
  reason: string;
}

/** Links summarized from one message: more would flood the thread; the usage text quotes this number. */
export const MAX_LINKS_PER_MESSAGE = 3;

export interface ParsingLimits {
  /** Longest pasted text accepted, in characters (after Slack markup is removed). */
  maxTextChars: number;
  /** Links summarized from one message; more are ignored, and the user is told. */
  maxLinks: number;
  /** Which links may be fetched at all: the same rules the fetcher applies, checked before anything is queued. */
  urlPolicy: UrlPolicy;
}

const HELP_WORDS = new Set(['', 'help', '?', '-h', '--help']);

/** What `/summarize` asks for: one link or one pasted text, never a list. */
export type CommandIntent = { kind: 'help' } | { kind: 'refuse'; reason: string } | { kind: 'summarize'; source: SummarySource };

/**
 * `/summarize <link>` or `/summarize <pasted article>`. Text that is one link (perhaps with a few words around it)
 * is a link; longer text is an article, even when it quotes links.
 */
export function parseCommandText(text: string, limits: ParsingLimits): CommandIntent {
  const trimmed = text.trim();
  if (HELP_WORDS.has(trimmed.toLowerCase())) return { kind: 'help' };

  const plain = slackMarkupToPlainText(trimmed);
  const words = countWords(plain);
  const links = findLinks(trimmed);
  const intent =
    links.length > 0 && words < MIN_PASTED_WORDS ? summarizeLinks(links.slice(0, 1), limits) : words >= MIN_PASTED_WORDS ? summarizeText(plain, limits) : null;
  if (intent === null) {
    return {
      kind: 'refuse',
      reason:
        `That doesn't look like a link or an article. Send \`/summarize https://…\` with a link to a news article, ` +
        `or paste the article's text (at least ${MIN_PASTED_WORDS} words).`,
    };
  }
  if (intent.kind !== 'summarize') return intent;
  // One link or one text went in: it came out either refused (above) or as the one source.
  return { kind: 'summarize', source: intent.sources[0]! };
}

/** A mention, or a message the "Summarize" shortcut was used on: its links, or failing that its own text. */
export function parseMessageText(text: string, limits: ParsingLimits, options: { acceptText: boolean }): SummarizeIntent {
  const links = findLinks(text);
  if (links.length > 0) return summarizeLinks(links, limits);
  const plain = slackMarkupToPlainText(text).replace(/^\s*@\S+\s*/, '');
  if (options.acceptText && countWords(plain) >= MIN_PASTED_WORDS) return summarizeText(plain, limits);
  return { kind: 'help' };
}

function summarizeLinks(links: string[], limits: ParsingLimits): SummarizeIntent {
  const sources: SummarySource[] = [];
  const refused: RefusedLink[] = [];
  for (const link of links.slice(0, limits.maxLinks)) {
    try {
      sources.push({ kind: 'url', url: parseUserUrl(link, limits.urlPolicy).href });
    } catch (error) {
      if (!isUserFacingError(error)) throw error;
      refused.push({ url: link, reason: error.userMessage });
    }
  }
  const ignoredLinks = Math.max(0, links.length - limits.maxLinks);
  if (sources.length === 0 && refused.length === 1 && ignoredLinks === 0) return { kind: 'refuse', reason: refused[0]!.reason };
  return { kind: 'summarize', sources, refused, ignoredLinks };
}

function summarizeText(plain: string, limits: ParsingLimits): SummarizeIntent {
  const text = normalizePastedText(plain);
  if (text.length > limits.maxTextChars) {
    return {
      kind: 'refuse',
      reason:
        `That text is too long to summarize (${text.length.toLocaleString('en-US')} characters; the limit is ` +
        `${limits.maxTextChars.toLocaleString('en-US')}). Paste a shorter part, or send a link to the article instead.`,
    };
  }
  return { kind: 'summarize', sources: [{ kind: 'text', text }], refused: [], ignoredLinks: 0 };
}
