// The record (minutes) of a public session: built from the session, its event log's final model and
// its chat when the session ends, stored, and served at GET /api/sessions/:id/record?format=json|md.
// Runs on server (building, storing) and client (showing).
import type { ChatLine } from '../protocol.ts';
import type { HandLogEntry, ModerationEntry, SessionModel } from './model.ts';
import type { SessionSummary } from './schedule.ts';
import { pollTallies } from './views.ts';

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
  /**
   * The session's audio recording (server/voice/voiceRecorder.ts), added when the record is served:
   * absent when the host never consented; `note` says why there is no (or not all) audio.
   */
  audio?: RecordingInfo;
};

/** Playable files of a recorded session (`url` served by the server) and what went wrong, if anything. */
export type RecordingInfo = {
  files: Array<{ url: string; name: string; bytes: number; durationMs: number }>;
  note: string | null;
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

/** The minutes of a session from its final model and chat; pure (time from input.nowMs). */
export function buildRecord(input: RecordInput): SessionRecord {
  const { model } = input;
  const deleted = new Set(model.deleted);
  const chat = input.chat.filter((l) => !deleted.has(l.id));
  return {
    session: { ...input.session, agenda: [...input.session.agenda] },
    openedAt: input.openedAt,
    endedAt: input.endedAt,
    generatedAt: input.nowMs,
    attendance: {
      peak: model.peak,
      unique: Object.keys(model.attendees).length,
      samples: model.attendance.map(([at, n]) => [at, n] as [number, number]),
    },
    questions: model.questions
      .filter((q) => q.status === 'approved' || (q.status === 'pending' && q.answered))
      .map((q) => ({
        id: q.id,
        text: q.text,
        author: q.author,
        votes: q.voters.length,
        answered: q.answered,
        at: q.at,
      }))
      .sort((a, b) => b.votes - a.votes || a.at - b.at || a.id - b.id),
    polls: model.polls.map((p) => ({
      id: p.id,
      question: p.question,
      options: [...p.options],
      multi: p.multi,
      tallies: pollTallies(p),
      voters: Object.keys(p.ballots).length,
      openedAt: p.openedAt,
      closedAt: p.closedAt,
    })),
    hands: model.handLog.map((h) => ({ ...h })),
    moderation: model.moderation.map((m) => ({ ...m, by: { ...m.by } })),
    chat: chat.map((l) => ({ id: l.id, name: l.name, text: l.text, at: l.at })),
    deletedMessages: input.chat.length - chat.length,
  };
}
