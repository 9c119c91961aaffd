// A session's event log as its hub writes it (server only; inside the hub's chain only): append to
// the store — with the audit entry, before anyone sees the change — then apply to the model (catching
// up in order when another writer appended meanwhile), tell live voice and the phase, publish on
// presence topic `session:<id>`, and store a snapshot every `snapshotEvery` events (replay stays flat).
import type { Presence } from '@colyseus/core';
import type { SessionAction } from '../../shared/protocol.ts';
import type { ActorRef, SessionEvent, SessionModel, SystemAction } from '../../shared/session/model.ts';
import { applyEvent } from '../../shared/session/reduce.ts';
import type { Store } from '../store/store.ts';
import type { VoiceService } from '../voice/voiceService.ts';
import type { SessionPhase } from './sessionPhase.ts';
import { keepSnapshot, type Restored } from './snapshots.ts';
import { eventsTopic } from './topics.ts';

export type EventLogDeps = {
  store: Pick<Store, 'sessions'>;
  presence: () => Presence;
  now: () => number;
  snapshotEvery: number;
  voice?: Pick<VoiceService, 'sync'>;
};

export class EventLog {
  readonly model: SessionModel;
  private readonly id: string;
  private readonly deps: EventLogDeps;
  private readonly phase: Pick<SessionPhase, 'applied' | 'openedAt' | 'endedAt'>;
  private snapshotSeq: number;

  constructor(
    deps: EventLogDeps,
    id: string,
    restored: Restored,
    phase: Pick<SessionPhase, 'applied' | 'openedAt' | 'endedAt'>,
  ) {
    this.deps = deps;
    this.id = id;
    this.model = restored.model;
    this.snapshotSeq = restored.snapshotSeq;
    this.phase = phase;
  }

  /** Appends (and audits), then applies and publishes. */
  async commit(
    by: ActorRef | null,
    act: SessionAction | SystemAction,
    at: number,
    audited?: () => Promise<void>,
    requestId?: string,
  ): Promise<SessionEvent> {
    const { sessions } = this.deps.store;
    const stored = await sessions.appendEvent(this.id, { at, by, act }, requestId);
    await audited?.();
    if (stored.seq !== this.model.seq + 1) {
      // Another writer appended meanwhile: catch up from the store, in order.
      for (const e of await sessions.events(this.id, this.model.seq)) this.apply(e);
    } else {
      this.apply(stored);
    }
    if (this.model.seq - this.snapshotSeq >= this.deps.snapshotEvery) await this.storeSnapshot();
    return stored;
  }

  private apply(event: SessionEvent): void {
    applyEvent(this.model, structuredClone(event));
    this.deps.voice?.sync(this.id, this.model);
    this.phase.applied(event);
    this.deps.presence().publish(eventsTopic(this.id), event);
  }

  private async storeSnapshot(): Promise<void> {
    const { openedAt, endedAt } = this.phase;
    const snap = { model: this.model, openedAt, endedAt };
    if (await keepSnapshot(this.deps.store.sessions, this.id, snap, this.deps.now()))
      this.snapshotSeq = this.model.seq;
  }
}
