import { readFileSync } from 'node:fs';
import path from 'node:path';
import { countryForms, OfflineSummarizer } from '../../../src/summarize/offline';
import { splitSentences } from '../../../src/summarize/text/sentences';
import type { SummarizeRequest } from '../../../src/summarize/types';

const request = (text: string, title: string | null = null): SummarizeRequest => ({ title, text, sentences: splitSentences(text), lang: 'en' });
const sample = readFileSync(path.join(__dirname, '../../fixtures/articles/azerbaijan-iran-delegation.txt'), 'utf8');

describe('OfflineSummarizer', () => {
  const engine = new OfflineSummarizer();

  it('is the offline engine, with no model', () => {
    expect(engine.engine).toBe('offline');
    expect(engine.model).toBeNull();
  });

  it('uses the article title when there is one', async () => {
    expect((await engine.summarize(request(sample, '  Azerbaijani delegation visits Iran  '))).title).toBe('Azerbaijani delegation visits Iran');
  });

  it('derives a title from the first sentence, without dateline, final period or a cut mid-phrase', async () => {
    const short = await engine.summarize(request('LONDON (Reuters) - The central bank raised rates. Markets fell. Banks rallied.'));
    expect(short.title).toBe('The central bank raised rates');
    const long = await engine.summarize(request(sample));
    expect(long.title).toBe('A delegation headed by Deputy Prime Minister of Azerbaijan Shahin Mustafayev paid a visit to Iran…');
  });

  it('returns bullets citing the request sentence ids, and the parties of the article', async () => {
    const draft = await engine.summarize(request(sample));
    expect(draft.bullets.every((bullet) => bullet.sentenceIds.every((id) => id >= 0 && id < splitSentences(sample).length))).toBe(true);
    expect(draft.parties.people.map((person) => person.name)).toContain('Shahin Mustafayev');
    expect(draft.usage).toBeUndefined();
  });

  it('refuses to work for a request that was already cancelled', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(engine.summarize({ ...request(sample), signal: controller.signal })).rejects.toThrow();
  });
});

describe('countryForms', () => {
  it('lists the names and demonyms a text may use for a country, for grounding', () => {
    expect(countryForms('Iran')).toEqual(['Iran', 'Islamic Republic of Iran', 'Iranian', 'Iranians']);
    expect(countryForms('United States')).toEqual(expect.arrayContaining(['US', 'U.S.', 'America', 'American']));
    expect(countryForms('Atlantis')).toEqual(['Atlantis']);
  });
});
