import { decodeSlackEntities } from './slackText';

/**
 * Either Slack's markup `<target|label>` or a bare URL (commands are sent unescaped by default). Bare URLs of other
 * schemes (`ftp://`, `file://`, `javascript:`) count as links too, so the user is told why they are refused instead
 * of hearing that their message is not a link.
 */
const LINK_OR_MARKUP = /<([^<>]*)>|\b(?:[a-z][a-z0-9+.-]*:\/\/|javascript:)[^\s<>"]+/gi;

/**
 * Finds the links in a Slack message: Slack's own markup (`<https://x>`, `<https://x|label>`) and bare URLs.
 * Mentions (`<@U…>`), channels (`<#C…>`) and specials (`<!here>`) are not links. Returns decoded URLs (any scheme:
 * refusing unsupported ones is the URL validator's job, so the user hears why) in order, without duplicates.
 */
export function findLinks(text: string): string[] {
  const links: string[] = [];
  for (const match of text.matchAll(LINK_OR_MARKUP)) {
    const markupTarget = match[1];
    let url: string;
    if (markupTarget === undefined) {
      url = trimTrailingPunctuation(decodeSlackEntities(match[0]));
    } else {
      const target = decodeSlackEntities((markupTarget.split('|', 1)[0] ?? '').trim());
      if (/^[@#!]/.test(target) || /^(mailto|tel):/i.test(target) || !/^[a-z][a-z0-9+.-]*:/i.test(target)) continue;
      url = target;
    }
    if (!links.includes(url)) links.push(url);
  }
  return links;
}

/** "see https://x.com/a." — the final period belongs to the sentence, not the URL. A balanced ")" stays. */
function trimTrailingPunctuation(url: string): string {
  let result = url;
  while (/[.,;:!?'"»”’]$/.test(result) || (result.endsWith(')') && count(result, '(') < count(result, ')'))) {
    result = result.slice(0, -1);
  }
  return result;
}

function count(text: string, char: string): number {
  return text.split(char).length - 1;
}
