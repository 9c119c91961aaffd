// The part of a `session` shard its handlers work with (sessionHandlers.ts, sessionEffects.ts, the
// voice messages): a small interface, so they depend on what they use rather than on SessionRoom
// (no import cycle). SessionRoom satisfies it. Runs on the server.
import type { SessionServerMessages } from '../../shared/protocol.ts';
import type { SessionState } from '../../shared/schema.ts';
import type { Replica } from '../sessions/replica.ts';
import type { HubPort } from '../sessions/sessionLink.ts';
import type { UserStore } from '../store/userStore.ts';
import type { VoiceService } from '../voice/voiceService.ts';
import type { GateHost } from './messageGate.ts';
import type { SessionClient, SessionVisitor } from './sessionVisitor.ts';

export type SessionHost = GateHost<SessionVisitor> & {
  readonly state: SessionState;
  readonly stats: { corrected: number };
  readonly clients: readonly SessionClient[];
  readonly hub: HubPort;
  readonly replica: Replica;
  readonly deps: {
    /** Epoch ms. */
    now: () => number;
    users: Pick<UserStore, 'byId'>;
    voice?: VoiceService | null | undefined;
  };
  broadcast(type: 'chatDeleted', message: SessionServerMessages['chatDeleted']): void;
  /** The next seat of this shard. */
  seatIndex(): number;
};
