import { extractArticle } from '../../../src/article/extract';
import { isDateline } from '../../../src/article/extract/boilerplate';
import { articlePage, PAGE_URL, paragraphs, STORY } from './articlePage';

const FIRST = paragraphs(STORY.slice(0, 3));
const REST = paragraphs(STORY.slice(3));

function extractText(body: string): string {
  return extractArticle(articlePage({ body }), { url: PAGE_URL }).text;
}

/** The article alone, whatever furniture surrounded it. */
const CLEAN = STORY.join('\n\n');

describe('furniture left inside the article container', () => {
  it('removes figure captions and photo credits', () => {
    const figure = `<figure><img src="pier.jpg" alt=""><figcaption>The damaged northern pier in February. <span>Photo: Jan Kowal/Getty Images</span></figcaption></figure>`;
    const credit = '<p class="image-credit">Jan Kowal/Coastal Times</p>';

    expect(extractText(`<article>${FIRST}${figure}${credit}${REST}</article>`)).toBe(CLEAN);
  });

  it('removes a caption laid out as an ordinary paragraph when it repeats the image’s alt text', () => {
    const caption = 'The damaged northern pier in February, seen from the southern quay';
    const figure = `<figure class="element-image"><img src="pier.jpg" alt="${caption}."></figure><ul><li><p>${caption}</p></li></ul>`;

    expect(extractText(`<article>${FIRST}${figure}${REST}</article>`)).toBe(CLEAN);
  });

  it('keeps a paragraph that merely shares a few words with a short alt text', () => {
    const figure = '<figure><img src="pier.jpg" alt="Northern pier"></figure><p>Northern pier</p>';

    expect(extractText(`<article>${FIRST}${figure}${REST}</article>`)).toContain('Northern pier');
  });

  it('removes share bars, named or not', () => {
    const named = '<div class="article-share-tools"><a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">Email</a></div>';
    const unnamed = '<p>Share this article</p>';

    expect(extractText(`<article>${named}${FIRST}${unnamed}${REST}</article>`)).toBe(CLEAN);
  });

  it('removes newsletter prompts', () => {
    const prompt = '<div class="inline-newsletter"><h3>Morning briefing</h3><p>The day’s news in five minutes, every weekday.</p><p><a href="/signup">Sign up</a></p></div>';
    const unnamed = '<p>Sign up for our free daily newsletter to get stories like this in your inbox.</p>';

    expect(extractText(`<article>${FIRST}${prompt}${REST}${unnamed}</article>`)).toBe(CLEAN);
  });

  it('removes related-article lists, inline or closing the article', () => {
    const inline = '<div class="related-links"><h4>Related</h4><ul><li><a href="/a">Ferry timetable changes from June</a></li><li><a href="/b">Storm damage bill tops €10m</a></li></ul></div>';
    const closing = `<h2>More stories</h2><ul>${['Lifeboat crew honoured for rescue', 'Beach cleanup draws hundreds', 'New bus route to the harbour']
      .map((title, index) => `<li><a href="/s${index}">${title}</a></li>`)
      .join('')}</ul>`;

    expect(extractText(`<article>${FIRST}${inline}${REST}${closing}</article>`)).toBe(CLEAN);
  });

  it('removes author boxes, bylines and datelines', () => {
    const header = '<p class="byline">By Dana Whitlock</p><p>Published May 14, 2024 at 9:30 am</p>';
    const authorBox = '<div class="author-bio"><p>Dana Whitlock covers the coast and its industries. She joined the paper in 2015.</p></div>';

    expect(extractText(`<article>${header}${FIRST}${REST}${authorBox}</article>`)).toBe(CLEAN);
  });

  it('removes link menus left in the container', () => {
    const menu = `<ul>${['Home', 'News', 'Sport', 'Weather', 'Jobs'].map((item) => `<li><a href="/${item}">${item}</a></li>`).join('')}</ul>`;

    expect(extractText(`<article>${menu}${FIRST}${REST}</article>`)).toBe(CLEAN);
  });

  it('keeps a large block that a page names like furniture: it is the article', () => {
    expect(extractText(`<div class="story-share-container"><article>${FIRST}${REST}</article></div>`)).toBe(CLEAN);
  });

  it('keeps prose that merely mentions subscriptions, sharing or related matters', () => {
    const prose = [
      'Subscribe to the idea that the pier matters, the mayor said, and the rest of the argument follows from it quite naturally.',
      'Related work on the southern quay will be tendered separately next year, after the council has reviewed the costs.',
    ];

    expect(extractText(`<article>${FIRST}${paragraphs(prose)}${REST}</article>`)).toBe(
      [...STORY.slice(0, 3), ...prose, ...STORY.slice(3)].join('\n\n'),
    );
  });

  it('recognises datelines, and only datelines', () => {
    expect(isDateline('Published November 20th, 2019 - 07:29 GMT')).toBe(true);
    expect(isDateline('Updated: Sat 8:31 PM, Feb 17, 2018')).toBe(true);
    expect(isDateline('Nov. 20, 2019, 9:28 AM UTC')).toBe(true);
    expect(isDateline('On May 14 the council met at 9:30')).toBe(false);
    expect(isDateline('2024')).toBe(false);
  });
});
