import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import type { ResolvedAddress } from '../../src/article/fetch';
import { newsPage } from '../support/articleServer';
import { TestStack } from '../support/testStack';
import { outcomesFor } from '../support/userOutcomes';

/**
 * Links that lead to internal addresses, sent through Slack as a user would. The test's page server on 127.0.0.1 is
 * reachable through the test-only allowance; everything else that is not public must be refused before any
 * connection is made. Canary servers on other loopback addresses (same port) count the connections that reach them.
 */

const ARTICLE = readFileSync(join(__dirname, '../fixtures/articles/fictional-merger.txt'), 'utf8');
const NOT_ALLOWED = 'That address is not allowed: I only fetch public web pages.';

/** Listens on `host:port` and counts TCP connections: any connection at all is a failure of the SSRF defence. */
class Canary {
  connections = 0;
  private readonly server: Server = createServer((socket) => {
    this.connections += 1;
    socket.destroy();
  });
  async listen(host: string, port: number): Promise<this> {
    this.server.listen(port, host);
    await once(this.server, 'listening');
    return this;
  }
  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

describe('SSRF: links to internal addresses, sent through Slack', () => {
  let stack: TestStack;
  let port: number;
  let articleUrl: string;
  const canaries: Canary[] = [];
  const lookups: string[] = [];
  /** A hostile DNS server: names that answer with internal addresses. */
  const dns = new Map<string, () => string[]>();
  const resolver = async (hostname: string): Promise<ResolvedAddress[]> => {
    lookups.push(hostname);
    const answer = dns.get(hostname)?.();
    if (!answer) throw Object.assign(new Error(`ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' });
    return answer.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
  };

  beforeAll(async () => {
    stack = await TestStack.start({ engine: 'offline', resolver });
    port = Number(new URL(stack.articles.baseUrl).port);
    articleUrl = stack.articles.page('/news/merger', newsPage('Halvorsen to buy Kestrel', ARTICLE));
    canaries.push(await new Canary().listen('127.0.0.2', port), await new Canary().listen('::1', port));

    dns.set('loopback.evil.test', () => ['127.0.0.2']);
    dns.set('v6-loopback.evil.test', () => ['::1']);
    dns.set('mapped.evil.test', () => ['::ffff:127.0.0.2']);
    dns.set('metadata.evil.test', () => ['169.254.169.254']);
    dns.set('private.evil.test', () => ['10.1.2.3']);
    dns.set('cgnat.evil.test', () => ['100.64.0.7']);
    dns.set('ula.evil.test', () => ['fd12:3456::1']);
    // One public answer next to a private one: connecting to "the first" would be a gamble, so the name is refused.
    dns.set('mixed.evil.test', () => ['93.184.216.34', '127.0.0.2']);
    // DNS rebinding: the first answer passes the check, every later one points inside.
    let rebindAnswers = 0;
    dns.set('rebind.evil.test', () => (rebindAnswers++ === 0 ? ['127.0.0.1'] : ['127.0.0.2']));

    stack.articles.route('/go/loopback', redirectTo(`http://127.0.0.2:${port}/`));
    stack.articles.route('/go/metadata', redirectTo('http://169.254.169.254/latest/meta-data/iam/'));
    stack.articles.route('/go/hostile-name', redirectTo(`http://loopback.evil.test:${port}/`));
    stack.articles.route('/go/hop', redirectTo(`http://127.0.0.1:${port}/go/loopback`));
  });
  afterAll(async () => {
    await Promise.all(canaries.map((canary) => canary.close()));
    await stack.stop();
  });
  afterEach(() => {
    expect(canaries.map((canary) => canary.connections)).toEqual([0, 0]);
  });

  /** The ephemeral answer a `/summarize <text>` gets in the ack. */
  async function ackOf(text: string): Promise<string> {
    const { response } = await stack.command(text, { channelId: 'C0SSRFACK' });
    const body = (await response.json()) as { response_type: string; text: string };
    expect(body.response_type).toBe('ephemeral');
    return body.text;
  }

  /** The one final message a `/summarize <url>` gets once the worker has looked at it. */
  async function finalAnswerTo(url: string, channel: string): Promise<string> {
    const { responseUrl } = await stack.command(url, { channelId: channel });
    await stack.slack.waitFor(() => outcomesFor(stack.slack, { channel, responseUrl }).length > 0, `the answer in ${channel}`);
    const outcomes = outcomesFor(stack.slack, { channel, responseUrl });
    expect(outcomes).toHaveLength(1);
    return outcomes[0]!.text;
  }

  describe('an internal address written into the link is refused in the ack, before anything is queued', () => {
    /** The port of the test's page server: the canaries listen on it, so only the address can protect them. */
    const LITERALS: Array<[string, (p: number) => string]> = [
      ['IPv4 loopback', (p) => `http://127.0.0.2:${p}/`],
      ['"localhost"', (p) => `http://localhost:${p}/`],
      ['a name under .localhost', (p) => `http://admin.localhost:${p}/`],
      ['decimal IPv4 (127.0.0.2)', (p) => `http://2130706434:${p}/`],
      ['octal IPv4 (127.0.0.2)', (p) => `http://0177.0.0.2:${p}/`],
      ['hex IPv4 (127.0.0.2)', (p) => `http://0x7f.0.0.2:${p}/`],
      ['short IPv4 (127.2)', (p) => `http://127.2:${p}/`],
      ['IPv6 loopback', (p) => `http://[::1]:${p}/`],
      ['IPv4-mapped IPv6', (p) => `http://[::ffff:127.0.0.2]:${p}/`],
      ['cloud metadata (link-local)', () => 'http://169.254.169.254/latest/meta-data/'],
      ['RFC 1918 10/8', () => 'http://10.0.0.1/'],
      ['RFC 1918 172.16/12', () => 'http://172.16.5.4/'],
      ['RFC 1918 192.168/16', () => 'https://192.168.1.1/'],
      ['CGNAT 100.64/10', () => 'http://100.64.1.1/'],
      ['multicast', () => 'http://224.0.0.251/'],
      ['reserved 240/4', () => 'http://240.0.0.1/'],
      ['0.0.0.0', (p) => `http://0.0.0.0:${p}/`],
      ['IPv6 unique local', () => 'http://[fd00::1]/'],
      ['IPv6 link-local', () => 'http://[fe80::1]/'],
    ];

    it.each(LITERALS)('%s', async (_name, urlFor) => {
      const jobsBefore = await stack.web.queue.count();
      expect(await ackOf(urlFor(port))).toBe(`:warning: ${NOT_ALLOWED}`);
      expect(await stack.web.queue.count()).toBe(jobsBefore);
    });

    it('in a mention too: the refusal is the thread reply', async () => {
      const ts = '1700006000.000100';
      await stack.mention({ channel: 'C0SSRFM1', ts, text: `<@U0BOT> <http://[::ffff:7f00:2]:${port}/>` });
      await stack.slack.waitFor(() => stack.slack.messagesIn('C0SSRFM1', ts).length === 1, 'the refusal');
      expect(stack.slack.messagesIn('C0SSRFM1', ts)[0]!.text).toBe(`:warning: ${NOT_ALLOWED}`);
    });
  });

  describe('a name that resolves to an internal address is refused by the worker, on the address it would connect to', () => {
    it.each([
      ['IPv4 loopback', 'loopback.evil.test'],
      ['IPv6 loopback', 'v6-loopback.evil.test'],
      ['IPv4-mapped IPv6 loopback', 'mapped.evil.test'],
      ['cloud metadata', 'metadata.evil.test'],
      ['RFC 1918', 'private.evil.test'],
      ['CGNAT', 'cgnat.evil.test'],
      ['IPv6 unique local', 'ula.evil.test'],
      ['a public and a private answer', 'mixed.evil.test'],
    ])('%s (%s)', async (_name, host) => {
      const text = await finalAnswerTo(`http://${host}:${port}/news`, `C0SSRFN${host.split('.')[0]!.toUpperCase().replace(/-/g, '')}`);
      expect(text).toContain(NOT_ALLOWED);
      expect(text).toMatch(/^:warning: I couldn't summarize/);
      expect(lookups).toContain(host);
    });

    it('in a mention too: the failure is the thread reply', async () => {
      const ts = '1700006000.000200';
      await stack.mention({ channel: 'C0SSRFM2', ts, text: `<@U0BOT> http://metadata.evil.test:${port}/latest/` });
      await stack.slack.waitFor(() => outcomesFor(stack.slack, { channel: 'C0SSRFM2', threadTs: ts }).length === 1, 'the answer');
      expect(outcomesFor(stack.slack, { channel: 'C0SSRFM2', threadTs: ts })[0]!.text).toContain(NOT_ALLOWED);
    });

    it('DNS rebinding: the page is read from the address that was checked, never from a later answer', async () => {
      const text = await finalAnswerTo(`http://rebind.evil.test:${port}/news/merger`, 'C0SSRFREBIND');
      expect(text).toMatch(/^Summary: /);
      expect(lookups.filter((host) => host === 'rebind.evil.test')).toHaveLength(1);
    });
  });

  describe('every redirect hop is checked before it is followed', () => {
    it.each([
      ['to a loopback address', '/go/loopback'],
      ['to the cloud metadata address', '/go/metadata'],
      ['to a name that resolves to loopback', '/go/hostile-name'],
      ['after an allowed hop', '/go/hop'],
    ])('%s', async (_name, path) => {
      const text = await finalAnswerTo(`${stack.articles.baseUrl}${path}`, `C0SSRFR${path.split('/')[2]!.toUpperCase().replace(/-/g, '')}`);
      expect(text).toContain(NOT_ALLOWED);
    });
  });

  it('still summarizes the allowed test page, so the refusals above are not a broken fetcher', async () => {
    expect(await finalAnswerTo(articleUrl, 'C0SSRFOK')).toMatch(/^Summary: /);
  });
});

function redirectTo(location: string) {
  return (_req: unknown, res: import('node:http').ServerResponse) => {
    res.statusCode = 302;
    res.setHeader('Location', location);
    res.end();
  };
}
