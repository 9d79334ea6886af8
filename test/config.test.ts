import { loadCliConfig, loadWebConfig, loadWorkerConfig } from '../src/config';
import { problemsOf } from './support/configProblems';

describe('configuration', () => {
  it('lets the CLI run with an empty environment, on the offline engine', () => {
    const config = loadCliConfig({});
    expect(config.summarizer.engine).toBe('offline');
    expect(config.fetch.allowedPorts).toEqual([80, 443]);
  });

  it('chooses the OpenAI engine when a key is set and the engine is left on auto', () => {
    const config = loadCliConfig({ OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: 'http://localhost:11434/v1' });
    expect(config.summarizer.engine).toBe('openai');
    expect(config.summarizer.openai.baseURL).toBe('http://localhost:11434/v1');
  });

  it('keeps the offline engine when asked to, even with a key', () => {
    expect(loadCliConfig({ OPENAI_API_KEY: 'sk-test', SUMMARIZER: 'offline' }).summarizer.engine).toBe('offline');
  });

  it('reports every problem of the web process at once, one line per variable', () => {
    const problems = problemsOf(() => loadWebConfig({ PORT: 'eighty', REDIS_URL: 'http://nope', SUMMARIZER: 'gpt' }));
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^SLACK_BOT_TOKEN: required/),
        expect.stringMatching(/^PORT: /),
        expect.stringMatching(/^REDIS_URL: /),
        expect.stringMatching(/^SUMMARIZER: /),
        expect.stringMatching(/^SLACK_SIGNING_SECRET: required in HTTP mode/),
      ]),
    );
  });

  it('does not need a signing secret in Socket Mode, but needs an app-level token', () => {
    expect(problemsOf(() => loadWebConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1' }))).toEqual([]);
    expect(problemsOf(() => loadWebConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xoxb-wrong' }))).toEqual([
      expect.stringMatching(/^SLACK_APP_TOKEN: /),
    ]);
  });

  it('treats empty values as unset, as .env files often leave them', () => {
    const config = loadWorkerConfig({ SLACK_BOT_TOKEN: 'xoxb-1', OPENAI_API_KEY: '', WORKER_CONCURRENCY: '' });
    expect(config.summarizer.engine).toBe('offline');
    expect(config.concurrency).toBe(4);
  });

  it('requires a key when the OpenAI engine is forced', () => {
    expect(problemsOf(() => loadCliConfig({ SUMMARIZER: 'openai' }))).toEqual([expect.stringMatching(/^OPENAI_API_KEY: required/)]);
  });

  it('parses lists and flags', () => {
    const config = loadWorkerConfig({ SLACK_BOT_TOKEN: 'xoxb-1', FETCH_ALLOWED_PORTS: '443, 8443', METRICS_PUBLIC: 'true' });
    expect(config.fetch.allowedPorts).toEqual([443, 8443]);
    expect(config.admin.metricsPublic).toBe(true);
    expect(problemsOf(() => loadWorkerConfig({ SLACK_BOT_TOKEN: 'xoxb-1', FETCH_ALLOWED_PORTS: '80,http' }))).toEqual([
      expect.stringMatching(/^FETCH_ALLOWED_PORTS: /),
    ]);
  });
});
