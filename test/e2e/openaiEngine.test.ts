import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { newsPage } from '../support/articleServer';
import { summaryFromPrompt } from '../support/fakeOpenAi';
import { TestStack } from '../support/testStack';

const ARTICLE = readFileSync(join(__dirname, '../fixtures/articles/azerbaijan-iran-delegation.txt'), 'utf8');

describe('summaries from the OpenAI engine, end to end', () => {
  let stack: TestStack;
  let articleUrl: string;

  beforeAll(async () => {
    stack = await TestStack.start({ engine: 'openai' });
    articleUrl = stack.articles.page('/news/visit', newsPage('Azerbaijani delegation visits Iran', ARTICLE));
  });
  afterAll(() => stack.stop());
  beforeEach(() => stack.openai.reset());

  it('sends the article as fenced plain text and shows grounded parties, dropping an invented one', async () => {
    stack.openai.answerWith((request) => ({
      ...summaryFromPrompt(request),
      people: [
        { name: 'Shahin Mustafayev', role: 'Deputy Prime Minister', affiliation: 'Azerbaijan' },
        { name: 'Vladimir Putin', role: 'President', affiliation: 'Russia' },
      ],
      organizations: [{ name: 'Trend', description: 'news agency' }],
      countries: [{ name: 'Azerbaijan' }, { name: 'Iran' }],
    }));
    await stack.command(articleUrl, { channelId: 'C0AI1' });
    await stack.slack.waitFor(() => stack.finalMessages('C0AI1').length === 1, 'the summary');

    const prompt = stack.openai.userPrompt(0);
    const fence = /^(=====ARTICLE-[0-9a-f]+=====)$/m.exec(prompt)?.[1];
    expect(fence).toBeDefined();
    const inside = prompt.split(fence!)[1]!;
    expect(inside).toContain('[0] A delegation headed by Deputy Prime Minister of Azerbaijan Shahin Mustafayev paid a visit to Iran');
    expect(inside).toContain('Araz River');
    expect(prompt).not.toMatch(/<\/?[a-z][^>]*>/i);

    const rendered = JSON.stringify(stack.finalMessages('C0AI1')[0]!.blocks);
    expect(rendered).toContain('Shahin Mustafayev');
    expect(rendered).not.toContain('Vladimir Putin');
    expect(rendered).toContain('Summarized by fake-model');
    expect(rendered).toContain('1 unverifiable item removed');
    expect(rendered).toContain('Sources in the article');
  });

  it('posts the offline summary, labelled, when the AI service answers 500', async () => {
    stack.openai.failNext(...Array.from({ length: 4 }, () => ({ kind: 'server_error' as const, status: 500 })));
    await stack.command(articleUrl, { channelId: 'C0AI2' });
    await stack.slack.waitFor(() => stack.finalMessages('C0AI2').length === 1, 'the fallback summary');
    const rendered = JSON.stringify(stack.finalMessages('C0AI2')[0]!.blocks);
    expect(rendered).toContain('Automatic extractive summary');
    expect(rendered).toContain('the AI service was unavailable');
    expect(rendered).toContain('Summarized by the offline summarizer');
    expect(stack.slack.messagesIn('C0AI2')).toHaveLength(1);
  });

  it('never lets text from the article or the model ping anyone', async () => {
    const hostile = `${ARTICLE}\n\nReaders wrote <!channel> and <@U0CEO> in the comments, see <https://evil.test|your bank>.`;
    const hostileUrl = stack.articles.page('/news/hostile', newsPage('<!here> Breaking', hostile));
    stack.openai.answerWith({
      title: '<!channel> alert',
      bullets: [{ text: 'Readers wrote <!channel> and <@U0CEO> in the comments, see <https://evil.test|your bank>.', sources: [] }],
      people: [{ name: '<@U0CEO>', role: null, affiliation: null }],
      organizations: [],
      countries: [],
    });
    await stack.command(hostileUrl, { channelId: 'C0AI3' });
    await stack.slack.waitFor(() => stack.finalMessages('C0AI3').length === 1, 'the summary');
    const [message] = stack.finalMessages('C0AI3');
    const everything = `${message!.text}${JSON.stringify(message!.blocks)}`;
    expect(everything).not.toMatch(/<[!#]/);
    expect(everything.match(/<@[A-Z0-9]+>/g)).toEqual(['<@U0ALICE>']);
    expect(everything).not.toContain('<https://evil.test');
  });
});
