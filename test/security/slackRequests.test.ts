import type { Counter } from 'prom-client';
import { mentionEnvelope, messageShortcutPayload, postSigned, shortcutBody, slackSignature, slashCommandBody } from '../support/slackRequests';
import { SIGNING_SECRET, TestStack } from '../support/testStack';

/**
 * Requests that do not carry Slack's valid signature over this exact body, made within the last five minutes, are
 * refused with 401 before any listener sees them: nothing is queued, nothing is posted, nothing is counted.
 */

type RequestKind = 'slash command' | 'event (mention)' | 'message shortcut' | 'url_verification';

interface Tampering {
  name: string;
  /** Headers to send instead of a valid signature for `body` at `now`. */
  headers: (body: string, now: number) => Record<string, string>;
}

const now = () => Math.floor(Date.now() / 1000);

const TAMPERINGS: Tampering[] = [
  { name: 'no signature', headers: (_body, at) => ({ 'X-Slack-Request-Timestamp': String(at) }) },
  { name: 'no timestamp', headers: (body, at) => ({ 'X-Slack-Signature': slackSignature(SIGNING_SECRET, at, body) }) },
  { name: 'a malformed signature', headers: (_body, at) => ({ 'X-Slack-Request-Timestamp': String(at), 'X-Slack-Signature': 'v0=not-hex' }) },
  {
    name: 'a signature made with another secret',
    headers: (body, at) => ({ 'X-Slack-Request-Timestamp': String(at), 'X-Slack-Signature': slackSignature('someone-elses-secret', at, body) }),
  },
  {
    name: 'a valid signature of a different body',
    headers: (body, at) => ({ 'X-Slack-Request-Timestamp': String(at), 'X-Slack-Signature': slackSignature(SIGNING_SECRET, at, `${body}&x=1`) }),
  },
  {
    name: 'a valid signature over a different timestamp',
    headers: (body, at) => ({ 'X-Slack-Request-Timestamp': String(at), 'X-Slack-Signature': slackSignature(SIGNING_SECRET, at - 1, body) }),
  },
  {
    name: 'a valid signature, but older than five minutes (replay)',
    headers: (body, at) => ({ 'X-Slack-Request-Timestamp': String(at - 5 * 60 - 1), 'X-Slack-Signature': slackSignature(SIGNING_SECRET, at - 5 * 60 - 1, body) }),
  },
];

describe('Slack request verification', () => {
  let stack: TestStack;
  const bodies: Record<RequestKind, { body: string; contentType: string }> = {} as never;

  beforeAll(async () => {
    stack = await TestStack.start({ engine: 'offline' });
    const url = `${stack.articles.baseUrl}/news`;
    const form = 'application/x-www-form-urlencoded';
    bodies['slash command'] = { body: slashCommandBody({ text: url, channel_id: 'C0SIGC', response_url: stack.slack.responseUrl('sig') }), contentType: form };
    bodies['event (mention)'] = { body: JSON.stringify(mentionEnvelope({ channel: 'C0SIGM', text: `<@U0BOT> <${url}>` })), contentType: 'application/json' };
    bodies['message shortcut'] = {
      body: shortcutBody({ ...messageShortcutPayload({ text: `<${url}>`, responseUrl: stack.slack.responseUrl('sig-sc') }), channel: { id: 'C0SIGS', name: 'news' } }),
      contentType: form,
    };
    bodies.url_verification = { body: JSON.stringify({ type: 'url_verification', token: 'x', challenge: 'challenge-accepted-SECRET' }), contentType: 'application/json' };
  });
  afterAll(() => stack.stop());

  const requestsCounted = async () => {
    const counter = stack.web.metrics.registry.getSingleMetric('newsbot_slack_requests_total') as Counter;
    return (await counter.get()).values.reduce((sum, sample) => sum + sample.value, 0);
  };
  const post = (kind: RequestKind, headers: Record<string, string>) =>
    fetch(`${stack.webUrl}/slack/events`, { method: 'POST', headers: { 'Content-Type': bodies[kind].contentType, ...headers }, body: bodies[kind].body });

  const KINDS: RequestKind[] = ['slash command', 'event (mention)', 'message shortcut', 'url_verification'];

  describe.each(KINDS)('%s', (kind) => {
    it.each(TAMPERINGS)('with $name → 401, and the body is never processed', async ({ headers }) => {
      const [jobsBefore, countedBefore, slackCallsBefore, logLinesBefore] = [await stack.web.queue.count(), await requestsCounted(), stack.slack.calls.length, stack.logs.lines.length];
      const response = await post(kind, headers(bodies[kind].body, now()));
      expect(response.status).toBe(401);
      const text = await response.text();
      expect(text).not.toContain('challenge-accepted');
      expect(text).not.toContain(SIGNING_SECRET);

      expect(await stack.web.queue.count()).toBe(jobsBefore);
      expect(await requestsCounted()).toBe(countedBefore);
      expect(stack.slack.calls.length).toBe(slackCallsBefore);
      expect(stack.slack.responseUrlPosts).toHaveLength(0);
      const newLines = stack.logs.lines.slice(logLinesBefore).join('\n');
      expect(newLines).not.toMatch(/job queued|payload rejected/);
    });
  });

  it('accepts the same requests correctly signed, four minutes old (inside the window), so the 401s above are the signature', async () => {
    for (const kind of KINDS) {
      const at = now() - 4 * 60;
      const response = await postSigned(`${stack.webUrl}/slack/events`, SIGNING_SECRET, bodies[kind].body, bodies[kind].contentType, { timestamp: at });
      expect(response.status).toBe(200);
      if (kind === 'url_verification') expect(await response.json()).toEqual({ challenge: 'challenge-accepted-SECRET' });
    }
  });
});
