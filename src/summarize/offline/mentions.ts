import { countryOfCapital } from './gazetteer/capitals';
import { lookupCountry, MAX_COUNTRY_FORM_WORDS, type CountryForm } from './gazetteer/countries';
import { isGivenName } from './gazetteer/givenNames';
import { isCommonWord } from './gazetteer/commonWords';
import { isKnownOrganization, takesArticle } from './gazetteer/organizations';
import { isKnownPlace } from './gazetteer/places';
import {
  ACQUIRE_VERBS,
  ACQUISITION_NOUNS,
  AMBIGUOUS_ROLES,
  APPOINTMENT_VERBS,
  AUXILIARIES,
  BY_AGENT_VERBS,
  COMPASS,
  CRAFT_NOUNS,
  CORPORATE_VERBS,
  CONNECTORS_AFTER_ORG,
  DONE_TO_PEOPLE,
  FUNCTION_WORDS,
  GENERATIONS,
  HONORIFICS,
  isOrgDescriptor,
  isOrgWord,
  isRoleWord,
  KINSHIP,
  LOCATIVE_PREPOSITIONS,
  MATCH_VERBS,
  NAME_ENDINGS,
  NAME_PARTICLES,
  NEWSPAPER_WORDS,
  PLACE_NEWSPAPER_WORDS,
  NON_NAME_WORDS,
  NON_ORG_ACRONYMS,
  PEOPLE_PLURALS,
  POSITION_ABBREVIATIONS,
  POST_NOMINALS,
  PRESENTING_VERBS,
  ORG_DESCRIPTORS,
  ORG_TYPE_NOUNS,
  ORGANIZATION_PARTS,
  PLACE_OR_EVENT_NOUNS,
  PLACE_WORDS,
  RELATIONAL_ROLES,
  ROLE_MODIFIERS,
  SPEECH_VERBS,
  STATE_ACTOR_NOUNS,
  SURNAME_LIKE,
} from './lexicon';
import { tokenize, type Token } from './tokens';

/** Bodies of a state, which act for the country named at their head ("the US Army", "Kenyan Ministry of Health"). */
const STATE_BODY_WORDS = new Set(['ministry', 'department', 'treasury', 'army', 'navy', 'embassy', 'government', 'police', 'military', 'forces', 'guard', 'parliament', 'cabinet']);

/** How strongly the words around a name say what it is; summed over all mentions of an entity. */
export interface Evidence {
  person: number;
  organization: number;
  place: number;
  /**
   * Hints that a name written as one word is a company ("Apple's credit card", "Reuters reported"); they count only
   * when no longer name of the same entity exists: "Epstein's crimes" says nothing once "Jeffrey Epstein" is known.
   */
  loneOrganization?: number;
  /** Mentions written as a product or feature of something else ("the ProMotion display", "its SmartThermostat"). */
  product?: number;
}

export interface NameMention {
  /** `person` and `organization` are settled by the name itself; `unknown` waits for its context and other mentions. */
  kind: 'person' | 'organization' | 'unknown';
  /** The name as written, without titles, honorifics, possessives or a leading "the". */
  name: string;
  words: string[];
  sentence: number;
  evidence: Evidence;
  role: string | null;
  /** A country or organisation the role belongs to, as written. */
  affiliation: string | null;
  /** For organisations: what the article calls it ("shipping group"). */
  description: string | null;
  /** The first word opens its clause, so its capital letter proves nothing. */
  clauseInitial: boolean;
  /** An acronym the article defines for this name in brackets right after it: "Ministry of … (MOTIE)". */
  acronym?: string;
}

export interface CountryMention {
  country: string;
  /** 2 when the country acts in the sentence, 1 when it is mentioned, 0.5 when it only locates something. */
  weight: number;
  ambiguous: boolean;
  sentence: number;
  /** Set when the country only appears inside this organisation's name ("Iranian Ministry of Energy"). */
  organization?: string;
}

/** What the whole article says about its words, for reading each sentence. */
export interface ArticleVocabulary {
  /** Every word the article writes in lower case: a capitalised one opening a clause ("Key", "Analysts") is common. */
  lowerCaseWords: ReadonlySet<string>;
  /** Abbreviations spelled out in lower-case words ("hypersensitivity pneumonitis, or HP"): things, not organisations. */
  spelledOutAcronyms: ReadonlySet<string>;
  /** Acronyms the article also writes on their own, not only as the first word of a longer name ("HMP Belmarsh"). */
  standaloneAcronyms: ReadonlySet<string>;
}

const EMPTY_VOCABULARY: ArticleVocabulary = { lowerCaseWords: new Set(), spelledOutAcronyms: new Set(), standaloneAcronyms: new Set() };

export interface SentenceMentions {
  names: NameMention[];
  countries: CountryMention[];
  /** "She's the director of the Center for …": a role given to whoever "he" or "she" is, at the sentence's start. */
  pronounRole?: { role: string; affiliation: string | null };
}

/** Words that may follow a plural noun closing its phrase ("Swiss Army knives are …"), but rarely a verb. */
const THING_PHRASE_ENDS = new Set(['are', 'were', 'and', 'or', 'for', 'from', 'with', 'by', 'which', 'made', 'sold', 'can', 'will', 'have', 'had']);

/** Words after a number that make it a count or a share, not a model ("2 percent", "3 goals"). */
const COUNTED_UNITS = new Set(['percent', 'per', 'points', 'point', 'million', 'billion', 'trillion', 'times', 'years', 'months', 'weeks', 'days', 'games', 'goals', 'seats', 'votes', 'wins', 'runs', 'of', 'to', 'and', 'or']);

/** Last words of names that are also buildings one can be inside ("Oval Office", "White House", "City Hall"). */
const BUILDING_WORDS = new Set(['office', 'house', 'hall']);
const INSIDE_PREPOSITIONS = new Set(['in', 'into', 'inside', 'outside']);

/** What knowing a name as an organisation is worth: enough on its own, not enough against a person's full name. */
const KNOWN_ORGANIZATION_WEIGHT = 2.5;

/** Last words of clubs' names: "Riverside United", "Northgate City", "Castlebridge Athletic". */
const TEAM_WORDS = new Set(['united', 'city', 'town', 'county', 'rovers', 'athletic', 'athletico', 'albion', 'wanderers', 'hotspur', 'fc', 'sc', 'club']);

/** Past tenses without "-ed" that say a subject acted: "Argentina got past Chile", "Russia won", "France sent troops". */
const IRREGULAR_PAST = new Set('won lost beat got took made gave held led met sent sold told kept paid brought bought fought chose drew fell grew hit rose ran saw sought spent stood struck threw became began broke came did went'.split(' '));

/** Last words of the names of places where events are held. */
const VENUE_WORDS = new Set(['center', 'centre', 'arena', 'stadium', 'coliseum', 'garden', 'gardens', 'theater', 'theatre', 'amphitheater', 'pavilion', 'ballpark']);

/** Words that make a "Center" an institution people work at, not a venue: "Feinstein International Center". */
const INSTITUTION_WORDS = new Set(['research', 'international', 'national', 'medical', 'cancer', 'health', 'space', 'policy', 'studies', 'science', 'data', 'hurricane', 'trauma', 'children’s', "children's"]);

/** Descriptions of companies that never begin a company's own name. */
const DESCRIPTIONS = new Set(
  'carmaker automaker chipmaker drugmaker retailer lender insurer regulator watchdog rival supplier miner developer shipper contractor startup start-up manufacturer producer designer distributor publisher'.split(' '),
);

/** What a work is, before its title: "the film The Aviator". */
const WORK_NOUNS = new Set(['film', 'movie', 'book', 'novel', 'album', 'song', 'single', 'show', 'series', 'play', 'musical', 'documentary', 'game', 'opera', 'sitcom', 'drama']);

/** Possessive determiners before a product's name: "its SmartThermostat", "their AirPods". */
const PRODUCT_OWNERS = new Set(['its', 'their', 'our', 'your', 'my']);

/** Words before a language's name ("speaks Russian", "learning French"). */
const LANGUAGE_VERBS = new Set('speak speaks spoke speaking learn learning learned teach taught'.split(' '));
/** Prepositions before a language that closes its phrase ("think in English.", "translated from French,"). */
const LANGUAGE_PREPOSITIONS = new Set(['in', 'from', 'into']);
/** Nouns after a language's name ("English speakers", "the Arabic translation"). */
const LANGUAGE_NOUNS = new Set(['language', 'speakers', 'translation', 'subtitles']);

/** Results a side wins or loses against another ("a loss to the Chiefs", "the win over Leeds", "lost to"). */
const RESULT_WORDS = new Set('loss losses win wins victory victories defeat defeats lost losing'.split(' '));
const RESULT_PREPOSITIONS = new Set(['to', 'over', 'against']);

/** Exchanges named before a ticker: "(NYSE: JPM)", "(Nasdaq: CSCO)". */
const STOCK_EXCHANGES = new Set(['NYSE', 'NASDAQ', 'Nasdaq', 'LSE', 'TSX', 'ASX', 'AMEX', 'NYSEArca', 'OTC']);
/** What follows a company's name in brackets when it gives its ticker: "JPM)", "ticker: HD)", "NYSE: JPM)". */
const TICKER_IN_BRACKETS = new RegExp(
  `^(?:(?:ticker|${[...STOCK_EXCHANGES].join('|')})\\s*:\\s*)?\\p{Lu}{1,5}(?:\\.\\p{Lu})?\\s*\\)`,
  'u',
);
/**
 * US states' postal codes, which name places alone too ("avoid DC traffic", "from NC"). Not those the news mostly
 * writes for something else: "PA" (the Press Association), "VA" (Veterans Affairs), "MS" (the illness), "GA", "MD",
 * "ME", "OR", "IN".
 */
const STATE_CODES = new Set(
  `AL AK AZ AR CA CO CT DE DC FL HI ID IL IA KS KY LA MA MI MN MO MT NE NV NH NJ NM NY NC ND OH OK RI SC SD TN TX UT VT
   WA WV WI WY`.split(/\s+/),
);

/** Holidays greeted with "Merry" or "Happy". */
const HOLIDAYS = new Set('christmas xmas new thanksgiving easter holidays birthday hanukkah diwali eid'.split(' '));

/** Months that are also surnames ("Theresa May", "Mark May", "Kelly April"). */
const MONTH_SURNAMES = new Set(['may', 'june', 'april', 'august']);

const DETERMINERS = new Set(['a', 'an', 'the', 'its', 'his', 'her', 'their', 'another']);

/** Names and countries in one sentence, read with what the whole article says about its words. */
export function findMentions(sentenceText: string, sentence: number, vocabulary: ArticleVocabulary = EMPTY_VOCABULARY): SentenceMentions {
  // "… pic.twitter.com/x — Jackzelia Banks (@JackieRue) December 22, 2014": an embedded post's author is quoted,
  // whatever else the sentence holds; the rest of the sentence is read without it.
  const postAuthors = [...sentenceText.matchAll(POST_AUTHOR)].map(([, author]) => postAuthorMention(author!, sentence));
  const found: SentenceMentions = { names: [], countries: [] };
  if (isCitation(sentenceText) || isCreditLine(sentenceText)) {
    found.names.push(...postAuthors);
    return found;
  }
  const text = sentenceText
    .replace(POST_AUTHOR, ' ')
    .replace(PHOTO_CREDIT, ' ')
    .replace(SLASH_CREDIT, ' ')
    .replace(IMAGE_CREDIT, ' ')
    .replace(INSTRUMENT_CODE, ' ')
    .replace(QUOTED_TEXT, (quoted, inner: string) => (isTitleOfWork(inner) ? ' ' : quoted))
    .replace(BRACKETED_GIVEN_NAME, (bracketed, given: string) => (isGivenName(given) ? `${given} ` : bracketed));
  const tokens = tokenize(text);
  if (isShouting(tokens)) {
    // "F-Squared Paid $35 Million In A Settlement (The Wall Street Journal)": a headline's source is an outlet.
    const source = HEADLINE_SOURCE.exec(text.trim())?.[1];
    if (source !== undefined && looksLikeSource(source)) {
      found.names.push(standaloneMention(source, sentence, { person: 0, organization: 3, place: 0 }));
    }
  } else {
    const finder = new SentenceAnalysis(tokens, sentence, found, vocabulary.lowerCaseWords, vocabulary);
    finder.run();
    found.pronounRole = finder.pronounRole();
  }
  found.names.push(...postAuthors);
  return found;
}

/** A headline's closing bracket naming its source: "… Emerging Markets (Morningstar)". */
const HEADLINE_SOURCE = /\((?:The )?(\p{Lu}[\p{L}&'’.]*(?: \p{Lu}[\p{L}&'’.]*){0,4})\)\s*$/u;

