/// <reference lib="dom" />
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import { extractArticle } from '../../src/article/extract';
import { parseHtmlDocument } from '../../src/article/extract/dom';

/** Turns one page into the article text the benchmark scores. Throwing counts as an empty prediction. */
export type Engine = (html: string, url: string) => string;

export const engines = {
  ours: (html, url) => extractArticle(html, { url }).text,

  'readability+linkedom': (html) => new Readability(parseHtmlDocument(html)).parse()?.textContent ?? '',

  // Scripts stay off and no resources load (jsdom's defaults); a silent console drops its CSS-parse warnings.
  'readability+jsdom': (html, url) => {
    const dom = new JSDOM(html, { url, virtualConsole: new VirtualConsole() });
    try {
      return new Readability(dom.window.document).parse()?.textContent ?? '';
    } finally {
      dom.window.close();
    }
  },
} satisfies Record<string, Engine>;

export type EngineName = keyof typeof engines;

export function isEngineName(name: string): name is EngineName {
  return Object.hasOwn(engines, name);
}
