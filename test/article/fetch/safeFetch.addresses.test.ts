import { readFileSync } from 'node:fs';
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { createServer } from 'node:tls';
import {
  AddressNotAllowedError,
  HostNotFoundError,
  PortNotAllowedError,
  safeFetch,
  TlsCertificateError,
  UnsupportedSchemeError,
} from '../../../src/article/fetch';
import { fakeDns, LocalSite, localFetchOptions, rejectionOf } from './support/localSite';

const ARTICLE = '<html><body><p>The article.</p></body></html>';

describe('safeFetch: which addresses it reaches', () => {
  let site: LocalSite;

  beforeEach(async () => {
    site = await new LocalSite('127.0.0.1').start();
    site.page('/', ARTICLE);
  });

  afterEach(() => site.stop());

  it('reaches the local test server through the test-only allowance (the control for every refusal below)', async () => {
    const document = await safeFetch(site.url('/'), localFetchOptions([site.port]));
    expect(document).toMatchObject({ kind: 'html', text: ARTICLE });
    expect(site.connections).toBe(1);
  });

  it.each([
    '127.0.0.1',
    '127.0.0.53',
    '10.0.0.1',
    '172.16.5.4',
    '192.168.0.10',
    '169.254.169.254',
    '100.64.0.1',
    '224.0.0.1',
    '255.255.255.255',
    '0.0.0.0',
    '240.0.0.1',
    '::1',
    '::',
    'fc00::1',
    'fd00:ec2::254',
    'fe80::1',
    'ff02::1',
    '::ffff:127.0.0.1',
    '::ffff:169.254.169.254',
    '::7f00:1',
    '64:ff9b::7f00:1',
    '2002:7f00:1::1',
    '2001:0:4136:e378:8000:63bf:80ff:fffe',
  ])('refuses a host name that resolves to %s, before connecting', async (address) => {
    const resolver = fakeDns({ 'evil.test': [address] });
    const error = await rejectionOf(
      safeFetch(site.url('/', 'evil.test'), localFetchOptions([site.port], { resolver, allowPrivateAddresses: [] })),
    );
    expect(error).toBeInstanceOf(AddressNotAllowedError);
    expect((error as AddressNotAllowedError).userMessage).toBe('That address is not allowed: I only fetch public web pages.');
    expect(site.connections).toBe(0);
  });

  it('refuses a host name whose answers mix a public and a private address', async () => {
    const resolver = fakeDns({ 'evil.test': ['93.184.216.34', '127.0.0.1'] });
    const error = await rejectionOf(
      safeFetch(site.url('/', 'evil.test'), localFetchOptions([site.port], { resolver, allowPrivateAddresses: [] })),
    );
    expect(error).toBeInstanceOf(AddressNotAllowedError);
    expect(site.connections).toBe(0);
  });

  it('only lets the exact allowed test address through, not the rest of its range', async () => {
    const resolver = fakeDns({ 'evil.test': ['127.0.0.2'] });
    const error = await rejectionOf(safeFetch(site.url('/', 'evil.test'), localFetchOptions([site.port], { resolver })));
    expect(error).toBeInstanceOf(AddressNotAllowedError);
  });

  it.each(['127.0.0.1', '2130706433', '0177.0.0.1', '0x7f.0.0.1', '0x7f000001', '127.1', '[::ffff:127.0.0.1]'])(
    'refuses the IP literal http://%s/ without asking DNS or connecting',
    async (host) => {
      const resolver = fakeDns({});
      const error = await rejectionOf(
        safeFetch(`http://${host}:${site.port}/`, localFetchOptions([site.port], { resolver, allowPrivateAddresses: [] })),
      );
      expect(error).toBeInstanceOf(AddressNotAllowedError);
      expect(resolver.questions).toEqual([]);
      expect(site.connections).toBe(0);
    },
  );

  it('refuses a port that is not allowed, before connecting', async () => {
    const error = await rejectionOf(safeFetch(site.url('/'), localFetchOptions([80, 443])));
    expect(error).toBeInstanceOf(PortNotAllowedError);
    expect(site.connections).toBe(0);
  });

  it('refuses credentials and other schemes', async () => {
    const options = localFetchOptions([site.port]);
    await expect(safeFetch(`http://admin:admin@news.test:${site.port}/`, options)).rejects.toMatchObject({ code: 'credentials_in_url' });
    await expect(safeFetch('file:///etc/passwd', options)).rejects.toBeInstanceOf(UnsupportedSchemeError);
    await expect(safeFetch('ftp://news.test/file', options)).rejects.toBeInstanceOf(UnsupportedSchemeError);
    await expect(safeFetch('javascript:alert(1)', options)).rejects.toBeInstanceOf(UnsupportedSchemeError);
    expect(site.connections).toBe(0);
  });

  it('reports a name that does not resolve, and a DNS failure as retryable', async () => {
    const missing = await rejectionOf(safeFetch(site.url('/', 'missing.test'), localFetchOptions([site.port])));
    expect(missing).toBeInstanceOf(HostNotFoundError);
    expect(missing).toMatchObject({ retryable: false });

    const flaky = async () => {
      throw Object.assign(new Error('getaddrinfo EAI_AGAIN news.test'), { code: 'EAI_AGAIN' });
    };
    const failed = await rejectionOf(safeFetch(site.url('/'), localFetchOptions([site.port], { resolver: flaky })));
    expect(failed).toBeInstanceOf(HostNotFoundError);
    expect(failed).toMatchObject({ retryable: true });
  });
});

