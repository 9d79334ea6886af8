import type { Job } from 'bullmq';
import type { Delivery, SummaryJobData } from '../src/queue/summaryJob';
import type { DeliveryState } from './slackDelivery';

/** Keeps the job's data and its copy in Redis in step: every Slack write is recorded before the next one. */
export class JobDeliveryState implements DeliveryState {
  constructor(
    private readonly job: Job<SummaryJobData>,
    public data: SummaryJobData,
  ) {}

  async save(delivery: Delivery): Promise<void> {
    this.data = { ...this.data, delivery };
    await this.job.updateData(this.data);
  }
}
