import { judgeAddress, isIpLiteral } from './addressPolicy';
import { AddressNotAllowedError, HostNotFoundError } from './errors';
import type { SafeFetchOptions } from './options';
import { hostWithoutBrackets } from './url';

/** Lookup failures that say "try later" rather than "no such name". */
const TEMPORARY_DNS_CODES = new Set(['EAI_AGAIN', 'ETIMEOUT', 'ESERVFAIL', 'ECONNREFUSED', 'ECANCELLED']);

/**
 * Resolves the URL's host once and returns the address to connect to. Every answer must be public: a name that
 * resolves to both a public and a private address is refused, as it can only be a trick.
 */
export async function resolvePublicAddress(
  url: URL,
  options: Pick<SafeFetchOptions, 'resolver' | 'allowPrivateAddresses'>,
  signal: AbortSignal,
): Promise<string> {
  const host = hostWithoutBrackets(url);
  const answers = isIpLiteral(host) ? [{ address: host }] : await lookUp(host, options, signal);
  let connectTo: string | undefined;
  for (const { address } of answers) {
    const verdict = judgeAddress(address, options.allowPrivateAddresses);
    if (!verdict.allowed) throw new AddressNotAllowedError(host, address, verdict.range);
    connectTo ??= verdict.connectTo;
  }
  if (connectTo === undefined) throw new HostNotFoundError(host, false);
  return connectTo;
}

async function lookUp(
  host: string,
  options: Pick<SafeFetchOptions, 'resolver'>,
  signal: AbortSignal,
): Promise<{ address: string }[]> {
  signal.throwIfAborted();
  let onAbort: (() => void) | undefined;
  const aborted = new Promise<never>((_resolve, reject) => {
    onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
  });
  try {
    return await Promise.race([options.resolver(host), aborted]);
  } catch (error) {
    if (signal.aborted) throw error;
    const code = (error as { code?: unknown } | null)?.code;
    throw new HostNotFoundError(host, typeof code === 'string' && TEMPORARY_DNS_CODES.has(code), { cause: error });
  } finally {
    if (onAbort) signal.removeEventListener('abort', onAbort);
  }
}
