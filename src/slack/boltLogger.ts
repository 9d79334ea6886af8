import { LogLevel, type Logger as SlackLogger } from '@slack/logger';
import type { Logger } from '../logger';

const toPino: Record<LogLevel, 'debug' | 'info' | 'warn' | 'error'> = {
  [LogLevel.DEBUG]: 'debug',
  [LogLevel.INFO]: 'info',
  [LogLevel.WARN]: 'warn',
  [LogLevel.ERROR]: 'error',
};

/** Bolt logs through our pino logger, so its lines share the JSON format and redaction of everything else. */
export function boltLogger(logger: Logger): SlackLogger {
  const child = logger.child({ component: 'bolt' });
  const write = (level: 'debug' | 'info' | 'warn' | 'error') => (...messages: unknown[]) => {
    const [first, ...rest] = messages;
    if (first instanceof Error) child[level]({ err: first }, rest.map(String).join(' '));
    else child[level](messages.map((message) => (typeof message === 'string' ? message : JSON.stringify(message))).join(' '));
  };
  return {
    debug: write('debug'),
    info: write('info'),
    warn: write('warn'),
    error: write('error'),
    setLevel: (level) => {
      child.level = toPino[level];
    },
    getLevel: () => (Object.entries(toPino).find(([, pinoLevel]) => pinoLevel === child.level)?.[0] as LogLevel | undefined) ?? LogLevel.INFO,
    setName: () => undefined,
  };
}
