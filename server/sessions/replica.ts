// A shard's copy of the session model: a snapshot from the hub when the shard is created, then every
// published event applied in seq order. An event already applied is ignored; a gap (a lost or
// reordered message) takes a fresh snapshot from the hub. Runs on the server.
import type { SessionEvent, SessionModel } from '../../shared/session/model.ts';
import { applyEvent } from '../../shared/session/reduce.ts';

export type Replica = {
  model: SessionModel;
  /** 'applied' (the event changed the model), 'stale' (already had it) or 'resynced' (after a gap). */
  receive(event: SessionEvent): 'applied' | 'stale' | 'resynced';
};

export function createReplica(snapshot: () => SessionModel): Replica {
  const replica: Replica = {
    model: snapshot(),
    receive(event) {
      if (event.seq <= replica.model.seq) return 'stale';
      if (event.seq !== replica.model.seq + 1) {
        replica.model = snapshot();
        return 'resynced';
      }
      applyEvent(replica.model, structuredClone(event));
      return 'applied';
    },
  };
  return replica;
}
