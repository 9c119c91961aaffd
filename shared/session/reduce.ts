// Applies accepted session events to the model: the one reducer every replica (every shard, the
// record builder, a restarted hub replaying the store) runs, so all of them hold the same stage.
// applyEvent MUTATES the model; it is deterministic (time only from event.at) and trusts the action,
// which decide (rules.ts) has already checked and normalised. Runs on server and client.
import type { SessionAction } from '../protocol.ts';
import {
  type ActorRef,
  ANONYMOUS_NAME,
  emptyModel,
  type HandLogEntry,
  type Phase,
  type SessionEvent,
  type SessionModel,
  type SystemAction,
} from './model.ts';
import { applyModeration, logModeration, takeHand } from './reduceModeration.ts';
import { ACTION_RIGHTS } from './rules.ts';

export { MODERATION_LOG_MAX } from './reduceModeration.ts';

/** Oldest hand-log entries beyond this are dropped (the moderation log's cap: reduceModeration.ts). */
export const HAND_LOG_MAX = 2000;

/** Applies one event and sets model.seq to its seq. */
export function applyEvent(model: SessionModel, event: SessionEvent): void {
  const { act, at, by } = event;
  if (act.do === 'join' || act.do === 'attendance' || act.do === 'pollTimeout' || act.do === 'left')
    applySystem(model, act, at);
  else if (by !== null) applyAction(model, act, by, at);
  model.seq = event.seq;
}

/** A fresh model with every event applied in order. */
export function replay(events: SessionEvent[], phase?: Phase): SessionModel {
  const model = emptyModel(phase);
  for (const e of events) applyEvent(model, e);
  return model;
}

/**
 * A copy of `snapshot` (a model after some events) with the later events applied: equal to a
 * full replay of all the events. Events at or before snapshot.seq are skipped.
 */
export function resume(snapshot: SessionModel, events: SessionEvent[]): SessionModel {
  const model = structuredClone(snapshot);
  for (const e of events) if (e.seq > snapshot.seq) applyEvent(model, e);
  return model;
}

function applySystem(model: SessionModel, act: SystemAction, at: number): void {
  switch (act.do) {
    case 'join': {
      const before = model.attendees[act.key];
      if (before !== undefined && before.handle !== act.handle) delete model.handles[before.handle];
      const nameAt = before && before.name !== act.name ? at : before?.nameAt;
      model.attendees[act.key] = {
        handle: act.handle,
        name: act.name,
        role: act.role,
        firstAt: before?.firstAt ?? at,
        ...(nameAt === undefined ? {} : { nameAt }),
      };
      model.handles[act.handle] = act.key;
      return;
    }
    case 'attendance':
      model.attendance.push([at, act.count]);
      model.peak = Math.max(model.peak, act.count);
      return;
    case 'pollTimeout': {
      const poll = model.polls.find((p) => p.id === act.pollId);
      if (poll !== undefined && poll.closedAt === null) poll.closedAt = at;
      return;
    }
    case 'left': {
      // Whoever is gone gives up the floor, their speaker place and their raised hand.
      const hand = takeHand(model, act.handle);
      const hadFloor = model.floor?.handle === act.handle;
      if (hadFloor) model.floor = null;
      delete model.speakers[act.handle];
      if (hand !== undefined || hadFloor) logHand(model, at, act.handle, nameOf(model, act.handle), 'lower');
      return;
    }
  }
}

function nextId(items: ReadonlyArray<{ id: number }>): number {
  return items.reduce((max, x) => Math.max(max, x.id), 0) + 1;
}

function logHand(model: SessionModel, at: number, handle: string, name: string, what: HandLogEntry['what']) {
  model.handLog.push({ at, handle, name, what });
  if (model.handLog.length > HAND_LOG_MAX) model.handLog.splice(0, model.handLog.length - HAND_LOG_MAX);
}

function closeOpenPolls(model: SessionModel, at: number): void {
  for (const p of model.polls) if (p.closedAt === null) p.closedAt = at;
}

function nameOf(model: SessionModel, handle: string): string {
  const key = model.handles[handle];
  return (key === undefined ? undefined : model.attendees[key]?.name) ?? handle;
}

