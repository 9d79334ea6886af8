import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';

/**
 * A Redis that belongs to the test: its own `redis-server` on a free port, nothing persisted, killed afterwards.
 * Where the binary is missing, falls back to the machine's Redis on a database number of the test's choosing
 * (REDIS_TEST_URL, default redis://127.0.0.1:6379/15) and a unique key prefix, so nothing else is touched.
 */
export interface TestRedis {
  url: string;
  /** Key prefix unique to this test run; pass it as the queue prefix. */
  prefix: string;
  /** Stops the server (as a crash would) and starts it again on the same port after `downMs`. */
  restart(downMs: number): Promise<void>;
  stopServer(): Promise<void>;
  startServer(): Promise<void>;
  /** Freezes the server (SIGSTOP): connections stay open but nothing is answered, as in a stall or a partition. */
  freeze(): void;
  /** Lets a frozen server run again (SIGCONT); it then executes what it received meanwhile. */
  thaw(): void;
  close(): Promise<void>;
}

let counter = 0;

export function redisServerAvailable(): boolean {
  return spawnSync('redis-server', ['--version'], { stdio: 'ignore' }).status === 0;
}

export async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

export interface TestRedisOptions {
  /**
   * Keep data across `restart()`/`stopServer()` as production should (README: persistence on): an append-only file
   * synced on every write, in a temporary directory removed by `close()`. Off by default: nothing is written to disk.
   */
  persistent?: boolean;
}

export async function startTestRedis(options: TestRedisOptions = {}): Promise<TestRedis> {
  counter += 1;
  const prefix = `test-${process.pid}-${counter}-${Date.now().toString(36)}`;
  if (!redisServerAvailable()) {
    if (options.persistent) throw new Error('a persistent test Redis needs a redis-server binary');
    return sharedRedis(prefix);
  }

  const port = await freePort();
  const url = `redis://127.0.0.1:${port}`;
  const dataDir = options.persistent ? mkdtempSync(join(tmpdir(), 'newsbot-redis-')) : undefined;
  const persistence = dataDir ? ['--appendonly', 'yes', '--appendfsync', 'always', '--dir', dataDir] : ['--appendonly', 'no'];
  let child: ChildProcess | undefined;

  const startServer = async () => {
    child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', ...persistence, '--maxmemory-policy', 'noeviction'], {
      stdio: 'ignore',
    });
    await waitUntilAnswering(url);
  };
  const stopServer = async () => {
    if (!child || child.exitCode !== null) return;
    const exited = once(child, 'exit');
    child.kill('SIGKILL');
    await exited;
  };
  await startServer();
  return {
    url,
    prefix,
    startServer,
    stopServer,
    freeze: () => child?.kill('SIGSTOP'),
    thaw: () => child?.kill('SIGCONT'),
    restart: async (downMs) => {
      await stopServer();
      await new Promise((resolve) => setTimeout(resolve, downMs));
      await startServer();
    },
    close: async () => {
      await stopServer();
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function sharedRedis(prefix: string): Promise<TestRedis> {
  const url = process.env.REDIS_TEST_URL ?? 'redis://127.0.0.1:6379/15';
  const unsupported = async () => {
    throw new Error('restarting Redis needs a redis-server binary');
  };
  const unsupportedNow = () => {
    throw new Error('freezing Redis needs a redis-server binary');
  };
  return {
    url,
    prefix,
    restart: unsupported,
    stopServer: unsupported,
    startServer: unsupported,
    freeze: unsupportedNow,
    thaw: unsupportedNow,
    close: async () => {
      const client = new Redis(url);
      let cursor = '0';
      do {
        const [next, keys] = await client.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 500);
        if (keys.length > 0) await client.del(...keys);
        cursor = next;
      } while (cursor !== '0');
      client.disconnect();
    },
  };
}

async function waitUntilAnswering(url: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
    client.on('error', () => undefined); // connection refused while the server starts: expected, retried below
    try {
      await client.connect();
      await client.ping();
      await client.quit();
      return;
    } catch (error) {
      client.disconnect();
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}
