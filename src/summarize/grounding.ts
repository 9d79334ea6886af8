import type { Sentence } from './text/sentence';
import type { DraftBullet, DraftSummary, Parties } from './types';

/**
 * Grounding: nothing reaches users that the article does not support.
 * - A party is kept only when its name, or a form of it, occurs in the source (after normalising case, diacritics,
 *   quotes and whitespace); a name whose words all occur within one source sentence also counts, which accepts
 *   "Rui Lopes" for "Rui Tavares Lopes" but not an invented first name.
 * - A bullet is kept only when the sentences it cites (or, failing that, the best-matching sentences of the
 *   article) contain most of its content words and every number it states.
 */

export interface GroundingOptions {
  /** Bullets are source sentences (offline engine): their evidence is the sentence itself, nothing to verify. */
  extractiveBullets: boolean;
  /** Other ways the source may name a country ("Iranian" for Iran); the name itself is always tried. */
  countryForms?: (country: string) => string[];
}

export interface GroundedSummary {
  title: string;
  bullets: string[];
  evidence: string[][];
  parties: Parties;
  droppedParties: string[];
  droppedBullets: string[];
}

/** Share of a bullet's content words that its evidence must contain. */
const MIN_SUPPORT = 0.5;
const MAX_EVIDENCE_SENTENCES = 3;
const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'sir', 'dame', 'mx']);
const STOPWORDS = new Set(
  ('the and for that with from this have has had was were are been will would said says its their they them his her ' +
    'she him who which what when where while also into over after before about than then there these those such not ' +
    'but can could may might our out all any one two new more most other some very just only on in of to by at as is ' +
    'it be or an a de la le el del der die und')
    .split(' '),
);

