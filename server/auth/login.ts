// Password sign-in, throttled per source: every attempt is counted (before the slow password check,
// atomically) on the client address and on the address + username pair; past a few free failures each
// key waits exponentially longer (429 + Retry-After, no check run). The guesser is slowed, never the
// account: its owner signs in from any other address as usual. Unknown usernames cost and answer the
// same as wrong passwords. Guessing is audited as aggregated `auth.guessing` alerts (when a key's
// failures reach free, 2·free, 4·free, …), never a row per attempt, never with the password.
// Runs on the server.
import type { AccountView } from '../../shared/accounts.ts';
import type { AuditEntry } from '../store/auditStore.ts';
import type { User, UserStore } from '../store/userStore.ts';
import type { AttemptCounter, Backoff } from './attemptCounter.ts';
import { dummyPasswordHash, verifyPassword } from './password.ts';
import { claimsOf, SESSION_MAX_MS, type Tokens } from './tokens.ts';

/** Per address + username: 3 free failures, then 1 s, 2 s, 4 s, … up to 15 min between attempts. */
export const PAIR_BACKOFF: Backoff = { free: 3, baseMs: 1000, maxMs: 15 * 60_000, forgetMs: 24 * 3_600_000 };
/** Per address, whatever the username (password spraying, a kiosk hall's shared NAT): 10 free. */
export const SOURCE_BACKOFF: Backoff = {
  free: 10,
  baseMs: 1000,
  maxMs: 15 * 60_000,
  forgetMs: 24 * 3_600_000,
};

export type LoginDeps = {
  users: UserStore;
  tokens: Tokens;
  attempts: AttemptCounter;
  audit(entry: AuditEntry): Promise<void>;
  now: () => number;
  /** The password check (server/auth/password.ts); tests count its calls. */
  verifyPassword?: typeof verifyPassword;
};

/** What a sign-in answers: the token, the account and whether its one-time password must change. */
export type SignedIn = {
  token: string;
  expiresAt: number;
  user: AccountView;
  passwordChangeRequired: boolean;
};

export type LoginResult =
  | ({ status: 200 } & SignedIn)
  | { status: 401 }
  | { status: 403; error: 'disabled' }
  | { status: 429; retryAfterS: number };

const sourceKey = (ip: string) => `ip:${ip}`;
const pairKey = (username: string, ip: string) => `user:${username}@${ip}`;
/** True for n = free · 2^k: the failure counts at which a guessing alert is written. */
const alertAt = (n: number, free: number) =>
  n >= free && n % free === 0 && Number.isInteger(Math.log2(n / free));

/** A new sign-in session and its first token. */
export async function startSignIn(deps: Pick<LoginDeps, 'users' | 'tokens' | 'now'>, user: User) {
  const nowMs = deps.now();
  const session = await deps.users.startSession(user.id, nowMs, nowMs - SESSION_MAX_MS);
  const view: AccountView = { username: user.username, role: user.role, organisationId: user.organisationId };
  return { ...deps.tokens.issue(claimsOf(user, session)), user: view };
}

/**
 * A password check of `username` from `ip` under the throttle: `{ok: false, retryAfterS}` when the
 * check may not run yet (answer 429), else `{ok: true, user}` with the account when the password
 * matched it, `user` undefined when it did not (or no such account).
 */
export function createPasswordCheck(deps: LoginDeps) {
  const verify = deps.verifyPassword ?? verifyPassword;
  return async function check(username: string, password: string, ip: string) {
    const keys = [
      { key: sourceKey(ip), backoff: SOURCE_BACKOFF },
      { key: pairKey(username, ip), backoff: PAIR_BACKOFF },
    ];
    const acquired = await deps.attempts.acquire(keys, deps.now());
    if (!acquired.ok) return { ok: false as const, retryAfterS: Math.ceil(acquired.retryInMs / 1000) };
    const user = await deps.users.byUsername(username);
    const matches = await verify(password, user?.passwordHash ?? (await dummyPasswordHash()));
    if (user && matches) {
      await deps.attempts.refund(sourceKey(ip));
      await deps.attempts.clear(pairKey(username, ip));
      return { ok: true as const, user };
    }
    const [fromSource = 0, forPair = 0] = acquired.counts;
    if (alertAt(forPair, PAIR_BACKOFF.free))
      await deps.audit({
        actor: 'anonymous',
        action: 'auth.guessing',
        target: `user:${username}`,
        detail: { ip, failures: forPair },
      });
    if (alertAt(fromSource, SOURCE_BACKOFF.free))
      await deps.audit({
        actor: 'anonymous',
        action: 'auth.guessing',
        target: `ip:${ip}`,
        detail: { failures: fromSource },
      });
    return { ok: true as const, user: undefined };
  };
}

export function createLogin(deps: LoginDeps) {
  const check = createPasswordCheck(deps);
  return async function login(username: string, password: string, ip: string): Promise<LoginResult> {
    const checked = await check(username, password, ip);
    if (!checked.ok) return { status: 429, retryAfterS: checked.retryAfterS };
    const { user } = checked;
    if (!user) return { status: 401 };
    const actor = `${user.role}:${user.username}`;
    if (user.disabledAt !== null) {
      await deps.audit({
        actor,
        action: 'auth.login-disabled',
        target: `user:${user.username}`,
        detail: { ip },
      });
      return { status: 403, error: 'disabled' };
    }
    await deps.audit({ actor, action: 'auth.login', target: `user:${user.username}`, detail: { ip } });
    return {
      status: 200,
      ...(await startSignIn(deps, user)),
      passwordChangeRequired: user.mustChangePassword,
    };
  };
}
