// The authorisation matrix: every privileged stage action (a 'host', 'moderator' or 'speaker' right
// in ACTION_RIGHTS) sent by each kind of attendee through a real client. Allowed → the event is
// stored and applied; refused → notice 'not-allowed', the model and the shard's state unchanged, and
// a 'session.refused' audit entry.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionAction, SessionActionName } from '../../shared/protocol.ts';
import { ACTION_RIGHTS } from '../../shared/session/rules.ts';
import { hashPassword } from '../auth/password.ts';
import type { HubPort } from '../sessions/sessionLink.ts';
import { tempDir, waitFor } from '../testing.ts';
import { startTestHall, type TestAttendee, type TestHall } from '../testingHall.ts';
import { actorOf } from './sessionVisitor.ts';

const dir = tempDir();
let hall: TestHall;

beforeAll(async () => {
  hall = await startTestHall(dir.path);
  await hall.createUser('walikota', 'host', 'setda');
  await hall.createUser('bapenda', 'host', 'bapenda');
  await hall.createUser('moderator', 'moderator');
  await hall.createUser('admin', 'admin');
  await hall.createUser('panitia', 'admin');
});
afterAll(async () => {
  await hall.stop();
  dir.remove();
});

type Who = 'resident' | 'otherHost' | 'moderator' | 'host' | 'admin';
const LOGIN: Record<Who, string | null> = {
  resident: null,
  otherHost: 'bapenda',
  moderator: 'moderator',
  host: 'walikota',
  admin: 'admin',
};

// Written out, not derived: the rights each attendee has (A = allowed, R = refused).
const MATRIX: Record<Exclude<SessionActionName, AnyoneAction>, Record<Who, 'A' | 'R'>> = {
  open: { resident: 'R', otherHost: 'R', moderator: 'R', host: 'A', admin: 'A' },
  screen: { resident: 'R', otherHost: 'R', moderator: 'R', host: 'A', admin: 'A' },
  page: { resident: 'R', otherHost: 'R', moderator: 'R', host: 'A', admin: 'A' },
  speaker: { resident: 'R', otherHost: 'R', moderator: 'R', host: 'A', admin: 'A' },
  floor: { resident: 'R', otherHost: 'R', moderator: 'R', host: 'A', admin: 'A' },
  dismiss: { resident: 'R', otherHost: 'R', moderator: 'R', host: 'A', admin: 'A' },
  pollOpen: { resident: 'R', otherHost: 'R', moderator: 'R', host: 'A', admin: 'A' },
  pollClose: { resident: 'R', otherHost: 'R', moderator: 'R', host: 'A', admin: 'A' },
  answered: { resident: 'R', otherHost: 'R', moderator: 'R', host: 'A', admin: 'A' },
  recording: { resident: 'R', otherHost: 'R', moderator: 'R', host: 'A', admin: 'A' },
  approve: { resident: 'R', otherHost: 'R', moderator: 'A', host: 'A', admin: 'A' },
  hide: { resident: 'R', otherHost: 'R', moderator: 'A', host: 'A', admin: 'A' },
  merge: { resident: 'R', otherHost: 'R', moderator: 'A', host: 'A', admin: 'A' },
  mute: { resident: 'R', otherHost: 'R', moderator: 'A', host: 'A', admin: 'A' },
  slowMode: { resident: 'R', otherHost: 'R', moderator: 'A', host: 'A', admin: 'A' },
  chatOff: { resident: 'R', otherHost: 'R', moderator: 'A', host: 'A', admin: 'A' },
  muteAll: { resident: 'R', otherHost: 'R', moderator: 'A', host: 'A', admin: 'A' },
  deleteMessage: { resident: 'R', otherHost: 'R', moderator: 'A', host: 'A', admin: 'A' },
  resolveReport: { resident: 'R', otherHost: 'R', moderator: 'A', host: 'A', admin: 'A' },
  ban: { resident: 'R', otherHost: 'R', moderator: 'A', host: 'A', admin: 'A' },
  end: { resident: 'R', otherHost: 'R', moderator: 'R', host: 'A', admin: 'A' },
};
type AnyoneAction = 'raiseHand' | 'lowerHand' | 'say' | 'ask' | 'upvote' | 'pollVote' | 'report';

