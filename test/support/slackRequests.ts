import { createHmac, randomBytes } from 'node:crypto';

/** Requests signed exactly as Slack signs them: v0 HMAC-SHA256 over `v0:<timestamp>:<raw body>`. */

export function slackSignature(secret: string, timestamp: number | string, body: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

export interface SignOptions {
  /** Seconds since the epoch; defaults to now. */
  timestamp?: number;
  /** Replaces the computed signature (for tampering tests); null omits the header. */
  signature?: string | null;
  headers?: Record<string, string>;
}

export async function postSigned(url: string, secret: string, body: string, contentType: string, options: SignOptions = {}): Promise<Response> {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const signature = options.signature === undefined ? slackSignature(secret, timestamp, body) : options.signature;
  return fetch(url, {
    method: 'POST',
    headers: {
      'Content-Type': contentType,
      'X-Slack-Request-Timestamp': String(timestamp),
      ...(signature === null ? {} : { 'X-Slack-Signature': signature }),
      ...options.headers,
    },
    body,
  });
}

export function uniqueId(prefix: string): string {
  return `${prefix}${randomBytes(6).toString('hex').toUpperCase()}`;
}

export interface SlashCommandFields {
  text: string;
  team_id?: string;
  channel_id?: string;
  user_id?: string;
  trigger_id?: string;
  response_url: string;
}

export function slashCommandBody(fields: SlashCommandFields): string {
  return new URLSearchParams({
    token: 'legacy-verification-token',
    team_id: fields.team_id ?? 'T0TEST',
    team_domain: 'test',
    channel_id: fields.channel_id ?? 'C0NEWS',
    channel_name: 'news',
    user_id: fields.user_id ?? 'U0ALICE',
    user_name: 'alice',
    command: '/summarize',
    text: fields.text,
    api_app_id: 'A0NEWSBOT',
    is_enterprise_install: 'false',
    response_url: fields.response_url,
    trigger_id: fields.trigger_id ?? `${Date.now()}.${uniqueId('')}`,
  }).toString();
}

export interface MentionFields {
  text: string;
  eventId?: string;
  channel?: string;
  user?: string;
  ts?: string;
  threadTs?: string;
  botId?: string;
}

export function mentionEnvelope(fields: MentionFields): Record<string, unknown> {
  const ts = fields.ts ?? `${Math.floor(Date.now() / 1000)}.${String(Math.floor(Math.random() * 1e6)).padStart(6, '0')}`;
  return {
    token: 'legacy-verification-token',
    team_id: 'T0TEST',
    api_app_id: 'A0NEWSBOT',
    type: 'event_callback',
    event_id: fields.eventId ?? uniqueId('Ev'),
    event_time: Math.floor(Date.now() / 1000),
    event: {
      type: 'app_mention',
      user: fields.user ?? 'U0ALICE',
      text: fields.text,
      ts,
      channel: fields.channel ?? 'C0NEWS',
      event_ts: ts,
      ...(fields.threadTs ? { thread_ts: fields.threadTs } : {}),
      ...(fields.botId ? { bot_id: fields.botId } : {}),
    },
    authorizations: [{ team_id: 'T0TEST', user_id: 'U0BOT', is_bot: true }],
  };
}

export function shortcutBody(payload: Record<string, unknown>): string {
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}

export function messageShortcutPayload(fields: { text: string; responseUrl: string; ts?: string; threadTs?: string }): Record<string, unknown> {
  const ts = fields.ts ?? '1700000100.000100';
  return {
    type: 'message_action',
    token: 'legacy-verification-token',
    action_ts: `${Date.now() / 1000}`,
    team: { id: 'T0TEST', domain: 'test' },
    user: { id: 'U0ALICE', name: 'alice', team_id: 'T0TEST' },
    channel: { id: 'C0NEWS', name: 'news' },
    callback_id: 'summarize_message',
    trigger_id: `${Date.now()}.${uniqueId('')}`,
    message_ts: ts,
    message: { type: 'message', user: 'U0BOB', ts, text: fields.text, ...(fields.threadTs ? { thread_ts: fields.threadTs } : {}) },
    response_url: fields.responseUrl,
  };
}
