import { once } from 'node:events';
import { createServer, type AddressInfo, type Server, type Socket } from 'node:net';
import { FetchTimeoutError, safeFetch } from '../../../src/article/fetch';
import { localFetchOptions, rejectionOf } from './support/localSite';

/**
 * FETCH_CONNECT_TIMEOUT_MS bounds establishing a connection, TCP and TLS, separately from the whole fetch's deadline.
 *
 * A connection that is never established cannot be staged with an unroutable address here: this environment's
 * network accepts TCP to any address at once (10.255.255.1, TEST-NET …), and the kernel completes a local TCP
 * handshake whether or not the server accepts. So the server takes the TCP connection and never answers the TLS
 * ClientHello: the https connection is never established, which is the phase the connect timeout covers.
 */
describe('safeFetch: connect timeout', () => {
  let server: Server;
  let port: number;
  const sockets = new Set<Socket>();
  let received = 0;

  beforeAll(async () => {
    server = createServer((socket) => {
      sockets.add(socket);
      socket.on('data', (chunk: Buffer) => (received += chunk.length));
      socket.on('error', () => undefined);
      socket.once('close', () => sockets.delete(socket));
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    port = (server.address() as AddressInfo).port;
  });

  afterAll(async () => {
    for (const socket of sockets) socket.destroy();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it('gives up on a connection that is never established after connectTimeoutMs, long before the deadline', async () => {
    const started = performance.now();
    const error = await rejectionOf(
      safeFetch(`https://news.test:${port}/story`, localFetchOptions([port], { connectTimeoutMs: 200, totalTimeoutMs: 10_000 })),
    );
    const elapsed = performance.now() - started;

    expect(error).toBeInstanceOf(FetchTimeoutError);
    expect(error).toMatchObject({
      code: 'fetch_timeout',
      retryable: true,
      userMessage: 'The website took too long to answer. Try again in a minute.',
      // The connector's own timeout, not the fetch deadline ("no complete response within …").
      message: 'UND_ERR_CONNECT_TIMEOUT',
    });
    expect(received).toBeGreaterThan(0); // the TLS ClientHello reached the server and was left unanswered
    // undici runs connect timeouts on its coarse "fast timers" (ticks of about 0.5 s), so 200 ms shows as up to ~1 s.
    expect(elapsed).toBeGreaterThanOrEqual(190);
    expect(elapsed).toBeLessThan(5_000);
  });
});
