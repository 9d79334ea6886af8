import { performance } from 'node:perf_hooks';
import { Pool } from 'undici';

export interface LoadRequest {
  path: string;
  headers: Record<string, string>;
  body: string;
}

export interface LoadResult {
  requests: number;
  errors: number;
  nonOk: number;
  requestsPerSecond: number;
  /** Milliseconds, sorted ascending. */
  latencies: number[];
}

/**
 * Closed-loop load: `connections` clients each send the next request as soon as the previous answer arrives,
 * for `durationMs`. The same generator measures every server in a run, so their figures compare.
 */
export async function runClosedLoop(options: {
  origin: string;
  connections: number;
  durationMs: number;
  next: () => LoadRequest;
}): Promise<LoadResult> {
  const pool = new Pool(options.origin, { connections: options.connections, pipelining: 1 });
  const latencies: number[] = [];
  let errors = 0;
  let nonOk = 0;
  const started = performance.now();
  const deadline = started + options.durationMs;
  const client = async () => {
    while (performance.now() < deadline) {
      const request = options.next();
      const sent = performance.now();
      try {
        const response = await pool.request({ path: request.path, method: 'POST', headers: request.headers, body: request.body });
        await response.body.dump();
        latencies.push(performance.now() - sent);
        if (response.statusCode !== 200) nonOk += 1;
      } catch {
        errors += 1;
      }
    }
  };
  await Promise.all(Array.from({ length: options.connections }, client));
  const elapsed = performance.now() - started;
  await pool.close();
  latencies.sort((a, b) => a - b);
  return { requests: latencies.length, errors, nonOk, requestsPerSecond: (latencies.length / elapsed) * 1000, latencies };
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}
