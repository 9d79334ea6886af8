import { tokenize } from '../../../src/summarize/offline/tokens';

const kinds = (sentence: string) => tokenize(sentence).map((token) => `${token.text}:${token.kind}`);

describe('tokenize', () => {
  it('splits a possessive "’s" from its word', () => {
    expect(kinds('Apple’s card')).toEqual(['Apple:word', '’s:possessive', 'card:word']);
  });

  it('reads a bare apostrophe after a word in s as a possessive', () => {
    expect(kinds('in James’ hands')).toEqual(['in:word', 'James:word', '’:possessive', 'hands:word']);
    expect(kinds("the Lakers' lead")).toEqual(['the:word', 'Lakers:word', "':possessive", 'lead:word']);
  });

  it('leaves a closing quote that follows punctuation, or opens a word, as punctuation', () => {
    expect(kinds("said, 'Congratulations,' and")).toEqual(['said:word', ',:punct', "':punct", 'Congratulations:word', ',:punct', "':punct", 'and:word']);
  });
});
