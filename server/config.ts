// Server configuration from the environment, validated once at start. Runs on the server.
// Empty variables count as unset. Relative paths resolve against the working directory.
import { resolve } from 'node:path';
import { z } from 'zod';
import { redactText } from './redact.ts';
import { parseVoiceEnv, type VoiceEnv } from './voice/voiceConfig.ts';

const LOG_LEVELS = ['debug', 'info', 'warn', 'error'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** Origins of the Vite dev server (`npm run dev`), allowed to matchmake cross-origin by default. */
const DEV_ORIGINS = 'http://localhost:5173,http://127.0.0.1:5173';

const origin = z.url({ protocol: /^https?$/ }).transform((u) => new URL(u).origin);

const Env = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(2567),
  DB_PATH: z.string().default('data/db/makaverse.sqlite'),
  /** PostgreSQL instead of the SQLite file, e.g. postgres://user@host:5432/makaverse. */
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
  MAX_VISITORS_PER_SHARD: z.coerce.number().int().min(1).max(10_000).default(500),
  LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
  CLIENT_DIR: z.string().default('dist/client'),
  /** Demo feed of simulated values: 'on' (default) or 'off'. */
  SIMULATOR: z.enum(['on', 'off']).default('on'),
  SIMULATOR_INTERVAL_S: z.coerce.number().int().min(1).max(3600).default(15),
  /** Pull connectors (admin CLI `connector …`): 'on' (default) or 'off' — with several processes, on in one. */
  CONNECTORS: z.enum(['on', 'off']).default('on'),
  /** Signs session tokens; at least 32 characters. Unset: generated once and kept in the database. */
  AUTH_SECRET: z.string().min(32).optional(),
  /** Comma-separated origins that may call matchmaking and the API from another origin. */
  CORS_ORIGINS: z
    .string()
    .default(DEV_ORIGINS)
    .transform((s) => s.split(',').map((o) => o.trim()))
    .transform((list) => list.filter((o) => o.length > 0))
    .pipe(z.array(origin)),
  /** Open WebSocket connections plus pending seat reservations per source address (city + sessions). */
  MAX_CONNECTIONS_PER_SOURCE: z.coerce.number().int().min(1).max(100_000).default(50),
  /** Matchmaking joins per source address per minute (a burst of MAX_CONNECTIONS_PER_SOURCE first). */
  JOINS_PER_MINUTE_PER_SOURCE: z.coerce.number().int().min(1).max(100_000).default(60),
  /** 'on' behind a reverse proxy that sets X-Real-IP / X-Forwarded-For; 'off' (default): the peer address. */
  TRUST_PROXY: z.enum(['on', 'off']).default('off'),
  /** Chat lines (plaza and sessions) are deleted after this many days. */
  CHAT_RETENTION_DAYS: z.coerce.number().int().min(1).max(36_500).default(30),
  /** The plaza keeps at most this many newest lines. */
  PLAZA_CHAT_MAX_LINES: z.coerce.number().int().min(100).max(10_000_000).default(100_000),
  /** Session events covered by a snapshot are deleted after this many days. */
  SESSION_EVENT_RETENTION_DAYS: z.coerce.number().int().min(1).max(36_500).default(90),
  /** A session's model is stored as a snapshot every this many events. */
  SESSION_SNAPSHOT_EVERY: z.coerce.number().int().min(10).max(1_000_000).default(500),
  /** Comma-separated http(s) origins the page may stream video from besides any https: origin. */
  /** Redis shared by several processes (presence, matchmaking driver, shared counters); unset: one process. */
  REDIS_URL: z.url({ protocol: /^rediss?$/ }).optional(),
  /** This process's own public address behind the proxy (host[:port]/path, no scheme), e.g. city.example/p1. */
  PUBLIC_ADDRESS: z
    .string()
    .regex(/^[A-Za-z0-9.-]+(:\d{1,5})?(\/[A-Za-z0-9._~-]+)*$/, 'host[:port][/path] without a scheme')
    .optional(),
  /** How this process is named in /api/health and /metrics (default: host name and port). */
  PROCESS_NAME: z
    .string()
    .regex(/^[A-Za-z0-9._:-]{1,64}$/)
    .optional(),
  MEDIA_ORIGINS: z
    .string()
    .default('')
    .transform((s) => s.split(',').map((o) => o.trim()))
    .transform((list) => list.filter((o) => o.length > 0))
    .pipe(z.array(origin)),
});

