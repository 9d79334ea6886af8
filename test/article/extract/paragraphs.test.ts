import { extractArticle } from '../../../src/article/extract';
import { parseHtmlDocument } from '../../../src/article/extract/dom';
import { textBlocksOf } from '../../../src/article/extract/text';
import { articlePage, PAGE_URL, paragraphs, STORY } from './articlePage';

function blocksOf(bodyHtml: string): string[] {
  return textBlocksOf(parseHtmlDocument(`<html><body>${bodyHtml}</body></html>`).body).map((block) => block.text);
}

describe('article text', () => {
  it('separates paragraphs by exactly one blank line, with no HTML and no stray whitespace', () => {
    const body = `<article>${STORY.map((text) => `<p>\n   ${text.replace(/ /g, '  \n ')} <b>  </b></p>`).join('\n\n\n')}</article>`;
    const { text } = extractArticle(articlePage({ body }), { url: PAGE_URL });

    expect(text).toBe(STORY.join('\n\n'));
    expect(text).not.toMatch(/<|>|\n{3,}|[ \t]\n|\n[ \t]| {2}/);
  });

  it('counts the words of the text', () => {
    const article = extractArticle(articlePage(), { url: PAGE_URL });

    expect(article.wordCount).toBe(STORY.join(' ').split(' ').length);
  });

  it('keeps subheadings and list items as paragraphs of their own', () => {
    const body = `<article>${paragraphs(STORY.slice(0, 3))}<h2>What happens next</h2><ul><li>Tenders open in March.</li><li>Work starts in May.</li></ul>${paragraphs(STORY.slice(3))}</article>`;
    const { text } = extractArticle(articlePage({ body }), { url: PAGE_URL });

    expect(text).toContain(`${STORY[2]}\n\nWhat happens next\n\nTenders open in March.\n\nWork starts in May.\n\n${STORY[3]}`);
  });

  it('keeps inline markup inside its paragraph and splits at line breaks and block boundaries', () => {
    expect(blocksOf('<div>One <em>emphasised</em> <a href="/x">link</a>.<br>Second line<div>Nested block</div>Tail</div>')).toEqual([
      'One emphasised link.',
      'Second line',
      'Nested block',
      'Tail',
    ]);
  });

  it('keeps table cells apart and each row a paragraph', () => {
    expect(blocksOf('<table><tr><td>Pier</td><td>North</td></tr><tr><td>Cost</td><td>€4m</td></tr></table>')).toEqual([
      'Pier North',
      'Cost €4m',
    ]);
  });

  it('reads arbitrarily deep markup without exhausting the stack', () => {
    const depth = 20_000;
    expect(blocksOf(`${'<span>'.repeat(depth)}deep text${'</span>'.repeat(depth)}`)).toEqual(['deep text']);
  });
});
