// The authoritative state of one public session (the "stage"), as plain data, and the events that change
// it. One source of truth: the server's session hub decides each action against the model
// (rules.ts), appends the accepted event to the store, then every shard applies the same event to its
// replica (reduce.ts) — so every shard of a session shows exactly the same stage. Attendee keys are
// server-only (never sent to clients); handles are the public, cross-shard name of an attendee.
// Pure types; runs on server and client.
import type { SessionAction } from '../protocol.ts';

/** Roles inside a session: decided at join from the account (server/rooms/sessionAuth.ts). */
export const SESSION_ROLES = ['resident', 'moderator', 'host', 'admin'] as const;
export type SessionRole = (typeof SESSION_ROLES)[number];

export type Phase = 'scheduled' | 'live' | 'ended';

/**
 * What the hall's big screen shows. `url` of a video is an http(s) HLS playlist (.m3u8); 'camera' is
 * the host's live camera through the media server (shared/session/voice.ts).
 */
export type Screen =
  | { mode: 'blank' }
  | { mode: 'slides'; deckId: string; page: number; pages: number }
  | { mode: 'opd'; opdId: string }
  | { mode: 'video'; url: string }
  | { mode: 'camera' };

/** Who did something: `key` is 'user:<id>' for a signed-in account or 'guest:<visitorId>'. */
export type ActorRef = { key: string; handle: string; name: string; role: SessionRole };

export type Attendee = {
  handle: string;
  name: string;
  role: SessionRole;
  firstAt: number;
  /** When the name last changed on a rejoin (absent until it does): renames are rate-limited. */
  nameAt?: number;
};

export type Hand = { handle: string; name: string; text: string; at: number };

export type HandLogEntry = {
  at: number;
  handle: string;
  name: string;
  what: 'raise' | 'lower' | 'floor' | 'dismiss';
};

export type QuestionStatus = 'pending' | 'approved' | 'hidden' | 'merged';

export type Question = {
  id: number;
  text: string;
  /** The asker's name, or 'Warga' when asked anonymously. */
  author: string;
  anonymous: boolean;
  /** Server-only: who asked (for moderation); never sent to residents. */
  authorKey: string;
  at: number;
  status: QuestionStatus;
  /** Set when status is 'merged': the question it was merged into. */
  mergedInto: number | null;
  answered: boolean;
  /** Attendee keys that upvoted; a merge adds the merged question's voters (each key once). */
  voters: string[];
};

export type Poll = {
  id: number;
  question: string;
  options: string[];
  multi: boolean;
  /** 'live': tallies visible while open; 'close': revealed when the poll closes. */
  reveal: 'live' | 'close';
  openedAt: number;
  /** Auto-close time (epoch ms) when opened with a timer, else null. */
  endsAt: number | null;
  closedAt: number | null;
  /** Attendee key → chosen option indexes (one ballot per attendee, final). */
  ballots: Record<string, number[]>;
};

export type Report = {
  id: number;
  at: number;
  by: { handle: string; name: string };
  target: { kind: 'message'; messageId: number } | { kind: 'person'; handle: string };
  reason: string;
  resolved: boolean;
};

/** One line of the moderation log (also in the audit log). */
export type ModerationEntry = {
  at: number;
  by: { handle: string; name: string; role: SessionRole };
  action: string;
  /** A handle, question id, message id or '' for session-wide settings. */
  target: string;
  /** The attendee's name when `target` is a handle (the log shows names, not codes). */
  targetName?: string;
  reason: string;
  /**
   * What was set, when the action name alone does not say: 'on' | 'off' (speaker, mute, chatOff,
   * muteAll), seconds (slowMode), minutes (ban), the target question id (merge). Absent otherwise.
   */
  detail?: string;
};

export type ChatRules = { off: boolean; slowS: number; mutedAll: boolean };

export type SessionModel = {
  /** Seq of the last applied event (0 = none). */
  seq: number;
  phase: Phase;
  screen: Screen;
  /** Handles of residents invited on stage → their names. */
  speakers: Record<string, string>;
  /** The resident given the floor: spotlit, their text shown on the stage. */
  floor: { handle: string; name: string; text: string } | null;
  /** Raised hands, oldest first. */
  hands: Hand[];
  handLog: HandLogEntry[];
  questions: Question[];
  polls: Poll[];
  chat: ChatRules;
  /** Attendee keys whose chat is muted. */
  muted: Record<string, true>;
  /** Attendee key → epoch ms until which they may not rejoin. */
  bans: Record<string, number>;
  /** Chat message ids deleted by moderators. */
  deleted: number[];
  reports: Report[];
  moderation: ModerationEntry[];
  /** Attendee key → attendee; everyone who ever joined (unique attendance). */
  attendees: Record<string, Attendee>;
  /** Handle → attendee key (the reverse of attendees[k].handle). */
  handles: Record<string, string>;
  /** Attendance samples across all shards: [epoch ms, attendees connected]. */
  attendance: Array<[number, number]>;
  peak: number;
  /** The host consents to recording the session's audio (server/voice/voiceRecorder.ts records it). */
  recording: boolean;
};

/**
 * System events the hub itself produces (not sent by clients): an attendee's first join, an
 * attendance sample, a poll's timer running out, a ban expiring is not an event (bans hold `until`).
 */
export type SystemAction =
  | { do: 'join'; key: string; handle: string; name: string; role: SessionRole }
  | { do: 'attendance'; count: number }
  | { do: 'pollTimeout'; pollId: number }
  /** The attendee's last connection is gone for good (after the reconnection hold). */
  | { do: 'left'; handle: string };

/** An accepted change, as stored (session_events) and as applied by every replica. */
export type SessionEvent = {
  seq: number;
  /** Epoch ms, decided by the hub. */
  at: number;
  /** null for system actions. */
  by: ActorRef | null;
  act: SessionAction | SystemAction;
};

/** Display name of anonymous askers. */
export const ANONYMOUS_NAME = 'Warga';

export function emptyModel(phase: Phase = 'scheduled'): SessionModel {
  return {
    seq: 0,
    phase,
    screen: { mode: 'blank' },
    speakers: {},
    floor: null,
    hands: [],
    handLog: [],
    questions: [],
    polls: [],
    chat: { off: false, slowS: 0, mutedAll: false },
    muted: {},
    bans: {},
    deleted: [],
    reports: [],
    moderation: [],
    attendees: {},
    handles: {},
    attendance: [],
    peak: 0,
    recording: false,
  };
}
