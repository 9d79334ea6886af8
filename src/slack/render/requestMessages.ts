import { countWords } from '../../article/bareText';
import type { SummarySource } from '../../queue/summaryJob';
import { MAX_LINKS_PER_MESSAGE, type RefusedLink } from '../requestParsing';
import { escapeSlackText as esc, slackLink, userMention } from '../slackText';
import { context, section, truncate, type SlackMessage } from './blockKit';

/** How the source is named in status messages: the link itself, or "pasted text (N words)". */
export function describeSource(source: SummarySource): string {
  if (source.kind === 'text') {
    return `pasted text (${countWords(source.text).toLocaleString('en-US')} words)`;
  }
  const url = new URL(source.url);
  return slackLink(source.url, truncate(`${url.hostname.replace(/^www\./, '')}${url.pathname === '/' ? '' : url.pathname}`, 80));
}

/** Shown at once where the summary will appear, then edited into the summary (or an error). */
export function renderPlaceholder(source: SummarySource, requestedBy: string): SlackMessage {
  const text = `:hourglass_flowing_sand: Summarizing ${describeSource(source)}… requested by ${userMention(requestedBy)}`;
  return { text, blocks: [section(text)] };
}

/** What a failure answer says when the error itself has nothing to tell the user. */
export const FAILURE_REASONS = {
  /** Retries used up on faults of ours or of the services we call. */
  generic: 'Something went wrong on my side and I gave up after several tries. Please try again in a few minutes; if it keeps failing, tell your Slack admin.',
  timeout: 'The article took too long to fetch and summarize. Try again later, or paste the article text instead.',
  /** The job ended failed without its final message (its workers kept dying, or it failed before answering). */
  unfinished: 'Something went wrong on my side and the summary could not be finished. Please try again in a few minutes.',
};

/** The "Summarize" shortcut used on a message with no link and too little text. */
export const NOTHING_TO_SUMMARIZE = 'That message has no link and not enough text to summarize. Use *Summarize* on a message that shares a news link or contains an article.';

/** The final answer when a request cannot be summarized: what went wrong and what to do. */
export function renderFailure(source: SummarySource, userMessage: string, requestedBy: string): SlackMessage {
  const text = `:warning: I couldn't summarize ${describeSource(source)}. ${esc(userMessage)}`;
  return { text, blocks: [section(text), context(`Requested by ${userMention(requestedBy)}`)] };
}

export const USAGE_TEXT = [
  '*Summarize a news article*',
  '• `/summarize https://example.com/news/story`: summary of the article at that link',
  '• `/summarize <paste the article text>`: summary of text you paste (up to the length limit)',
  `• Mention me with up to ${MAX_LINKS_PER_MESSAGE} links: \`@newsbot https://… https://…\`, and I reply in the thread`,
  '• Or use *Summarize* from a message’s ⋯ menu (More actions)',
  'Each summary lists the key people, organisations and countries, checked against the article.',
  '_Slash commands cannot be used inside threads: mention me in the thread instead._',
].join('\n');

export function renderUsage(): SlackMessage {
  return { text: USAGE_TEXT, blocks: [section(USAGE_TEXT)] };
}

/** A mention without a link is often a plain question in a thread others read: a two-line hint, not the manual. */
export const MENTION_HELP_TEXT =
  `Mention me with a link to a news article (up to ${MAX_LINKS_PER_MESSAGE} links) and I’ll reply in this thread with a summary and its key parties.\n` +
  '_More ways to use me: `/summarize help`._';

export function renderMentionHelp(): SlackMessage {
  return { text: MENTION_HELP_TEXT, blocks: [section(MENTION_HELP_TEXT)] };
}

export function renderRefusal(reason: string): SlackMessage {
  const text = `:warning: ${esc(reason)}`;
  return { text, blocks: [section(text)] };
}

/** For a message with several links: the ones that will not be summarized, and why. */
export function renderRefusedLinks(refused: RefusedLink[], ignoredLinks: number, maxLinks: number): SlackMessage {
  const lines = refused.map(({ url, reason }) => `• \`${esc(truncate(url, 200)).replace(/`/g, "'")}\`: ${esc(reason)}`);
  if (ignoredLinks > 0) {
    lines.push(`• I summarize at most ${maxLinks} links per message, so ${ignoredLinks} more ${ignoredLinks === 1 ? 'was' : 'were'} skipped.`);
  }
  const text = `:warning: Some links will not be summarized:\n${lines.join('\n')}`;
  return { text, blocks: [section(text)] };
}

export const QUEUED_WITHOUT_WORKERS_TEXT =
  ':hourglass: Your request is queued, but no summarizer is running at the moment. The summary will appear here as soon as one is back; there is nothing you need to do.';

export function renderQueuedWithoutWorkers(): SlackMessage {
  return { text: QUEUED_WITHOUT_WORKERS_TEXT, blocks: [section(QUEUED_WITHOUT_WORKERS_TEXT)] };
}

export const TRY_AGAIN_TEXT =
  ":warning: I couldn't start on that right now (my job queue is unavailable). Nothing was lost on your side: please try again in a minute.";

export function renderTryAgain(): SlackMessage {
  return { text: TRY_AGAIN_TEXT, blocks: [section(TRY_AGAIN_TEXT)] };
}
