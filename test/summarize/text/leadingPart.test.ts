import { leadingPart } from '../../../src/summarize/text/leadingPart';

const paragraph = (n: number) => `Paragraph ${n} opens here. It has a second sentence about the council budget.`;

describe('leadingPart', () => {
  it('keeps a text that fits whole', () => {
    expect(leadingPart('Short article. Two sentences.', 100)).toEqual({ text: 'Short article. Two sentences.', omittedWords: 0 });
  });

  it('cuts a long text after the last whole paragraph that fits and counts the words left out', () => {
    const text = [1, 2, 3, 4, 5].map(paragraph).join('\n\n');
    const part = leadingPart(text, paragraph(1).length * 3 + 10);
    expect(part.text).toBe([1, 2, 3].map(paragraph).join('\n\n'));
    expect(part.omittedWords).toBe(2 * paragraph(1).split(' ').length);
  });

  it('cuts after the last whole sentence when one paragraph is longer than the limit', () => {
    const text = [1, 2, 3].map(paragraph).join(' ');
    const part = leadingPart(text, paragraph(1).length * 2 + 10);
    expect(part.text).toBe([1, 2].map(paragraph).join(' '));
    expect(part.omittedWords).toBeGreaterThan(0);
  });

  it('cuts at a word boundary in text without sentences', () => {
    const text = 'word '.repeat(1000).trim();
    const part = leadingPart(text, 99);
    expect(part.text.length).toBeLessThanOrEqual(99);
    expect(part.text).toMatch(/^(word )*word$/);
    expect(part.omittedWords + part.text.split(' ').length).toBe(1000);
  });
});
