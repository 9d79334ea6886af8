/**
 * The bench's fakes (article page, OpenAI-compatible server, Slack Web API) in a process of their own, so a
 * measurement of the bot's CPU time does not include the fakes answering it. Prints one JSON line with their URLs.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ArticleServer, newsPage } from '../../test/support/articleServer';
import { FakeOpenAi } from '../../test/support/fakeOpenAi';
import { FakeSlack } from '../../test/support/fakeSlack';

/** The bench's article: a short news report (about 580 words), served inside `newsPage`'s page furniture. */
export const BENCH_ARTICLE = 'test/fixtures/articles/azerbaijan-iran-delegation.txt';
export const BENCH_ARTICLE_TITLE = 'Azerbaijani delegation visits Iran';

async function main(): Promise<void> {
  const slack = await new FakeSlack().start();
  const openai = await new FakeOpenAi().start();
  const articles = await new ArticleServer().start();
  const article = readFileSync(join(__dirname, '../..', BENCH_ARTICLE), 'utf8');
  const articleUrl = articles.page('/news/visit', newsPage(BENCH_ARTICLE_TITLE, article));
  process.stdout.write(`${JSON.stringify({ slackApiUrl: slack.apiUrl, openaiBaseUrl: openai.baseUrl, articleUrl })}\n`);
  // FakeSlack keeps every call and message; a long run would grow them without bound. The newest messages stay,
  // for the chat.update that follows each placeholder.
  setInterval(() => {
    slack.calls.length = 0;
    slack.messages.splice(0, Math.max(0, slack.messages.length - 1_000));
    openai.requests.length = 0;
    articles.requests.length = 0;
  }, 1_000).unref();
  process.on('SIGTERM', () => process.exit(0));
}

if (require.main === module) void main();
