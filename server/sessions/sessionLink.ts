// A session as one process sees it when several share Redis: the same calls as a local hub
// (HubPort), whichever process owns the hub. The owner is named by a lease in Redis
// (server/scale/lease.ts); the owner runs the SessionHub and serves the others' requests on presence
// (hubRequests.ts); any other process forwards each call there (request id, timeout, retry) and keeps
// a copy of the model from the store plus the events on `session:<id>`. `watch` (every second) renews
// the lease, or — once it lapsed (the owner died or left) — takes it, restores the hub from the store
// (snapshot + event log replay, seq continued) and tells it this process's shards and attendees; a
// new owner elsewhere is told the same. A forwarded call retries until FORWARD_DEADLINE_MS, so an
// action in flight when the owner died reaches the next one, once (requestLog.ts). Runs on the server.
import { randomUUID } from 'node:crypto';
import { setTimeout as delay } from 'node:timers/promises';
import type { Presence } from '@colyseus/core';
import type { ChatLine, Reaction, SessionAction, SessionNotice } from '../../shared/protocol.ts';
import type { ActorRef, SessionEvent, SessionModel, SessionRole } from '../../shared/session/model.ts';
import { applyEvent } from '../../shared/session/reduce.ts';
import type { VoiceReply } from '../../shared/session/voice.ts';
import { log } from '../log.ts';
import type { Leases } from '../scale/lease.ts';
import { CallRetry, type Calls, CallTimeout } from '../scale/presenceCalls.ts';
import type { SessionRow } from '../store/sessionStore.ts';
import type { VoiceAsk } from '../voice/voiceService.ts';
import { type Actor, type DispatchResult, type HubDeps, SessionHub } from './hub.ts';
import { type HubRequest, hubTopic, serveHubRequest } from './hubRequests.ts';
import type { RequestLog } from './requestLog.ts';
import { restore } from './snapshots.ts';
import { eventsTopic, type LiveMessage, liveTopic } from './topics.ts';

/** What a session room uses of its session's hub: a local SessionHub, or a SessionLink. */
export type HubPort = Pick<
  SessionHub,
  | 'id'
  | 'row'
  | 'model'
  | 'snapshot'
  | 'count'
  | 'peak'
  | 'setCount'
  | 'join'
  | 'leave'
  | 'dispatch'
  | 'chat'
  | 'react'
  | 'voice'
>;

export type LinkDeps = {
  hub: HubDeps;
  presence: () => Presence;
  leases: Leases;
  calls: Calls;
  requests: RequestLog;
};

/**
 * One forwarded call waits this long for the owner's answer before it is tried again (a retry that
 * reaches a slow owner joins the run in flight, requestLog.ts; one that met a dead one goes on).
 */
const CALL_TIMEOUT_MS = 1000;
/** A forwarded call gives up ('failed' to the client) after this long: beyond a lease and a takeover. */
const FORWARD_DEADLINE_MS = 20_000;
const HANDOVER_PAUSE_MS = 100;

export class SessionLink implements HubPort {
  readonly id: string;
  readonly row: SessionRow;
  /** This process's shards of the session and their connected counts. */
  readonly shards = new Map<string, number>();
  private readonly deps: LinkDeps;
  /** Open connections per attendee key in this process's shards. */
  private readonly present = new Map<string, number>();
  private copy: SessionModel;
  private local: SessionHub | undefined;
  private unserve: (() => void) | undefined;
  private owner: string | null = null;
  private taking: Promise<SessionHub | undefined> | undefined;
  private reloading = false;
  private live = { count: 0, peak: 0 };
  private closed = false;
  private readonly onEvent = (e: SessionEvent) => this.receive(e);
  private readonly onLive = (m: LiveMessage) => {
    if (m.type === 'count') this.live = { count: m.count, peak: m.peak };
  };

  private constructor(deps: LinkDeps, row: SessionRow, model: SessionModel) {
    this.deps = deps;
    this.id = row.id;
    this.row = row;
    this.copy = model;
  }

  /** The session's link, owning its hub when nobody does; undefined for an unknown session. */
  static async open(deps: LinkDeps, sessionId: string): Promise<SessionLink | undefined> {
    const row = await deps.hub.store.sessions.get(sessionId);
    if (!row) return undefined;
    const link = new SessionLink(deps, row, (await restore(deps.hub.store.sessions, row)).model);
    await deps.presence().subscribe(eventsTopic(sessionId), link.onEvent);
    await deps.presence().subscribe(liveTopic(sessionId), link.onLive);
    // Events stored between the restore and the subscription (each is stored before it is published).
    for (const e of await deps.hub.store.sessions.events(sessionId, link.copy.seq)) link.receive(e);
    await link.watch();
    return link;
  }

  get model(): SessionModel {
    return this.local?.model ?? this.copy;
  }

  owns(): boolean {
    return this.local !== undefined;
  }

  snapshot(): SessionModel {
    return structuredClone(this.model);
  }

  count(): number {
    return this.local ? this.local.count() : this.live.count;
  }

  peak(): number {
    return this.local ? this.local.peak() : Math.max(this.copy.peak, this.live.peak);
  }

  setCount(shard: string, connected: number): void {
    this.shards.set(shard, connected);
    this.tell({ op: 'count', shard, connected });
  }

  /** The shard is gone; true when it was this process's last. */
  removeShard(shard: string): boolean {
    this.shards.delete(shard);
    this.tell({ op: 'drop', shard });
    return this.shards.size === 0;
  }

  join(key: string, name: string, role: SessionRole): Promise<ActorRef> {
    this.present.set(key, (this.present.get(key) ?? 0) + 1);
    const joined = this.ask<ActorRef>({ op: 'join', rid: randomUUID(), key, name, role });
    joined.catch(() => this.forget(key));
    return joined;
  }

