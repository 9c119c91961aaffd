// What differs between the two places a visitor can join (client only): the room's name and state
// type, the join options, which failures are refusals, which closes are removals, what the place
// mirrors and routes once joined, and what it clears when left. connectPlace.ts runs the lifecycle
// that is the same for both; cityPlace.ts and sessionPlace.ts fill these specs.
import type { Room } from '@colyseus/sdk';
import type { CityState, SessionState } from '../../shared/schema.ts';
import { cityPlace } from './cityPlace.ts';
import { sessionPlace } from './sessionPlace.ts';

export type PlaceKind = 'city' | 'session';
export type PlaceOptions = {
  /** `watch`: join as a watcher (JoinOptions.watch: no avatar, not counted). */
  city: { name: string; color: string; watch: boolean };
  session: { sessionId: string; invite?: string | undefined };
};

/** The place's send, untyped here: the stores' actions type it (useConnectionStore's Outbox). */
export type RawSend = (type: string, payload: unknown) => void;

export type PlaceSpec = {
  roomName: PlaceKind;
  stateType: typeof CityState | typeof SessionState;
  /** Before each join attempt; `rejoin` when a room of this link was joined before. */
  beforeJoin(rejoin: boolean): void;
  /** Before a join the visitor asked for again (retry()). */
  beforeRetry(): void;
  joinOptions(): Record<string, unknown>;
  /** null when the failure may pass (keep trying); else the error to show (status 'error'). */
  refusal(e: unknown): string | null;
  /** The error a close code ends the visit with (ban, removal), or null to rejoin. */
  removal(code: number): string | null;
  /** Mirrors the room's state and routes its messages into the stores. */
  attach(room: Room, send: RawSend): void;
  /** Left for good: drops what the place put in the stores. */
  clear(): void;
};

export function placeSpec<K extends PlaceKind>(kind: K, options: PlaceOptions[K]): PlaceSpec {
  return kind === 'city'
    ? cityPlace(options as PlaceOptions['city'])
    : sessionPlace(options as PlaceOptions['session']);
}
