import { WebAPIPlatformError, WebAPIRateLimitedError, type WebClient } from '@slack/web-api';
import type { Logger } from '../src/logger';
import type { Delivery, SummaryJobData } from '../src/queue/summaryJob';
import type { SlackMessage } from '../src/slack/render/blockKit';
import { renderPlaceholder } from '../src/slack/render/requestMessages';

/** Slack errors that mean "the bot cannot write in this conversation": the response_url is the way out. */
const CANNOT_POST_HERE = new Set([
  'not_in_channel',
  'channel_not_found',
  'is_archived',
  'restricted_action',
  'restricted_action_read_only_channel',
  'restricted_action_thread_only_channel',
  'restricted_action_non_threadable_channel',
  'team_access_not_granted',
  'ekm_access_denied',
]);
/** The message is too big or malformed for Slack: a compact rendering may still fit. */
const TOO_BIG = new Set(['msg_too_long', 'msg_blocks_too_long', 'invalid_blocks', 'too_many_attachments']);
/** The placeholder can no longer be edited: answer with a new message in the same place. */
const PLACEHOLDER_GONE = new Set(['message_not_found', 'cant_update_message', 'edit_window_closed']);

const RESPONSE_URL_TIMEOUT_MS = 10_000;

/** Slack asked us to slow down; the job is delayed by this much instead of retrying in a loop. */
export class SlackRateLimitedError extends Error {
  constructor(readonly retryAfterMs: number) {
    super(`Slack rate limit: retry after ${retryAfterMs} ms`);
    this.name = 'SlackRateLimitedError';
  }
}

/** Nowhere left to answer: the channel refused the bot and there is no response_url (or it expired). */
export class UndeliverableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'UndeliverableError';
  }
}

/** The delivery state of one job, persisted after every Slack write so a retried attempt never writes twice. */
export interface DeliveryState {
  readonly data: SummaryJobData;
  save(delivery: Delivery): Promise<void>;
}

export interface FinalMessage {
  full: SlackMessage;
  /** Tried when Slack refuses the full message as too long or malformed. */
  compact: SlackMessage;
}

const NO_UNFURL = { unfurl_links: false, unfurl_media: false } as const;

/**
 * Writes a job's messages to Slack: one placeholder, later replaced by the one final answer. All the ways Slack can
 * refuse are handled here, so the processor only sees "done", "wait and retry", or "impossible".
 * Each call takes the job's logger, so what is logged here carries the job id, team and channel.
 */
export class SlackDelivery {
  constructor(private readonly client: WebClient) {}

  /** Posts the "Summarizing…" placeholder, unless an earlier attempt already did (or must answer via response_url). */
  async ensurePlaceholder(state: DeliveryState, log: Logger): Promise<void> {
    const { data } = state;
    if (data.delivery.placeholderTs !== null || data.delivery.viaResponseUrl || data.delivery.done) return;
    const message = renderPlaceholder(data.source, data.slack.userId);
    try {
      const posted = await this.client.chat.postMessage({
        channel: data.slack.channelId,
        ...(data.slack.threadTs ? { thread_ts: data.slack.threadTs } : {}),
        ...message,
        ...NO_UNFURL,
      });
      await state.save({ ...data.delivery, placeholderTs: posted.ts ?? null });
    } catch (error) {
      const slackError = platformError(error);
      if (slackError && CANNOT_POST_HERE.has(slackError)) {
        if (!data.slack.responseUrl) throw cannotPostAnywhere(slackError, error);
        log.info({ stage: 'post', slackError }, 'bot cannot post in this channel; answering through response_url');
        await state.save({ ...data.delivery, viaResponseUrl: true });
        return;
      }
      throw translate(error);
    }
  }

  /** Replaces the placeholder with the final message (summary or error); afterwards the job is marked done. */
  async deliverFinal(state: DeliveryState, message: FinalMessage, log: Logger): Promise<void> {
    if (state.data.delivery.done) return;
    try {
      await this.write(state, message.full);
    } catch (error) {
      const slackError = platformError(error);
      if (!slackError || !TOO_BIG.has(slackError)) throw translate(error);
      log.warn({ stage: 'post', slackError }, 'Slack refused the full message; sending the compact one');
      await this.write(state, message.compact);
    }
    await state.save({ ...state.data.delivery, done: true });
  }

  private async write(state: DeliveryState, message: SlackMessage): Promise<void> {
    const { data } = state;
    if (data.delivery.viaResponseUrl) {
      await this.respond(data, message);
      return;
    }
    const placeholderTs = data.delivery.placeholderTs;
    try {
      if (placeholderTs !== null) {
        await this.client.chat.update({ channel: data.slack.channelId, ts: placeholderTs, ...message });
      } else {
        await this.client.chat.postMessage({
          channel: data.slack.channelId,
          ...(data.slack.threadTs ? { thread_ts: data.slack.threadTs } : {}),
          ...message,
          ...NO_UNFURL,
        });
      }
    } catch (error) {
      const slackError = platformError(error);
      if (slackError && placeholderTs !== null && PLACEHOLDER_GONE.has(slackError)) {
        await state.save({ ...data.delivery, placeholderTs: null });
        await this.write(state, message);
        return;
      }
      if (slackError && CANNOT_POST_HERE.has(slackError)) {
        if (!data.slack.responseUrl) throw cannotPostAnywhere(slackError, error);
        await state.save({ ...data.delivery, viaResponseUrl: true });
        await this.respond(state.data, message);
        return;
      }
      throw error;
    }
  }

  /** Answers through the command's response_url, visible to the channel like a normal reply would be. */
  private async respond(data: SummaryJobData, message: SlackMessage): Promise<void> {
    if (!data.slack.responseUrl) throw new UndeliverableError('the bot cannot post here and the request has no response_url');
    const response = await fetch(data.slack.responseUrl, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
      body: JSON.stringify({ response_type: 'in_channel', replace_original: false, ...message }),
      signal: AbortSignal.timeout(RESPONSE_URL_TIMEOUT_MS),
    });
    if (response.ok) return;
    const body = (await response.text().catch(() => '')).slice(0, 200);
    if (response.status >= 400 && response.status < 500 && response.status !== 429) {
      throw new UndeliverableError(`response_url refused the message (${response.status} ${body})`);
    }
    throw new Error(`response_url failed (${response.status} ${body})`);
  }
}

/** The channel refused the bot for good and a mention has no response_url: retrying cannot change that. */
function cannotPostAnywhere(slackError: string, cause: unknown): UndeliverableError {
  return new UndeliverableError(`the bot cannot post here (${slackError}) and the request has no response_url`, { cause });
}

function platformError(error: unknown): string | undefined {
  return error instanceof WebAPIPlatformError ? error.data.error : undefined;
}

function translate(error: unknown): unknown {
  if (error instanceof WebAPIRateLimitedError) return new SlackRateLimitedError(error.retryAfter * 1000);
  return error;
}
