import type { Logger } from '../logger';
import type { WebMetrics } from '../metrics/webMetrics';
import type { SummaryJobInput } from '../queue/summaryJob';
import type { ParsingLimits } from './requestParsing';

/** What the Slack listeners need from the rest of the web process; nothing here knows about Bolt. */
export interface SlackListenerDeps {
  logger: Logger;
  limits: ParsingLimits;
  metrics: WebMetrics;
  /** Puts one summary job on the queue; rejects when the queue cannot be reached in time. */
  enqueue(input: SummaryJobInput, itemIndex: number): Promise<void>;
  /**
   * True the first time it is called for a key (per day). Replies that are not jobs (help, refusals) use it so a
   * delivery Slack retries does not get the same reply twice; jobs are deduplicated by their id instead.
   */
  claimReply(key: string): Promise<boolean>;
  /** False when no worker is alive to take a job just queued: the user is told it will wait. */
  workersAvailable(): Promise<boolean>;
}

/** Enqueues each source; returns how many made it. Failures are logged here and answered by the caller. */
export async function enqueueAll(
  deps: SlackListenerDeps,
  inputs: SummaryJobInput[],
): Promise<{ queued: number; failed: number }> {
  const results = await Promise.allSettled(inputs.map((input, index) => deps.enqueue(input, index)));
  let failed = 0;
  for (const result of results) {
    if (result.status === 'rejected') {
      failed += 1;
      deps.logger.error({ err: result.reason }, 'could not enqueue a summary job');
    }
  }
  return { queued: inputs.length - failed, failed };
}
