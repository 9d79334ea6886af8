import type { Sentence } from './sentence';

/**
 * Sentence splitting for news prose.
 *
 * A boundary is terminal punctuation (with any closing quotes or brackets after it) followed by whitespace and a
 * token that can open a sentence. A period is not a boundary after a title ("Dr."), an initial ("J. R. R."), a
 * month before a day ("Nov. 2"), or, when the next word does not look like a sentence opener, after an ambiguous
 * abbreviation ("U.S. President", "Apple Inc. shares"). Periods inside tokens ("4.2", "Sept.27", "Nov.2020") are
 * never boundaries because no whitespace follows them. An ellipsis only ends a sentence before a closing quote
 * or at the end of a line: in news copy it usually marks an omission inside a quotation.
 */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  paragraphsOf(text).forEach((paragraph, paragraphIndex) => {
    for (const line of linesOf(paragraph)) {
      for (const piece of splitLine(line)) sentences.push({ id: sentences.length, text: piece, paragraph: paragraphIndex });
    }
  });
  return sentences;
}

/** Non-empty blocks separated by blank lines. */
function paragraphsOf(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t\u00A0]*\n/)
    .map((block) => block.trim())
    .filter((block) => block.length > 0);
}

/**
 * Lines of one paragraph, re-joined where a line break only wraps prose: the next line starts in lower case, or the
 * line ends mid-phrase (a comma, "of", "the"). Otherwise a line without terminal punctuation stands alone: a
 * heading, a list item, a caption.
 */
function linesOf(paragraph: string): string[] {
  const lines = paragraph
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
  const units: string[] = [];
  for (const line of lines) {
    const previous = units[units.length - 1];
    if (previous !== undefined && !endsWithTerminal(previous) && (!startsNewUnit(line) || endsMidPhrase(previous))) units[units.length - 1] = `${previous} ${line}`;
    else units.push(line);
  }
  return units;
}

function endsWithTerminal(line: string): boolean {
  return /[.!?…:;]["'”’»)\]]*$/.test(line);
}

const CONNECTORS = new Set('a an the of to in on at by for from with and or but as that than into over under'.split(' '));

function endsMidPhrase(line: string): boolean {
  if (/[,\-–—]$/.test(line)) return true;
  const last = /([\p{L}]+)$/u.exec(line)?.[1];
  return last !== undefined && CONNECTORS.has(last);
}

function startsNewUnit(line: string): boolean {
  return /^(?:[\p{Lu}\p{Lt}\p{N}"“‘«(\[]|[-*•–—]\s)/u.test(line);
}

const CANDIDATE = /([.!?…]+)(["'”’»)\]]*)(\s+)(?=\S)/g;

function splitLine(line: string): string[] {
  const pieces: string[] = [];
  let start = 0;
  for (const match of line.matchAll(CANDIDATE)) {
    const end = match.index + match[1]!.length + match[2]!.length;
    const before = line.slice(start, match.index);
    const next = line.slice(end + match[3]!.length);
    if (!isBoundary(before, match[1]!, match[2]!, next)) continue;
    pieces.push(line.slice(start, end));
    start = end + match[3]!.length;
  }
  pieces.push(line.slice(start));
  return pieces.map((piece) => piece.replace(/\s+/g, ' ').trim()).filter((piece) => piece.length > 0);
}

function isBoundary(before: string, punctuation: string, closers: string, next: string): boolean {
  if (!canOpenSentence(next)) return false;
  // "a report by E! News": a lone capital with "!" is a brand's spelling, not an exclamation.
  if (punctuation === '!' && closers === '' && /(?<![\p{L}\p{N}])\p{Lu}$/u.test(before)) return false;
  if (/[!?]/.test(punctuation)) return true;
  if (punctuation.length > 1 || punctuation === '…') return closers.length > 0;
  if (closers.length > 0) return true;
  return periodEndsSentence(lastWord(before), next);
}

function canOpenSentence(next: string): boolean {
  return /^[\p{Lu}\p{Lt}\p{Lo}\p{N}"'“‘«(\[¿¡$€£]/u.test(next);
}

/** The token the period is attached to, internal periods kept ("U.S", "a.m", "Dr"). */
function lastWord(before: string): string {
  return /([\p{L}\p{N}]+(?:\.[\p{L}\p{N}]+)*)$/u.exec(before)?.[1] ?? '';
}

/** Titles and other abbreviations that in news copy are always followed by the word they belong to. */
const ALWAYS_ATTACHED = new Set(
  ('mr mrs ms messrs mmes dr prof gen col lt sgt capt cmdr adm maj brig cpl pvt gov sen rep reps sens rev hon fr ' +
    'pres supt insp det atty mme mlle sra srta vs v cf ft mt approx dept rt')
    .split(' '),
);
/** Attached only to the number that follows them ("No. 1", "Art. 5"). */
const BEFORE_NUMBER = new Set('no nos art vol fig pp p ch para sec'.split(' '));
const MONTHS = new Set('jan feb mar apr jun jul aug sep sept oct nov dec'.split(' '));
/** Abbreviations that end sentences as often as they sit inside them ("Apple Inc.", "at 9 a.m."). */
const AMBIGUOUS = new Set(
  ('inc ltd corp co jr sr bros st etc al ave blvd rd plc ' +
    // US state abbreviations in datelines and party labels ("ST. JOSEPH, Mich. (AP)", "D-Minn.")
    'ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo mont neb nev okla ore pa ' +
    'tenn tex va vt wash wis wyo')
    .split(' '),
);

function periodEndsSentence(word: string, next: string): boolean {
  if (word === '') return true;
  const lower = word.toLowerCase();
  if (/^\p{L}$/u.test(word)) return false;
  if (ALWAYS_ATTACHED.has(lower)) return false;
  if (BEFORE_NUMBER.has(lower) && /^\d/.test(next)) return false;
  if (MONTHS.has(lower) && /^\p{Lu}/u.test(word)) return !/^\d/.test(next) && opensWithStarter(next);
  if (AMBIGUOUS.has(lower) || /^(?:\p{L}\.)+\p{L}$/u.test(word)) return opensWithStarter(next);
  return true;
}

/** Words that, capitalised, almost always open a sentence rather than continue a name. */
const SENTENCE_STARTERS = new Set(
  ('the a an he she it they we i you his her its their our my your this that these those there here but and or so yet ' +
    'in on at for with as after before when while if however meanwhile some many most all both one two no not ' +
    'what who why how where which according under since although though still also earlier later last next then ' +
    'during despite from by to of into about among until unless because once other another each every such ' +
    'officials police authorities analysts critics experts shares prices')
    .split(' '),
);

function opensWithStarter(next: string): boolean {
  if (/^["'“‘«]/.test(next)) return true;
  const word = /^[\p{L}]+/u.exec(next)?.[0];
  return word !== undefined && SENTENCE_STARTERS.has(word.toLowerCase());
}
