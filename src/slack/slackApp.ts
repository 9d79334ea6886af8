import { App, ExpressReceiver } from '@slack/bolt';
import type { WebClientOptions } from '@slack/web-api';
import type { Application } from 'express';
import type { Logger } from '../logger';
import { boltLogger } from './boltLogger';
import { SUMMARIZE_COMMAND, commandListener } from './commandListener';
import type { SlackListenerDeps } from './listenerDeps';
import { mentionListener } from './mentionListener';
import { SUMMARIZE_SHORTCUT_CALLBACK_ID, shortcutListener } from './shortcutListener';

export interface SlackAppOptions {
  botToken: string;
  /** HTTP mode: requests are verified with it. */
  signingSecret: string | undefined;
  /** Socket Mode when set. */
  appToken: string | undefined;
  /** Slack Web API base URL; tests point it at a local fake. */
  apiUrl: string | undefined;
  /** HTTP mode mounts `/slack/events` on this app, next to the health and admin routes. */
  expressApp: Application;
  logger: Logger;
  listeners: SlackListenerDeps;
}

/**
 * The web process only sends short replies (help, refusals, "try again"). The SDK's default policy retries for about
 * 30 minutes; a reply that late would only confuse, so a few quick retries, then the failure is logged.
 */
const REPLY_CLIENT_OPTIONS: WebClientOptions = {
  retryConfig: { retries: 2, factor: 2, minTimeout: 300, maxTimeout: 2_000, randomize: true },
  timeout: 10_000,
};

/** The Bolt app: receives Slack requests (HTTP or Socket Mode) and routes them to the listeners. */
export function createSlackApp(options: SlackAppOptions): App {
  const logger = boltLogger(options.logger);
  const clientOptions: WebClientOptions = { ...REPLY_CLIENT_OPTIONS, ...(options.apiUrl ? { slackApiUrl: options.apiUrl } : {}) };
  const app =
    options.appToken !== undefined
      ? new App({ token: options.botToken, appToken: options.appToken, socketMode: true, logger, clientOptions })
      : new App({
          token: options.botToken,
          logger,
          clientOptions,
          receiver: new ExpressReceiver({
            signingSecret: options.signingSecret ?? '',
            app: options.expressApp,
            logger,
            // Long-lived server: answer Slack first, work afterwards (processBeforeResponse is for FaaS).
            processBeforeResponse: false,
          }),
        });

  app.command(SUMMARIZE_COMMAND, commandListener(options.listeners));
  app.event('app_mention', mentionListener(options.listeners));
  app.shortcut(SUMMARIZE_SHORTCUT_CALLBACK_ID, shortcutListener(options.listeners));
  app.error(async (error) => {
    options.logger.error({ err: error }, 'unhandled error in a Slack listener');
  });
  return app;
}
