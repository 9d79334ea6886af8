import { lowercaseAcronyms, standaloneAcronyms } from '../../../src/summarize/offline/acronyms';

describe('lowercaseAcronyms', () => {
  it('finds abbreviations spelled out by the lower-case words right before them', () => {
    const text = 'He had hypersensitivity pneumonitis, or HP. Eastern equine encephalitis (EEE) spreads; long-term care (LTC) too.';
    expect([...lowercaseAcronyms(text)].sort()).toEqual(['HP', 'LTC']);
  });

  it('ignores acronyms whose letters are not the initials of the words before', () => {
    expect(lowercaseAcronyms('a statement from the agency (CBP) and the bureau, or FBI').size).toBe(0);
  });

  it('takes an acronym a common noun is "known as" or "called" as a thing', () => {
    expect([...lowercaseAcronyms('a chemical, known as DNP, and a disease called HP')].sort()).toEqual(['DNP', 'HP']);
  });

  it('leaves an acronym alone when an organisation is what is called by it', () => {
    expect(lowercaseAcronyms('a startup called ABC and an agency known as NIB; it was formerly known as QRS').size).toBe(0);
  });
});

describe('standaloneAcronyms', () => {
  it('keeps acronyms written at least once without a capitalised word after them', () => {
    expect([...standaloneAcronyms('CBP said no. The CBP McAllen site closed. He left HMP Belmarsh. U.S. officials agreed.')]).toEqual(['CBP']);
  });
});
