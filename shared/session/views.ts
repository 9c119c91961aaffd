// What each attendee is told beyond the public SessionState (schema.ts): `you` (their own standing)
// to every attendee, `staff` (queues and reports) to hosts, moderators and admins only. Built from the
// model by pure functions (implemented below the types); the room sends a view when it changed.
// Runs on server and client.
import type { ModerationEntry, Phase, Poll, Report, SessionModel, SessionRole } from './model.ts';

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
  /** Residents who joined, newest first (at most STAFF_PEOPLE_MAX): whom the host can invite on stage. */
  people: Array<{ handle: string; name: string }>;
};

/** The attendee key's handle, if they ever joined. */
export function handleOf(model: SessionModel, key: string): string | undefined {
  return model.attendees[key]?.handle;
}

/** The attendee key behind a handle (server-side use: keys never leave the server). */
export function keyOf(model: SessionModel, handle: string): string | undefined {
  return model.handles[handle];
}

/** What one attendee is told about their own standing. */
export function youView(model: SessionModel, key: string): YouView {
  const me = model.attendees[key];
  const handle = me?.handle ?? '';
  const place = model.hands.findIndex((h) => h.handle === handle);
  const ballots: Record<number, number[]> = {};
  for (const p of model.polls) {
    const b = p.ballots[key];
    if (b !== undefined) ballots[p.id] = [...b];
  }
  return {
    handle,
    role: me?.role ?? 'resident',
    speaker: handle !== '' && model.speakers[handle] !== undefined,
    floor: handle !== '' && model.floor?.handle === handle,
    muted: model.muted[key] === true,
    hand: handle !== '' && place >= 0 ? place + 1 : null,
    upvoted: model.questions.filter((q) => q.voters.includes(key)).map((q) => q.id),
    ballots,
    asked: model.questions
      .filter((q) => q.authorKey === key)
      .map((q) => ({ id: q.id, text: q.text, status: q.status, answered: q.answered })),
  };
}

/** Questions shown to everyone: approved only, most votes first, then oldest first. */
export function publicQuestions(
  model: SessionModel,
): Array<{ id: number; text: string; author: string; votes: number; answered: boolean; at: number }> {
  return model.questions
    .filter((q) => q.status === 'approved')
    .map((q) => ({
      id: q.id,
      text: q.text,
      author: q.author,
      votes: q.voters.length,
      answered: q.answered,
      at: q.at,
    }))
    .sort((a, b) => b.votes - a.votes || a.at - b.at || a.id - b.id);
}

/** Ballots per option, in option order. */
export function pollTallies(poll: Poll): number[] {
  const tallies = poll.options.map(() => 0);
  for (const choices of Object.values(poll.ballots)) {
    for (const c of choices) if (c >= 0 && c < tallies.length) tallies[c] = (tallies[c] ?? 0) + 1;
  }
  return tallies;
}

/** A poll as residents see it at `nowMs`: tallies are empty while a 'close'-reveal poll is open. */
export function publicPoll(poll: Poll, nowMs: number): { tallies: number[]; voters: number; open: boolean } {
  const open = poll.closedAt === null && (poll.endsAt === null || nowMs < poll.endsAt);
  return {
    tallies: open && poll.reveal === 'close' ? [] : pollTallies(poll),
    voters: Object.keys(poll.ballots).length,
    open,
  };
}

/** Residents listed in the staff view's `people`. */
export const STAFF_PEOPLE_MAX = 200;

/** Number of entries of the moderation log in the staff view. */
export const STAFF_MODERATION_LINES = 50;

/** What hosts, moderators and admins see: queues, moderation and live tallies. */
export function staffView(model: SessionModel): StaffView {
  const handleOfKey = (key: string) => model.attendees[key]?.handle ?? '';
  const nameOfKey = (key: string) => model.attendees[key]?.name ?? '';
  return {
    phase: model.phase,
    hands: model.hands.map((h) => ({ handle: h.handle, name: h.name, text: h.text, at: h.at })),
    questions: model.questions
      .filter((q) => q.status !== 'approved')
      .map((q) => ({
        id: q.id,
        text: q.text,
        author: q.author,
        anonymous: q.anonymous,
        handle: handleOfKey(q.authorKey),
        status: q.status,
        answered: q.answered,
        votes: q.voters.length,
        mergedInto: q.mergedInto,
        at: q.at,
      }))
      .sort((a, b) => b.at - a.at || b.id - a.id),
    reports: model.reports
      .map((r) => ({ ...r, by: { ...r.by }, target: { ...r.target } }))
      .sort((a, b) => Number(a.resolved) - Number(b.resolved) || b.at - a.at || b.id - a.id),
    polls: model.polls.map((p) => ({
      id: p.id,
      question: p.question,
      options: [...p.options],
      tallies: pollTallies(p),
      voters: Object.keys(p.ballots).length,
      open: p.closedAt === null,
    })),
    muted: Object.keys(model.muted).map((k) => ({ handle: handleOfKey(k), name: nameOfKey(k) })),
    bans: Object.entries(model.bans).map(([k, until]) => ({
      handle: handleOfKey(k),
      name: nameOfKey(k),
      until,
    })),
    moderation: model.moderation.slice(-STAFF_MODERATION_LINES),
    people: Object.values(model.attendees)
      .filter((a) => a.role === 'resident')
      .sort((a, b) => b.firstAt - a.firstAt)
      .slice(0, STAFF_PEOPLE_MAX)
      .map((a) => ({ handle: a.handle, name: a.name })),
  };
}
