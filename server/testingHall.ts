// Test support for the `session` room (imported only by *.test.ts): a real server with small hall
// shards, accounts made straight in its store, and attendees joined through their own SDK client (so
// each may carry its own login token). The city's support, which this builds on, is testing.ts.
import { join } from 'node:path';
import type { Room as SdkRoom } from '@colyseus/sdk';
import { Client } from '@colyseus/sdk';
import type { Role } from '../shared/accounts.ts';
import { PROTOCOL_VERSION, type SessionAction, type SessionServerMessages } from '../shared/protocol.ts';
import type { SessionState } from '../shared/schema.ts';
import { NewSession } from '../shared/session/schedule.ts';
import { hashPassword } from './auth/password.ts';
import type { SessionRoom } from './rooms/SessionRoom.ts';
import type { SessionOptions } from './sessions/sessionParts.ts';
import type { AuditRecord } from './store/auditStore.ts';
import type { SessionRow } from './store/sessionStore.ts';
import { startTestCity, type TestCity, waitFor } from './testing.ts';

export const TEST_PASSWORD = 'kata-sandi-yang-panjang';

export type SessionClientRoom = SdkRoom<SessionRoom, SessionState>;

export type TestAttendee = {
  room: SessionClientRoom;
  visitorId: string;
  got: { [K in keyof SessionServerMessages]: Array<SessionServerMessages[K]> };
  leftWith: number | undefined;
  act(action: SessionAction): void;
};

export type TestHall = {
  city: TestCity;
  /** The server's clock for sessions and accounts runs `offsetMs` ahead of real time; tests move it. */
  clock: { offsetMs: number; now(): number };
  createUser(username: string, role: Role, organisationId?: string | null): Promise<number>;
  /** Logs in through POST /api/auth/login and returns the token. */
  tokenOf(username: string): Promise<string>;
  /** Schedules a session as `username` (straight in the store), public unless overridden. */
  schedule(username: string, overrides?: Partial<NewSession>): Promise<SessionRow>;
  join(
    sessionId: string,
    name: string,
    options?: { visitorId?: string; token?: string; invite?: string; origin?: string },
  ): Promise<TestAttendee>;
  roomOf(room: { roomId: string }): SessionRoom;
  audit(): Promise<AuditRecord[]>;
  stop(): Promise<void>;
};

let visitorSeq = 0;
/** A visitor id as a browser keeps one (16–64 url-safe characters). */
export const newVisitorId = () =>
  `visitor${Date.now().toString(36)}${(visitorSeq++).toString().padStart(8, '0')}`;

export function watchSession(room: SessionClientRoom, visitorId: string): TestAttendee {
  const got: TestAttendee['got'] = {
    chat: [],
    chatHistory: [],
    chatDeleted: [],
    correction: [],
    notice: [],
    reaction: [],
    you: [],
    staff: [],
    voice: [],
  };
  const a: TestAttendee = {
    room,
    visitorId,
    got,
    leftWith: undefined,
    act: (action) => room.send('act', action),
  };
  // One collector per message type; the SDK types each handler per message, so loop untyped.
  const untyped = room as unknown as { onMessage(type: string, cb: (m: unknown) => void): void };
  for (const type of Object.keys(got) as Array<keyof SessionServerMessages>) {
    untyped.onMessage(type, (m) => (got[type] as unknown[]).push(m));
  }
  room.onLeave((code: number) => {
    a.leftWith = code;
  });
  return a;
}

export async function startTestHall(
  dir: string,
  sessions: SessionOptions = {},
  env: Record<string, string> = {},
): Promise<TestHall> {
  const clock = { offsetMs: 0, now: () => Date.now() + clock.offsetMs };
  const city = await startTestCity(join(dir, 'hall.sqlite'), env, { sessions, accounts: { now: clock.now } });
  const store = city.app.store;
  const users = new Map<string, number>();
  return {
    city,
    clock,
    async createUser(username, role, organisationId = null) {
      const user = await store.users.create({
        username,
        passwordHash: await hashPassword(TEST_PASSWORD),
        role,
        organisationId,
        createdAt: clock.now(),
      });
      users.set(username, user.id);
      return user.id;
    },
    async tokenOf(username) {
      const res = await fetch(`${city.baseUrl}/api/auth/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ username, password: TEST_PASSWORD }),
      });
      if (res.status !== 200) throw new Error(`login of ${username}: ${res.status}`);
      return ((await res.json()) as { token: string }).token;
    },
    schedule(username, overrides = {}) {
      const id = users.get(username);
      if (id === undefined) throw new Error(`no test user ${username}`);
      const now = clock.now();
      const body = NewSession.parse({
        title: 'Musrenbang Kecamatan Tamalate',
        organiser: 'setda',
        startsAt: now + 60_000,
        endsAt: now + 3_600_000,
        agenda: ['Pembukaan', 'Tanya jawab'],
        ...overrides,
      });
      return store.sessions.create(body, { id, username }, now);
    },
    async join(sessionId, name, options = {}) {
      const visitorId = options.visitorId ?? newVisitorId();
      const sdk = new Client(
        city.baseUrl,
        options.origin ? { headers: { Origin: options.origin } } : undefined,
      );
      if (options.token) sdk.auth.token = options.token;
      const room = await sdk.joinOrCreate<SessionRoom>('session', {
        sessionId,
        name,
        color: '#3366cc',
        visitorId,
        protocol: PROTOCOL_VERSION,
        ...(options.invite ? { invite: options.invite } : {}),
      });
      const attendee = watchSession(room as SessionClientRoom, visitorId);
      await waitFor(() => attendee.got.you.length > 0, 3000, `${name}'s view`);
      return attendee;
    },
    roomOf: (room) => city.colyseus.getRoomById<SessionRoom>(room.roomId),
    audit: () => store.audit.recent({ limit: 1000 }),
    stop: () => city.stop(),
  };
}
