import fc from 'fast-check';
import { nonWhitespaceLength, whitespaceTokenCount } from '../../../src/article/extract/text';

/** Every code unit JavaScript's \s matches, a few it does not (zero-width space, soft hyphen, U+180E), and text. */
const CHARACTERS = [
  ...'\t\n\v\f\r \u00a0\u1680\u2000\u2005\u200a\u2028\u2029\u202f\u205f\u3000\ufeff',
  ...'\u200b\u00ad\u180e\u0085',
  ...'ab.,’-1é',
  '\ud83d',
  '\ude00',
];
const text = fc.array(fc.constantFrom(...CHARACTERS), { maxLength: 40 }).map((characters) => characters.join(''));

describe('allocation-free whitespace counts', () => {
  it('count the tokens split(/\\s+/) finds', () => {
    fc.assert(
      fc.property(text, (value) => {
        expect(whitespaceTokenCount(value)).toBe(value.split(/\s+/).filter((word) => word !== '').length);
      }),
      { numRuns: 5_000 },
    );
  });

  it('count the characters replace(/\\s+/g, "") keeps', () => {
    fc.assert(
      fc.property(text, (value) => {
        expect(nonWhitespaceLength(value)).toBe(value.replace(/\s+/g, '').length);
      }),
      { numRuns: 5_000 },
    );
  });

  it('agree with the regular expressions on every code unit', () => {
    const disagreements: number[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      const character = String.fromCharCode(code);
      if (nonWhitespaceLength(character) !== character.replace(/\s+/g, '').length) disagreements.push(code);
    }
    expect(disagreements).toEqual([]);
  });
});
