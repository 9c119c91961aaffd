// The `session` room: one shard of the hall of a public session (filtered by sessionId; further
// shards open when one is full). Thin: the stage comes from the session hub (one per session, the
// source of truth) through the shard's replica; client messages pass the place layer's gate
// (place.ts) to the handlers (sessionHandlers.ts, seeing the shard as a SessionHost); after each
// hub event the shard mirrors the stage and sends views (sessionEffects.ts). Joining is checked in
// onAuth (sessionAuth.ts). Runs on the server.
import { type AuthContext, Room, ServerError } from '@colyseus/core';
import {
  ANIM,
  CHAT_HISTORY_LINES,
  CLOSE_CODES,
  type SessionJoinOptions,
  SessionMessages,
} from '../../shared/protocol.ts';
import { Player, SessionState } from '../../shared/schema.ts';
import type { SessionEvent } from '../../shared/session/model.ts';
import type { Tokens } from '../auth/tokens.ts';
import { log } from '../log.ts';
import type { SessionHubs } from '../sessions/hubs.ts';
import { mirrorCount } from '../sessions/mirror.ts';
import { createReplica, type Replica } from '../sessions/replica.ts';
import type { HubPort } from '../sessions/sessionLink.ts';
import { eventsTopic, type LiveMessage, liveTopic } from '../sessions/topics.ts';
import type { Store } from '../store/store.ts';
import type { UserStore } from '../store/userStore.ts';
import { voice } from '../voice/voiceMessages.ts';
import type { VoiceService } from '../voice/voiceService.ts';
import { connectedCount, dropUnknown, gatedMessages, holdDropped, markReconnected, now } from './place.ts';
import { authorize, requestedSession } from './sessionAuth.ts';
import { afterEvent, mirror, sendViews } from './sessionEffects.ts';
import { act, chat, move, react } from './sessionHandlers.ts';
import {
  newSessionVisitor,
  type SessionAuth,
  type SessionClient,
  type SessionVisitor,
  spotFor,
} from './sessionVisitor.ts';

export type SessionRoomDeps = {
  store: Store;
  hubs: SessionHubs;
  tokens: Tokens;
  users: Pick<UserStore, 'byId' | 'session'>;
  /** Epoch ms (bans, account checks, chat times). */
  now: () => number;
  /** Avatars per shard (HALL_SHARD_SIZE; tests use fewer). */
  shardSize: number;
  /** Origins besides the server's own from which an account may join (CORS_ORIGINS). */
  allowedOrigins: readonly string[];
  /** Live voice through Janus; null when not configured (JANUS_URL unset). */
  voice?: VoiceService | null;
};

export type SessionRoomOptions = { deps: SessionRoomDeps };

const PATCH_INTERVAL_MS = 50;
const MAX_MESSAGES_PER_SECOND_BACKSTOP = 120;

export class SessionRoom extends Room<{ state: SessionState; client: SessionClient }> {
  state = new SessionState();
  patchRate = PATCH_INTERVAL_MS;
  maxMessagesPerSecond = MAX_MESSAGES_PER_SECOND_BACKSTOP;
  readonly stats = { dropped: 0, corrected: 0, flooded: 0 };
  readonly visitors = new Map<string, SessionVisitor>();
  deps!: SessionRoomDeps;
  /** The session's hub: here, or on the process that owns it (the room does not care which). */
  hub!: HubPort;
  replica!: Replica;
  private joined = 0;
  private unwatchAir: (() => void) | undefined;

  /** Each message passes the gate (place.ts), then its handler; a failed one answers 'failed' (failed()). */
  messages = gatedMessages<SessionVisitor, SessionClient, typeof SessionMessages>(
    this,
    SessionMessages,
    {
      move: (client, v, message, at) => move(this, client, v, message, at),
      chat: (client, v, message, at) => chat(this, client, v, message, at),
      react: (client, v, message, at) => react(this, client, v, message, at),
      act: (client, v, message, at) => act(this, client, v, message, at),
      voice: (client, v, message, at) => voice(this, client, v, message, at),
    },
    (client, type, error) => this.failed(client, type, error),
  );

