import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  DEFAULT_PDF_TEXT_OPTIONS,
  extractPdfText,
  pdfPagesToText,
  PdfUnreadableError,
  PdfWithoutTextError,
  type PdfTextItem,
} from '../../src/article/pdf';
import { buildPdf } from './fetch/support/minimalPdf';

const SAMPLE_PDF = readFileSync(path.join(__dirname, '../fixtures/fetch/sample.pdf'));

describe('extractPdfText', () => {
  it('returns the text as paragraphs separated by blank lines, with the document title', async () => {
    const pdf = await extractPdfText(SAMPLE_PDF, DEFAULT_PDF_TEXT_OPTIONS);
    expect(pdf).toEqual({
      text: [
        'The port authority announced on Monday that the harbour will reopen to container traffic next week, after three weeks of repairs.',
        'Officials said the damage to the northern quay was worse than first expected, but that engineers had worked through the night.',
        'Shipping companies welcomed the decision. A spokesperson for the largest operator said schedules would return to normal by the end of the month.',
      ].join('\n\n'),
      title: 'Harbour to reopen next week',
      pageCount: 2,
      truncated: false,
    });
  });

  it('reads no more than the page cap and says the text is truncated', async () => {
    const pages = Array.from({ length: 8 }, (_, page) => [[`Text of page ${page + 1}.`]]);
    const pdf = await extractPdfText(buildPdf(pages), { ...DEFAULT_PDF_TEXT_OPTIONS, maxPages: 3 });
    expect(pdf.text).toBe('Text of page 1.\n\nText of page 2.\n\nText of page 3.');
    expect(pdf).toMatchObject({ pageCount: 8, truncated: true, title: null });
  });

  it('refuses bytes that are not a PDF', async () => {
    const error = await extractPdfText(Buffer.from('%PDF-1.4\nnot really a pdf'), DEFAULT_PDF_TEXT_OPTIONS).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PdfUnreadableError);
    expect((error as PdfUnreadableError).userMessage).toMatch(/couldn't read that PDF/);
  });

  it('refuses a PDF without any text, as a scanned document would be', async () => {
    const error = await extractPdfText(buildPdf([[]]), DEFAULT_PDF_TEXT_OPTIONS).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PdfWithoutTextError);
  });

  it('stops a parse that exceeds its time limit', async () => {
    const error = await extractPdfText(SAMPLE_PDF, { ...DEFAULT_PDF_TEXT_OPTIONS, timeoutMs: 1 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PdfUnreadableError);
  });

  it('stops when the job is cancelled', async () => {
    const controller = new AbortController();
    const parsing = extractPdfText(SAMPLE_PDF, DEFAULT_PDF_TEXT_OPTIONS, controller.signal);
    controller.abort(new Error('job cancelled'));
    await expect(parsing).rejects.toThrow('job cancelled');
  });
});

describe('pdfPagesToText', () => {
  const line = (text: string, y: number, eol = true): PdfTextItem => ({ text, y, height: 10, eol });

  it('joins wrapped lines and splits paragraphs at the larger gaps', () => {
    const page = [line('First line', 700), line('continues here.', 688), line('Second paragraph.', 664), line('Its end.', 652)];
    expect(pdfPagesToText([page])).toBe('First line continues here.\n\nSecond paragraph. Its end.');
  });

  it('puts runs on one baseline on one line, and ignores the empty runs pdf.js emits at line ends', () => {
    const page = [line('Half ', 700, false), line('and half', 700, false), line('', 700, true), line('next line.', 688)];
    expect(pdfPagesToText([page])).toBe('Half and half next line.');
  });

  it('undoes end-of-line hyphenation but keeps real hyphens', () => {
    const page = [line('an inter-', 700), line('national deal with a well-', 688), line('Known partner', 676)];
    expect(pdfPagesToText([page])).toBe('an international deal with a well- Known partner');
  });

  it('starts a paragraph when text jumps back up the page (a new column) and at each page', () => {
    const firstPage = [line('Column one ends.', 300), line('Column two starts.', 700)];
    const secondPage = [line('Page two.', 700)];
    expect(pdfPagesToText([firstPage, secondPage])).toBe('Column one ends.\n\nColumn two starts.\n\nPage two.');
  });
});
