// Test support for server tests (imported only by *.test.ts): a real server on a free port with a
// real SQLite file, wrapped in @colyseus/testing's ColyseusTestServer, plus small waiting helpers.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Room as SdkRoom } from '@colyseus/sdk';
import { ColyseusTestServer } from '@colyseus/testing';
import { type ChatLine, PROTOCOL_VERSION, type ServerMessages } from '../shared/protocol.ts';
import type { CityState, SessionState } from '../shared/schema.ts';
import { type App, type AppOptions, createApp, type MakaverseServer } from './app.ts';
import { loadConfig } from './config.ts';
import type { CityRoom } from './rooms/CityRoom.ts';
import type { SessionRoom } from './rooms/SessionRoom.ts';

export type TestCity = {
  app: App;
  colyseus: ColyseusTestServer<MakaverseServer>;
  baseUrl: string;
  dbPath: string;
  /** Joins `city` as a visitor named `name` and waits until its own player is in the state. */
  join(name: string, options?: Record<string, unknown>): Promise<TestVisitor>;
  /** The server-side room an SDK room is connected to. */
  roomOf(room: { roomId: string }): CityRoom;
  stop(): Promise<void>;
};

export type CityClientRoom = SdkRoom<CityRoom, CityState>;

/** A joined SDK room with everything the server sent it so far, and how it left (close code). */
export type TestVisitor = {
  room: CityClientRoom;
  got: { [K in keyof ServerMessages]: Array<ServerMessages[K]> };
  leftWith: number | undefined;
};

/**
 * Registers collectors for every server message type on a freshly joined SDK room (typed for any
 * room of the server, as the SDK's reconnect() returns it; the room is a city one).
 */
export function watch(
  joined: CityClientRoom | SdkRoom<CityRoom | SessionRoom, CityState | SessionState>,
): TestVisitor {
  const room = joined as CityClientRoom;
  const visitor: TestVisitor = {
    room,
    got: { chat: [], chatHistory: [], correction: [], notice: [], chatDeleted: [], moderation: [] },
    leftWith: undefined,
  };
  room.onMessage('chat', (m: ChatLine) => visitor.got.chat.push(m));
  room.onMessage('chatHistory', (m: ChatLine[]) => visitor.got.chatHistory.push(m));
  room.onMessage('correction', (m: ServerMessages['correction']) => visitor.got.correction.push(m));
  room.onMessage('notice', (m: ServerMessages['notice']) => visitor.got.notice.push(m));
  room.onMessage('chatDeleted', (m: ServerMessages['chatDeleted']) => visitor.got.chatDeleted.push(m));
  room.onMessage('moderation', (m: ServerMessages['moderation']) => visitor.got.moderation.push(m));
  room.onLeave((code: number) => {
    visitor.leftWith = code;
  });
  return visitor;
}

/** A temporary folder for one test file's databases; remove it in afterAll. */
export function tempDir(): { path: string; remove(): void } {
  const path = mkdtempSync(join(tmpdir(), 'makaverse-test-'));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

/**
 * Starts a server on a free port (never a fixed one: several test runs may share the machine).
 * ColyseusTestServer takes its URL from the server's `port`, so that is set to the bound port.
 */
export async function startTestCity(
  dbPath: string,
  env: Record<string, string> = {},
  options: AppOptions = {},
): Promise<TestCity> {
  const config = loadConfig({
    LOG_LEVEL: 'error',
    CLIENT_DIR: join(dbPath, '..', 'client'),
    // Tests see only the data they write; a test wanting the demo feed passes SIMULATOR: 'on'.
    SIMULATOR: 'off',
    // Every test client comes from 127.0.0.1, some files join dozens at once: tests of the caps per
    // source (sourceLimits.test.ts) pass their own.
    MAX_CONNECTIONS_PER_SOURCE: '1000',
    JOINS_PER_MINUTE_PER_SOURCE: '100000',
    ...env,
    DB_PATH: dbPath,
  });
  const app = await createApp(config, options);
  const port = await app.listen(0);
  Object.assign(app.server, { port });
  const colyseus = new ColyseusTestServer<MakaverseServer>(app.server);
  return {
    app,
    colyseus,
    baseUrl: `http://127.0.0.1:${port}`,
    dbPath,
    async join(name, options = {}) {
      const room = await colyseus.sdk.joinOrCreate('city', {
        name,
        color: '#3366cc',
        protocol: PROTOCOL_VERSION,
        ...options,
      });
      const visitor = watch(room);
      await waitFor(() => room.state.players?.get(room.sessionId) !== undefined, 3000, `${name} in state`);
      return visitor;
    },
    roomOf: (room) => colyseus.getRoomById<CityRoom>(room.roomId),
    stop: () => app.shutdown(),
  };
}

/** Polls `check` every 10 ms until it returns true; rejects after `timeoutMs`. */
export async function waitFor(check: () => boolean, timeoutMs = 3000, what = 'condition'): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** Polls an async lookup every 20 ms until it yields a value; rejects after `timeoutMs`. */
export async function eventually<T>(
  get: () => Promise<T | undefined>,
  timeoutMs = 3000,
  what = 'value',
): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await get();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await sleep(20);
  }
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Sends anything, bypassing the SDK's typed send: for hostile-payload tests. */
export function sendRaw(
  room: CityClientRoom | SdkRoom<SessionRoom, SessionState>,
  type: string | number,
  message?: unknown,
): void {
  (room as unknown as { send(type: string | number, message?: unknown): void }).send(type, message);
}

/** Puts a visitor somewhere on the server side (white-box), as if it had walked there. */
export async function placeAt(city: TestCity, visitor: TestVisitor, x: number, z: number): Promise<void> {
  const room = city.roomOf(visitor.room);
  const id = visitor.room.sessionId;
  const v = room.visitors.get(id);
  const player = room.state.players.get(id);
  if (!v || !player) throw new Error(`no visitor ${id}`);
  Object.assign(v, { x, z });
  Object.assign(player, { x, z });
  const seen = () => visitor.room.state.players.get(id);
  await waitFor(() => Math.hypot((seen()?.x ?? 0) - x, (seen()?.z ?? 0) - z) < 0.05, 3000, 'placement');
}

/** Server-side position of a visitor (unquantised). */
export function serverPos(city: TestCity, visitor: TestVisitor): { x: number; z: number } {
  const v = city.roomOf(visitor.room).visitors.get(visitor.room.sessionId);
  if (!v) throw new Error(`no visitor ${visitor.room.sessionId}`);
  return { x: v.x, z: v.z };
}