  async onCreate(options: SessionRoomOptions) {
    this.deps = options.deps;
    this.maxClients = options.deps.shardSize;
    this.onMessage('*', (client: SessionClient, type) => dropUnknown(this, client, type));
    const sessionId = requestedSession(options);
    if (!sessionId) throw new ServerError(400, 'bad-options');
    const hub = await this.deps.hubs.acquire(sessionId, this.roomId);
    if (!hub) throw new ServerError(404, 'no-session');
    if (hub.model.phase === 'ended') {
      this.deps.hubs.release(sessionId, this.roomId);
      throw new ServerError(409, 'ended');
    }
    this.hub = hub;
    this.replica = createReplica(() => hub.snapshot());
    await this.presence.subscribe(eventsTopic(sessionId), (e: SessionEvent) => this.onHubEvent(e));
    await this.presence.subscribe(liveTopic(sessionId), (m: LiveMessage) => this.onLive(m));
    mirror(this);
    mirrorCount(this.state, hub.count(), hub.peak());
    this.unwatchAir = this.deps.voice?.air.watch(sessionId, (air) => this.broadcast('voice', air));
    log.info('session-shard-created', { room: this.roomId, session: sessionId, maxClients: this.maxClients });
  }

  async onAuth(_client: SessionClient, options: unknown, context: AuthContext): Promise<SessionAuth> {
    try {
      const origin = { origin: context.headers.get('origin'), host: context.headers.get('host') };
      return await authorize(this.deps, this.hub, options, context.token || undefined, origin);
    } catch (e) {
      log.info('session-join-refused', {
        room: this.roomId,
        reason: e instanceof Error ? e.message : String(e),
      });
      throw e;
    }
  }

  async onJoin(client: SessionClient, _options: SessionJoinOptions, auth: SessionAuth) {
    const ref = await this.hub.join(auth.key, auth.name, auth.role);
    const visitor = newSessionVisitor(auth, ref, spotFor(this.replica.model, ref, this.seatIndex()), now());
    this.visitors.set(client.sessionId, visitor);
    const { x, z, color } = visitor;
    this.state.players.set(
      client.sessionId,
      new Player({ name: ref.name, color, x, z, heading: Math.PI, anim: ANIM.idle, connected: true }),
    );
    this.reportCount();
    const deleted = new Set(this.replica.model.deleted);
    const history = await this.deps.store.sessions.chat(this.hub.id, CHAT_HISTORY_LINES);
    client.send(
      'chatHistory',
      history.filter((l) => !deleted.has(l.id)),
    );
    sendViews(this, [client]);
    log.info('session-join', { room: this.roomId, session: client.sessionId, role: ref.role });
  }

  async onDrop(client: SessionClient, code?: number) {
    if (await holdDropped(this, client, () => this.reportCount()))
      log.debug('session-drop', { room: this.roomId, session: client.sessionId, code });
  }

  onReconnect(client: SessionClient) {
    markReconnected(this, client);
    this.reportCount();
    const v = this.visitors.get(client.sessionId);
    if (v) {
      v.lastYou = '';
      v.lastStaff = '';
      sendViews(this, [client]);
    }
  }

  onLeave(client: SessionClient, code?: number) {
    const visitor = this.visitors.get(client.sessionId);
    this.state.players.delete(client.sessionId);
    this.visitors.delete(client.sessionId);
    this.reportCount();
    // Gone for good: the floor, speaker place or hand they held is released (hub.leave).
    if (visitor) {
      this.hub.leave(visitor.ref.key).catch((error) => {
        log.error('session-leave-failed', { room: this.roomId, session: client.sessionId, error });
      });
    }
    log.info('session-leave', { room: this.roomId, session: client.sessionId, code });
  }

  onDispose() {
    this.unwatchAir?.();
    if (this.hub) this.deps.hubs.release(this.hub.id, this.roomId);
  }

  onBeforeShutdown() {
    this.disconnect(CLOSE_CODES.shutdown).catch(() => {});
  }

  onUncaughtException(error: Error, method: string) {
    // A refused join (a ServerError with a 4xx code) is expected and logged as session-join-refused.
    if (error.cause instanceof ServerError && error.cause.code < 500) return;
    log.error('room-exception', { room: this.roomId, method, error });
  }

  /** The next seat of this shard. */
  seatIndex(): number {
    return this.joined++;
  }

  private onHubEvent(event: SessionEvent): void {
    const result = this.replica.receive(event);
    if (result !== 'stale') afterEvent(this, event, result === 'resynced');
  }

  private onLive(message: LiveMessage): void {
    if (message.type === 'chat') this.broadcast('chat', message.line);
    else if (message.type === 'reaction')
      this.broadcast('reaction', { kind: message.kind, handle: message.handle });
    else mirrorCount(this.state, message.count, message.peak);
  }

  private reportCount(): void {
    this.hub.setCount(this.roomId, connectedCount(this));
  }

  /** A handler that failed (the store unreachable, the hub gone) answers 'failed' and changes nothing. */
  private failed(client: SessionClient, type: string, error: unknown): void {
    log.error('session-message-failed', { room: this.roomId, session: client.sessionId, type, error });
    client.send('notice', { code: 'failed' });
  }
}
