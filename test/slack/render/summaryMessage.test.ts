import type { KnownBlock } from '@slack/types';
import { MAX_BLOCKS, MAX_SECTION_TEXT } from '../../../src/slack/render/blockKit';
import { renderCompactSummary, renderSummaryMessage } from '../../../src/slack/render/summaryMessage';
import { summaryResult } from './fixtures';

function allText(blocks: KnownBlock[]): string {
  return JSON.stringify(blocks);
}

describe('renderSummaryMessage', () => {
  it('links the title to the article and lists bullets, parties by type, and who asked', () => {
    const message = renderSummaryMessage(summaryResult(), { requestedBy: 'U0ALICE' });
    const text = allText(message.blocks);
    expect(text).toContain('<https://news.test/story?id=1|Delegation visits Iran>');
    expect(text).toContain('• A delegation visited Iran.¹');
    expect(text).toContain('*Shahin Mustafayev* — Deputy Prime Minister, Azerbaijan');
    expect(text).toContain('*Organisations*');
    expect(text).toContain('*Countries:* Azerbaijan, Iran');
    expect(text).toContain('Requested by <@U0ALICE>');
    expect(text).toContain('Summarized by gpt-5-mini');
    expect(message.text).toContain('Summary: Delegation visits Iran');
  });

  it("links to the page's canonical URL only while it stays on the fetched site", () => {
    const sameSite = summaryResult({ article: { canonicalUrl: 'https://www.news.test/story' } });
    expect(allText(renderSummaryMessage(sameSite, { requestedBy: 'U0ALICE' }).blocks)).toContain('<https://www.news.test/story|');
    const elsewhere = summaryResult({ article: { canonicalUrl: 'https://phish.test/login' } });
    const text = allText(renderSummaryMessage(elsewhere, { requestedBy: 'U0ALICE' }).blocks);
    expect(text).not.toContain('phish.test');
    expect(text).toContain('<https://news.test/story?id=1|');
  });

  it('shortens a very long title so the link markup stays whole', () => {
    const result = summaryResult({ article: { title: 'Headline '.repeat(100) } });
    for (const render of [renderSummaryMessage, renderCompactSummary]) {
      const titleBlock = allText(render(result, { requestedBy: 'U0ALICE' }).blocks.slice(0, 1));
      expect(titleBlock).toMatch(/<https:\/\/news\.test\/story\?id=1\|(Headline ){30,}[^>]*…>/);
      expect(titleBlock.length).toBeLessThan(500);
    }
  });

  it('quotes the supporting sentences as numbered sources', () => {
    const text = allText(renderSummaryMessage(summaryResult(), { requestedBy: 'U0ALICE' }).blocks);
    expect(text).toContain('¹ “A delegation headed by the deputy prime minister paid a visit to Iran.”');
  });

  it('labels an offline answer given because the AI service failed, without source footnotes', () => {
    const result = summaryResult({ summary: { engine: 'offline', model: null, fallback: 'ai_unavailable' } });
    const text = allText(renderSummaryMessage(result, { requestedBy: 'U0ALICE' }).blocks);
    expect(text).toContain('Automatic extractive summary:* the AI service was unavailable');
    expect(text).toContain('Summarized by the offline summarizer');
    expect(text).not.toContain('¹');
  });

  it('says honestly when only the opening of the article was available', () => {
    const text = allText(renderSummaryMessage(summaryResult({ article: { partial: true } }), { requestedBy: 'U0ALICE' }).blocks);
    expect(text).toContain('Only the opening of this article was available');
  });

  it('says when a very long article was summarized from its opening only', () => {
    expect(allText(renderSummaryMessage(summaryResult(), { requestedBy: 'U0ALICE' }).blocks)).not.toContain('Very long article');
    const text = allText(renderSummaryMessage(summaryResult({ omittedWords: 12500 }), { requestedBy: 'U0ALICE' }).blocks);
    expect(text).toContain('*Very long article:* this summary covers its opening; the last 12,500 words were not read.');
  });

  it('names pasted text as such, without a link', () => {
    const result = summaryResult({ article: { url: null, finalUrl: null, title: null, kind: 'pasted', siteName: null } });
    const text = allText(renderSummaryMessage(result, { requestedBy: 'U0ALICE' }).blocks);
    expect(text).toContain('*Pasted text: Azerbaijani delegation visits Iran*');
    expect(text).not.toContain('<http');
  });

  it('escapes pings and forged links coming from the article or the model', () => {
    const result = summaryResult({
      article: { title: '<!channel> Breaking', siteName: '<@U999>' },
      summary: {
        bullets: ['Click <https://evil.test|your bank> now <!here>'],
        evidence: [['<!everyone>']],
        parties: { people: [{ name: '<@U123>', role: '<!subteam^S1>', affiliation: null }], organizations: [], countries: [] },
      },
    });
    const message = renderSummaryMessage(result, { requestedBy: 'U0ALICE' });
    const everything = `${message.text}${allText(message.blocks)}`;
    expect(everything).not.toMatch(/<[!#]/);
    expect(everything.match(/<@[^>]*>/g)).toEqual(['<@U0ALICE>']);
    expect(everything).not.toContain('<https://evil.test');
    expect(everything).toContain('&lt;!channel&gt; Breaking');
  });

  it('stays within Slack limits for huge summaries', () => {
    const many = Array.from({ length: 400 }, (_, index) => ({ name: `Person Number${index}`, role: 'x'.repeat(150), affiliation: 'Org' }));
    const result = summaryResult({ summary: { bullets: Array.from({ length: 7 }, () => 'word '.repeat(200)), parties: { people: many, organizations: [], countries: [] } } });
    const message = renderSummaryMessage(result, { requestedBy: 'U0ALICE' });
    expect(message.blocks.length).toBeLessThanOrEqual(MAX_BLOCKS);
    for (const block of message.blocks) {
      if (block.type === 'section') expect(block.text?.text.length).toBeLessThanOrEqual(MAX_SECTION_TEXT);
    }
    expect(allText(message.blocks.slice(-1))).toContain('Requested by');
  });
});

describe('renderCompactSummary', () => {
  it('keeps the title, bullets and footer only', () => {
    const message = renderCompactSummary(summaryResult(), { requestedBy: 'U0ALICE' });
    expect(message.blocks).toHaveLength(2);
    expect(allText(message.blocks)).toContain('• Both sides discussed energy.');
    expect(allText(message.blocks)).not.toContain('Key parties');
  });
});
