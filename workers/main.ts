import { loadDotEnvFile, loadWorkerConfig } from '../src/config';
import { createLogger } from '../src/logger';
import { runService } from '../src/processLifecycle';
import { createPipelineDeps } from '../src/summarize/pipelineDeps';
import { WorkerProcess } from './workerProcess';

void runService(async () => {
  loadDotEnvFile();
  const config = loadWorkerConfig();
  const logger = createLogger({ name: 'newsbot-worker', ...config.logging });
  const worker = new WorkerProcess({ config, logger, pipeline: createPipelineDeps(config) });
  await worker.start();
  return { logger, stop: () => worker.stop() };
});
