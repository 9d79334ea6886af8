import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { RequestKind } from '../queue/summaryJob';

export type RequestOutcome = 'queued' | 'help' | 'refused' | 'enqueue_failed' | 'ignored' | 'invalid';

/** The web process's own metrics: what Slack asked for, how fast it was answered, and what could not be queued. */
export class WebMetrics {
  readonly registry = new Registry();
  private readonly requests: Counter<'kind' | 'outcome'>;
  private readonly ackLatency: Histogram;
  private readonly enqueueFailures: Counter;

  constructor() {
    collectDefaultMetrics({ register: this.registry });
    this.requests = new Counter({
      name: 'newsbot_slack_requests_total',
      help: 'Slack requests by kind (command, mention, shortcut) and outcome',
      labelNames: ['kind', 'outcome'],
      registers: [this.registry],
    });
    this.ackLatency = new Histogram({
      name: 'newsbot_slack_ack_seconds',
      help: 'Time from a Slack request arriving to the HTTP response (Slack allows 3 s)',
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 3],
      registers: [this.registry],
    });
    this.enqueueFailures = new Counter({
      name: 'newsbot_enqueue_failures_total',
      help: 'Requests that could not be put on the queue (the user was asked to try again)',
      registers: [this.registry],
    });
  }

  recordRequest(kind: RequestKind, outcome: RequestOutcome, count = 1): void {
    this.requests.inc({ kind, outcome }, count);
    if (outcome === 'enqueue_failed') this.enqueueFailures.inc(count);
  }

  observeAck(seconds: number): void {
    this.ackLatency.observe(seconds);
  }
}
