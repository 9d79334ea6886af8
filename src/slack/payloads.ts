import { z } from 'zod';

/**
 * The parts of Slack's payloads the bot relies on, validated before use: a payload missing them is logged and
 * dropped instead of producing a job that cannot be answered.
 */

const id = z.string().regex(/^[A-Z0-9]+$/);
const ts = z.string().regex(/^\d+\.\d+$/);

export const SlashCommandSchema = z.object({
  command: z.string(),
  text: z.string().default(''),
  team_id: id,
  channel_id: id,
  user_id: id,
  trigger_id: z.string().min(1),
  response_url: z.url({ protocol: /^https?$/ }),
});

export const AppMentionEnvelopeSchema = z.object({
  event_id: z.string().min(1),
  team_id: id,
  event: z.object({
    type: z.literal('app_mention'),
    text: z.string().default(''),
    channel: id,
    ts,
    thread_ts: ts.optional(),
    user: id.optional(),
    bot_id: z.string().optional(),
    subtype: z.string().optional(),
  }),
});

export const MessageShortcutSchema = z
  .object({
  type: z.literal('message_action'),
  callback_id: z.string(),
  trigger_id: z.string().min(1),
  response_url: z.url({ protocol: /^https?$/ }),
  user: z.object({ id, team_id: id.optional() }),
  channel: z.object({ id }),
  team: z.object({ id }).nullable(),
  message: z.object({
    ts,
    thread_ts: ts.optional(),
    text: z.string().default(''),
  }),
  })
  // Org-wide (Enterprise Grid) installs send `team: null`; the user's own team is the workspace then.
  .transform((payload, ctx) => {
    const teamId = payload.team?.id ?? payload.user.team_id;
    if (teamId === undefined) {
      ctx.addIssue({ code: 'custom', message: 'no team id', path: ['team'] });
      return z.NEVER;
    }
    return { ...payload, teamId };
  });

export type SlashCommandPayload = z.infer<typeof SlashCommandSchema>;
export type AppMentionEnvelope = z.infer<typeof AppMentionEnvelopeSchema>;
export type MessageShortcutPayload = z.infer<typeof MessageShortcutSchema>;
