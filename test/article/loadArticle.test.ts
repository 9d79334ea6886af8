import { readFileSync } from 'node:fs';
import path from 'node:path';
import { NoArticleError } from '../../src/article/extract';
import { PageNotFoundError } from '../../src/article/fetch';
import { loadArticle } from '../../src/article/loadArticle';
import { LocalSite, localFetchOptions } from './fetch/support/localSite';

const PARAGRAPHS = [
  'The finance ministers of the group met in Brussels on Tuesday to agree a common position on the new budget rules, after months of negotiation.',
  'The agreement, which still needs the approval of national parliaments, would give governments more time to reduce their debt.',
  'Critics said the compromise weakens the rules that were meant to prevent another debt crisis in the region.',
];

function newsPage(): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Ministers agree budget rules</title></head>
<body><nav><a href="/">Home</a></nav><article><h1>Ministers agree budget rules</h1>
${PARAGRAPHS.map((paragraph) => `<p>${paragraph}</p>`).join('\n')}</article><footer>© News</footer></body></html>`;
}

describe('loadArticle', () => {
  let site: LocalSite;

  beforeEach(async () => {
    site = await new LocalSite().start();
  });

  afterEach(() => site.stop());

  const load = (urlPath: string) => loadArticle(site.url(urlPath), { fetch: localFetchOptions([site.port]) });

  it('extracts the article from a web page, keeping the link given and where it led', async () => {
    site.page('/story', newsPage());
    site.route('/short', (_req, res) => {
      res.writeHead(301, { location: '/story' }).end();
    });
    const article = await load('/short');
    expect(article).toMatchObject({ kind: 'html', url: site.url('/short'), finalUrl: site.url('/story') });
    for (const paragraph of PARAGRAPHS) expect(article.text).toContain(paragraph);
    expect(article.wordCount).toBeGreaterThan(50);
  });

  it('reads a PDF into paragraphs, titled from its metadata', async () => {
    site.page('/report.pdf', readFileSync(path.join(__dirname, '../fixtures/fetch/sample.pdf')), { 'content-type': 'application/pdf' });
    const article = await load('/report.pdf');
    expect(article).toMatchObject({ kind: 'pdf', title: 'Harbour to reopen next week', partial: false, finalUrl: site.url('/report.pdf') });
    expect(article.text.split('\n\n')).toHaveLength(3);
    expect(article.text).toMatch(/^The port authority announced on Monday/);
    expect(article.wordCount).toBe(article.text.split(/\s+/).length);
  });

  it('reads a plain-text document as paragraphs', async () => {
    site.page('/notes.txt', `${PARAGRAPHS[0]}\r\n\r\n${PARAGRAPHS[1]}\n\n\n${PARAGRAPHS[2]}\n`, { 'content-type': 'text/plain; charset=utf-8' });
    const article = await load('/notes.txt');
    expect(article).toMatchObject({ kind: 'text', text: PARAGRAPHS.join('\n\n'), title: null, lang: null });
  });

  it('refuses an empty text document', async () => {
    site.page('/empty.txt', ' \n\n ', { 'content-type': 'text/plain' });
    await expect(load('/empty.txt')).rejects.toBeInstanceOf(NoArticleError);
  });

  it('passes on the fetcher’s refusals', async () => {
    await expect(load('/missing')).rejects.toBeInstanceOf(PageNotFoundError);
  });
});
