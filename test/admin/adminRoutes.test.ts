import { ADMIN_TOKEN, TestStack } from '../support/testStack';

const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
const basic = (password: string) => ({ Authorization: `Basic ${Buffer.from(`ops:${password}`).toString('base64')}` });

describe('admin surface of the web process', () => {
  let stack: TestStack;

  beforeAll(async () => {
    stack = await TestStack.start({ engine: 'offline', workers: 0 });
  });
  afterAll(() => stack.stop());

  const get = (path: string, headers: Record<string, string> = {}) => fetch(`${stack.webUrl}${path}`, { headers });

  it('serves liveness and readiness without a token', async () => {
    expect((await get('/healthz')).status).toBe(200);
    const ready = await get('/readyz');
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ready', redis: { ok: true } });
  });

  it.each(['/admin/health', '/admin/queues', '/metrics'])('answers %s with a bare 401 without the right token', async (path) => {
    for (const headers of [{}, bearer('wrong-token'), basic('wrong-token'), { Authorization: ADMIN_TOKEN }]) {
      const response = await get(path, headers);
      expect(response.status).toBe(401);
      expect(await response.text()).toBe('');
    }
  });

  it('reports health with the token: degraded while no worker is alive, with the reason', async () => {
    const response = await get('/admin/health', bearer(ADMIN_TOKEN));
    expect(response.status).toBe(200);
    const report = (await response.json()) as Record<string, unknown>;
    expect(report).toMatchObject({
      status: 'degraded',
      reasons: [expect.stringContaining('no live worker')],
      redis: { reachable: true },
      queue: { counts: { waiting: expect.any(Number), active: 0, delayed: 0, failed: 0, completed: expect.any(Number) } },
      workers: [],
      lastHour: { completed: expect.any(Number), failed: expect.any(Number), topFailureReasons: [] },
      summarizer: { engine: 'offline', model: null },
      version: expect.any(String),
      uptimeSeconds: expect.any(Number),
    });
  });

  it('serves Prometheus metrics with the token', async () => {
    const response = await get('/metrics', bearer(ADMIN_TOKEN));
    expect(response.status).toBe(200);
    const body = await response.text();
    expect(body).toContain('newsbot_slack_requests_total');
    expect(body).toContain('process_cpu_user_seconds_total');
  });

  it('serves the queue dashboard to a browser using Basic auth with the token', async () => {
    const response = await get('/admin/queues', basic(ADMIN_TOKEN));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/html');
  });

  it('asks browsers for credentials on a 401', async () => {
    expect((await get('/admin/queues')).headers.get('www-authenticate')).toContain('Basic');
  });

  it('serves the dashboard read-only by default', async () => {
    const { queues } = (await (await get('/admin/queues/api/queues', bearer(ADMIN_TOKEN))).json()) as { queues: Array<{ readOnlyMode: boolean }> };
    expect(queues).toEqual([expect.objectContaining({ readOnlyMode: true })]);
    expect((await fetch(`${stack.webUrl}/admin/queues/api/queues/summaries/pause`, { method: 'PUT', headers: bearer(ADMIN_TOKEN) })).status).toBe(405);
    expect(await stack.web.queue.isPaused()).toBe(false);
  });
});

describe('queue dashboard with BULL_BOARD_READ_ONLY=false', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await TestStack.start({ engine: 'offline', workers: 0, env: { BULL_BOARD_READ_ONLY: 'false' } });
  });
  afterAll(() => stack.stop());

  it('lets an operator who opted in act on the queue, still only with the token', async () => {
    const pause = (headers: Record<string, string>) => fetch(`${stack.webUrl}/admin/queues/api/queues/summaries/pause`, { method: 'PUT', headers });
    expect((await pause({})).status).toBe(401);
    expect(await stack.web.queue.isPaused()).toBe(false);
    const { queues } = (await (await fetch(`${stack.webUrl}/admin/queues/api/queues`, { headers: bearer(ADMIN_TOKEN) })).json()) as { queues: Array<{ readOnlyMode: boolean }> };
    expect(queues).toEqual([expect.objectContaining({ readOnlyMode: false })]);
    expect((await pause(bearer(ADMIN_TOKEN))).status).toBe(200);
    expect(await stack.web.queue.isPaused()).toBe(true);
  });
});

describe('admin surface without ADMIN_TOKEN', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await TestStack.start({ engine: 'offline', workers: 1, env: { ADMIN_TOKEN: '' } });
  });
  afterAll(() => stack.stop());

  it('is disabled, not open', async () => {
    for (const path of ['/admin/health', '/admin/queues', '/metrics']) {
      expect((await fetch(`${stack.webUrl}${path}`)).status).toBe(404);
      expect((await fetch(`${stack.webUrl}${path}`, { headers: bearer('') })).status).toBe(404);
    }
  });

  it("disables the worker's /metrics too, leaving its /healthz open", async () => {
    const workerUrl = `http://127.0.0.1:${stack.workerPorts[0]}`;
    for (const headers of [{}, bearer(''), bearer(ADMIN_TOKEN)]) expect((await fetch(`${workerUrl}/metrics`, { headers })).status).toBe(404);
    expect((await fetch(`${workerUrl}/healthz`)).status).toBe(200);
  });
});

describe('public metrics', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await TestStack.start({ engine: 'offline', workers: 1, env: { METRICS_PUBLIC: 'true' } });
  });
  afterAll(() => stack.stop());

  it('serves /metrics without a token when METRICS_PUBLIC is set, keeping the rest closed', async () => {
    expect((await fetch(`${stack.webUrl}/metrics`)).status).toBe(200);
    expect((await fetch(`${stack.webUrl}/admin/health`)).status).toBe(401);
  });

  it("serves the worker's /metrics without a token too", async () => {
    const response = await fetch(`http://127.0.0.1:${stack.workerPorts[0]}/metrics`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('newsbot_jobs_total');
  });
});

describe('health when Redis is unreachable', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await TestStack.start({ engine: 'offline', workers: 0 });
  });
  afterAll(() => stack.stop());

  it('is down with 503, and readiness fails, so load balancers stop sending traffic', async () => {
    await stack.redis.stopServer();
    const health = await fetch(`${stack.webUrl}/admin/health`, { headers: bearer(ADMIN_TOKEN) });
    expect(health.status).toBe(503);
    expect(await health.json()).toMatchObject({ status: 'down', redis: { reachable: false }, reasons: [expect.stringContaining('Redis')] });
    expect((await fetch(`${stack.webUrl}/readyz`)).status).toBe(503);
    await stack.redis.startServer();
  });
});
