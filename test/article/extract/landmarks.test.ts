import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractArticle } from '../../../src/article/extract';
import { ARTICLE_SCOPE, insideArticleScope } from '../../../src/article/extract/boilerplate';
import { parseHtmlDocument } from '../../../src/article/extract/dom';
import { articlePage, PAGE_URL, paragraphs, STORY } from './articlePage';

describe('page landmarks', () => {
  it('leaves the page’s navigation, sidebar, header and footer out of the article', () => {
    const page = articlePage({
      body: `<header><p>Coastal Times, the voice of the coast since 1887, read in every harbour town.</p></header>
        <div class="story">${paragraphs()}</div>
        <aside><p>Most read this week: the lifeboat crew that rescued nine sailors in a force ten gale.</p></aside>`,
    });

    expect(extractArticle(page, { url: PAGE_URL }).text).toBe(STORY.join('\n\n'));
  });

  it('keeps a landmark that holds most of the page: some pages wrap the whole story in one', () => {
    const page = articlePage({ body: `<header><h1>Harbour to rebuild storm-hit pier</h1>${paragraphs()}</header>` });

    expect(extractArticle(page, { url: PAGE_URL }).text).toBe(STORY.join('\n\n'));
  });
});

describe('the article scope of a landmark', () => {
  it.each([
    ['an <article>', '<article><header id="l">h</header></article>', true],
    ['a <MAIN> in capitals', '<MAIN><div><nav id="l">n</nav></div></MAIN>', true],
    ['role="main"', '<div role="main"><footer id="l">f</footer></div>', true],
    ['role="Main" (values match exactly)', '<div role="Main"><footer id="l">f</footer></div>', false],
    ['itemprop among others', '<div itemprop="text articleBody"><aside id="l">a</aside></div>', true],
    ['itemprop as part of a word', '<div itemprop="articleBodyText"><aside id="l">a</aside></div>', false],
    ['the landmark itself marked', '<header id="l" role="main">h</header>', true],
    ['no mark', '<div class="article"><nav id="l">n</nav></div>', false],
  ])('%s', (_, body, inside) => {
    const landmark = parseHtmlDocument(`<html><body>${body}</body></html>`).getElementById('l')!;

    expect(insideArticleScope(landmark)).toBe(inside);
    expect(landmark.closest(ARTICLE_SCOPE) !== null).toBe(inside);
  });

  it('agrees with closest() for every landmark of the Readability test pages', () => {
    const pagesDir = join(__dirname, '../../fixtures/readability');
    let compared = 0;
    for (const name of readdirSync(pagesDir)) {
      const document = parseHtmlDocument(readFileSync(join(pagesDir, name, 'source.html'), 'utf8'));
      for (const landmark of Array.from(document.querySelectorAll('nav, aside, header, footer, div, section'))) {
        expect(insideArticleScope(landmark)).toBe(landmark.closest(ARTICLE_SCOPE) !== null);
        compared += 1;
      }
    }
    expect(compared).toBeGreaterThan(1_000);
  });
});