/** The author of an embedded post: a dash, a name, the handle in brackets. */
const POST_AUTHOR = /[—–]\s+((?:\p{Lu}[\p{L}\p{M}'’.-]*\s){0,3}\p{Lu}[\p{L}\p{M}'’.-]*)\s+\(@\w{1,30}\)/gu;

/**
 * A person ("Kenneth Barrett", "Governor Kristi Noem") unless the name is one word, says it is a body or an outlet
 * ("Sporting News", "The Nigerian Senate") or opens with an everyday word; without its title or "The".
 */
function postAuthorMention(author: string, sentence: number): NameMention {
  const lower = (word: string) => word.toLowerCase().replace(/\.$/, '');
  let words = author.split(' ');
  if (words[0] === 'The' && words.length > 1) words = words.slice(1);
  // "Governor Kristi Noem", "Rep. Ilhan Omar", "Deputy Mayor Ann Lee": a title ends in its role word.
  let title = 0;
  const titleWord = (word: string) => HONORIFICS.has(lower(word)) || isRoleWord(lower(word));
  while (title < words.length - 1 && (titleWord(words[title]!) || ROLE_MODIFIERS.has(lower(words[title]!)))) title += 1;
  while (title > 0 && !titleWord(words[title - 1]!)) title -= 1;
  words = words.slice(title);
  const name = words.join(' ');
  const bodyWord = (word: string) => isOrgWord(lower(word)) || NEWSPAPER_WORDS.has(lower(word)) || /^\p{Lu}{2,}$/u.test(word);
  const bodyLike = words.some(bodyWord) || isKnownOrganization(name);
  // "Digital Foundry" opens with an everyday word, which a person's name does only with a given name ("Will Smith").
  const nameFirst = isGivenName(words[0]!) || !isCommonWord(lower(words[0]!));
  const person = words.length >= 2 && !bodyLike && nameFirst;
  const evidence = person ? { person: 3, organization: 0, place: 0 } : { person: -2, organization: 3, place: 0 };
  return standaloneMention(name, sentence, evidence);
}

/** A known name, one that says it is an outlet or a body, or one word that is no everyday word ("Morningstar"). */
function looksLikeSource(name: string): boolean {
  const words = name.split(' ');
  const outletWord = words.some((word) => isOrgWord(word.toLowerCase()) || NEWSPAPER_WORDS.has(word.toLowerCase()));
  return isKnownOrganization(name) || outletWord || (words.length === 1 && !isCommonWord(name.toLowerCase()));
}

/** A name read from a sentence's furniture (a post's author, a headline's source), not from its prose. */
function standaloneMention(name: string, sentence: number, evidence: Evidence): NameMention {
  const words = name.split(' ');
  return { kind: 'unknown', name, words, sentence, evidence, role: null, affiliation: null, description: null, clauseInitial: false };
}

/** "More information: G. Petit et al. … DOI: 10.1007/…": a reference list names authors and books, not parties. */
function isCitation(text: string): boolean {
  return /\bet al\.|\bdoi:\s*10\.|^More information:/i.test(text);
}

/** Prefixes of surnames written with a capital inside: "McKinley", "MacLeod", "DeSantis", "LeBlanc", "DiMaggio". */
const SURNAME_PREFIX = /^(?:Mc|Mac|De|Di|Da|Du|Le|La|Van|Von|Fitz|O)\p{Lu}/u;

/** "(Oleg Urusov/ Roscosmos Press Service photo via AP)", "(Photo: Jane Doe/Getty Images)": a caption's credit. */
const PHOTO_CREDIT = /\((?=[^()]*\b(?:[Pp]hoto|Getty Images|via (?:AP|AFP|Reuters)|Shutterstock|[Ii]mage credit)\b|File\b[^()]*\/)[^()]{0,120}\)/g;
/** "Chip Somodevilla/Getty Images": a photographer and the agency, credited without brackets. */
const SLASH_CREDIT = /(?:\p{Lu}[\p{L}'’.-]*\s){0,3}\p{Lu}[\p{L}'’.-]*\s?\/\s?(?:Getty Images|AFP|Reuters|AP|EPA|Bloomberg)\b/gu;
/** "Credit: Paramount Pictures View full size image": a picture's credit and its link, inside the text. */
const IMAGE_CREDIT = /\b(?:Credit|Photo|Image):\s[^.:]{1,80}?\bView (?:full size|larger) image\b/g;

const QUOTED_TEXT = /[“"]([^”"“]{1,100})[”"]/g;

/** Reuters instrument codes in market reports: ".DJI", ".MIAPJ0000PUS", "US10YT=RR", "XAU=". */
const INSTRUMENT_CODE = /(?<=^|\s|\()\.[A-Z][A-Z0-9]{1,14}\b|\b[A-Z0-9]{2,12}=[A-Z]{0,4}(?=\s|$|[,.;)])/g;

/** "Coach (Frank) Vogel": a quotation's editor adds the given name in brackets before the surname. */
const BRACKETED_GIVEN_NAME = /[([](\p{Lu}\p{Ll}+)[)\]] (?=\p{Lu})/gu;

/**
 * “Takin’ It To the Streets,”, “Long Train Running”: a song's, book's or film's title in quotes, every longer word
 * capitalised, is no one's name; a quotation of speech is written in prose.
 */
function isTitleOfWork(inner: string): boolean {
  const words = inner.replace(/[,.!?]+$/, '').split(/\s+/).filter((word) => /\p{L}/u.test(word));
  const longer = words.filter((word) => word.replace(/[^\p{L}]/gu, '').length >= 4);
  return words.length >= 2 && words.length <= 8 && longer.length >= 2 && longer.every((word) => /^\p{Lu}/u.test(word));
}

/**
 * "Marcia Dunn in Cape Canaveral contributed to this report.", "(Reporting by Will Dunham; Editing by Tom Brown)":
 * the newsroom's credits name its staff, not parties to the story.
 */
function isCreditLine(text: string): boolean {
  return (
    /\bcontributed (?:reporting )?(?:to )?(?:this|the) (?:report|story|article)|^\(?(?:Additional )?(?:Reporting|Writing|Editing) by\b/i.test(text) ||
    // "Follow Tia Ghose on Twitter and Google+.": the outlet's sign-off, not the story.
    /^Follow\s+(?:\S+\s+){0,4}on\s+(?:Twitter|Facebook|Instagram|Google\+?)(?!\w)|^Follow\s+(?:\S+\s+){0,3}@\w+/.test(text)
  );
}

/**
 * Headlines, banners and link lists: in capitals, or in title case ("Man Shot at Dallas Gas Station Dies"), every
 * word looks like a name. Prose capitalises well under half of its longer words.
 */
function isShouting(tokens: Token[]): boolean {
  const words = tokens.filter((token) => token.kind === 'word' && /\p{L}{2}/u.test(token.text));
  if (words.length >= 4 && words.filter((token) => token.allCaps).length / words.length > 0.6) return true;
  // "Moazzam Malik, the British Ambassador to Indonesia, said:": a lower-case word before a closing colon opens a
  // quotation, as prose does; a heading's colon follows a capitalised word ("Key Findings:").
  const colonAfterProse = tokens[tokens.length - 1]?.text === ':' && /^\p{Ll}/u.test(tokens[tokens.length - 2]?.text ?? '');
  const endsLikeProse = /[.!?"”’]$/.test(tokens[tokens.length - 1]?.text ?? '') || colonAfterProse;
  // "NISSAN SENTRA", "US FALLS": a short section heading in capitals, whose words the section's text repeats.
  if (!endsLikeProse && words.length >= 2 && words.every((token) => token.allCaps)) return true;
  const longer = words.filter((token) => token.text.length > 3);
  // "Why Can’t Taylor Swift Perform Her Own Songs?": a headline may ask.
  const asks = tokens[tokens.length - 1]?.text === '?';
  return (!endsLikeProse || asks) && longer.length >= 4 && longer.filter((token) => token.capitalized).length / longer.length > 0.7;
}

class SentenceAnalysis {
  constructor(
    private readonly tokens: Token[],
    private readonly sentence: number,
    private readonly found: SentenceMentions,
    private readonly articleWords: ReadonlySet<string>,
    private readonly vocabulary: ArticleVocabulary,
  ) {}

  private readonly countries = new Map<number, { form: CountryForm; end: number } | undefined>();

  /** Token span of each name found, parallel to `found.names`. */
  private readonly spans: Array<{ start: number; end: number }> = [];

  run(): void {
    let index = 0;
    while (index < this.tokens.length) {
      if (this.countryCompound(index)) {
        index += 1;
        continue;
      }
      const furnitureEnd = this.furnitureEnd(index);
      if (furnitureEnd > index) {
        index = furnitureEnd;
        continue;
      }
      if (!this.isNameWord(index)) {
        index += 1;
        continue;
      }
      const end = this.spanEnd(index);
      const before = this.found.names.length;
      this.analyzeSpan(index, end);
      this.noteAcronym(before, end);
      index = end;
    }
    this.shareEvidenceAcrossLists();
  }

  /** "She's the director of the Center for Food and Allergy Research.", "He was a professor at …". */
  pronounRole(): { role: string; affiliation: string | null } | undefined {
    const subject = this.tokens[0]?.lower;
    if (subject !== 'he' && subject !== 'she') return undefined;
    const found = this.relativeRole(1);
    return found.role === null ? undefined : { role: found.role, affiliation: found.affiliation };
  }

  /**
   * Words at `index` that name no party however they are written: a ticker in brackets, a greeting, a teaser's link,
   * a page's reading time, the title of a work. Returns where they end, or `index` when none starts here.
   */
  private furnitureEnd(index: number): number {
    const [token, next] = [this.tokens[index]!, this.tokens[index + 1]];
    // "(NYSE: JPM)": a stock's ticker after its exchange stands for the company named before it.
    if (this.tokens[index - 1]?.text === '(' && STOCK_EXCHANGES.has(token.text) && next?.text === ':') return index + 3;
    // "Merry Xmas everyone!", "Happy New Year!": a greeting.
    if ((token.text === 'Merry' || token.text === 'Happy') && HOLIDAYS.has(next?.lower ?? '')) {
      return index + (next!.lower === 'new' && this.tokens[index + 2]?.lower === 'year' ? 3 : 2);
    }
    // "… during... Read More": a teaser's link; "4 Min Read": a page's reading time.
    if ((token.text === 'Read' && next?.lower === 'more') || (token.text === 'Min' && next?.text === 'Read')) return index + 2;
    return this.titleOfWorkEnd(index);
  }

  /**
   * "novels including The Eye of the World", "marketed like The Name of the Rose": inside a sentence, a capital "The"
   * and an everyday noun before "of" open the title of a work, not a body ("the Bank of England" has a body's word).
   * Returns where the title ends, or `index` when none starts here.
   */
  private titleOfWorkEnd(index: number): number {
    const head = this.tokens[index + 1];
    if (this.tokens[index]?.text !== 'The' || this.clauseInitial(index) || !head?.capitalized || this.tokens[index + 2]?.lower !== 'of') return index;
    if (!isCommonWord(head.lower) || isOrgWord(head.lower) || isRoleWord(head.lower) || ROLE_MODIFIERS.has(head.lower) || PLACE_WORDS.has(head.lower)) return index;
    let end = index + 3;
    if (this.tokens[end]?.lower === 'the') end += 1;
    if (!this.tokens[end]?.capitalized) return index;
    while (this.tokens[end]?.capitalized && this.tokens[end]!.kind === 'word') end += 1;
    // "The Voice of America" is a known outlet.
    return isKnownOrganization(this.phraseOf(index + 1, end)) ? index : end;
  }

  /** "Ministry of Trade, Industry and Energy (MOTIE)": the acronym in brackets names the organisation just found. */
  private noteAcronym(firstNew: number, end: number): void {
    const acronym = this.tokens[end + 1];
    if (this.tokens[end]?.text !== '(' || this.tokens[end + 2]?.text !== ')' || !acronym?.allCaps) return;
    const named = this.found.names.slice(firstNew).findLast((mention, offset) => this.spans[firstNew + offset]!.end === end && mention.kind !== 'person');
    if (named) named.acronym = acronym.text.replace(/\./g, '');
  }

  /**
   * "Artturi Lehkonen and Joel Armia had the goals": names listed together are of one kind, so a name that looks
   * like a person's lends some of that to an unknown one beside it.
   */
  private shareEvidenceAcrossLists(): void {
    const names = this.found.names;
    let chain: NameMention[] = names.length > 0 ? [names[0]!] : [];
    // "In Whole Foods, Prime operates …": two names with only a comma between are a clause break or an appositive;
    // a list of two says "and" or "or".
    let joined = false;
    for (let i = 0; i + 1 < names.length; i += 1) {
      const between = this.tokens.slice(this.spans[i]!.end, this.spans[i + 1]!.start);
      const listed = between.length > 0 && this.listSeparator(between);
      if (!listed) {
        if (joined || chain.length >= 3) this.shareOrganizationEvidence(chain);
        this.shareCountryAffiliation(chain);
        chain = [names[i + 1]!];
        joined = false;
        continue;
      }
      if (between.some((token) => token.lower === 'and' || token.lower === 'or')) joined = true;
      chain.push(names[i + 1]!);
      const [a, b] = [names[i]!, names[i + 1]!];
      for (const [giver, taker] of [[a, b], [b, a]] as const) {
        if (taker.kind === 'unknown' && taker.words.length >= 2 && giver.evidence.person >= 1.5 && taker.evidence.organization <= 0 && taker.evidence.place <= 0) {
          taker.evidence.person += 1.5;
        }
      }
    }
    if (joined || chain.length >= 3) this.shareOrganizationEvidence(chain);
    this.shareCountryAffiliation(chain);
  }

  /**
   * "Head of the Iranian Presidential Administration Mahmoud Vaezi, Energy Minister Reza Ardakanian, and Defense …
   * Minister Amir Hatemi": officials listed together serve the same country unless the list says otherwise.
   */
  private shareCountryAffiliation(chain: NameMention[]): void {
    const titled = chain.filter((mention) => mention.kind === 'person' && mention.role !== null);
    const countries = new Set(titled.map((mention) => mention.affiliation).filter((affiliation) => affiliation !== null && lookupCountry(affiliation) !== undefined));
    if (countries.size !== 1 || titled.length < 2) return;
    const [country] = [...countries];
    for (const mention of titled) if (mention.affiliation === null) mention.affiliation = country!;
  }

  /** ", ", " and ", " or ", ", and the recreational vehicle-maker ": what may stand between two names of one list. */
  private listSeparator(between: Token[]): boolean {
    const joiners = between.filter((token) => token.text === ',' || token.lower === 'and' || token.lower === 'or');
    if (joiners.length === 0) return false;
    const rest = between.filter((token) => !joiners.includes(token));
    if (rest.length === 0) return true;
    const last = rest[rest.length - 1]!;
    return rest.length <= 4 && rest.every((token) => token.kind === 'word' && !token.capitalized) && isOrgDescriptor(last.lower);
  }

  /** "Pepsi, Coca-Cola, Costco and the vehicle-maker Winnebago", "Uber or Lyft": one organisation makes a list of them. */
  private shareOrganizationEvidence(chain: NameMention[]): void {
    if (chain.length < 2 || !chain.some((mention) => mention.kind === 'organization' || mention.evidence.organization >= 2)) return;
    for (const mention of chain) {
      const personLike = mention.words.length >= 2 && isGivenName(mention.words[0]!);
      // "Council on Energy, Environment and Water": a word the article also writes in lower case is no company.
      const commonWord = mention.words.length === 1 && this.articleWords.has(mention.words[0]!.toLowerCase());
      if (mention.kind !== 'unknown' || personLike || commonWord || mention.evidence.person > 0 || mention.evidence.place > 0) continue;
      // "accused Braun, Borchetta and Big Machine": a lone surname listed with a company may be a person's, so it
      // counts only if no longer name of that entity exists (see Evidence).
      if (mention.words.length === 1) mention.evidence.loneOrganization = (mention.evidence.loneOrganization ?? 0) + 2;
      else mention.evidence.organization += 2;
    }
  }

  // ---- words -------------------------------------------------------------------------------------------------

  private word(index: number): Token | undefined {
    const token = this.tokens[index];
    return token?.kind === 'word' ? token : undefined;
  }

  private lowerWord(index: number): string | undefined {
    const token = this.word(index);
    return token && !token.capitalized ? token.lower : undefined;
  }

  private clauseInitial(index: number): boolean {
    for (let before = index - 1; before >= 0; before -= 1) {
      const token = this.tokens[before]!;
      if (token.kind === 'word') return false;
      if (/^[,;]$/.test(token.text)) return false;
      if (/^["“‘'(:\-–—]$/.test(token.text)) return true;
    }
    return true;
  }

  /** A capitalised word that can be part of a name. */
  private isNameWord(index: number, insideSpan = false): boolean {
    const token = this.word(index);
    if (!token) return false;
    if (/\d/.test(token.text)) return false;
    // "London-based", "Iran-backed": adjectives made from names.
    if (/-(?:based|born|backed|led|owned|made|run|bound|style|era|linked|funded|controlled)$/i.test(token.text)) return false;
    // "NBA-leading Lakers", "Kremlin-friendly outlets": a name and a participle or adjective after a hyphen.
    if (/^\p{Lu}[\p{L}]*-\p{Ll}+(?:ing|ed|ly)$/u.test(token.text)) return false;
    // "@NelsonSchwartz", "#TodayInSenatePlenary": handles and hashtags are no names in prose.
    if (this.tokens[index - 1]?.text === '@' || this.tokens[index - 1]?.text === '#') return false;
    if (!token.capitalized && !/^(?:al|el|ad|as|ash|an|ar|az|d|l|bin|ben|abu|o)['’-]\p{Lu}/u.test(token.text)) return false;
    // "Mark May", "Theresa May": a month after a given name is a surname, unless a day's number follows ("June 5").
    const afterGivenName = isGivenName(this.tokens[index - 1]?.text ?? '') && !/^\d/.test(this.tokens[index + 1]?.text ?? '');
    const surnameMonth = insideSpan && MONTH_SURNAMES.has(token.lower) && afterGivenName;
    if (NON_NAME_WORDS.has(token.lower) && !surnameMonth) return false;
    // "MPs", "CEOs": the plural of a title's abbreviation.
    if (/^\p{Lu}{2,}s$/u.test(token.text) && NON_ORG_ACRONYMS.has(token.text.slice(0, -1))) return false;
    if (token.allCaps && this.vocabulary.spelledOutAcronyms.has(token.text)) return false;
    // "Katie Allen, MD, PhD": degrees after a name and a comma.
    if (POST_NOMINALS.has(token.lower) && this.tokens[index - 1]?.text === ',') return false;
    // Not an initial: "Elizabeth A. Burton".
    if (token.lower === 'the' || (token.lower === 'a' && token.text !== 'A.') || token.lower === 'an') return false;
    // "… the Xbox One S. That means …": after an initial's period, a function word starts the next sentence.
    if (insideSpan && FUNCTION_WORDS.has(token.lower) && this.tokens[index - 1]?.text.endsWith('.')) return false;
    if (insideSpan) return true;
    // Not "WHO", a known organisation written like "who" in capitals.
    if (FUNCTION_WORDS.has(token.lower) && !(token.allCaps && isKnownOrganization(token.text)) && (token.lower.length <= 3 || this.clauseInitial(index))) return false;
    // "Enter Lugg, Instacart and DoorDash.": an imperative presenting the names after it.
    if (PRESENTING_VERBS.has(token.lower) && this.clauseInitial(index) && this.isNameWord(index + 1, true)) return false;
    // Not the first word of a place or a known name: "New Jersey Sen. Cory Booker", "New York Times".
    if (
      !token.allCaps &&
      this.articleWords.has(token.lower) &&
      this.clauseInitial(index) &&
      !(isGivenName(token.text) && this.isNameWord(index + 1, true)) &&
      !isKnownPlace(this.withNextWord(index)) &&
      this.countryAt(index) === undefined &&
      !isKnownOrganization(this.withNextWord(index))
    ) {
      return false;
    }
    // "Broadcaster Chris Evans said …": an everyday word opening the clause before a given name and a surname
    // describes the person (titles and honorifics are read as such elsewhere).
    const describesNext =
      (isCommonWord(token.lower) || isOrgDescriptor(token.lower)) &&
      !isGivenName(token.text) &&
      !isOrgWord(token.lower) &&
      !isRoleWord(token.lower) &&
      !ROLE_MODIFIERS.has(token.lower);
    if (
      !token.allCaps &&
      this.clauseInitial(index) &&
      describesNext &&
      !HONORIFICS.has(token.lower) &&
      isGivenName(this.tokens[index + 1]?.text ?? '') &&
      this.isNameWord(index + 2, true) &&
      !isKnownPlace(this.withNextWord(index)) &&
      this.countryAt(index) === undefined &&
      !isKnownOrganization(this.withNextWord(index))
    ) {
      return false;
    }
    // "Watching NBA League Pass …": a gerund opening a clause; not a known name that opens with one ("Boeing said",
    // "Rolling Stone reported …").
    if (
      /\p{Ll}{2}ing$/u.test(token.text) &&
      token.text.length > 5 &&
      this.clauseInitial(index) &&
      !isGivenName(token.text) &&
      !isKnownPlace(token.text) &&
      !this.countryAt(index) &&
      !isKnownOrganization(token.text) &&
      !isKnownOrganization(this.withNextWord(index))
    ) {
      return false;
    }
    // "Ousted WeWork CEO …", "Embattled Boeing …": a participle opening a clause.
    // Not "United Airlines", whose first word is an organisation's.
    if (/\p{Ll}{2}ed$/u.test(token.text) && this.clauseInitial(index) && isCommonWord(token.text) && !isGivenName(token.text) && !isOrgWord(token.lower) && this.isNameWord(index + 1, true)) return false;
    // "S Damarious Randall", "QB Baker Mayfield": a position's letter in a line-up, not an initial (which has a period).
    if (/^\p{Lu}$/u.test(token.text) && this.tokens[index + 1]?.text !== '.' && this.isNameWord(index + 1, true) && isGivenName(this.tokens[index + 1]!.text)) return false;
    // “Said Mr Fogg: …”: a speech verb opening the sentence before the speaker's title.
    if (SPEECH_VERBS.has(token.lower) && this.clauseInitial(index) && (HONORIFICS.has(this.tokens[index + 1]?.lower ?? '') || isRoleWord(this.tokens[index + 1]?.lower ?? ''))) return false;
    // "Former WorldCom boss …": "former" opening the sentence before a name that is no title.
    if (['former', 'ex', 'outgoing'].includes(token.lower) && this.clauseInitial(index) && this.isNameWord(index + 1, true) && !isRoleWord(this.tokens[index + 1]!.lower) && !ROLE_MODIFIERS.has(this.tokens[index + 1]!.lower)) return false;
    // "Developer Valve said …", "Carmaker Nissan …": a description opening the sentence, before the name.
    if (this.descriptionOpening(index)) return false;
    // "Roughly 1.5 million …", "Unfortunately, …": an adverb opening a clause.
    if (/\p{Ll}ly$/u.test(token.text) && this.clauseInitial(index) && !this.isNameWord(index + 1, true) && !isGivenName(token.text) && !this.countryAt(index)) return false;
    return true;
  }

  private isCountryAt(index: number): boolean {
    return this.countryAt(index) !== undefined;
  }

  /** The longest gazetteer country form starting at this word. */
  private countryAt(index: number): { form: CountryForm; end: number } | undefined {
    if (!this.countries.has(index)) this.countries.set(index, this.findCountryAt(index));
    return this.countries.get(index);
  }

  private findCountryAt(index: number): { form: CountryForm; end: number } | undefined {
    if (!this.tokens[index]?.capitalized) return undefined;
    const parts: string[] = [];
    let best: { form: CountryForm; end: number } | undefined;
    for (let end = index; end < this.tokens.length && parts.length < MAX_COUNTRY_FORM_WORDS; end += 1) {
      const token = this.word(end);
      if (!token) break;
      parts.push(token.text);
      const form = lookupCountry(parts.join(' '));
      if (form) best = { form, end: end + 1 };
    }
    return best;
  }

  // ---- spans -------------------------------------------------------------------------------------------------

  /** Where a run of name words starting at `start` ends, joining "of", "&", "and" and particles where names do. */
  private spanEnd(start: number): number {
    const startCountry = this.countryAt(start);
    if (startCountry && !this.continuesAfterCountry(startCountry)) return startCountry.end;
    let end = start + 1;
    while (end < this.tokens.length) {
      const token = this.tokens[end]!;
      // "Apple Inc.", "Fort Worth P.D.": a legal or police suffix ends the name.
      if (NAME_ENDINGS.has(this.tokens[end - 1]!.lower)) break;
      if (this.isNameWord(end, true)) {
        if (this.acronymBeforeOtherName(start, end)) break;
        end += 1;
        continue;
      }
      // "Lowe's", "Macy's": a company named in the possessive keeps its "'s".
      if (token.kind === 'possessive' && token.text !== '’' && token.text !== "'" && isKnownOrganization(`${joinTokens(this.tokens.slice(start, end).map((word) => word.text))}'s`)) {
        end += 1;
        break;
      }
      // "NBC 5", "Channel 4": a channel number belongs to the name before it.
      if (/^\d{1,2}$/.test(token.text) && this.tokens[end - 1]!.allCaps && !this.isNameWord(end + 1, true) && this.tokens[end + 1]?.text !== ',') {
        end += 1;
        continue;
      }
      const lower = token.kind === 'word' && !token.capitalized ? token.lower : token.text;
      // "Botic van de Zanschulp": particles may come two in a row.
      const particleRun = NAME_PARTICLES.has(this.tokens[end + 1]?.lower ?? '') && this.isNameWord(end + 2, true) ? 2 : 1;
      if (NAME_PARTICLES.has(lower) && this.isNameWord(end + particleRun, true)) {
        end += 1;
        continue;
      }
      // "Facebook & Google", "Twitter & Instagram": two known names are two; "Procter & Gamble" is one.
      if (token.text === '&' && this.isNameWord(end + 1, true) && !this.knownPairAround(start, end)) {
        end += 1;
        continue;
      }
      if (CONNECTORS_AFTER_ORG.has(lower) && this.joinsOf(start, end)) {
        end += this.articleAfterConnector(end) ? 2 : 1;
        continue;
      }
      if (lower === 'and' && this.joinsAnd(start, end)) {
        end += 1;
        continue;
      }
      if (token.text === ',' && this.enumerationContinues(start, end)) {
        end += 1;
        continue;
      }
      // "West Mercia police said", "Hong Kong police fired": a place's force, named with a lower-case "police";
      // not "a Forest Hill police sergeant", whose employer is only described.
      if (token.kind === 'word' && token.text === 'police' && !this.isRoleAt(end + 1)) {
        end += 1;
        break;
      }
      const owner = this.tokens[end - 1]!;
      const commonOwner = end - 1 === start && (FUNCTION_WORDS.has(owner.lower) || this.articleWords.has(owner.lower));
      // "Murdoch Children's Research Institute": a plural of people owns a word of the institution's name.
      const peopleOwner = PEOPLE_PLURALS.has(owner.lower) && this.runEndsInOrgWord(end + 1);
      // "New York University's Stern School of Business": an organisation owning a part of itself with its own name.
      const bodyOwner = isOrgWord(owner.lower) && !PLACE_WORDS.has(owner.lower) && this.runEndsInOrgWord(end + 1);
      if (token.kind === 'possessive' && (((isRoleWord(owner.lower) || commonOwner) && this.runHasOrgWord(end + 1)) || peopleOwner || bodyOwner)) {
        end += 1;
        continue;
      }
      break;
    }
    return end;
  }

  /**
   * "CBP McAllen facility", "NASA Goddard": an acronym, then a name that is neither part of an organisation's name
   * ("UN Security Council", "NBC News") nor a title ("FBI Director Christopher Wray"), names two things.
   */
  private acronymBeforeOtherName(start: number, at: number): boolean {
    const acronym = this.tokens[start]!;
    // "ISP AOL": a thing's abbreviation describes the known name after it ("PC World" is one name).
    if (at === start + 1 && acronym.allCaps && NON_ORG_ACRONYMS.has(acronym.text) && !this.knownOrganizationAt(start, at + 1)) {
      if (this.knownNameFrom(at)) return true;
    }
    if (at !== start + 1 || !this.vocabulary.standaloneAcronyms.has(acronym.text) || this.countryAt(start) || this.tokens[at]!.allCaps) return false;
    const next = this.tokens[at]!.lower;
    return !isRoleWord(next) && !ROLE_MODIFIERS.has(next) && !HONORIFICS.has(next) && !isOrgWord(next) && !this.runEndsInOrgWord(at);
  }

  /**
   * "the White House Russia expert", "VOA Pentagon correspondent": a place, a country or an organisation closing a
   * name just before a lower-case role is the beat of whoever works for the organisation before it. Not a place inside
   * the name ("Bank of England governor", "Real Madrid coach"): what stays must be an organisation by itself.
   * Returns where the beat starts, or `end` when there is none.
   */
  private beatStart(start: number, end: number): number {
    if (this.lowerWord(end) === undefined || !this.isRoleAt(end) || end - start < 2 || this.knownOrganizationAt(start, end)) return end;
    for (let beat = end - 1; beat > start && end - beat <= 3; beat -= 1) {
      const words = joinTokens(this.tokens.slice(beat, end).map((token) => token.text));
      const topic = this.countryAt(beat)?.end === end || isKnownPlace(words) || isKnownOrganization(words);
      if (!topic || CONNECTORS_AFTER_ORG.has(this.tokens[beat - 1]!.lower) || !this.tokens[beat - 1]!.capitalized) continue;
      const employer = this.tokens.slice(start, beat);
      const isOrganization =
        this.knownOrganizationAt(start, beat) || (employer.length === 1 && employer[0]!.allCaps) || isOrgWord(employer[employer.length - 1]!.lower);
      if (isOrganization) return beat;
    }
    return end;
  }

  /** Known names on both sides of the "&" at `at`. */
  private knownPairAround(start: number, at: number): boolean {
    return this.knownOrganizationAt(start, at) && this.knownNameFrom(at + 1);
  }

  /** A known organisation of one or two words starting at `from` ("AOL", "Goldman Sachs"). */
  private knownNameFrom(from: number): boolean {
    return this.knownOrganizationAt(from, from + 1) || this.knownOrganizationAt(from, from + 2);
  }

  /** After `at` ("and"), a run of two or more name words that opens with a proper name and closes with a body's word. */
  private secondOrganizationAfter(at: number): boolean {
    const first = this.tokens[at + 1];
    if (!first || first.allCaps || (isCommonWord(first.lower) && !isKnownPlace(first.text)) || isOrgWord(first.lower)) return false;
    return this.isNameWord(at + 2, true) && this.runEndsInOrgWord(at + 1);
  }

  /** A role word here, or one after a title word ("police deputy chief"). */
  private isRoleAt(index: number): boolean {
    const lower = this.lowerWord(index);
    if (lower === undefined) return false;
    return isRoleWord(lower) || (ROLE_MODIFIERS.has(lower) && this.lowerWord(index + 1) !== undefined && isRoleWord(this.lowerWord(index + 1)!));
  }

  /**
   * "of the", and "for a" after an organisation word: "Committee for a Responsible Federal Budget", "Campaign for
   * an Independent …" keep their article inside the name.
   */
  private articleAfterConnector(at: number): boolean {
    const next = this.lowerWord(at + 1);
    if (next === 'the') return true;
    return (next === 'a' || next === 'an') && this.tokens[at]!.lower === 'for' && isOrgWord(this.tokens[at - 1]?.lower ?? '');
  }

  /** "Jordan Henderson" and "Georgia Smith" are people; "Iranian Ministry of Energy" is one name. */
  private continuesAfterCountry(country: { form: CountryForm; end: number }): boolean {
    if (!this.isNameWord(country.end, true)) return false;
    if (country.form.kind === 'name' && (country.form.ambiguous || !this.countryAt(country.end))) return true;
    for (let index = country.end; index < this.tokens.length && this.isNameWord(index, true); index += 1) {
      const lower = this.tokens[index]!.lower;
      if (isOrgWord(lower) || PLACE_WORDS.has(lower) || isRoleWord(lower)) return true;
    }
    return false;
  }

  private runEndsInOrgWord(from: number): boolean {
    let index = from;
    while (index < from + 4 && this.isNameWord(index, true)) index += 1;
    return index > from && isOrgWord(this.tokens[index - 1]!.lower);
  }

  /** The run of name words from here contains an organisation word ("… Attorney's Office"). */
  private runHasOrgWord(from: number): boolean {
    for (let index = from; this.isNameWord(index, true); index += 1) if (isOrgWord(this.tokens[index]!.lower)) return true;
    return false;
  }

  /**
   * "Ministry of Trade, Industry and Energy": after "<organisation word> of", single capitalised words separated by
   * commas and closed by "and" continue one name.
   */
  private enumerationContinues(start: number, comma: number): boolean {
    const left = this.tokens.slice(start, comma);
    // "the University of California, Berkeley": a university named for a state, then its campus's town.
    const stateUniversity = left[0]?.lower === 'university' && left[1]?.lower === 'of' && left.length >= 3 && isKnownPlace(this.phraseOf(start + 2, comma));
    if (stateUniversity && isKnownPlace(this.tokens[comma + 1]?.text ?? '') && !this.isNameWord(comma + 2, true)) return true;
    // "Council on Energy, Environment and Water", "Centre for Science, Technology and Society" too.
    const ofIndex = left.findIndex((token) => token.lower === 'of' || token.lower === 'on' || token.lower === 'for');
    if (ofIndex <= 0 || !left.slice(0, ofIndex).some((token) => isOrgWord(token.lower)) || comma - start - ofIndex - 1 !== 1) return false;
    let index = comma + 1;
    while (this.isNameWord(index, true) && !this.countryAt(index) && this.tokens[index + 1]?.text === ',') index += 2;
    return this.isNameWord(index, true) && !this.countryAt(index) && this.lowerWord(index + 1) === 'and' && this.isNameWord(index + 2, true);
  }

  /** "Ministry of Energy", "President of Azerbaijan", "Council on Foreign Relations"; not "Mendonça of Brazil". */
  private joinsOf(start: number, at: number): boolean {
    const next = this.articleAfterConnector(at) ? at + 2 : at + 1;
    if (!this.isNameWord(next, true)) return false;
    const left = this.tokens.slice(start, at);
    const head = left[left.length - 1]!;
    const connector = this.tokens[at]!.lower;
    if (connector === 'to') return left.some((token) => isOrgWord(token.lower)) && left.some((token) => token.lower === 'for' || token.lower === 'of');
    // "Voice of America": a known name runs on through its connector.
    if (this.knownOrganizationAt(start, next + 1) || this.knownOrganizationAt(start, next + 2)) return true;
    const descriptorBefore = this.lowerWord(this.lowerWord(start - 1) === 'the' ? start - 2 : start - 1);
    if (descriptorBefore !== undefined && ORG_DESCRIPTORS.has(descriptorBefore)) return true;
    if (connector !== 'of') return isOrgWord(head.lower) || (connector === 'for' && (isRoleWord(head.lower) || isRoleWord(head.lower.replace(/s$/, ''))));
    // "Rock and Roll Hall of Fame", "Pro Football Hall of Fame": an institution, not a hall.
    if (this.hallOfFame(at - 1, next + 1)) return true;
    // "the Southern District of New York": a federal court's district, named by its compass point.
    if (head.lower === 'district' && left.length === 2 && COMPASS.has(left[0]!.lower)) return true;
    return isRoleWord(head.lower) || left.some((token) => isOrgWord(token.lower));
  }

  /** "Ministry of Defense and Support…", "Defense and Armed Forces Support Minister Amir Hatemi"; not "Spain and Germany". */
  private joinsAnd(start: number, at: number): boolean {
    if (!this.isNameWord(at + 1, true) || this.isCountryAt(at + 1)) return false;
    // "Rock and Roll Hall of Fame".
    if (this.hallOfFame(at + 1, Math.min(this.tokens.length, at + 6))) return true;
    // "SBI and ICICI Bank": two acronyms are two names.
    if (at - start === 1 && this.tokens[start]!.allCaps && this.tokens[at + 1]!.allCaps) return false;
    // "Ubisoft and Take-Two Interactive": a known company's name is complete before "and".
    if (isKnownOrganization(joinTokens(this.tokens.slice(start, at).map((token) => token.text)))) return false;
    // "Gannett and GateHouse Media": a brand's spelling after "and" starts a name of its own.
    if (/^\p{Lu}\p{Ll}+\p{Lu}/u.test(this.tokens[at + 1]!.text) && !SURNAME_PREFIX.test(this.tokens[at + 1]!.text)) return false;
    // "Senator Dino Melaye and Senator Ben Murray-Bruce": two people, each with the same title.
    if (this.tokens[start]!.lower === this.tokens[at + 1]!.lower && isRoleWord(this.tokens[start]!.lower) && !isOrgWord(this.tokens[start]!.lower)) return false;
    // "… Homeland Security and Alex Azar", "Big Machine and Dick Clark Productions": a person's name starts anew.
    if (isGivenName(this.tokens[at + 1]!.text) && this.isNameWord(at + 2, true) && !isOrgWord(this.tokens[at + 2]!.lower)) return false;
    const left = this.tokens.slice(start, at);
    // "Securities and Exchange Commission", "Trade, Industry and Energy": two organisation words meet at "and".
    if (isOrgWord(left[left.length - 1]!.lower) && isOrgWord(this.tokens[at + 1]!.lower) && !left.slice(0, -1).some((token) => isOrgWord(token.lower))) return true;
    // "(U.S.) Customs and Border Protection": a lone field word before "and" is no name of its own.
    const ownWords = left.slice(this.countryAt(start)?.end === undefined ? 0 : this.countryAt(start)!.end - start);
    if (ownWords.length === 1 && isOrgWord(ownWords[0]!.lower) && this.runEndsInOrgWord(at + 1)) return true;
    if (left.length === 1 && this.isCountryAt(start)) return false;
    // "Helmholtz Centre for Infection Research and Hannover Medical School", "Editas Medicine and Intellia
    // Therapeutics": a proper name after "and" that ends in an organisation word is a second organisation.
    if (this.secondOrganizationAfter(at)) return false;
    // "Ministry of Defense and …", "Center for Health and Human Rights": after an organisation word and its
    // connector, "and" joins the fields the organisation covers.
    const ofIndex = left.findIndex((token) => token.lower === 'of' || token.lower === 'for' || token.lower === 'on');
    if (ofIndex > 0 && left.slice(0, ofIndex).some((token) => isOrgWord(token.lower) || isRoleWord(token.lower))) return true;
    // "Ambassador to the European Union Gordon Sondland and Energy Secretary Rick Perry": a titled person is complete.
    if (left.length >= 3 && isGivenName(left[left.length - 2]!.text) && left.slice(0, -2).some((token) => isRoleWord(token.lower) || isOrgWord(token.lower))) return false;
    let index = at + 1;
    for (; index < this.tokens.length && this.isNameWord(index, true); index += 1) {
      if (isRoleWord(this.tokens[index]!.lower) && index + 1 < this.tokens.length && this.isNameWord(index + 1, true)) return true;
    }
    // "Competition and Markets Authority": a short run after "and" ends in an organisation word; not "Wistron and
    // Global Lighting Technologies" (a second name) nor "MacBook Pro and MacBook Air" (two names built alike).
    const parallel = this.tokens[at + 1]!.lower === left[0]!.lower;
    // "Vance Morrow and Redline Records": a person's name before "and" is no field of the company after it.
    // Not a state's agency: "Texas Parks and Wildlife Department".
    if (left.length >= 2 && isGivenName(left[0]!.text) && !isKnownPlace(left[0]!.text)) return false;
    return index - 1 === at + 2 && !parallel && isOrgWord(this.tokens[index - 1]!.lower) && !left.some((token) => isOrgWord(token.lower));
  }

  // ---- analysis ----------------------------------------------------------------------------------------------

  private analyzeSpan(start: number, end: number): void {
    const span = this.tokens.slice(start, end);
    const country = this.countryAt(start);
    if (country && country.end === end) {
      this.addCountry(country.form, this.countryWeight(start, end));
      return;
    }
    const beat = this.beatStart(start, end);
    if (beat < end) {
      this.analyzeSpan(start, beat);
      return;
    }
    // "AirAsia Flight 8501", "Malaysia Airlines Flight MH17": the carrier, and its flight.
    if (span.length >= 2 && span[span.length - 1]!.text === 'Flight') {
      this.analyzeSpan(start, end - 1);
      return;
    }
    // "(D-N.Y.)", "R-TX", "(R-Warren)": a lawmaker's party and state or district.
    if (span.length === 1 && /^[RDI]-(?:(?:\p{Lu}\.?){2}|\p{Lu}\p{Ll}+\.?)$/u.test(span[0]!.text)) return;
    // "ISP", "GDP", "TV": a thing's abbreviation alone names no party.
    if (span.length === 1 && span[0]!.allCaps && NON_ORG_ACRONYMS.has(span[0]!.text.replace(/\./g, ''))) return;
    // "S&P 500", "FTSE 100": an acronym and a number that is no year name a market index.
    if (span.length === 1 && span[0]!.allCaps && /^\d{3,4}$/.test(this.tokens[end]?.text ?? '') && !/^(?:19|20)\d\d$/.test(this.tokens[end]!.text)) return;
    // "every Fortune 500 company", "the Russell 2000 index": a ranking or an index named after its publisher.
    if (span.length === 1 && /^(?:100|500|1000|2000|3000)$/.test(this.tokens[end]?.text ?? '') && this.lowerWord(end + 1) !== undefined) return;
    if (this.thingNamedBefore(start, end) || this.modelNamed(start, end) || this.modelSuffix(start, end)) return;
    // "the Scottish Executive", "the Welsh Executive": a government named after its nation.
    if (span.length === 2 && country?.form.kind === 'demonym' && country.end === start + 1 && span[1]!.text === 'Executive') {
      this.addOrganization(start, end, country);
      return;
    }
    // "Business Insider", "Argus Leader": a known outlet whose last word is also a role.
    if (span.length >= 2 && isRoleWord(span[span.length - 1]!.lower) && this.knownOrganizationAt(start, end)) {
      this.addOrganization(start, end, undefined);
      return;
    }
    if (this.personWithTitle(start, end)) return;
    this.capitalActing(start, end);
    // A name cut off before its honorifics ("… Representatives Rt." when the sentence ends there).
    if (span.length >= 2 && HONORIFICS.has(span[span.length - 1]!.lower)) {
      this.analyzeSpan(start, end - 1);
      return;
    }
    // "Speaker of the House of Representatives", "General Manager of Life Care Solutions Europe" with no name after
    // them: the title's organisation is a party.
    let ofAt = 0;
    while (ofAt < span.length && (isRoleWord(span[ofAt]!.lower) || ROLE_MODIFIERS.has(span[ofAt]!.lower)) && !isOrgWord(span[ofAt]!.lower)) ofAt += 1;
    if (ofAt >= 1 && span.length >= ofAt + 2 && isRoleWord(span[ofAt - 1]!.lower) && span[ofAt]!.lower === 'of') {
      const rest = start + ofAt + (span[ofAt + 1]!.lower === 'the' ? 2 : 1);
      if (rest < end) this.analyzeSpan(rest, end);
      return;
    }
    // "UC Irvine", "UT Austin", "UNC Chapel Hill": a university's letters and a town name its campus ("CJ Washington"
    // is a man).
    const campus = span.length >= 2 && /^\p{Lu}{1,3}U\p{Lu}{0,2}$|^U\p{Lu}{1,3}$/u.test(span[0]!.text) && !country;
    if (campus && isKnownPlace(this.phraseOf(start + 1, end)) && !this.countryAt(start + 1)) {
      this.addOrganization(start, end, undefined);
      return;
    }
    const last = span[span.length - 1]!;
    // "Air Astana", "Air France": "Air" opens airline names; "MacBook Air" is a product.
    // Not the country's own words: "United" in "United States Embassies".
    const ownWords = country ? this.tokens.slice(country.end, end) : span;
    const hasOrgWord = ownWords.some((token) => isOrgWord(token.lower) || token.text === '&') || (span[0]!.lower === 'air' && span.length >= 2) || this.hallOfFame(start, end);
    const placeHead = PLACE_WORDS.has(last.lower) && !(span.length === 2 && isGivenName(span[0]!.text) && SURNAME_LIKE.has(last.lower));
    if (!hasOrgWord && this.townAndPlural(span)) {
      this.addBareName(start, end, { person: -3, organization: 3, place: -3 });
      return;
    }
    if (hasOrgWord && this.compassPlace(start, end) > 0) {
      this.addBareName(start, end, { person: -2, organization: 1.5, place: 1.5 });
      return;
    }
    // "Senate Leader", "House of Representatives Speaker": a title; the organisation is the part before it.
    if (hasOrgWord && isRoleWord(last.lower) && !isOrgWord(last.lower) && !KINSHIP.has(last.lower)) {
      let roleStart = end - 1;
      while (roleStart > start && (ROLE_MODIFIERS.has(this.tokens[roleStart - 1]!.lower) || isRoleWord(this.tokens[roleStart - 1]!.lower))) roleStart -= 1;
      // "International Court of Justice", "Office of Inspector General": after "of", the role words name the body.
      if (!CONNECTORS_AFTER_ORG.has(this.tokens[roleStart - 1]!.lower)) {
        if (roleStart > start && this.tokens.slice(start, roleStart).some((token) => isOrgWord(token.lower))) this.addOrganization(start, roleStart, country);
        return;
      }
    }
    // "Group D", "Path A": a draw's group or a plan's letter.
    if (/^\p{Lu}\.?$/u.test(last.text) && span.length >= 2) return;
    // "the Washington Post", "Houston Chronicle": a place, or "the", before a newspaper's word names an outlet, though
    // "Washington" and "Houston" are given names too ("Emily Post" stays a person).
    if (this.isOutletName(start, end)) {
      this.addOrganization(start, end, country);
      return;
    }
    // "(Ambassador to the) European Union Gordon Sondland": an organisation's name, then a person's, with no title
    // between them in this run.
    const personAt = end - 2;
    if (hasOrgWord && personAt - start >= 2 && isOrgWord(this.tokens[personAt - 1]!.lower) && isGivenName(this.tokens[personAt]!.text)) {
      const surname = this.tokens[end - 1]!;
      if (surname.capitalized && !surname.allCaps && !isOrgWord(surname.lower) && !isCommonWord(surname.lower)) {
        this.addOrganization(start, personAt, country);
        // An ambassador "to the European Union" serves someone else.
        const counterpart = [this.lowerWord(start - 1), this.lowerWord(start - 2)].includes('to');
        const affiliation = counterpart ? null : joinTokens(this.tokens.slice(start, personAt).map((token) => token.text));
        this.found.names.push(this.mention('person', personAt, end, { affiliation, evidence: { person: 4, organization: 0, place: 0 } }));
        return;
      }
    }
    if (hasOrgWord && !placeHead && !this.looksLikePersonWithOrgSurname(span)) {
      this.addOrganization(start, end, country);
      return;
    }
    // "Home Secretary", "Prime Minister": a title with no name after it ("Stephen King" keeps its given name).
    // After a demonym too: "American Kevin King".
    const named = country ? span.slice(country.end - start) : span;
    if (isRoleWord(last.lower) && !KINSHIP.has(last.lower) && !(named.length === 2 && isGivenName(named[0]!.text) && !ROLE_MODIFIERS.has(named[0]!.lower))) return;
    if (placeHead) {
      // "Araz River", "Kingsmead Park": places, unless the sentence plainly treats them as a team or company.
      this.addBareName(start, end, { person: -2, organization: 0, place: 2.5 });
      return;
    }
    // "USA Today", "China Daily": a country's name and one more word that is no one's name form one name.
    if (country && country.form.kind === 'name' && end - country.end === 1 && !isGivenName(this.tokens[country.end]!.text)) {
      this.addBareName(start, end, { person: -1, organization: 1, place: 0 });
      return;
    }
    if (country && !country.form.ambiguous) {
      this.addCountry(country.form, 0.5);
      this.analyzeSpan(country.end, end);
      return;
    }
    this.addBareName(start, end);
  }

  /**
   * "after Quito stripped him of his status", "Beijing's response", "Moscow said": a capital that acts is its
   * country's government. Not a capital that is also a given name ("Paris said" may be a person).
   */
  private capitalActing(start: number, end: number): void {
    const name = joinTokens(this.tokens.slice(start, end).map((token) => token.text));
    const country = countryOfCapital(name);
    if (country === undefined || isGivenName(this.tokens[start]!.text)) return;
    if (this.tokens[end]?.kind === 'possessive' && this.lowerWord(end + 1) === undefined) return;
    if (this.countryWeight(start, end) >= 2) this.addCountry(country, 2);
  }

  /**
   * "Swiss Army knives", "Red Cross parcels": a capitalised pair right before a plural common noun that closes its
   * phrase names a kind of thing, so neither an organisation nor the country in it is a party. Not a person's name
   * ("Bernie Sanders supporters"), nor a body's people, parts or branches ("Supreme Court justices", "Premier League
   * clubs", "Federal Reserve officials", "Planned Parenthood clinics"), nor a verb ("the Federal Reserve raises rates", "… says that").
   */
  private thingNamedBefore(start: number, end: number): boolean {
    if (end - start !== 2 || (isGivenName(this.tokens[start]!.text) && !isOrgWord(this.tokens[start + 1]!.lower))) return false;
    const plural = this.lowerWord(end);
    if (plural === undefined || !/[a-z]{3,}s$/.test(plural) || /ss$/.test(plural)) return false;
    const singular = plural.replace(/(?:ies)$/, 'y').replace(/(?:es|s)$/, '');
    const ofTheBody = [plural, singular, plural.slice(0, -1)].some(
      (word) => isRoleWord(word) || isOrgWord(word) || ORGANIZATION_PARTS.has(word) || isOrgDescriptor(word) || STATE_ACTOR_NOUNS.has(word) || PLACE_OR_EVENT_NOUNS.has(word),
    );
    if (ofTheBody || FUNCTION_WORDS.has(plural) || SPEECH_VERBS.has(plural) || CORPORATE_VERBS.has(plural) || AUXILIARIES.has(plural)) return false;
    const after = this.tokens[end + 1];
    return after === undefined || (after.kind === 'punct' && after.text !== '(') || THING_PHRASE_ENDS.has(after.lower);
  }

  /**
   * "the Apple Watch Series 9 tracks sleep", "a Galaxy Tab S9 review": names of two words or more before a model
   * number name a product. Not a score ("Hurricanes 4, Blackhawks 2"), a count ("Goldman Sachs 2 percent"), a
   * channel ("NBC 5"), nor a one-word maker ("Boeing 787", "Airbus A350").
   */
  private modelNamed(start: number, end: number): boolean {
    if (end - start < 2 || this.tokens.slice(start, end).some((token) => token.allCaps)) return false;
    const model = this.tokens[end];
    if (model?.kind !== 'word' || !/^\p{Lu}?\d{1,3}\p{Lu}?$/u.test(model.text)) return false;
    const next = this.tokens[end + 1];
    if (next === undefined) return true;
    if (next.kind === 'punct') return !/^[,:\-–—%]$/.test(next.text);
    return next.kind === 'word' && !/\d/.test(next.text) && !COUNTED_UNITS.has(next.lower);
  }

  /**
   * "Sony's PlayStation 4 Pro", "the iPhone 11 Pro Max", "the PS4 Pro": words after a product's model number, or
   * after a model code of capitals and digits, name its variant.
   */
  private modelSuffix(start: number, end: number): boolean {
    const number = this.tokens[start - 1];
    if (number?.kind !== 'word') return false;
    const code = /^\p{Lu}{1,4}\d{1,4}\p{Lu}?$/u.test(number.text);
    if (!code && (!/^\p{Lu}?\d{1,3}\p{Lu}?$/u.test(number.text) || !this.word(start - 2)?.capitalized)) return false;
    return !this.tokens.slice(start, end).some((token) => isOrgWord(token.lower));
  }

  private isOutletName(start: number, end: number): boolean {
    const last = this.tokens[end - 1]!.lower;
    if (end - start < 2 || !(NEWSPAPER_WORDS.has(last) || PLACE_NEWSPAPER_WORDS.has(last))) return false;
    const placeFirst = isKnownPlace(this.tokens[start]!.text) || (this.countryAt(start) !== undefined && this.countryAt(start)!.end < end) || isKnownPlace(this.phraseOf(start, end - 1));
    // "the Daily Mail", "the Sunday Times", "the Evening Standard".
    const editionFirst = ['daily', 'sunday', 'evening', 'morning', 'weekly'].includes(this.tokens[start]!.lower);
    // "Screen Daily": an everyday word and a newspaper's word; "Jack Daily" is a man.
    const first = this.tokens[start]!.text;
    const commonFirst = end - start === 2 && NEWSPAPER_WORDS.has(last) && isCommonWord(first.toLowerCase()) && !isGivenName(first);
    return placeFirst || editionFirst || commonFirst || (NEWSPAPER_WORDS.has(last) && this.tokens[start - 1]?.lower === 'the' && !isGivenName(this.tokens[end - 2]!.text));
  }

  private looksLikePersonWithOrgSurname(span: Token[]): boolean {
    return span.length === 2 && isGivenName(span[0]!.text) && SURNAME_LIKE.has(span[1]!.lower);
  }

  /**
   * "Deputy Prime Minister of Azerbaijan Shahin Mustafayev", "Head of the Iranian Presidential Administration
   * Mahmoud Vaezi", "Justice Wanjiru Kamau", "Mr Achterberg": a title or honorific, then the name.
   */
  private personWithTitle(start: number, end: number): boolean {
    const span = this.tokens.slice(start, end);
    let nameStart = -1;
    let titled = false;
    for (let index = 0; index < span.length; index += 1) {
      const token = span[index]!;
      if (HONORIFICS.has(token.lower) && index === 0) {
        titled = true;
        nameStart = 1;
        break;
      }
      // "SoftBank CEO Masayoshi Son": a family word written with a capital inside a name is a surname, and so is a
      // role word closing a name after a given name ("Kevin King", "Stephen King").
      const surname = index > 0 && (KINSHIP.has(token.lower) || (index === span.length - 1 && isGivenName(span[index - 1]!.text) && !isRoleWord(span[index - 1]!.lower)));
      const roleWord = isRoleWord(token.lower) && !(POSITION_ABBREVIATIONS.has(token.lower) && !token.allCaps) && !surname;
      // "Prince Abdulaziz bin Salman": a particle between two names belongs to the name.
      const particle = NAME_PARTICLES.has(token.lower) && index > nameStart && index + 1 < span.length;
      const isMarker =
        roleWord || isOrgWord(token.lower) || HONORIFICS.has(token.lower) || token.kind !== 'word' || (!token.capitalized && !particle) || this.isCountryAt(start + index);
      // "… Speaker of the House of Representatives Rt. Hon. B. U. Nzeribe".
      if (roleWord || (HONORIFICS.has(token.lower) && index > 0)) titled = true;
      if (isMarker) nameStart = index + 1;
    }
    if (!titled || nameStart <= 0 || nameStart >= span.length) return false;
    // After "of", the object takes at least one word: "Secretary of State Antony Blinken".
    if (['of', 'the', 'for', 'on', 'and'].includes(span[nameStart - 1]!.lower)) {
      const given = span.findIndex((token, index) => index > nameStart && isGivenName(token.text));
      if (given < 0) return false;
      nameStart = given;
    }
    const nameTokens = span.slice(nameStart);
    // "Pastor Willie Francois III": a generation closing the name is no acronym.
    // Not a monarch's number ("Queen Elizabeth II"), which follows a single name.
    const generation = (index: number) => index >= 2 && index === nameTokens.length - 1 && GENERATIONS.has(nameTokens[index]!.lower);
    if (nameTokens.length > 4 || nameTokens.some((token, index) => PLACE_WORDS.has(token.lower) || (NON_ORG_ACRONYMS.has(token.text) && !generation(index)))) return false;
    if (nameTokens.length === 1 && nameTokens[0]!.allCaps) return false;
    // "Special Inspector General for Afghanistan Reconstruction": after "for" or "of", an everyday word closes the
    // body's name ("Secretary of State Antony Blinken" has a given name).
    const connected = span.slice(0, nameStart).some((token) => token.lower === 'for' || token.lower === 'of');
    // The whole title names the office then ("… (SIGAR) is investigating").
    if (nameTokens.length === 1 && connected && isCommonWord(nameTokens[0]!.lower) && !isGivenName(nameTokens[0]!.text)) {
      this.addOrganization(start, end, undefined);
      return true;
    }
    // "King's College London": a town closing an organisation's name is no one's name.
    if (nameTokens.length === 1 && isOrgWord(span[nameStart - 1]!.lower) && (isKnownPlace(nameTokens[0]!.text) || this.isCountryAt(start + nameStart))) return false;
    // "the General Election co-ordinator": after a title that is also an adjective, a word the article also writes in
    // lower case is no one's surname.
    const lone = nameTokens[0]!;
    const adjectiveTitle = nameStart === 1 && ROLE_MODIFIERS.has(span[0]!.lower);
    if (nameTokens.length === 1 && adjectiveTitle && this.articleWords.has(lone.lower) && isCommonWord(lone.lower) && !isGivenName(lone.text)) return false;
    const prefix = span.slice(0, nameStart);
    const isHonorific = HONORIFICS.has(prefix[0]!.lower) && prefix.length === 1;
    // "CNN's chief medical correspondent Dr. Sanjay Gupta", "his longtime physician Dr. Harold Bornstein".
    const roleBeforeHonorific = isHonorific && this.lowerWord(start - 1) !== undefined && isRoleWord(this.lowerWord(start - 1)!) ? this.roleBefore(start - 1) : undefined;
    const countries = this.countriesIn(start, start + nameStart);
    for (const found of countries) this.addCountry(found.form, 2);
    const employers = this.employersBeforeRole(start, start + nameStart);
    // "Hong Kong Chief Executive Carrie Lam": the employer is the affiliation, the rest the role.
    const role = isHonorific ? (roleBeforeHonorific?.role ?? null) : this.roleText(employers.names.length > 0 ? employers.roleStart : start, start + nameStart);
    const later = this.context(start + nameStart, end);
    const affiliation =
      countries[0]?.form.country ?? employers.names[0] ?? roleBeforeHonorific?.affiliation ?? this.possessiveOwner(start) ?? this.countryOfAfter(end) ?? later.affiliation ?? null;
    this.found.names.push(
      this.mention('person', start + nameStart, end, {
        role: role ?? later.role,
        affiliation,
        evidence: { person: isHonorific ? 4 : 5, organization: 0, place: 0 },
      }),
    );
    // In a list, the title belongs to this entry: "…, Energy Minister Reza Ardakanian, and …".
    this.spans[this.spans.length - 1]!.start = start;
    return true;
  }

  /**
   * Names before the first role word of a title are who the person works for ("CBS Sports NFL Insider", "Browns
   * DL"), unlike organisations inside the title after "of" ("Head of the Presidential Administration"), which are
   * part of the role. An acronym after a name starts a new one ("CBS Sports" | "NFL").
   */
  private employersBeforeRole(start: number, end: number): { names: string[]; roleStart: number } {
    let roleAt = start;
    while (roleAt < end && !isRoleWord(this.tokens[roleAt]!.lower) && !HONORIFICS.has(this.tokens[roleAt]!.lower)) roleAt += 1;
    // "Prime Minister", "Assistant U.S. Attorney": words of the title itself are nobody's name.
    while (roleAt > start && ROLE_MODIFIERS.has(this.tokens[roleAt - 1]!.lower)) roleAt -= 1;
    const names: string[] = [];
    let chunkStart = start;
    for (let index = start; index <= roleAt; index += 1) {
      const token = this.tokens[index];
      const boundary = index === roleAt || (token!.allCaps && index > chunkStart && !this.tokens[index - 1]!.allCaps);
      if (!boundary) continue;
      let from = chunkStart;
      while (from < index && ROLE_MODIFIERS.has(this.tokens[from]!.lower)) from += 1;
      // "National Security Adviser", "Transportation Secretary": everyday words before the role are its field.
      // Not a place's name: "New Jersey Sen. Cory Booker".
      const field =
        index === roleAt &&
        this.tokens.slice(from, index).every((token) => !token.allCaps && isCommonWord(token.lower) && !isOrgWord(token.lower)) &&
        !isKnownPlace(this.phraseOf(chunkStart, index));
      if (index > from && !field && !this.countryAt(from) && this.tokens.slice(from, index).every((_, offset) => this.isNameWord(from + offset, true))) {
        const context = this.context(from, index);
        this.found.names.push(
          this.mention('unknown', from, index, { evidence: { person: -1, organization: 2 + context.evidence.organization, place: context.evidence.place } }),
        );
        names.push(this.found.names[this.found.names.length - 1]!.name);
      }
      chunkStart = index;
    }
    return { names, roleStart: roleAt };
  }

  /** "Chile's President …", "BBC's Emily Maitlis": the name owning the title or the person. */
  private possessiveOwner(start: number): string | null {
    if (this.tokens[start - 1]?.kind !== 'possessive' || !this.isNameWord(start - 2, true)) return null;
    let ownerStart = start - 2;
    const opensClause = (index: number) => FUNCTION_WORDS.has(this.tokens[index]!.lower) && this.clauseInitial(index);
    while (ownerStart - 1 >= 0 && this.isNameWord(ownerStart - 1, true) && !opensClause(ownerStart - 1)) ownerStart -= 1;
    if (opensClause(ownerStart)) ownerStart += 1;
    if (ownerStart > start - 2) return null;
    return this.phraseOf(ownerStart, start - 1);
  }

  /** "Chad Wolf has been named new DHS acting secretary", "… was appointed chief executive of X". */
  private appointedAs(end: number): { role: string; affiliation: string | null } | undefined {
    let index = end;
    while (['has', 'have', 'had', 'was', 'were', 'is', 'been', 'be'].includes(this.lowerWord(index) ?? '')) index += 1;
    if (!APPOINTMENT_VERBS.has(this.lowerWord(index) ?? '')) return undefined;
    index += 1;
    if (this.lowerWord(index) === 'as') index += 1;
    const words: string[] = [];
    for (; index < this.tokens.length && words.length < 6; index += 1) {
      const token = this.tokens[index]!;
      if (token.kind !== 'word') return undefined;
      if (DETERMINERS.has(token.lower) && words.length === 0) continue;
      words.push(token.text);
      if (!token.capitalized && isRoleWord(token.lower) && !ORG_DESCRIPTORS.has(token.lower)) {
        const role = words.filter((word) => !/^\p{Lu}/u.test(word) || ROLE_MODIFIERS.has(word.toLowerCase()) || isRoleWord(word.toLowerCase()));
        return { role: joinTokens(role), affiliation: this.affiliationAfter(index + 1) ?? employerInside(words) };
      }
      if (!token.capitalized && FUNCTION_WORDS.has(token.lower)) return undefined;
    }
    return undefined;
  }

  /** "President Xi Jinping of China": the country after the name. */
  private countryOfAfter(end: number): string | null {
    if (this.lowerWord(end) !== 'of') return null;
    const country = this.countryAt(end + 1);
    return country && country.form.kind === 'name' ? country.form.country : null;
  }

  private countriesIn(start: number, end: number): Array<{ form: CountryForm; start: number; end: number }> {
    const found: Array<{ form: CountryForm; start: number; end: number }> = [];
    for (let index = start; index < end; index += 1) {
      const country = this.countryAt(index);
      if (country && country.end <= end) {
        found.push({ form: country.form, start: index, end: country.end });
        index = country.end - 1;
      }
    }
    return found;
  }

  /** The title without the country it belongs to: "Deputy Prime Minister of Azerbaijan" → "Deputy Prime Minister". */
  private roleText(start: number, end: number): string {
    const kept: string[] = [];
    for (let index = start; index < end; index += 1) {
      const country = this.countryAt(index);
      // "Deputy Prime Minister of Azerbaijan", "Head of the Iranian …" lose the country; "Assistant U.S. Attorney" keeps it.
      const strippable = index === start || ['of', 'the'].includes(this.tokens[index - 1]!.lower);
      if (country && country.end <= end && strippable) {
        index = country.end - 1;
        continue;
      }
      kept.push(this.tokens[index]!.text);
    }
    return joinTokens(kept)
      .replace(/\s+(?:of|of the|the|for|and)$/i, '')
      .replace(/\bof the\s+of\b/i, 'of')
      .trim();
  }

  private addOrganization(start: number, end: number, leadingCountry: { form: CountryForm; end: number } | undefined): void {
    // "English Premier League": the country is involved, but less than when it acts itself; "Iranian Ministry of
    // Energy", "the US Army": a state's own body acts for it.
    const stateBody = this.tokens.slice(start, end).some((token) => STATE_BODY_WORDS.has(token.lower));
    if (leadingCountry) this.addCountry(leadingCountry.form, stateBody ? 2 : 1.5, joinTokens(this.tokens.slice(start, end).map((token) => token.text)));
    const span = this.tokens.slice(start, end);
    const lastOf = span.map((token) => token.lower).lastIndexOf('of');
    if (lastOf >= 0) {
      const trailing = this.countryAt(start + lastOf + 1 + (span[lastOf + 1]?.lower === 'the' ? 1 : 0));
      if (trailing && trailing.end === end && trailing.form.kind === 'name') this.addCountry(trailing.form, 2);
    }
    const context = this.context(start, end);
    // "a meeting in the Oval Office": a two-word office, house or hall one is inside is a building, unless other
    // mentions make it act ("the White House said").
    // Not "from the", as in "a statement from the White House".
    const inside = end - start === 2 && BUILDING_WORDS.has(this.tokens[end - 1]!.lower) && this.lowerWord(start - 1) === 'the' && INSIDE_PREPOSITIONS.has(this.lowerWord(start - 2) ?? '');
    this.found.names.push(
      this.mention('organization', start, end, {
        description: context.description,
        evidence: { person: 0, organization: 3 + context.evidence.organization, place: context.evidence.place + (inside ? 3.5 : 0) },
      }),
    );
  }

  /** "West Bank", "East Africa": a compass word and one more word name a region more often than an organisation. */
  private compassPlace(start: number, end: number): number {
    return end - start === 2 && COMPASS.has(this.tokens[start]!.lower) ? 1.5 : 0;
  }

  private addBareName(start: number, end: number, prior: Evidence = { person: 0, organization: 0, place: 0 }): void {
    const span = this.tokens.slice(start, end).filter((token) => /\p{L}/u.test(token.text));
    const context = this.context(start, end);
    const evidence: Evidence = {
      person: prior.person + context.evidence.person,
      organization: prior.organization + context.evidence.organization,
      place: prior.place + context.evidence.place,
      loneOrganization: context.evidence.loneOrganization ?? 0,
    };
    const first = span[0]!;
    // "GET OUT and VOTE": a common word in capitals is shouted, unless it is a known acronym ("WHO").
    const shouted = isCommonWord(first.text) && !isKnownOrganization(first.text);
    // "USB-C", "HVAC", "AWD": a thing's abbreviation, also with a variant after a hyphen.
    const acronym = first.text.replace(/\./g, '').split('-')[0]!;
    // "the tension that J.C. creates": two dotted initials alone are a person's nickname more often than a body's,
    // but not "the U.N." nor "U.N. officials".
    const wordAfter = this.lowerWord(end) ?? '';
    const bodyNounAfter = STATE_ACTOR_NOUNS.has(wordAfter) || isRoleWord(wordAfter);
    const initialsAlone = /^(?:\p{Lu}\.){2}$/u.test(first.text) && this.tokens[start - 1]?.lower !== 'the';
    const nickname = initialsAlone && !bodyNounAfter && !isKnownOrganization(first.text);
    if (span.length === 1 && first.allCaps && !shouted && !nickname && !NON_ORG_ACRONYMS.has(acronym)) evidence.organization += 2;
    if (span.length >= 2 && isGivenName(first.text) && !first.allCaps) evidence.person += 1.5;
    // "J.C. Chandor", "J.K. Rowling": initials and a surname; not "A.C. Milan", a town.
    const lastWord = span[span.length - 1]!;
    if (span.length === 2 && /^(?:\p{Lu}\.){2,3}$/u.test(first.text) && !isCommonWord(lastWord.lower) && !isKnownPlace(lastWord.text)) evidence.person += 2;
    // "St Helens", "St. Louis": a saint's name is a town's or a club's, not a person's.
    if (span.length >= 2 && /^St\.?$/.test(first.text)) evidence.person -= 3;
    // "Lexus LC", "Xbox One X": a make and a model's letters.
    const last = span[span.length - 1]!;
    if (span.length >= 2 && !first.allCaps && /^\p{Lu}{1,3}$/u.test(last.text) && !POST_NOMINALS.has(last.lower) && !/^[IVX]+$/.test(last.text)) {
      evidence.person -= 2;
      evidence.product = 1;
    }
    // "SPACE VIZZION", "MODEL Y": prose writes people's names in capitals only in headings; a product's name often.
    if (span.length >= 2 && span.every((token) => token.allCaps)) evidence.person -= 2;
    // "the Baghdad-Damascus highway", "US-China talks": two places joined by a hyphen name a route or a relation.
    if (span.length === 1 && first.text.includes('-') && first.text.split('-').every((part) => isKnownPlace(part) || lookupCountry(part) !== undefined)) {
      evidence.place += 3;
      evidence.loneOrganization = 0;
    }
    // "Allentown, PA", "Phoenix, AZ": a state's postal code after its town.
    if (span.length === 1 && /^\p{Lu}{2}$/u.test(first.text) && this.tokens[start - 1]?.text === ',' && this.tokens[start - 2]?.capitalized) {
      evidence.place += 3;
      evidence.organization = 0;
      evidence.loneOrganization = 0;
    }
    // "avoid DC traffic", "from NC": a state's postal code.
    if (span.length === 1 && STATE_CODES.has(first.text.replace(/\./g, ''))) {
      evidence.place += 3;
      evidence.organization = Math.min(evidence.organization, 0);
      evidence.loneOrganization = 0;
    }
    // "touted as a Rocket Stock": a name is rarely counted with "a"; a noun phrase in capitals is.
    if (span.length >= 2 && ['a', 'an'].includes(this.lowerWord(start - 1) ?? '')) evidence.person -= 2;
    // "Rs 300", "Sh 500": a currency's short form before an amount.
    if (span.length === 1 && first.text.length <= 3 && /^\d/.test(this.tokens[end]?.text ?? '')) {
      evidence.organization -= 2;
      evidence.loneOrganization = 0;
    }
    // "the new 13-inch MacBook Pro", "iPhone 11 Pro": a measured thing or a brand's spelling is no person.
    // Not "McDonald" or "DeSantis", whose inner capital is a surname's.
    const brandSpelling = /^\p{L}\p{Ll}+\p{Lu}/u.test(first.text) && !SURNAME_PREFIX.test(first.text);
    if (/^\d+(?:\.\d+)?-\p{Ll}+$/u.test(this.tokens[start - 1]?.text ?? '') || brandSpelling) evidence.person -= 2;
    // "SoftBank", "PayPal": a capital inside a word is a brand's spelling, not a person's.
    // Surnames have their own inner capitals ("McKinley", "MacLeod", "DeSantis", "LeBlanc"), so those prefixes count less.
    // A product's name modifies the noun after it ("the FaceTime camera", "the BlackMagic disk test"): less a brand.
    const next = this.lowerWord(end);
    const modifiesNoun = next !== undefined && !FUNCTION_WORDS.has(next) && !SPEECH_VERBS.has(next) && !AUXILIARIES.has(next) && !CORPORATE_VERBS.has(next);
    // "Destiny 2 isn’t", "Windows 10 will": a one-word title and its small number, followed by prose, is a product
    // or a work; not a score ("Chelsea 2, Arsenal 1") nor a list ("Chelsea 2 Arsenal 1").
    const sequel = span.length === 1 && /^\d{1,2}$/.test(this.tokens[end]?.text ?? '') && this.tokens[end + 1]?.kind === 'word' && !this.tokens[end + 1]!.capitalized;
    if (sequel && !/^\p{Lu}\p{Ll}+\p{Lu}/u.test(first.text)) {
      evidence.organization -= 1;
      evidence.product = 1;
    }
    // "a Dell laptop", "an Apple watch": a make counted with "a" and the thing it made is a product, not the company.
    if (span.length === 1 && ['a', 'an'].includes(this.lowerWord(start - 1) ?? '') && modifiesNoun && !isRoleWord(next) && !isOrgDescriptor(next) && !ORG_TYPE_NOUNS.has(next)) {
      evidence.organization -= 1;
      evidence.product = 1;
    }
    if (span.length === 1 && /^\p{Lu}\p{Ll}+\p{Lu}/u.test(first.text)) {
      // "the ProMotion display", "its SmartThermostat": a feature or product of something else, named after a
      // determiner and before the noun it modifies or owned by "its", is no company at all.
      const owner = this.word(start - 1)?.lower;
      const companyNounAfter = next !== undefined && (ORGANIZATION_PARTS.has(next) || ORG_TYPE_NOUNS.has(next) || isRoleWord(next) || isOrgDescriptor(next));
      // "PlayStation 4", "AirPods 3": a brand-spelled word before a small model number is the product.
      const numbered = /^\d{1,2}$/.test(this.tokens[end]?.text ?? '') && !/^[,:\-–]$/.test(this.tokens[end + 1]?.text ?? '');
      const product = numbered || (!companyNounAfter && (PRODUCT_OWNERS.has(owner ?? '') || ((owner === 'the' || owner === 'a' || owner === 'an' || owner === 'new') && modifiesNoun)));
      // "LeBron", "DeSantis", "McDonald" are spelled like names: no evidence either way.
      evidence.organization += product ? -1 : SURNAME_PREFIX.test(first.text) ? 0 : modifiesNoun ? 1 : 2;
      if (product) evidence.product = 1;
    }
    if (context.speaker) {
      // '"It is hard," said Falesi Chukuwumba': two words that are no everyday words speak as a person, though the
      // given name is not one the list knows.
      const unfamiliarPair = span.length === 2 && span.every((token) => !token.allCaps && !isCommonWord(token.lower) && !isOrgWord(token.lower) && !isKnownPlace(token.text));
      if (span.length >= 2) evidence.person += unfamiliarPair ? 1.5 : 1;
      else if (first.allCaps) evidence.organization += 1;
      else evidence.loneOrganization = (evidence.loneOrganization ?? 0) + 0.5;
    }
    this.found.names.push(
      this.mention('unknown', start, end, { role: context.role, affiliation: context.affiliation, description: context.description, evidence }),
    );
  }

  private mention(kind: NameMention['kind'], start: number, end: number, details: Partial<NameMention> & { evidence: Evidence }): NameMention {
    const words = this.tokens.slice(start, end).map((token) => token.text);
    this.spans.push({ start, end });
    return {
      kind,
      name: joinTokens(words),
      words: words.filter((word) => /\p{L}/u.test(word)),
      sentence: this.sentence,
      role: cleanRole(details.role ?? null),
      affiliation: details.affiliation ?? null,
      description: details.description ?? null,
      evidence: details.evidence,
      clauseInitial: this.clauseInitial(start),
    };
  }

  // ---- context -----------------------------------------------------------------------------------------------

  private context(start: number, end: number) {
    const evidence: Evidence = { person: 0, organization: 0, place: 0 };
    let role: string | null = null;
    let affiliation: string | null = null;
    let description: string | null = null;
    let speaker = false;
    let loneHints = 0;

    const before = this.tokens[start - 1];
    const beforeLower = this.lowerWord(start - 1) ?? (this.descriptionOpening(start - 1) ? before!.lower : undefined);
    if (beforeLower === 'the') {
      evidence.person -= 2;
    }
    // "published by The Intercept": a capitalised article inside a sentence belongs to a title.
    // Not a work owned by a company: "Netflix's The Crown", "HBO's The Wire".
    // Not a work's title after what it is: "its film The Aviator", "the novel The Road".
    const workBefore = WORK_NOUNS.has(this.lowerWord(start - 2) ?? '');
    if (before?.text === 'The' && !this.clauseInitial(start - 1) && this.tokens[start - 2]?.kind !== 'possessive' && !workBefore) evidence.organization += 2;
    const givenNameFirst = isGivenName(this.tokens[start]!.text);
    // "NASA's Galileo Jupiter probe", "the Polaris schooner": a craft or a device is named, not a person.
    if (this.lowerWord(end) !== undefined && CRAFT_NOUNS.has(this.lowerWord(end)!)) evidence.person -= 3;
    // "the northern Sierra Nevada", "in eastern Ghouta": a lower-case compass word before a name makes it a region.
    if (beforeLower !== undefined && COMPASS.has(beforeLower)) {
      evidence.place += 2.5;
      evidence.person -= 2;
    }
    if (beforeLower !== undefined && AMBIGUOUS_ROLES.has(beforeLower)) {
      // "chip designer Arden Micro" or "fashion designer Stella McCartney": the name decides.
      if (givenNameFirst && end - start >= 2) evidence.person += 2;
      else evidence.organization += 2;
      if (givenNameFirst) ({ role, affiliation } = this.roleBefore(start - 1));
      else description = this.phraseBefore(start - 1, end);
    } else if (beforeLower !== undefined && isRoleWord(beforeLower) && !ORG_DESCRIPTORS.has(beforeLower)) {
      evidence.person += 3;
      ({ role, affiliation } = this.roleBefore(start - 1));
    } else if (beforeLower !== undefined && isOrgDescriptor(beforeLower)) {
      evidence.organization += 3;
      description = this.phraseBefore(start - 1, end);
    } else if (before?.text === ',') {
      const head = this.appositiveHeadBefore(start - 1);
      if (head !== undefined && isRoleWord(head.lower) && !ORG_DESCRIPTORS.has(head.lower)) {
        evidence.person += 3;
        ({ role, affiliation } = this.rolePhraseBefore(head.index));
      } else if (
        head !== undefined &&
        ORG_DESCRIPTORS.has(head.lower) &&
        !(givenNameFirst && end - start >= 2 && this.nameBetween(head.index, start - 1)) &&
        // "… at the San Ysidro, California, facility": a place after "Town," is its state, not an appositive.
        !isKnownPlace(joinTokens(this.tokens.slice(start, end).map((token) => token.text)))
      ) {
        evidence.organization += 3;
        description = head.lower;
      }
    }

    const after = this.tokens[end];
    // "Braun, 38, who …", "Swift, 29 –": an age in an appositive belongs to a person.
    const age = this.tokens[end + 1]?.text ?? '';
    const afterAge = this.tokens[end + 2];
    if (after?.text === ',' && /^[1-9]\d$/.test(age) && (afterAge === undefined || /^[,–—)]$/.test(afterAge.text) || afterAge.lower === 'who')) evidence.person += 2;
    if (after?.text === ',') {
      const appositive = this.appositiveAfter(end + 1);
      if (appositive.kind === 'person') {
        evidence.person += 3;
        role ??= appositive.role;
        affiliation ??= appositive.affiliation;
      } else if (appositive.kind === 'organization') {
        evidence.organization += 2;
        description ??= appositive.role;
      } else if (appositive.kind === 'nonperson') {
        evidence.person -= 1;
      }
    }

    const afterLower = this.lowerWord(end);
    // "Jennifer Mattinson from the West Mercia police", "Owen Dempsey of the Aberdeen Royal Infirmary": a person's
    // employer right after the name, when it is plainly an organisation.
    if (affiliation === null && evidence.person > 0 && (afterLower === 'of' || afterLower === 'from' || afterLower === 'at')) affiliation = this.organizationAfter(end + 1);
    if (afterLower !== undefined && SPEECH_VERBS.has(afterLower)) speaker = true;
    const appointed = this.appointedAs(end);
    if (appointed) {
      evidence.person += 2;
      role ??= appointed.role;
      affiliation ??= appointed.affiliation;
    }
    // "BBC's Emily Maitlis": whom a person is named with.
    if (givenNameFirst && end - start >= 2) affiliation ??= this.possessiveOwner(start);
    // "the Evópoli party", "Northgate boss", "SoftBank founder", "Arden's board".
    const nounAfter = this.roleOrPartAfter(end);
    // Not at the start of a clause, where "Ratings agency …" capitalises a common word.
    // "the Aleutian Islands chain": after a place's name, "chain" or "group" counts places, not companies.
    const placeLast = PLACE_WORDS.has(this.tokens[end - 1]!.lower);
    // "Competition commissioner Mario Monti", "Health secretary …": a common word opening the sentence names a field.
    const fieldOpening = end - start === 1 && this.clauseInitial(start) && isCommonWord(this.tokens[start]!.text) && !isKnownOrganization(this.tokens[start]!.text);
    if (afterLower !== undefined && ORG_TYPE_NOUNS.has(afterLower) && !this.clauseInitial(start) && !placeLast) evidence.organization += 2;
    else if (nounAfter !== undefined && ((isRoleWord(nounAfter) && !KINSHIP.has(nounAfter)) || ORGANIZATION_PARTS.has(nounAfter)) && !(givenNameFirst && end - start >= 2) && !fieldOpening) {
      evidence.organization += 1.5;
    }
    // "Wells Fargo analyst Zachary Fadem": a name, a job, then the person who holds it; the first name is the employer.
    const titleWordsOnly = this.tokens.slice(start, end).every((token) => ROLE_MODIFIERS.has(token.lower));
    if (!titleWordsOnly && !fieldOpening && nounAfter !== undefined && isRoleWord(nounAfter) && !KINSHIP.has(nounAfter) && this.personNameAfterRole(end)) evidence.organization += 3;
    // "strategist at Miller Tabak", "a spokeswoman for the Commission": where someone works.
    // Weaker for one word: "a rep for Braun" may speak for a person.
    const employer = this.employerPosition(start);
    // A lone word counts only when the entity has no longer name ("a rep for Braun" after "Scooter Braun").
    // "a lawyer for Jane Roe", "best actor for Jamie Foxx": one works or wins for a person too, but at or of a body.
    const forPerson = (employer === 'for' || employer === 'with') && end - start >= 2 && givenNameFirst;
    const employerWeight = employer === undefined || forPerson || this.tokens[end]?.kind === 'possessive' ? 0 : end - start >= 2 ? 3 : employer === 'at' ? 2 : 1.5;
    if (end - start >= 2) evidence.organization += employerWeight;
    else loneHints = employerWeight;
    // "Lowe's (LOW)", "Home Depot (ticker: HD)": a stock ticker.
    if (this.tickerAfter(end)) evidence.organization += 3;
    // "beat Northgate City 3-2", "host Castlebridge Rovers": a team.
    const scoreAfter = /^\d{1,2}-\d{1,2}$/.test(this.tokens[end]?.text ?? '') || (/^\d{1,2}$/.test(this.tokens[end]?.text ?? '') && /^[,:]$/.test(this.tokens[end + 1]?.text ?? ''));
    // "Northgate drew 1-1 with …", "Northgate beat Castlebridge"; not "the Super Bowl drew 100 million viewers".
    // "… beat the Castlebridge Wanderers 3-1": the opponent may come with "the".
    const opponent = this.lowerWord(end + 1) === 'the' ? end + 2 : end + 1;
    const playedAfter = afterLower !== undefined && MATCH_VERBS.has(afterLower) && (this.isNameWord(opponent, true) || /^\d{1,2}-\d{1,2}$/.test(this.tokens[end + 1]?.text ?? ''));
    // In tennis, golf or athletics people play each other: only a name shaped like a team's is a team.
    // A lone "Uchiyama" who "beat" someone counts as a team only if no player of that name is known (see Evidence).
    // "Monday night’s loss to the Chiefs", "a win over the Jets": a result names the side that won or lost it.
    const prepositionAt = beforeLower === 'the' ? start - 2 : start - 1;
    const resultBefore = RESULT_PREPOSITIONS.has(this.lowerWord(prepositionAt) ?? '') && RESULT_WORDS.has(this.lowerWord(prepositionAt - 1) ?? '');
    if (scoreAfter || (beforeLower !== undefined && MATCH_VERBS.has(beforeLower)) || playedAfter || resultBefore) {
      if (end - start === 1) loneHints += 2;
      else if (this.teamShaped(start, end)) evidence.organization += 2;
      else evidence.person += 2;
    }
    // "the Islanders", "the Conservatives": a capitalised plural after "the" names a team or a party.
    // Not a country's things: "the United States Embassies in Kenya and Tanzania".
    // "The Doobie Brothers will …" opening a sentence too; not a work's title ("The Lord of the Rings").
    // Not "senator Felipe Kast of the Evópoli party": the word before "of" is a common noun's, not a surname.
    const titleOfWork = this.tokens[start - 2]?.lower === 'of' && this.tokens[start - 3]?.capitalized === true && isCommonWord(this.tokens[start - 3]!.text) && !ORG_TYPE_NOUNS.has(this.lowerWord(end) ?? '');
    if (this.tokens[start - 1]?.lower === 'the' && !titleOfWork && /\p{Ll}s$/u.test(this.tokens[end - 1]!.text) && !givenNameFirst && !placeLast && !(end - start >= 2 && this.countryAt(start))) evidence.organization += 1.5;
    // "Semyon Varlamov stopped 27 shots": a multi-word name as the subject of a verb.
    const multiWord = this.tokens.slice(start, end).filter((token) => /\p{L}/u.test(token.text)).length >= 2;
    if (multiWord && afterLower !== undefined && (AUXILIARIES.has(afterLower) || /^[a-z]{3,}ed$/.test(afterLower))) evidence.person += 1;
    // "Falesi Chukuwumba was arrested", "police detained Falesi Chukuwumba": done to a person only.
    const doneAfter = (afterLower === 'was' || afterLower === 'is' || afterLower === 'were') && DONE_TO_PEOPLE.has(this.lowerWord(end + 1) ?? '');
    if (multiWord && (doneAfter || (beforeLower !== undefined && DONE_TO_PEOPLE.has(beforeLower) && beforeLower !== 'born'))) evidence.person += 1.5;
    // "Tuukka Rask made 25 saves", "Joonas Korpisalo stopped 30 shots": a player's line in a sports roundup.
    if (multiWord && afterLower !== undefined && /^\d+$/.test(this.tokens[end + 1]?.text ?? '') && /^\p{Ll}+s$/u.test(this.tokens[end + 2]?.text ?? '')) evidence.person += 1;
    // "Shares of SoftBank", "shares in Halvorsen".
    if ((beforeLower === 'of' || beforeLower === 'in') && this.tokens[start - 2]?.lower === 'shares') evidence.organization += 2;
    if (beforeLower !== undefined && SPEECH_VERBS.has(beforeLower) && beforeLower !== 'told') speaker = true;
    // "According to …" opens many sentences, capitalised.
    if (beforeLower === 'to' && this.tokens[start - 2]?.lower === 'according') speaker = true;
    // "told Trend", "told Reuters": a lone name that is not a given name, receiving a statement, is a news outlet.
    // "via USA Today": the source of a quotation.
    if (beforeLower === 'via' && !givenNameFirst) evidence.organization += 1;
    // "in an interview with PolitickerNJ.com": an outlet, unless a person's name follows.
    const twoBeforeLower = this.lowerWord(start - 2);
    if (beforeLower === 'with' && (twoBeforeLower === 'interview' || twoBeforeLower === 'interviews') && !givenNameFirst) evidence.organization += 2;
    // Only while no person of that name is known: "Cook told Benioff" after "Marc Benioff".
    if (beforeLower === 'told' && end - start === 1 && !isGivenName(this.tokens[start]!.text)) loneHints += 2;
    // "told The Hill", "told BBC Five Live": a longer name given a statement is an outlet when it is written as one,
    // with a capital "The" inside a sentence or an acronym first ("told Hamid Karzai" is no outlet).
    const toldThe =
      (this.tokens[start - 1]?.text === 'The' && this.lowerWord(start - 2) === 'told') || (this.tokens[start]!.text === 'The' && beforeLower === 'told');
    if (toldThe || (beforeLower === 'told' && end - start >= 2 && this.tokens[start]!.allCaps)) {
      evidence.organization += 4;
      evidence.place -= 3;
    }
    // A lone "Apple" may be a given name too; it counts only if no person of that name exists (see Evidence).
    const known = this.knownOrganizationAt(start, end);
    if (end - start === 1) evidence.loneOrganization = this.corporateContext(start, end) + loneHints + (known ? KNOWN_ORGANIZATION_WEIGHT : 0);
    // A known name of several words is unambiguous: "Blue Origin said" is no person speaking.
    else if (known) evidence.organization += 2 * KNOWN_ORGANIZATION_WEIGHT;
    else if (!givenNameFirst) evidence.organization += this.corporateContext(start, end);

    // "The Lord of the Rings director …": the end of a work's title is no employer.
    if (titleOfWork) {
      evidence.organization = Math.min(evidence.organization, 0);
      evidence.loneOrganization = 0;
    }
    // "a stake in Kylie Jenner's company": what is located is the thing owned, not the owner.
    // "… over the Tuva region in Siberia, Roscosmos said": after a comma, a name that speaks opens its own clause.
    const speaksAfterComma = this.tokens[start - 1]?.text === ',' && afterLower !== undefined && SPEECH_VERBS.has(afterLower);
    // "shares in Yamanouchi", "a stake in Arden": what is owned in a company, not a place.
    const ownedIn = ['shares', 'stake', 'stakes', 'holding', 'investment'].includes(this.tokens[start - 2]?.lower ?? '') && beforeLower === 'in';
    const preposition = this.tokens[end]?.kind === 'possessive' || speaksAfterComma || ownedIn ? undefined : this.locatingPreposition(start);
    if (preposition !== undefined) evidence.place += preposition === 'from' ? 1 : preposition === 'at' ? 1.5 : 2;
    // "stops at Blossom Music Center", "spoke at the Moscone Center": a venue where something happens; not where
    // someone works ("a researcher at the Fred Hutchinson Cancer Research Center").
    const venueAt = ['at', 'in'].includes(this.lowerWord(start - 1) === 'the' ? this.lowerWord(start - 2) ?? '' : beforeLower ?? '');
    const nameWords = this.tokens.slice(start, end - 1).map((token) => token.lower);
    const institution = nameWords.some((word) => INSTITUTION_WORDS.has(word) || isOrgWord(word));
    // "June 26 -- PPL Center, Allentown, PA": a venue and the town it stands in.
    const townAfter = this.tokens[end]?.text === ',' && isKnownPlace(this.tokens[end + 1]?.text ?? '');
    if ((venueAt || townAfter) && VENUE_WORDS.has(this.tokens[end - 1]!.lower) && employer === undefined && !institution) evidence.place += 4;
    if (this.placeNounAfter(end)) evidence.place += 3;
    return { evidence, role, affiliation, description, speaker };
  }

  /**
   * How strongly the words around a one-word name that is no given name say it is a company or an outlet:
   * "obtained by Variety", "a statement to Rolling Stone", "Reuters reported", "Apple's credit card", "Boeing 787".
   */
  private corporateContext(start: number, end: number): number {
    let score = 0;
    const beforeLower = this.lowerWord(start - 1);
    const twoBefore = this.lowerWord(start - 2);
    if (beforeLower === 'by' && twoBefore !== undefined && BY_AGENT_VERBS.has(twoBefore)) score += 2;
    if (beforeLower === 'to' && twoBefore === 'statement') score += 2;
    // "the $19 billion acquisition of WhatsApp", "a merger with Sprint", "able to acquire Oculus": deals buy companies.
    if ((beforeLower === 'of' || beforeLower === 'with') && twoBefore !== undefined && ACQUISITION_NOUNS.has(twoBefore)) score += 2;
    if (beforeLower !== undefined && ACQUIRE_VERBS.has(beforeLower)) score += 2;
    if (beforeLower === 'from' && twoBefore !== undefined && (twoBefore === 'data' || isRoleWord(twoBefore.replace(/s$/, '')))) score += 2;
    const afterLower = this.lowerWord(end);
    if (afterLower !== undefined && CORPORATE_VERBS.has(afterLower)) score += 1.5;
    const after = this.tokens[end];
    // "Apple's credit card", "Amazon's small business loans": a one-word owner of a thing, not a person's surname.
    // "Apple continues to offer repairs as part of its service program": "its", not "his" or "her", refers back.
    if (afterLower !== undefined && !SPEECH_VERBS.has(afterLower) && this.clauseInitial(start) && this.itsInClause(end)) score += 1;
    // Weak: "Titan's crust" and "Europa's plumes" are owned too.
    if (after?.kind === 'possessive' && this.lowerWord(end + 1) !== undefined && !SPEECH_VERBS.has(this.lowerWord(end + 1)!)) score += 0.5;
    // "an order of 30 Boeing jets": a maker between a count and what it makes.
    if (this.tokens[start - 1]?.kind === 'word' && /^\d+$/.test(this.tokens[start - 1]!.text) && afterLower !== undefined && /[a-z]s$/.test(afterLower)) score += 1.5;
    // "Boeing 787-9", "Airbus A350-900 jets": a maker before a model number.
    const model = after?.kind === 'possessive' ? this.tokens[end + 1] : after;
    if (model?.kind === 'word' && /^(?:\p{Lu}\d{2,4}|\d{3,4})(?:-\d{1,4})?\p{Lu}?$/u.test(model.text) && !/^(?:19|20)\d\d$/.test(model.text)) score += 2;
    // "T-Mobile", "AT&T", "E!", "Coca-Cola": brand spellings.
    if (/^\p{Lu}[\p{L}]*[-&!][\p{Lu}][\p{L}]*$|!$/u.test(this.tokens[start]!.text) && !this.countryAt(start)) score += 0.5;
    return score;
  }

  /**
   * A name the gazetteer knows as an organisation, written as one: a single word not after "the" unless the name
   * takes it ("the Amazon" is a river, "the Kremlin" is the Kremlin; "the Oklahoma City Thunder" is a team), and not a
   * common word that only opens its clause ("Shell companies …" in an article that also writes "shell").
   */
  private knownOrganizationAt(start: number, end: number): boolean {
    const name = joinTokens(this.tokens.slice(start, end).map((token) => token.text));
    if (!isKnownOrganization(name)) return false;
    // And one that takes it needs it: "Heat of Fusion" is a book, "the Heat" a team. "The" may belong to the kind of
    // body named after it: "the Reuters news agency" (not "the Amazon rainforest").
    if (end - start === 1 && (this.tokens[start - 1]?.lower === 'the') !== takesArticle(name)) {
      const describedAfter = isOrgDescriptor(this.lowerWord(end) ?? '') || isOrgDescriptor(this.lowerWord(end + 1) ?? '');
      if (!describedAfter) return false;
    }
    return !(this.clauseInitial(start) && end - start === 1 && this.articleWords.has(this.tokens[start]!.lower));
  }

  /**
   * A name of two words or more that can be a team's: one that holds a town or country ("Boston Celtics", "Real
   * Madrid"), a club word ("Northgate City", "Castlebridge Rovers") or ends in a plural ("Golden State Warriors").
   * "Karen Khachanov", "Gael Monfils" and "Vasek Pospisil" are players.
   */
  private teamShaped(start: number, end: number): boolean {
    const words = this.tokens.slice(start, end).filter((token) => /\p{L}/u.test(token.text));
    const last = words[words.length - 1]!;
    // "Warriors", "Otters" are plurals of words; "Monfils" and "Williams" are surnames.
    if (TEAM_WORDS.has(last.lower) || (/\p{Ll}s$/u.test(last.text) && isCommonWord(last.lower.slice(0, -1)))) return true;
    // Particles are no towns: "Botic van de Zanschulp" is not from Van.
    return this.tokens.slice(start, end).some((token, index) => token.capitalized && (isKnownPlace(token.text) || this.countryAt(start + index) !== undefined));
  }

  /**
   * "Leeds Rhinos", "Kansas City Chiefs", "Houston Rockets": a town and a plural name a team. After a town that is
   * also a given name ("Dallas", "Austin") only when the plural is an everyday word, since "Dallas Williams" is a man;
   * and not when the whole is a town of its own ("Colorado Springs").
   */
  private townAndPlural(span: Token[]): boolean {
    const last = span[span.length - 1]!;
    if (span.length < 2 || !last.capitalized || last.allCaps || !/\p{Ll}{2}s$/u.test(last.text) || /(?:ss|us|is)$/.test(last.lower)) return false;
    if (PLACE_WORDS.has(last.lower) || isKnownPlace(joinTokens(span.map((token) => token.text)))) return false;
    if (!isKnownPlace(joinTokens(span.slice(0, -1).map((token) => token.text)))) return false;
    return !isGivenName(span[0]!.text) || isCommonWord(last.lower);
  }

  /** "… Hall of Fame": an institution, though a hall is a place. */
  private hallOfFame(start: number, end: number): boolean {
    for (let index = start; index + 2 < end; index += 1) {
      if (this.tokens[index]!.text === 'Hall' && this.tokens[index + 1]!.lower === 'of' && this.tokens[index + 2]!.text === 'Fame') return true;
    }
    return false;
  }

  /** A word and the one after it, as one would look them up together: "New Jersey", "Rolling Stone". */
  private withNextWord(index: number): string {
    return `${this.tokens[index]!.text} ${this.tokens[index + 1]?.text ?? ''}`;
  }

  /** A capitalised description that opens a clause before a name: "Developer Valve", "Rival Lyft". */
  private descriptionOpening(index: number): boolean {
    const token = this.word(index);
    return token !== undefined && token.capitalized && DESCRIPTIONS.has(token.lower) && this.clauseInitial(index) && this.isNameWord(index + 1, true);
  }

  /** "its" before the clause ends and before any "he", "she", "his" or "her". */
  private itsInClause(from: number): boolean {
    for (let index = from; index < this.tokens.length; index += 1) {
      const token = this.tokens[index]!;
      if (token.kind === 'punct' && /^[;:.!?]$/.test(token.text)) return false;
      if (['he', 'she', 'his', 'her', 'him', 'they', 'their'].includes(token.lower)) return false;
      if (token.lower === 'its') return true;
    }
    return false;
  }

  private personNameAfterRole(end: number): boolean {
    let index = end;
    while (index < end + 3 && this.lowerWord(index) !== undefined && !isRoleWord(this.lowerWord(index)!)) index += 1;
    return this.lowerWord(index) !== undefined && this.isNameWord(index + 1, true) && !this.countryAt(index + 1);
  }

  /** The preposition after a job before this name ("professor at", "spokeswoman for"), if any. */
  private employerPosition(start: number): string | undefined {
    let index = start - 1;
    if (this.lowerWord(index) === 'the') index -= 1;
    const preposition = this.lowerWord(index);
    if (preposition !== 'at' && preposition !== 'for' && preposition !== 'with' && preposition !== 'of') return undefined;
    for (let back = index - 1; back >= index - 2; back -= 1) {
      const word = this.lowerWord(back);
      if (word === undefined) return undefined;
      // "analysts at Gartner" as well as "an analyst at Gartner"; not "the victims of the Indian Ocean tidal wave".
      if (isRoleWord(word) || (preposition === 'at' && isRoleWord(word.replace(/s$/, '')))) return KINSHIP.has(word) ? undefined : preposition;
    }
    return undefined;
  }

  private tickerAfter(end: number): boolean {
    if (this.tokens[end]?.kind === 'possessive') end += 1;
    if (this.tokens[end]?.text !== '(') return false;
    const inside = this.tokens.slice(end + 1, end + 6).map((token) => token.text).join(' ');
    return TICKER_IN_BRACKETS.test(inside);
  }

  /** The role or organisation part named just after a name: "Northgate boss", "Browns pass rusher", "Arden's board". */
  private roleOrPartAfter(end: number): string | undefined {
    const start = this.tokens[end]?.kind === 'possessive' ? end + 1 : end;
    for (let index = start; index < start + 2; index += 1) {
      const lower = this.lowerWord(index);
      // Before the function words, which hold "shares" and "investors" too: "Zorvex's shares" is a company's.
      if (lower !== undefined && (isRoleWord(lower) || ORGANIZATION_PARTS.has(lower))) return lower;
      if (lower === undefined || FUNCTION_WORDS.has(lower) || SPEECH_VERBS.has(lower)) return undefined;
    }
    return undefined;
  }

  /** "former mining executive" before "Desmond Achterberg"; "Thornbury manager" gives the affiliation Thornbury. */
  private roleBefore(headIndex: number): { role: string; affiliation: string | null } {
    const words = [this.tokens[headIndex]!.text];
    let index = headIndex - 1;
    while (index >= 0 && words.length < 4) {
      const lower = this.lowerWord(index);
      if (lower === undefined || FUNCTION_WORDS.has(lower) || SPEECH_VERBS.has(lower)) break;
      words.unshift(this.tokens[index]!.text);
      index -= 1;
    }
    // "Sporting director", "Opposition senator", "Defense attorney": capitalised title words belong to the role, in
    // lower case when only the start of the sentence capitalised them.
    while (index >= 0 && words.length < 4 && this.word(index)?.capitalized && ROLE_MODIFIERS.has(this.tokens[index]!.lower) && !this.isNameWord(index - 1, true)) {
      words.unshift(this.clauseInitial(index) ? this.tokens[index]!.lower : this.tokens[index]!.text);
      index -= 1;
    }
    let affiliation: string | null = null;
    const capitalized: string[] = [];
    // "Vale do Sol president": a particle between capitalised words belongs to the name; "But Riverside" starts after "But".
    while (
      index >= 0 &&
      !(this.tokens[index]!.capitalized && FUNCTION_WORDS.has(this.tokens[index]!.lower)) &&
      (this.isNameWord(index, true) ||
        (NAME_PARTICLES.has(this.tokens[index]!.lower) && this.isNameWord(index - 1, true) && capitalized.length > 0) ||
        // "Bank of England governor": the body's name runs on through "of".
        (this.tokens[index]!.text === 'of' && capitalized.length > 0 && isOrgWord(this.tokens[index - 1]?.lower ?? '') && this.isNameWord(index - 1, true)))
    ) {
      capitalized.unshift(this.tokens[index]!.text);
      index -= 1;
    }
    if (capitalized.length > 0) {
      capitalized.splice(this.beatStart(index + 1, index + 1 + capitalized.length) - index - 1);
      const phrase = joinTokens(capitalized);
      affiliation = lookupCountry(phrase)?.country ?? phrase;
    } else if (this.tokens[index]?.kind === 'possessive') {
      // "The We Company's recently named executive chair Marcelo Claure".
      affiliation = this.possessiveOwner(index + 1);
    }
    return { role: joinTokens(words), affiliation };
  }

  /**
   * What the article calls an organisation just before its name: "shipping group", "Portuguese champions"; not
   * "formed group" from "a recently formed group". Null when the name only modifies a noun after it ("its press
   * office Twitter account" describes the account, not Twitter).
   */
  private phraseBefore(headIndex: number, nameEnd: number): string | null {
    const next = this.lowerWord(nameEnd);
    if (next !== undefined && !FUNCTION_WORDS.has(next) && !SPEECH_VERBS.has(next) && !AUXILIARIES.has(next) && !/(?:ed|ly)$/.test(next)) return null;
    const words = [this.tokens[headIndex]!.text];
    const previous = this.word(headIndex - 1);
    const usable = previous !== undefined && !FUNCTION_WORDS.has(previous.lower) && !DETERMINERS.has(previous.lower) && !/(?:ed|ly)$/.test(previous.lower);
    if (usable && (!previous.capitalized || this.countryAt(headIndex - 1)?.form.kind === 'demonym')) words.unshift(previous.text);
    return words.join(' ');
  }

  /** The noun heading the phrase before a comma: "Its spokeswoman, …", "A spokesman for the Commission, …", "its CEO, …". */
  private appositiveHeadBefore(commaIndex: number): Token | undefined {
    for (let index = commaIndex - 1, steps = 0; index >= 0 && steps < 8; index -= 1, steps += 1) {
      const token = this.tokens[index]!;
      if (token.kind === 'punct') return undefined;
      if (token.capitalized && token.kind === 'word' && isRoleWord(token.lower) && !this.isNameWord(index - 1, true)) return token;
      if (token.kind === 'possessive' || token.capitalized) continue;
      if (['the', 'of', 'for', 'at', 'in', 'and', 'from'].includes(token.lower)) continue;
      return token;
    }
    return undefined;
  }

  /** A capitalised name between two positions: "the office of the NYAG" holds one. */
  private nameBetween(from: number, to: number): boolean {
    for (let index = from + 1; index < to; index += 1) if (this.tokens[index]!.capitalized) return true;
    return false;
  }

  /**
   * The role phrase ending at a head noun before an appositive comma, and the owner named before a possessive:
   * "WeWork's founder and former CEO, Adam Neumann" → "founder and former CEO" at WeWork.
   */
  private rolePhraseBefore(headIndex: number): { role: string; affiliation: string | null } {
    const words = [this.tokens[headIndex]!.text];
    let index = headIndex - 1;
    for (; index >= 0 && words.length < 6; index -= 1) {
      const token = this.tokens[index]!;
      if (token.kind !== 'word' || DETERMINERS.has(token.lower)) break;
      const lowerRoleWord = !token.capitalized && (isRoleWord(token.lower) || ROLE_MODIFIERS.has(token.lower));
      const joins = token.lower === 'and' && index > 0 && this.tokens[index - 1]!.kind === 'word' && isRoleWord(this.tokens[index - 1]!.lower);
      if (!lowerRoleWord && !joins && !(token.capitalized && isRoleWord(token.lower))) break;
      words.unshift(token.text);
    }
    let affiliation: string | null = null;
    if (this.tokens[index]?.kind === 'possessive') {
      let ownerStart = index - 1;
      while (ownerStart - 1 >= 0 && this.isNameWord(ownerStart - 1, true)) ownerStart -= 1;
      if (this.isNameWord(index - 1, true)) {
        const phrase = joinTokens(this.tokens.slice(ownerStart, index).map((token) => token.text));
        affiliation = lookupCountry(phrase)?.country ?? phrase;
      }
    }
    return { role: joinTokens(words), affiliation };
  }

  /** ", chief executive of Halvorsen Maritime,", ", a transport analyst at …", ", 61,", ", who …", ", which …". */
  private appositiveAfter(from: number): { kind: 'person' | 'organization' | 'nonperson' | 'none'; role: string | null; affiliation: string | null } {
    const first = this.tokens[from];
    if (!first) return { kind: 'none', role: null, affiliation: null };
    if (/^\d{1,3}$/.test(first.text) && /^[,)]$/.test(this.tokens[from + 1]?.text ?? ',')) return { kind: 'person', role: null, affiliation: null };
    if (first.lower === 'who') return { kind: 'person', ...this.relativeRole(from + 1) };
    // ", whose mother was on the plane,": only a person has a mother.
    if (first.lower === 'whose' && this.lowerWord(from + 1) !== undefined && RELATIONAL_ROLES.has(this.lowerWord(from + 1)!)) return { kind: 'person', role: null, affiliation: null };
    // ", one of the protesters,": one of a group of people.
    if (first.lower === 'one' && this.lowerWord(from + 1) === 'of' && this.lowerWord(from + 2) === 'the') {
      const group = this.lowerWord(from + 3);
      if (group !== undefined && /s$/.test(group) && isRoleWord(group.slice(0, -1)) && this.appositiveCloses(from + 4)) return { kind: 'person', role: null, affiliation: null };
    }
    if (first.lower === 'which') return { kind: 'nonperson', role: null, affiliation: null };
    let index = DETERMINERS.has(first.lower) ? from + 1 : from;
    const roleWords: string[] = [];
    // "a Boise State University political scientist": the name before the role is the employer, not part of it.
    let employer: { start: number; end: number } | undefined;
    for (; index < this.tokens.length && roleWords.length < 8; index += 1) {
      const token = this.tokens[index]!;
      if (token.kind === 'possessive') {
        // "Carlineo’s attorney": the owner named just before is the employer, and its "’s" no part of the role.
        if (employer?.end !== index) roleWords.push(token.text);
        continue;
      }
      if (token.kind !== 'word') return { kind: 'none', role: null, affiliation: null };
      // ", a Malawian national,", ", a French citizen,": a person of that country.
      const demonym = index > from ? this.countryAt(index - 1) : undefined;
      if ((token.lower === 'national' || token.lower === 'citizen') && demonym?.form.kind === 'demonym' && demonym.end === index && this.appositiveCloses(index + 1)) {
        return { kind: 'person', role: null, affiliation: demonym.form.country };
      }
      const employerEnd = token.capitalized && !isRoleWord(token.lower) && !this.countryAt(index) && employer === undefined ? this.spanEnd(index) : index;
      // "Health and Human Services secretary" names an employer; "Senior adviser" is a title word.
      if (employerEnd > index && !(employerEnd - index === 1 && ROLE_MODIFIERS.has(token.lower))) {
        employer = { start: index, end: this.beatStart(index, employerEnd) };
        index = employerEnd - 1;
        continue;
      }
      roleWords.push(token.text);
      // "the British Ambassador to Indonesia", "CEO of Take-Two": a title is often capitalised, and heads the role all
      // the same.
      if (token.capitalized && !isRoleWord(token.lower)) continue;
      // "the pilot’s sister", "the president’s spokesman": a role that owns the next one is not the person's.
      if (isRoleWord(token.lower) && !ORG_DESCRIPTORS.has(token.lower) && this.tokens[index + 1]?.kind !== 'possessive') {
        // "principal deputy …": the head is the last of a run of title words.
        // Capitalised words before the head may name the employer ("a Boise State political scientist"); those of a
        // title in capitals after it do not ("Chief Strategy Officer").
        const wordsBeforeHead = [...roleWords];
        const runEnd = this.roleRunEnd(index + 1, token.capitalized);
        if (runEnd > index + 1) {
          roleWords.push(...this.tokens.slice(index + 1, runEnd).map((word) => word.text));
          index = runEnd - 1;
        }
        // "the principal deputy White House press secretary": the head comes after the employer.
        const employerAfter = employer === undefined && this.isNameWord(index + 1, true) && !this.countryAt(index + 1) ? this.spanEnd(index + 1) : index + 1;
        if (employerAfter > index + 1 && this.lowerWord(employerAfter) !== undefined && this.roleRunEnd(employerAfter) > employerAfter) {
          employer = { start: index + 1, end: this.beatStart(index + 1, employerAfter) };
          const headEnd = this.roleRunEnd(employerAfter);
          roleWords.push(...this.tokens.slice(employerAfter, headEnd).map((word) => word.text));
          index = headEnd - 1;
        }
        const role = this.extendRole(roleWords, index + 1);
        const next = index + 1 + (this.lowerWord(index + 1) !== undefined && isRoleWord(this.lowerWord(index + 1)!) ? 1 : 0);
        // "a Sacramento family medicine physician": a town before the job says where, not for whom.
        const employerName = employer ? this.phraseOf(employer.start, employer.end) : null;
        const affiliation = this.affiliationAfter(next) ?? (employerName !== null && !isKnownPlace(employerName) ? employerName : null) ?? employerInside(wordsBeforeHead);
        return { kind: 'person', role, affiliation };
      }
      // "the company’s chief operating officer": the company owns the role that follows.
      if (ORG_DESCRIPTORS.has(token.lower) && this.tokens[index + 1]?.kind !== 'possessive') {
        // ", an exchange of views took place": a description must close its appositive.
        return this.appositiveCloses(index + 1) ? { kind: 'organization', role: joinTokens(roleWords), affiliation: null } : { kind: 'none', role: null, affiliation: null };
      }
      // "…, NASA's other shipper, …": "other" qualifies the noun to come.
      if ((FUNCTION_WORDS.has(token.lower) && token.lower !== 'other') || SPEECH_VERBS.has(token.lower)) break;
    }
    return { kind: 'none', role: null, affiliation: null };
  }

  /** ", who heads the Alliance for American Manufacturing", ", who was the acting director of the Department …". */
  private relativeRole(from: number): { role: string | null; affiliation: string | null } {
    // "She's the director of …", "who's a professor at …": the contracted "is".
    const verb = this.tokens[from]?.kind === 'possessive' ? 'is' : this.lowerWord(from);
    const leads: Record<string, string> = { heads: 'head', headed: 'head', leads: 'leader', led: 'leader', chairs: 'chair', chaired: 'chair', runs: 'head', ran: 'head', founded: 'founder', 'co-founded': 'co-founder' };
    if (verb !== undefined && verb in leads) {
      const affiliation = this.namedObject(from + 1);
      return affiliation === null ? { role: null, affiliation: null } : { role: leads[verb]!, affiliation };
    }
    if (verb !== 'is' && verb !== 'was') return { role: null, affiliation: null };
    let index = from + 1;
    if (this.lowerWord(index) !== undefined && DETERMINERS.has(this.lowerWord(index)!)) index += 1;
    const words: string[] = [];
    for (; index < this.tokens.length && words.length < 4; index += 1) {
      const lower = this.lowerWord(index);
      if (lower === undefined) return { role: null, affiliation: null };
      words.push(this.tokens[index]!.text);
      if (isRoleWord(lower) && !ORG_DESCRIPTORS.has(lower)) return { role: joinTokens(words), affiliation: this.affiliationAfter(index + 1) };
      if (!ROLE_MODIFIERS.has(lower) && !/^[a-z-]+$/.test(lower)) break;
    }
    return { role: null, affiliation: null };
  }

  /** A name right after a verb, with or without "the": "heads the Alliance for American Manufacturing". */
  private namedObject(index: number): string | null {
    const start = this.lowerWord(index) === 'the' ? index + 1 : index;
    if (!this.isNameWord(start, true)) return null;
    return this.phraseOf(start, this.spanEnd(start));
  }

  private phraseOf(start: number, end: number): string {
    const phrase = joinTokens(this.tokens.slice(start, end).map((token) => token.text));
    return lookupCountry(phrase)?.country ?? phrase;
  }

  /** The appositive ends here, maybe after a name it belongs to ("…, a Chilean copper producer," / "… of Norway."). */
  private appositiveCloses(index: number): boolean {
    let at = index;
    // "… a Chilean copper producer in which SoftBank holds a stake, …": a relative clause continues it.
    if ((this.lowerWord(at) === 'in' || this.lowerWord(at) === 'of') && ['which', 'whom', 'whose'].includes(this.lowerWord(at + 1) ?? '')) return true;
    if (this.lowerWord(at) === 'of' || this.lowerWord(at) === 'in' || this.lowerWord(at) === 'based') {
      at += this.lowerWord(at + 1) === 'the' ? 2 : 1;
      if (!this.isNameWord(at, true)) return false;
      at = this.spanEnd(at);
    }
    const token = this.tokens[at];
    return token === undefined || (token.kind === 'punct' && /^[,.;:)!?"”’—–-]$/.test(token.text)) || ['and', 'that', 'which', 'whose'].includes(token.lower);
  }

  /** Where a run of lower-case title words ending in a role head ends ("press secretary"), or `from` if none. */
  private roleRunEnd(from: number, titleCase = false): number {
    // "Chief Economist", "Chief Strategy Officer": a capitalised title runs on in capitals to its last role word.
    const capitalizedAt = (index: number) => titleCase && this.word(index)?.capitalized === true;
    const wordAt = (index: number) => (capitalizedAt(index) ? this.word(index)!.lower : this.lowerWord(index));
    let index = from;
    let end = from;
    while (index < from + 3 && wordAt(index) !== undefined && (ROLE_MODIFIERS.has(wordAt(index)!) || isRoleWord(wordAt(index)!) || capitalizedAt(index))) {
      index += 1;
      if (isRoleWord(wordAt(index - 1)!)) end = index;
    }
    return end;
  }

  /** "chief" + "executive": a role runs on while role words follow. */
  private extendRole(words: string[], next: number): string {
    const role = [...words];
    const following = this.lowerWord(next);
    if (following !== undefined && isRoleWord(following)) role.push(this.tokens[next]!.text);
    return joinTokens(role);
  }

  /** A name with an organisation word starting here or after "the": "the West Mercia police". */
  private organizationAfter(at: number): string | null {
    const start = this.lowerWord(at) === 'the' ? at + 1 : at;
    if (!this.isNameWord(start, true) || this.countryAt(start)) return null;
    const end = this.spanEnd(start);
    if (this.tokens[end]?.kind === 'possessive') return null;
    return this.tokens.slice(start, end).some((token) => isOrgWord(token.lower)) ? this.phraseOf(start, end) : null;
  }

  /** "… of Halvorsen Maritime", "… at Brightwater Securities", "… for the Commission". */
  private affiliationAfter(at: number): string | null {
    const pastField = this.pastField(at);
    // "Chairman of Halvorsen Maritime for a decade": when nothing is named after the field, the field was the employer.
    return (pastField > at ? this.employerAt(pastField) : null) ?? this.employerAt(at);
  }

  /**
   * "associate professor of epidemiology at …", "an expert in drug use and mental health at …", "Head of Research at
   * …": where the preposition before the employer stands, past the field of a role; `at` when there is no field.
   */
  private pastField(at: number): number {
    const word = (index: number) => this.word(index)?.lower;
    if ((word(at) !== 'of' && word(at) !== 'in') || word(at + 1) === undefined || word(at + 1) === 'the') return at;
    let next = at + 1;
    while (next < at + 8 && word(next) !== undefined && !['at', 'with', 'for'].includes(word(next)!)) next += 1;
    return ['at', 'with', 'for'].includes(word(next) ?? '') ? next : at;
  }

  /** The name after "of", "at", "for", "with" or "on" here: "… of Halvorsen Maritime", "… at Brightwater Securities". */
  private employerAt(index: number): string | null {
    const preposition = this.lowerWord(index);
    if (preposition !== 'of' && preposition !== 'at' && preposition !== 'for' && preposition !== 'with' && preposition !== 'on') return null;
    let start = index + 1;
    if (this.lowerWord(start) === 'the') start += 1;
    // "a specialist on the National Security Council", not "an expert on Ukraine".
    if (preposition === 'on' && (start === index + 1 || this.countryAt(start))) return null;
    if (!this.isNameWord(start, true)) return null;
    let end = this.spanEnd(start);
    // "a professor at New York University's Stern School": the university that owns the school is the employer.
    const owned = this.tokens.slice(start, end).findIndex((token) => token.kind === 'possessive');
    if (owned > 0 && isOrgWord(this.tokens[start + owned - 1]!.lower)) end = start + owned;
    // "a victim of Epstein's trafficking ring": what is named is the thing owned, not an employer; but "a professor at
    // New York University's Stern School" works for the owner.
    if (this.tokens[end]?.kind === 'possessive' && preposition === 'of') return null;
    return this.phraseOf(start, end);
  }

  /** A country located: "in Nairobi", and "in the U.S.", "into the US market" too. */
  private locatedByPreposition(start: number): boolean {
    return this.locatingPreposition(this.tokens[start - 1]?.text === 'the' ? start - 1 : start) !== undefined;
  }

  /** "in Nairobi", "near Hamburg", "in Gdansk and Poznan"; not "analyst at Brightwater Securities". */
  private locatingPreposition(start: number): string | undefined {
    let index = start - 1;
    while (index >= 0) {
      const token = this.tokens[index]!;
      if (token.text === ',' || token.lower === 'and' || token.lower === 'or' || this.isNameWord(index, true)) {
        index -= 1;
        continue;
      }
      break;
    }
    const preposition = this.lowerWord(index);
    if (preposition === undefined || !LOCATIVE_PREPOSITIONS.has(preposition)) return undefined;
    const beforePreposition = this.lowerWord(index - 1);
    return beforePreposition !== undefined && isRoleWord(beforePreposition) ? undefined : preposition;
  }

  /** "Limpopo province", "Ordubad and Marazad hydroelectric power plants", "Nagorno-Karabakh conflict". */
  private placeNounAfter(end: number): boolean {
    let index = end;
    while (index < this.tokens.length) {
      const token = this.tokens[index]!;
      if (this.isNameWord(index, true) || token.lower === 'and' || /^['"’‘”“,]$/.test(token.text)) index += 1;
      else break;
    }
    for (let steps = 0; steps < 3; steps += 1, index += 1) {
      const lower = this.lowerWord(index);
      if (lower === undefined || FUNCTION_WORDS.has(lower) || SPEECH_VERBS.has(lower) || /ed$/.test(lower)) return false;
      if (PLACE_OR_EVENT_NOUNS.has(lower)) return true;
    }
    return false;
  }

  // ---- countries ---------------------------------------------------------------------------------------------

  /** "Azerbaijan-Iran-Russia", "Azerbaijani-Iranian": every part is a country, and the countries deal with each other. */
  private countryCompound(index: number): boolean {
    const token = this.word(index);
    if (!token || !token.text.includes('-')) return false;
    const forms = token.text.split('-').map((part) => lookupCountry(part));
    if (forms.length < 2 || forms.some((form) => form === undefined)) return false;
    for (const form of forms) this.addCountry(form!, 2);
    return true;
  }

  private countryWeight(start: number, end: number): number {
    if (this.languageNamed(start, end)) return 0;
    // "American Music Awards", "Brazilian Neymar": an adjective inside a name says little about the country.
    if (this.countryAt(start)?.form.kind === 'demonym' && this.isNameWord(end, true)) return 0.5;
    const beforeLower = this.lowerWord(start - 1);
    const after = this.tokens[end];
    if (after?.kind === 'possessive') return 2;
    const afterLower = this.lowerWord(end);
    if (afterLower !== undefined && (SPEECH_VERBS.has(afterLower) || STATE_ACTOR_NOUNS.has(afterLower) || isRoleWord(afterLower))) return 2;
    // "the Saudi crown prince", "American soldiers", "two British tourists": the nationality of people who act.
    if (this.peopleAhead(end)) return 2;
    if (this.descriptorAhead(end)) return 2;
    // Not "President Gabriel Boric of Chile met …", where the subject is the person, nor a capital's team: "Ottawa
    // held on to beat Detroit".
    if (this.actsAsSubject(end, beforeLower !== 'of' && this.countryAt(start) !== undefined)) return 2;
    if (this.inRelation(start)) return 2;
    // "Wales beat Hungary 2-0", "Denmark drew 1-1 at Ireland": national teams play.
    const played = (word: string | undefined) => word !== undefined && word !== 'against' && MATCH_VERBS.has(word);
    // "lost to Belgium", "got past Chile 3-0": the loser's opponent and a side with its score play too.
    const lostTo = beforeLower === 'to' && ['lost', 'losing', 'loses'].includes(this.lowerWord(start - 2) ?? '');
    const scored = this.countryAt(start)?.form.kind === 'name' && /^\d{1,2}-\d{1,2}$/.test(this.tokens[end]?.text ?? '');
    if (played(afterLower) || played(beforeLower) || lostTo || scored) return 2;
    // "a 3-1 victory against Slovakia", "clinched 3-0 against Liechtenstein": a result, not a fixture to come.
    if (beforeLower === 'against' && this.tokens.slice(Math.max(0, start - 4), start - 1).some((token) => /^\d{1,2}-\d{1,2}$/.test(token.text))) return 2;
    if (this.locatedByPreposition(start)) return 0.5;
    return 1;
  }

  /** Role words ahead, maybe after title words and in the plural: "crown prince", "soldiers", "aid workers". */
  private peopleAhead(from: number): boolean {
    let index = from;
    while (index < from + 2 && this.lowerWord(index) !== undefined && ROLE_MODIFIERS.has(this.lowerWord(index)!) && !isRoleWord(this.lowerWord(index)!)) index += 1;
    const word = this.lowerWord(index);
    return word !== undefined && (isRoleWord(word) || (/s$/.test(word) && isRoleWord(word.slice(0, -1))));
  }

  /** "Brazil voted", "Mexico and Argentina abstained", "Iran will". */
  private actsAsSubject(end: number, irregularVerbs = true): boolean {
    let index = end;
    while (index < this.tokens.length && (this.tokens[index]!.text === ',' || this.tokens[index]!.lower === 'and' || this.isNameWord(index, true))) index += 1;
    while (index < this.tokens.length && (/^[-–—]$/.test(this.tokens[index]!.text) || this.tokens[index]!.lower === 'also' || /^[a-z]+ly$/.test(this.tokens[index]!.text))) index += 1;
    const verb = this.lowerWord(index);
    return verb !== undefined && (AUXILIARIES.has(verb) || (irregularVerbs && IRREGULAR_PAST.has(verb)) || (/^[a-z]{3,}ed$/.test(verb) && !PLACE_OR_EVENT_NOUNS.has(verb)));
  }

  /**
   * "it takes me longer to think in English", "speaks fluent Russian", "English speakers": a language, no country.
   * Not "invested in Chinese and Indian companies": after "in", the language closes its phrase.
   */
  private languageNamed(start: number, end: number): boolean {
    if (this.countryAt(start)?.form.kind !== 'demonym') return false;
    const after = this.lowerWord(end);
    if (after !== undefined && LANGUAGE_NOUNS.has(after)) return true;
    let before = start - 1;
    if (['fluent', 'written', 'spoken'].includes(this.lowerWord(before) ?? '')) before -= 1;
    const verb = this.lowerWord(before) ?? '';
    const closes = this.tokens[end] === undefined || this.tokens[end]!.kind === 'punct';
    const phraseEnds = after === undefined ? closes : FUNCTION_WORDS.has(after) && after !== 'and' && after !== 'or';
    if (!phraseEnds) return false;
    if (LANGUAGE_PREPOSITIONS.has(verb)) return closes;
    return LANGUAGE_VERBS.has(verb) || (before < start - 1 && this.tokens[before]?.kind === 'word');
  }

  /** "Norwegian shipping group …", "Polish freight operator …". */
  private descriptorAhead(end: number): boolean {
    for (let index = end; index < end + 3; index += 1) {
      const lower = this.lowerWord(index);
      if (lower === undefined || FUNCTION_WORDS.has(lower)) return false;
      if (ORG_DESCRIPTORS.has(lower) || STATE_ACTOR_NOUNS.has(lower)) return true;
    }
    return false;
  }

  /** "between Azerbaijan, Iran, and Turkey", "visited Iran", "talks with Russia". */
  private inRelation(start: number): boolean {
    let index = start - 1;
    while (index >= 0) {
      const token = this.tokens[index]!;
      if (token.text === ',' || token.lower === 'and' || this.isNameWord(index, true)) index -= 1;
      else break;
    }
    const word = this.lowerWord(index);
    return word === 'between' || word === 'visited' || word === 'with' || (word === 'to' && this.lowerWord(index - 1) === 'visit');
  }

  private addCountry(form: CountryForm, weight: number, organization?: string): void {
    this.found.countries.push({ country: form.country, weight, ambiguous: form.ambiguous, sentence: this.sentence, ...(organization === undefined ? {} : { organization }) });
  }
}

/** "top NSC aide", "new DHS acting secretary": an acronym or name inside a role is whom the role serves. */
function employerInside(roleWords: string[]): string | null {
  const inside = roleWords.filter((word) => /^\p{Lu}/u.test(word) && !ROLE_MODIFIERS.has(word.toLowerCase()) && !isRoleWord(word.toLowerCase()));
  return inside.length === 1 && lookupCountry(inside[0]!) === undefined ? inside[0]! : null;
}

/** Adverbs and participles that say when or how someone got a role, not what it is ("recently named executive chair"). */
const ROLE_PREFIXES = new Set(['recently', 'newly', 'just', 'named', 'appointed', 'elected', 'installed', 'new', 'now', 'then', 'currently', 'a', 'an']);

function cleanRole(role: string | null): string | null {
  if (role === null) return null;
  const words = role.split(' ');
  while (words.length > 1 && (ROLE_PREFIXES.has(words[0]!.toLowerCase()) || /^[a-z]+ly$/.test(words[0]!))) words.shift();
  return words.join(' ');
}

/** Words back into text, without spaces before possessives and around ampersands kept. */
function joinTokens(words: string[]): string {
  return words.join(' ').replace(/\s+(['’]s)\b/g, '$1').replace(/\s+,/g, ',');
}
