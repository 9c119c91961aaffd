// Who a `session` attendee is on the server: what onAuth established (sessionAuth.ts), their place
// in the hall, their rate-limit buckets, and the last views sent to them. Kept across reconnections
// (same Colyseus session id). Runs on the server.
import type { Client } from '@colyseus/core';
import { freshBudget, type MoveBudget } from '../../shared/movement.ts';
import {
  ASK_LIMIT,
  CHAT_LIMIT,
  FLOOD_LIMIT,
  HAND_LIMIT,
  REACT_LIMIT,
  type SessionServerMessages,
} from '../../shared/protocol.ts';
import { type Bucket, fullBucket } from '../../shared/rateLimit.ts';
import { HALL, seatFor } from '../../shared/session/hallPlan.ts';
import type { ActorRef, SessionModel } from '../../shared/session/model.ts';
import type { Claims } from '../auth/tokens.ts';
import type { Actor } from '../sessions/hub.ts';

/** What a successful join yields (kept by Colyseus as `client.auth`). Never holds the token. */
/**
 * Privileged actions an attendee may have refused: a burst of 30, then one a second. Beyond it they
 * are refused here without reaching the hub (whose chain and audit log they would otherwise load).
 */
export const REFUSED_ACT_LIMIT = { capacity: 30, refillPerSec: 1 } as const;

export type SessionAuth = {
  sessionId: string;
  /** 'user:<id>' for a signed-in account, else 'guest:<visitorId>'. */
  key: string;
  name: string;
  color: string;
  role: ActorRef['role'];
  /** The verified token's claims (accounts only): re-checked against the account on privileged acts. */
  claims: Claims | null;
};

export type SessionVisitor = {
  ref: ActorRef;
  color: string;
  claims: Claims | null;
  /** Authoritative position in metres, unquantised. */
  x: number;
  z: number;
  budget: MoveBudget;
  flood: Bucket;
  chat: Bucket;
  ask: Bucket;
  react: Bucket;
  /** Privileged actions that may still be refused (REFUSED_ACT_LIMIT). */
  refused: Bucket;
  /** Hand toggles (HAND_LIMIT), checked here before the hub checks them per attendee. */
  hand: Bucket;
  /** Cut off for flooding or removed by a moderator: no reconnection, later messages ignored. */
  flooded: boolean;
  /** JSON of the last `you` / `staff` view sent (sent again only when changed). */
  lastYou: string;
  lastStaff: string;
};

export type SessionClient = Client<{ auth: SessionAuth; messages: SessionServerMessages }>;

export function isStaff(role: ActorRef['role']): boolean {
  return role !== 'resident';
}

/** How the audit log names an attendee. */
function auditName(v: Pick<SessionVisitor, 'ref' | 'claims'>): string {
  return v.claims ? `staff:${v.claims.username}` : `guest:${v.ref.name}#${v.ref.handle}`;
}

export function actorOf(v: SessionVisitor): Actor {
  return { ref: v.ref, audit: auditName(v) };
}

/** Where an attendee stands: hosts and admins at the host's spot, speakers on stage, others seated. */
export function spotFor(model: SessionModel, ref: ActorRef, n: number): { x: number; z: number } {
  if (ref.role === 'host' || ref.role === 'admin') return { ...HALL.hostSpot };
  const speaker = Object.keys(model.speakers).indexOf(ref.handle);
  if (speaker >= 0) return { ...(HALL.speakerSpots[speaker % HALL.speakerSpots.length] ?? HALL.hostSpot) };
  return { ...seatFor(n) };
}

export function newSessionVisitor(
  auth: SessionAuth,
  ref: ActorRef,
  at: { x: number; z: number },
  nowMs: number,
): SessionVisitor {
  return {
    ref,
    color: auth.color,
    claims: auth.claims,
    ...at,
    budget: freshBudget(nowMs),
    flood: fullBucket(FLOOD_LIMIT, nowMs),
    chat: fullBucket(CHAT_LIMIT, nowMs),
    ask: fullBucket(ASK_LIMIT, nowMs),
    react: fullBucket(REACT_LIMIT, nowMs),
    refused: fullBucket(REFUSED_ACT_LIMIT, nowMs),
    hand: fullBucket(HAND_LIMIT, nowMs),
    flooded: false,
    lastYou: '',
    lastStaff: '',
  };
}
