import { ADMIN_TOKEN, TestStack } from '../support/testStack';

/**
 * The admin surface answers only to the admin token: everything but the liveness and readiness probes is refused
 * with a bare 401 (no body, no hint), however the path is spelled and whichever method is used.
 */

const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
const basic = (user: string, password: string) => ({ Authorization: `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}` });

/** Credentials that must not open anything. */
const WRONG_CREDENTIALS: Array<[string, Record<string, string>]> = [
  ['no credentials', {}],
  ['a wrong bearer token', bearer('wrong-token')],
  ['the token with one character changed', bearer(`${ADMIN_TOKEN.slice(0, -1)}X`)],
  ['a prefix of the token', bearer(ADMIN_TOKEN.slice(0, 8))],
  ['the token followed by more', bearer(`${ADMIN_TOKEN}x`)],
  ['the token in another case', bearer(ADMIN_TOKEN.toUpperCase())],
  ['an empty bearer token', { Authorization: 'Bearer ' }],
  ['the token without a scheme', { Authorization: ADMIN_TOKEN }],
  ['the token as the Basic user name', basic(ADMIN_TOKEN, 'x')],
  ['Basic with a wrong password', basic('ops', 'wrong')],
  ['the token in another header', { 'X-Admin-Token': ADMIN_TOKEN, Cookie: `token=${ADMIN_TOKEN}` }],
];

/** Every admin route, spelled several ways; `?token=` in the query must not count as a credential either. */
const PROTECTED: Array<[method: string, path: string]> = [
  ['GET', '/admin/health'],
  ['GET', '/admin/health/'],
  ['GET', '/ADMIN/Health'],
  ['GET', '/admin//health'],
  ['GET', `/admin/health?token=${ADMIN_TOKEN}`],
  ['HEAD', '/admin/health'],
  ['GET', '/admin/queues'],
  ['GET', '/admin/queues/api/queues'],
  ['GET', '/admin/queues/api/queues/summaries/failed'],
  ['PUT', '/admin/queues/api/queues/summaries/retry/failed'],
  ['PUT', '/admin/queues/api/queues/summaries/clean/completed'],
  ['PUT', '/admin/queues/api/queues/summaries/pause'],
  ['PUT', '/admin/queues/api/queues/summaries/empty'],
  ['GET', '/admin/anything-else'],
  ['POST', '/admin/health'],
  ['GET', '/metrics'],
  ['GET', `/metrics?token=${ADMIN_TOKEN}`],
];

describe('admin surface: the token or nothing', () => {
  let stack: TestStack;

  beforeAll(async () => {
    stack = await TestStack.start({ engine: 'offline' });
  });
  afterAll(() => stack.stop());

  const call = (method: string, path: string, headers: Record<string, string>, base = stack.webUrl) => fetch(`${base}${path}`, { method, headers });

  it.each(PROTECTED)('%s %s: a bare 401 for every wrong credential', async (method, path) => {
    for (const [credentials, headers] of WRONG_CREDENTIALS) {
      const response = await call(method, path, headers);
      const answer = { credentials, status: response.status, body: await response.text(), poweredBy: response.headers.get('x-powered-by') };
      expect(answer).toEqual({ credentials, status: 401, body: '', poweredBy: null });
    }
  });

  it.each([
    ['/admin/health', 200],
    ['/admin/queues', 200],
    ['/admin/queues/api/queues', 200],
    ['/metrics', 200],
  ])('GET %s with the token answers %i (the routes exist: the 401s are the token)', async (path, status) => {
    expect((await call('GET', path, bearer(ADMIN_TOKEN))).status).toBe(status);
  });

  it('keeps the queue dashboard read-only even with the token: retry, clean, pause and empty are refused', async () => {
    const before = await stack.web.queue.getJobCounts('completed', 'failed');
    for (const [, path] of PROTECTED.filter(([method]) => method === 'PUT')) {
      const response = await call('PUT', path, bearer(ADMIN_TOKEN));
      expect({ path, status: response.status, body: await response.json() }).toEqual({ path, status: 405, body: { error: { key: 'ERRORS.QUEUE_READ_ONLY' } } });
    }
    expect(await stack.web.queue.isPaused()).toBe(false);
    expect(await stack.web.queue.getJobCounts('completed', 'failed')).toEqual(before);
  });

  it('leaves only the probes open, and they tell nothing secret', async () => {
    const healthz = await call('GET', '/healthz', {});
    const readyz = await call('GET', '/readyz', {});
    expect([healthz.status, readyz.status]).toEqual([200, 200]);
    const bodies = `${await healthz.text()}${await readyz.text()}`;
    expect(bodies).not.toMatch(/redis:\/\/|127\.0\.0\.1|SECRET|xox/);
  });

  it("protects the worker's /metrics the same way, and leaves its /healthz open", async () => {
    const workerUrl = `http://127.0.0.1:${stack.workerPorts[0]}`;
    for (const [, headers] of WRONG_CREDENTIALS) {
      const response = await call('GET', '/metrics', headers, workerUrl);
      expect(response.status).toBe(401);
      expect(await response.text()).toBe('');
    }
    expect((await call('GET', '/metrics', bearer(ADMIN_TOKEN), workerUrl)).status).toBe(200);
    expect((await call('GET', '/healthz', {}, workerUrl)).status).toBe(200);
  });
});
