import { limitNestingDepth, parseHtmlDocument } from '../../../src/article/extract/dom';

describe('parsing untrusted HTML', () => {
  it.each([
    ['a fragment', '<p>Pier to reopen</p>'],
    ['plain text', 'Pier to reopen'],
    ['a page without body tags', '<html><head><title>t</title></head><p>Pier to reopen</p></html>'],
  ])('gives %s a head and a body holding its content', (_, html) => {
    const document = parseHtmlDocument(html);

    expect(document.documentElement.tagName).toBe('HTML');
    expect(document.body.textContent).toBe('Pier to reopen');
  });

  it('gives an empty input an empty document', () => {
    expect(parseHtmlDocument('').body.textContent).toBe('');
  });

  it('drops tags nested deeper than the limit, with their end tags, and keeps all text', () => {
    expect(limitNestingDepth('<div><div><div><p>a<b>b</b></p></div></div></div>c', 2)).toBe('<div><div>ab</div></div>c');
  });

  it('does not count void elements, self-closing tags, implied paragraph ends or script contents as nesting', () => {
    const html = '<div><p>one<p>two<br><img src="x"/><script>"<div><div><div>"</script></div>';

    expect(limitNestingDepth(html, 2)).toBe(html);
  });
});