function applyAction(model: SessionModel, act: SessionAction, by: ActorRef, at: number): void {
  applyStage(model, act, by, at);
  if (
    ACTION_RIGHTS[act.do] === 'moderator' ||
    act.do === 'speaker' ||
    act.do === 'floor' ||
    act.do === 'dismiss' ||
    act.do === 'recording'
  ) {
    logModeration(model, at, by, act);
  }
}

function applyStage(model: SessionModel, act: SessionAction, by: ActorRef, at: number): void {
  switch (act.do) {
    case 'open':
      model.phase = 'live';
      return;
    case 'end':
      model.phase = 'ended';
      closeOpenPolls(model, at);
      model.floor = null;
      model.hands = [];
      model.speakers = {};
      return;
    case 'screen': {
      const s = act.screen;
      model.screen =
        s.mode === 'slides'
          ? { mode: 'slides', deckId: s.deckId, page: s.page ?? 0, pages: s.pages ?? 1 }
          : s;
      return;
    }
    case 'page':
      if (model.screen.mode === 'slides') model.screen.page = act.page;
      return;
    case 'recording':
      model.recording = act.on;
      return;
    case 'speaker':
      if (act.on) model.speakers[act.handle] = nameOf(model, act.handle);
      else delete model.speakers[act.handle];
      return;
    case 'raiseHand':
      model.hands.push({ handle: by.handle, name: by.name, text: act.text ?? '', at });
      logHand(model, at, by.handle, by.name, 'raise');
      return;
    case 'lowerHand':
      takeHand(model, by.handle);
      if (model.floor?.handle === by.handle) model.floor = null;
      logHand(model, at, by.handle, by.name, 'lower');
      return;
    case 'floor': {
      const hand = takeHand(model, act.handle);
      const name = hand?.name ?? nameOf(model, act.handle);
      model.floor = { handle: act.handle, name, text: hand?.text ?? '' };
      logHand(model, at, act.handle, name, 'floor');
      return;
    }
    case 'dismiss': {
      const hand = takeHand(model, act.handle);
      if (hand === undefined && model.floor?.handle === act.handle) model.floor = null;
      logHand(model, at, act.handle, hand?.name ?? nameOf(model, act.handle), 'dismiss');
      return;
    }
    case 'say':
      if (model.floor !== null && model.floor.handle === by.handle) model.floor.text = act.text;
      return;
    default:
      applyParticipation(model, act, by, at);
  }
}

function applyParticipation(model: SessionModel, act: SessionAction, by: ActorRef, at: number): void {
  switch (act.do) {
    case 'ask':
      model.questions.push({
        id: nextId(model.questions),
        text: act.text,
        author: act.anonymous ? ANONYMOUS_NAME : by.name,
        anonymous: act.anonymous,
        authorKey: by.key,
        at,
        status: by.role === 'resident' ? 'pending' : 'approved',
        mergedInto: null,
        answered: false,
        voters: [],
      });
      return;
    case 'upvote': {
      const q = model.questions.find((x) => x.id === act.questionId);
      if (q !== undefined && !q.voters.includes(by.key)) q.voters.push(by.key);
      return;
    }
    case 'pollOpen':
      closeOpenPolls(model, at);
      model.polls.push({
        id: nextId(model.polls),
        question: act.question,
        options: [...act.options],
        multi: act.multi,
        reveal: act.reveal,
        openedAt: at,
        endsAt: act.durationS === undefined ? null : at + act.durationS * 1000,
        closedAt: null,
        ballots: {},
      });
      return;
    case 'pollClose': {
      const poll = model.polls.find((p) => p.id === act.pollId);
      if (poll !== undefined && poll.closedAt === null) poll.closedAt = at;
      return;
    }
    case 'pollVote': {
      const poll = model.polls.find((p) => p.id === act.pollId);
      if (poll !== undefined && poll.ballots[by.key] === undefined) poll.ballots[by.key] = [...act.choices];
      return;
    }
    case 'report':
      model.reports.push({
        id: nextId(model.reports),
        at,
        by: { handle: by.handle, name: by.name },
        target: { ...act.target },
        reason: act.reason,
        resolved: false,
      });
      return;
    default:
      applyModeration(model, act, at);
  }
}
