// The presence topics of a session: `session:<id>` carries every accepted event (in seq order) from
// the hub to every shard; `session:<id>:live` carries what is not kept in the event log. Runs on the
// server.
import type { ChatLine, Reaction } from '../../shared/protocol.ts';

export const eventsTopic = (sessionId: string) => `session:${sessionId}`;
export const liveTopic = (sessionId: string) => `session:${sessionId}:live`;

/** Messages on the live topic, applied by every shard of the session. */
export type LiveMessage =
  | { type: 'chat'; line: ChatLine }
  | { type: 'reaction'; kind: Reaction; handle: string }
  | { type: 'count'; count: number; peak: number };
