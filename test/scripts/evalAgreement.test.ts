import path from 'node:path';
import { goldAsAnswer, scoreAgreement } from '../../scripts/eval-agreement';
import { loadCases } from '../../scripts/eval-parties';
import { GoldFileSchema, type GoldFile } from '../../scripts/eval/partyScoring';

const fixtures = path.join(__dirname, '../fixtures/articles');

function gold(parts: Partial<GoldFile>): GoldFile {
  return GoldFileSchema.parse({ source: 'story.txt', people: [], organizations: [], countries: [], ...parts });
}

describe('eval:agreement', () => {
  it('finds full agreement when an annotator is scored against their own gold', async () => {
    const cases = await loadCases(fixtures);
    const { total } = scoreAgreement(cases, cases);
    for (const type of ['people', 'organizations', 'countries'] as const) expect(total[type]).toMatchObject({ falsePositives: 0, falseNegatives: 0 });
    expect(total.people.truePositives).toBeGreaterThan(0);
  });

  it('answers with the form of an entity the reference knows, whichever of the two annotators made it the name', () => {
    const reference = gold({ organizations: [{ name: 'AirAsia', aliases: [] }], people: [{ name: 'Joko Widodo', aliases: [] }] });
    const annotated = gold({
      organizations: [{ name: 'Indonesia AirAsia', aliases: ['AirAsia'] }],
      people: [{ name: 'Jokowi', aliases: ['Joko Widodo'], role: ['President', null], affiliation: null }],
    });
    expect(goldAsAnswer(annotated, reference)).toEqual({
      people: [{ name: 'Joko Widodo', role: 'President', affiliation: null }],
      organizations: [{ name: 'AirAsia', description: null }],
      countries: [],
    });
  });

  it('counts what only one annotator required as a disagreement, and what the reference left neutral as neither', () => {
    const reference = gold({ organizations: [{ name: 'Reuters', aliases: [] }, { name: 'Supreme Court', aliases: [] }], neutral: ['Port Authority'] });
    const annotated = gold({ organizations: [{ name: 'Reuters', aliases: [] }, { name: 'Port Authority', aliases: [] }, { name: 'Senate', aliases: [] }] });
    const { total } = scoreAgreement([{ name: 'story', text: '', gold: reference }], [{ name: 'story', text: '', gold: annotated }]);
    expect(total.organizations).toMatchObject({ truePositives: 1, falsePositives: 1, falseNegatives: 1, spurious: ['Senate'], missed: ['Supreme Court'] });
  });

  it('refuses sets that do not hold the same articles', () => {
    const one = { name: 'one', text: '', gold: gold({}) };
    const two = { name: 'two', text: '', gold: gold({}) };
    expect(() => scoreAgreement([one], [one, two])).toThrow('labelled by one annotator only: two');
  });
});
