import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Parties } from '../src/summarize/types';
import { formatReport, loadCases, type EvalCase, type EvalReport } from './eval-parties';
import { nameMatches, scoreParties, sumScores, type Acceptable, type GoldEntity, type GoldFile, type PartyType } from './eval/partyScoring';

/**
 * How far two annotators who labelled the same articles apart agree on their key parties: the second annotator's
 * gold is scored as if it were an engine's answer against the first's, by the scorer `eval:parties` uses. No engine
 * can be measured more finely than people who write such gold agree with each other.
 */

/**
 * The form of an annotated entity that the reference knows, if it has one: annotators may file "Widodo" as the name
 * and "Joko Widodo" as an alias, or the other way round, and an engine would be free to give either.
 */
function formFor(entity: GoldEntity, reference: GoldFile, type: PartyType): string {
  const forms = [entity.name, ...entity.aliases];
  const neutral = reference.neutral.map((name) => ({ name, aliases: [] }));
  const known = (candidates: readonly GoldEntity[]) => forms.find((form) => candidates.some((candidate) => nameMatches(form, candidate, type)));
  return known(reference[type]) ?? known(neutral) ?? entity.name;
}

/** The first answer an annotator accepts, as an engine would give one. */
function firstAnswer(acceptable: Acceptable | undefined): string | null {
  if (acceptable === undefined || acceptable === null) return null;
  if (typeof acceptable === 'string') return acceptable;
  return acceptable.find((answer): answer is string => answer !== null) ?? null;
}

/** One annotator's gold as the parties an engine would answer, in the forms the reference gold uses where it can. */
export function goldAsAnswer(annotated: GoldFile, reference: GoldFile): Parties {
  return {
    people: annotated.people.map((person) => ({
      name: formFor(person, reference, 'people'),
      role: firstAnswer(person.role),
      affiliation: firstAnswer(person.affiliation),
    })),
    organizations: annotated.organizations.map((organization) => ({ name: formFor(organization, reference, 'organizations'), description: null })),
    countries: annotated.countries.map((country) => ({ name: formFor(country, reference, 'countries') })),
  };
}

/** Scores the second annotator against the first on every article both labelled; an article only one labelled is an error. */
export function scoreAgreement(reference: readonly EvalCase[], second: readonly EvalCase[]): EvalReport {
  const byName = new Map(second.map((evalCase) => [evalCase.name, evalCase]));
  const unmatched = [...reference.filter((evalCase) => !byName.has(evalCase.name)), ...second.filter((evalCase) => !reference.some((other) => other.name === evalCase.name))];
  if (unmatched.length > 0) throw new Error(`labelled by one annotator only: ${unmatched.map((evalCase) => evalCase.name).join(', ')}`);
  const cases = reference.map((evalCase) => ({
    name: evalCase.name,
    score: scoreParties(goldAsAnswer(byName.get(evalCase.name)!.gold, evalCase.gold), evalCase.gold),
    milliseconds: 0,
  }));
  return { cases, total: sumScores(cases.map((result) => result.score)), millisecondsPerArticle: 0 };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      first: { type: 'string' },
      second: { type: 'string' },
      verbose: { type: 'boolean', short: 'v', default: false },
    },
  });
  if (!values.first || !values.second) throw new Error('usage: eval:agreement --first <dir of gold> --second <dir of gold for the same articles> [--verbose]');
  const [first, second] = await Promise.all([loadCases(path.resolve(values.first)), loadCases(path.resolve(values.second))]);
  for (const [reference, answer, label] of [
    [first, second, `second annotator (${values.second}) scored against the first (${values.first})`],
    [second, first, `first annotator (${values.first}) scored against the second (${values.second})`],
  ] as const) {
    console.log(`${label}, ${reference.length} articles`);
    console.log(formatReport(scoreAgreement(reference, answer), values.verbose, false));
    console.log();
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
