// Test support for the account and staff-console tests (imported only by *.test.ts): a real server
// with an injectable clock and a count of password checks, users created straight in its store, and
// small request helpers, also from other loopback source addresses (127.0.0.2, …).
import { request } from 'node:http';
import { join } from 'node:path';
import type { Role } from '../../shared/accounts.ts';
import { REGISTRY } from '../../shared/registry.ts';
import { hashPassword, verifyPassword } from '../auth/password.ts';
import { startTestCity, type TestCity, tempDir } from '../testing.ts';

export const PASSWORD = 'kata-sandi-yang-panjang';

export type AccountCity = {
  city: TestCity;
  /** The server's clock, epoch ms; tests move it. */
  clock: { now: number };
  /** Password checks the server has run (calls of the real verifier). */
  checks: { count: number };
  /** Creates an account; `mustChangePassword` as the admin CLI's one-time passwords have it. */
  createUser(
    username: string,
    role: Role,
    organisationId?: string,
    mustChangePassword?: boolean,
  ): Promise<void>;
  login(username: string, password?: string): Promise<Response>;
  /** POST /api/auth/login from another loopback address, e.g. '127.0.0.2': status and Retry-After. */
  loginFrom(
    address: string,
    username: string,
    password?: string,
  ): Promise<{ status: number; retryAfter: string | undefined; body: string }>;
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
  const checks = { count: 0 };
  const countedVerify: typeof verifyPassword = (password, stored) => {
    checks.count++;
    return verifyPassword(password, stored);
  };
  const city = await startTestCity(
    join(dir.path, 'accounts.sqlite'),
    {},
    {
      accounts: { now: () => clock.now, verifyPassword: countedVerify },
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
  const loginFrom = (address: string, username: string, password = PASSWORD) =>
    new Promise<{ status: number; retryAfter: string | undefined; body: string }>((resolve, reject) => {
      const body = JSON.stringify({ username, password });
      const req = request(
        `${city.baseUrl}/api/auth/login`,
        { method: 'POST', localAddress: address, headers: { 'Content-Type': 'application/json' } },
        (res) => {
          let text = '';
          res.on('data', (c: Buffer) => {
            text += c.toString();
          });
          res.on('end', () =>
            resolve({ status: res.statusCode ?? 0, retryAfter: res.headers['retry-after'], body: text }),
          );
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  return {
    city,
    clock,
    checks,
    async createUser(username, role, organisationId, mustChangePassword = false) {
      const passwordHash = await hashPassword(PASSWORD);
      await city.app.store.users.create({
        username,
        passwordHash,
        role,
        organisationId: organisationId ?? null,
        createdAt: clock.now,
        mustChangePassword,
      });
    },
    login,
    loginFrom,
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
