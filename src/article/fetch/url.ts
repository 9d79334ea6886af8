import { judgeAddress, isIpLiteral } from './addressPolicy';
import {
  AddressNotAllowedError,
  CredentialsInUrlError,
  InvalidUrlError,
  PortNotAllowedError,
  UnsupportedSchemeError,
} from './errors';
import type { SafeFetchOptions } from './options';

export type UrlPolicy = Pick<SafeFetchOptions, 'allowedPorts' | 'allowPrivateAddresses'>;

const PRODUCTION_URL_POLICY: UrlPolicy = { allowedPorts: [80, 443], allowPrivateAddresses: [] };
const DEFAULT_PORTS: Record<string, number> = { 'http:': 80, 'https:': 443 };

/**
 * Validates a link a user sent, without touching the network: http(s) only, no credentials, standard ports, and no
 * IP literal outside public unicast. WHATWG URL parsing already turns `2130706433`, `0177.0.0.1`, `0x7f.1` into
 * `127.0.0.1`, so those are judged as the addresses they are.
 */
export function parseUserUrl(input: string, policy: UrlPolicy = PRODUCTION_URL_POLICY): URL {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch (error) {
    throw new InvalidUrlError(`not a URL: ${JSON.stringify(input.slice(0, 200))}`, { cause: error });
  }
  return checkTargetUrl(url, policy);
}

/** The same checks for a URL already parsed (every redirect hop goes through here). */
export function checkTargetUrl(url: URL, policy: UrlPolicy): URL {
  const defaultPort = DEFAULT_PORTS[url.protocol];
  if (defaultPort === undefined) throw new UnsupportedSchemeError(url.protocol);
  if (url.username !== '' || url.password !== '') throw new CredentialsInUrlError(`credentials in URL for ${url.hostname}`);
  const port = effectivePort(url);
  if (!policy.allowedPorts.includes(port)) throw new PortNotAllowedError(port);

  const host = hostWithoutBrackets(url);
  if (isIpLiteral(host)) {
    const verdict = judgeAddress(host, policy.allowPrivateAddresses);
    if (!verdict.allowed) throw new AddressNotAllowedError(host, host, verdict.range);
  } else if (isLocalhostName(host)) {
    throw new AddressNotAllowedError(host, host, 'loopback');
  }
  return url;
}

function effectivePort(url: URL): number {
  return url.port === '' ? (DEFAULT_PORTS[url.protocol] ?? 0) : Number(url.port);
}

/** `[::1]` → `::1`; other host names unchanged. */
export function hostWithoutBrackets(url: URL): string {
  return url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname;
}

/** RFC 6761: `localhost` and everything under it is loopback whatever DNS says. */
function isLocalhostName(host: string): boolean {
  const name = host.toLowerCase().replace(/\.$/, '');
  return name === 'localhost' || name.endsWith('.localhost');
}
