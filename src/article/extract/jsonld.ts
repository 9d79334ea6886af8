import { z } from 'zod';

/** What schema.org JSON-LD declares about the article on a page. Every field is optional: pages declare little. */
export interface JsonLdArticle {
  headline: string | null;
  authors: string[];
  publisher: string | null;
  datePublished: string | null;
  dateModified: string | null;
  articleBody: string | null;
  url: string | null;
  inLanguage: string | null;
  wordCount: number | null;
  /** False when the page declares the article (or a part of it) paywalled. */
  accessibleForFree: boolean | null;
}

const ARTICLE_TYPE = /(?:Article|BlogPosting|Report|SocialMediaPosting|LiveBlogPosting)$/;
/** Bounds the walk over hostile or huge JSON-LD. */
const MAX_NODES = 2_000;
const MAX_DEPTH = 12;

const record = z.record(z.string(), z.unknown());
type JsonObject = z.infer<typeof record>;

function asObject(value: unknown): JsonObject | null {
  const parsed = record.safeParse(value);
  return parsed.success && !Array.isArray(value) ? parsed.data : null;
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
}

function text(value: unknown): string | null {
  for (const item of asArray(value)) {
    if (typeof item === 'string' && item.trim() !== '') return item.trim();
    if (typeof item === 'number') return String(item);
    const object = asObject(item);
    const inner = object?.['@value'] ?? object?.['name'];
    if (typeof inner === 'string' && inner.trim() !== '') return inner.trim();
  }
  return null;
}

function names(value: unknown): string[] {
  return asArray(value)
    .map((item) => (typeof item === 'string' ? item.trim() : text(asObject(item)?.['name'])))
    .filter((name): name is string => name !== null && name !== '');
}

function urlOf(value: unknown): string | null {
  for (const item of asArray(value)) {
    if (typeof item === 'string') return item;
    const object = asObject(item);
    const id = object?.['@id'] ?? object?.['url'];
    if (typeof id === 'string') return id;
  }
  return null;
}

/** `false`, `"False"`, `"false"` all mean paywalled; anything unrecognised is no claim at all. */
function freeFlag(value: unknown): boolean | null {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string') {
    const normalized = value.trim().toLowerCase();
    if (normalized === 'false') return false;
    if (normalized === 'true') return true;
  }
  return null;
}

function types(node: JsonObject): string[] {
  return asArray(node['@type']).filter((type): type is string => typeof type === 'string');
}

/** JSON as pages actually publish it: HTML comments, CDATA wrappers, raw newlines inside strings. */
function parseLenient(source: string): unknown {
  const trimmed = source
    .trim()
    .replace(/^<!--|-->$/g, '')
    .replace(/^\s*\/\/\s*<!\[CDATA\[|\/\/\s*\]\]>\s*$/g, '')
    .trim()
    .replace(/;$/, '');
  try {
    return JSON.parse(trimmed);
  } catch {
    try {
      return JSON.parse(trimmed.replace(/[\u0000-\u001f]+/g, ' '));
    } catch {
      return undefined;
    }
  }
}

/** Every object in the JSON-LD blocks, breadth first, through arrays, `@graph` and nested values. */
function allNodes(sources: readonly string[]): JsonObject[] {
  const queue = sources.map((source) => ({ value: parseLenient(source), depth: 0 }));
  const nodes: JsonObject[] = [];
  while (queue.length > 0 && nodes.length < MAX_NODES) {
    const { value, depth } = queue.shift() ?? { value: undefined, depth: 0 };
    if (depth > MAX_DEPTH) continue;
    if (Array.isArray(value)) {
      for (const item of value) queue.push({ value: item, depth: depth + 1 });
      continue;
    }
    const object = asObject(value);
    if (object === null) continue;
    nodes.push(object);
    for (const [key, child] of Object.entries(object)) {
      if (key !== 'articleBody' && typeof child === 'object' && child !== null) {
        queue.push({ value: child, depth: depth + 1 });
      }
    }
  }
  return nodes;
}

/** The article facts declared in a page's `<script type="application/ld+json">` blocks. */
export function readJsonLd(sources: readonly string[]): JsonLdArticle {
  const nodes = allNodes(sources);
  const articles = nodes.filter((node) => types(node).some((type) => ARTICLE_TYPE.test(type)));
  // Prefer the article with a body, then the first declared; fall back to any node for page-level facts.
  const article = articles.find((node) => text(node['articleBody']) !== null) ?? articles[0] ?? null;
  const pick = <T>(read: (node: JsonObject) => T | null): T | null => {
    for (const node of article === null ? nodes : [article, ...nodes]) {
      const value = read(node);
      if (value !== null) return value;
    }
    return null;
  };
  const pickFromArticle = <T>(read: (node: JsonObject) => T | null): T | null =>
    article === null ? null : read(article);

  const paywallFlags = nodes.map((node) => freeFlag(node['isAccessibleForFree'])).filter((flag) => flag !== null);
  const wordCount = pickFromArticle((node) => {
    const count = Number(text(node['wordCount']));
    return Number.isFinite(count) && count > 0 ? count : null;
  });

  return {
    headline: pickFromArticle((node) => text(node['headline']) ?? text(node['name'])),
    authors: article === null ? [] : names(article['author']),
    publisher: pickFromArticle((node) => text(asObject(asArray(node['publisher'])[0])?.['name'])),
    datePublished: pick((node) => text(node['datePublished'])),
    dateModified: pick((node) => text(node['dateModified'])),
    articleBody: pickFromArticle((node) => text(node['articleBody'])),
    url: pickFromArticle((node) => urlOf(node['url']) ?? urlOf(node['mainEntityOfPage'])),
    inLanguage: pick((node) => text(node['inLanguage'])),
    wordCount,
    accessibleForFree: paywallFlags.length === 0 ? null : !paywallFlags.includes(false),
  };
}
