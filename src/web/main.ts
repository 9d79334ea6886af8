import { loadDotEnvFile, loadWebConfig } from '../config';
import { createLogger } from '../logger';
import { runService } from '../processLifecycle';
import { WebServer } from './webServer';

void runService(async () => {
  loadDotEnvFile();
  const config = loadWebConfig();
  const logger = createLogger({ name: 'newsbot-web', ...config.logging });
  const server = new WebServer(config, logger);
  await server.start();
  return { logger, stop: () => server.stop() };
});
