export interface Token {
  text: string;
  /** Lower case, curly apostrophes straightened, dots of abbreviations removed ("U.S." → "us"). */
  lower: string;
  /** Position in the sentence's token list. */
  index: number;
  kind: 'word' | 'possessive' | 'punct';
  /** Starts with an upper-case letter (or a digit followed by upper case, as in "3M"). */
  capitalized: boolean;
  /** Two or more letters, all upper case ("NATO", "U.S."). */
  allCaps: boolean;
}

const TOKEN = /(?:\p{Lu}\.){2,}|[\p{L}\p{M}\p{N}]+(?:[-'’&.][\p{L}\p{M}\p{N}]+)*|[^\s\p{L}\p{M}\p{N}]/gu;

/** Words, possessive markers ("'s") and single punctuation characters of one sentence. */
export function tokenize(sentence: string): Token[] {
  const tokens: Token[] = [];
  const push = (text: string, kind: Token['kind']) => {
    const letters = text.replace(/[^\p{L}]/gu, '');
    tokens.push({
      text,
      lower: text.toLowerCase().replace(/’/g, "'").replace(/\.(?=\p{L}|$)/gu, ''),
      index: tokens.length,
      kind,
      capitalized: kind === 'word' && /^(?:\p{Lu}|\p{Lt}|\d+\p{Lu})/u.test(text),
      allCaps: kind === 'word' && letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase(),
    });
  };
  for (const match of sentence.matchAll(TOKEN)) {
    const text = match[0];
    const possessive = /^(.+?)(['’]s)$/u.exec(text);
    if (possessive && /\p{L}/u.test(possessive[1]!) && !/\./.test(text)) {
      push(possessive[1]!, 'word');
      push(possessive[2]!, 'possessive');
    } else if (/[\p{L}\p{N}]/u.test(text)) {
      push(text, 'word');
    } else {
      push(text, 'punct');
    }
  }
  return tokens;
}