export function normalizeForMatching(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’‘`´ʼ]/g, "'")
    .replace(/[“”„«»]/g, '"')
    .replace(/[‐‑‒–—−]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

function words(normalized: string): string[] {
  return normalized.match(/[\p{L}\p{N}]+/gu) ?? [];
}

export function groundSummary(
  draft: DraftSummary,
  source: { text: string; sentences: readonly Sentence[] },
  options: GroundingOptions,
): GroundedSummary {
  const index = new SourceIndex(source.text, source.sentences);
  const { parties, dropped: droppedParties } = groundParties(draft.parties, index, options.countryForms ?? (() => []));
  const bullets: string[] = [];
  const evidence: string[][] = [];
  const droppedBullets: string[] = [];
  for (const bullet of draft.bullets) {
    const support = options.extractiveBullets ? citedSentences(bullet, index) : verifiedEvidence(bullet, index);
    if (support === null || support.length === 0) {
      droppedBullets.push(bullet.text);
      continue;
    }
    bullets.push(bullet.text);
    evidence.push(support);
  }
  return { title: draft.title, bullets, evidence, parties, droppedParties, droppedBullets };
}

class SourceIndex {
  readonly paddedText: string;
  readonly sentenceWords: Array<Set<string>>;
  readonly sentenceStems: Array<Set<string>>;
  readonly sentenceNumbers: Array<Set<string>>;

  constructor(
    text: string,
    readonly sentences: readonly Sentence[],
  ) {
    // Sentences cover the text; normalising them once serves both the phrase search and the per-sentence checks.
    const sentenceWordLists = sentences.map((sentence) => words(normalizeForMatching(sentence.text)));
    const coversText = sentences.length > 0;
    this.paddedText = ` ${(coversText ? sentenceWordLists.flat() : words(normalizeForMatching(text))).join(' ')} `;
    this.sentenceWords = sentenceWordLists.map((list) => new Set(list));
    this.sentenceStems = sentenceWordLists.map((list) => new Set(stemsOf(list)));
    this.sentenceNumbers = sentences.map((sentence) => new Set(numbersIn(sentence.text)));
  }

  /** Whole-word occurrence of a phrase anywhere in the source. */
  containsPhrase(phrase: string): boolean {
    const phraseWords = words(normalizeForMatching(phrase));
    return phraseWords.length > 0 && this.paddedText.includes(` ${phraseWords.join(' ')} `);
  }

  /** Every word of the phrase occurs in one and the same sentence. */
  wordsShareASentence(phrase: string): boolean {
    const phraseWords = words(normalizeForMatching(phrase)).filter((word) => !STOPWORDS.has(word));
    if (phraseWords.length === 0) return false;
    return this.sentenceWords.some((sentenceWords) => phraseWords.every((word) => sentenceWords.has(word)));
  }
}

function groundParties(parties: Parties, index: SourceIndex, countryForms: (country: string) => string[]) {
  const dropped: string[] = [];
  const keep = <T extends { name: string }>(items: T[], forms: (name: string) => string[]): T[] => {
    const seen = new Set<string>();
    return items.filter((item) => {
      const key = normalizeForMatching(item.name);
      if (key === '' || seen.has(key)) return false;
      const grounded = forms(item.name).some((form) => index.containsPhrase(form)) || index.wordsShareASentence(withoutHonorifics(item.name));
      if (!grounded) {
        dropped.push(item.name);
        return false;
      }
      seen.add(key);
      return true;
    });
  };
  return {
    parties: {
      people: keep(parties.people, (name) => [name, withoutHonorifics(name)]),
      organizations: keep(parties.organizations, organizationForms),
      countries: keep(parties.countries, (name) => [name, ...countryForms(name)]),
    },
    dropped,
  };
}

function withoutHonorifics(name: string): string {
  return name
    .split(/\s+/)
    .filter((word) => !HONORIFICS.has(word.toLowerCase().replace(/\.$/, '')))
    .join(' ');
}

/** "The European Central Bank (ECB)" may appear as "European Central Bank" or as "ECB". */
function organizationForms(name: string): string[] {
  const forms = [name];
  const acronym = /^(.*?)\s*\(([^)]+)\)\s*$/.exec(name);
  if (acronym) forms.push(acronym[1]!, acronym[2]!);
  return forms.flatMap((form) => [form, form.replace(/^the\s+/i, '')]);
}

function citedSentences(bullet: DraftBullet, index: SourceIndex): string[] | null {
  const cited = bullet.sentenceIds.map((id) => index.sentences[id]?.text).filter((text): text is string => text !== undefined);
  return cited.length > 0 ? cited : null;
}

function verifiedEvidence(bullet: DraftBullet, index: SourceIndex): string[] | null {
  const normalized = normalizeForMatching(bullet.text);
  const stems = [...new Set(contentStems(normalized))];
  const numbers = numbersIn(bullet.text);
  if (stems.length === 0) return null;

  const supports = (ids: number[]) => {
    const evidenceStems = new Set(ids.flatMap((id) => [...(index.sentenceStems[id] ?? [])]));
    const evidenceNumbers = new Set(ids.flatMap((id) => [...(index.sentenceNumbers[id] ?? [])]));
    const covered = stems.filter((stem) => evidenceStems.has(stem)).length / stems.length;
    return covered >= MIN_SUPPORT && numbers.every((number) => evidenceNumbers.has(number));
  };

  const cited = bullet.sentenceIds.filter((id) => id < index.sentences.length).slice(0, MAX_EVIDENCE_SENTENCES);
  if (cited.length > 0 && supports(cited)) return cited.map((id) => index.sentences[id]!.text);

  // The model cited the wrong sentences (or none): look for the article's own best support.
  const ranked = index.sentenceStems
    .map((sentenceStems, id) => ({ id, overlap: stems.filter((stem) => sentenceStems.has(stem)).length }))
    .filter(({ overlap }) => overlap > 0)
    .sort((a, b) => b.overlap - a.overlap || a.id - b.id)
    .slice(0, MAX_EVIDENCE_SENTENCES)
    .map(({ id }) => id);
  for (let size = 1; size <= ranked.length; size += 1) {
    const candidate = ranked.slice(0, size).sort((a, b) => a - b);
    if (supports(candidate)) return candidate.map((id) => index.sentences[id]!.text);
  }
  return null;
}

/** Crude but language-tolerant stemming: content words cut to five letters ("discussed", "discussion" → "discu"). */
function contentStems(normalized: string): string[] {
  return stemsOf(words(normalized));
}

function stemsOf(wordList: string[]): string[] {
  return wordList.filter((word) => word.length >= 3 && !STOPWORDS.has(word) && !/^\d+$/.test(word)).map((word) => word.slice(0, 5));
}

/** Numbers as written, without thousands separators: "4.2", "14000", "50". */
function numbersIn(text: string): string[] {
  return (text.match(/\d[\d,]*(?:\.\d+)?/g) ?? []).map((number) => number.replace(/,(?=\d{3}\b)/g, '').replace(/,/g, ''));
}
