// The `city` room: one shard of the open world. Thin: built on the place layer (place.ts: the gate
// before every handler, the reconnection hold), it adds its state, its handlers (cityHandlers.ts,
// seeing the shard as a CityHost) and the lifecycle: join at the spawn, remove on leave. A watcher
// (JoinOptions.watch: a kiosk's attract loop) gets the shared state only — no avatar, not counted,
// every message dropped by the gate.
// Booth live values follow the store and the live bus (boothLive.ts). Runs on the server.
import { type AuthContext, Room } from '@colyseus/core';
import type { CityLayout } from '../../shared/layout.ts';
import {
  ANIM,
  CHAT_HISTORY_LINES,
  CLOSE_CODES,
  ClientMessages,
  FLOOD_LIMIT,
  type JoinOptions,
} from '../../shared/protocol.ts';
import { fullBucket } from '../../shared/rateLimit.ts';
import { CityState, Player } from '../../shared/schema.ts';
import type { LiveBus } from '../live/liveBus.ts';
import { log } from '../log.ts';
import type { CityModeration } from '../moderation/cityModeration.ts';
import type { Store } from '../store/store.ts';
import { followBoothValues } from './boothLive.ts';
import { chat, move, travel } from './cityHandlers.ts';
import { createCityInterest } from './cityInterest.ts';
import { admitVisitor, followModeration, report } from './cityModeration.ts';
import {
  type CityClient,
  type JoinAuth,
  newVisitor,
  parseJoin,
  spawnPoint,
  type Visitor,
} from './cityVisitor.ts';
import type { Gated } from './messageGate.ts';
import { connectedCount, dropUnknown, gatedMessages, holdDropped, markReconnected, now } from './place.ts';
import { followPlaza } from './plazaChat.ts';
import { followWeather } from './weatherLive.ts';

export type CityRoomOptions = {
  deps: { store: Store; live: LiveBus; layout: CityLayout; maxVisitors: number; moderation: CityModeration };
};

/** 20 Hz state patches. */
const PATCH_INTERVAL_MS = 50;
/** Colyseus's own cut-off (closes with its error code); FLOOD_LIMIT always trips first. */
const MAX_MESSAGES_PER_SECOND_BACKSTOP = 120;

export class CityRoom extends Room<{ state: CityState; client: CityClient }> {
  state = new CityState();
  patchRate = PATCH_INTERVAL_MS;
  maxMessagesPerSecond = MAX_MESSAGES_PER_SECOND_BACKSTOP;
  /** Counters for tests and diagnostics. */
  readonly stats = { dropped: 0, corrected: 0, flooded: 0 };
  /** Server-only visitor data by session id; the Player in state mirrors part of it. */
  readonly visitors = new Map<string, Visitor>();
  /** Watchers by session id: only what the gate needs (their messages are all dropped). */
  readonly watchers = new Map<string, Gated>();
  layout!: CityLayout;
  store!: Store;
  moderation!: CityModeration;
  private joined = 0;
  private stopModeration: (() => void) | null = null;
  private stopBooths: (() => void) | null = null;
  private stopWeather: (() => void) | null = null;
  private stopPlaza: (() => void) | null = null;
  /** Which avatars each visitor receives (cityInterest.ts). */
  readonly interest = createCityInterest(this.visitors, this.state.players);

  /** Validates join options before a seat is reserved; the result becomes `client.auth`. */
  static override async onAuth(token: string, options: unknown, _context: AuthContext): Promise<JoinAuth> {
    try {
      return { ...parseJoin(options), ...(token ? { token } : {}) };
    } catch (e) {
      log.info('join-refused', { reason: e instanceof Error ? e.message : String(e) });
      throw e;
    }
  }

  /** Each message passes the gate (place.ts), then its handler (cityHandlers.ts, cityModeration.ts). */
  messages = gatedMessages<Visitor, CityClient, typeof ClientMessages>(this, ClientMessages, {
    move: (client, v, message, at) => move(this, client, v, message, at),
    chat: (client, v, message, at) => chat(this, client, v, message, at),
    travel: (client, v, message, at) => travel(this, client, v, message, at),
    report: (client, v, message, at) => report(this, client, v, message, at),
  });

