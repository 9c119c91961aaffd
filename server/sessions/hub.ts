// The session hub: the one source of truth of a public session (one process holds it; with several,
// the one its lease names, server/sessions/sessionLink.ts, forwarded to by the others). Contract: every
// stage action goes through `dispatch`, serialised per session (one promise chain): decided against
// the hub's model (shared/session/rules.ts), appended to the store (accepted data is written BEFORE
// anyone sees it), applied to the hub's model, then published on presence topic `session:<id>` so
// every shard applies the same event to its replica (server/sessions/replica.ts) — that write path is
// eventLog.ts. The hub also makes the system events (an attendee's first join, attendance samples,
// poll timers) and keeps the live attendance of its shards; what the phase changes outside the log
// (the row, the attendance sampler, the record when the session ends) is sessionPhase.ts. Ephemeral
// fan-out (chat lines, reactions, attendance counts) goes on `session:<id>:live`, not in the log.
// Bounded writes: refusals audited per actor per minute (refusals.ts), hand toggles and renames per
// attendee (attendees.ts), chat lines per attendee over all their connections (CHAT_LIMIT, so
// connections spread over processes gain nothing). Runs on the server.
import type { Presence } from '@colyseus/core';
import type { ChatLine, Reaction, SessionAction, SessionNotice } from '../../shared/protocol.ts';
import type { ActorRef, SessionEvent, SessionModel, SessionRole } from '../../shared/session/model.ts';
import { decide, isPrivileged } from '../../shared/session/rules.ts';
import type { VoiceReply } from '../../shared/session/voice.ts';
import { log } from '../log.ts';
import type { SessionRow } from '../store/sessionStore.ts';
import type { Store } from '../store/store.ts';
import type { VoiceAsk, VoiceService } from '../voice/voiceService.ts';
import { Attendance } from './attendance.ts';
import { handAllowed, randomHandle, renameAllowed } from './attendees.ts';
import { auditDetail } from './auditDetail.ts';
import { ChatGate } from './chatRules.ts';
import { withDeckPages } from './deckPages.ts';
import { EventLog } from './eventLog.ts';
import { PollTimers } from './pollTimers.ts';
import { RefusalAudit } from './refusals.ts';
import { SessionPhase } from './sessionPhase.ts';
import { type Restored, restore } from './snapshots.ts';
import { type LiveMessage, liveTopic } from './topics.ts';

export type HubDeps = {
  store: Pick<Store, 'sessions' | 'audit'>;
  /** The process's presence (Colyseus matchMaker.presence), read when publishing. */
  presence: () => Presence;
  /** Epoch ms: event times, bans, poll timers. */
  now: () => number;
  /** Attendance sample interval while live (ms). */
  attendanceEveryMs: number;
  /** A snapshot of the model is stored every this many events. */
  snapshotEvery: number;
  /** Live voice (server/voice/): told after every applied event, to revoke or close; runs requests. */
  voice?: Pick<VoiceService, 'sync' | 'request'>;
};

/** Who acts, and how the audit log names them ('staff:<username>' or 'guest:<name>#<handle>'). */
export type Actor = { ref: ActorRef; audit: string };

export type DispatchResult = { ok: true; event: SessionEvent } | { ok: false; code: SessionNotice };

export class SessionHub {
  readonly id: string;
  readonly model: SessionModel;
  /** Connected attendees per shard and open connections per attendee (attendance.ts). */
  readonly attendance = new Attendance();
  disposed = false;
  private readonly deps: HubDeps;
  private chain: Promise<unknown> = Promise.resolve();
  private readonly phase: SessionPhase;
  private readonly polls: PollTimers;
  private readonly chatGate = new ChatGate();
  private readonly refusals: RefusalAudit;
  /** Append, apply, publish, snapshot (eventLog.ts). */
  private readonly events: EventLog;

  private constructor(deps: HubDeps, row: SessionRow, restored: Restored) {
    this.deps = deps;
    this.id = row.id;
    this.model = restored.model;
    const sample = () => this.events.commit(null, { do: 'attendance', count: this.count() }, deps.now());
    const sampleLater = () =>
      this.serial(sample).catch((error: unknown) =>
        log.error('session-sample-failed', { session: this.id, error }),
      );
    this.phase = new SessionPhase({ ...deps, sample, sampleLater }, row, restored);
    this.events = new EventLog(deps, row.id, restored, this.phase);
    this.polls = new PollTimers(deps.now, (pollId) => this.timeout(pollId));
    this.refusals = new RefusalAudit(
      (actor, detail, at) => this.audit(actor, 'session.refused', detail, at),
      deps.now,
    );
  }

