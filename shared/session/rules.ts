// The rules of a public session: who may do what (ACTION_RIGHTS, mayAct) and whether an action is
// accepted against the current model (decide). decide is pure: it never changes the model, takes the
// time as an argument, and returns the action to store NORMALISED (user text cleaned, profanity
// masked, choices sorted, the slide page filled in) — the reducer (reduce.ts) trusts what it gets.
// Order of checks: rights ('not-allowed'), then phase ('not-live'), then the domain rule.
// Runs on server (the session hub) and client (to grey out what the user may not do).
import {
  POLL_OPTION_MAX_CHARS,
  QUESTION_MAX_CHARS,
  type SessionAction,
  type SessionActionName,
  type SessionNotice,
} from '../protocol.ts';
import { findOrganisation, REGISTRY } from '../registry.ts';
import { cleanChat, cleanText, filterProfanity } from '../text.ts';
import type { ActorRef, SessionModel, SessionRole } from './model.ts';

/** Who may send an action: any attendee, speakers (and host), moderators (and host), the host. */
export type Capability = 'anyone' | 'speaker' | 'moderator' | 'host';

export const ACTION_RIGHTS: Record<SessionActionName, Capability> = {
  raiseHand: 'anyone',
  lowerHand: 'anyone',
  say: 'anyone',
  ask: 'anyone',
  upvote: 'anyone',
  pollVote: 'anyone',
  report: 'anyone',
  page: 'speaker',
  open: 'host',
  end: 'host',
  screen: 'host',
  speaker: 'host',
  floor: 'host',
  dismiss: 'host',
  pollOpen: 'host',
  pollClose: 'host',
  answered: 'host',
  recording: 'host',
  approve: 'moderator',
  hide: 'moderator',
  merge: 'moderator',
  mute: 'moderator',
  ban: 'moderator',
  slowMode: 'moderator',
  chatOff: 'moderator',
  muteAll: 'moderator',
  deleteMessage: 'moderator',
  resolveReport: 'moderator',
};

/** Questions (and reports) kept per session; beyond this new ones are refused ('failed'). */
export const QUESTIONS_MAX = 2000;
const REPORTS_MAX = 2000;
/** Length of a moderator's or reporter's reason, after cleaning. */
const REASON_MAX_CHARS = 200;

/** Admin: everything. Host: everything but is not "admin". Moderator: moderation and anyone. */
export function mayAct(role: SessionRole, right: Capability, isSpeaker: boolean): boolean {
  if (right === 'anyone' || role === 'admin' || role === 'host') return true;
  if (right === 'speaker') return isSpeaker;
  if (right === 'moderator') return role === 'moderator';
  return false;
}

/** Actions whose right is not 'anyone'; their refusals are audit-logged by the server. */
export function isPrivileged(action: SessionAction): boolean {
  return ACTION_RIGHTS[action.do] !== 'anyone';
}

export type Decision = { ok: true; act: SessionAction } | { ok: false; code: SessionNotice };

const STAFF: ReadonlySet<SessionRole> = new Set(['moderator', 'host', 'admin']);
/** May act while the session is still scheduled (the host preparing the stage). */
const PREPARING: ReadonlySet<SessionActionName> = new Set(['screen', 'page', 'pollOpen', 'recording']);

const no = (code: SessionNotice): Decision => ({ ok: false, code });
const yes = (act: SessionAction): Decision => ({ ok: true, act });

/** Cleans a required user text: control characters out, length capped, profanity masked. */
function cleanRequired(raw: string, maxChars: number): string | null {
  const text = cleanText(raw, maxChars);
  return text.length === 0 ? null : filterProfanity(text).text;
}

function cleanReason(raw: string | undefined): string {
  return raw === undefined ? '' : filterProfanity(cleanText(raw, REASON_MAX_CHARS)).text;
}

function isAttendee(model: SessionModel, handle: string): boolean {
  const key = model.handles[handle];
  return key !== undefined && model.attendees[key] !== undefined;
}

