import { extractArticle, NoArticleError } from '../../../src/article/extract';
import { paragraphs, STORY } from './articlePage';

const STORY_HTML = paragraphs();

/** Inputs built to stall or crash a parser or an extractor. Each must end in an article or a NoArticleError. */
const HOSTILE_PAGES: Array<[string, () => string]> = [
  ['300,000 nested divs', () => `<html><body>${'<div>'.repeat(300_000)}${STORY_HTML}${'</div>'.repeat(300_000)}</body></html>`],
  ['200,000 unclosed inline tags', () => `<html><body>${STORY_HTML}${'<b><i>x'.repeat(200_000)}</body></html>`],
  ['300,000 stray end tags under deep nesting', () => `<html><body>${'<div>'.repeat(350)}${STORY_HTML}${'</span>'.repeat(300_000)}</body></html>`],
  ['150,000 paragraphs', () => `<html><body><article>${'<p>word word word.</p>'.repeat(150_000)}</article></body></html>`],
  ['11 MB of text', () => `<html><body><article><p>${'lorem ipsum dolor sit amet. '.repeat(400_000)}</p></article></body></html>`],
  ['a 5 MB attribute', () => `<html><body><article class="${'x'.repeat(5_000_000)}">${STORY_HTML}</article></body></html>`],
  ['binary noise', () => Buffer.from(Array.from({ length: 2_000_000 }, (_, index) => (index * 7919) % 256)).toString('latin1')],
  ['an unterminated comment', () => `<html><body>${STORY_HTML}<!-- ${'x'.repeat(1_000_000)}`],
  ['an unterminated script', () => `<html><body>${STORY_HTML}<script>${'var a = "<div>";'.repeat(100_000)}`],
  [
    'JSON-LD nested 100,000 deep and with 50,000 nodes',
    () =>
      `<html><head><script type="application/ld+json">${'['.repeat(100_000)}${']'.repeat(100_000)}</script>` +
      `<script type="application/ld+json">{"@graph":[${'{"@type":"NewsArticle","author":{"name":"x"}},'.repeat(50_000)}{}]}</script>` +
      `</head><body><article>${STORY_HTML}</article></body></html>`,
  ],
  [
    'a stylesheet of 200,000 nested blocks and 50,000 hiding rules',
    () =>
      `<html><head><style>${'.a{'.repeat(200_000)}${'}'.repeat(200_000)}${'.h{display:none}'.repeat(50_000)}</style></head>` +
      `<body><article>${STORY_HTML}</article></body></html>`,
  ],
  ['200,000 hidden elements', () => `<html><body><article>${STORY_HTML}${'<span hidden>x</span>'.repeat(200_000)}</article></body></html>`],
  ['100,000 SVG shapes', () => `<svg xmlns="http://www.w3.org/2000/svg">${'<path d="M0 0"/>'.repeat(100_000)}</svg>`],
  ['NUL characters', () => `<html><body>\u0000<article>${STORY_HTML.replace(/ /g, '\u0000 ')}</article></body></html>`],
  ['a frameset', () => '<html><frameset><frame src="a.html"></frameset></html>'],
];

describe('hostile and odd pages', () => {
  it.each(HOSTILE_PAGES)('survives %s', (_, build) => {
    let outcome: unknown;
    try {
      outcome = extractArticle(build(), { url: 'https://example.com/hostile' });
    } catch (error) {
      outcome = error;
    }

    if (outcome instanceof NoArticleError) return;
    expect(outcome).toMatchObject({ text: expect.any(String), wordCount: expect.any(Number) });
  });

  it('reads plain text given where HTML was expected', () => {
    expect(extractArticle(STORY.join('\n\n'), { url: 'https://example.com/plain' }).text).toContain(STORY[4]);
  });
});
