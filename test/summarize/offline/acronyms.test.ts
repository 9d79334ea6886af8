import { lowercaseAcronyms, standaloneAcronyms } from '../../../src/summarize/offline/acronyms';

describe('lowercaseAcronyms', () => {
  it('finds abbreviations spelled out by the lower-case words right before them', () => {
    const text = 'He had hypersensitivity pneumonitis, or HP. Eastern equine encephalitis (EEE) spreads; long-term care (LTC) too.';
    expect([...lowercaseAcronyms(text)].sort()).toEqual(['HP', 'LTC']);
  });

  it('ignores acronyms whose letters are not the initials of the words before', () => {
    expect(lowercaseAcronyms('a statement from the agency (CBP) and the bureau, or FBI').size).toBe(0);
  });
});

describe('standaloneAcronyms', () => {
  it('keeps acronyms written at least once without a capitalised word after them', () => {
    expect([...standaloneAcronyms('CBP said no. The CBP McAllen site closed. He left HMP Belmarsh. U.S. officials agreed.')]).toEqual(['CBP']);
  });
});
