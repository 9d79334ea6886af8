import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadCliConfig, loadWebConfig, loadWorkerConfig } from '../../src/config';
import { problemsOf } from '../support/configProblems';


/** The .env.example file as the web and worker processes would read it after `cp .env.example .env`. */
function envExample(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const line of readFileSync(path.resolve(__dirname, '../../.env.example'), 'utf8').split('\n')) {
    const match = /^([A-Z][A-Z0-9_]*)=(.*)$/.exec(line);
    if (match) env[match[1]!] = match[2]!;
  }
  return env;
}

const WEB_OK = { SLACK_BOT_TOKEN: 'xoxb-1-2-abc', SLACK_SIGNING_SECRET: 'secret' };
const WORKER_OK = { SLACK_BOT_TOKEN: 'xoxb-1-2-abc' };

describe('configuration messages', () => {
  describe('Slack tokens', () => {
    it('does not start from an untouched .env.example: the bot token is left empty there', () => {
      const example = envExample();
      expect(example.SLACK_BOT_TOKEN).toBe('');
      expect(problemsOf(() => loadWorkerConfig(example))).toEqual([
        'SLACK_BOT_TOKEN: required (the bot token, xoxb-…, from OAuth & Permissions)',
      ]);
      expect(problemsOf(() => loadWebConfig(example))).toContain('SLACK_BOT_TOKEN: required (the bot token, xoxb-…, from OAuth & Permissions)');
    });

    it('starts from .env.example once the tokens are filled in', () => {
      expect(problemsOf(() => loadWebConfig({ ...envExample(), ...WEB_OK }))).toEqual([]);
      expect(problemsOf(() => loadWorkerConfig({ ...envExample(), ...WORKER_OK }))).toEqual([]);
    });

    it.each(['xoxp-user-token', 'xapp-1-A1-abc', 'your-bot-token', 'xoxb-'])(
      'refuses %p as a bot token, without echoing the secret',
      (token) => {
        const expected = 'SLACK_BOT_TOKEN: must be a bot token starting with xoxb- (OAuth & Permissions → Bot User OAuth Token)';
        expect(problemsOf(() => loadWorkerConfig({ SLACK_BOT_TOKEN: token }))).toEqual([expected]);
        expect(problemsOf(() => loadWebConfig({ ...WEB_OK, SLACK_BOT_TOKEN: token }))).toEqual([expected]);
      },
    );

    it.each(['xoxb-1-2-abc', 'xapp-', 'app-token'])('refuses %p as an app-level token', (token) => {
      expect(problemsOf(() => loadWebConfig({ ...WEB_OK, SLACK_APP_TOKEN: token }))).toEqual([
        'SLACK_APP_TOKEN: must be an app-level token starting with xapp- (with the connections:write scope)',
      ]);
    });

    it('reports a wrong app token together with a wrong bot token', () => {
      expect(problemsOf(() => loadWebConfig({ SLACK_BOT_TOKEN: 'nope', SLACK_APP_TOKEN: 'nope' }))).toEqual([
        expect.stringMatching(/^SLACK_BOT_TOKEN: must be a bot token/),
        expect.stringMatching(/^SLACK_APP_TOKEN: must be an app-level token/),
      ]);
    });
  });

  describe('numbers', () => {
    it.each([
      ['OPENAI_MAX_RETRIES', 'abc', 'OPENAI_MAX_RETRIES: must be a whole number from 0 to 10 (got "abc")'],
      ['OPENAI_MAX_RETRIES', '11', 'OPENAI_MAX_RETRIES: must be a whole number from 0 to 10 (got "11")'],
      ['OPENAI_MAX_RETRIES', '-1', 'OPENAI_MAX_RETRIES: must be a whole number from 0 to 10 (got "-1")'],
      ['OPENAI_MAX_RETRIES', '1.5', 'OPENAI_MAX_RETRIES: must be a whole number from 0 to 10 (got "1.5")'],
      ['FETCH_MAX_REDIRECTS', 'five', 'FETCH_MAX_REDIRECTS: must be a whole number from 0 to 10 (got "five")'],
      ['SLACK_MAX_RETRIES', 'x', 'SLACK_MAX_RETRIES: must be a whole number from 0 to 10 (got "x")'],
      ['WORKER_METRICS_PORT', '70000', 'WORKER_METRICS_PORT: must be a whole number from 0 to 65535 (got "70000")'],
      ['WORKER_CONCURRENCY', '0', 'WORKER_CONCURRENCY: must be a whole number ≥ 1 (got "0")'],
      ['JOB_TIMEOUT_MS', '2m', 'JOB_TIMEOUT_MS: must be a whole number ≥ 1 (got "2m")'],
      ['FETCH_MAX_PDF_BYTES', '20MB', 'FETCH_MAX_PDF_BYTES: must be a whole number ≥ 1 (got "20MB")'],
      ['OPENAI_TIMEOUT_MS', 'NaN', 'OPENAI_TIMEOUT_MS: must be a whole number ≥ 1 (got "NaN")'],
    ])('%s=%p → %p', (name, value, message) => {
      expect(problemsOf(() => loadWorkerConfig({ ...WORKER_OK, [name]: value }))).toEqual([message]);
    });

    it.each([
      ['PORT', 'eighty', 'PORT: must be a whole number ≥ 1 (got "eighty")'],
      ['PASTED_TEXT_MAX_CHARS', '-5', 'PASTED_TEXT_MAX_CHARS: must be a whole number ≥ 1 (got "-5")'],
      ['ENQUEUE_TIMEOUT_MS', '1e3', 'ENQUEUE_TIMEOUT_MS: must be a whole number ≥ 1 (got "1e3")'],
    ])('web: %s=%p → %p', (name, value, message) => {
      expect(problemsOf(() => loadWebConfig({ ...WEB_OK, [name]: value }))).toEqual([message]);
    });

    it('accepts the boundaries and surrounding spaces', () => {
      const config = loadWorkerConfig({ ...WORKER_OK, OPENAI_MAX_RETRIES: '0', SLACK_MAX_RETRIES: ' 10 ', WORKER_METRICS_PORT: '0' });
      expect(config.summarizer.openai.maxRetries).toBe(0);
      expect(config.slack.maxRetries).toBe(10);
      expect(config.metricsPort).toBe(0);
    });

    it('never lets zod’s own wording through, whatever the value', () => {
      const numeric = ['OPENAI_TIMEOUT_MS', 'OPENAI_MAX_RETRIES', 'FETCH_MAX_REDIRECTS', 'WORKER_METRICS_PORT', 'SLACK_MAX_RETRIES', 'JOB_ATTEMPTS'];
      const env = Object.fromEntries(numeric.map((name) => [name, 'lots']));
      const problems = [
        ...problemsOf(() => loadWorkerConfig({ ...WORKER_OK, ...env, LOG_LEVEL: 'loud', METRICS_PUBLIC: 'maybe', SUMMARIZER: 'gpt' })),
        ...problemsOf(() => loadWebConfig({ ...WEB_OK, ...env, LOG_LEVEL: 'loud', BULL_BOARD_READ_ONLY: 'sure' })),
      ];
      expect(problems.length).toBeGreaterThan(8);
      for (const problem of problems) {
        expect(problem).toMatch(/^[A-Z_]+: must be /);
        expect(problem).not.toMatch(/Invalid|expected|received|NaN/);
      }
    });
  });

  describe('choices', () => {
    it.each([
      ['LOG_LEVEL', 'loud', 'LOG_LEVEL: must be one of trace, debug, info, warn, error, fatal, silent (got "loud")'],
      ['SUMMARIZER', 'gpt', 'SUMMARIZER: must be one of auto, openai, offline (got "gpt")'],
      ['LOG_PRETTY', 'maybe', 'LOG_PRETTY: must be true or false (got "maybe")'],
      ['FETCH_ALLOWED_PORTS', '80,http', 'FETCH_ALLOWED_PORTS: must be a comma-separated list of ports from 1 to 65535 (got "80,http")'],
    ])('%s=%p → %p', (name, value, message) => {
      expect(problemsOf(() => loadCliConfig({ [name]: value }))).toEqual([message]);
    });

    it('still reads every accepted spelling', () => {
      expect(loadCliConfig({ LOG_LEVEL: 'trace', LOG_PRETTY: 'yes' }).logging).toEqual({ level: 'trace', pretty: true });
      expect(loadCliConfig({ LOG_LEVEL: 'silent', LOG_PRETTY: '0' }).logging).toEqual({ level: 'silent', pretty: false });
      expect(loadCliConfig({}).logging).toEqual({ level: 'info', pretty: false });
    });

    it('cuts a long rejected value so the problem stays on one line', () => {
      const [problem] = problemsOf(() => loadCliConfig({ LOG_LEVEL: 'x'.repeat(500) }));
      expect(problem!.length).toBeLessThan(140);
      expect(problem).toMatch(/…"\)$/);
    });
  });
});
