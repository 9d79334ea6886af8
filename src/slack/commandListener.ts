import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { renderQueuedWithoutWorkers, renderRefusal, renderTryAgain, renderUsage } from './render/requestMessages';
import { SlashCommandSchema } from './payloads';
import { parseCommandText } from './requestParsing';
import { enqueueAll, type SlackListenerDeps } from './listenerDeps';

export const SUMMARIZE_COMMAND = '/summarize';

/**
 * `/summarize …`: help and refusals are answered in the ack itself (only the user sees them); a valid request is
 * acked empty at once, then queued. The worker posts the visible placeholder and the summary; when no worker is
 * alive the user is told (only they see it) that the request waits in the queue.
 */
export function commandListener(deps: SlackListenerDeps) {
  return async ({ command, ack, respond }: SlackCommandMiddlewareArgs & AllMiddlewareArgs): Promise<void> => {
    const parsed = SlashCommandSchema.safeParse(command);
    if (!parsed.success) {
      await ack();
      deps.metrics.recordRequest('command', 'invalid');
      deps.logger.warn({ issues: parsed.error.issues }, 'slash command payload rejected');
      return;
    }
    const payload = parsed.data;
    const intent = parseCommandText(payload.text, deps.limits);
    if (intent.kind === 'help') {
      await ack({ response_type: 'ephemeral', ...renderUsage() });
      deps.metrics.recordRequest('command', 'help');
      return;
    }
    if (intent.kind === 'refuse') {
      await ack({ response_type: 'ephemeral', ...renderRefusal(intent.reason) });
      deps.metrics.recordRequest('command', 'refused');
      return;
    }

    await ack();
    const request = { kind: 'command' as const, id: payload.trigger_id, receivedAt: new Date().toISOString() };
    const slack = {
      teamId: payload.team_id,
      channelId: payload.channel_id,
      userId: payload.user_id,
      threadTs: null,
      responseUrl: payload.response_url,
    };
    const { failed } = await enqueueAll(deps, [{ version: 1, request, source: intent.source, slack }]);
    if (failed === 0) {
      deps.metrics.recordRequest('command', 'queued');
      if (!(await deps.workersAvailable())) {
        await respond({ response_type: 'ephemeral', ...renderQueuedWithoutWorkers() }).catch((error: unknown) =>
          deps.logger.error({ err: error }, 'could not tell the user the request will wait'),
        );
      }
      return;
    }
    deps.metrics.recordRequest('command', 'enqueue_failed');
    await respond({ response_type: 'ephemeral', ...renderTryAgain() }).catch((error: unknown) =>
      deps.logger.error({ err: error }, 'could not tell the user to try again'),
    );
  };
}
