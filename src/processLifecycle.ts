import { ConfigError } from './config';
import type { Logger } from './logger';

/**
 * Runs a long-lived process: a configuration problem is printed as one line per variable and exits 1;
 * SIGTERM/SIGINT trigger `stop` once, and a second signal forces the exit.
 */
export async function runService(start: () => Promise<{ logger: Logger; stop: () => Promise<void> }>): Promise<void> {
  let service: { logger: Logger; stop: () => Promise<void> };
  try {
    service = await start();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\nSee .env.example for every variable.\n`);
      process.exit(1);
    }
    throw error;
  }
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) {
      service.logger.warn({ signal }, 'second signal: exiting now');
      process.exit(1);
    }
    stopping = true;
    service.logger.info({ signal }, 'shutting down');
    service
      .stop()
      .then(() => process.exit(0))
      .catch((error: unknown) => {
        service.logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      });
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
}
