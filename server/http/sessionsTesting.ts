// Test support for the sessions API tests (imported only by *.test.ts): `setUpSessionsApi()` starts the
// sessions router on a free port against a real store (temp SQLite file), real accounts and real signed
// tokens, with a clock the tests move; plus request helpers, a session draft and store shortcuts.
// Each test file gets its own module instance (vitest isolates files), so its own server and database.
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import express from 'express';
import { afterAll, beforeAll, expect } from 'vitest';
import type { Role } from '../../shared/accounts.ts';
import { REGISTRY } from '../../shared/registry.ts';
import { NewSession } from '../../shared/session/schedule.ts';
import { hashPassword } from '../auth/password.ts';
import { claimsOf, createTokens } from '../auth/tokens.ts';
import type { AuthSession } from '../store/authSessionStore.ts';
import { openStore, type Store } from '../store/store.ts';
import type { User } from '../store/userStore.ts';
import { tempDir } from '../testing.ts';
import { sessionsRouter } from './sessions.ts';

export const HOUR = 3_600_000;
/** The server's clock, epoch ms; tests move it. */
export const clock = { now: Date.UTC(2026, 10, 20, 1, 0, 0) };
export const T = () => clock.now;

const dir = tempDir();
/** Set once `setUpSessionsApi()`'s beforeAll has run. */
export let store: Store;
/** The API's base URL, e.g. `http://127.0.0.1:PORT/api`. */
export let base: string;
let close: () => void;
/** A fresh token per request: the tests move the clock past tokens' lifetime. */
let tokenOf: (who: string) => string;

const USERS: Array<[string, Role, string | null]> = [
  ['root', 'admin', null],
  ['hana', 'host', 'setda'],
  ['hadi', 'host', null],
  ['dewi', 'host', 'dinkes'],
  ['mira', 'moderator', null],
  ['ana', 'staff', 'setda'],
];

/** Registers the calling test file's beforeAll/afterAll that start and stop the server and store. */
export function setUpSessionsApi(): void {
  beforeAll(async () => {
    store = await openStore({ dbPath: join(dir.path, 'sessions.sqlite') });
    await store.organisations.sync(REGISTRY, T());
    const tokens = createTokens('rahasia-uji-sesi', T);
    const users = new Map<string, { user: User; session: AuthSession }>();
    for (const [username, role, organisationId] of USERS) {
      const passwordHash = await hashPassword('kata-sandi-yang-panjang');
      const user = await store.users.create({ username, passwordHash, role, organisationId, createdAt: T() });
      // One sign-in session per user; the tests move the clock by weeks, so each token claims to be
      // signed in just now (it is still bound to the session row and its generation).
      users.set(username, { user, session: await store.users.startSession(user.id, T(), 0) });
    }
    tokenOf = (who) => {
      const signedIn = users.get(who);
      if (!signedIn) return who;
      return tokens.issue({ ...claimsOf(signedIn.user, signedIn.session), auth: T() }).token;
    };
    const app = express();
    const deps = {
      sessions: store.sessions,
      users: store.users,
      tokens,
      audit: store.audit,
      registry: REGISTRY,
    };
    app.use('/api', sessionsRouter({ ...deps, now: T, attendance: (id) => (id.length === 10 ? 3 : 0) }));
    const server = app.listen(0);
    await new Promise((r) => server.once('listening', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api`;
    close = () => server.close();
  });
  afterAll(async () => {
    close();
    await store.close();
    dir.remove();
  });
}

/** A request as `who` (a username, or any other string sent as a bad token); errors must be JSON. */
export async function call(method: string, path: string, who?: string, body?: unknown) {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: {
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      ...(who ? { Authorization: `Bearer ${tokenOf(who)}` } : {}),
    },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  if (res.status >= 400) expect(res.headers.get('content-type')).toMatch(/^application\/json/);
  return res;
}
export const json = async (res: Response) => (await res.json()) as Record<string, unknown>;
export const audited = async (action: string) =>
  (await store.audit.recent({ limit: 1000 })).filter((e) => e.action === action);

export const draft = (extra: Record<string, unknown> = {}) => ({
  title: 'Rakorsus Wali Kota',
  organiser: 'setda',
  description: 'Rapat koordinasi khusus.',
  startsAt: T() + HOUR,
  endsAt: T() + 3 * HOUR,
  agenda: ['Pembukaan', 'Paparan'],
  ...extra,
});
export const stored = async () => (await store.sessions.list({ limit: 1000 })).length;
/** A session straight in the store (for states the API cannot create, like past ones). */
export const seed = (extra: Record<string, unknown>) =>
  store.sessions.create(NewSession.parse(draft(extra)), { id: 999, username: 'seed' }, T());
