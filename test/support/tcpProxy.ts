import { once } from 'node:events';
import { connect, createServer, type Server, type Socket } from 'node:net';

/**
 * A TCP proxy between a client and a server (here: one process and its Redis) that can lose replies and cut
 * connections, to reproduce what a crash between "the server did it" and "the client heard it" looks like.
 */
export class TcpProxy {
  private readonly connections = new Set<Socket>();
  private server: Server | undefined;
  private swallowing = false;
  private refusing = false;
  port = 0;

  constructor(
    private readonly targetHost: string,
    private readonly targetPort: number,
  ) {}

  async start(): Promise<this> {
    this.server = createServer((client) => this.accept(client));
    this.server.listen(0, '127.0.0.1');
    await once(this.server, 'listening');
    this.port = (this.server.address() as { port: number }).port;
    return this;
  }

  /** From now on, requests still reach the server but nothing it answers reaches the clients. */
  swallowReplies(): void {
    this.swallowing = true;
  }

  /** Cuts every open connection and refuses new ones until `acceptAgain()`, as a dead server would. */
  cutAndRefuse(): void {
    this.refusing = true;
    for (const socket of this.connections) socket.destroy();
    this.connections.clear();
  }

  /** Back to a transparent proxy. */
  acceptAgain(): void {
    this.refusing = false;
    this.swallowing = false;
  }

  async stop(): Promise<void> {
    this.cutAndRefuse();
    const server = this.server;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  private accept(client: Socket): void {
    if (this.refusing) {
      client.destroy();
      return;
    }
    const upstream = connect(this.targetPort, this.targetHost);
    for (const socket of [client, upstream]) {
      this.connections.add(socket);
      socket.on('error', () => undefined); // a cut connection is the point of this proxy
      socket.on('close', () => {
        this.connections.delete(socket);
        client.destroy();
        upstream.destroy();
      });
    }
    client.on('data', (chunk) => upstream.write(chunk));
    upstream.on('data', (chunk) => {
      if (!this.swallowing) client.write(chunk);
    });
  }
}
