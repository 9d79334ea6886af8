import { extractArticle, NoArticleError } from '../../../src/article/extract';
import { isUserFacingError } from '../../../src/errors';
import { PAGE_URL } from './articlePage';

function refusal(html: string): unknown {
  try {
    extractArticle(html, { url: PAGE_URL });
  } catch (error) {
    return error;
  }
  throw new Error('expected the page to be refused');
}

describe('pages without an article', () => {
  it.each([
    ['an empty document', ''],
    ['an empty page', '<!DOCTYPE html><html><head><title>Coastal Times</title></head><body></body></html>'],
    ['a page rendered only by scripts', '<html><body><div id="root"></div><script>render()</script></body></html>'],
    [
      'a login page',
      `<html><head><title>Sign in | Coastal Times</title></head><body><main><h1>Sign in</h1>
       <p>Welcome back. Sign in to your account to read and comment on the latest stories from the coast.</p>
       <form><label>Email <input type="email"></label><label>Password <input type="password"></label>
       <button>Sign in</button></form><p><a href="/reset">Forgot your password?</a></p></main></body></html>`,
    ],
    [
      'a list of links',
      `<html><body><ul>${Array.from({ length: 30 }, (_, index) => `<li><a href="/s${index}">Story ${index}</a></li>`).join('')}</ul></body></html>`,
    ],
  ])('refuses %s with a message the user can act on', (_, html) => {
    const error = refusal(html);

    expect(error).toBeInstanceOf(NoArticleError);
    expect(isUserFacingError(error)).toBe(true);
    expect(error).toMatchObject({ code: 'no_article', retryable: false });
    expect((error as NoArticleError).userMessage).toMatch(/couldn't find an article.*paste its text/);
  });
});
