import { articleFromPastedText, normalizeDocumentText } from '../../src/article/bareText';
import { normalizePastedText, stripSlackFormatting } from '../../src/slack/pastedText';

describe('normalizePastedText', () => {
  describe('Slack formatting', () => {
    it.each([
      ['*bold* words', 'bold words'],
      ['some _italic_ words', 'some italic words'],
      ['a ~struck~ word', 'a struck word'],
      ['several *bold words* in a row', 'several bold words in a row'],
      ['at the end of a *sentence*.', 'at the end of a sentence.'],
      ['(in _brackets_)', '(in brackets)'],
      ['"quoted *strong*"', '"quoted strong"'],
      ['*_bold italic_*', 'bold italic'],
      ['**Markdown bold**', 'Markdown bold'],
      ['*a* and *b*', 'a and b'],
      ['run `npm ci` first', 'run npm ci first'],
      ['inline ```fenced code``` here', 'inline fenced code here'],
    ])('%p → %p', (input, expected) => {
      expect(normalizePastedText(input)).toBe(expected);
    });

    it.each([
      'snake_case_names and other_identifiers_here',
      '2*3 is 6 and 2*3*4 is 24',
      'a * b * c',
      'a > b and c < d',
      'roughly ~5 km, or ~6',
      '* a bullet',
      'https://example.com/path_with_underscores_/x',
      'an email like first_last@example.com and another_one@example.com',
      'price: $5 * 3',
      '_unterminated italic',
    ])('leaves ordinary text alone: %p', (input) => {
      expect(normalizePastedText(input)).toBe(input);
    });

    it('removes code fences on their own lines without merging or splitting paragraphs', () => {
      const pasted = 'The statement read:\n\n```\nWe will reopen the port on Monday.\n```\n\nOfficials confirmed it.';
      expect(normalizePastedText(pasted)).toBe('The statement read:\n\nWe will reopen the port on Monday.\n\nOfficials confirmed it.');
    });

    it('removes quote markers at line starts, as > or as Slack’s &gt; entity, and block quotes >>>', () => {
      expect(normalizePastedText('> First quoted paragraph.\n>\n> Second quoted paragraph.')).toBe(
        'First quoted paragraph.\n\nSecond quoted paragraph.',
      );
      expect(normalizePastedText('&gt; Quoted as delivered.\n&gt; Next line.')).toBe('Quoted as delivered.\n\nNext line.');
      expect(normalizePastedText('>>> A whole block\nquoted at once.')).toBe('A whole block\n\nquoted at once.');
      expect(normalizePastedText('  >indented marker')).toBe('indented marker');
    });

    it('keeps a > that does not start a line', () => {
      expect(normalizePastedText('Growth > 5% this year.\nTemperatures > 40 °C.')).toBe('Growth > 5% this year.\n\nTemperatures > 40 °C.');
    });
  });

  describe('characters', () => {
    it('turns CRLF and CR line ends into paragraphs like LF', () => {
      expect(normalizePastedText('First line.\r\nSecond line.\rThird line.')).toBe('First line.\n\nSecond line.\n\nThird line.');
      expect(normalizePastedText('One paragraph\r\nwrapped.\r\n\r\nAnother.')).toBe('One paragraph wrapped.\n\nAnother.');
    });

    it('makes non-breaking and other wide spaces plain, and collapses runs of spaces', () => {
      expect(normalizePastedText('Prime\u00A0Minister\u2009said\u202Fit \t\t twice')).toBe('Prime Minister said it twice');
    });

    it('removes zero-width characters, byte-order marks and soft hyphens', () => {
      expect(normalizePastedText('\uFEFFzero\u200Bwidth\u200C join\u200Ders\u2060 and soft\u00ADhyphen')).toBe('zerowidth joiners and softhyphen');
    });

    it('finds a marker hidden behind a zero-width space', () => {
      expect(normalizePastedText('\u200B*bold*')).toBe('bold');
    });
  });

  describe('paragraphs', () => {
    it('keeps blank-line separated paragraphs and joins the hard-wrapped lines inside each', () => {
      const pasted = 'The port authority said on Monday\nthat the harbour will reopen.\n\n\n  Shipping companies\n welcomed it.  \n';
      expect(normalizePastedText(pasted)).toBe('The port authority said on Monday that the harbour will reopen.\n\nShipping companies welcomed it.');
    });

    it('treats a line of spaces as a blank line', () => {
      expect(normalizePastedText('One.\n   \nTwo.')).toBe('One.\n\nTwo.');
    });

    it('makes each line a paragraph when the text has no blank line at all (chat clients collapse them)', () => {
      expect(normalizePastedText('First paragraph.\nSecond paragraph.\nThird.')).toBe('First paragraph.\n\nSecond paragraph.\n\nThird.');
    });

    it('returns an empty string for whitespace, invisible characters and bare markup', () => {
      expect(normalizePastedText(' \n\u200B\r\n\u00A0\t')).toBe('');
      expect(normalizePastedText('```\n```')).toBe('');
    });
  });

  it('gives a pasted article its normalised text and word count', () => {
    const article = articleFromPastedText(normalizePastedText('*Breaking:* the council _approved_ the plan.\r\n\r\n> It passed 7–2.'));
    expect(article).toMatchObject({ kind: 'pasted', url: null, text: 'Breaking: the council approved the plan.\n\nIt passed 7–2.', wordCount: 10 });
  });
});

describe('articleFromPastedText', () => {
  it('lays text out without touching markup characters: the Slack layer removes Slack formatting, the CLI has none', () => {
    expect(articleFromPastedText('Growth *was* 2*3 points.\r\nIt _rose_.').text).toBe('Growth *was* 2*3 points.\n\nIt _rose_.');
  });
});

describe('normalizeDocumentText', () => {
  it('lays out a document like pasted text but keeps its markup characters: they are text there', () => {
    const document = '*Corresponding author\r\nsee _Notes_ below\n\n> not a quote\u00A0here';
    expect(normalizeDocumentText(document)).toBe('*Corresponding author see _Notes_ below\n\n> not a quote here');
  });
});

describe('stripSlackFormatting', () => {
  it('keeps line structure, so the layout that follows still sees paragraphs', () => {
    expect(stripSlackFormatting('*Title*\n\n> quoted\nplain')).toBe('Title\n\nquoted\nplain');
  });
});
