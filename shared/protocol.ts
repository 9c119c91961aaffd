// The wire protocol of Makaverse, the one place both sides agree on message names, shapes and limits.
// The server validates every client message with these schemas; the client sends only through a
// typed `send` built on ClientMessages. Synchronised state lives in schema.ts, never here.
// Runs on server and client.
import { z } from 'zod';
import { CHAT_MAX_CHARS, NAME_MAX_CHARS } from './limits.ts';
import type { StaffView, YouView } from './session/views.ts';
import type { VoiceReply } from './session/voice.ts';

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
  /** Removed from a public session by a moderator (a timed ban). */
  banned: 4101,
  shutdown: 4001,
  /** Removed from the city by a moderator (no ban: may join again). */
  removed: 4102,
} as const;

/** Animation codes carried in Player.anim. */
export const ANIM = { idle: 0, walk: 1 } as const;
export type AnimName = keyof typeof ANIM;

export const CHAT_CHANNELS = ['plaza', 'nearby'] as const;
export type ChatChannel = (typeof CHAT_CHANNELS)[number];

const finite = z.number(); // zod rejects NaN and ±Infinity

/** A visitor id: random, kept by the browser (localStorage), 16–64 url-safe characters. */
const VISITOR_ID_PATTERN = /^[A-Za-z0-9_-]{16,64}$/;
/** Longest free-text note of a city report, in characters. */
export const REPORT_NOTE_MAX_CHARS = 200;
/** Reports per city visitor: a burst of 3, then one a minute. */
export const REPORT_LIMIT = { capacity: 3, refillPerSec: 1 / 60 } as const;

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
  /** "Go to": travel to an organisation's booth (by id), a landmark (shared/mapPlaces.ts) or the plaza. */
  travel: z.strictObject({ to: z.string().min(1).max(64) }),
  /** A resident reports a chat line or a person (by session id) to the city's moderators. */
  report: z.strictObject({
    target: z.discriminatedUnion('kind', [
      z.strictObject({
        kind: z.literal('message'),
        messageId: z
          .number()
          .int()
          .min(1)
          .max(2 ** 31),
      }),
      z.strictObject({ kind: z.literal('person'), sessionId: z.string().regex(/^[A-Za-z0-9_-]{4,32}$/) }),
    ]),
    reason: z.enum(['spam', 'abuse', 'hate', 'harassment', 'impersonation', 'other']),
    // Raw optional note; cleaned on the server to REPORT_NOTE_MAX_CHARS.
    note: z
      .string()
      .max(REPORT_NOTE_MAX_CHARS * 2)
      .optional(),
  }),
} as const;

export type ClientMessageName = keyof typeof ClientMessages;
export type ClientMessage<K extends ClientMessageName> = z.infer<(typeof ClientMessages)[K]>;

export const JoinOptions = z.object({
  name: z.string().max(NAME_MAX_CHARS * 4),
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/),
  protocol: z.number().int().optional(),
  /** Where to appear, when rejoining after a lost session; used only if walkable, else the spawn. */
  at: z.object({ x: z.number(), z: z.number() }).optional(),
  /** The browser's kept random id (as in a session): city bans and mutes follow it across joins. */
  visitorId: z.string().regex(VISITOR_ID_PATTERN).optional(),
  /**
   * Join as a watcher (a kiosk's attract loop): the shared state (booth live values, weather, the
   * head count) but no avatar, no place in any count, and every message it sends is dropped.
   */
  watch: z.literal(true).optional(),
});
export type JoinOptions = z.infer<typeof JoinOptions>;

export type ReportReason = ClientMessage<'report'>['reason'];
export const REPORT_REASONS = ClientMessages.report.shape.reason.options;

export type CityModerationNotice =
  | { kind: 'muted'; until: number }
  | { kind: 'unmuted' }
  | { kind: 'banned'; until: number }
  | { kind: 'removed' };

/** Server → client messages. */
export type ChatLine = {
  id: number;
  /** 'session' for the chat of a public session (all its shards). */
  channel: ChatChannel | 'session';
  /** Sender's session id. */
  from: string;
  name: string;
  text: string;
  /** Unix time in milliseconds. */
  at: number;
};

/** Notices are i18n keys the client translates (`notice.<code>`). */
export const NOTICE_CODES = [
  'chat-rate',
  'chat-empty',
  'chat-filtered',
  'travel-unknown',
  'chat-muted',
  'report-sent',
  'report-rate',
  'report-unknown',
] as const;
export type NoticeCode = (typeof NOTICE_CODES)[number];

