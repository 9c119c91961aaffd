// The visitor's comings and goings, as actions for the world, Lite and the kiosk (client only):
// joining the place shown (the city or one session's hall), leaving it, trying again after a refusal
// or a removal, and travelling within the city. The connection itself is client/net/connectPlace.ts;
// one place is joined at a time. Kept apart from usePlaceStore, which the lobby reads without
// loading the network code.
import { connectPlace, type PlaceLink } from '../net/connectPlace.ts';
import { citySend } from './useConnectionStore.ts';
import { type Place, usePlaceStore } from './usePlaceStore.ts';
import { useSettingsStore } from './useSettingsStore.ts';

let link: PlaceLink | null = null;

/**
 * Joins `place` (leaving the one joined before); the name and colour are the visitor's settings, and
 * the city is joined as a watcher while usePlaceStore says `watching`.
 */
export function enterPlace(place: Place): void {
  link?.leave();
  if (place.kind === 'city') {
    const { name, color } = useSettingsStore.getState();
    link = connectPlace('city', { name, color, watch: usePlaceStore.getState().watching });
  } else {
    link = connectPlace('session', { sessionId: place.sessionId, invite: place.invite });
  }
}

/** Leaves the joined place, if any (status 'idle'). */
export function leavePlace(): void {
  link?.leave();
  link = null;
}

/** Joins the same place again now ("Coba lagi", the rejoin after a moderator's removal). */
export function retryPlace(): void {
  link?.retry();
}

/** In the city: asks the server to place the visitor at a booth, landmark or the spawn. */
export function travel(to: string): void {
  citySend()?.('travel', { to });
}
