import { groundSummary, normalizeForMatching } from '../../src/summarize/grounding';
import type { Sentence } from '../../src/summarize/text/sentence';
import type { DraftSummary } from '../../src/summarize/types';

const sentences: Sentence[] = [
  { id: 0, paragraph: 0, text: 'Vale do Sol president Rui Tavares Lopes said the Portuguese club had accepted the offer.' },
  { id: 1, paragraph: 0, text: 'The deal is worth 85 million euros and includes a 15 percent sell-on clause.' },
  { id: 2, paragraph: 1, text: 'Mendonça joined from Grêmio Ouro Verde four years ago, the Iranian-born agent said.' },
  { id: 3, paragraph: 1, text: 'Ministry of Defense and Support of the Armed Forces of Iran hosted the talks.' },
];
const source = { text: sentences.map((sentence) => sentence.text).join(' '), sentences };

function draft(overrides: Partial<DraftSummary>): DraftSummary {
  return {
    title: 'Title',
    bullets: [],
    parties: { people: [], organizations: [], countries: [] },
    ...overrides,
  };
}

describe('normalizeForMatching', () => {
  it('ignores case, diacritics, curly quotes, dash variants and spacing', () => {
    expect(normalizeForMatching('  Caio  MENDONÇA’s “deal” – done ')).toBe(`caio mendonca's "deal" - done`);
  });
});

describe('grounding parties', () => {
  it('keeps people whose name occurs in the article, even without diacritics or with a middle name left out', () => {
    const result = groundSummary(
      draft({
        parties: {
          people: [
            { name: 'Mendonca', role: null, affiliation: null },
            { name: 'Rui Lopes', role: 'president', affiliation: 'Sporting Vale do Sol' },
          ],
          organizations: [],
          countries: [],
        },
      }),
      source,
      { extractiveBullets: false },
    );
    expect(result.parties.people.map((person) => person.name)).toEqual(['Mendonca', 'Rui Lopes']);
    expect(result.droppedParties).toEqual([]);
  });

  it('drops a party the model invented, and counts it', () => {
    const result = groundSummary(
      draft({
        parties: {
          people: [
            { name: 'John Lopes', role: 'agent', affiliation: null },
            { name: 'Elon Musk', role: 'investor', affiliation: null },
          ],
          organizations: [{ name: 'Acme Holdings', description: null }],
          countries: [{ name: 'France' }],
        },
      }),
      source,
      { extractiveBullets: false },
    );
    expect(result.parties).toEqual({ people: [], organizations: [], countries: [] });
    expect(result.droppedParties).toEqual(['John Lopes', 'Elon Musk', 'Acme Holdings', 'France']);
  });

  it('accepts an organisation named in another word order within one sentence, and an acronym form', () => {
    const result = groundSummary(
      draft({
        parties: {
          people: [],
          organizations: [
            { name: 'Ministry of Defense and Armed Forces Support of Iran', description: null },
            { name: 'Grêmio Ouro Verde (GOV)', description: 'youth club' },
          ],
          countries: [],
        },
      }),
      source,
      { extractiveBullets: false },
    );
    expect(result.parties.organizations).toHaveLength(2);
  });

  it('grounds a country through the forms the caller knows (demonyms)', () => {
    const countryForms = (name: string) => (name === 'Iran' ? ['Iranian'] : name === 'Portugal' ? ['Portuguese'] : []);
    const result = groundSummary(draft({ parties: { people: [], organizations: [], countries: [{ name: 'Portugal' }, { name: 'Brazil' }] } }), source, {
      extractiveBullets: false,
      countryForms,
    });
    expect(result.parties.countries).toEqual([{ name: 'Portugal' }]);
    expect(result.droppedParties).toEqual(['Brazil']);
  });

  it('lists each party once', () => {
    const result = groundSummary(
      draft({ parties: { people: [], organizations: [], countries: [{ name: 'Iran' }, { name: 'IRAN' }] } }),
      source,
      { extractiveBullets: false },
    );
    expect(result.parties.countries).toEqual([{ name: 'Iran' }]);
  });
});

describe('grounding bullets', () => {
  it('keeps a bullet its cited sentence supports, with that sentence as evidence', () => {
    const result = groundSummary(
      draft({ bullets: [{ text: 'The club accepted an offer worth 85 million euros.', sentenceIds: [0, 1] }] }),
      source,
      { extractiveBullets: false },
    );
    expect(result.bullets).toEqual(['The club accepted an offer worth 85 million euros.']);
    expect(result.evidence).toEqual([[sentences[0]!.text, sentences[1]!.text]]);
  });

  it('finds the right evidence when the model cited the wrong sentence', () => {
    const result = groundSummary(
      draft({ bullets: [{ text: 'The deal includes a 15 percent sell-on clause.', sentenceIds: [3] }] }),
      source,
      { extractiveBullets: false },
    );
    expect(result.evidence).toEqual([[sentences[1]!.text]]);
  });

  it('drops a bullet whose numbers the article does not state', () => {
    const result = groundSummary(
      draft({ bullets: [{ text: 'The deal is worth 95 million euros.', sentenceIds: [1] }] }),
      source,
      { extractiveBullets: false },
    );
    expect(result.bullets).toEqual([]);
    expect(result.droppedBullets).toEqual(['The deal is worth 95 million euros.']);
  });

  it('drops a bullet about something the article never says', () => {
    const result = groundSummary(
      draft({ bullets: [{ text: 'Scientists discovered water on Mars yesterday.', sentenceIds: [0] }] }),
      source,
      { extractiveBullets: false },
    );
    expect(result.bullets).toEqual([]);
  });

  it('takes extractive bullets as their own evidence', () => {
    const result = groundSummary(draft({ bullets: [{ text: 'The deal is worth 85 million euros.', sentenceIds: [1] }] }), source, {
      extractiveBullets: true,
    });
    expect(result.evidence).toEqual([[sentences[1]!.text]]);
  });
});