function roleOfHandle(model: SessionModel, handle: string): SessionRole | undefined {
  const key = model.handles[handle];
  return key === undefined ? undefined : model.attendees[key]?.role;
}

function checkPhase(model: SessionModel, name: SessionActionName): SessionNotice | null {
  if (model.phase === 'ended') return 'not-live';
  if (name === 'open') return model.phase === 'scheduled' ? null : 'failed';
  if (model.phase === 'live') return null;
  return PREPARING.has(name) ? null : 'not-live';
}

/**
 * Decides one action of `by` against the model at `nowMs` (epoch ms). Accepted: the normalised
 * action to store and apply. Refused: the notice code; nothing is to change.
 */
export function decide(model: SessionModel, by: ActorRef, action: SessionAction, nowMs: number): Decision {
  const isSpeaker = model.speakers[by.handle] !== undefined;
  if (!mayAct(by.role, ACTION_RIGHTS[action.do], isSpeaker)) return no('not-allowed');
  const phaseRefusal = checkPhase(model, action.do);
  if (phaseRefusal !== null) return no(phaseRefusal);
  return decideDomain(model, by, action, nowMs);
}

function decideDomain(model: SessionModel, by: ActorRef, act: SessionAction, nowMs: number): Decision {
  switch (act.do) {
    case 'open':
    case 'end':
      return yes(act);
    case 'recording':
      return model.recording === act.on ? no('failed') : yes(act);
    case 'raiseHand': {
      if (model.hands.some((h) => h.handle === by.handle) || model.floor?.handle === by.handle) {
        return no('failed');
      }
      const text = act.text === undefined ? null : cleanChat(act.text);
      return yes({ do: 'raiseHand', text: text?.text ?? '' });
    }
    case 'lowerHand': {
      const up = model.hands.some((h) => h.handle === by.handle) || model.floor?.handle === by.handle;
      return up ? yes(act) : no('not-found');
    }
    case 'say': {
      if (model.floor?.handle !== by.handle) return no('not-allowed');
      const text = cleanChat(act.text);
      return text === null ? no('text-empty') : yes({ do: 'say', text: text.text });
    }
    case 'ask': {
      if (model.questions.length >= QUESTIONS_MAX) return no('failed');
      const text = cleanRequired(act.text, QUESTION_MAX_CHARS);
      return text === null ? no('text-empty') : yes({ do: 'ask', text, anonymous: act.anonymous });
    }
    case 'upvote': {
      const q = model.questions.find((x) => x.id === act.questionId);
      if (q === undefined || q.status !== 'approved') return no('not-found');
      return q.voters.includes(by.key) ? no('already-voted') : yes(act);
    }
    case 'pollVote':
      return decidePollVote(model, by, act, nowMs);
    case 'report':
      return decideReport(model, by, act);
    case 'screen':
      return decideScreen(act);
    case 'page': {
      const s = model.screen;
      if (s.mode !== 'slides' || act.page >= s.pages) return no('not-found');
      return yes(act);
    }
    case 'speaker':
      return isAttendee(model, act.handle) ? yes(act) : no('not-found');
    case 'floor':
      if (!isAttendee(model, act.handle)) return no('not-found');
      return model.hands.some((h) => h.handle === act.handle) ? yes(act) : no('not-found');
    case 'dismiss': {
      if (!isAttendee(model, act.handle)) return no('not-found');
      const up = model.hands.some((h) => h.handle === act.handle) || model.floor?.handle === act.handle;
      return up ? yes(act) : no('not-found');
    }
    case 'mute':
    case 'ban': {
      const role = roleOfHandle(model, act.handle);
      if (role === undefined) return no('not-found');
      if (STAFF.has(role)) return no('not-allowed');
      return yes({ ...act, reason: cleanReason(act.reason) });
    }
    case 'pollOpen':
      return decidePollOpen(act);
    case 'pollClose': {
      const poll = model.polls.find((p) => p.id === act.pollId);
      if (poll === undefined) return no('not-found');
      return poll.closedAt === null ? yes(act) : no('poll-closed');
    }
    case 'answered':
    case 'approve': {
      const q = model.questions.find((x) => x.id === act.questionId);
      if (q === undefined) return no('not-found');
      return act.do === 'approve' && q.status === 'merged' ? no('failed') : yes(act);
    }
    case 'hide':
      if (!model.questions.some((x) => x.id === act.questionId)) return no('not-found');
      return yes({ ...act, reason: cleanReason(act.reason) });
    case 'merge': {
      const from = model.questions.find((x) => x.id === act.questionId);
      const into = model.questions.find((x) => x.id === act.into);
      if (from === undefined || into === undefined || into.status !== 'approved') return no('not-found');
      return from.id === into.id || from.status === 'merged' ? no('failed') : yes(act);
    }
    case 'slowMode':
    case 'chatOff':
    case 'muteAll':
      return yes({ ...act, reason: cleanReason(act.reason) });
    case 'deleteMessage':
      if (model.deleted.includes(act.messageId)) return no('not-found');
      return yes({ ...act, reason: cleanReason(act.reason) });
    case 'resolveReport': {
      const report = model.reports.find((r) => r.id === act.reportId);
      return report === undefined || report.resolved ? no('not-found') : yes(act);
    }
  }
}

