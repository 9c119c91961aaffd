// Test support for the account and staff-console tests (imported only by *.test.ts): a real server
// with an injectable clock and short failure delays, users created straight in its store, and
// small request helpers.
import { join } from 'node:path';
import type { Role } from '../../shared/accounts.ts';
import { REGISTRY } from '../../shared/registry.ts';
import { hashPassword } from '../auth/password.ts';
import { startTestCity, type TestCity, tempDir } from '../testing.ts';

export const PASSWORD = 'kata-sandi-yang-panjang';

export type AccountCity = {
  city: TestCity;
  /** The server's clock, epoch ms; tests move it. */
  clock: { now: number };
  createUser(username: string, role: Role, organisationId?: string): Promise<void>;
  login(username: string, password?: string): Promise<Response>;
  /** Logs in (expecting success) and returns the token. */
  tokenOf(username: string): Promise<string>;
  call(method: string, path: string, token?: string, body?: unknown): Promise<Response>;
  audit(): Promise<
    Array<{ actor: string; action: string; target: string; detail?: Record<string, unknown> }>
  >;
  stop(): Promise<void>;
};

export async function startAccountCity(): Promise<AccountCity> {
  const dir = tempDir();
  const clock = { now: Date.now() };
  const city = await startTestCity(
    join(dir.path, 'accounts.sqlite'),
    {},
    {
      accounts: { now: () => clock.now, failureDelayMs: 1 },
    },
  );
  await city.app.store.organisations.sync(REGISTRY, clock.now);
  const call = (method: string, path: string, token?: string, body?: unknown) =>
    fetch(`${city.baseUrl}${path}`, {
      method,
      headers: {
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        ...(token ? { Authorization: `Bearer ${token}` } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  const login = (username: string, password = PASSWORD) =>
    call('POST', '/api/auth/login', undefined, { username, password });
  return {
    city,
    clock,
    async createUser(username, role, organisationId) {
      const passwordHash = await hashPassword(PASSWORD);
      await city.app.store.users.create({
        username,
        passwordHash,
        role,
        organisationId: organisationId ?? null,
        createdAt: clock.now,
      });
    },
    login,
    async tokenOf(username) {
      const res = await login(username);
      if (res.status !== 200) throw new Error(`login of ${username}: ${res.status}`);
      return ((await res.json()) as { token: string }).token;
    },
    call,
    audit: () => city.app.store.audit.recent({ limit: 1000 }),
    async stop() {
      await city.stop();
      dir.remove();
    },
  };
}
