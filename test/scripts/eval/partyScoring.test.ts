import { affiliationAcceptable, attributeAccuracy, GoldFileSchema, normalizeName, precision, recall, roleAcceptable, scoreParties, scoreType, sumScores } from '../../../scripts/eval/partyScoring';

const gold = (people: Array<{ name: string; aliases?: string[] }>) => people.map((entity) => ({ name: entity.name, aliases: entity.aliases ?? [] }));

describe('normalizeName', () => {
  it('sets aside case, diacritics, quotes, dashes, whitespace, abbreviation periods, a leading "the" and honorifics', () => {
    expect(normalizeName('  Caio  Mendonça ')).toBe('caio mendonca');
    expect(normalizeName('The Football Association')).toBe('football association');
    expect(normalizeName('U.S.')).toBe('us');
    expect(normalizeName('Mr. Achterberg')).toBe('achterberg');
    expect(normalizeName('Moody’s')).toBe('moodys');
    expect(normalizeName('Azerbaijan–Iran')).toBe('azerbaijan-iran');
  });
});

describe('scoreType', () => {
  it('matches a gold name or alias after normalisation', () => {
    const score = scoreType(['the football association', 'Kenya’s Court of Appeal'], gold([{ name: 'Football Association' }, { name: 'Court of Appeal', aliases: ["Kenya's Court of Appeal"] }]), [], 'organizations');
    expect(score).toMatchObject({ truePositives: 2, falsePositives: 0, falseNegatives: 0 });
  });

  it('accepts a person’s surname alone, but not another person’s full name', () => {
    const people = gold([{ name: 'Desmond Achterberg' }]);
    expect(scoreType(['Achterberg'], people, [], 'people').truePositives).toBe(1);
    expect(scoreType(['John Achterberg'], people, [], 'people')).toMatchObject({ truePositives: 0, falsePositives: 1, falseNegatives: 1 });
  });

  it('accepts an organisation name with the same words in another order ("X and Y" for "Y and X")', () => {
    const score = scoreType(['Ministry of Defense and Support of the Armed Forces of Iran'], gold([{ name: 'Ministry of Defense and Armed Forces Support of Iran' }]), [], 'organizations');
    expect(score.truePositives).toBe(1);
  });

  it('ignores predictions of neutral names, and counts anything else unmatched as a false positive', () => {
    const score = scoreType(['Oslo Stock Exchange', 'Bergen'], gold([{ name: 'Halvorsen Maritime' }]), ['Oslo Stock Exchange'], 'organizations');
    expect(score).toMatchObject({ truePositives: 0, falsePositives: 1, falseNegatives: 1, spurious: ['Bergen'], missed: ['Halvorsen Maritime'] });
  });

  it('counts a second prediction of an already matched party as a false positive', () => {
    const score = scoreType(['Minnesota Wild', 'Minnesota'], gold([{ name: 'Minnesota Wild', aliases: ['Minnesota'] }]), [], 'organizations');
    expect(score).toMatchObject({ truePositives: 1, falsePositives: 1, spurious: ['Minnesota'] });
  });

  it('does not let a neutral name excuse a prediction that duplicates a gold party', () => {
    const score = scoreType(['Brazil', 'Brazil'], gold([{ name: 'Brazil' }]), ['Brazil'], 'countries');
    expect(score).toMatchObject({ truePositives: 1, falsePositives: 1 });
  });
});

describe('scoreParties', () => {
  const file = GoldFileSchema.parse({
    source: 'a.txt',
    people: [{ name: 'Jane Doe', aliases: [] }],
    organizations: [{ name: 'Acme Corp', aliases: ['Acme'] }],
    countries: [{ name: 'Iran', aliases: [] }],
  });

  it('scores each type against its own gold list only', () => {
    const score = scoreParties(
      { people: [{ name: 'Acme', role: null, affiliation: null }], organizations: [{ name: 'Acme', description: null }], countries: [{ name: 'Iran' }] },
      file,
    );
    expect(score.people).toMatchObject({ truePositives: 0, falsePositives: 1, falseNegatives: 1 });
    expect(score.organizations).toMatchObject({ truePositives: 1, falsePositives: 0 });
    expect(score.countries).toMatchObject({ truePositives: 1, falsePositives: 0 });
  });

  it('reads gold files with optional neutral and not_parties lists, and rejects ones without a type', () => {
    expect(file.neutral).toEqual([]);
    expect(() => GoldFileSchema.parse({ source: 'a.txt', people: [], organizations: [] })).toThrow();
  });
});

