// Who is in the shard (joins and leaves only; positions live in motion.ts, outside React).
import { create } from 'zustand';

export type PlayerInfo = { id: string; name: string; color: string; connected: boolean };

type Players = {
  players: Record<string, PlayerInfo>;
  upsert: (p: PlayerInfo) => void;
  remove: (id: string) => void;
  clear: () => void;
};

export const usePlayersStore = create<Players>()((set) => ({
  players: {},
  upsert: (p) => set((s) => ({ players: { ...s.players, [p.id]: p } })),
  remove: (id) =>
    set((s) => {
      const { [id]: _gone, ...rest } = s.players;
      return { players: rest };
    }),
  clear: () => set({ players: {} }),
}));
