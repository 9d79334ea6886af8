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

/** A lone capital and "!" before a capitalised word is a brand ("E! News"), never an exclamation. */
const TOKEN =
  /(?:\p{Lu}\.){2,}|\p{Lu}\.(?=\s+\p{Lu})|(?:Jr|Sr)\.(?=[\s,])|(?:Mr|Mrs|Ms|Dr|Prof|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Capt|Cmdr|Adm|Supt|Det|Insp|Amb|Rev|Hon|Rt)\.(?=\s+\p{Lu})|\p{Lu}!(?=\s+\p{Lu})|[\p{L}\p{M}\p{N}]+(?:[-'’&.][\p{L}\p{M}\p{N}]+)*|[^\s\p{L}\p{M}\p{N}]/gu;

/** Words, possessive markers ("'s") and single punctuation characters of one sentence. */
export function tokenize(sentence: string): Token[] {
  const tokens: Token[] = [];
  const push = (text: string, kind: Token['kind']) => {
    const lowered = text.toLowerCase();
    const upper = text.toUpperCase();
    const first = text.charAt(0);
    const word = kind === 'word';
    tokens.push({
      text,
      lower: lowered.includes('’') || lowered.includes('.') ? lowered.replace(/’/g, "'").replace(/\.(?=\p{L}|$)/gu, '') : lowered,
      index: tokens.length,
      kind,
      capitalized: word && (first !== first.toLowerCase() || (first >= '0' && first <= '9' && /^\d+\p{Lu}/u.test(text))),
      allCaps: word && text === upper && text !== lowered && text.replace(/[^\p{L}]/gu, '').length >= 2,
    });
  };
  for (const match of sentence.matchAll(TOKEN)) {
    const text = match[0];
    const possessive = /^(.+?)(['’]s)$/u.exec(text);
    // "James’ hands", "the Lakers' lead": a plural's or an s-name's possessive is a bare apostrophe after the s.
    const previous = tokens[tokens.length - 1];
    const bareApostrophe =
      (text === '’' || text === "'") && previous?.kind === 'word' && /s$/i.test(previous.text) && sentence[match.index - 1] === previous.text.at(-1) && /\s/.test(sentence[match.index + 1] ?? '');
    if (bareApostrophe) {
      push(text, 'possessive');
    } else if (possessive && /\p{L}/u.test(possessive[1]!) && !/\./.test(text)) {
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
