import { extractArticle } from '../../../src/article/extract';
import { toIsoDate, toLanguageTag } from '../../../src/article/extract/metadata';
import { articlePage, jsonLd, PAGE_URL } from './articlePage';

function extractWithHead(head: string, htmlAttributes?: string) {
  return extractArticle(articlePage({ head, ...(htmlAttributes === undefined ? {} : { htmlAttributes }) }), { url: PAGE_URL });
}

describe('article metadata', () => {
  it('reads Open Graph and article meta tags', () => {
    const article = extractWithHead(`
      <meta property="og:title" content="Harbour to rebuild storm-hit pier">
      <meta property="og:site_name" content="Coastal Times">
      <meta name="author" content="Dana Whitlock">
      <meta property="article:published_time" content="2024-05-14T09:30:00+01:00">
      <meta property="article:modified_time" content="2024-05-15T10:00:00+01:00">
      <link rel="canonical" href="/2024/05/harbour-pier?ref=canonical">`);

    expect(article).toMatchObject({
      title: 'Harbour to rebuild storm-hit pier',
      siteName: 'Coastal Times',
      byline: 'Dana Whitlock',
      publishedAt: '2024-05-14T09:30:00+01:00',
      canonicalUrl: 'https://news.example.com/2024/05/harbour-pier?ref=canonical',
      lang: 'en',
    });
  });

  it('drops the author or site name a title ends with, but keeps a dash that belongs to the headline', () => {
    const withAuthor = extractWithHead('<meta property="og:title" content="Harbour to rebuild storm-hit pier | Dana Whitlock"><meta name="author" content="Dana Whitlock">');
    const withSite = extractWithHead('<meta property="og:title" content="Harbour to rebuild storm-hit pier – Coastal Times"><meta property="og:site_name" content="Coastal Times">');
    const ownDash = extractWithHead('<meta property="og:title" content="Storm-hit pier - the long road back"><meta property="og:site_name" content="Coastal Times">');

    expect(withAuthor.title).toBe('Harbour to rebuild storm-hit pier');
    expect(withSite.title).toBe('Harbour to rebuild storm-hit pier');
    expect(ownDash.title).toBe('Storm-hit pier - the long road back');
  });

  it('reads JSON-LD nested in @graph, with authors and types given as arrays', () => {
    const article = extractWithHead(
      jsonLd({
        '@context': 'https://schema.org',
        '@graph': [
          { '@type': 'WebSite', name: 'Coastal Times Online' },
          {
            '@type': ['NewsArticle', 'Article'],
            headline: 'Harbour to rebuild storm-hit pier',
            author: [{ '@type': 'Person', name: 'Dana Whitlock' }, { '@type': 'Person', name: 'Sam Ortiz' }],
            publisher: { '@type': 'Organization', name: 'Coastal Times' },
            dateModified: '2024-05-15T10:00:00Z',
            mainEntityOfPage: { '@id': 'https://news.example.com/2024/05/harbour-pier' },
            inLanguage: 'en-GB',
          },
        ],
      }),
      '',
    );

    expect(article).toMatchObject({
      byline: 'Dana Whitlock, Sam Ortiz',
      siteName: 'Coastal Times',
      publishedAt: '2024-05-15T10:00:00Z',
      canonicalUrl: 'https://news.example.com/2024/05/harbour-pier',
      lang: 'en-GB',
    });
  });

  it('reads JSON-LD given as a top-level array, and prefers the published time to the updated one', () => {
    const article = extractWithHead(
      jsonLd([
        { '@type': 'BreadcrumbList', itemListElement: [] },
        { '@type': 'NewsArticle', datePublished: '2024-05-14', dateModified: '2024-05-16', author: 'Dana Whitlock' },
      ]),
    );

    expect(article.publishedAt).toBe('2024-05-14');
    expect(article.byline).toBe('Dana Whitlock');
  });

  it('survives malformed JSON-LD and falls back to other declarations', () => {
    const article = extractWithHead(
      `<script type="application/ld+json">{"@type": "NewsArticle", "headline": </script>
       <meta itemprop="datePublished" content="2024-05-14T08:00:00Z">`,
    );

    expect(article.publishedAt).toBe('2024-05-14T08:00:00Z');
    expect(article.title).toBe('Harbour to rebuild storm-hit pier');
  });

  it('declares nothing it cannot read: no dates, no canonical link, no language', () => {
    const article = extractWithHead('<link rel="canonical" href="javascript:alert(1)">', 'lang="not a language"');

    expect(article).toMatchObject({ publishedAt: null, canonicalUrl: null, lang: null });
  });

  it('normalises dates to ISO 8601 and language tags to BCP 47', () => {
    expect(toIsoDate('Tue, 14 May 2024 09:30:00 GMT')).toBe('2024-05-14T09:30:00.000Z');
    expect(toIsoDate('2024-05-14 09:30')).toBe('2024-05-14T09:30');
    expect(toIsoDate('yesterday')).toBeNull();
    expect(toLanguageTag('pt_br')).toBe('pt-BR');
    expect(toLanguageTag('EN')).toBe('en');
    expect(toLanguageTag('english please')).toBeNull();
  });
});
