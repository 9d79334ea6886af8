import type { SlackMessage } from '../../../src/slack/render/blockKit';
import { slackLink } from '../../../src/slack/slackText';

/**
 * Finds Slack control sequences in a rendered message that the bot did not mean to send. Slack reads `<…>` in
 * message text as markup (`<!channel>` pings everyone, `<@U…>` a person, `<#C…>` names a channel, `<url|label>` is
 * a link whose label can hide the address) and `&amp;`, `&lt;`, `&gt;` as the escapes of `&`, `<`, `>`.
 * Allowed: the requester's mention and links to the given addresses, built as `<address|label>`. Everything else
 * must arrive as escaped, literal text.
 */
export interface AllowedMarkup {
  requester: string;
  /** Addresses the bot may link to (as passed to slackLink, before its %-encoding). */
  links: readonly string[];
}

const MARKUP = /<([^<>]*)>/g;

export function unsafeMarkup(message: SlackMessage, allowed: AllowedMarkup): string[] {
  const linkTargets = new Set(allowed.links.map(linkTarget));
  const problems: string[] = [];
  for (const text of textsOf(message)) {
    const rest = text.replace(MARKUP, (token: string, inner: string) => {
      if (inner === `@${allowed.requester}`) return '';
      const separator = inner.indexOf('|');
      if (separator > 0 && linkTargets.has(inner.slice(0, separator))) return '';
      problems.push(`markup ${JSON.stringify(token.slice(0, 80))}`);
      return '';
    });
    if (/[<>]/.test(rest)) problems.push(`stray angle bracket in ${JSON.stringify(excerpt(rest, /[<>]/))}`);
    const rawAmpersand = /&(?!amp;|lt;|gt;)/.exec(rest);
    if (rawAmpersand) problems.push(`unescaped & in ${JSON.stringify(excerpt(rest, /&(?!amp;|lt;|gt;)/))}`);
  }
  return problems;
}

/** The fallback text and every text field of the blocks: all of it is rendered by Slack. */
export function textsOf(message: SlackMessage): string[] {
  const texts = [message.text];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (node !== null && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if (key === 'text' && typeof value === 'string') texts.push(value);
        else visit(value);
      }
    }
  };
  visit(message.blocks);
  return texts;
}

/** The address part of the link the bot builds for `url` (slackLink %-encodes what could end the markup early). */
function linkTarget(url: string): string {
  const link = slackLink(url, '');
  return link.slice(1, link.lastIndexOf('|'));
}

function excerpt(text: string, at: RegExp): string {
  const index = text.search(at);
  return text.slice(Math.max(0, index - 30), index + 30);
}