export type ServerMessages = {
  chat: ChatLine;
  chatHistory: ChatLine[];
  /** The server did not accept a move or travel: the visitor now stands here. */
  correction: { x: number; z: number };
  notice: { code: NoticeCode };
  /** A moderator deleted this chat line: remove it wherever it is shown. */
  chatDeleted: { id: number };
  /** A moderator's decision about this visitor (`until`: epoch ms), sent before a removal. */
  moderation: CityModerationNotice;
};
export type ServerMessageName = keyof ServerMessages;

// ---------------------------------------------------------------------------------------------
// The `session` room: a public session in the hall (shared/session/ holds the rules).
// Join options `{sessionId, name, color, visitorId}`; officials also set the SDK's `client.auth.token`
// to their login token. Client messages: `move` (as in `city`, inside the hall), `chat` {text},
// `react` {kind} and `act` (every stage action, one validated union; rights per role in
// shared/session/rules.ts).

export const SessionJoinOptions = z.object({
  sessionId: z.string().regex(/^[A-Za-z0-9_-]{4,32}$/),
  name: z.string().max(NAME_MAX_CHARS * 4),
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/),
  /** A random id the browser keeps (localStorage): the same attendee across reconnects and shards. */
  visitorId: z.string().regex(VISITOR_ID_PATTERN),
  /** Required for invite-only sessions. */
  invite: z.string().max(64).optional(),
  protocol: z.number().int().optional(),
});
export type SessionJoinOptions = z.infer<typeof SessionJoinOptions>;

/** Avatars in one hall shard; further attendees go to audience shards of the same session. */
export const HALL_SHARD_SIZE = 200;
export const QUESTION_MAX_CHARS = 280;
export const POLL_MAX_OPTIONS = 6;
export const POLL_OPTION_MAX_CHARS = 80;
/** Questions per attendee: a burst of 2, then one every 30 s. */
export const ASK_LIMIT = { capacity: 2, refillPerSec: 1 / 30 } as const;
/** Reactions per attendee: a burst of 5, then two a second. */
export const REACT_LIMIT = { capacity: 5, refillPerSec: 2 } as const;
/** Raised/lowered hands per attendee (across shards and rejoins): a burst of 6, then one every 10 s. */
export const HAND_LIMIT = { capacity: 6, refillPerSec: 1 / 10 } as const;
export const REACTIONS = ['applause', 'thumbs', 'heart', 'laugh', 'wow'] as const;
export type Reaction = (typeof REACTIONS)[number];

/** The ready poll: the question of the 2022 survey. */
export const MAKAVERSE_POLL = {
  question: 'Apakah Anda tahu Makaverse?',
  options: ['Tahu', 'Ingin tahu', 'Belum penting'],
  multi: false,
  reveal: 'live',
} as const;

const handle = z.string().regex(/^[a-z0-9]{4,16}$/);
const id = z
  .number()
  .int()
  .min(1)
  .max(2 ** 31);
const reason = z.string().max(200).optional();
const line = (max: number) => z.string().max(max * 2);

/** What the big screen should show; for slides the hub fills `pages` from the stored deck. */
export const ScreenChoice = z.discriminatedUnion('mode', [
  z.strictObject({ mode: z.literal('blank') }),
  z.strictObject({
    mode: z.literal('slides'),
    deckId: z.string().regex(/^[A-Za-z0-9_-]{4,32}$/),
    page: z.number().int().min(0).optional(),
    pages: z.number().int().min(1).optional(),
  }),
  z.strictObject({ mode: z.literal('opd'), opdId: z.string().min(1).max(64) }),
  z.strictObject({ mode: z.literal('video'), url: z.url({ protocol: /^https?$/ }).max(500) }),
  z.strictObject({ mode: z.literal('camera') }),
]);

