// What the `session` room does with each validated client message. The stage rules live in
// shared/session/rules.ts and are applied once, by the session hub, for all shards; these functions
// add the per-client limits (chat, questions, reactions), keep avatars on the floor they may walk, and
// re-check an official's account before each privileged action. Runs on the server.
import { checkMove } from '../../shared/movement.ts';
import {
  ANIM,
  ASK_LIMIT,
  HAND_LIMIT,
  REACT_LIMIT,
  type SessionMessage,
  type SessionNotice,
} from '../../shared/protocol.ts';
import { take } from '../../shared/rateLimit.ts';
import { AUDIENCE_FLOOR, STAGE_FLOOR } from '../../shared/session/hallPlan.ts';
import { isPrivileged } from '../../shared/session/rules.ts';
import { stillMatches } from '../http/requireUser.ts';
import { log } from '../log.ts';
import { chatPrelude } from './place.ts';
import type { SessionHost } from './sessionHost.ts';
import {
  actorOf,
  isStaff,
  REFUSED_ACT_LIMIT,
  type SessionClient,
  type SessionVisitor,
} from './sessionVisitor.ts';

function notice(client: SessionClient, code: SessionNotice): void {
  client.send('notice', { code });
}

/** Hosts, admins and speakers may walk on the stage; everyone else on the hall floor. */
function floorOf(room: SessionHost, v: SessionVisitor) {
  const onStage =
    v.ref.role === 'host' || v.ref.role === 'admin' || room.replica.model.speakers[v.ref.handle];
  return onStage ? STAGE_FLOOR : AUDIENCE_FLOOR;
}

export function move(
  room: SessionHost,
  client: SessionClient,
  v: SessionVisitor,
  msg: SessionMessage<'move'>,
  nowMs: number,
): void {
  const verdict = checkMove(floorOf(room, v), v, msg, v.budget, nowMs);
  v.budget = verdict.budget;
  const player = room.state.players.get(client.sessionId);
  if (!verdict.ok || !player) {
    room.stats.corrected++;
    client.send('correction', { x: v.x, z: v.z });
    return;
  }
  v.x = msg.x;
  v.z = msg.z;
  player.x = msg.x;
  player.z = msg.z;
  player.heading = msg.heading;
  player.anim = ANIM[msg.anim];
}

/** `chat`: cleaned, rate-limited, then the session's chat rules (hub); stored before it is shown. */
export async function chat(
  room: SessionHost,
  client: SessionClient,
  v: SessionVisitor,
  msg: SessionMessage<'chat'>,
  nowMs: number,
): Promise<void> {
  const cleaned = chatPrelude(v, msg.text, nowMs);
  if (!cleaned.ok) return notice(client, cleaned.code);
  const sent = await room.hub.chat(actorOf(v), cleaned.text, room.deps.now());
  if (!sent.ok) return notice(client, sent.code);
  if (cleaned.filtered) notice(client, 'chat-filtered');
}

export function react(
  room: SessionHost,
  client: SessionClient,
  v: SessionVisitor,
  msg: SessionMessage<'react'>,
  nowMs: number,
): void {
  const allowed = take(v.react, REACT_LIMIT, nowMs);
  v.react = allowed.bucket;
  if (allowed.ok) room.hub.react(v.ref.handle, msg.kind);
  else notice(client, 'react-rate');
}

/**
 * `act`: every stage action. Questions and hand toggles are rate-limited per attendee (the hub checks
 * hand toggles again across rejoins), and so are refused privileged
 * actions (REFUSED_ACT_LIMIT: a token is taken per privileged action and given back when it is
 * accepted); an official's account is re-read before each privileged action (a disabled or changed
 * account acts as a resident from then on); the hub decides, stores, audits and publishes.
 */
export async function act(
  room: SessionHost,
  client: SessionClient,
  v: SessionVisitor,
  msg: SessionMessage<'act'>,
  nowMs: number,
): Promise<void> {
  if (msg.do === 'ask') {
    const allowed = take(v.ask, ASK_LIMIT, nowMs);
    v.ask = allowed.bucket;
    if (!allowed.ok) return notice(client, 'ask-rate');
  }
  if (msg.do === 'raiseHand' || msg.do === 'lowerHand') {
    const allowed = take(v.hand, HAND_LIMIT, nowMs);
    v.hand = allowed.bucket;
    if (!allowed.ok) return notice(client, 'hand-rate');
  }
  const privileged = isPrivileged(msg);
  if (privileged) {
    const allowed = take(v.refused, REFUSED_ACT_LIMIT, nowMs);
    v.refused = allowed.bucket;
    if (!allowed.ok) return notice(client, 'not-allowed');
  }
  if (privileged && isStaff(v.ref.role) && !(await accountStands(room, v))) {
    log.warn('session-account-changed', { room: room.roomId, session: client.sessionId });
    v.ref = { ...v.ref, role: 'resident' };
  }
  const result = await room.hub.dispatch(actorOf(v), msg);
  if (!result.ok) return notice(client, result.code);
  if (privileged)
    v.refused = { ...v.refused, tokens: Math.min(REFUSED_ACT_LIMIT.capacity, v.refused.tokens + 1) };
}

/** Whether an official's account still holds the claims they joined with. */
export async function accountStands(room: SessionHost, v: SessionVisitor): Promise<boolean> {
  if (!v.claims) return false;
  const user = await room.deps.users.byId(v.claims.sub);
  return user !== undefined && stillMatches(v.claims, user);
}
