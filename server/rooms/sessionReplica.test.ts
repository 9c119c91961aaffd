// A shard's replica applies the hub's events in seq order: duplicates are ignored, a gap takes a
// fresh snapshot (so a lost message can never leave a shard showing a different stage).
import { describe, expect, it } from 'vitest';
import { type ActorRef, emptyModel, type SessionEvent } from '../../shared/session/model.ts';
import { applyEvent } from '../../shared/session/reduce.ts';
import { createReplica } from '../sessions/replica.ts';

const host: ActorRef = { key: 'user:1', handle: 'host000001', name: 'Pak Wali', role: 'host' };
const events: SessionEvent[] = [
  {
    seq: 1,
    at: 1000,
    by: null,
    act: { do: 'join', key: host.key, handle: host.handle, name: host.name, role: 'host' },
  },
  { seq: 2, at: 2000, by: host, act: { do: 'open' } },
  { seq: 3, at: 3000, by: host, act: { do: 'chatOff', on: true, reason: '' } },
];

describe('shard replica', () => {
  it('applies in order, ignores what it has, resyncs after a gap', () => {
    const hub = emptyModel();
    const replica = createReplica(() => structuredClone(hub));
    const first = events[0] as SessionEvent;
    applyEvent(hub, first);
    expect(replica.receive(first)).toBe('applied');
    expect(replica.receive(first)).toBe('stale');
    // The hub moves on by two events; the replica hears only the last one.
    applyEvent(hub, events[1] as SessionEvent);
    applyEvent(hub, events[2] as SessionEvent);
    expect(replica.receive(events[2] as SessionEvent)).toBe('resynced');
    expect(replica.model).toEqual(hub);
    expect(replica.model.chat.off).toBe(true);
    // The replica never shares objects with the event it applied or the hub's model.
    expect(replica.model).not.toBe(hub);
    expect(replica.receive(events[1] as SessionEvent)).toBe('stale');
  });
});
