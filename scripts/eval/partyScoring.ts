import { z } from 'zod';
import { normalizeForMatching } from '../../src/summarize/grounding';
import type { Parties } from '../../src/summarize/types';

const GoldEntitySchema = z.object({ name: z.string().min(1), aliases: z.array(z.string()).default([]) });

/** A `*.gold.json` file: the reference parties of one article (extra fields such as roles and notes are ignored). */
export const GoldFileSchema = z.object({
  source: z.string().min(1),
  people: z.array(GoldEntitySchema),
  organizations: z.array(GoldEntitySchema),
  countries: z.array(GoldEntitySchema),
  /** Names that are neither required nor wrong: predicting them counts neither way. */
  neutral: z.array(z.string()).default([]),
  /** Names that must not be predicted; informative only, since any unmatched prediction is already a false positive. */
  not_parties: z.array(z.string()).default([]),
});

export type GoldFile = z.infer<typeof GoldFileSchema>;
export type GoldEntity = z.infer<typeof GoldEntitySchema>;

export const PARTY_TYPES = ['people', 'organizations', 'countries'] as const;
export type PartyType = (typeof PARTY_TYPES)[number];

export interface TypeScore {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  /** Gold names no prediction matched. */
  missed: string[];
  /** Predictions that matched no gold entry of their type (or repeated one already matched). */
  spurious: string[];
}

export type PartiesScore = Record<PartyType, TypeScore>;

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

/**
 * Scores one type: a prediction is a true positive when it matches the name, an alias or (people) the surname of a
 * gold entry not matched yet; it is ignored when it matches a neutral name; otherwise it is a false positive.
 */
export function scoreType(predicted: readonly string[], gold: readonly GoldEntity[], neutral: readonly string[], type: PartyType): TypeScore {
  const goldForms = gold.map((entity) => formsOf(entity, type));
  const neutralForms = new Set(neutral.flatMap((name) => [normalizeName(name), wordSetKey(normalizeName(name))]));
  const matched = new Set<number>();
  const spurious: string[] = [];
  for (const prediction of predicted) {
    const candidates = goldForms.map((forms, index) => (matches(prediction, forms) ? index : -1)).filter((index) => index >= 0);
    const free = candidates.find((index) => !matched.has(index));
    if (free !== undefined) matched.add(free);
    else if (candidates.length === 0 && matches(prediction, neutralForms)) continue;
    else spurious.push(prediction);
  }
  const missed = gold.filter((_, index) => !matched.has(index)).map((entity) => entity.name);
  return { truePositives: matched.size, falsePositives: spurious.length, falseNegatives: missed.length, missed, spurious };
}

export function scoreParties(predicted: Parties, gold: GoldFile): PartiesScore {
  const names = (type: PartyType) => predicted[type].map((party) => party.name);
  return {
    people: scoreType(names('people'), gold.people, gold.neutral, 'people'),
    organizations: scoreType(names('organizations'), gold.organizations, gold.neutral, 'organizations'),
    countries: scoreType(names('countries'), gold.countries, gold.neutral, 'countries'),
  };
}

/** Micro-average: counts are summed over articles, so every party weighs the same. */
export function sumScores(scores: readonly PartiesScore[]): PartiesScore {
  const empty = (): TypeScore => ({ truePositives: 0, falsePositives: 0, falseNegatives: 0, missed: [], spurious: [] });
  const total: PartiesScore = { people: empty(), organizations: empty(), countries: empty() };
  for (const score of scores) {
    for (const type of PARTY_TYPES) {
      total[type].truePositives += score[type].truePositives;
      total[type].falsePositives += score[type].falsePositives;
      total[type].falseNegatives += score[type].falseNegatives;
      total[type].missed.push(...score[type].missed);
      total[type].spurious.push(...score[type].spurious);
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
