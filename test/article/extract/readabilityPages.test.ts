import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { extractArticle, NoArticleError, type ExtractedArticle } from '../../../src/article/extract';

/** The real pages of Mozilla Readability's test suite, copied with the metadata it expects of them. */
const FIXTURES = path.resolve(__dirname, '../../fixtures/readability');
const expectedMetadataSchema = z.object({ title: z.string().nullable().optional(), readerable: z.boolean().optional() });

const pages = fs
  .readdirSync(FIXTURES)
  .sort()
  .map((name) => ({
    name,
    html: fs.readFileSync(path.join(FIXTURES, name, 'source.html'), 'utf8'),
    expected: expectedMetadataSchema.parse(JSON.parse(fs.readFileSync(path.join(FIXTURES, name, 'expected-metadata.json'), 'utf8'))),
  }));

function extract(html: string): ExtractedArticle | NoArticleError {
  try {
    return extractArticle(html, { url: 'http://fakehost/test/page.html' });
  } catch (error) {
    if (error instanceof NoArticleError) return error;
    throw error;
  }
}

describe('Mozilla Readability’s test pages', () => {
  it('are all there', () => {
    expect(pages.length).toBeGreaterThanOrEqual(40);
  });

  describe.each(pages)('$name', ({ name, html, expected }) => {
    const result = extract(html);

    it('yields an article with text in blank-line separated paragraphs, or a NoArticleError', () => {
      if (result instanceof NoArticleError) {
        expect(expected.readerable).toBe(false);
        return;
      }
      expect(result.wordCount).toBeGreaterThan(0);
      // Code samples on these pages show markup as text, so only the paragraph layout is checked here.
      expect(result.text).not.toMatch(/^\s|\s$|\n{3,}|[ \t]\n|\n[ \t]/);
    });

    if (typeof expected.title === 'string' && expected.title !== '') {
      it('finds the title Readability’s tests expect', () => {
        expect(result).not.toBeInstanceOf(NoArticleError);
        expect((result as ExtractedArticle).title).toBe(expected.title);
      });
    }

    if (name === 'hidden-nodes') {
      it('leaves out the paragraphs hidden by display:none and the hidden attribute', () => {
        const paragraphs = (result as ExtractedArticle).text.split('\n\n');
        expect(paragraphs).toHaveLength(3);
        expect(paragraphs.slice(1)).toEqual(['Secondary header', 'Third header']);
      });
    }

    if (name === 'visibility-hidden') {
      it('leaves out the block hidden by visibility:hidden', () => {
        const { text } = result as ExtractedArticle;
        expect(text).toContain('Tempor incididunt ut labore');
        expect(text).not.toContain('consectetur adipisicing elit');
      });
    }
  });
});
