import { normalizeForMatching } from '../grounding';
import type { Sentence } from '../text/sentence';
import { splitSentences } from '../text/sentences';
import type { Parties } from '../types';
import { lookupCountry } from './gazetteer/countries';
import { isGivenName } from './gazetteer/givenNames';
import { isCommonWord } from './gazetteer/commonWords';
import { knownOrganizationEntry, takesArticle } from './gazetteer/organizations';
import { isKnownPlace } from './gazetteer/places';
import { lowercaseAcronyms, standaloneAcronyms } from './acronyms';
import { splitDateline } from './dateline';
import { findMentions, type ArticleVocabulary, type CountryMention, type Evidence, type NameMention, type SentenceMentions } from './mentions';
import { COMPASS, DANGLING_ENDINGS, GENERATIONS, isOrgWord, isRoleWord, NAME_PARTICLES, NON_PARTY_HEADS, ORG_WORDS, RELATIONAL_ROLES } from './lexicon';

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
  /** The keys without initials or a generation ("Patrick W. Carlineo Jr." → patrick, carlineo). */
  nameKeys: string[];
  mentions: NameMention[];
  evidence: Evidence;
  kind: NameMention['kind'];
  first: number;
}

interface Entity {
  kind: 'person' | 'organization';
  groups: NameGroup[];
}

interface Cluster {
  groups: NameGroup[];
  /** What the cluster's evidence says so far; updated as groups join. */
  kind: Entity['kind'] | null;
}

/**
 * Key parties of an article, by rules over capitalised names and the words around them (titles, roles, speech
 * verbs, organisation and place words, a country gazetteer and a list of given names). Deterministic and
 * in-process; about a millisecond per article.
 */