describe('safeFetch: DNS rebinding', () => {
  let checked: LocalSite;
  let rebound: LocalSite;

  beforeEach(async () => {
    rebound = await new LocalSite('127.0.0.2').start();
    checked = await new LocalSite('127.0.0.1').start(rebound.port);
    checked.page('/', '<p>from the checked address</p>');
    rebound.page('/', '<p>from the rebound address</p>');
  });

  afterEach(async () => {
    await checked.stop();
    await rebound.stop();
  });

  it('connects to the address it checked, however DNS answers afterwards', async () => {
    let answers = 0;
    const resolver = fakeDns({ 'news.test': () => (answers++ === 0 ? ['127.0.0.1'] : ['127.0.0.2']) });
    const document = await safeFetch(checked.url('/'), localFetchOptions([checked.port], { resolver }));
    expect(document).toMatchObject({ text: '<p>from the checked address</p>' });
    expect(resolver.questions).toEqual(['news.test']);
    expect(rebound.connections).toBe(0);
  });
});

describe('safeFetch: redirects to forbidden places', () => {
  let site: LocalSite;
  let internal: LocalSite;

  beforeEach(async () => {
    internal = await new LocalSite('127.0.0.2').start();
    internal.page('/admin', '<p>internal admin page</p>');
    site = await new LocalSite('127.0.0.1').start();
  });

  afterEach(async () => {
    await site.stop();
    await internal.stop();
  });

  function redirectingTo(location: string) {
    site.route('/start', (_req, res) => {
      res.writeHead(302, { location }).end();
    });
    return site.url('/start');
  }

  it('refuses a redirect to a host name that resolves to a private address, without connecting to it', async () => {
    const resolver = fakeDns({ 'news.test': ['127.0.0.1'], 'intranet.test': ['127.0.0.2'] });
    const url = redirectingTo(`http://intranet.test:${internal.port}/admin`);
    const error = await rejectionOf(safeFetch(url, localFetchOptions([site.port, internal.port], { resolver })));
    expect(error).toBeInstanceOf(AddressNotAllowedError);
    expect(resolver.questions).toEqual(['news.test', 'intranet.test']);
    expect(site.connections).toBe(1);
    expect(internal.connections).toBe(0);
  });

  it.each([
    ['the cloud metadata address', 'http://169.254.169.254/latest/meta-data/', AddressNotAllowedError],
    ['a decimal loopback literal', 'http://2130706434/', AddressNotAllowedError],
    ['IPv6 loopback', 'http://[::1]/', AddressNotAllowedError],
    ['a file: URL', 'file:///etc/passwd', UnsupportedSchemeError],
    ['a non-standard port', 'http://news.test:6379/', PortNotAllowedError],
  ])('refuses a redirect to %s', async (_name, location, errorClass) => {
    const error = await rejectionOf(safeFetch(redirectingTo(location), localFetchOptions([site.port, 80])));
    expect(error).toBeInstanceOf(errorClass);
  });
});

describe('safeFetch over https', () => {
  const fixtures = path.join(__dirname, '../../fixtures/fetch');

  it('connects to the checked address while presenting the host name for SNI and certificate checks', async () => {
    const serverNames: string[] = [];
    const server = createServer({
      key: readFileSync(path.join(fixtures, 'test-only-news.test.key')),
      cert: readFileSync(path.join(fixtures, 'test-only-news.test.crt')),
      SNICallback: (serverName, callback) => {
        serverNames.push(serverName);
        callback(null);
      },
    });
    server.on('tlsClientError', () => undefined);
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const port = (server.address() as AddressInfo).port;
    try {
      // The certificate is self-signed, so the fetch must refuse it; what matters is the name the server was asked for.
      const error = await rejectionOf(safeFetch(`https://news.test:${port}/`, localFetchOptions([port])));
      expect(error).toBeInstanceOf(TlsCertificateError);
      expect(serverNames).toEqual(['news.test']);
    } finally {
      server.close();
    }
  });
});
