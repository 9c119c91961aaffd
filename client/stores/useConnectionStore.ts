// Connection status as a union, rendered by the HUD, never guessed.
import { create } from 'zustand';

export type ConnectionStatus = 'idle' | 'connecting' | 'connected' | 'reconnecting' | 'error';

type Connection = {
  status: ConnectionStatus;
  /** i18n key or server message explaining an error. */
  error: string | null;
  selfId: string | null;
  /** When the next reconnection attempt is planned (epoch ms), while reconnecting; else null. */
  retryAt: number | null;
  setStatus: (status: ConnectionStatus, error?: string | null) => void;
  setSelfId: (id: string | null) => void;
  setRetryAt: (at: number | null) => void;
};

export const useConnectionStore = create<Connection>()((set) => ({
  status: 'idle',
  error: null,
  selfId: null,
  retryAt: null,
  setStatus: (status, error = null) => set({ status, error }),
  setSelfId: (selfId) => set({ selfId }),
  setRetryAt: (retryAt) => set({ retryAt }),
}));
