import { pino, type Logger } from 'pino';

/** Structured JSON logs. Request bodies and variables are never logged: they may hold personal data. */
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { service: 'reserve-academy-tracker' },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: { paths: ['req.headers.cookie', 'req.headers.authorization', 'password', '*.password'], remove: true },
  });
}
