// Who is in the shard (joins and leaves only; positions live in motion.ts, outside React).
import { create } from 'zustand';

export type PlayerInfo = { id: string; name: string; color: string; connected: boolean };

type Players = {
  /** The avatars this visitor receives (in a city shard: only those in view). */
  players: Record<string, PlayerInfo>;
  /** Connected visitors in the whole city shard, when the room says so; null in a session hall. */
  shardVisitors: number | null;
  setShardVisitors: (n: number | null) => void;
  upsert: (p: PlayerInfo) => void;
  remove: (id: string) => void;
  clear: () => void;
};

export const usePlayersStore = create<Players>()((set) => ({
  players: {},
  shardVisitors: null,
  setShardVisitors: (n) => set({ shardVisitors: n }),
  upsert: (p) => set((s) => ({ players: { ...s.players, [p.id]: p } })),
  remove: (id) =>
    set((s) => {
      const { [id]: _gone, ...rest } = s.players;
      return { players: rest };
    }),
  clear: () => set({ players: {}, shardVisitors: null }),
}));