export type Config = {
  port: number;
  /** Absolute path of the SQLite file; its folder is created by the store. */
  dbPath: string;
  /** When set, the store uses PostgreSQL and ignores dbPath. */
  databaseUrl: string | undefined;
  maxVisitorsPerShard: number;
  logLevel: LogLevel;
  /** Absolute path of the built client (vite build output). */
  clientDir: string;
  corsOrigins: string[];
  /** Whether the demo feed writes simulated values for organisations without real data. */
  simulator: boolean;
  /** Seconds between two rounds of the demo feed. */
  simulatorIntervalS: number;
  /** Secret for session tokens; undefined means the one generated and stored in the database. */
  authSecret: string | undefined;
  /** Whether this process polls the configured pull connectors. */
  connectors: boolean;
  /** Caps per source address (server/rooms/sourceLimits.ts). */
  sourceLimits: { connections: number; joinsPerMinute: number; trustProxy: boolean };
  /** Retention of chat and session event logs (server/store/retention.ts), and session snapshots. */
  retention: { chatDays: number; plazaKeepLines: number; eventDays: number; snapshotEvery: number };
  /** Extra origins (besides https:) allowed by the page's CSP for live video (hls.js). */
  mediaOrigins: string[];
  /** Live voice through Janus (JANUS_URL …); undefined: sessions run without voice. */
  voice?: VoiceEnv;
  /** Several processes (server/scale/cluster.ts): Redis, this process's public address and name. */
  scale: { redisUrl: string | undefined; publicAddress: string | undefined; processName: string | undefined };
};

/** Variables whose rejected value is never repeated in an error message, only its length. */
const SECRET_VARS = new Set(['AUTH_SECRET']);

/** A rejected value as the error message may show it: secrets hidden, URL passwords redacted. */
function shownValue(key: string, value: string): string {
  if (SECRET_VARS.has(key)) return `<hidden, ${Array.from(value).length} characters>`;
  return JSON.stringify(redactText(value));
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Reads and validates the environment; throws ConfigError naming every bad variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const present = Object.fromEntries(
    Object.keys(Env.shape).flatMap((key) => {
      const value = env[key];
      return value === undefined || value.trim() === '' ? [] : [[key, value.trim()]];
    }),
  );
  const parsed = Env.safeParse(present);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const key = String(issue.path[0] ?? 'env');
      return `${key}=${shownValue(key, present[key] ?? '')}: ${issue.message}`;
    });
    throw new ConfigError(`invalid environment: ${problems.join('; ')}`);
  }
  const e = parsed.data;
  const voice = parseVoiceEnv(env);
  if ('problems' in voice) throw new ConfigError(`invalid environment: ${voice.problems.join('; ')}`);
  return {
    port: e.PORT,
    dbPath: resolve(e.DB_PATH),
    databaseUrl: e.DATABASE_URL,
    maxVisitorsPerShard: e.MAX_VISITORS_PER_SHARD,
    logLevel: e.LOG_LEVEL,
    clientDir: resolve(e.CLIENT_DIR),
    corsOrigins: e.CORS_ORIGINS,
    simulator: e.SIMULATOR === 'on',
    simulatorIntervalS: e.SIMULATOR_INTERVAL_S,
    connectors: e.CONNECTORS === 'on',
    authSecret: e.AUTH_SECRET,
    sourceLimits: {
      connections: e.MAX_CONNECTIONS_PER_SOURCE,
      joinsPerMinute: e.JOINS_PER_MINUTE_PER_SOURCE,
      trustProxy: e.TRUST_PROXY === 'on',
    },
    retention: {
      chatDays: e.CHAT_RETENTION_DAYS,
      plazaKeepLines: e.PLAZA_CHAT_MAX_LINES,
      eventDays: e.SESSION_EVENT_RETENTION_DAYS,
      snapshotEvery: e.SESSION_SNAPSHOT_EVERY,
    },
    mediaOrigins: e.MEDIA_ORIGINS,
    voice: voice.voice ?? undefined,
    scale: { redisUrl: e.REDIS_URL, publicAddress: e.PUBLIC_ADDRESS, processName: e.PROCESS_NAME },
  };
}