  /** Loads the session: its newest snapshot and the events after it; undefined for an unknown session. */
  static async load(deps: HubDeps, sessionId: string): Promise<SessionHub | undefined> {
    const row = await deps.store.sessions.get(sessionId);
    if (!row) return undefined;
    const hub = new SessionHub(deps, row, await restore(deps.store.sessions, row));
    hub.phase.resume(hub.model);
    hub.polls.arm(hub.model);
    return hub;
  }

  /** The session's stored row (its phase follows the events). */
  get row(): SessionRow {
    return this.phase.row;
  }

  /** A deep copy of the model for a new shard's replica. */
  snapshot(): SessionModel {
    return structuredClone(this.model);
  }

  /** Live connection counts by shard (room id). */
  get shards(): Map<string, number> {
    return this.attendance.shards;
  }

  /** Connected attendees across every shard of this session (every process's, when forwarded). */
  count(): number {
    return this.attendance.count();
  }

  peak(): number {
    return Math.max(this.model.peak, this.attendance.peakSeen());
  }

  /** A shard reports how many attendees it has connected; every shard gets the new total. */
  setCount(shardId: string, connected: number): void {
    if (this.disposed) return;
    this.attendance.setShard(shardId, connected);
    this.publishCount();
  }

  /** A new owner learns one process's shards and open connections (Attendance#adopt). */
  adopt(shards: Record<string, number>, present: Record<string, number>): void {
    if (this.disposed) return;
    this.attendance.adopt(shards, present);
    this.publishCount();
  }

  /** A shard is gone; the number of shards left. */
  removeShard(shardId: string): number {
    if (this.attendance.removeShard(shardId) && this.shards.size > 0) this.publishCount();
    return this.shards.size;
  }

  private publishCount(): void {
    this.publishLive({ type: 'count', count: this.count(), peak: this.peak() });
  }

  /**
   * Decides a client's action; accepted → stored, applied and published; audit-logged as needed.
   * `requestId` (an action forwarded from another process): if the store holds its event — the
   * previous owner stored it, then died before answering — that event is the answer, not decided again.
   */
  dispatch(actor: Actor, action: SessionAction, requestId?: string): Promise<DispatchResult> {
    return this.serial(async () => {
      if (requestId !== undefined) {
        const stored = await this.deps.store.sessions.eventByRequest(this.id, requestId);
        if (stored) return { ok: true, event: stored } as const;
      }
      const nowMs = this.deps.now();
      const act =
        action.do === 'screen' ? await withDeckPages(this.deps.store.sessions, this.id, action) : action;
      const verdict = decide(this.model, actor.ref, act, nowMs);
      if (!verdict.ok) {
        if (verdict.code === 'not-allowed' && isPrivileged(action)) {
          await this.refusals.record(actor.audit, { do: action.do, role: actor.ref.role });
        }
        return verdict;
      }
      const hand = verdict.act.do === 'raiseHand' || verdict.act.do === 'lowerHand';
      if (hand && !handAllowed(this.model, actor.ref.handle, nowMs))
        return { ok: false, code: 'hand-rate' } as const;
      // The audit entry is written with the event, before anyone sees the change.
      const audited = isPrivileged(verdict.act)
        ? () => this.audit(actor.audit, `session.${verdict.act.do}`, auditDetail(verdict.act), nowMs)
        : undefined;
      const event = await this.events.commit(actor.ref, verdict.act, nowMs, audited, requestId);
      await this.after(event);
      return { ok: true, event } as const;
    });
  }

