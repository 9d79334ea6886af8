import { readFileSync } from 'node:fs';
import path from 'node:path';
import { capLength, cleanSentence, MAX_BULLET_CHARS, selectBullets } from '../../../src/summarize/offline/bullets';
import { splitSentences } from '../../../src/summarize/text/sentences';

const fixture = (name: string) => readFileSync(path.join(__dirname, '../../fixtures/articles', name), 'utf8');

describe('selectBullets', () => {
  const articles = ['azerbaijan-iran-delegation.txt', 'fictional-court.txt', 'fictional-merger.txt', 'fictional-transfer.txt', 'real/ap-tories-twitter.txt'];

  it.each(articles)('picks 3 to 6 source sentences of %s, in article order, each citing its sentence', (name) => {
    const sentences = splitSentences(fixture(name));
    const bullets = selectBullets(sentences);
    expect(bullets.length).toBeGreaterThanOrEqual(3);
    expect(bullets.length).toBeLessThanOrEqual(6);
    const ids = bullets.map((bullet) => bullet.sentenceIds[0]!);
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    for (const bullet of bullets) {
      expect(bullet.sentenceIds).toHaveLength(1);
      expect(cleanSentence(sentences[bullet.sentenceIds[0]!]!.text).startsWith(bullet.text.replace(/…$/, ''))).toBe(true);
    }
  });

  it('gives the same bullets every time: the same sentences of a fixed article, call after call', () => {
    const text = fixture('fictional-merger.txt');
    for (let run = 0; run < 2; run += 1) {
      expect(selectBullets(splitSentences(text)).map((bullet) => bullet.sentenceIds)).toEqual([[0], [1], [3], [13]]);
    }
  });

  it('favours the lead: the first sentence of a news article is always picked', () => {
    for (const name of articles) expect(selectBullets(splitSentences(fixture(name)))[0]!.sentenceIds).toEqual([0]);
  });

  it('never picks two sentences that say the same thing', () => {
    const text = [
      'The central bank raised its main interest rate by half a point on Tuesday to fight inflation.',
      'On Tuesday the central bank raised its main interest rate by half a point to fight inflation.',
      'Mortgage lenders said they would pass the increase on to borrowers within days.',
      'Shares in retailers fell sharply after the announcement, led by clothing chains.',
      'The government said it supported the decision and expected prices to stabilise next year.',
    ].join(' ');
    const ids = selectBullets(splitSentences(text)).map((bullet) => bullet.sentenceIds[0]);
    expect(ids).toContain(0);
    expect(ids).not.toContain(1);
  });

  it('caps every bullet at 300 characters', () => {
    const long = `The committee, which met for eleven hours, ${'discussed the budget, the schedule, the staffing plan, '.repeat(8)}and adjourned.`;
    const text = [long, 'The mayor welcomed the plan on Monday evening in a short statement.', 'Critics said the plan would cost far more than expected.'].join(' ');
    for (const bullet of selectBullets(splitSentences(text))) expect(bullet.text.length).toBeLessThanOrEqual(MAX_BULLET_CHARS);
  });

  it('removes the wire dateline from the bullet', () => {
    const text = 'BAKU, Dec. 22 (Trend) — A delegation visited Iran to discuss energy cooperation. Talks covered electricity trade and border projects. Both sides agreed to meet again in the spring.';
    expect(selectBullets(splitSentences(text))[0]!.text).toBe('A delegation visited Iran to discuss energy cooperation.');
  });

  it('gives as many bullets as there are sentences when the text is shorter than three sentences', () => {
    expect(selectBullets(splitSentences('The council approved the budget on Monday after a long debate.'))).toEqual([
      { text: 'The council approved the budget on Monday after a long debate.', sentenceIds: [0] },
    ]);
    expect(selectBullets([])).toEqual([]);
  });
});

describe('cleanSentence', () => {
  it.each([
    ['LONDON (Reuters) - Prices rose.', 'Prices rose.'],
    ['(CNN) — Prices rose.', 'Prices rose.'],
    ['WASHINGTON, March 4 (Reuters) - the talks ended.', 'The talks ended.'],
    ['Hong Kong (CNN Business) A muddled view weighed on markets.', 'A muddled view weighed on markets.'],
  ])('strips the dateline of %j', (input, expected) => {
    expect(cleanSentence(input)).toBe(expected);
  });

  it('keeps a sentence whose opening words are its subject, not a dateline', () => {
    expect(cleanSentence('Kenya Airways — the national carrier — cut flights.')).toBe('Kenya Airways — the national carrier — cut flights.');
  });

  it('closes or opens a quotation that sentence splitting cut in two', () => {
    expect(cleanSentence('"Caio has pace and a ruthless finish.')).toBe('"Caio has pace and a ruthless finish."');
    expect(cleanSentence('He makes everyone better," she said.')).toBe('"He makes everyone better," she said.');
    expect(cleanSentence('“It is done.')).toBe('“It is done.”');
  });
});

describe('capLength', () => {
  it('cuts at the last clause boundary that fits and never ends on a dangling word', () => {
    const text = 'The ministry said on Monday that the project, which had been delayed for years, would finally open to the public in the spring of next year';
    expect(capLength(text, 80)).toBe('The ministry said on Monday that the project…');
    expect(capLength('Short enough.', 80)).toBe('Short enough.');
  });
});
