import type { JsonLdArticle } from './jsonld';

/** Below this many words an article may be the free teaser of a longer one. */
const TEASER_MAX_WORDS = 400;

/** What pages tell readers who hit a paywall or a registration wall. */
const PAYWALL_PROMPT = new RegExp(
  '\\b(?:' +
    [
      'subscribe (?:now )?to (?:continue|keep) reading',
      'to (?:continue|keep) reading,? (?:please )?(?:subscribe|sign in|log ?in|register|create)',
      'already (?:a subscriber|have an account)\\??,? (?:sign|log) ?in',
      '(?:this (?:article|story|content) is )?(?:only )?(?:available|reserved|exclusive) (?:only )?(?:to|for) ' +
        '(?:paying )?(?:subscribers|members)',
      'subscribers? only',
      'subscribe to (?:read|unlock|access) (?:the full|this|more)',
      '(?:sign|log) ?in to (?:read|continue|keep reading)',
      '(?:register|sign up) (?:for free )?to (?:read|continue)',
      'you have reached your (?:free )?(?:article )?limit',
      "you(?:'ve| have) used (?:all )?(?:your )?(?:\\d+ )?free articles",
    ].join('|') +
    ')',
  'i',
);

export interface PaywallEvidence {
  jsonLd: JsonLdArticle;
  microdataAccessibleForFree: boolean | null;
  wordCount: number;
  /** The page's markup; only searched when the extracted text is short enough to be a teaser. */
  html: string;
}

function visibleMarkup(html: string): string {
  return html.replace(/<(script|style|template)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, ' ').replace(/<[^>]*>/g, ' ');
}

/**
 * True when only part of the article is on the page: the page declares it paywalled, declares more words than it
 * shows, or shows a short text next to a subscribe-to-continue prompt.
 */
export function isPartial(evidence: PaywallEvidence): boolean {
  const { jsonLd, microdataAccessibleForFree, wordCount, html } = evidence;
  if (jsonLd.accessibleForFree === false || microdataAccessibleForFree === false) return true;
  if (jsonLd.wordCount !== null && jsonLd.wordCount > wordCount * 1.5 + 50) return true;
  return wordCount < TEASER_MAX_WORDS && PAYWALL_PROMPT.test(visibleMarkup(html));
}
