// What each attendee is told beyond the public SessionState (schema.ts): `you` (their own standing)
// to every attendee, `staff` (queues and reports) to hosts, moderators and admins only. Built from the
// model by pure functions (implemented below the types); the room sends a view when it changed.
// Runs on server and client.
import type { ModerationEntry, Phase, Report, SessionModel, SessionRole } from './model.ts';

export type YouView = {
  handle: string;
  role: SessionRole;
  speaker: boolean;
  /** Holding the floor (spotlit, `say` shows their words on the stage). */
  floor: boolean;
  muted: boolean;
  /** 1-based place in the hand queue, or null when the hand is down. */
  hand: number | null;
  /** Questions this attendee upvoted. */
  upvoted: number[];
  /** Poll id → the options this attendee chose. */
  ballots: Record<number, number[]>;
  /** This attendee's own questions, including those still waiting for approval. */
  asked: Array<{ id: number; text: string; status: string; answered: boolean }>;
};

export type StaffQuestion = {
  id: number;
  text: string;
  author: string;
  anonymous: boolean;
  /** The asker's handle even when anonymous, so moderators can act on abuse. */
  handle: string;
  status: string;
  answered: boolean;
  votes: number;
  mergedInto: number | null;
  at: number;
};

export type StaffView = {
  phase: Phase;
  hands: Array<{ handle: string; name: string; text: string; at: number }>;
  /** Every question that is not approved (pending, hidden, merged), newest first. */
  questions: StaffQuestion[];
  /** Open reports first, newest first. */
  reports: Report[];
  /** Live tallies of every poll, also those revealed only at close. */
  polls: Array<{
    id: number;
    question: string;
    options: string[];
    tallies: number[];
    voters: number;
    open: boolean;
  }>;
  muted: Array<{ handle: string; name: string }>;
  bans: Array<{ handle: string; name: string; until: number }>;
  /** Newest last, at most the last 50. */
  moderation: ModerationEntry[];
};
