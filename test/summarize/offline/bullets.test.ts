import { readFileSync } from 'node:fs';
import path from 'node:path';
import { capLength, cleanSentence, leansOnPreviousSentence, MAX_BULLET_CHARS, selectBullets } from '../../../src/summarize/offline/bullets';
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

  describe('a sentence that needs the one before it', () => {
    const story = (third: string) =>
      [
        'The city council approved a new budget for road repairs on Monday after a long debate.',
        'Opposition councillors said the road budget was too small for the repairs the city needs.',
        'Several residents from the northern suburbs attended the meeting in person.',
        third,
        'The council will publish a list of the first roads to be repaired next month.',
        'Work on the first roads is due to begin in the spring.',
        'Campaigners for cyclists welcomed a separate plan for new paths.',
        'The budget vote passed by 31 votes to 20 after the debate.',
      ].join(' ');
    const pickedIds = (text: string) => selectBullets(splitSentences(text)).map((bullet) => bullet.sentenceIds[0]);

    it('is passed over when the sentence it goes on from is not a bullet: "This budget …" alone leaves the reader asking which', () => {
      expect(pickedIds(story('The new budget will repair the main roads of the city within two years, the council said.'))).toContain(3);
      expect(pickedIds(story('This budget will repair the main roads of the city within two years, the council said.'))).not.toContain(3);
    });

    it('is passed over when it is a quotation with no one named as saying it', () => {
      expect(pickedIds(story('"The new budget will repair the main roads of the city within two years," the mayor said.'))).toContain(3);
      expect(pickedIds(story('"The new budget will repair the main roads of the city within two years."'))).not.toContain(3);
    });

    it('is still picked when it is the lead: the first sentence carries the story, whatever it opens with', () => {
      const text = story('Several residents attended.').replace(
        'The city council approved a new budget for road repairs on Monday after a long debate.',
        'That was the question the city council answered on Monday when it approved a new budget for road repairs.',
      );
      expect(pickedIds(`Will the roads ever be fixed? ${text}`)).toContain(1);
    });

    it('never costs a bullet: with nothing better left it is still picked', () => {
      const text = 'The council approved the road budget on Monday. It covers the main roads of the city. But critics said the budget was too small.';
      expect(pickedIds(text)).toEqual([0, 1, 2]);
    });

    it.each([
      ['This rate of climb is very high, too high.', true],
      ['But the mayor disagreed with the council.', true],
      ['Because space travel is anything but easy.', true],
      ['“Penguins are highly susceptible to infectious diseases.”', true],
      ['"It is absolutely not true," Arnesen told the BBC.', false],
      ['‘We will not go,’ she said.', false],
      ['There are five candidates in the race.', false],
      ['ITV said the show would return.', false],
      ['Sonny Bill Williams scored twice.', false],
    ])('%j leans on the sentence before it: %s', (text, expected) => {
      expect(leansOnPreviousSentence(text)).toBe(expected);
    });
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
    expect(cleanSentence('Ms Essex said: "I have listened to the views of councils.')).toBe('Ms Essex said: "I have listened to the views of councils."');
  });

  it.each([
    ['16.06 AirAsia QZ8501 made a steep climb before it crashed.', 'AirAsia QZ8501 made a steep climb before it crashed.'],
    ['14:07 GMT: Rescuers recovered two more bodies.', 'Rescuers recovered two more bodies.'],
    ['9.30am The hearing resumed.', 'The hearing resumed.'],
    ['3.5 million people voted on Sunday.', '3.5 million people voted on Sunday.'],
  ])('strips the time a live blog stamps on an entry: %j', (input, expected) => {
    expect(cleanSentence(input)).toBe(expected);
  });
});

describe('capLength', () => {
  it('cuts at the last clause boundary that fits and never ends on a dangling word', () => {
    const text = 'The ministry said on Monday that the project, which had been delayed for years, would finally open to the public in the spring of next year';
    expect(capLength(text, 80)).toBe('The ministry said on Monday that the project…');
    expect(capLength('Short enough.', 80)).toBe('Short enough.');
  });
});
