// The wire protocol of Makaverse, the one place both sides agree on message names, shapes and limits.
// The server validates every client message with these schemas; the client sends only through a
// typed `send` built on ClientMessages. Synchronised state lives in schema.ts, never here.
// Runs on server and client.
import { z } from 'zod';
import { CHAT_MAX_CHARS, NAME_MAX_CHARS } from './limits.ts';

/** Bump on any incompatible change to messages, join options or state. */
export const PROTOCOL_VERSION = 1;

/** Largest client message the server accepts (the WebSocket frame limit). */
export const MAX_MESSAGE_BYTES = 4096;
/** `nearby` chat reaches visitors within this distance of the sender. */
export const NEARBY_RADIUS_M = 20;
/** Plaza lines a joining visitor receives. */
export const CHAT_HISTORY_LINES = 50;
/** Clients send `move` at most this often. */
export const MOVE_RATE_HZ = 10;
/** Per-client message flood limit (token bucket): a client above the refill rate for long is cut off. */
export const FLOOD_LIMIT = { capacity: 60, refillPerSec: 30 } as const;
/** Chat limit per visitor: a burst of 5, then one line a second. */
export const CHAT_LIMIT = { capacity: 5, refillPerSec: 1 } as const;
/** A dropped visitor's avatar is held this long for reconnection. */
export const RECONNECT_HOLD_S = 30;

/**
 * WebSocket close codes the server uses. Colyseus reserves 4000–4010 (4000 consented, 4001 server
 * shutdown, 4002 error, 4003 failed to reconnect, 4010 may try to reconnect): `shutdown` is its
 * SERVER_SHUTDOWN, `flooded` lies outside its range so it cannot be confused with a framework error.
 */
export const CLOSE_CODES = {
  flooded: 4100,
  shutdown: 4001,
} as const;

/** Animation codes carried in Player.anim. */
export const ANIM = { idle: 0, walk: 1 } as const;
export type AnimName = keyof typeof ANIM;

export const CHAT_CHANNELS = ['plaza', 'nearby'] as const;
export type ChatChannel = (typeof CHAT_CHANNELS)[number];

const finite = z.number(); // zod rejects NaN and ±Infinity

export const ClientMessages = {
  /** Where the visitor now stands; the server checks speed, bounds and solids. */
  move: z.strictObject({
    x: finite,
    z: finite,
    heading: finite,
    anim: z.enum(['idle', 'walk']),
  }),
  /** A chat line; cleaned, rate-limited and filtered on the server. */
  chat: z.strictObject({
    // Raw text before cleaning; 2× the cap keeps any UTF-8 encoding of it under MAX_MESSAGE_BYTES.
    text: z.string().max(CHAT_MAX_CHARS * 2),
    channel: z.enum(CHAT_CHANNELS),
  }),
  /** "Go to": travel to an organisation's booth (by id) or back to the plaza. */
  travel: z.strictObject({ to: z.string().min(1).max(64) }),
} as const;

export type ClientMessageName = keyof typeof ClientMessages;
export type ClientMessage<K extends ClientMessageName> = z.infer<(typeof ClientMessages)[K]>;

export const JoinOptions = z.object({
  name: z.string().max(NAME_MAX_CHARS * 4),
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/),
  protocol: z.number().int().optional(),
  /** Where to appear, when rejoining after a lost session; used only if walkable, else the spawn. */
  at: z.object({ x: z.number(), z: z.number() }).optional(),
});
export type JoinOptions = z.infer<typeof JoinOptions>;

/** Server → client messages. */
export type ChatLine = {
  id: number;
  channel: ChatChannel;
  /** Sender's session id. */
  from: string;
  name: string;
  text: string;
  /** Unix time in milliseconds. */
  at: number;
};

/** Notices are i18n keys the client translates (`notice.<code>`). */
export const NOTICE_CODES = ['chat-rate', 'chat-empty', 'chat-filtered', 'travel-unknown'] as const;
export type NoticeCode = (typeof NOTICE_CODES)[number];

export type ServerMessages = {
  chat: ChatLine;
  chatHistory: ChatLine[];
  /** The server did not accept a move or travel: the visitor now stands here. */
  correction: { x: number; z: number };
  notice: { code: NoticeCode };
};
export type ServerMessageName = keyof ServerMessages;