type Act<N extends SessionActionName> = Extract<SessionAction, { do: N }>;

function decidePollVote(model: SessionModel, by: ActorRef, act: Act<'pollVote'>, nowMs: number): Decision {
  const poll = model.polls.find((p) => p.id === act.pollId);
  if (poll === undefined) return no('not-found');
  if (poll.closedAt !== null || (poll.endsAt !== null && nowMs >= poll.endsAt)) return no('poll-closed');
  const choices = [...new Set(act.choices)].sort((a, b) => a - b);
  if (choices.length !== act.choices.length) return no('bad-choice');
  if (choices.some((c) => c < 0 || c >= poll.options.length)) return no('bad-choice');
  if (!poll.multi && choices.length !== 1) return no('bad-choice');
  if (poll.ballots[by.key] !== undefined) return no('already-voted');
  return yes({ do: 'pollVote', pollId: poll.id, choices });
}

function decideReport(model: SessionModel, by: ActorRef, act: Act<'report'>): Decision {
  if (model.reports.length >= REPORTS_MAX) return no('failed');
  const t = act.target;
  if (t.kind === 'person' && !isAttendee(model, t.handle)) return no('not-found');
  const same = model.reports.some(
    (r) =>
      !r.resolved &&
      r.by.handle === by.handle &&
      r.target.kind === t.kind &&
      (r.target.kind === 'message'
        ? t.kind === 'message' && r.target.messageId === t.messageId
        : t.kind === 'person' && r.target.handle === t.handle),
  );
  if (same) return no('failed');
  return yes({ do: 'report', target: t, reason: cleanReason(act.reason) });
}

function decideScreen(act: Act<'screen'>): Decision {
  const s = act.screen;
  if (s.mode === 'opd' && findOrganisation(REGISTRY, s.opdId) === undefined) return no('not-found');
  if (s.mode === 'slides') {
    const page = s.page ?? 0;
    if (s.pages === undefined || page >= s.pages) return no('not-found');
    return yes({ do: 'screen', screen: { mode: 'slides', deckId: s.deckId, page, pages: s.pages } });
  }
  return yes(act);
}

function decidePollOpen(act: Act<'pollOpen'>): Decision {
  const question = cleanRequired(act.question, QUESTION_MAX_CHARS);
  const options = act.options.map((o) => cleanRequired(o, POLL_OPTION_MAX_CHARS));
  if (question === null || options.some((o) => o === null)) return no('text-empty');
  const clean = options as string[];
  if (new Set(clean.map((o) => o.toLocaleLowerCase('id'))).size !== clean.length) return no('bad-choice');
  const out: Act<'pollOpen'> = {
    do: 'pollOpen',
    question,
    options: clean,
    multi: act.multi,
    reveal: act.reveal,
  };
  if (act.durationS !== undefined) out.durationS = act.durationS;
  return yes(out);
}
