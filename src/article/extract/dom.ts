/// <reference lib="dom" />

/**
 * linkedom ships only ESM type declarations, which a CommonJS TypeScript module cannot import, although its CommonJS
 * build works. This is the one typed seam onto it: we only ever need an HTML string turned into a standard Document.
 */
interface HtmlParser {
  parseFromString(markup: string, mimeType: 'text/html'): Document;
}
const linkedom = require('linkedom') as { DOMParser: new () => HtmlParser };

/** Larger pages are cut; no real article needs more, and parse time grows with size. */
const MAX_HTML_CHARS = 3_000_000;
/** Real pages nest under 100 deep; linkedom's parser slows quadratically with depth, so deeper tags are dropped. */
const MAX_NESTING_DEPTH = 200;
/** Below this many tags, even the worst nesting parses in a fraction of a second, so the depth scan is skipped. */
const TAG_COUNT_NEEDING_DEPTH_SCAN = 8_000;

const RAW_TEXT_ELEMENTS = 'script|style|textarea|title|xmp|iframe|noembed|noframes|noscript|template';
const VOID_ELEMENTS = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr',
  'keygen', 'command', 'basefont', 'frame', 'isindex',
]);
/** Tags whose start closes an open `<p>` or a sibling of the same kind (the parser's implied end tags, simplified). */
const CLOSES_OPEN_PARAGRAPH = new Set([
  'p', 'div', 'ul', 'ol', 'li', 'table', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'section',
  'article', 'aside', 'header', 'footer', 'nav', 'form', 'figure', 'dl', 'hr', 'address', 'details', 'main',
]);
const CLOSES_SAME_TAG = new Set(['li', 'dt', 'dd', 'tr', 'td', 'th', 'option']);

/**
 * Removes every tag that would open deeper than `maxDepth` (and its end tag). Scripts, styles and comments are
 * skipped whole. Only called on tag-heavy input, where a crafted page could otherwise stall the parser.
 */
export function limitNestingDepth(html: string, maxDepth = MAX_NESTING_DEPTH): string {
  const token = new RegExp(
    `<!--[\\s\\S]*?(?:-->|$)|<(${RAW_TEXT_ELEMENTS})\\b[^>]*>[\\s\\S]*?(?:</\\1\\s*>|$)|<(/?)([a-zA-Z][^\\s/>]*)[^>]*>`,
    'gi',
  );
  const open: string[] = [];
  const droppedOpenTags = new Map<string, number>();
  const kept: string[] = [];
  let copiedUpTo = 0;
  const drop = (start: number, end: number): void => {
    kept.push(html.slice(copiedUpTo, start));
    copiedUpTo = end;
  };

  for (let match = token.exec(html); match !== null; match = token.exec(html)) {
    const name = match[3]?.toLowerCase();
    if (name === undefined) continue;
    const end = match.index + match[0].length;
    if (match[2] === '/') {
      if (open[open.length - 1] === name) {
        open.pop();
      } else if ((droppedOpenTags.get(name) ?? 0) > 0) {
        droppedOpenTags.set(name, (droppedOpenTags.get(name) ?? 0) - 1);
        drop(match.index, end);
      } else {
        const at = open.lastIndexOf(name);
        if (at !== -1) open.length = at;
      }
      continue;
    }
    if (VOID_ELEMENTS.has(name) || match[0].endsWith('/>')) continue;
    const top = open[open.length - 1];
    if ((top === 'p' && CLOSES_OPEN_PARAGRAPH.has(name)) || (top === name && CLOSES_SAME_TAG.has(name))) open.pop();
    if (open.length >= maxDepth) {
      droppedOpenTags.set(name, (droppedOpenTags.get(name) ?? 0) + 1);
      drop(match.index, end);
    } else {
      open.push(name);
    }
  }
  if (copiedUpTo === 0) return html;
  kept.push(html.slice(copiedUpTo));
  return kept.join('');
}

/** Oversized pages are mostly inline scripts and styles: drop those before cutting into the markup itself. */
function boundSize(html: string): string {
  if (html.length <= MAX_HTML_CHARS) return html;
  const withoutCode = html.replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, '');
  return withoutCode.length <= MAX_HTML_CHARS ? withoutCode : withoutCode.slice(0, MAX_HTML_CHARS);
}

/** Counts `<` up to `atLeast`: an upper bound on the number of tags, found at memchr speed. */
function countAngleBrackets(html: string, atLeast: number): number {
  let count = 0;
  for (let at = html.indexOf('<'); at !== -1 && count < atLeast; at = html.indexOf('<', at + 1)) count++;
  return count;
}

/** linkedom does not build a body for markup that lacks one: move stray children of `<html>` into `<body>`. */
function repairSkeleton(document: Document): void {
  const root = document.documentElement;
  const head = document.head;
  const body = document.body;
  const firstBodyChild = body.firstChild;
  let seenBody = false;
  for (const child of Array.from(root.childNodes)) {
    if (child === head) continue;
    if (child === body) {
      seenBody = true;
      continue;
    }
    if (seenBody) body.appendChild(child);
    else body.insertBefore(child, firstBodyChild);
  }
}

/**
 * The `class` attribute as written. linkedom answers `getAttribute('class')` by building a DOMTokenList, which made
 * reading classes the most expensive part of scanning a page.
 */
export function classAttribute(element: Element): string | null {
  return element.getAttributeNode('class')?.value ?? null;
}

/** Parses untrusted HTML into a Document with `<html>`, `<head>` and `<body>`, within bounded time. */
export function parseHtmlDocument(html: string): Document {
  let markup = boundSize(html);
  if (countAngleBrackets(markup, TAG_COUNT_NEEDING_DEPTH_SCAN) >= TAG_COUNT_NEEDING_DEPTH_SCAN) {
    markup = limitNestingDepth(markup);
  }
  const parser = new linkedom.DOMParser();
  let document = parser.parseFromString(markup, 'text/html');
  if (document.documentElement?.tagName !== 'HTML') {
    document = parser.parseFromString(`<!DOCTYPE html><html><head></head><body>${markup}</body></html>`, 'text/html');
  }
  repairSkeleton(document);
  return document;
}

/**
 * The elements under `root` (not `root` itself) whose tag is one of `tagNames`, in document order: what
 * `root.querySelectorAll(tagNames.join(','))` returns, without its cost. linkedom compiles the selector anew on every
 * call (css-what, then css-select), and Readability asks for tag lists several hundred times a page: a fifth of its
 * time. Like querySelectorAll, the contents of a `<template>` are not searched.
 */
export function elementsByTagNames(root: Document | Element, tagNames: readonly string[]): Element[] {
  // Tag names match in any case, as CSS type selectors do in an HTML document (Readability asks for 'P' and 'p').
  const wanted = new Set(tagNames.map((name) => name.toLowerCase()));
  const found: Element[] = [];
  const visit = (parent: Document | Element): void => {
    for (let child = parent.firstElementChild; child !== null; child = child.nextElementSibling) {
      const name = child.localName;
      if (wanted.has(name) || wanted.has(name.toLowerCase())) found.push(child);
      if (name !== 'template' && child.firstElementChild !== null) visit(child);
    }
  };
  visit(root);
  return found;
}
