import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import type { SummaryJobInput } from '../queue/summaryJob';
import type { SlackMessage } from './render/blockKit';
import { renderMentionHelp, renderQueuedWithoutWorkers, renderRefusal, renderRefusedLinks, renderTryAgain } from './render/requestMessages';
import { AppMentionEnvelopeSchema } from './payloads';
import { parseMessageText } from './requestParsing';
import { enqueueAll, type SlackListenerDeps } from './listenerDeps';

/**
 * How long a reply waits to be claimed. Redis can stall instead of refusing (a frozen server, a partition), and the
 * claim has no deadline of its own: past this the reply is sent unclaimed, since a repeat is better than silence.
 */
const CLAIM_TIMEOUT_MS = 1_000;

/**
 * `@newsbot <links>`: one job per link (up to the limit), each answered in the thread of the mention. Bolt has
 * already acked the event; replies that are not jobs are claimed per event so Slack's retries do not repeat them.
 */
export function mentionListener(deps: SlackListenerDeps) {
  return async ({ body, client }: SlackEventMiddlewareArgs<'app_mention'> & AllMiddlewareArgs): Promise<void> => {
    const parsed = AppMentionEnvelopeSchema.safeParse(body);
    if (!parsed.success) {
      deps.metrics.recordRequest('mention', 'invalid');
      deps.logger.warn({ issues: parsed.error.issues }, 'app_mention payload rejected');
      return;
    }
    const { event, event_id: eventId, team_id: teamId } = parsed.data;
    if (event.bot_id !== undefined || event.subtype === 'bot_message' || event.user === undefined) {
      deps.metrics.recordRequest('mention', 'ignored');
      return;
    }
    const threadTs = event.thread_ts ?? event.ts;
    const reply = async (key: string, message: SlackMessage) => {
      if (!(await claimWithin(deps.claimReply(`${eventId}:${key}`), CLAIM_TIMEOUT_MS))) return;
      await client.chat.postMessage({ channel: event.channel, thread_ts: threadTs, unfurl_links: false, unfurl_media: false, ...message });
    };

    const intent = parseMessageText(event.text, deps.limits, { acceptText: false });
    if (intent.kind === 'help') {
      deps.metrics.recordRequest('mention', 'help');
      await reply('help', renderMentionHelp());
      return;
    }
    if (intent.kind === 'refuse') {
      deps.metrics.recordRequest('mention', 'refused');
      await reply('refused', renderRefusal(intent.reason));
      return;
    }

    const request = { kind: 'mention' as const, id: eventId, receivedAt: new Date().toISOString() };
    const slack = { teamId, channelId: event.channel, userId: event.user, threadTs, responseUrl: null };
    const inputs: SummaryJobInput[] = intent.sources.map((source) => ({ version: 1, request, source, slack }));
    const { queued, failed } = await enqueueAll(deps, inputs);
    if (queued > 0) {
      deps.metrics.recordRequest('mention', 'queued', queued);
      // Only the requester needs to know, and the thread keeps one answer per link: an ephemeral note.
      if (!(await deps.workersAvailable()) && (await claimWithin(deps.claimReply(`${eventId}:queued-note`), CLAIM_TIMEOUT_MS))) {
        await client.chat.postEphemeral({ channel: event.channel, user: event.user, thread_ts: threadTs, ...renderQueuedWithoutWorkers() });
      }
    }
    if (intent.refused.length > 0 || intent.ignoredLinks > 0) {
      deps.metrics.recordRequest('mention', 'refused', intent.refused.length);
      await reply('refused', renderRefusedLinks(intent.refused, intent.ignoredLinks, deps.limits.maxLinks));
    }
    if (failed > 0) {
      deps.metrics.recordRequest('mention', 'enqueue_failed', failed);
      await reply('try-again', renderTryAgain());
    }
  };
}

/** The claim's answer, or true (reply anyway) when it does not come within `timeoutMs`. */
async function claimWithin(claim: Promise<boolean>, timeoutMs: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const unanswered = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(true), timeoutMs);
  });
  try {
    return await Promise.race([claim, unanswered]);
  } finally {
    clearTimeout(timer);
  }
}
