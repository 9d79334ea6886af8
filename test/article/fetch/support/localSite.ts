import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { defaultSafeFetchOptions, type HostResolver, type SafeFetchOptions } from '../../../../src/article/fetch';

export type Handler = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

/**
 * A local web server that records what reached it: TCP connections, request paths and headers, and whether the
 * client hung up before a response finished.
 */
export class LocalSite {
  connections = 0;
  readonly requests: IncomingMessage[] = [];
  private readonly routes = new Map<string, Handler>();
  private readonly sockets = new Set<Socket>();
  private server: Server | undefined;
  port = 0;

  constructor(readonly host = '127.0.0.1') {}

  /** Listens on `port` (0: any free port). */
  async start(port = 0): Promise<this> {
    this.server = createServer((req, res) => {
      this.requests.push(req);
      const handler = this.routes.get(new URL(req.url ?? '/', 'http://x').pathname);
      if (!handler) {
        res.writeHead(404, { 'content-type': 'text/html' }).end('<p>Not found</p>');
        return;
      }
      Promise.resolve(handler(req, res)).catch(() => res.destroy());
    });
    this.server.on('connection', (socket: Socket) => {
      this.connections++;
      this.sockets.add(socket);
      socket.once('close', () => this.sockets.delete(socket));
    });
    this.server.listen(port, this.host);
    await once(this.server, 'listening');
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  route(path: string, handler: Handler): this {
    this.routes.set(path, handler);
    return this;
  }

  page(path: string, body: string | Buffer, headers: Record<string, string> = { 'content-type': 'text/html; charset=utf-8' }, status = 200): this {
    return this.route(path, (_req, res) => {
      res.writeHead(status, headers).end(body);
    });
  }

  /** URL of `path` under a host name the test resolver maps to this server. */
  url(path: string, hostname = 'news.test'): string {
    return `http://${hostname}:${this.port}${path}`;
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

/** A DNS server under the test's control: fixed answers per name, every question recorded. */
export function fakeDns(answers: Record<string, string[] | (() => string[])>): HostResolver & { questions: string[] } {
  const questions: string[] = [];
  const resolver = async (hostname: string) => {
    questions.push(hostname);
    const answer = answers[hostname];
    if (answer === undefined) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' });
    const addresses = typeof answer === 'function' ? answer() : answer;
    return addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
  };
  return Object.assign(resolver, { questions });
}

/** Options for fetching from local test servers: `news.test` → 127.0.0.1, which the test-only allowance admits. */
export function localFetchOptions(ports: number[], overrides: Partial<SafeFetchOptions> = {}): SafeFetchOptions {
  return {
    ...defaultSafeFetchOptions(),
    resolver: fakeDns({ 'news.test': ['127.0.0.1'] }),
    allowPrivateAddresses: ['127.0.0.1'],
    allowedPorts: ports,
    connectTimeoutMs: 1_000,
    totalTimeoutMs: 3_000,
    maxRetryAfterMs: 0,
    ...overrides,
  };
}

/** Resolves to the error a promise rejects with; fails the test if it resolves. */
export async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the promise to reject, but it resolved');
}
