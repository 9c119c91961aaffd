// Test support for city moderation (imported only by *.test.ts): a real server with 2-visitor city
// shards, accounts made straight in its store and signed in over HTTP, a signed-in moderator, calls
// to the moderation API, and visitors with their own visitor id, optionally beside another.
import type { Role } from '../shared/accounts.ts';
import { PROTOCOL_VERSION } from '../shared/protocol.ts';
import { hashPassword } from './auth/password.ts';
import type { AuditRecord } from './store/auditStore.ts';
import { startTestCity, type TestCity, type TestVisitor, waitFor, watch } from './testing.ts';

const PASSWORD = 'kata-sandi-yang-panjang';

export type ModeratedVisitor = TestVisitor & { visitorId: string };

export type ModerationCity = {
  city: TestCity;
  /** The signed-in moderator's token. */
  modToken: string;
  /** Creates an account and returns its login token. */
  createUser(username: string, role: Role): Promise<string>;
  api(method: string, path: string, token?: string, body?: unknown): Promise<Response>;
  /** /api/moderation/city<path> as the moderator. */
  moderate(path: string, method?: string, body?: unknown): Promise<Response>;
  /** Joins the city (or, with `beside`, that visitor's shard) and waits for the own player. */
  join(name: string, visitorId?: string, beside?: TestVisitor): Promise<ModeratedVisitor>;
  /** Sends a plaza line and returns its id once it came back. */
  say(v: TestVisitor, text: string): Promise<number>;
  audit(): Promise<AuditRecord[]>;
};

let seq = 0;
/** A visitor id as a browser keeps one (16–64 url-safe characters). */
export const newCityVisitorId = () => `visitor-city-${Date.now().toString(36)}-${seq++}`;

export async function startModerationCity(dbPath: string): Promise<ModerationCity> {
  const city = await startTestCity(dbPath, { MAX_VISITORS_PER_SHARD: '2' });
  const api = (method: string, path: string, token?: string, body?: unknown) =>
    fetch(`${city.baseUrl}${path}`, {
      method,
      headers: {
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        ...(token ? { Authorization: `Bearer ${token}` } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  const createUser = async (username: string, role: Role) => {
    await city.app.store.users.create({
      username,
      passwordHash: await hashPassword(PASSWORD),
      role,
      organisationId: role === 'staff' ? 'setda' : null,
      createdAt: Date.now(),
    });
    const res = await api('POST', '/api/auth/login', undefined, { username, password: PASSWORD });
    return ((await res.json()) as { token: string }).token;
  };
  const modToken = await createUser('moderator', 'moderator');
  return {
    city,
    modToken,
    createUser,
    api,
    moderate: (path, method = 'POST', body) => api(method, `/api/moderation/city${path}`, modToken, body),
    async join(name, id = newCityVisitorId(), beside) {
      if (!beside) return Object.assign(await city.join(name, { visitorId: id }), { visitorId: id });
      const options = { name, color: '#3366cc', protocol: PROTOCOL_VERSION, visitorId: id };
      const v = watch(await city.colyseus.sdk.joinById(beside.room.roomId, options));
      await waitFor(() => v.room.state.players?.has(v.room.sessionId) === true, 3000, `${name} in state`);
      return Object.assign(v, { visitorId: id });
    },
    async say(v, text) {
      const before = v.got.chat.length;
      v.room.send('chat', { text, channel: 'plaza' });
      await waitFor(() => v.got.chat.length > before, 3000, 'own line');
      return v.got.chat.at(-1)?.id ?? 0;
    },
    audit: () => city.app.store.audit.recent({ limit: 1000 }),
  };
}
