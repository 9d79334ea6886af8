import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { elementsByTagNames, limitNestingDepth, parseHtmlDocument } from '../../../src/article/extract/dom';

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

describe('elementsByTagNames (Readability\'s tag lookups without a selector engine)', () => {
  const TAG_LISTS = [
    ['a'],
    ['h1', 'h2'],
    ['script', 'noscript'],
    ['img', 'picture', 'figure'],
    ['ul', 'ol'],
    ['template', 'p'],
    ['SPAN', 'LI', 'TD', 'BLOCKQUOTE', 'DL', 'DIV', 'IMG', 'OL', 'P', 'PRE', 'TABLE', 'UL'],
  ];
  const pagesDir = join(__dirname, '../../fixtures/readability');
  const pages = readdirSync(pagesDir).map((name) => readFileSync(join(pagesDir, name, 'source.html'), 'utf8'));

  it('finds what querySelectorAll finds, in the same order, on every Readability test page', () => {
    let compared = 0;
    for (const html of pages) {
      const document = parseHtmlDocument(html);
      // Readability creates elements with upper-case names ("DIV"); they must be found like parsed ones.
      const created = document.createElement('DIV');
      created.appendChild(document.createElement('P'));
      document.body.appendChild(created);
      for (const root of [document, document.body, ...Array.from(document.querySelectorAll('div')).slice(0, 10)]) {
        for (const tags of TAG_LISTS) {
          const expected = Array.from(root.querySelectorAll(tags.join(',')));
          const found = elementsByTagNames(root, tags);
          expect(found).toHaveLength(expected.length);
          expect(found.every((element, index) => element === expected[index])).toBe(true);
          compared += 1;
        }
      }
    }
    expect(compared).toBeGreaterThan(1_000);
  });

  it('does not search inside a template, nor return the root itself', () => {
    const document = parseHtmlDocument('<div id="root"><p>one</p><template><p>hidden</p></template><section><p>two</p></section></div>');
    const root = document.getElementById('root')!;

    expect(elementsByTagNames(root, ['p', 'div']).map((element) => element.textContent)).toEqual(['one', 'two']);
  });
});
