// What a shard does after its replica applied an event from the hub: mirror the stage into the
// state, carry out what the event means for this shard's clients (a ban kicks, a speaker moves onto
// or off the stage, a deleted message disappears), and send each attendee their `you` view and each
// official the `staff` view when it changed. Runs on the server.
import { freshBudget } from '../../shared/movement.ts';
import { CLOSE_CODES } from '../../shared/protocol.ts';
import type { SessionEvent } from '../../shared/session/model.ts';
import { type StaffView, staffView, youView } from '../../shared/session/views.ts';
import { log } from '../log.ts';
import { mirrorInfo, mirrorStage } from '../sessions/mirror.ts';
import type { SessionHost } from './sessionHost.ts';
import { isStaff, type SessionClient, type SessionVisitor, spotFor } from './sessionVisitor.ts';

/** Mirrors the replica into the state (every field compared first). */
export function mirror(room: SessionHost): void {
  mirrorInfo(room.state, room.hub.row, room.replica.model);
  mirrorStage(room.state, room.replica.model, room.deps.now());
}

export function afterEvent(room: SessionHost, event: SessionEvent, resynced: boolean): void {
  mirror(room);
  const act = event.act;
  if (resynced) {
    sendViews(room, room.clients);
    return;
  }
  switch (act.do) {
    case 'attendance':
      return;
    case 'join':
      sendViews(
        room,
        clientsWhere(room, (v) => v.ref.key === act.key),
      );
      return;
    case 'ask':
    case 'upvote':
    case 'pollVote':
    case 'report':
      // Only the sender's own view and the officials' view can have changed.
      sendViews(
        room,
        clientsWhere(room, (v) => v.ref.key === event.by?.key || isStaff(v.ref.role)),
      );
      return;
    case 'ban':
      kick(room, act.handle);
      break;
    case 'speaker':
      place(room, act.handle);
      break;
    case 'deleteMessage':
      room.broadcast('chatDeleted', { id: act.messageId });
      break;
  }
  sendViews(room, room.clients);
}

/** Sends `you` (and `staff` to officials) to each client whose view differs from the last one sent. */
export function sendViews(room: SessionHost, clients: readonly SessionClient[]): void {
  const model = room.replica.model;
  let staff: { view: StaffView; json: string } | undefined;
  for (const client of clients) {
    const v = room.visitors.get(client.sessionId);
    if (!v) continue;
    const you = youView(model, v.ref.key);
    // The role in the view is the one this connection acts with (an official may have been downgraded).
    you.role = v.ref.role;
    const youJson = JSON.stringify(you);
    if (youJson !== v.lastYou) {
      v.lastYou = youJson;
      client.send('you', you);
    }
    if (!isStaff(v.ref.role)) continue;
    if (!staff) {
      const view = staffView(model);
      staff = { view, json: JSON.stringify(view) };
    }
    if (staff.json !== v.lastStaff) {
      v.lastStaff = staff.json;
      client.send('staff', staff.view);
    }
  }
}

function clientsWhere(room: SessionHost, test: (v: SessionVisitor) => boolean): SessionClient[] {
  return room.clients.filter((c) => {
    const v = room.visitors.get(c.sessionId);
    return v !== undefined && test(v);
  });
}

function clientsOf(room: SessionHost, handle: string): SessionClient[] {
  return clientsWhere(room, (v) => v.ref.handle === handle);
}

/** A banned attendee's connections in this shard are closed (CLOSE_CODES.banned), not held. */
function kick(room: SessionHost, handle: string): void {
  for (const client of clientsOf(room, handle)) {
    const v = room.visitors.get(client.sessionId);
    if (v) v.flooded = true;
    log.info('session-kick', { room: room.roomId, session: client.sessionId });
    room.kickClient(client.sessionId, CLOSE_CODES.banned);
  }
}

/** A speaker goes to a speaker spot on stage; taken off stage, back to a seat. */
function place(room: SessionHost, handle: string): void {
  for (const client of clientsOf(room, handle)) {
    const v = room.visitors.get(client.sessionId);
    const player = room.state.players.get(client.sessionId);
    if (!v || !player) continue;
    const spot = spotFor(room.replica.model, v.ref, room.seatIndex());
    v.x = spot.x;
    v.z = spot.z;
    v.budget = freshBudget(performance.now());
    player.x = spot.x;
    player.z = spot.z;
    client.send('correction', spot);
  }
}
