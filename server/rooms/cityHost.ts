// The part of a `city` shard its handlers work with (cityHandlers.ts, cityModeration.ts): a small
// interface, so they depend on what they use rather than on CityRoom (no import cycle). CityRoom
// satisfies it. Runs on the server.
import type { Presence } from '@colyseus/core';
import type { CityLayout } from '../../shared/layout.ts';
import type { ServerMessages } from '../../shared/protocol.ts';
import type { Player } from '../../shared/schema.ts';
import type { CityModeration } from '../moderation/cityModeration.ts';
import type { Store } from '../store/store.ts';
import type { CityClient, Visitor } from './cityVisitor.ts';
import type { GateHost } from './messageGate.ts';

export type CityHost = GateHost<Visitor> & {
  readonly state: { readonly players: { get(sessionId: string): Player | undefined } };
  readonly stats: { corrected: number };
  readonly layout: CityLayout;
  readonly store: Pick<Store, 'appendChat'>;
  readonly moderation: Pick<CityModeration, 'now' | 'report'>;
  readonly presence: Presence;
  readonly clients: readonly CityClient[];
  broadcast(type: 'chatDeleted', message: ServerMessages['chatDeleted']): void;
};