  async onCreate(options: CityRoomOptions) {
    this.layout = options.deps.layout;
    this.store = options.deps.store;
    this.maxClients = options.deps.maxVisitors;
    this.moderation = options.deps.moderation;
    this.stopModeration = await followModeration(this);
    this.stopPlaza = await followPlaza(this);
    this.onMessage('*', (client: CityClient, type) => dropUnknown(this, client, type));
    this.stopWeather = followWeather(this.state, options.deps.live);
    const booths = followBoothValues(this.state, this.store.metrics, options.deps.live);
    this.stopBooths = booths.stop;
    // The first visitor waits for the seed; a failed seed leaves the booths to the live bus.
    await booths.ready.catch((error: unknown) =>
      log.error('booth-seed-failed', { room: this.roomId, error }),
    );
    log.info('room-created', { room: this.roomId, maxClients: this.maxClients });
  }

  /** `options` is typed as clients send it (this types the SDK's joinOrCreate); onAuth validated it. */
  async onJoin(client: CityClient, options: JoinOptions, auth?: JoinAuth) {
    const who = auth ?? parseJoin(options);
    if (who.watch) return this.addWatcher(client);
    const sanctions = await admitVisitor(this.moderation, client.sessionId, who);
    const history = await this.store.recentChat('plaza', CHAT_HISTORY_LINES);
    const visitor = newVisitor(who, spawnPoint(this.layout, this.joined++, who.at), now(), sanctions);
    this.visitors.set(client.sessionId, visitor);
    const { name, color, x, z } = visitor;
    const player = new Player({ name, color, x, z, heading: 0, anim: ANIM.idle, connected: true });
    this.state.players.set(client.sessionId, player);
    this.interest.join(client, player);
    client.send('chatHistory', history);
    if (sanctions.mutedUntil > 0) client.send('moderation', { kind: 'muted', until: sanctions.mutedUntil });
    this.reportVisitors();
    log.info('join', { room: this.roomId, session: client.sessionId, visitors: this.clients.length });
  }

  /** No Player, no chat history, no head count: an empty view and the shared state. */
  private addWatcher(client: CityClient): void {
    this.watchers.set(client.sessionId, { flood: fullBucket(FLOOD_LIMIT, now()), flooded: false });
    this.interest.watch(client);
    log.info('watch', { room: this.roomId, session: client.sessionId });
  }

  async onDrop(client: CityClient, code?: number) {
    await holdDropped(this, client, () => {
      this.reportVisitors();
      log.info('drop', { room: this.roomId, session: client.sessionId, code });
    });
  }

  onReconnect(client: CityClient) {
    markReconnected(this, client);
    this.reportVisitors();
    log.info('reconnect', { room: this.roomId, session: client.sessionId });
  }

  onLeave(client: CityClient, code?: number) {
    this.state.players.delete(client.sessionId);
    this.visitors.delete(client.sessionId);
    this.watchers.delete(client.sessionId);
    this.interest.leave(client.sessionId);
    this.reportVisitors();
    log.info('leave', { room: this.roomId, session: client.sessionId, code });
  }

  onBeforePatch() {
    this.interest.beforePatch();
  }

  onDispose() {
    this.stopBooths?.();
    this.stopWeather?.();
    this.stopModeration?.();
    this.stopPlaza?.();
  }

  onBeforeShutdown() {
    this.disconnect(CLOSE_CODES.shutdown).catch(() => {});
  }

  onUncaughtException(error: Error, method: string) {
    log.error('room-exception', { room: this.roomId, method, error });
  }

  /** Connected visitors (not seat reservations) in the listing, summed by GET /api/health. */
  private reportVisitors(): void {
    const connected = connectedCount(this);
    this.state.visitors = connected;
    this.setMetadata({ connected }).catch((error: unknown) =>
      log.error('room-metadata-failed', { room: this.roomId, error }),
    );
  }
}
