/**
 * A real worker process for fault tests (kill -9, SIGTERM): the production WorkerProcess, configured from the
 * environment like `workers/main.ts`, plus the test-only allowance to fetch pages from the local test server.
 */
import { loadWorkerConfig } from '../../src/config';
import { createLogger } from '../../src/logger';
import { runService } from '../../src/processLifecycle';
import { createPipelineDeps } from '../../src/summarize/pipelineDeps';
import { WorkerProcess } from '../../workers/workerProcess';

void runService(async () => {
  const config = loadWorkerConfig();
  const logger = createLogger({ name: 'newsbot-worker', ...config.logging });
  const worker = new WorkerProcess({
    config,
    logger,
    pipeline: createPipelineDeps(config, { allowPrivateAddressesForTests: ['127.0.0.1'] }),
  });
  const port = await worker.start();
  process.stdout.write(`${JSON.stringify({ ready: true, metricsPort: port })}\n`);
  return { logger, stop: () => worker.stop() };
});
