import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { STAFF_SESSION_KEY, storedStaffSession, storedStaffToken } from './staffApi.ts';

// Node has no sessionStorage: a Map-backed one with the same methods stands in for the browser's.
const entries = new Map<string, string>();
beforeEach(() => {
  entries.clear();
  Object.assign(globalThis, {
    sessionStorage: {
      getItem: (k: string) => entries.get(k) ?? null,
      setItem: (k: string, v: string) => entries.set(k, v),
    },
  });
});
afterEach(() => {
  Reflect.deleteProperty(globalThis, 'sessionStorage');
});

const persisted = (session: unknown) => JSON.stringify({ state: { session }, version: 0 });

describe('storedStaffToken', () => {
  it('returns the token the staff console persisted while it is valid', () => {
    entries.set(STAFF_SESSION_KEY, persisted({ token: 'abc', expiresAt: 2000, user: {} }));
    expect(storedStaffToken(1999)).toBe('abc');
    expect(storedStaffToken(2000)).toBeNull();
  });

  it('returns null while the one-time password is unchanged (the server refuses such tokens)', () => {
    const session = { token: 'abc', expiresAt: 2000, user: {} };
    entries.set(STAFF_SESSION_KEY, persisted({ ...session, passwordChangeRequired: true }));
    expect(storedStaffToken(0)).toBeNull();
    entries.set(STAFF_SESSION_KEY, persisted({ ...session, passwordChangeRequired: false }));
    expect(storedStaffToken(0)).toBe('abc');
  });

  it('returns null for no session, a signed-out one and anything malformed', () => {
    expect(storedStaffToken(0)).toBeNull();
    for (const raw of [
      persisted(null),
      persisted({ token: 5, expiresAt: 9 }),
      '{not json',
      '"text"',
      'null',
    ]) {
      entries.set(STAFF_SESSION_KEY, raw);
      expect(storedStaffToken(0)).toBeNull();
    }
  });
});

describe('storedStaffSession', () => {
  it('gives the account with the token, for the hall link that skips the lobby', () => {
    const user = { username: 'host.bappeda', role: 'host', organisationId: 'bappeda' };
    entries.set(STAFF_SESSION_KEY, persisted({ token: 'abc', expiresAt: 2000, user }));
    expect(storedStaffSession(1999)).toMatchObject({ token: 'abc', user });
    expect(storedStaffSession(2000)).toBeNull();
    entries.set(STAFF_SESSION_KEY, persisted({ token: 'abc', expiresAt: 2000, user: {} }));
    expect(storedStaffSession(0)).toBeNull();
  });
});
