import type { AllMiddlewareArgs, SlackShortcutMiddlewareArgs } from '@slack/bolt';
import type { SummaryJobInput } from '../queue/summaryJob';
import { NOTHING_TO_SUMMARIZE, renderQueuedWithoutWorkers, renderRefusal, renderRefusedLinks, renderTryAgain } from './render/requestMessages';
import { MessageShortcutSchema } from './payloads';
import { parseMessageText } from './requestParsing';
import { enqueueAll, type SlackListenerDeps } from './listenerDeps';

export const SUMMARIZE_SHORTCUT_CALLBACK_ID = 'summarize_message';

/** The "Summarize" message shortcut: the message's links (or its text) are summarized in the message's thread. */
export function shortcutListener(deps: SlackListenerDeps) {
  return async ({ shortcut, ack, respond }: SlackShortcutMiddlewareArgs & AllMiddlewareArgs): Promise<void> => {
    await ack();
    const parsed = MessageShortcutSchema.safeParse(shortcut);
    if (!parsed.success) {
      deps.metrics.recordRequest('shortcut', 'invalid');
      deps.logger.warn({ issues: parsed.error.issues }, 'message shortcut payload rejected');
      return;
    }
    const payload = parsed.data;
    const ephemeral = (message: { text: string }) =>
      respond({ response_type: 'ephemeral', ...message }).catch((error: unknown) =>
        deps.logger.error({ err: error }, 'could not answer the shortcut'),
      );

    const intent = parseMessageText(payload.message.text, deps.limits, { acceptText: true });
    if (intent.kind !== 'summarize') {
      deps.metrics.recordRequest('shortcut', 'refused');
      await ephemeral(renderRefusal(intent.kind === 'refuse' ? intent.reason : NOTHING_TO_SUMMARIZE));
      return;
    }

    const request = { kind: 'shortcut' as const, id: payload.trigger_id, receivedAt: new Date().toISOString() };
    const slack = {
      teamId: payload.teamId,
      channelId: payload.channel.id,
      userId: payload.user.id,
      threadTs: payload.message.thread_ts ?? payload.message.ts,
      responseUrl: payload.response_url,
    };
    const inputs: SummaryJobInput[] = intent.sources.map((source) => ({ version: 1, request, source, slack }));
    const { queued, failed } = await enqueueAll(deps, inputs);
    if (queued > 0) {
      deps.metrics.recordRequest('shortcut', 'queued', queued);
      if (!(await deps.workersAvailable())) await ephemeral(renderQueuedWithoutWorkers());
    }
    if (intent.refused.length > 0 || intent.ignoredLinks > 0) {
      deps.metrics.recordRequest('shortcut', 'refused', intent.refused.length);
      await ephemeral(renderRefusedLinks(intent.refused, intent.ignoredLinks, deps.limits.maxLinks));
    }
    if (failed > 0) {
      deps.metrics.recordRequest('shortcut', 'enqueue_failed', failed);
      await ephemeral(renderTryAgain());
    }
  };
}
