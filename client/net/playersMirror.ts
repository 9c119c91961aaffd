// Avatars of a room's `players` map (the `city` room and the `session` room share the Player schema):
// who is there → usePlayersStore (joins, leaves, name and connected changes only); where they are →
// motion.ts samples, outside React. The local visitor is placed once from their first state.
import type { IRef, MapSchema, StateCallbackStrategy } from '@colyseus/schema';
import type { Player } from '../../shared/schema.ts';
import { placeSelf, pushSample, remotes, self } from '../stores/motion.ts';
import { usePlayersStore } from '../stores/usePlayersStore.ts';

type Players = IRef & { players: MapSchema<Player> };

export function mirrorPlayers<S extends Players>($: StateCallbackStrategy<S>, selfId: string): void {
  const players = usePlayersStore.getState();
  const watch = $ as unknown as StateCallbackStrategy<Players>;
  watch.onAdd('players', (p: Player, id: string) => {
    const info = () => ({ id, name: p.name, color: p.color, connected: p.connected });
    players.upsert(info());
    if (id === selfId) {
      if (!self.placed) {
        placeSelf(p.x, p.z);
        Object.assign(self, { heading: p.heading, placed: true });
      }
      return;
    }
    const sample = () =>
      pushSample(id, { t: performance.now(), x: p.x, z: p.z, heading: p.heading, anim: p.anim });
    sample();
    watch.onChange(p, () => {
      sample();
      const known = usePlayersStore.getState().players[id];
      if (known && (known.name !== p.name || known.connected !== p.connected)) players.upsert(info());
    });
  });
  watch.onRemove('players', (_p: Player, id: string) => {
    remotes.delete(id);
    players.remove(id);
  });
}
