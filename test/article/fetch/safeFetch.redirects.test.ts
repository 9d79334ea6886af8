import { BadRedirectError, safeFetch, TooManyRedirectsError } from '../../../src/article/fetch';
import { fakeDns, LocalSite, localFetchOptions, rejectionOf } from './support/localSite';

describe('safeFetch: redirects', () => {
  let site: LocalSite;

  beforeEach(async () => {
    site = await new LocalSite().start();
    site.page('/article', '<p>The article.</p>');
  });

  afterEach(() => site.stop());

  /** /hop/N redirects to /hop/N-1; /hop/0 redirects to the article. */
  function chainOf(hops: number): string {
    for (let hop = 0; hop < hops; hop++) {
      const next = hop === 0 ? '/article' : `/hop/${hop - 1}`;
      site.route(`/hop/${hop}`, (_req, res) => {
        res.writeHead(301, { location: next }).end();
      });
    }
    return site.url(`/hop/${hops - 1}`);
  }

  it('follows up to five redirects, relative ones included, and reports where it ended', async () => {
    const document = await safeFetch(chainOf(5), localFetchOptions([site.port]));
    expect(document).toMatchObject({ kind: 'html', text: '<p>The article.</p>', redirects: 5, finalUrl: site.url('/article') });
    expect(document.url).toBe(site.url('/hop/4'));
  });

  it('gives up on the sixth redirect', async () => {
    const error = await rejectionOf(safeFetch(chainOf(6), localFetchOptions([site.port])));
    expect(error).toBeInstanceOf(TooManyRedirectsError);
    expect((error as TooManyRedirectsError).userMessage).toMatch(/redirects more than 5 times/);
    expect(site.requests.map((request) => request.url)).not.toContain('/article');
  });

  it('stops a redirect loop', async () => {
    site.route('/a', (_req, res) => {
      res.writeHead(302, { location: '/b' }).end();
    });
    site.route('/b', (_req, res) => {
      res.writeHead(307, { location: '/a' }).end();
    });
    await expect(safeFetch(site.url('/a'), localFetchOptions([site.port]))).rejects.toBeInstanceOf(TooManyRedirectsError);
    expect(site.requests).toHaveLength(6);
  });

  it('resolves and checks the host again on every hop', async () => {
    const resolver = fakeDns({ 'news.test': ['127.0.0.1'], 'www.news.test': ['127.0.0.1'] });
    site.route('/old', (_req, res) => {
      res.writeHead(308, { location: `http://www.news.test:${site.port}/article` }).end();
    });
    const document = await safeFetch(site.url('/old'), localFetchOptions([site.port], { resolver }));
    expect(document.finalUrl).toBe(`http://www.news.test:${site.port}/article`);
    expect(resolver.questions).toEqual(['news.test', 'www.news.test']);
    expect(site.requests.map((request) => request.headers.host)).toEqual([`news.test:${site.port}`, `www.news.test:${site.port}`]);
  });

  it('refuses a redirect without a Location', async () => {
    site.route('/nowhere', (_req, res) => {
      res.writeHead(302).end();
    });
    await expect(safeFetch(site.url('/nowhere'), localFetchOptions([site.port]))).rejects.toBeInstanceOf(BadRedirectError);
  });
});
