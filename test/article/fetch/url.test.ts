import {
  AddressNotAllowedError,
  CredentialsInUrlError,
  InvalidUrlError,
  parseUserUrl,
  PortNotAllowedError,
  UnsupportedSchemeError,
} from '../../../src/article/fetch';

function refusal(input: string): unknown {
  try {
    parseUserUrl(input);
  } catch (error) {
    return error;
  }
  return undefined;
}

describe('parseUserUrl', () => {
  it('accepts ordinary http and https links, normalised', () => {
    expect(parseUserUrl('  https://Example.COM/news/story?id=1#top ').href).toBe('https://example.com/news/story?id=1#top');
    expect(parseUserUrl('http://example.com:80/a').href).toBe('http://example.com/a');
    expect(parseUserUrl('https://example.com:443/a').href).toBe('https://example.com/a');
    expect(parseUserUrl('https://93.184.216.34/a').hostname).toBe('93.184.216.34');
  });

  it.each(['ftp://example.com/file.txt', 'file:///etc/passwd', 'javascript:alert(1)', 'data:text/html,<p>hi</p>', 'gopher://example.com/'])(
    'refuses the %s scheme',
    (input) => {
      const error = refusal(input);
      expect(error).toBeInstanceOf(UnsupportedSchemeError);
      expect((error as UnsupportedSchemeError).userMessage).toMatch(/only open http:\/\/ and https:\/\/ links/);
    },
  );

  it.each(['https://user:secret@example.com/', 'https://user@example.com/', 'https://:secret@example.com/'])(
    'refuses credentials in %s',
    (input) => {
      expect(refusal(input)).toBeInstanceOf(CredentialsInUrlError);
    },
  );

  it.each([
    ['http://example.com:8080/', 8080],
    ['https://example.com:22/', 22],
    ['https://example.com:8443/', 8443],
    ['http://example.com:6379/', 6379],
  ])('refuses %s unless its port is allowed', (input, port) => {
    const error = refusal(input);
    expect(error).toBeInstanceOf(PortNotAllowedError);
    expect((error as PortNotAllowedError).port).toBe(port);
    expect(parseUserUrl(input, { allowedPorts: [port], allowPrivateAddresses: [] }).port).toBe(String(port));
  });

  it.each([
    ['http://127.0.0.1/', '127.0.0.1'],
    ['http://2130706433/', '127.0.0.1'],
    ['http://0177.0.0.1/', '127.0.0.1'],
    ['http://0x7f.0.0.1/', '127.0.0.1'],
    ['http://0x7f000001/', '127.0.0.1'],
    ['http://127.1/', '127.0.0.1'],
    ['http://10.0.0.1/', '10.0.0.1'],
    ['http://0xa9.254.169.254/latest/meta-data/', '169.254.169.254'],
    ['http://169.254.169.254/latest/meta-data/', '169.254.169.254'],
    ['http://0.0.0.0/', '0.0.0.0'],
    ['http://[::1]/', '::1'],
    ['http://[::ffff:127.0.0.1]/', '::ffff:7f00:1'],
    ['http://[fd00::1]/', 'fd00::1'],
    ['http://[fe80::1]/', 'fe80::1'],
    ['http://localhost/', 'localhost'],
    ['http://api.localhost./', 'api.localhost.'],
  ])('recognises %s as the non-public address %s and refuses it', (input, address) => {
    const error = refusal(input);
    expect(error).toBeInstanceOf(AddressNotAllowedError);
    expect((error as AddressNotAllowedError).address).toBe(address);
    expect((error as AddressNotAllowedError).userMessage).toBe('That address is not allowed: I only fetch public web pages.');
  });

  it.each(['not a link', 'example.com/news', 'http://', 'https://exa mple.com/', 'http://1.2.3.4.5/'])('refuses %j as not a URL', (input) => {
    expect(refusal(input)).toBeInstanceOf(InvalidUrlError);
  });
});
