// Password login with lock-out: after MAX_FAILURES wrong passwords an account is locked for LOCK_MS;
// each failure is answered after a delay that doubles with the failure count. Unknown usernames get
// the same answers (same hash work, same delays, same lock-out, tracked in memory) so responses never
// reveal whether an account exists. Every outcome is audited, never with the password. Runs on the server.
import type { AccountView } from '../../shared/accounts.ts';
import type { AuditEntry } from '../store/auditStore.ts';
import type { UserStore } from '../store/userStore.ts';
import { dummyPasswordHash, verifyPassword } from './password.ts';
import { claimsOf, type Tokens } from './tokens.ts';

export const MAX_FAILURES = 5;
/** How long an account stays locked, ms (15 min). */
export const LOCK_MS = 15 * 60 * 1000;
/** Delay of the answer to the n-th failure: base · 2^(n-1), capped at 16 × base. */
export const failureDelayMs = (failures: number, baseMs: number) =>
  baseMs * 2 ** Math.min(Math.max(failures - 1, 0), 4);
const MAX_TRACKED_UNKNOWN = 10_000;

export type LoginDeps = {
  users: UserStore;
  tokens: Tokens;
  audit(entry: AuditEntry): Promise<void>;
  now: () => number;
  /** Base of the failure delay, ms. */
  failureDelayMs: number;
};

export type LoginResult =
  | { status: 200; token: string; expiresAt: number; user: AccountView }
  | { status: 401 }
  | { status: 423; retryAfterS: number };

type Failures = { count: number; lockedUntil: number | null };
const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export function createLogin(deps: LoginDeps) {
  const unknown = new Map<string, Failures>();

  function locked(lockedUntil: number | null): LoginResult | null {
    const left = lockedUntil === null ? 0 : lockedUntil - deps.now();
    return left > 0 ? { status: 423, retryAfterS: Math.ceil(left / 1000) } : null;
  }

  /** Counts a failure (save: atomically, returning the new state), audits it, waits, answers. */
  async function fail(username: string, ip: string, save: (lockUntil: number) => Promise<Failures>) {
    const { count, lockedUntil } = await save(deps.now() + LOCK_MS);
    const target = `user:${username}`;
    await deps.audit({ actor: 'anonymous', action: 'auth.login-failed', target, detail: { ip } });
    if (lockedUntil !== null) {
      await deps.audit({ actor: 'system', action: 'auth.locked', target, detail: { ip, lockedUntil } });
    }
    await sleep(failureDelayMs(count, deps.failureDelayMs));
    return locked(lockedUntil) ?? { status: 401 as const };
  }

  return async function login(username: string, password: string, ip: string): Promise<LoginResult> {
    const user = await deps.users.byUsername(username);
    if (!user) {
      if (unknown.size > MAX_TRACKED_UNKNOWN) unknown.clear();
      const before = unknown.get(username) ?? { count: 0, lockedUntil: null };
      const isLocked = locked(before.lockedUntil);
      if (isLocked) return isLocked;
      const count = before.lockedUntil === null ? before.count + 1 : 1;
      await verifyPassword(password, await dummyPasswordHash());
      return fail(username, ip, async (lockUntil) => {
        const after = { count, lockedUntil: count >= MAX_FAILURES ? lockUntil : null };
        unknown.set(username, after);
        return after;
      });
    }
    const isLocked = locked(user.lockedUntil);
    if (isLocked) return isLocked;
    // A lock that has run out starts a fresh count.
    if (user.lockedUntil !== null) await deps.users.clearFailures(user.id);
    if (!(await verifyPassword(password, user.passwordHash))) {
      return fail(username, ip, async (lockUntil) => {
        const after = await deps.users.recordFailure(user.id, MAX_FAILURES, lockUntil);
        return { count: after.failedLogins, lockedUntil: after.lockedUntil };
      });
    }
    if (user.failedLogins > 0) await deps.users.clearFailures(user.id);
    await deps.audit({
      actor: `${user.role}:${user.username}`,
      action: 'auth.login',
      target: `user:${user.username}`,
      detail: { ip },
    });
    const view: AccountView = {
      username: user.username,
      role: user.role,
      organisationId: user.organisationId,
    };
    return { status: 200, ...deps.tokens.issue(claimsOf(user)), user: view };
  };
}
