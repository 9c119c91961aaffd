// The record (minutes) of a public session: built from the session, its event log's final model and
// its chat when the session ends, stored, and served at GET /api/sessions/:id/record?format=json|md.
// Runs on server (building, storing) and client (showing).
import type { ChatLine } from '../protocol.ts';
import type { HandLogEntry, ModerationEntry, SessionModel } from './model.ts';
import type { SessionSummary } from './schedule.ts';

export type SessionRecord = {
  session: Pick<
    SessionSummary,
    'id' | 'title' | 'organiser' | 'organiserName' | 'description' | 'startsAt' | 'endsAt' | 'agenda'
  >;
  /** When the session was opened and ended (epoch ms); null if it never was. */
  openedAt: number | null;
  endedAt: number | null;
  generatedAt: number;
  attendance: {
    /** Most attendees connected at once, across shards. */
    peak: number;
    /** Distinct attendees (accounts and browsers) who joined. */
    unique: number;
    /** [epoch ms, connected] samples, oldest first. */
    samples: Array<[number, number]>;
  };
  /** Approved and answered questions (not hidden, not merged), most votes first. */
  questions: Array<{
    id: number;
    text: string;
    author: string;
    votes: number;
    answered: boolean;
    at: number;
  }>;
  polls: Array<{
    id: number;
    question: string;
    options: string[];
    multi: boolean;
    tallies: number[];
    voters: number;
    openedAt: number;
    closedAt: number | null;
  }>;
  hands: HandLogEntry[];
  moderation: ModerationEntry[];
  /** Chat lines in order; lines deleted by moderators are left out and counted. */
  chat: Array<Pick<ChatLine, 'id' | 'name' | 'text' | 'at'>>;
  deletedMessages: number;
};

export type RecordInput = {
  session: SessionRecord['session'];
  model: SessionModel;
  /** The session's whole chat, oldest first. */
  chat: ChatLine[];
  /** Times of the `open` and `end` events. */
  openedAt: number | null;
  endedAt: number | null;
  nowMs: number;
};
