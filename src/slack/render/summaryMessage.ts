import type { KnownBlock } from '@slack/types';
import type { ArticleInfo, Summary, SummaryResult } from '../../summarize/summary';
import type { Parties } from '../../summarize/types';
import { escapeSlackText as esc, slackLink, userMention } from '../slackText';
import { MAX_FALLBACK_TEXT, context, limitBlocks, section, sectionsFromLines, truncate, type SlackMessage } from './blockKit';

const FOOTNOTE_MARKS = ['¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹'];
const MAX_QUOTE_CHARS = 220;
const MAX_TITLE_CHARS = 300;

export interface SummaryRenderContext {
  requestedBy: string;
}

/**
 * The summary as a Slack message. Every string that came from the article or the model is escaped; the only links
 * are the ones built here from the validated article URL, and the only mention is the requester's.
 */
export function renderSummaryMessage(result: SummaryResult, { requestedBy }: SummaryRenderContext): SlackMessage {
  const { article, summary } = result;
  const blocks: KnownBlock[] = [section(`*${titleMarkup(article, summary)}*`)];

  const about = articleFacts(article);
  if (about.length > 0) blocks.push(context(about.join('  ·  ')));
  if (article.partial) {
    blocks.push(
      context(':lock: *Only the opening of this article was available* (paywall or preview), so this summary covers that part only.'),
    );
  }
  if (result.omittedWords > 0) blocks.push(context(`:scissors: ${longArticleNotice(result.omittedWords)}`));
  if (summary.fallback !== null) blocks.push(context(`:information_source: ${fallbackNotice(summary)}`));

  const showEvidence = summary.engine !== 'offline';
  blocks.push(
    ...sectionsFromLines(summary.bullets.map((bullet, index) => `• ${esc(bullet)}${showEvidence ? (FOOTNOTE_MARKS[index] ?? '') : ''}`)),
  );

  const partyLines = renderParties(summary.parties);
  if (partyLines.length > 0) blocks.push({ type: 'divider' }, ...sectionsFromLines(['*Key parties*', ...partyLines]));

  if (showEvidence) {
    const quotes = summary.evidence
      .map((sentences, index) => ({ mark: FOOTNOTE_MARKS[index] ?? '', quote: sentences.join(' ') }))
      .filter(({ quote }) => quote.length > 0)
      .map(({ mark, quote }) => `${mark} “${esc(truncate(quote, MAX_QUOTE_CHARS))}”`);
    if (quotes.length > 0) blocks.push(context('*Sources in the article:*', ...quotes));
  }

  blocks.push(context(footer(summary, requestedBy)));
  return { text: fallbackText(article, summary), blocks: limitBlocks(blocks) };
}

export function longArticleNotice(omittedWords: number): string {
  return `*Very long article:* this summary covers its opening; the last ${omittedWords.toLocaleString('en-US')} words were not read.`;
}

function titleMarkup(article: ArticleInfo, summary: Summary): string {
  const title = truncate(article.title ?? summary.title, MAX_TITLE_CHARS);
  const url = titleLinkUrl(article);
  if (url !== null) return slackLink(url, title);
  return esc(article.kind === 'pasted' ? `Pasted text: ${title}` : title);
}

/**
 * The page's canonical URL is tidier than the one fetched (no tracking parameters), but the page itself declares it:
 * a hostile page could point readers anywhere. It is used only when it stays on the site that was fetched.
 */
function titleLinkUrl(article: ArticleInfo): string | null {
  const fetched = article.finalUrl ?? article.url;
  if (article.canonicalUrl === null || fetched === null) return fetched;
  return siteOf(article.canonicalUrl) === siteOf(fetched) ? article.canonicalUrl : fetched;
}

function siteOf(url: string): string | null {
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return null;
  }
}

function articleFacts(article: ArticleInfo): string[] {
  const facts: string[] = [];
  if (article.siteName) facts.push(esc(article.siteName));
  if (article.byline) facts.push(esc(truncate(article.byline, 120)));
  const published = formatDate(article.publishedAt);
  if (published) facts.push(published);
  if (article.wordCount > 0) facts.push(`${article.wordCount.toLocaleString('en-US')} words`);
  if (article.kind === 'pdf') facts.push('PDF');
  return facts;
}

/** Built once: a formatter per call cost more than the rest of the rendering. */
const PUBLISHED_DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

function formatDate(iso: string | null): string | null {
  if (!iso) return null;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return null;
  return PUBLISHED_DATE.format(date);
}

function fallbackNotice(summary: Summary): string {
  return summary.fallback === 'ai_unavailable'
    ? '*Automatic extractive summary:* the AI service was unavailable, so these are key sentences quoted from the article.'
    : "*Automatic extractive summary:* the AI summary could not be checked against the article, so these are key sentences quoted from it.";
}

/** People with their roles, then organisations and countries, each group only when it has members. */
export function renderParties(parties: Parties): string[] {
  const lines: string[] = [];
  if (parties.people.length > 0) {
    lines.push('*People*');
    for (const person of parties.people) {
      const detail = [person.role, person.affiliation].filter((part): part is string => Boolean(part)).map(esc).join(', ');
      lines.push(`• *${esc(person.name)}*${detail ? ` — ${detail}` : ''}`);
    }
  }
  if (parties.organizations.length > 0) {
    lines.push('*Organisations*');
    for (const organization of parties.organizations) {
      lines.push(`• *${esc(organization.name)}*${organization.description ? ` — ${esc(organization.description)}` : ''}`);
    }
  }
  if (parties.countries.length > 0) {
    lines.push(`*Countries:* ${parties.countries.map((country) => esc(country.name)).join(', ')}`);
  }
  return lines;
}

function footer(summary: Summary, requestedBy: string): string {
  const engine = summary.engine === 'offline' ? 'the offline summarizer' : esc(summary.model ?? summary.engine);
  const parts = [`Requested by ${userMention(requestedBy)}`, `Summarized by ${engine}`];
  const dropped = summary.grounding.droppedParties + summary.grounding.droppedBullets;
  if (dropped > 0) parts.push(`${dropped} unverifiable item${dropped === 1 ? '' : 's'} removed`);
  return parts.join('  ·  ');
}

/** Plain text for notifications: the title and the bullets, escaped like the blocks. */
function fallbackText(article: ArticleInfo, summary: Summary): string {
  const title = article.title ?? summary.title;
  const lines = [`Summary: ${title}`, ...summary.bullets.map((bullet) => `• ${bullet}`)];
  return esc(truncate(lines.join('\n'), MAX_FALLBACK_TEXT));
}

/** The summary without parties and sources, for when Slack refuses the full message as too large. */
export function renderCompactSummary(result: SummaryResult, { requestedBy }: SummaryRenderContext): SlackMessage {
  const { article, summary } = result;
  const lines = [`*${titleMarkup(article, summary)}*`, ...summary.bullets.map((bullet) => `• ${esc(bullet)}`)];
  return {
    text: fallbackText(article, summary),
    blocks: [section(truncate(lines.join('\n'), 2900)), context(footer(summary, requestedBy))],
  };
}
