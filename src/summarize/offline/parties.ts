import { normalizeForMatching } from '../grounding';
import type { Sentence } from '../text/sentence';
import { splitSentences } from '../text/sentences';
import type { Parties } from '../types';
import { lookupCountry } from './gazetteer/countries';
import { findMentions, type CountryMention, type Evidence, type NameMention } from './mentions';
import { NAME_PARTICLES, ORG_WORDS } from './lexicon';

/** Total weight a country needs across its mentions to count as acting in the story (one acting mention is enough). */
const COUNTRY_THRESHOLD = 2;
/** Names that are also given names or US states ("Jordan", "Georgia") need more. */
const AMBIGUOUS_COUNTRY_THRESHOLD = 3;
const PERSON_THRESHOLD = 1.5;
const ORGANIZATION_THRESHOLD = 2;

interface NameGroup {
  key: string;
  words: string[];
  keys: string[];
  mentions: NameMention[];
  evidence: Evidence;
  kind: NameMention['kind'];
  first: number;
}

interface Entity {
  kind: 'person' | 'organization';
  groups: NameGroup[];
}

/**
 * Key parties of an article, by rules over capitalised names and the words around them (titles, roles, speech
 * verbs, organisation and place words, a country gazetteer and a list of given names). Deterministic and
 * in-process; about a millisecond per article.
 */
export function extractParties(text: string, sentences: readonly Sentence[] = splitSentences(text)): Parties {
  const found = sentences.map((sentence) => findMentions(sentence.text, sentence.id));
  const entities = resolveNames(found.flatMap((mentions) => mentions.names));
  return {
    people: entities.filter((entity) => entity.kind === 'person').map(toPerson),
    organizations: entities.filter((entity) => entity.kind === 'organization').map(toOrganization),
    countries: actingCountries(found.flatMap((mentions) => mentions.countries)).map((name) => ({ name })),
  };
}

function keyOf(words: readonly string[]): string {
  return normalizeForMatching(words.join(' '));
}

function groupMentions(mentions: NameMention[]): NameGroup[] {
  const groups = new Map<string, NameGroup>();
  mentions.forEach((mention, order) => {
    const key = keyOf(mention.words);
    if (key === '') return;
    let group = groups.get(key);
    if (!group) {
      group = {
        key,
        words: mention.words,
        keys: mention.words.map((word) => normalizeForMatching(word)),
        mentions: [],
        evidence: { person: 0, organization: 0, place: 0 },
        kind: 'unknown',
        first: order,
      };
      groups.set(key, group);
    }
    group.mentions.push(mention);
    group.evidence.person += mention.evidence.person;
    group.evidence.organization += mention.evidence.organization;
    group.evidence.place += mention.evidence.place;
    if (mention.kind !== 'unknown' && group.kind === 'unknown') group.kind = mention.kind;
  });
  return [...groups.values()];
}

function resolveNames(mentions: NameMention[]): Entity[] {
  const groups = groupMentions(mentions).filter((group) => lookupCountry(group.words.join(' ')) === undefined);
  const entities: Entity[] = [];
  const byLength = [...groups].sort((a, b) => b.words.length - a.words.length || a.first - b.first);

  // Longest names first, so "Achterberg" and "Halvorsen" find "Desmond Achterberg" and "Halvorsen Maritime".
  for (const group of byLength) {
    const target = findAlias(group, entities);
    if (target) {
      target.groups.push(group);
      continue;
    }
    const kind = classify(group);
    if (kind) entities.push({ kind, groups: [group] });
  }
  return entities.sort((a, b) => firstMention(a) - firstMention(b));
}

function firstMention(entity: Entity): number {
  return Math.min(...entity.groups.map((group) => group.first));
}

function classify(group: NameGroup): Entity['kind'] | null {
  const { person, organization, place } = group.evidence;
  if (group.kind === 'person') return 'person';
  if (group.kind === 'organization') return place > organization ? null : 'organization';
  if (group.mentions.every((mention) => mention.clauseInitial) && group.words.length === 1 && organization < ORGANIZATION_THRESHOLD) return null;
  if (group.words.length >= 2 && person >= PERSON_THRESHOLD && person > organization && place < 2) return 'person';
  if (organization >= ORGANIZATION_THRESHOLD && organization > person && place < organization) return 'organization';
  return null;
}

/** An earlier, longer entity this name is a shorter form of. People win ties: a lone surname is usually a person. */
function findAlias(group: NameGroup, entities: Entity[]): Entity | undefined {
  if (group.kind !== 'organization') {
    const person = entities.find((entity) => entity.kind === 'person' && entity.groups.some((other) => isShortPersonForm(group, other)));
    if (person) return person;
  }
  if (group.kind === 'person' && group.words.length >= 2) return undefined;
  return entities.find((entity) => entity.kind === 'organization' && entity.groups.some((other) => isShortOrganizationForm(group, other)));
}

function isShortPersonForm(short: NameGroup, long: NameGroup): boolean {
  if (short.words.length >= long.words.length) return false;
  const longKeys = long.keys.filter((key) => !NAME_PARTICLES.has(key));
  return short.keys.filter((key) => !NAME_PARTICLES.has(key)).every((key) => longKeys.includes(key));
}

function isShortOrganizationForm(short: NameGroup, long: NameGroup): boolean {
  const n = short.keys.length;
  if (n >= long.keys.length) return false;
  const joined = short.keys.join(' ');
  if (long.keys.slice(0, n).join(' ') === joined || long.keys.slice(-n).join(' ') === joined) return true;
  if (n === 1 && ORG_WORDS.has(joined) && long.keys.includes(joined)) return true;
  const initials = long.words
    .filter((word) => /^\p{Lu}/u.test(word))
    .map((word) => word[0])
    .join('');
  return n === 1 && short.words[0] === initials && initials.length >= 2;
}

function bestName(entity: Entity): string {
  const names = entity.groups.flatMap((group) => group.mentions.map((mention) => mention.name));
  return names.reduce((best, name) => (name.split(' ').length > best.split(' ').length ? name : best), names[0]!);
}

function toPerson(entity: Entity) {
  const mentions = entity.groups.flatMap((group) => group.mentions);
  return {
    name: bestName(entity),
    role: mentions.find((mention) => mention.role !== null)?.role ?? null,
    affiliation: mentions.find((mention) => mention.affiliation !== null)?.affiliation ?? null,
  };
}

function toOrganization(entity: Entity) {
  const mentions = entity.groups.flatMap((group) => group.mentions);
  return { name: bestName(entity), description: mentions.find((mention) => mention.description !== null)?.description ?? null };
}

function actingCountries(mentions: CountryMention[]): string[] {
  const totals = new Map<string, { weight: number; ambiguous: boolean }>();
  for (const mention of mentions) {
    const total = totals.get(mention.country) ?? { weight: 0, ambiguous: mention.ambiguous };
    total.weight += mention.weight;
    totals.set(mention.country, total);
  }
  return [...totals.entries()]
    .filter(([, total]) => total.weight >= (total.ambiguous ? AMBIGUOUS_COUNTRY_THRESHOLD : COUNTRY_THRESHOLD))
    .map(([country]) => country);
}
