// Connection status as a union, rendered by the HUD, never guessed; and the joined place's outbox —
// the typed send that client/net/connectPlace.ts publishes while a place is joined, through which the
// stores' actions (useChatStore.send, useStageStore.act, …) reach the room. Client only.
import { create } from 'zustand';
import type {
  ClientMessage,
  ClientMessageName,
  SessionMessage,
  SessionMessageName,
} from '../../shared/protocol.ts';

export type ConnectionStatus = 'idle' | 'connecting' | 'connected' | 'reconnecting' | 'error';

export type CitySend = <K extends ClientMessageName>(type: K, payload: ClientMessage<K>) => void;
export type SessionSend = <K extends SessionMessageName>(type: K, payload: SessionMessage<K>) => void;
/** The joined place's typed send (messages are dropped while not connected). */
export type Outbox = { kind: 'city'; send: CitySend } | { kind: 'session'; send: SessionSend };

type Connection = {
  status: ConnectionStatus;
  /** i18n key or server message explaining an error. */
  error: string | null;
  selfId: string | null;
  /** When the next reconnection attempt is planned (epoch ms), while reconnecting; else null. */
  retryAt: number | null;
  /** The joined place's send, or null when no place is joined. */
  outbox: Outbox | null;
  setStatus: (status: ConnectionStatus, error?: string | null) => void;
  setSelfId: (id: string | null) => void;
  setRetryAt: (at: number | null) => void;
  setOutbox: (outbox: Outbox | null) => void;
};

export const useConnectionStore = create<Connection>()((set) => ({
  status: 'idle',
  error: null,
  selfId: null,
  retryAt: null,
  outbox: null,
  setStatus: (status, error = null) => set({ status, error }),
  setSelfId: (selfId) => set({ selfId }),
  setRetryAt: (retryAt) => set({ retryAt }),
  setOutbox: (outbox) => set({ outbox }),
}));

/** The city room's send, or null when the visitor is not in the city. */
export function citySend(): CitySend | null {
  const outbox = useConnectionStore.getState().outbox;
  return outbox?.kind === 'city' ? outbox.send : null;
}

/** The session room's send, or null when the visitor is not in a session's hall. */
export function sessionSend(): SessionSend | null {
  const outbox = useConnectionStore.getState().outbox;
  return outbox?.kind === 'session' ? outbox.send : null;
}
