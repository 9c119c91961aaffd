// Who a `city` visitor is on the server: join validation, where newcomers appear, and the per-visitor
// data the room keeps beside the synchronised Player. Runs on the server.
import { type Client, ServerError } from '@colyseus/core';
import type { CityLayout } from '../../shared/layout.ts';
import { freshBudget, isWalkable, type MoveBudget } from '../../shared/movement.ts';
import {
  CHAT_LIMIT,
  FLOOD_LIMIT,
  JoinOptions,
  PROTOCOL_VERSION,
  REPORT_LIMIT,
  type ServerMessages,
} from '../../shared/protocol.ts';
import { type Bucket, fullBucket } from '../../shared/rateLimit.ts';
import { cleanName } from '../../shared/text.ts';

/** What a successful join yields (kept by Colyseus as `client.auth`). */
export type JoinAuth = {
  name: string;
  color: string;
  at?: { x: number; z: number };
  /** The browser's kept id, when sent: city sanctions follow it across joins. */
  visitorId?: string;
  /** A staff login token (SDK auth), when sent: sanctions then follow the account. Dropped in onJoin. */
  token?: string;
  /** A watcher (JoinOptions.watch): no avatar, not counted, may send nothing. */
  watch?: true;
};

/** Server-only data of one visitor, kept across reconnections (same session id). */
export type Visitor = JoinAuth & {
  /** Authoritative position in metres, unquantised; the state holds a 3 cm-quantised copy. */
  x: number;
  z: number;
  budget: MoveBudget;
  chat: Bucket;
  flood: Bucket;
  /** Set once the visitor was cut off for flooding: later messages are ignored, no reconnection. */
  flooded: boolean;
  /** What identifies the visitor to moderation (server/moderation/cityModeration.ts visitorKeys). */
  keys: string[];
  /** Epoch ms until which a moderator muted the visitor (0: not muted). */
  mutedUntil: number;
  report: Bucket;
};

export type CityClient = Client<{ auth: JoinAuth; messages: ServerMessages }>;

/** HTTP-style status of refused joins; the message is a machine code the client can translate. */
const BAD_JOIN = 400;

/**
 * Validates join options. Throws ServerError(400, code) with code 'bad-options', 'name-length',
 * 'name-profane', 'name-confusable' or 'protocol-mismatch'; the client's joinOrCreate rejects with it.
 */
export function parseJoin(options: unknown): JoinAuth {
  const parsed = JoinOptions.safeParse(options);
  if (!parsed.success) throw new ServerError(BAD_JOIN, 'bad-options');
  const { protocol, name: rawName, color, at, visitorId, watch } = parsed.data;
  if (protocol !== undefined && protocol !== PROTOCOL_VERSION)
    throw new ServerError(BAD_JOIN, 'protocol-mismatch');
  const name = cleanName(rawName);
  if (!name.ok) throw new ServerError(BAD_JOIN, name.error);
  return {
    name: name.name,
    color: color.toLowerCase(),
    ...(at ? { at: { x: at.x, z: at.z } } : {}),
    ...(visitorId ? { visitorId } : {}),
    ...(watch ? { watch } : {}),
  };
}

const GOLDEN_ANGLE_RAD = Math.PI * (3 - Math.sqrt(5));
const SPREAD_STEP_M = 1.2;
const SPREAD_RINGS = 40;

/**
 * Where the n-th visitor of a shard appears: the requested spot (a rejoin after a lost session) if
 * it is walkable, else a sunflower spiral around the spawn point so people don't stack, else the
 * spawn itself.
 */
export function spawnPoint(
  layout: CityLayout,
  n: number,
  wanted?: { x: number; z: number },
): { x: number; z: number } {
  if (wanted && isWalkable(layout, wanted.x, wanted.z)) return { x: wanted.x, z: wanted.z };
  const i = n % SPREAD_RINGS;
  const r = SPREAD_STEP_M * Math.sqrt(i);
  const x = layout.spawn.x + r * Math.cos(i * GOLDEN_ANGLE_RAD);
  const z = layout.spawn.z + r * Math.sin(i * GOLDEN_ANGLE_RAD);
  return isWalkable(layout, x, z) ? { x, z } : { ...layout.spawn };
}

export function newVisitor(
  auth: JoinAuth,
  at: { x: number; z: number },
  nowMs: number,
  moderation: { keys: string[]; mutedUntil: number } = { keys: [], mutedUntil: 0 },
): Visitor {
  return {
    ...moderation,
    report: fullBucket(REPORT_LIMIT, nowMs),
    name: auth.name,
    color: auth.color,
    ...at,
    budget: freshBudget(nowMs),
    chat: fullBucket(CHAT_LIMIT, nowMs),
    flood: fullBucket(FLOOD_LIMIT, nowMs),
    flooded: false,
  };
}
