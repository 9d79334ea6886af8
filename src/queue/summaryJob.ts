import { z } from 'zod';

/**
 * The contract between the web process (producer) and the workers (consumers). Both sides validate with these
 * schemas: a job written by an older or newer deploy, or by hand, is refused loudly rather than half-processed.
 */

export const SUMMARY_QUEUE_NAME = 'summaries';

const slackId = z.string().regex(/^[A-Z0-9]+$/, 'must be a Slack id');
const slackTs = z.string().regex(/^\d+\.\d+$/, 'must be a Slack message ts');

const SummarySourceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('url'), url: z.url({ protocol: /^https?$/ }) }),
  z.object({ kind: z.literal('text'), text: z.string().min(1) }),
]);

const SlackTargetSchema = z.object({
  teamId: slackId,
  channelId: slackId,
  /** Who asked: shown in the placeholder and the summary footer. */
  userId: slackId,
  /** Thread to reply in; null posts at the top level of the channel (slash commands cannot run in threads). */
  threadTs: slackTs.nullable(),
  /** A slash command's or shortcut's response_url: the way to answer where the bot cannot post. */
  responseUrl: z.url({ protocol: /^https?$/ }).nullable(),
});

const RequestKindSchema = z.enum(['command', 'mention', 'shortcut']);

export const SummaryJobDataSchema = z.object({
  version: z.literal(1),
  request: z.object({
    kind: RequestKindSchema,
    /** Slack's id for the delivery (event_id or trigger_id): the job id is derived from it. */
    id: z.string().min(1),
    receivedAt: z.iso.datetime(),
  }),
  source: SummarySourceSchema,
  slack: SlackTargetSchema,
  /**
   * Where this job has already written in Slack. The worker records it before doing slow work, so that an attempt
   * retried after a crash edits the same message instead of posting a second one.
   */
  delivery: z
    .object({
      placeholderTs: slackTs.nullable(),
      /** True once Slack refused the channel and the response_url is the only way to answer. */
      viaResponseUrl: z.boolean(),
      /** True once the final message (summary or error) is in Slack. */
      done: z.boolean(),
    })
    .default({ placeholderTs: null, viaResponseUrl: false, done: false }),
});

export type SummarySource = z.infer<typeof SummarySourceSchema>;
export type RequestKind = z.infer<typeof RequestKindSchema>;
export type SummaryJobData = z.infer<typeof SummaryJobDataSchema>;
export type SummaryJobInput = z.input<typeof SummaryJobDataSchema>;
export type Delivery = SummaryJobData['delivery'];

/**
 * A job id derived from the Slack delivery, so a retried delivery (Slack retries events; clients resend commands)
 * maps onto the job that already exists instead of creating a second one. BullMQ ids must not contain ":".
 */
export function summaryJobId(request: { kind: RequestKind; id: string }, itemIndex = 0): string {
  const safeId = request.id.replace(/[^A-Za-z0-9._-]/g, '_');
  return `${request.kind}-${safeId}-${itemIndex}`;
}
