/**
 * Slack's message text format: the only characters with control meaning are `&`, `<` and `>`
 * (`<@U…>` pings a user, `<!channel>` pings a channel, `<url|label>` forges a link). Escaping exactly these three
 * turns any untrusted string into literal text, as Slack's formatting reference prescribes.
 */
export function escapeSlackText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Undoes the entity encoding Slack applies to message text it delivers to apps. */
export function decodeSlackEntities(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/**
 * A link built by the bot: `<url|label>` with the label escaped and the URL made unable to end the markup early.
 * Only URLs the bot has validated should be passed here.
 */
export function slackLink(url: string, label: string): string {
  const safeUrl = url.replace(/\|/g, '%7C').replace(/</g, '%3C').replace(/>/g, '%3E').replace(/\s/g, '%20');
  return `<${safeUrl}|${escapeSlackText(label).replace(/\|/g, '¦')}>`;
}

/** Mentions the requester: the id is checked so nothing but a user id can ever be formatted as a mention. */
export function userMention(userId: string): string {
  return /^[UW][A-Z0-9]+$/.test(userId) ? `<@${userId}>` : escapeSlackText(userId);
}

/**
 * Removes Slack markup from text a user typed or pasted: links become their URL, mentions their label, and
 * entities are decoded, so the text reads as it did in the Slack client.
 */
export function slackMarkupToPlainText(text: string): string {
  const withoutMarkup = text.replace(/<([^<>]*)>/g, (_match, inner: string) => {
    const [target = '', label] = inner.split('|', 2);
    if (target.startsWith('@') || target.startsWith('#') || target.startsWith('!')) return label ?? target;
    return target;
  });
  return decodeSlackEntities(withoutMarkup);
}
