import { z } from 'zod';
import { normalizeForMatching } from '../../src/summarize/grounding';
import { countryForms } from '../../src/summarize/offline';
import type { Parties } from '../../src/summarize/types';

const GoldEntitySchema = z.object({ name: z.string().min(1), aliases: z.array(z.string()).default([]) });

/**
 * What a person's role or affiliation may acceptably be: one answer, several, or null when the article states none.
 * A list may hold null too: then saying nothing is as good as any listed answer.
 */
const AcceptableSchema = z.union([z.string(), z.null(), z.array(z.string().nullable()).min(1)]);

/** A gold person; without `role` (or `affiliation`) the article is not scored on it. */
const GoldPersonSchema = GoldEntitySchema.extend({ role: AcceptableSchema.optional(), affiliation: AcceptableSchema.optional() });

/** A `*.gold.json` file: the reference parties of one article (extra fields such as roles and notes are ignored). */
export const GoldFileSchema = z.object({
  source: z.string().min(1),
  people: z.array(GoldPersonSchema),
  organizations: z.array(GoldEntitySchema),
  countries: z.array(GoldEntitySchema),
  /** Names that are neither required nor wrong: predicting them counts neither way. */
  neutral: z.array(z.string()).default([]),
  /** Names that must not be predicted; informative only, since any unmatched prediction is already a false positive. */
  not_parties: z.array(z.string()).default([]),
});

export type GoldFile = z.infer<typeof GoldFileSchema>;
export type GoldEntity = z.infer<typeof GoldEntitySchema>;
export type GoldPerson = z.infer<typeof GoldPersonSchema>;
export type Acceptable = z.infer<typeof AcceptableSchema>;

export const PARTY_TYPES = ['people', 'organizations', 'countries'] as const;
export type PartyType = (typeof PARTY_TYPES)[number];
export const ATTRIBUTES = ['roles', 'affiliations'] as const;

export interface TypeScore {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  /** Gold names no prediction matched. */
  missed: string[];
  /** Predictions that matched no gold entry of their type (or repeated one already matched). */
  spurious: string[];
  /** Which gold entry (index) each matched prediction (index) was counted for. */
  pairs: Array<{ predicted: number; gold: number }>;
}

/** How the roles (or affiliations) of the people found compare with the gold ones, over people that matched. */
export interface AttributeScore {
  /** Matched people whose gold file states what this attribute may be. */
  scored: number;
  /** The prediction is one of the acceptable answers (null included, when the gold file allows it). */
  acceptable: number;
  /** Null where the gold file expects an answer. */
  missing: number;
  /** An answer that is not acceptable: worse than none, since users read it. */
  wrong: number;
  /** "name: predicted ≠ expected" for each wrong answer. */
  wrongAnswers: string[];
}

export type PartiesScore = Record<PartyType, TypeScore> & { roles: AttributeScore; affiliations: AttributeScore };

const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'sir', 'dame']);
/** Words that do not change which organisation a name denotes ("Ministry of X and Y" ≈ "Ministry of Y and X"). */
const LINKING_WORDS = new Set(['of', 'the', 'and', '&', 'for', 'on', 'in']);