export const SessionAction = z.discriminatedUnion('do', [
  // Any attendee
  z.strictObject({ do: z.literal('raiseHand'), text: line(CHAT_MAX_CHARS).optional() }),
  z.strictObject({ do: z.literal('lowerHand') }),
  z.strictObject({ do: z.literal('say'), text: line(CHAT_MAX_CHARS) }),
  z.strictObject({ do: z.literal('ask'), text: line(QUESTION_MAX_CHARS), anonymous: z.boolean() }),
  z.strictObject({ do: z.literal('upvote'), questionId: id }),
  z.strictObject({
    do: z.literal('pollVote'),
    pollId: id,
    choices: z
      .array(
        z
          .number()
          .int()
          .min(0)
          .max(POLL_MAX_OPTIONS - 1),
      )
      .min(1)
      .max(POLL_MAX_OPTIONS),
  }),
  z.strictObject({
    do: z.literal('report'),
    target: z.discriminatedUnion('kind', [
      z.strictObject({ kind: z.literal('message'), messageId: id }),
      z.strictObject({ kind: z.literal('person'), handle }),
    ]),
    reason: z.string().max(200),
  }),
  // Host (and admin); `page` also speakers
  z.strictObject({ do: z.literal('open') }),
  z.strictObject({ do: z.literal('end') }),
  z.strictObject({ do: z.literal('screen'), screen: ScreenChoice }),
  z.strictObject({ do: z.literal('page'), page: z.number().int().min(0).max(999) }),
  z.strictObject({ do: z.literal('speaker'), handle, on: z.boolean() }),
  z.strictObject({ do: z.literal('floor'), handle }),
  z.strictObject({ do: z.literal('dismiss'), handle }),
  z.strictObject({
    do: z.literal('pollOpen'),
    question: line(QUESTION_MAX_CHARS),
    options: z.array(line(POLL_OPTION_MAX_CHARS)).min(2).max(POLL_MAX_OPTIONS),
    multi: z.boolean(),
    reveal: z.enum(['live', 'close']),
    durationS: z.number().int().min(10).max(3600).optional(),
  }),
  z.strictObject({ do: z.literal('pollClose'), pollId: id }),
  z.strictObject({ do: z.literal('answered'), questionId: id }),
  /** The host's consent to record the session's audio (on) or its withdrawal (off). */
  z.strictObject({ do: z.literal('recording'), on: z.boolean() }),
  // Moderators (and host, admin)
  z.strictObject({ do: z.literal('approve'), questionId: id }),
  z.strictObject({ do: z.literal('hide'), questionId: id, reason }),
  z.strictObject({ do: z.literal('merge'), questionId: id, into: id }),
  z.strictObject({ do: z.literal('mute'), handle, on: z.boolean(), reason }),
  z.strictObject({ do: z.literal('ban'), handle, minutes: z.number().int().min(1).max(1440), reason }),
  z.strictObject({ do: z.literal('slowMode'), seconds: z.number().int().min(0).max(300), reason }),
  z.strictObject({ do: z.literal('chatOff'), on: z.boolean(), reason }),
  z.strictObject({ do: z.literal('muteAll'), on: z.boolean(), reason }),
  z.strictObject({ do: z.literal('deleteMessage'), messageId: id, reason }),
  z.strictObject({ do: z.literal('resolveReport'), reportId: id }),
]);
export type SessionAction = z.infer<typeof SessionAction>;
export type SessionActionName = SessionAction['do'];

/** Live voice (shared/session/voice.ts): answered with a `voice` VoiceReply. */
export const VoiceRequest = z.discriminatedUnion('want', [
  z.strictObject({ want: z.literal('status') }),
  z.strictObject({ want: z.literal('listen') }),
  z.strictObject({ want: z.literal('speak') }),
  z.strictObject({ want: z.literal('mute'), handle, on: z.boolean() }),
  /** The host publishes their camera (answered with a one-person token, or refused). */
  z.strictObject({ want: z.literal('camera') }),
  /** Watch the host's camera (the screen shows 'camera'). */
  z.strictObject({ want: z.literal('watch') }),
]);
export type VoiceRequest = z.infer<typeof VoiceRequest>;

export const SessionMessages = {
  move: ClientMessages.move,
  chat: z.strictObject({ text: line(CHAT_MAX_CHARS) }),
  react: z.strictObject({ kind: z.enum(REACTIONS) }),
  act: SessionAction,
  voice: VoiceRequest,
} as const;
export type SessionMessageName = keyof typeof SessionMessages;
export type SessionMessage<K extends SessionMessageName> = z.infer<(typeof SessionMessages)[K]>;

/**
 * Why the server refused something in a session; sent as `notice` {code} (translated by the client
 * as `notice.<code>`). Refused privileged actions are also written to the audit log.
 */
export const SESSION_NOTICES = [
  'not-allowed',
  'not-live',
  'not-found',
  'already-voted',
  'poll-closed',
  'bad-choice',
  'chat-off',
  'chat-muted',
  'chat-slow',
  'chat-rate',
  'chat-empty',
  'chat-filtered',
  'ask-rate',
  'react-rate',
  'text-empty',
  'banned',
  'failed',
  'hand-rate',
] as const;
export type SessionNotice = (typeof SESSION_NOTICES)[number];

/** Server → client messages of the `session` room. Views are in shared/session/views.ts. */
export type SessionServerMessages = {
  chat: ChatLine;
  chatHistory: ChatLine[];
  chatDeleted: { id: number };
  correction: { x: number; z: number };
  notice: { code: SessionNotice };
  reaction: { kind: Reaction; handle: string };
  you: YouView;
  staff: StaffView;
  voice: VoiceReply;
};