/** What the stage needs before each action, and the action; in an order where each is valid. */
type Step = { name: keyof typeof MATRIX; action: (c: Ctx) => Promise<SessionAction> | SessionAction };
type Ctx = {
  hub: HubPort;
  target: TestAttendee;
  targetDo(action: SessionAction): Promise<void>;
  deckId: string;
  /** A chat line of the target, for deleteMessage and report. */
  lineId: number;
};
const handleOf = (a: TestAttendee) => a.got.you.at(-1)?.handle ?? '';
const lastQuestion = (c: Ctx) => c.hub.model.questions.at(-1)?.id ?? 0;

const STEPS: Step[] = [
  { name: 'open', action: () => ({ do: 'open' }) },
  { name: 'screen', action: (c) => ({ do: 'screen', screen: { mode: 'slides', deckId: c.deckId } }) },
  { name: 'page', action: () => ({ do: 'page', page: 1 }) },
  { name: 'speaker', action: (c) => ({ do: 'speaker', handle: handleOf(c.target), on: true }) },
  {
    name: 'floor',
    action: async (c) => {
      await c.targetDo({ do: 'raiseHand', text: 'Soal jalan rusak' });
      return { do: 'floor', handle: handleOf(c.target) };
    },
  },
  { name: 'dismiss', action: (c) => ({ do: 'dismiss', handle: handleOf(c.target) }) },
  {
    name: 'pollOpen',
    action: () => ({
      do: 'pollOpen',
      question: 'Setuju?',
      options: ['Ya', 'Tidak'],
      multi: false,
      reveal: 'live',
    }),
  },
  { name: 'pollClose', action: (c) => ({ do: 'pollClose', pollId: c.hub.model.polls.at(-1)?.id ?? 0 }) },
  {
    name: 'approve',
    action: async (c) => {
      await c.targetDo({ do: 'ask', text: 'Kapan jalan diperbaiki?', anonymous: false });
      return { do: 'approve', questionId: lastQuestion(c) };
    },
  },
  { name: 'answered', action: (c) => ({ do: 'answered', questionId: lastQuestion(c) }) },
  { name: 'recording', action: (c) => ({ do: 'recording', on: !c.hub.model.recording }) },
  {
    name: 'hide',
    action: async (c) => {
      await c.targetDo({ do: 'ask', text: 'Pertanyaan kedua', anonymous: true });
      return { do: 'hide', questionId: lastQuestion(c), reason: 'duplikat' };
    },
  },
  {
    name: 'merge',
    action: async (c) => {
      await c.targetDo({ do: 'ask', text: 'Pertanyaan ketiga', anonymous: false });
      const into = c.hub.model.questions.find((q) => q.status === 'approved')?.id ?? 0;
      return { do: 'merge', questionId: lastQuestion(c), into };
    },
  },
  { name: 'mute', action: (c) => ({ do: 'mute', handle: handleOf(c.target), on: true, reason: 'spam' }) },
  { name: 'slowMode', action: () => ({ do: 'slowMode', seconds: 10 }) },
  { name: 'chatOff', action: () => ({ do: 'chatOff', on: true }) },
  { name: 'muteAll', action: () => ({ do: 'muteAll', on: true }) },
  { name: 'deleteMessage', action: (c) => ({ do: 'deleteMessage', messageId: c.lineId, reason: 'kasar' }) },
  {
    name: 'resolveReport',
    action: async (c) => {
      await c.targetDo({ do: 'report', target: { kind: 'message', messageId: c.lineId }, reason: 'kasar' });
      return { do: 'resolveReport', reportId: c.hub.model.reports.at(-1)?.id ?? 0 };
    },
  },
  { name: 'ban', action: (c) => ({ do: 'ban', handle: handleOf(c.target), minutes: 5, reason: 'ulang' }) },
  { name: 'end', action: () => ({ do: 'end' }) },
];

/** The shard's public state without what moves on its own (avatars, live attendance). */
function stageOf(hall: TestHall, a: TestAttendee): string {
  const {
    players: _p,
    attendance: _a,
    peak: _k,
    ...rest
  } = hall.roomOf(a.room).state.toJSON() as Record<string, unknown>;
  return JSON.stringify(rest);
}