  leave(key: string): Promise<void> {
    this.forget(key);
    return this.ask({ op: 'leave', rid: randomUUID(), key });
  }

  dispatch(actor: Actor, action: SessionAction): Promise<DispatchResult> {
    return this.ask({ op: 'dispatch', rid: randomUUID(), actor, action });
  }

  chat(
    actor: Actor,
    text: string,
    nowMs: number,
  ): Promise<{ ok: true; line: ChatLine } | { ok: false; code: SessionNotice }> {
    return this.ask({ op: 'chat', rid: randomUUID(), actor, text, nowMs });
  }

  /** Ephemeral: published on the live topic from here, as the hub would. */
  react(handle: string, kind: Reaction): void {
    const message: LiveMessage = { type: 'reaction', kind, handle };
    this.deps.presence().publish(liveTopic(this.id), message);
  }

  voice(request: VoiceAsk): Promise<VoiceReply> {
    return this.ask({ op: 'voice', request });
  }

  /** Renews the lease this process holds; takes a free one; tells a new owner what is here. */
  async watch(): Promise<void> {
    if (this.closed) return;
    if (this.local) {
      if (!(await this.deps.leases.renew(this.id))) await this.stepDown('lease-lost');
      return;
    }
    const holder = await this.deps.leases.holderOf(this.id);
    if (holder === null) {
      await this.takeOver();
    } else if (holder !== this.owner) {
      this.owner = holder;
      this.tell({
        op: 'sync',
        shards: Object.fromEntries(this.shards),
        present: Object.fromEntries(this.present),
      });
    }
  }

  /** No shard of the session is left here: an owner hands over (hub drained, then the lease freed). */
  async close(): Promise<void> {
    this.closed = true;
    await this.deps.presence().unsubscribe(eventsTopic(this.id), this.onEvent);
    await this.deps.presence().unsubscribe(liveTopic(this.id), this.onLive);
    await this.taking;
    if (this.local) await this.stepDown('closed');
  }

  private forget(key: string): void {
    const open = (this.present.get(key) ?? 1) - 1;
    if (open > 0) this.present.set(key, open);
    else this.present.delete(key);
  }

  private tell(req: HubRequest): void {
    this.ask(req).catch((error: unknown) =>
      log.warn('session-forward-failed', { session: this.id, op: req.op, error }),
    );
  }

  /** Runs `req` on the local hub, or forwards it to the owner until answered or FORWARD_DEADLINE_MS. */
  private async ask<R>(req: HubRequest): Promise<R> {
    const deadline = Date.now() + FORWARD_DEADLINE_MS;
    let owner = this.owner;
    for (;;) {
      if (this.closed && !this.local) throw new Error(`session ${this.id} is no longer served here`);
      // Without a known owner, or after one did not answer: the lease may be free to take.
      const hub = this.local ?? (owner === null ? await this.takeOver() : undefined);
      try {
        if (hub) return (await serveHubRequest(hub, req, this.deps.requests)) as R;
        return await this.deps.calls.call<R>(hubTopic(this.id), req, CALL_TIMEOUT_MS);
      } catch (error) {
        const again = error instanceof CallTimeout || error instanceof CallRetry;
        if (!again || Date.now() > deadline) throw error;
        if (error instanceof CallRetry) await delay(HANDOVER_PAUSE_MS);
        owner = null;
      }
    }
  }

  /** Takes the lease when it is free and restores the hub; the hub when this process owns it now. */
  private takeOver(): Promise<SessionHub | undefined> {
    this.taking ??= (async () => {
      if (this.local) return this.local;
      if (this.closed || !(await this.deps.leases.acquire(this.id))) return undefined;
      const startedMs = Date.now();
      const hub = await SessionHub.load(this.deps.hub, this.id).catch(async (error: unknown) => {
        await this.deps.leases.release(this.id);
        throw error;
      });
      if (!hub) return undefined;
      hub.adopt(Object.fromEntries(this.shards), Object.fromEntries(this.present));
      this.unserve = await this.deps.calls.serve(hubTopic(this.id), (body) =>
        serveHubRequest(hub, body as HubRequest, this.deps.requests),
      );
      this.local = hub;
      this.owner = this.deps.leases.holder;
      log.info('session-hub-owned', { session: this.id, seq: hub.model.seq, loadMs: Date.now() - startedMs });
      return hub;
    })().finally(() => {
      this.taking = undefined;
    });
    return this.taking;
  }

  /** Stops serving, drains the hub (its model stays as this process's copy), frees the lease. */
  private async stepDown(why: string): Promise<void> {
    const hub = this.local;
    if (!hub) return;
    this.unserve?.();
    this.unserve = undefined;
    this.local = undefined;
    this.owner = null;
    await hub.dispose();
    this.copy = structuredClone(hub.model);
    if (why === 'closed') await this.deps.leases.release(this.id);
    log.info('session-hub-released', { session: this.id, why });
  }

  /** An event from the owner: applied to this process's copy in seq order; a gap reloads from the store. */
  private receive(event: SessionEvent): void {
    if (this.local || event.seq <= this.copy.seq) return;
    if (event.seq === this.copy.seq + 1) {
      applyEvent(this.copy, structuredClone(event));
      return;
    }
    if (this.reloading) return;
    this.reloading = true;
    restore(this.deps.hub.store.sessions, this.row)
      .then((r) => {
        if (!this.local && r.model.seq > this.copy.seq) this.copy = r.model;
      })
      .catch((error: unknown) => log.error('session-copy-reload-failed', { session: this.id, error }))
      .finally(() => {
        this.reloading = false;
      });
  }
}
