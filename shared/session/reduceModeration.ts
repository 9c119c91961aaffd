// The moderation half of the reducer (reduce.ts applies every event; this file is called for the
// moderator-right actions and keeps the moderation log). Same contract: MUTATES the model,
// deterministic, trusts actions already checked by decide (rules.ts). Runs on server and client.
import type { SessionAction } from '../protocol.ts';
import type { ActorRef, ModerationEntry, SessionModel } from './model.ts';

/** Oldest moderation-log entries beyond this are dropped. */
export const MODERATION_LOG_MAX = 1000;

const MINUTE_MS = 60_000;

/** Takes a handle off the hand queue; returns the removed hand (also used by the stage reducer). */
export function takeHand(model: SessionModel, handle: string) {
  const i = model.hands.findIndex((h) => h.handle === handle);
  return i < 0 ? undefined : model.hands.splice(i, 1)[0];
}

/** Appends one line to the moderation log (who, what, on whom, why). */
export function logModeration(model: SessionModel, at: number, by: ActorRef, act: SessionAction): void {
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
  if ('handle' in act) {
    const key = model.handles[act.handle];
    const name = key === undefined ? undefined : model.attendees[key]?.name;
    if (name !== undefined) entry.targetName = name;
  }
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

export function applyModeration(model: SessionModel, act: SessionAction, at: number): void {
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
