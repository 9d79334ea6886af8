import pino, { type Logger } from 'pino';
import type { LoggingConfig } from './config';

export type { Logger } from 'pino';

/**
 * Keys that may carry credentials anywhere in a logged object. Redaction is a safety net: code should not log
 * secrets in the first place, but a stray `error.config` or request options object must not leak a token.
 */
const SECRET_PATHS = [
  'token',
  'botToken',
  'appToken',
  'apiKey',
  'signingSecret',
  'authorization',
  'headers.authorization',
  'headers.Authorization',
  'headers["x-slack-signature"]',
  '*.token',
  '*.botToken',
  '*.apiKey',
  '*.authorization',
  '*.headers.authorization',
  '*.headers.Authorization',
];

export interface LoggerOptions extends LoggingConfig {
  name: string;
  /** Where JSON lines go; tests pass a stream to capture them. Defaults to stdout. */
  destination?: pino.DestinationStream;
}

export function createLogger({ name, level, pretty, destination }: LoggerOptions): Logger {
  const options: pino.LoggerOptions = {
    name,
    level,
    redact: { paths: SECRET_PATHS, censor: '[redacted]' },
    serializers: { err: pino.stdSerializers.err },
    timestamp: pino.stdTimeFunctions.isoTime,
  };
  if (destination) return pino(options, destination);
  if (pretty) return pino({ ...options, transport: { target: 'pino-pretty', options: { colorize: true } } });
  return pino(options);
}
