// Mirrors the public part of a session model into a shard's SessionState (shared/schema.ts): the
// session info, screen, floor, speakers, approved questions, the current poll, chat rules and the
// hand count. Every field is compared before it is set, so a patch carries only what changed and
// every shard, mirroring the same model, shows the same stage. Runs on the server.

import { type SessionState, StageQuestion } from '../../shared/schema.ts';
import type { SessionModel } from '../../shared/session/model.ts';
import { publicPoll, publicQuestions } from '../../shared/session/views.ts';
import type { SessionRow } from '../store/sessionStore.ts';

/** Sets `o[k] = v` only when it differs (schema setters mark a field changed on every write). */
function put<T extends object, K extends keyof T>(o: T, k: K, v: T[K]): void {
  if (o[k] !== v) o[k] = v;
}

type StringList = { length: number; at(i: number): unknown; clear(): void; push(...items: never[]): number };

/** Replaces an ArraySchema's items when they differ. */
function putList<V extends string | number>(list: StringList, values: V[]): void {
  if (list.length === values.length && values.every((v, i) => list.at(i) === v)) return;
  list.clear();
  (list.push as (...items: V[]) => number)(...values);
}

export function mirrorInfo(state: SessionState, row: SessionRow, model: SessionModel): void {
  const info = state.info;
  put(info, 'id', row.id);
  put(info, 'title', row.title);
  put(info, 'organiser', row.organiser);
  put(info, 'phase', model.phase);
  put(info, 'startsAt', row.startsAt);
  put(info, 'endsAt', row.endsAt);
}

export function mirrorStage(state: SessionState, model: SessionModel, nowMs: number): void {
  const s = model.screen;
  const screen = state.screen;
  put(screen, 'mode', s.mode);
  put(screen, 'deckId', s.mode === 'slides' ? s.deckId : '');
  put(screen, 'page', s.mode === 'slides' ? s.page : 0);
  put(screen, 'pages', s.mode === 'slides' ? s.pages : 0);
  put(screen, 'opdId', s.mode === 'opd' ? s.opdId : '');
  put(screen, 'url', s.mode === 'video' ? s.url : '');

  put(state.floor, 'handle', model.floor?.handle ?? '');
  put(state.floor, 'name', model.floor?.name ?? '');
  put(state.floor, 'text', model.floor?.text ?? '');

  for (const handle of [...state.speakers.keys()]) {
    if (model.speakers[handle] === undefined) state.speakers.delete(handle);
  }
  for (const [handle, name] of Object.entries(model.speakers)) {
    if (state.speakers.get(handle) !== name) state.speakers.set(handle, name);
  }

  mirrorQuestions(state, model);
  mirrorPoll(state, model, nowMs);

  put(state.chat, 'off', model.chat.off);
  put(state.chat, 'slowS', model.chat.slowS);
  put(state.chat, 'mutedAll', model.chat.mutedAll);
  put(state, 'hands', model.hands.length);
  put(state, 'peak', Math.max(state.peak, model.peak));
}

/** Live attendance across shards (from the hub's count messages). */
export function mirrorCount(state: SessionState, count: number, peak: number): void {
  put(state, 'attendance', count);
  put(state, 'peak', Math.max(state.peak, peak));
}

function mirrorQuestions(state: SessionState, model: SessionModel): void {
  const shown = publicQuestions(model);
  const ids = new Set(shown.map((q) => String(q.id)));
  for (const id of [...state.questions.keys()]) if (!ids.has(id)) state.questions.delete(id);
  for (const q of shown) {
    const id = String(q.id);
    const have = state.questions.get(id);
    if (!have) {
      state.questions.set(
        id,
        new StageQuestion({ text: q.text, author: q.author, votes: q.votes, answered: q.answered, at: q.at }),
      );
      continue;
    }
    put(have, 'text', q.text);
    put(have, 'author', q.author);
    put(have, 'votes', q.votes);
    put(have, 'answered', q.answered);
    put(have, 'at', q.at);
  }
}

function mirrorPoll(state: SessionState, model: SessionModel, nowMs: number): void {
  const poll = model.polls.at(-1);
  const p = state.poll;
  if (!poll) {
    put(p, 'id', 0);
    return;
  }
  const shown = publicPoll(poll, nowMs);
  put(p, 'id', poll.id);
  put(p, 'question', poll.question);
  putList(p.options as unknown as StringList, poll.options);
  put(p, 'multi', poll.multi);
  put(p, 'reveal', poll.reveal);
  put(p, 'open', shown.open);
  put(p, 'endsAt', poll.endsAt ?? 0);
  putList(p.tallies as unknown as StringList, shown.tallies);
  put(p, 'voters', shown.voters);
}
