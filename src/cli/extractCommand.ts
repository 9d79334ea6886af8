import { loadArticle } from '../article/loadArticle';
import type { Article } from '../article/types';
import type { CliConfig } from '../config';
import { isUserFacingError } from '../errors';
import { fetchOptionsFrom, pdfOptionsFrom } from '../summarize/pipelineDeps';
import type { CliIo } from './main';
import { isLink, readInputFile } from './inputs';
import { loadLocalArticle } from './localArticle';

export interface ExtractRecord {
  input: string;
  url: string | null;
  canonicalUrl: string | null;
  title: string | null;
  byline: string | null;
  siteName: string | null;
  publishedAt: string | null;
  lang: string | null;
  text: string | null;
  wordCount: number | null;
  partial: boolean | null;
  error: string | null;
}

/** `newsbot extract <file-or-url>...`: each input on its own; one failing input does not stop the batch. */
export async function extractCommand(
  inputs: string[],
  options: { json: boolean; url: string | undefined },
  config: CliConfig,
  io: CliIo,
): Promise<number> {
  if (inputs.length === 0) {
    io.stderr.write('newsbot extract: give at least one file or URL\n');
    return 2;
  }
  const fetch = fetchOptionsFrom(config.fetch);
  const pdf = pdfOptionsFrom(config.fetch);
  let failures = 0;
  for (const input of inputs) {
    const link = isLink(input);
    const record = await extractOne(input, link ? input : options.url, () =>
      link ? loadArticle(input, { fetch, pdf }) : readInputFile(input).then((bytes) => loadLocalArticle(input, bytes, options.url, pdf)),
    );
    if (record.error !== null) failures += 1;
    io.stdout.write(options.json ? `${JSON.stringify(record)}\n` : asText(record));
  }
  return failures === 0 ? 0 : 1;
}

async function extractOne(input: string, url: string | undefined, load: () => Promise<Article>): Promise<ExtractRecord> {
  try {
    const article = await load();
    return {
      input,
      url: article.finalUrl ?? url ?? null,
      canonicalUrl: article.canonicalUrl,
      title: article.title,
      byline: article.byline,
      siteName: article.siteName,
      publishedAt: article.publishedAt,
      lang: article.lang,
      text: article.text,
      wordCount: article.wordCount,
      partial: article.partial,
      error: null,
    };
  } catch (error) {
    const message = isUserFacingError(error) ? error.userMessage : error instanceof Error ? error.message : String(error);
    return {
      input,
      url: url ?? null,
      canonicalUrl: null,
      title: null,
      byline: null,
      siteName: null,
      publishedAt: null,
      lang: null,
      text: null,
      wordCount: null,
      partial: null,
      error: message,
    };
  }
}

function asText(record: ExtractRecord): string {
  if (record.error !== null) return `== ${record.input}\nerror: ${record.error}\n\n`;
  const facts = [record.siteName, record.byline, record.publishedAt, `${record.wordCount} words`, record.partial ? 'partial' : null]
    .filter(Boolean)
    .join(' · ');
  return `== ${record.input}\n${record.title ?? '(no title)'}\n${facts}\n\n${record.text}\n\n`;
}
