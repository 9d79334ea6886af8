import { splitSentences } from '../../../src/summarize/text/sentences';

const texts = (text: string) => splitSentences(text).map((sentence) => sentence.text);

describe('splitSentences', () => {
  it('numbers sentences 0..n-1 in order and records the blank-line-separated paragraph of each', () => {
    const sentences = splitSentences('First one. Second one.\n\nThird one!\n\n\n  \nFourth one?');
    expect(sentences).toEqual([
      { id: 0, text: 'First one.', paragraph: 0 },
      { id: 1, text: 'Second one.', paragraph: 0 },
      { id: 2, text: 'Third one!', paragraph: 1 },
      { id: 3, text: 'Fourth one?', paragraph: 2 },
    ]);
  });

  it('returns nothing for blank text', () => {
    expect(splitSentences('  \n\n \n')).toEqual([]);
  });

  it('does not split after titles and initials', () => {
    expect(texts('The Rt. Hon. Jane Doe spoke first. Others followed.')).toEqual(['The Rt. Hon. Jane Doe spoke first.', 'Others followed.']);
    expect(texts('A report by E! News said so. Wow! It worked.')).toEqual(['A report by E! News said so.', 'Wow!', 'It worked.']);
    expect(texts('Dr. Smith met Mr. Jones and Prof. J. R. R. Tolkien. They talked.')).toEqual([
      'Dr. Smith met Mr. Jones and Prof. J. R. R. Tolkien.',
      'They talked.',
    ]);
  });

  it('keeps dotted acronyms inside a sentence but ends a sentence on one when a new sentence clearly starts', () => {
    expect(texts('U.S. President Joe Biden spoke. He moved to the U.S. The move was quick.')).toEqual([
      'U.S. President Joe Biden spoke.',
      'He moved to the U.S.',
      'The move was quick.',
    ]);
  });

  it('treats company suffixes and times the same way', () => {
    expect(texts('Shares of Apple Inc. rose at 9 a.m. Tuesday. They fell at 4 p.m. The day ended.')).toEqual([
      'Shares of Apple Inc. rose at 9 a.m. Tuesday.',
      'They fell at 4 p.m.',
      'The day ended.',
    ]);
  });

  it('never splits dates written with abbreviated months, with or without a space', () => {
    expect(texts('The war ran from Sept.27 through early Nov.2020 and ended on Nov. 10. Peace followed.')).toEqual([
      'The war ran from Sept.27 through early Nov.2020 and ended on Nov. 10.',
      'Peace followed.',
    ]);
  });

  it('never splits decimals and amounts', () => {
    expect(texts('The deal is worth $4.2 billion, or 4.2 times sales. It closes soon.')).toEqual([
      'The deal is worth $4.2 billion, or 4.2 times sales.',
      'It closes soon.',
    ]);
  });

  it('keeps a closing quote after the period with its sentence', () => {
    expect(texts('"This is the missing piece." She smiled. He said: “It is done.” Then he left.')).toEqual([
      '"This is the missing piece."',
      'She smiled.',
      'He said: “It is done.”',
      'Then he left.',
    ]);
  });

  it('does not split a question or exclamation followed by its attribution', () => {
    expect(texts('"Why now?" she asked. "Go!" he shouted.')).toEqual(['"Why now?" she asked.', '"Go!" he shouted.']);
  });

  it('does not split inside an ellipsis or after one that marks an omission', () => {
    expect(texts('"We will fight… We will win," he said. He paused... Then nothing.')).toEqual([
      '"We will fight… We will win," he said.',
      'He paused... Then nothing.',
    ]);
  });

  it('keeps a numbered reference together', () => {
    expect(texts('He wore No. 9 for the club. Fans cheered.')).toEqual(['He wore No. 9 for the club.', 'Fans cheered.']);
  });

  it('keeps a dateline with the first sentence', () => {
    expect(texts('BAKU, Dec. 22 (Trend) — A delegation visited Iran. Talks followed.')).toEqual([
      'BAKU, Dec. 22 (Trend) — A delegation visited Iran.',
      'Talks followed.',
    ]);
  });

  it('separates a heading line from the prose below it but joins lines that only wrap prose', () => {
    expect(texts('Key points\nThe court ruled on\nThursday. Appeals follow.')).toEqual([
      'Key points',
      'The court ruled on Thursday.',
      'Appeals follow.',
    ]);
  });
});