/** Case, diacritics, quotes, dashes, whitespace, periods of abbreviations, a leading "the" and honorifics set aside. */
export function normalizeName(name: string): string {
  return normalizeForMatching(name)
    .replace(/['"]/g, '')
    .replace(/[.,]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .split(' ')
    .filter((word, index) => !(index === 0 && (word === 'the' || HONORIFICS.has(word))))
    .join(' ');
}

/** The content words of a name, in any order. */
function wordSetKey(normalized: string): string {
  return [...new Set(normalized.split(' ').filter((word) => !LINKING_WORDS.has(word)))].sort().join(' ');
}

function formsOf(entity: GoldEntity, type: PartyType): Set<string> {
  const forms = new Set<string>();
  for (const name of [entity.name, ...entity.aliases]) {
    const normalized = normalizeName(name);
    if (normalized === '') continue;
    forms.add(normalized);
    forms.add(wordSetKey(normalized));
  }
  if (type === 'people') {
    const surname = normalizeName(entity.name).split(' ').pop();
    if (surname) forms.add(surname);
  }
  return forms;
}

function matches(prediction: string, forms: Set<string>): boolean {
  const normalized = normalizeName(prediction);
  return normalized !== '' && (forms.has(normalized) || forms.has(wordSetKey(normalized)));
}

/** Whether a predicted name counts for this gold entity (its name, an alias, or a person's surname). */
export function nameMatches(prediction: string, entity: GoldEntity, type: PartyType): boolean {
  return matches(prediction, formsOf(entity, type));
}

/**
 * Scores one type: a prediction is a true positive when it matches the name, an alias or (people) the surname of a
 * gold entry not matched yet; it is ignored when it matches a neutral name; otherwise it is a false positive.
 */
export function scoreType(predicted: readonly string[], gold: readonly GoldEntity[], neutral: readonly string[], type: PartyType): TypeScore {
  const goldForms = gold.map((entity) => formsOf(entity, type));
  // A neutral person may be named by surname alone, as gold people are.
  const neutralForms = new Set(neutral.flatMap((name) => [...formsOf({ name, aliases: [] }, type)]));
  const matched = new Set<number>();
  const spurious: string[] = [];
  const pairs: TypeScore['pairs'] = [];
  predicted.forEach((prediction, predictedIndex) => {
    const candidates = goldForms.map((forms, index) => (matches(prediction, forms) ? index : -1)).filter((index) => index >= 0);
    const free = candidates.find((index) => !matched.has(index));
    if (free !== undefined) {
      matched.add(free);
      pairs.push({ predicted: predictedIndex, gold: free });
    } else if (candidates.length === 0 && matches(prediction, neutralForms)) return;
    else spurious.push(prediction);
  });
  const missed = gold.filter((_, index) => !matched.has(index)).map((entity) => entity.name);
  return { truePositives: matched.size, falsePositives: spurious.length, falseNegatives: missed.length, missed, spurious, pairs };
}

function answersOf(acceptable: Acceptable): Array<string | null> {
  return Array.isArray(acceptable) ? acceptable : [acceptable];
}

/** Words of a role or affiliation, for comparison: normalised name words without "the" and "of the" noise. */
function phraseWords(text: string): string[] {
  return normalizeName(text)
    .replace(/[()]/g, ' ')
    .split(' ')
    .filter((word) => word !== '' && word !== 'the' && word !== 'a' && word !== 'an');
}

function containsRun(haystack: readonly string[], needle: readonly string[]): boolean {
  if (needle.length === 0 || needle.length > haystack.length) return false;
  for (let start = 0; start + needle.length <= haystack.length; start += 1) {
    if (needle.every((word, offset) => haystack[start + offset] === word)) return true;
  }
  return false;
}

/** A role is acceptable when it equals an expected one or one contains the other ("minister" / "energy minister"). */
export function roleAcceptable(predicted: string, expected: string): boolean {
  const [p, e] = [phraseWords(predicted), phraseWords(expected)];
  return containsRun(p, e) || containsRun(e, p);
}

/**
 * Every way to write an expected affiliation: the gold organisation or country it names with all their aliases,
 * and the country's demonyms ("Iranian" for Iran). A shorter piece of a name is not enough ("Sol" is not "Sporting
 * Vale do Sol" unless the gold file lists it), but a longer phrase holding the whole name is ("NASA's Goddard
 * Space Flight Center" for "Goddard Space Flight Center").
 */
function affiliationForms(expected: string, gold: GoldFile): string[][] {
  const key = normalizeName(expected);
  const entities = [...gold.organizations, ...gold.countries].filter((entity) => [entity.name, ...entity.aliases].some((name) => normalizeName(name) === key));
  const names = [expected, ...entities.flatMap((entity) => [entity.name, ...entity.aliases])];
  return [...names, ...names.flatMap((name) => countryForms(name))].map(phraseWords).filter((words) => words.length > 0);
}

export function affiliationAcceptable(predicted: string, expected: string, gold: GoldFile): boolean {
  const p = phraseWords(predicted);
  return affiliationForms(expected, gold).some((form) => containsRun(p, form));
}

function scoreAttribute(
  predicted: Parties['people'],
  gold: GoldFile,
  pairs: TypeScore['pairs'],
  field: 'role' | 'affiliation',
  acceptableAnswer: (predicted: string, expected: string) => boolean,
): AttributeScore {
  const score: AttributeScore = { scored: 0, acceptable: 0, missing: 0, wrong: 0, wrongAnswers: [] };
  for (const pair of pairs) {
    const expected = gold.people[pair.gold]![field];
    if (expected === undefined) continue;
    const person = predicted[pair.predicted]!;
    const answer = person[field];
    const answers = answersOf(expected);
    score.scored += 1;
    if (answer === null) {
      if (answers.includes(null)) score.acceptable += 1;
      else score.missing += 1;
    } else if (answers.some((candidate) => candidate !== null && acceptableAnswer(answer, candidate))) {
      score.acceptable += 1;
    } else {
      score.wrong += 1;
      score.wrongAnswers.push(`${person.name}: "${answer}" (expected ${answers.map((candidate) => (candidate === null ? 'none' : `"${candidate}"`)).join(' or ')})`);
    }
  }
  return score;
}

export function scoreParties(predicted: Parties, gold: GoldFile): PartiesScore {
  const names = (type: PartyType) => predicted[type].map((party) => party.name);
  const people = scoreType(names('people'), gold.people, gold.neutral, 'people');
  return {
    people,
    organizations: scoreType(names('organizations'), gold.organizations, gold.neutral, 'organizations'),
    countries: scoreType(names('countries'), gold.countries, gold.neutral, 'countries'),
    roles: scoreAttribute(predicted.people, gold, people.pairs, 'role', roleAcceptable),
    affiliations: scoreAttribute(predicted.people, gold, people.pairs, 'affiliation', (answer, expected) => affiliationAcceptable(answer, expected, gold)),
  };
}

/** Micro-average: counts are summed over articles, so every party weighs the same. */
export function sumScores(scores: readonly PartiesScore[]): PartiesScore {
  const empty = (): TypeScore => ({ truePositives: 0, falsePositives: 0, falseNegatives: 0, missed: [], spurious: [], pairs: [] });
  const emptyAttribute = (): AttributeScore => ({ scored: 0, acceptable: 0, missing: 0, wrong: 0, wrongAnswers: [] });
  const total: PartiesScore = { people: empty(), organizations: empty(), countries: empty(), roles: emptyAttribute(), affiliations: emptyAttribute() };
  for (const score of scores) {
    for (const type of PARTY_TYPES) {
      total[type].truePositives += score[type].truePositives;
      total[type].falsePositives += score[type].falsePositives;
      total[type].falseNegatives += score[type].falseNegatives;
      total[type].missed.push(...score[type].missed);
      total[type].spurious.push(...score[type].spurious);
    }
    for (const attribute of ATTRIBUTES) {
      total[attribute].scored += score[attribute].scored;
      total[attribute].acceptable += score[attribute].acceptable;
      total[attribute].missing += score[attribute].missing;
      total[attribute].wrong += score[attribute].wrong;
      total[attribute].wrongAnswers.push(...score[attribute].wrongAnswers);
    }
  }
  return total;
}

/** 1 when nothing was predicted: no prediction was wrong. */
export function precision(score: TypeScore): number {
  const predicted = score.truePositives + score.falsePositives;
  return predicted === 0 ? 1 : score.truePositives / predicted;
}

/** 1 when the gold list is empty: nothing was missed. */
export function recall(score: TypeScore): number {
  const expected = score.truePositives + score.falseNegatives;
  return expected === 0 ? 1 : score.truePositives / expected;
}

/** Share of scored people whose answer is acceptable; 1 when no one was scored. */
export function attributeAccuracy(score: AttributeScore): number {
  return score.scored === 0 ? 1 : score.acceptable / score.scored;
}
