import { Agent, buildConnector } from 'undici';

export interface PinnedAgentTimeouts {
  connectTimeoutMs: number;
  totalTimeoutMs: number;
}

/**
 * An undici Agent whose every connection goes to `address`, the one resolveHost checked, whatever the URL's host
 * name would resolve to now: DNS rebinding between check and connect cannot redirect it.
 *
 * Only the TCP destination changes: undici still derives the Host header and the TLS SNI / certificate name from the
 * URL's host, so https works as for any client.
 */
function createPinnedAgent(address: string, timeouts: PinnedAgentTimeouts): Agent {
  const connect = buildConnector({ timeout: timeouts.connectTimeoutMs });
  return new Agent({
    connect: (options, callback) => connect({ ...options, hostname: address }, callback),
    headersTimeout: timeouts.totalTimeoutMs,
    bodyTimeout: timeouts.totalTimeoutMs,
    connections: 4,
    keepAliveTimeout: 4_000,
  });
}

/** Agents kept for reuse; the least recently used is closed beyond this. */
const MAX_POOLED_AGENTS = 64;

/**
 * Reuses pinned agents (and their keep-alive connections) per checked address, so fetching from the same site again
 * skips the TCP and TLS handshakes. The key holds the address itself: a connection is only ever reused for a request
 * pinned to the same, already-checked address.
 */
class PinnedAgentPool {
  private readonly agents = new Map<string, Agent>();

  get(address: string, timeouts: PinnedAgentTimeouts): Agent {
    const key = `${address}|${timeouts.connectTimeoutMs}|${timeouts.totalTimeoutMs}`;
    const existing = this.agents.get(key);
    if (existing && !existing.destroyed && !existing.closed) {
      this.agents.delete(key);
      this.agents.set(key, existing);
      return existing;
    }
    const agent = createPinnedAgent(address, timeouts);
    this.agents.set(key, agent);
    while (this.agents.size > MAX_POOLED_AGENTS) {
      const [oldestKey, oldest] = this.agents.entries().next().value as [string, Agent];
      this.agents.delete(oldestKey);
      void oldest.close().catch(() => undefined);
    }
    return agent;
  }
}

export const pinnedAgents = new PinnedAgentPool();
