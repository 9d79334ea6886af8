import { Agent, buildConnector } from 'undici';

/**
 * An undici Agent whose every connection goes to `address`, the one resolveHost checked, whatever the URL's host
 * name would resolve to now: DNS rebinding between check and connect cannot redirect it.
 *
 * Only the TCP destination changes: undici still derives the Host header and the TLS SNI / certificate name from the
 * URL's host, so https works as for any client.
 */
export function createPinnedAgent(address: string, timeouts: { connectTimeoutMs: number; totalTimeoutMs: number }): Agent {
  const connect = buildConnector({ timeout: timeouts.connectTimeoutMs });
  return new Agent({
    connect: (options, callback) => connect({ ...options, hostname: address }, callback),
    headersTimeout: timeouts.totalTimeoutMs,
    bodyTimeout: timeouts.totalTimeoutMs,
    connections: 1,
  });
}
