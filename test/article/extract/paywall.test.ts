import { extractArticle } from '../../../src/article/extract';
import { articlePage, jsonLd, PAGE_URL, paragraphs, STORY } from './articlePage';

function partialOf(options: { head?: string; body?: string }): boolean {
  return extractArticle(articlePage(options), { url: PAGE_URL }).partial;
}

describe('partial articles (paywalls and teasers)', () => {
  it('is complete when the page shows the whole article and declares nothing', () => {
    expect(partialOf({})).toBe(false);
  });

  it.each([
    ['the boolean false', false],
    ['the string "False"', 'False'],
    ['the string "false"', 'false'],
  ])('is partial when JSON-LD declares isAccessibleForFree as %s', (_, flag) => {
    expect(partialOf({ head: jsonLd({ '@type': 'NewsArticle', isAccessibleForFree: flag }) })).toBe(true);
  });

  it('is partial when only a paywalled part of the article is declared', () => {
    const head = jsonLd({
      '@context': 'https://schema.org',
      '@graph': [
        {
          '@type': 'NewsArticle',
          isAccessibleForFree: true,
          hasPart: { '@type': 'WebPageElement', isAccessibleForFree: false, cssSelector: '.paywall' },
        },
      ],
    });
    expect(partialOf({ head })).toBe(true);
  });

  it('is complete when the page declares the article free', () => {
    expect(partialOf({ head: jsonLd({ '@type': 'NewsArticle', isAccessibleForFree: 'True' }) })).toBe(false);
  });

  it('is partial when microdata declares the content not free', () => {
    expect(partialOf({ head: '<meta itemprop="isAccessibleForFree" content="False">' })).toBe(true);
  });

  it('is partial when the page declares far more words than it shows', () => {
    expect(partialOf({ head: jsonLd({ '@type': 'NewsArticle', wordCount: 1200 }) })).toBe(true);
  });

  it('is partial when a short text sits next to a subscribe-to-continue prompt', () => {
    const body = `<article>${paragraphs(STORY.slice(0, 2))}<div class="wall"><p>Subscribe now to continue reading.</p></div></article>`;
    expect(partialOf({ body })).toBe(true);
  });

  it('is complete when a long article merely mentions subscribing', () => {
    const story = [...STORY, ...STORY.map((text) => text.replace('The', 'Meanwhile, the')), ...STORY.slice(1)];
    const body = `<article>${paragraphs(story)}${paragraphs(story.slice(2))}<p>Subscribe now to continue reading.</p></article>`;
    expect(partialOf({ body })).toBe(false);
  });
});
