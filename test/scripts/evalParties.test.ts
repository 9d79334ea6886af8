import path from 'node:path';
import { evaluateParties, formatReport, loadCases } from '../../scripts/eval-parties';
import { OfflineSummarizer } from '../../src/summarize/offline';
import type { DraftSummary, Summarizer } from '../../src/summarize/types';

const fixtures = path.join(__dirname, '../fixtures/articles');

describe('eval:parties', () => {
  it('loads every gold file of a directory with the article it names', async () => {
    const cases = await loadCases(fixtures);
    expect(cases.map((evalCase) => evalCase.name)).toEqual(['azerbaijan-iran-delegation', 'fictional-court', 'fictional-merger', 'fictional-transfer']);
    expect(cases[0]!.text).toContain('Shahin Mustafayev');
  });

  it('scores any engine through the Summarizer interface', async () => {
    const cases = await loadCases(fixtures);
    const parrot: Summarizer = {
      engine: 'openai',
      model: 'parrot',
      summarize: async (): Promise<DraftSummary> => ({
        title: 't',
        bullets: [],
        parties: { people: [{ name: 'Shahin Mustafayev', role: null, affiliation: null }], organizations: [], countries: [{ name: 'Atlantis' }] },
      }),
    };
    const report = await evaluateParties(parrot, cases.slice(0, 1));
    expect(report.total.people).toMatchObject({ truePositives: 1, falseNegatives: 4 });
    expect(report.total.countries).toMatchObject({ truePositives: 0, falsePositives: 1, falseNegatives: 4 });
    expect(formatReport(report, true)).toContain('countries spurious: Atlantis');
  });

  it('names cases with a prefix, so sets scored together stay apart', async () => {
    const cases = await loadCases(fixtures, 'given/');
    expect(cases[0]!.name).toBe('given/azerbaijan-iran-delegation');
  });

  it('reports how acceptable the roles and affiliations of matched people are', async () => {
    const cases = (await loadCases(fixtures)).filter((evalCase) => evalCase.name === 'fictional-transfer');
    const parrot: Summarizer = {
      engine: 'openai',
      model: 'parrot',
      summarize: async (): Promise<DraftSummary> => ({
        title: 't',
        bullets: [],
        parties: { people: [{ name: 'Graham Pilsworth', role: 'sporting director', affiliation: 'Sporting' }], organizations: [], countries: [] },
      }),
    };
    const report = formatReport(await evaluateParties(parrot, cases), true);
    expect(report).toContain('roles: 1.00 acceptable (1/1), 0 wrong, 0 missing');
    expect(report).toContain('affiliations: 0.00 acceptable (0/1), 1 wrong, 0 missing');
    expect(report).toContain('affiliations wrong: Graham Pilsworth: "Sporting" (expected "Thornbury Athletic")');
  });

  it('gets the offline engine every party of the sample article', async () => {
    const cases = (await loadCases(fixtures)).filter((evalCase) => evalCase.name === 'azerbaijan-iran-delegation');
    const { total } = await evaluateParties(new OfflineSummarizer(), cases);
    for (const type of ['people', 'organizations', 'countries'] as const) expect(total[type]).toMatchObject({ falsePositives: 0, falseNegatives: 0 });
  });
});
