import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { z } from 'zod';
import { UserFacingError } from '../errors';

export interface PdfTextOptions {
  /** Pages read from the start of the document; the rest is ignored and the result marked truncated. */
  maxPages: number;
  /** Milliseconds the parser may run before it is stopped. */
  timeoutMs: number;
  /** Heap the parser may use, in MB; a PDF that needs more is refused rather than exhausting the process. */
  maxMemoryMb: number;
}

export const DEFAULT_PDF_TEXT_OPTIONS: PdfTextOptions = { maxPages: 50, timeoutMs: 20_000, maxMemoryMb: 256 };

export interface PdfText {
  /** Paragraphs separated by one blank line. */
  text: string;
  /** Document title from the PDF metadata, if any. */
  title: string | null;
  pageCount: number;
  /** True when pages beyond `maxPages` were left unread. */
  truncated: boolean;
}

export class PdfUnreadableError extends UserFacingError {
  readonly code = 'pdf_unreadable';
  readonly userMessage =
    "I couldn't read that PDF: it may be damaged, password-protected or too complex. Try pasting its text instead.";
}

export class PdfWithoutTextError extends UserFacingError {
  readonly code = 'pdf_without_text';
  readonly userMessage =
    'That PDF has no selectable text (it looks like a scanned image), so I can’t read it. Paste the text instead.';
}

/** One text run as pdf.js reports it: baseline `y` grows upwards, `eol` marks the end of a line. */
const PdfTextItemSchema = z.object({ text: z.string(), y: z.number(), height: z.number(), eol: z.boolean() });
export type PdfTextItem = z.infer<typeof PdfTextItemSchema>;

const WorkerResultSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), pageCount: z.number(), title: z.string().nullable(), pages: z.array(z.array(PdfTextItemSchema)) }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);

/*
 * unpdf is ESM-only at heart (even its CommonJS entry does `import('unpdf/pdfjs')`), which jest's CommonJS runtime
 * cannot execute without --experimental-vm-modules. Parsing runs in a worker thread instead: plain Node loads unpdf
 * there the same way under jest and in compiled `node dist/...` code, and the worker gives what an untrusted PDF
 * needs anyway: a heap limit, a hard stop on timeout, and an event loop the parser cannot block.
 *
 * The worker source is plain JavaScript so neither TypeScript nor ts-jest rewrites its `import()` into `require()`.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
(async () => {
  const { getDocumentProxy } = await import(workerData.unpdfUrl);
  const pdf = await getDocumentProxy(new Uint8Array(workerData.bytes), { verbosity: 0 });
  const pages = [];
  for (let number = 1; number <= Math.min(pdf.numPages, workerData.maxPages); number++) {
    const page = await pdf.getPage(number);
    const content = await page.getTextContent();
    pages.push(content.items.filter((item) => 'str' in item).map((item) => ({
      text: item.str, y: item.transform[5], height: item.height, eol: item.hasEOL,
    })));
    page.cleanup();
  }
  const metadata = await pdf.getMetadata().catch(() => null);
  const title = typeof metadata?.info?.Title === 'string' && metadata.info.Title.trim() !== '' ? metadata.info.Title.trim() : null;
  const pageCount = pdf.numPages;
  await pdf.destroy();
  parentPort.postMessage({ ok: true, pageCount, title, pages });
})().catch((error) => parentPort.postMessage({ ok: false, error: String(error && error.message || error) }));
`;

/** Extracts the text of a PDF, paragraphs separated by blank lines. */
export async function extractPdfText(bytes: Uint8Array, options: PdfTextOptions, signal?: AbortSignal): Promise<PdfText> {
  signal?.throwIfAborted();
  // A fresh copy of exactly these bytes: a Buffer's `.buffer` can be Node's shared pool, which must not be transferred.
  const copy = new Uint8Array(bytes.byteLength);
  copy.set(bytes);
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: { bytes: copy.buffer, maxPages: options.maxPages, unpdfUrl: pathToFileURL(require.resolve('unpdf')).href },
    transferList: [copy.buffer],
    resourceLimits: { maxOldGenerationSizeMb: options.maxMemoryMb },
  });
  const result = await new Promise<unknown>((resolve, reject) => {
    const timer = setTimeout(() => reject(new PdfUnreadableError(`PDF parsing exceeded ${options.timeoutMs} ms`)), options.timeoutMs);
    const onAbort = () => reject(signal?.reason);
    signal?.addEventListener('abort', onAbort, { once: true });
    const settle = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    };
    worker.once('message', (message: unknown) => {
      settle();
      resolve(message);
    });
    worker.once('error', (error) => {
      settle();
      reject(new PdfUnreadableError(`PDF worker failed: ${error.message}`, { cause: error }));
    });
    worker.once('exit', (exitCode) => {
      settle();
      reject(new PdfUnreadableError(`PDF worker exited with code ${exitCode}`));
    });
  }).finally(() => worker.terminate());

  const parsed = WorkerResultSchema.parse(result);
  if (!parsed.ok) throw new PdfUnreadableError(`PDF could not be parsed: ${parsed.error}`);
  const text = pdfPagesToText(parsed.pages);
  if (text === '') throw new PdfWithoutTextError(`no text in ${parsed.pageCount} page(s)`);
  return { text, title: parsed.title, pageCount: parsed.pageCount, truncated: parsed.pageCount > parsed.pages.length };
}

