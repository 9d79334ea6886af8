/// <reference lib="dom" />
import type { PageInventory } from './inventory';
import type { JsonLdArticle } from './jsonld';
import { normalizeWhitespace } from './text';

/** What the page declares about itself in `<head>`, microdata and JSON-LD, before any content is removed. */
export interface PageMetadata {
  title: string | null;
  byline: string | null;
  siteName: string | null;
  publishedAt: string | null;
  canonicalUrl: string | null;
  lang: string | null;
  /** False when microdata declares the content paywalled (`itemprop="isAccessibleForFree" content="false"`). */
  microdataAccessibleForFree: boolean | null;
}

function first(...values: Array<string | null | undefined>): string | null {
  for (const value of values) {
    if (value !== null && value !== undefined && value.trim() !== '') return normalizeWhitespace(value);
  }
  return null;
}

const ISO_8601 = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?)?$/;

/** ISO 8601 as declared when it already is; otherwise whatever `Date` can read, in UTC; null when unreadable. */
export function toIsoDate(value: string | null): string | null {
  if (value === null) return null;
  const trimmed = value.trim();
  if (ISO_8601.test(trimmed)) return trimmed.replace(' ', 'T');
  const time = Date.parse(trimmed);
  if (Number.isNaN(time)) return null;
  const year = new Date(time).getUTCFullYear();
  return year >= 1900 && year <= 2200 ? new Date(time).toISOString() : null;
}

function absoluteHttpUrl(value: string | null, base: string): string | null {
  if (value === null) return null;
  try {
    const url = new URL(value.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

const LANGUAGE_TAG = /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i;

/** A BCP 47 tag from `en`, `en-US`, `en_US` or `EN`; null for anything else. */
export function toLanguageTag(value: string | null): string | null {
  if (value === null) return null;
  const candidate = value.split(/[,;]/)[0]?.trim().replace(/_/g, '-') ?? '';
  if (!LANGUAGE_TAG.test(candidate)) return null;
  const [language = '', ...subtags] = candidate.split('-');
  return [language.toLowerCase(), ...subtags.map((tag) => (tag.length === 2 ? tag.toUpperCase() : tag))].join('-');
}

export function readMetadata(
  document: Document,
  inventory: PageInventory,
  jsonLd: JsonLdArticle,
  pageUrl: string,
): PageMetadata {
  const meta = inventory.metaTags;
  const base = absoluteHttpUrl(inventory.baseHref, pageUrl) ?? pageUrl;

  const published = first(
    meta.get('article:published_time'),
    jsonLd.datePublished,
    meta.get('datepublished'),
    inventory.itempropDates.get('datepublished'),
    meta.get('og:published_time'),
    meta.get('pubdate'),
    meta.get('publishdate'),
    meta.get('publish-date'),
    meta.get('parsely-pub-date'),
    meta.get('sailthru.date'),
    meta.get('dc.date.issued'),
    meta.get('dcterms.created'),
    meta.get('dc.date'),
    meta.get('date'),
  );
  const updated = first(
    meta.get('article:modified_time'),
    jsonLd.dateModified,
    meta.get('datemodified'),
    inventory.itempropDates.get('datemodified'),
    meta.get('og:updated_time'),
    meta.get('dcterms.modified'),
    meta.get('last-modified'),
  );

  const microdataFree = meta.get('isaccessibleforfree')?.toLowerCase();

  return {
    title: first(meta.get('og:title'), meta.get('twitter:title'), jsonLd.headline, document.title),
    byline: first(meta.get('author'), jsonLd.authors.join(', '), meta.get('article:author'), meta.get('dc.creator')),
    siteName: first(meta.get('og:site_name'), jsonLd.publisher, meta.get('application-name')),
    publishedAt: toIsoDate(published) ?? toIsoDate(updated),
    canonicalUrl:
      absoluteHttpUrl(inventory.canonicalHref, base) ?? absoluteHttpUrl(first(meta.get('og:url'), jsonLd.url), base),
    lang: toLanguageTag(
      first(
        document.documentElement.getAttribute('lang'),
        document.documentElement.getAttribute('xml:lang'),
        meta.get('content-language'),
        jsonLd.inLanguage,
        meta.get('og:locale'),
      ),
    ),
    microdataAccessibleForFree: microdataFree === 'false' ? false : microdataFree === 'true' ? true : null,
  };
}
