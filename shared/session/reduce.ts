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
  type ModerationEntry,
  type Phase,
  type SessionEvent,
  type SessionModel,
  type SystemAction,
} from './model.ts';
import { ACTION_RIGHTS } from './rules.ts';

/** Oldest entries beyond these are dropped. */
export const MODERATION_LOG_MAX = 1000;
export const HAND_LOG_MAX = 2000;

const MINUTE_MS = 60_000;

/** Applies one event and sets model.seq to its seq. */
export function applyEvent(model: SessionModel, event: SessionEvent): void {
  const { act, at, by } = event;
  if (act.do === 'join' || act.do === 'attendance' || act.do === 'pollTimeout') applySystem(model, act, at);
  else if (by !== null) applyAction(model, act, by, at);
  model.seq = event.seq;
}

/** A fresh model with every event applied in order. */
export function replay(events: SessionEvent[], phase?: Phase): SessionModel {
  const model = emptyModel(phase);
  for (const e of events) applyEvent(model, e);
  return model;
}

function applySystem(model: SessionModel, act: SystemAction, at: number): void {
  switch (act.do) {
    case 'join': {
      const before = model.attendees[act.key];
      if (before !== undefined && before.handle !== act.handle) delete model.handles[before.handle];
      model.attendees[act.key] = {
        handle: act.handle,
        name: act.name,
        role: act.role,
        firstAt: before?.firstAt ?? at,
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
  }
}

function nextId(items: ReadonlyArray<{ id: number }>): number {
  return items.reduce((max, x) => Math.max(max, x.id), 0) + 1;
}

function logHand(model: SessionModel, at: number, handle: string, name: string, what: HandLogEntry['what']) {
  model.handLog.push({ at, handle, name, what });
  if (model.handLog.length > HAND_LOG_MAX) model.handLog.splice(0, model.handLog.length - HAND_LOG_MAX);
}

function logModeration(model: SessionModel, at: number, by: ActorRef, act: SessionAction): void {
  const reason = 'reason' in act && act.reason !== undefined ? act.reason : '';
  const entry: ModerationEntry = {
    at,
    by: { handle: by.handle, name: by.name, role: by.role },
    action: act.do,
    target: moderationTarget(act),
    reason,
  };
  const detail = moderationDetail(act);
  if (detail !== undefined) entry.detail = detail;
  model.moderation.push(entry);
  if (model.moderation.length > MODERATION_LOG_MAX) {
    model.moderation.splice(0, model.moderation.length - MODERATION_LOG_MAX);
  }
}

function moderationDetail(act: SessionAction): string | undefined {
  if ('on' in act) return act.on ? 'on' : 'off';
  if (act.do === 'slowMode') return String(act.seconds);
  if (act.do === 'ban') return String(act.minutes);
  if (act.do === 'merge') return String(act.into);
  return undefined;
}

function moderationTarget(act: SessionAction): string {
  if ('handle' in act) return act.handle;
  if ('questionId' in act) return String(act.questionId);
  if ('messageId' in act) return String(act.messageId);
  if ('reportId' in act) return String(act.reportId);
  return '';
}

/** Takes a handle off the hand queue; returns the removed hand. */
function takeHand(model: SessionModel, handle: string) {
  const i = model.hands.findIndex((h) => h.handle === handle);
  return i < 0 ? undefined : model.hands.splice(i, 1)[0];
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
    act.do === 'dismiss'
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

function applyModeration(model: SessionModel, act: SessionAction, at: number): void {
  switch (act.do) {
    case 'answered':
    case 'approve':
    case 'hide': {
      const q = model.questions.find((x) => x.id === act.questionId);
      if (q === undefined) return;
      if (act.do === 'answered') q.answered = true;
      else q.status = act.do === 'approve' ? 'approved' : 'hidden';
      return;
    }
    case 'merge': {
      const from = model.questions.find((x) => x.id === act.questionId);
      const into = model.questions.find((x) => x.id === act.into);
      if (from === undefined || into === undefined || from === into) return;
      from.status = 'merged';
      from.mergedInto = into.id;
      for (const v of from.voters) if (!into.voters.includes(v)) into.voters.push(v);
      return;
    }
    case 'mute': {
      const key = model.handles[act.handle];
      if (key === undefined) return;
      if (act.on) model.muted[key] = true;
      else delete model.muted[key];
      return;
    }
    case 'ban': {
      const key = model.handles[act.handle];
      if (key !== undefined) model.bans[key] = at + act.minutes * MINUTE_MS;
      takeHand(model, act.handle);
      delete model.speakers[act.handle];
      if (model.floor?.handle === act.handle) model.floor = null;
      return;
    }
    case 'slowMode':
      model.chat.slowS = act.seconds;
      return;
    case 'chatOff':
      model.chat.off = act.on;
      return;
    case 'muteAll':
      model.chat.mutedAll = act.on;
      return;
    case 'deleteMessage':
      if (!model.deleted.includes(act.messageId)) model.deleted.push(act.messageId);
      return;
    case 'resolveReport': {
      const report = model.reports.find((r) => r.id === act.reportId);
      if (report !== undefined) report.resolved = true;
      return;
    }
  }
}