export function extractParties(text: string, sentences: readonly Sentence[] = splitSentences(text)): Parties {
  const vocabulary: ArticleVocabulary = {
    lowerCaseWords: new Set(text.match(/(?<![\p{L}\p{N}'’-])\p{Ll}[\p{Ll}'’-]*/gu) ?? []),
    spelledOutAcronyms: lowercaseAcronyms(text),
    standaloneAcronyms: standaloneAcronyms(text),
  };
  const found = sentences.map((sentence, index) => {
    // "WASHINGTON, March 4 (Reuters) -": the agency is a source; the capitals of the place are not an acronym. Later
    // sentences may open with a dateline too, after photo captions that came first, but only one with its place in
    // capitals and its agency ("MOSCOW (AP) —"), not "Kauri (Te Kaurinui) Parata, …".
    const dateline = splitDateline(sentence.text);
    if (index > 0 && (dateline.agency === null || dateline.placeInCapitals !== true)) return findMentions(sentence.text, sentence.id, vocabulary);
    const mentions = findMentions(dateline.rest, sentence.id, vocabulary);
    if (dateline.agency !== null) mentions.names.unshift(agencyMention(dateline.agency, sentence.id));
    return mentions;
  });
  giveRolesToPronouns(found);
  const entities = resolveNames(found.flatMap((mentions) => mentions.names));
  const affiliations = affiliationResolver(entities);
  return {
    people: entities.filter((entity) => entity.kind === 'person').map((entity) => toPerson(entity, affiliations)),
    organizations: entities.filter((entity) => entity.kind === 'organization').map(toOrganization),
    countries: actingCountries(found.flatMap((mentions) => mentions.countries)).map((name) => ({ name })),
  };
}

/**
 * "… says Katie Allen. She's the director of the Center for Food and Allergy Research.": a role given to "he" or
 * "she" belongs to the one person the sentence before names, when it names exactly one and gave them no role.
 */
function giveRolesToPronouns(found: readonly SentenceMentions[]): void {
  found.forEach((mentions, index) => {
    const given = mentions.pronounRole;
    if (given === undefined || index === 0) return;
    const people = found[index - 1]!.names.filter((name) => name.kind === 'person' || (name.words.length >= 2 && name.evidence.person > 0));
    if (people.length !== 1 || people[0]!.role !== null) return;
    people[0]!.role = given.role;
    people[0]!.affiliation ??= given.affiliation;
  });
}

function agencyMention(agency: string, sentence: number): NameMention {
  return {
    kind: 'organization',
    name: agency,
    words: agency.split(/\s+/),
    sentence,
    evidence: { person: 0, organization: 3, place: 0 },
    role: null,
    affiliation: null,
    description: 'news agency',
    clauseInitial: false,
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
      const keys = mention.words.map((word) => normalizeForMatching(word));
      group = {
        key,
        words: mention.words,
        keys,
        nameKeys: keys.filter((wordKey, index) => !isInitial(mention.words[index]!) && !GENERATIONS.has(wordKey.replace(/\.$/, ''))),
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
    group.evidence.loneOrganization = (group.evidence.loneOrganization ?? 0) + (mention.evidence.loneOrganization ?? 0);
    group.evidence.product = (group.evidence.product ?? 0) + (mention.evidence.product ?? 0);
    if (mention.kind !== 'unknown' && group.kind === 'unknown') group.kind = mention.kind;
  });
  return [...groups.values()];
}

function resolveNames(mentions: NameMention[]): Entity[] {
  const allGroups = groupMentions(mentions);
  const keys = new Set(allGroups.map((group) => group.key));
  const groups = allGroups.filter((group) => lookupCountry(group.words.join(' ')) === undefined && !isPluralOfName(group, keys));
  const clusters: Cluster[] = [];
  const byLength = [...groups].sort((a, b) => b.words.length - a.words.length || a.first - b.first);

  // "MOTIE" is whatever the article defined it as, whatever its letters.
  const definedBy = new Map<string, NameGroup>();
  for (const group of groups) for (const mention of group.mentions) if (mention.acronym) definedBy.set(normalizeForMatching(mention.acronym), group);
  // Longest names first, so "Achterberg" and "Halvorsen" find "Desmond Achterberg" and "Halvorsen Maritime"; each
  // cluster is then judged on the evidence of all its mentions.
  for (const group of byLength) {
    const definer = definedBy.get(group.key);
    const target = (definer && definer !== group ? clusters.find((cluster) => cluster.groups.includes(definer)) : undefined) ?? findAlias(group, clusters);
    if (target) {
      target.groups.push(group);
      target.kind = classify(merged(target));
    } else {
      clusters.push({ groups: [group], kind: classify(group) });
    }
  }
  mergeNamesakeOrganizations(clusters);
  // "Uber Money", "Apple TV": a company's name and one more word is its product, not a person of that given name.
  const organizationKeys = new Set(clusters.filter((cluster) => cluster.kind === 'organization').flatMap((cluster) => cluster.groups.map((group) => group.key)));
  // "Michael McDonald’s voice": the possessive of a person's surname, not the company spelled the same way.
  const surnames = new Set(clusters.filter((cluster) => cluster.kind === 'person').flatMap((cluster) => cluster.groups.map((group) => group.keys[group.keys.length - 1]!)));
  for (const cluster of clusters) {
    const key = cluster.kind === 'organization' && cluster.groups.length === 1 ? cluster.groups[0]!.key : '';
    const stem = /^(.+?) ?['’]s$/.exec(key)?.[1];
    if (stem !== undefined && surnames.has(stem)) cluster.kind = null;
  }
  // "the Coty-Kylie Jenner deal", "the Merkel-Macron talks": two parties joined by a hyphen, not a compound given name.
  const allKeys = new Set(clusters.flatMap((cluster) => cluster.groups.map((group) => group.key)));
  for (const cluster of clusters) {
    if (cluster.kind === 'person' && cluster.groups.every((group) => group.kind !== 'person') && organizationKeys.has(cluster.groups[0]!.keys[0]!)) cluster.kind = null;
    const firstWord = cluster.kind === 'person' ? cluster.groups[0]!.keys[0]! : '';
    if (firstWord.includes('-') && allKeys.has(firstWord.split('-')[0]!)) cluster.kind = null;
  }
  const entities: Entity[] = [];
  for (const cluster of clusters) if (cluster.kind) entities.push({ kind: cluster.kind, groups: cluster.groups });
  return entities.sort((a, b) => firstMention(a) - firstMention(b));
}

/**
 * "Big Machine Records" and "Big Machine Label Group", with "Big Machine" alone besides: two full names of the one
 * company its short name stands for, when each only adds organisation words to it. The short name must act as a
 * company and be no place ("New York" does not make the Times and the police one body).
 */
function mergeNamesakeOrganizations(clusters: Cluster[]): void {
  for (const cluster of clusters) {
    if (cluster.kind !== 'organization') continue;
    for (const short of cluster.groups) {
      const n = short.words.length;
      if (n < 2 || short.evidence.place > 0 || short.evidence.organization + (short.evidence.loneOrganization ?? 0) <= 0) continue;
      if (isKnownPlace(short.words.join(' ')) || lookupCountry(short.words.join(' ')) !== undefined) continue;
      for (const other of clusters) {
        if (other === cluster || other.kind !== 'organization') continue;
        const head = other.groups[0]!;
        const extra = head.keys.slice(n);
        if (extra.length === 0 || head.keys.slice(0, n).join(' ') !== short.keys.join(' ') || !ORG_WORDS.has(extra[extra.length - 1]!)) continue;
        cluster.groups.push(...other.groups);
        other.groups = [];
        other.kind = null;
      }
    }
  }
}

/**
 * "MacBook Pros", "Magic Keyboards" beside "MacBook Pro": a product's name made plural counts things, and names no
 * party. Only names of two words or more: "Democrats" beside "Democrat" is a party, and so are "Liberal Democrats"
 * beside "a Liberal Democrat council leader", as a known party.
 */
function isPluralOfName(group: NameGroup, keys: ReadonlySet<string>): boolean {
  if (group.words.length < 2 || !/\p{Ll}s$/u.test(group.words[group.words.length - 1]!) || isKnown(group.key)) return false;
  return keys.has(group.key.slice(0, -1));
}

/** A cluster seen as one group: the evidence of every mention summed, the settled kind of its longest name. */
function merged(cluster: Cluster): NameGroup {
  const [head, ...rest] = cluster.groups;
  const evidence = { ...head!.evidence };
  let kind = head!.kind;
  for (const group of rest) {
    evidence.person += group.evidence.person;
    evidence.organization += group.evidence.organization;
    evidence.place += group.evidence.place;
    evidence.loneOrganization = (evidence.loneOrganization ?? 0) + (group.evidence.loneOrganization ?? 0);
    evidence.product = (evidence.product ?? 0) + (group.evidence.product ?? 0);
    if (kind === 'unknown') kind = group.kind;
  }
  if (surnameStandsAlone(head!, rest)) {
    evidence.person += 2;
    evidence.place = 0;
  }
  return { ...head!, evidence, kind, mentions: cluster.groups.flatMap((group) => group.mentions) };
}

/**
 * "Cheteshwar Pujara … Pujara", "Mitchell Johnson … off Johnson": a name whose last word the article later writes on
 * its own is a person's. Organisations are shortened to their first word ("Halvorsen Maritime" … "Halvorsen") and
 * places hardly at all, so prepositions before the short form ("off Johnson") say nothing of a place. Not a last word
 * that names by itself: "United", "Madrid", "Bank".
 */
function surnameStandsAlone(head: NameGroup, rest: readonly NameGroup[]): boolean {
  // "HMP Belmarsh … Belmarsh": an acronym opens a body's or a facility's name, not a person's.
  if (head.words.length < 2 || /^\p{Lu}{2,}$/u.test(head.words[0]!)) return false;
  const [first, last] = [head.words[0]!, head.words[head.words.length - 1]!];
  const lastLower = last.toLowerCase();
  // "Steve Smith … Smith" is a man whose surname is an everyday word; "Veteran Wall Streeter Charlotte Beyer … Beyer"
  // runs a description that opens the clause into her name, so the name's words are not all hers.
  const firstLower = first.toLowerCase();
  const givenNameFirst = isGivenName(first) && !isCommonWord(firstLower);
  const describedAtClauseStart = isCommonWord(firstLower) && head.mentions.every((mention) => mention.clauseInitial);
  if ((isCommonWord(lastLower) || describedAtClauseStart) && !givenNameFirst) return false;
  if (isOrgWord(lastLower) || isKnownPlace(last) || isKnown(head.keys[0]!)) return false;
  return rest.some((group) => group.words.length === 1 && group.key === head.keys[head.keys.length - 1]);
}

function firstMention(entity: Entity): number {
  return Math.min(...entity.groups.map((group) => group.first));
}

function classify(group: NameGroup): Entity['kind'] | null {
  let { person, place } = group.evidence;
  let { organization } = group.evidence;
  // "Sacramento", "Minnesota", "Abu Dhabi": a known city or region is a place unless its context says otherwise.
  // "Yobe North", "Northern California": a compass word and a known place name a region.
  const withoutCompass = group.words.filter((word) => !COMPASS.has(word.toLowerCase()));
  const placeName = withoutCompass.length > 0 && withoutCompass.length < group.words.length ? withoutCompass.join(' ') : group.words.join(' ');
  const known = isKnown(group.key);
  // "Toyota" and "Nokia" are towns too, but the news means the company.
  const knownPlace = group.kind !== 'person' && isKnownPlace(placeName) && !known;
  if (knownPlace) {
    place += 2.5;
    person -= 2;
  }
  // "Oculus" acquired, once "Oculus VR" is known: a company's short form lends its hints to a full name that is no
  // person's (no given name first, no evidence of a person).
  // Not a place's name inside a longer one ("Europa Clipper" after "Europa's plumes"), nor words that only open a
  // clause ("“Make Trump go away”").
  const fullNameMidClause = group.mentions.some((mention) => mention.words.length === group.words.length && !mention.clauseInitial);
  const companyName = group.words.length >= 2 && !isGivenName(group.words[0]!) && person <= 0 && place <= 0 && group.kind !== 'person' && fullNameMidClause;
  // A known organisation's full name lends it its short forms' hints ("the Thunder" of "Oklahoma City Thunder").
  if ((group.words.length === 1 || companyName || known) && !knownPlace) organization += group.evidence.loneOrganization ?? 0;
  const single = group.words.length === 1 ? group.words[0]! : undefined;
  // A word that names no one on its own: "Court", "Commission" count only as short forms of a full name.
  // "Taliban" is both such a word ("the Afghan Taliban") and a known body on its own.
  if (single !== undefined && ORG_WORDS.has(single.toLowerCase()) && !STANDALONE_BODIES.has(single.toLowerCase()) && !known) return null;
  // "Democratic", "Republican" alone are adjectives of a party, not the party.
  if (single !== undefined && PARTY_ADJECTIVES.has(single.toLowerCase())) return null;
  // "Subsoil Water Act", "Nobel Prize": laws and prizes act on no one.
  // Nor a name cut before its last word ("Office of the").
  const lastLower = group.words[group.words.length - 1]!.toLowerCase();
  if (NON_PARTY_HEADS.has(lastLower) || DANGLING_ENDINGS.has(lastLower)) return null;
  if (group.kind === 'person') return 'person';
  if (group.kind === 'organization') return place > organization ? null : 'organization';
  // "the ProMotion display … ProMotion makes scrolling smooth": a brand-spelled word the article writes as a
  // product or feature more often than otherwise is the product, not a company.
  if (single !== undefined && (group.evidence.product ?? 0) * 2 > group.mentions.length) return null;
  // A single name that recurs and is neither a given name nor a place is most often a company ("Boeing").
  if (single !== undefined && group.mentions.length >= 3 && place === 0 && !isGivenName(single)) organization += 1;
  // A lone capitalised word that only ever opens a clause may be a common word ("Ratings agency …").
  if (group.mentions.every((mention) => mention.clauseInitial) && single !== undefined && !/^\p{Lu}{2,}$/u.test(single) && organization < ORGANIZATION_THRESHOLD) return null;
  // "North America", "South Dakota", "North American": a compass word opens the name of a region, not a person's.
  const regionLike = COMPASS.has(group.words[0]!.toLowerCase());
  // "Advocacy Director for the Middle East": a job's title with its field, not the person holding it.
  const title = group.words.some((word) => isRoleWord(word.toLowerCase())) && group.words.some((word) => TITLE_CONNECTORS.has(word));
  if (title) return null;
  // "Yahoo Finance", "Google Maps": a known company's name opening a longer one names its product or unit.
  // Not a team's nickname: "Magic Johnson" is a person.
  const companysOwn = group.words.length >= 2 && isKnown(group.keys[0]!) && !takesArticle(group.words[0]!) && !known;
  if (group.words.length >= 2 && !regionLike && !companysOwn && person >= PERSON_THRESHOLD && person > organization && place < 2) return 'person';
  if (organization >= ORGANIZATION_THRESHOLD && organization > person && place < organization) return 'organization';
  return null;
}

/**
 * An earlier, longer name this one is a shorter form of: a surname or given name of a person, the first or last
 * words, head word or initials of an organisation. People win ties: a lone surname is usually a person.
 */
function findAlias(group: NameGroup, clusters: Cluster[]): Cluster | undefined {
  // A lone name that acts like a company is no given-name form of "Uber Money", a product named after it.
  const companyLike = (group.evidence.loneOrganization ?? 0) + group.evidence.organization > group.evidence.person + 1;
  const person =
    group.kind === 'organization'
      ? undefined
      : clusters.find(
          (cluster) =>
            cluster.kind !== 'organization' &&
            cluster.groups.some((other) => isShortPersonForm(group, other) && !(companyLike && (isProductName(other, group) || knownCompany(group, other)))),
        );
  if (person) return person;
  if (group.kind === 'person' && group.words.length >= 2) return undefined;
  const organizations = clusters.filter((cluster) => cluster.kind !== 'person');
  // "VW" is "Volkswagen" when both are forms of one known organisation.
  const entry = knownOrganizationEntry(group.key);
  // "DHS" is "Department of Homeland Security" before it is the first word of "DHS Office of Inspector General".
  return (
    (entry === undefined ? undefined : organizations.find((cluster) => cluster.groups.some((other) => knownOrganizationEntry(other.key) === entry))) ??
    organizations.find((cluster) => cluster.groups.some((other) => spellsInitialsOf(group, other))) ??
    organizations.find((cluster) => cluster.groups.some((other) => isShortOrganizationForm(group, other)))
  );
}

function isShortPersonForm(short: NameGroup, long: NameGroup): boolean {
  if (sameInitialsAndSurname(short, long) || sameGivenNameAndSurname(short, long)) return true;
  if (short.words.length >= long.words.length) return false;
  const longKeys = long.keys.filter((key) => !NAME_PARTICLES.has(key)).map(withoutArticle);
  const shortKeys = short.keys.filter((key) => !NAME_PARTICLES.has(key)).map(withoutArticle);
  // "La." (Louisiana) is no short form of "Monica de Bolle": a particle alone names no one.
  return shortKeys.length > 0 && shortKeys.every((key) => longKeys.includes(key));
}

/** "al-Bashir" is "Bashir" on second mention: an Arabic article joined to a surname by a hyphen. */
function withoutArticle(key: string): string {
  return key.replace(/^(?:al|el|ad|as|ash|an|ar|az|ud)-(?=\p{L}{2})/u, '');
}

/**
 * "Uber Money" after "Uber": a company's name and one more word, first written after the company alone, names a
 * product. "Arden Micro" before "Arden" is the company's full name.
 */
function isProductName(long: NameGroup, brand: NameGroup): boolean {
  return long.kind !== 'person' && long.keys[0] === brand.key && long.first > brand.first;
}

/** A group's key (or one word's) is a form of a known organisation; keys are normalised as the gazetteer's names are. */
function isKnown(key: string): boolean {
  return knownOrganizationEntry(key) !== undefined;
}

/** "Google" before "Google Stadia": a known company is no given name of whatever is named after it. */
function knownCompany(brand: NameGroup, long: NameGroup): boolean {
  return long.kind !== 'person' && long.keys[0] === brand.key && isKnown(brand.key);
}

/** "B. U. Nzeribe" and "Benjamin Nzeribe": the same surname, and initials that fit the given names. */
function sameInitialsAndSurname(a: NameGroup, b: NameGroup): boolean {
  const [initialled, spelled] = a.words.some(isInitial) ? [a, b] : [b, a];
  if (!initialled.words.some(isInitial) || spelled.words.some(isInitial) || spelled.words.length < 2) return false;
  if (initialled.keys[initialled.keys.length - 1] !== spelled.keys[spelled.keys.length - 1]) return false;
  const initials = initialled.words.slice(0, -1);
  return initials.every(isInitial) && initials[0]![0] === spelled.words[0]![0];
}

/**
 * "Patrick Carlineo Jr.", "Patrick W. Carlineo" and "Pat Carlineo": one man, whatever middle initial or generation
 * each mention gives, and whether it spells his given name out or shortens it.
 */
function sameGivenNameAndSurname(a: NameGroup, b: NameGroup): boolean {
  const [first, second] = [a.nameKeys, b.nameKeys];
  if (first.length !== 2 || second.length !== 2 || first[1] !== second[1]) return false;
  const [shorter, longer] = first[0]!.length <= second[0]!.length ? [first[0]!, second[0]!] : [second[0]!, first[0]!];
  // "Pat", "Dan", "Rob": a short form of three letters; "Chris Evans" and "Christine Evans" are two people.
  return shorter === longer || (shorter.length === 3 && longer.startsWith(shorter));
}

function isInitial(word: string): boolean {
  return /^\p{Lu}\.?$/u.test(word);
}

function isShortOrganizationForm(short: NameGroup, long: NameGroup): boolean {
  const n = short.keys.length;
  // "Homeland Security Department" and "Department of Homeland Security": the same words in another order.
  if (n >= 2 && contentWords(short) === contentWords(long)) return true;
  if (n >= long.keys.length) return false;
  const joined = short.keys.join(' ');
  // "English Premier League" is also "the Premier League".
  if (lookupCountry(long.words[0]!) !== undefined && long.keys.slice(1).join(' ') === joined) return true;
  // The last words drop a qualifier ("Security Council" for "UN Security Council"); the first words are a short form
  // only when they are a bare name ("Halvorsen" for "Halvorsen Maritime"), not a complete organisation name that a
  // longer one belongs to ("United Nations" in "United Nations High Commissioner for Human Rights").
  // Not a known name closing an unknown one: "VOA Pentagon correspondent" is no short form's full name.
  if (long.keys.slice(-n).join(' ') === joined && !(isKnown(short.key) && !isKnown(long.key))) return true;
  // "Disney" for "Walt Disney Co.": the last words before the corporate form.
  const lastKey = long.keys[long.keys.length - 1]!.replace(/\.$/, '');
  if (CORPORATE_FORMS.has(lastKey) && long.keys.length > n + 1 && long.keys.slice(-n - 1, -1).join(' ') === joined) return true;
  // "Whole Foods" for "Whole Foods Market", "Arden" for "Arden Holdings": the full name only adds its corporate form.
  if (long.keys.length === n + 1 && long.keys.slice(0, n).join(' ') === joined && CORPORATE_FORMS.has(long.keys[n]!.replace(/\.$/, ''))) return true;
  // "Hong Kong" is where "Hong Kong police" serves, not a short form of it.
  const placesForce = long.words[long.words.length - 1] === 'police';
  // "UEFA" runs the "UEFA Nations League", a competition, and is not a short form of it.
  const organizersCompetition = /^\p{Lu}{2,}$/u.test(short.words[0]!) && COMPETITIONS.has(long.keys[long.keys.length - 1]!);
  // "Google" names the company, "Google Stadia" its product and "Amazon Web Services" a unit of its own; but "Ford"
  // is short for "Ford Motor Company".
  const knownBrandsProduct = isKnown(short.key) && !CORPORATE_FORMS.has(long.keys[long.keys.length - 1]!.replace(/\.$/, ''));
  // "ESA" written alone is the agency that "ESA Topical Team" belongs to, not a short form of it.
  const parentAcronym = n === 1 && /^\p{Lu}{2,}$/u.test(short.words[0]!) && long.keys.length > 1;
  if (long.keys.slice(0, n).join(' ') === joined && (short.kind !== 'organization' || n === 1) && !placesForce && !organizersCompetition && !knownBrandsProduct && !parentAcronym) return true;
  if (n === 1 && ORG_WORDS.has(joined) && long.keys.includes(joined)) return true;
  // "the powerful House Committee" for "House Select Committee on Intelligence": the same first word and head, with
  // qualifiers and the field after "on" or "of" left out.
  if (n >= 2 && isSkippingForm(short.keys, long.keys)) return true;
  // "the Conservatives" for "Conservative Party".
  if (n === 1 && joined === `${long.keys[0]}s`) return true;
  return spellsInitialsOf(short, long);
}

function isSkippingForm(short: readonly string[], long: readonly string[]): boolean {
  const connector = long.findIndex((key) => LINKING_WORDS.has(key));
  const head = connector < 0 ? long : long.slice(0, connector);
  if (short[0] !== head[0] || short[short.length - 1] !== head[head.length - 1] || !ORG_WORDS.has(short[short.length - 1]!) || short.length >= head.length) return false;
  let at = 0;
  for (const key of head) if (key === short[at]) at += 1;
  return at === short.length;
}

/**
 * "FA" for "Football Association", "PG&E" for "Pacific Gas & Electric Co.", "PUC" for "California Public Utilities
 * Commission": the letters are the initials of the whole name or of its last words.
 */
function spellsInitialsOf(short: NameGroup, long: NameGroup): boolean {
  if (short.keys.length !== 1 || long.keys.length < 2 || !/^[\p{Lu}&.]{2,}$/u.test(short.words[0]!)) return false;
  const letters = short.words[0]!.replace(/[&.]/g, '');
  const initials = long.words
    .filter((word) => /^\p{Lu}/u.test(word) && !LEGAL_SUFFIXES.has(word.replace(/\.$/, '').toLowerCase()))
    .map((word) => word[0])
    .join('');
  return letters.length >= 2 && initials.endsWith(letters) && letters.length >= initials.length - 1;
}

const PARTY_ADJECTIVES = new Set(['democratic', 'republican']);
const TITLE_CONNECTORS = new Set(['for', 'of', 'the']);
/** Bodies a country has one of, named alone: "the Senate voted", "Parliament approved". */
const STANDALONE_BODIES = new Set(['senate', 'congress', 'parliament']);
/** "London-based", "Iran-backed": says where from or who backs, not whom a person works for. */
const PLACE_ADJECTIVE = /-(?:based|born|backed|bred|raised)$/i;
const LEGAL_SUFFIXES = new Set(['co', 'inc', 'ltd', 'corp', 'llc', 'plc']);
/** Last words of competitions an organisation runs ("UEFA Nations League", "FIFA World Cup", "PGA Tour"). */
const COMPETITIONS = new Set(['league', 'cup', 'tour', 'series', 'finals']);
/** Last words that give a company's form, not another body: "Market", "Group", "Holdings", "Inc.". */
const CORPORATE_FORMS = new Set([...LEGAL_SUFFIXES, 'market', 'markets', 'group', 'company', 'corporation', 'incorporated', 'limited', 'holdings']);
const LINKING_WORDS = new Set(['of', 'the', 'and', '&', 'for', 'on']);

function contentWords(group: NameGroup): string {
  return group.keys.filter((key) => !LINKING_WORDS.has(key)).sort().join(' ');
}

/** The fullest name: most spelled-out words ("Benjamin Nzeribe" over "B. U. Nzeribe"), then most words. */
function bestName(entity: Entity): string {
  const names = entity.groups.flatMap((group) => group.mentions.map((mention) => mention.name));
  const rank = (name: string) => {
    const words = name.split(' ');
    return words.filter((word) => !isInitial(word)).length * 100 + words.length;
  };
  return names.reduce((best, name) => (rank(name) > rank(best) ? name : best), names[0]!);
}

/**
 * Where a person works, as the article's own parties name it: "Thornbury" becomes the organisation "Thornbury
 * Athletic" it is a short form of; another person ("Achterberg's lawyer", "a victim of Epstein's …") is no
 * affiliation at all. Anything else is kept as written.
 */
function affiliationResolver(entities: Entity[]): (affiliation: string) => string | null {
  const names = new Map<string, string | null>();
  for (const entity of entities) {
    const resolved = entity.kind === 'organization' ? bestName(entity) : null;
    for (const group of entity.groups) if (!names.has(group.key)) names.set(group.key, resolved);
  }
  return (affiliation) => {
    const key = normalizeForMatching(affiliation);
    return names.has(key) ? names.get(key)! : affiliation;
  };
}

function toPerson(entity: Entity, resolveAffiliation: (affiliation: string) => string | null) {
  const mentions = entity.groups.flatMap((group) => group.mentions);
  const ownKeys = new Set(entity.groups.map((group) => group.key));
  const affiliation = mentions
    .map((mention) => mention.affiliation)
    .filter((candidate): candidate is string => candidate !== null && !ownKeys.has(normalizeForMatching(candidate)) && !PLACE_ADJECTIVE.test(candidate))
    .map(resolveAffiliation)
    .find((candidate) => candidate !== null);
  return {
    name: bestName(entity),
    role: mentions.map((mention) => mention.role).find((role): role is string => role !== null && !RELATIONAL_ROLES.has(role.toLowerCase().split(' ').pop()!)) ?? null,
    affiliation: affiliation ?? null,
  };
}

function toOrganization(entity: Entity) {
  const mentions = entity.groups.flatMap((group) => group.mentions);
  return { name: bestName(entity), description: mentions.find((mention) => mention.description !== null)?.description ?? null };
}

function actingCountries(mentions: CountryMention[]): string[] {
  const totals = new Map<string, { weight: number; ambiguous: boolean }>();
  const seenOrganizations = new Set<string>();
  for (const mention of mentions) {
    // "the 2019 American Music Awards" twice is one organisation that happens to name a country, not two.
    if (mention.organization !== undefined) {
      const key = `${mention.country}|${mention.organization}`;
      if (seenOrganizations.has(key)) continue;
      seenOrganizations.add(key);
    }
    const total = totals.get(mention.country) ?? { weight: 0, ambiguous: mention.ambiguous };
    total.weight += mention.weight;
    totals.set(mention.country, total);
  }
  return [...totals.entries()]
    .filter(([, total]) => total.weight >= (total.ambiguous ? AMBIGUOUS_COUNTRY_THRESHOLD : COUNTRY_THRESHOLD))
    .map(([country]) => country);
}