describe('precision, recall and totals', () => {
  it('micro-averages over articles and treats empty denominators as perfect', () => {
    const a = scoreParties({ people: [{ name: 'Jane Doe', role: null, affiliation: null }], organizations: [], countries: [] }, GoldFileSchema.parse({ source: 'a', people: [{ name: 'Jane Doe' }], organizations: [], countries: [{ name: 'Iran' }] }));
    const b = scoreParties({ people: [{ name: 'Bob Roe', role: null, affiliation: null }], organizations: [], countries: [] }, GoldFileSchema.parse({ source: 'b', people: [], organizations: [], countries: [] }));
    const total = sumScores([a, b]);
    expect(precision(total.people)).toBe(0.5);
    expect(recall(total.people)).toBe(1);
    expect(recall(total.countries)).toBe(0);
    expect(precision(total.countries)).toBe(1);
    expect(precision(total.organizations)).toBe(1);
  });
});

describe('roles and affiliations', () => {
  const file = GoldFileSchema.parse({
    source: 'a.txt',
    people: [
      { name: 'Graham Pilsworth', role: 'sporting director', affiliation: 'Thornbury Athletic' },
      { name: 'Reza Ardakanian', role: 'Energy Minister', affiliation: 'Iran' },
      { name: 'Aaron Ramsey', role: null, affiliation: [null, 'Wales'] },
      { name: 'Jane Doe' },
    ],
    organizations: [{ name: 'Thornbury Athletic', aliases: ['Thornbury'] }],
    countries: [{ name: 'Iran' }, { name: 'Wales' }],
  });
  const person = (name: string, role: string | null, affiliation: string | null) => ({ name, role, affiliation });

  it('accepts a role equal to the expected one or contained in it, either way, and counts others as wrong', () => {
    expect(roleAcceptable('director', 'sporting director')).toBe(true);
    expect(roleAcceptable('former Energy Minister', 'energy minister')).toBe(true);
    expect(roleAcceptable('exchange', 'energy minister')).toBe(false);
  });

  it('accepts an affiliation by any alias of the organisation or country it names, not by a piece of the name', () => {
    expect(affiliationAcceptable('Thornbury', 'Thornbury Athletic', file)).toBe(true);
    expect(affiliationAcceptable('Iranian', 'Iran', file)).toBe(true);
    expect(affiliationAcceptable('Athletic', 'Thornbury Athletic', file)).toBe(false);
  });

  it('scores matched people only, and tells acceptable, missing and wrong answers apart', () => {
    const score = scoreParties(
      {
        people: [person('Pilsworth', 'director', 'Sporting'), person('Reza Ardakanian', null, 'Iranian'), person('Aaron Ramsey', null, null), person('Jane Doe', 'CEO', 'Acme'), person('Nobody', 'x', 'y')],
        organizations: [],
        countries: [],
      },
      file,
    );
    expect(score.roles).toMatchObject({ scored: 3, acceptable: 2, missing: 1, wrong: 0 });
    expect(score.affiliations).toMatchObject({ scored: 3, acceptable: 2, missing: 0, wrong: 1 });
    expect(score.affiliations.wrongAnswers).toEqual(['Pilsworth: "Sporting" (expected "Thornbury Athletic")']);
    expect(attributeAccuracy(score.roles)).toBeCloseTo(2 / 3);
  });

  it('sums attribute scores over articles', () => {
    const one = scoreParties({ people: [person('Reza Ardakanian', 'minister', 'Iran')], organizations: [], countries: [] }, file);
    const total = sumScores([one, one]);
    expect(total.roles).toMatchObject({ scored: 2, acceptable: 2 });
    expect(total.affiliations).toMatchObject({ scored: 2, acceptable: 2 });
  });
});

describe('neutral people', () => {
  it('excuse a prediction of their surname alone', () => {
    const score = scoreType(['Trump'], [], ['Donald Trump'], 'people');
    expect(score).toMatchObject({ falsePositives: 0 });
  });
});
