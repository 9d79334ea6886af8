import { extractArticle } from '../../../src/article/extract';
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
