// Structured logs: one JSON line per event on stdout, `{t, level, event, ...fields}`.
// Contract for callers: never put chat bodies or tokens (reconnection, API keys) in fields; log
// lengths and ids instead. As a second line of defence every line is redacted before it is written
// (redact.ts: secret-named fields, URL passwords, bearer tokens, API keys). Runs on the server.
import type { LogLevel } from './config.ts';
import { redact, redactText } from './redact.ts';

export type LogFields = Record<string, unknown>;

const RANK: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };
let threshold = RANK.info;

/** Process-wide, like stdout itself; set once from the config at start. */
export function setLogLevel(level: LogLevel): void {
  threshold = RANK[level];
}

function isLogged(level: LogLevel): boolean {
  return RANK[level] >= threshold;
}

function write(level: LogLevel, event: string, fields: LogFields = {}): void {
  if (!isLogged(level)) return;
  const line = { t: new Date().toISOString(), level, event, ...(redact(fields) as LogFields) };
  process.stdout.write(`${JSON.stringify(line)}\n`);
}

export const log = {
  debug: (event: string, fields?: LogFields) => write('debug', event, fields),
  info: (event: string, fields?: LogFields) => write('info', event, fields),
  warn: (event: string, fields?: LogFields) => write('warn', event, fields),
  error: (event: string, fields?: LogFields) => write('error', event, fields),
};

function text(args: unknown[]): string {
  return redactText(args.map((a) => (a instanceof Error ? (a.stack ?? a.message) : String(a))).join(' '));
}

/** Errors any client can cause at will (oversized frame, undecodable payload): warnings, no stack. */
const CLIENT_CAUSED = /^(?:RangeError: )?(Max payload size exceeded|Unexpected end of MessagePack data)/;

/** Adapter handed to Colyseus (`logger` server option) so its own messages are JSON lines too. */
export const colyseusLogger = {
  debug: (...args: unknown[]) => write('debug', 'colyseus', { message: text(args) }),
  trace: (...args: unknown[]) => write('debug', 'colyseus', { message: text(args) }),
  info: (...args: unknown[]) => write('info', 'colyseus', { message: text(args) }),
  warn: (...args: unknown[]) => write('warn', 'colyseus', { message: text(args) }),
  error: (...args: unknown[]) => {
    const message = text(args);
    const clientCaused = CLIENT_CAUSED.exec(message.replace(/^Error: /, ''));
    if (clientCaused) write('warn', 'client-frame-rejected', { reason: clientCaused[1] });
    else write('error', 'colyseus', { message });
  },
};
