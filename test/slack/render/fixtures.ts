import type { SummaryResult } from '../../../src/summarize/summary';

export function summaryResult(overrides: { article?: Partial<SummaryResult['article']>; summary?: Partial<SummaryResult['summary']>; omittedWords?: number } = {}): SummaryResult {
  return {
    article: {
      url: 'https://news.test/story?id=1',
      finalUrl: 'https://news.test/story?id=1',
      canonicalUrl: null,
      title: 'Delegation visits Iran',
      byline: 'Jane Reporter',
      siteName: 'Trend',
      publishedAt: '2020-12-22T10:00:00Z',
      lang: 'en',
      wordCount: 640,
      partial: false,
      kind: 'html',
      ...overrides.article,
    },
    summary: {
      title: 'Azerbaijani delegation visits Iran',
      bullets: ['A delegation visited Iran.', 'Both sides discussed energy.'],
      evidence: [['A delegation headed by the deputy prime minister paid a visit to Iran.'], ['Energy was discussed.']],
      parties: {
        people: [{ name: 'Shahin Mustafayev', role: 'Deputy Prime Minister', affiliation: 'Azerbaijan' }],
        organizations: [{ name: 'Trend', description: 'news agency' }],
        countries: [{ name: 'Azerbaijan' }, { name: 'Iran' }],
      },
      engine: 'openai',
      model: 'gpt-5-mini',
      fallback: null,
      grounding: { droppedParties: 0, droppedBullets: 0 },
      usage: { inputTokens: 100, outputTokens: 50 },
      ...overrides.summary,
    },
    omittedWords: overrides.omittedWords ?? 0,
  };
}