describe('authorisation matrix', () => {
  it('covers every privileged action', () => {
    const privileged = Object.entries(ACTION_RIGHTS)
      .filter(([, right]) => right !== 'anyone')
      .map(([name]) => name)
      .sort();
    expect(Object.keys(MATRIX).sort()).toEqual(privileged);
    expect(STEPS.map((s) => s.name).sort()).toEqual(privileged);
  });

  it.each(Object.keys(LOGIN) as Who[])('%s', async (who) => {
    const s = await hall.schedule('walikota');
    await hall.city.app.store.sessions.addDeck(
      s.id,
      'Paparan',
      [0, 1, 2].map(() => ({ mime: 'image/png', bytes: new Uint8Array([137, 80, 78, 71]) })),
      Date.now(),
    );
    const deckId = (await hall.city.app.store.sessions.decks(s.id))[0]?.id ?? '';
    const login = LOGIN[who];
    const actor = await hall.join(s.id, 'Pelaku Uji', login ? { token: await hall.tokenOf(login) } : {});
    const manager = await hall.join(s.id, 'Panitia', { token: await hall.tokenOf('panitia') });
    const target = await hall.join(s.id, 'Warga Sasaran');
    const room = hall.roomOf(actor.room);
    const hub = room.hub;
    const visitorOf = (a: TestAttendee) => {
      const v = hall.roomOf(a.room).visitors.get(a.room.sessionId);
      if (!v) throw new Error('no visitor');
      return v;
    };
    const ctx: Ctx = {
      hub,
      target,
      deckId,
      lineId: 0,
      async targetDo(action) {
        await hub.dispatch(actorOf(visitorOf(target)), action);
      },
    };
    const line = await hub.chat(actorOf(visitorOf(target)), 'Halo semua', Date.now());
    if (!line.ok) throw new Error('the chat line was refused');
    ctx.lineId = line.line.id;

    for (const step of STEPS) {
      const action = await step.action(ctx);
      const expected = MATRIX[step.name][who];
      const seq = hub.model.seq;
      const model = JSON.stringify(hub.model);
      const stage = stageOf(hall, actor);
      const notices = actor.got.notice.length;
      actor.act(action);
      if (expected === 'A') {
        await waitFor(() => hub.model.seq > seq || actor.got.notice.length > notices, 3000, step.name);
        expect(actor.got.notice.slice(notices), step.name).toEqual([]);
        const events = await hall.city.app.store.sessions.events(s.id, seq);
        expect(
          events.find((e) => e.act.do === step.name && e.by?.key === visitorOf(actor).ref.key),
          step.name,
        ).toBeDefined();
        const audit = await hall.audit();
        expect(
          audit.some((e) => e.action === `session.${step.name}` && e.target === s.id),
          step.name,
        ).toBe(true);
      } else {
        await waitFor(() => actor.got.notice.length > notices, 3000, `${step.name} refused`);
        expect(actor.got.notice.slice(notices), step.name).toEqual([{ code: 'not-allowed' }]);
        expect(hub.model.seq, step.name).toBe(seq);
        expect(JSON.stringify(hub.model), step.name).toBe(model);
        expect(stageOf(hall, actor), step.name).toBe(stage);
        const refused = (await hall.audit()).find(
          (e) => e.action === 'session.refused' && e.target === s.id && e.detail?.do === step.name,
        );
        expect(refused, step.name).toMatchObject({
          actor: login ? `staff:${login}` : `guest:Pelaku Uji#${handleOf(actor)}`,
          detail: { do: step.name, role: who === 'moderator' ? 'moderator' : 'resident' },
        });
        // The stage goes on as if an official had done it, so the next step is valid.
        const done = await hub.dispatch(actorOf(visitorOf(manager)), action);
        expect(done.ok, step.name).toBe(true);
      }
    }
    expect(hub.model.phase).toBe('ended');
  });

  it('re-checks the account per privileged action: a changed account acts as a resident', async () => {
    const s = await hall.schedule('walikota');
    const host = await hall.join(s.id, 'Pak Wali', { token: await hall.tokenOf('walikota') });
    expect(host.got.you.at(-1)?.role).toBe('host');
    const users = hall.city.app.store.users;
    const walikota = await users.byUsername('walikota');
    if (!walikota) throw new Error('walikota missing');
    await users.setPassword(walikota.id, await hashPassword('kata-sandi-lain-yang-panjang'));
    const hub = hall.roomOf(host.room).hub;
    const seq = hub.model.seq;
    host.act({ do: 'open' });
    await waitFor(() => host.got.notice.length > 0, 3000, 'refusal');
    expect(host.got.notice).toEqual([{ code: 'not-allowed' }]);
    expect(hub.model.seq).toBe(seq);
    expect(hub.model.phase).toBe('scheduled');
    const refused = (await hall.audit()).find((e) => e.action === 'session.refused' && e.target === s.id);
    expect(refused).toMatchObject({ actor: 'staff:walikota', detail: { do: 'open', role: 'resident' } });
  });
});
