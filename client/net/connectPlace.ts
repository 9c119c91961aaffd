// The connection lifecycle of a place — the open city or the hall of one public session — written
// once for both (client only). `connectPlace(kind, options)` joins the place's room, attaches the
// place's mirrors and message routes (cityPlace.ts / sessionPlace.ts: what really differs), starts the
// move sender, and publishes the typed send as useConnectionStore's `outbox`, through which the stores'
// actions (chat.send, stage.act, …) reach the room. It keeps the visitor in the place across dropped
// connections: the SDK reconnects within the server's hold (same session); once the hold is gone it
// joins again, with backoff and a published countdown (rejoin.ts), for as long as the server stays
// unreachable — also when the very first join finds no server. A refusal ends in status 'error' with
// the place's reason. `leave()` ends the link for good: a join still under way is dropped.
import { Client, type Room } from '@colyseus/sdk';
import { CLOSE_CODES } from '../../shared/protocol.ts';
import { remotes } from '../stores/motion.ts';
import { type Outbox, useConnectionStore } from '../stores/useConnectionStore.ts';
import { usePlayersStore } from '../stores/usePlayersStore.ts';
import { startMoveSender } from './moveSender.ts';
import { type PlaceKind, type PlaceOptions, placeSpec, type RawSend } from './places.ts';
import { createRetrySchedule } from './rejoin.ts';
import { serverUrl } from './serverUrl.ts';
import { storedStaffToken } from './staffApi.ts';

const CONSENTED = 4000; // Colyseus CloseCode.CONSENTED: the visitor left on purpose

export type PlaceLink = {
  /** Leaves the room and stops trying; the link is dead afterwards. */
  leave(): void;
  /** Joins again now (after a refusal that may pass, or a moderator's removal). */
  retry(): void;
};

export function connectPlace<K extends PlaceKind>(kind: K, options: PlaceOptions[K]): PlaceLink {
  const spec = placeSpec(kind, options);
  const status = useConnectionStore.getState();
  const retry = createRetrySchedule();
  let room: Room | null = null;
  let stopSender: (() => void) | null = null;
  let alive = true;
  /** Counts joins: a join that finishes after a newer join or the leave is dropped. */
  let attempt = 0;

  const send: RawSend = (type, payload) => {
    if (useConnectionStore.getState().status === 'connected') room?.send(type, payload);
  };

  async function join(): Promise<void> {
    const mine = ++attempt;
    const rejoin = room !== null;
    status.setStatus(rejoin ? 'reconnecting' : 'connecting');
    spec.beforeJoin(rejoin);
    try {
      const client = new Client(serverUrl());
      // A signed-in official joins as their account (rights and sanctions then follow it).
      const token = storedStaffToken(Date.now());
      if (token) client.auth.token = token;
      const joined = await client.joinOrCreate(spec.roomName, spec.joinOptions(), spec.stateType);
      if (!alive || mine !== attempt) {
        void joined.leave(true); // left, or joined again, while this join was under way
        return;
      }
      attach(joined);
    } catch (e) {
      if (!alive || mine !== attempt) return;
      const refusal = spec.refusal(e);
      if (refusal === null) {
        // No answer (server restarting, network gone): keep trying for as long as the visitor stays.
        status.setStatus('reconnecting');
        retry.later(() => void join());
        return;
      }
      room = null;
      status.setStatus('error', refusal);
    }
  }

  function attach(r: Room): void {
    room = r;
    retry.succeeded();
    const connection = useConnectionStore.getState();
    connection.setSelfId(r.sessionId);
    connection.setOutbox({ kind, send } as Outbox);
    connection.setStatus('connected');
    usePlayersStore.getState().clear();
    remotes.clear();
    retry.adopt(r);
    spec.attach(r, send);
    stopSender?.();
    stopSender = startMoveSender(send);
    r.onDrop(() => useConnectionStore.getState().setStatus('reconnecting'));
    r.onReconnect(() => {
      retry.succeeded();
      useConnectionStore.getState().setStatus('connected');
    });
    r.onLeave((code) => {
      if (room !== r) return;
      stopSender?.();
      if (code === CONSENTED || !alive) return;
      const removed = spec.removal(code);
      if (removed) {
        // A ban or a moderator's removal: no automatic rejoin.
        useConnectionStore.getState().setStatus('error', removed);
        return;
      }
      useConnectionStore
        .getState()
        .setStatus('reconnecting', code === CLOSE_CODES.flooded ? 'flooded' : null);
      retry.later(() => void join());
    });
  }

  void join();
  return {
    leave() {
      if (!alive) return;
      alive = false;
      attempt++;
      retry.cancel();
      stopSender?.();
      stopSender = null;
      void room?.leave(true);
      room = null;
      remotes.clear();
      usePlayersStore.getState().clear();
      spec.clear();
      const connection = useConnectionStore.getState();
      connection.setOutbox(null);
      connection.setStatus('idle');
    },
    retry() {
      if (!alive) return;
      retry.cancel();
      spec.beforeRetry();
      void join();
    },
  };
}