interface Line {
  text: string;
  y: number;
}

/**
 * Rebuilds paragraphs from positioned text runs: runs on one baseline form a line; a vertical gap clearly larger than
 * the page's usual line spacing, a jump upwards (new column) or a new page starts a paragraph.
 */
export function pdfPagesToText(pages: PdfTextItem[][]): string {
  const paragraphs: string[] = [];
  for (const items of pages) {
    const lines = linesOf(items);
    const spacing = typicalLineSpacing(lines);
    let paragraph = '';
    let previous: Line | undefined;
    for (const line of lines) {
      const gap = previous ? previous.y - line.y : 0;
      if (previous !== undefined && (gap <= 0 || gap > spacing * 1.3)) {
        paragraphs.push(paragraph);
        paragraph = '';
      }
      paragraph = joinLines(paragraph, line.text);
      previous = line;
    }
    if (paragraph !== '') paragraphs.push(paragraph);
  }
  return paragraphs.join('\n\n');
}

function linesOf(items: PdfTextItem[]): Line[] {
  const lines: Line[] = [];
  let current: { parts: string[]; y: number; height: number } | undefined;
  const finish = () => {
    const text = current?.parts.join('').replace(/\s+/g, ' ').trim();
    // pdf.js reports line breaks as empty runs too; blank lines carry no information that the gaps do not.
    if (current && text) lines.push({ text, y: current.y });
    current = undefined;
  };
  for (const item of items) {
    if (current && Math.abs(item.y - current.y) > Math.max(current.height, item.height, 1) / 2) finish();
    current ??= { parts: [], y: item.y, height: item.height };
    current.parts.push(item.text);
    current.height = Math.max(current.height, item.height);
    if (item.eol) finish();
  }
  finish();
  return lines;
}

function typicalLineSpacing(lines: Line[]): number {
  const gaps: number[] = [];
  for (let index = 1; index < lines.length; index++) {
    const gap = (lines[index - 1]?.y ?? 0) - (lines[index]?.y ?? 0);
    if (gap > 0) gaps.push(gap);
  }
  gaps.sort((a, b) => a - b);
  // Lower quartile, not median: in text of short paragraphs, paragraph gaps can be half of all gaps.
  return gaps[Math.floor(gaps.length / 4)] ?? Number.POSITIVE_INFINITY;
}

/** Joins a wrapped line, undoing end-of-line hyphenation ("inter-" + "national" → "international"). */
function joinLines(paragraph: string, line: string): string {
  if (paragraph === '') return line;
  if (/\p{Ll}-$/u.test(paragraph) && /^\p{Ll}/u.test(line)) return paragraph.slice(0, -1) + line;
  return `${paragraph} ${line}`;
}