  /**
   * Registers an attendee (system `join` the first time a key is seen, or when their role changed,
   * or their name — at most once per RENAME_EVERY_MS, else they keep the known name) and returns how
   * they act in this session.
   */
  join(key: string, name: string, role: SessionRole): Promise<ActorRef> {
    this.attendance.opened(key);
    const joined = this.serial(async () => {
      const known = this.model.attendees[key];
      if (known && known.role === role && (known.name === name || !renameAllowed(known, this.deps.now())))
        return { key, handle: known.handle, name: known.name, role };
      let handle = known?.handle ?? randomHandle();
      while (!known && this.model.handles[handle] !== undefined) handle = randomHandle();
      await this.events.commit(null, { do: 'join', key, handle, name, role }, this.deps.now());
      return { key, handle, name, role };
    });
    // A join that failed opened no connection.
    joined.catch(() => this.attendance.closed(key));
    return joined;
  }

  /**
   * One of the attendee's connections is gone for good (a shard's onLeave, after the reconnection
   * hold). When it was their last, a system `left` releases the floor, speaker place and raised hand
   * they held, so the stage never waits on someone who is no longer there.
   */
  leave(key: string): Promise<void> {
    if (this.attendance.closed(key) > 0) return Promise.resolve();
    // Shutting down: every shard empties at once; nothing is released (the stored model stands).
    if (this.disposed) return Promise.resolve();
    return this.serial(async () => {
      if (this.attendance.isPresent(key)) return; // Came back meanwhile.
      const handle = this.model.attendees[key]?.handle;
      if (handle === undefined) return;
      const m = this.model;
      const holds =
        m.floor?.handle === handle ||
        m.speakers[handle] !== undefined ||
        m.hands.some((h) => h.handle === handle);
      if (holds) await this.events.commit(null, { do: 'left', handle }, this.deps.now());
    });
  }

  /** A chat line: session chat rules, then stored, then fanned out to every shard. */
  async chat(
    actor: Actor,
    text: string,
    nowMs: number,
  ): Promise<{ ok: true; line: ChatLine } | { ok: false; code: SessionNotice }> {
    const { handle, name } = actor.ref;
    const refusal = this.chatGate.take(this.model, actor.ref, nowMs, this.deps.now());
    if (refusal) return { ok: false, code: refusal };
    const line = await this.deps.store.sessions.appendChat(this.id, { from: handle, name, text, at: nowMs });
    this.publishLive({ type: 'chat', line });
    return { ok: true, line };
  }

  react(handle: string, kind: Reaction): void {
    this.publishLive({ type: 'reaction', kind, handle });
  }

  /** A voice request of an attendee on any process, run by this (the owning) process's voice. */
  voice(req: VoiceAsk): Promise<VoiceReply> {
    if (!this.deps.voice) return Promise.resolve({ kind: 'unavailable' });
    return this.deps.voice.request(this.id, this.model, req);
  }

  /** Stops timers and waits for the actions in flight; the hub takes no more work after. */
  async dispose(): Promise<void> {
    this.disposed = true;
    this.phase.stop();
    this.polls.clear();
    await this.chain.catch(() => {});
    await this.refusals.flush();
  }

  private serial<T>(work: () => Promise<T>): Promise<T> {
    const run = this.chain.then(() => {
      if (this.disposed) throw new Error(`session hub ${this.id} is disposed`);
      return work();
    });
    this.chain = run.catch(() => {});
    return run;
  }

  /** What follows an accepted event: the phase outside the log (sessionPhase.ts), poll timers. */
  private async after(event: SessionEvent): Promise<void> {
    const act = event.act;
    try {
      await this.phase.after(event, this.model);
      if (act.do === 'pollOpen' || act.do === 'pollClose' || act.do === 'end') this.polls.arm(this.model);
    } catch (error) {
      log.error('session-after-failed', { session: this.id, do: act.do, error });
    }
  }

  private timeout(pollId: number): void {
    this.serial(async () => {
      const poll = this.model.polls.find((p) => p.id === pollId);
      if (poll?.closedAt === null)
        await this.events.commit(null, { do: 'pollTimeout', pollId }, this.deps.now());
    }).catch((error: unknown) => log.error('session-poll-timeout-failed', { session: this.id, error }));
  }

  private audit(actor: string, action: string, detail: Record<string, unknown>, at: number): Promise<void> {
    return this.deps.store.audit
      .append({ actor, action, target: this.id, detail }, at)
      .catch((error: unknown) => log.error('session-audit-failed', { session: this.id, action, error }));
  }

  private publishLive(message: LiveMessage): void {
    this.deps.presence().publish(liveTopic(this.id), message);
  }
}
