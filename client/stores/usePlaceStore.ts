// Where the visitor is: the open city, or the hall of one public session. World.tsx shows the place's
// scene and HUD; that place's room is joined (placeActions.ts → client/net/connectPlace.ts) while it
// is shown. A link `/?session=<id>[&invite=<code>]` starts in the session (read once at start).
// `watching`: the city is joined as a watcher — a kiosk's attract loop: the shared state (booth live
// values, weather, head count) without an avatar or a place in any count; read at each join.
import { create } from 'zustand';

export type Place = { kind: 'city' } | { kind: 'session'; sessionId: string; invite?: string };

type PlaceState = {
  place: Place;
  watching: boolean;
  /** Takes effect at the next join of the city (kioskRejoin.ts joins again at once). */
  setWatching: (watching: boolean) => void;
  goToSession: (sessionId: string, invite?: string) => void;
  goToCity: () => void;
};

/** The place a shared link asks for. */
export function placeFromUrl(search: string): Place {
  const q = new URLSearchParams(search);
  const sessionId = q.get('session');
  if (!sessionId || !/^[A-Za-z0-9_-]{4,32}$/.test(sessionId)) return { kind: 'city' };
  const invite = q.get('invite') ?? undefined;
  return invite ? { kind: 'session', sessionId, invite } : { kind: 'session', sessionId };
}

export const usePlaceStore = create<PlaceState>()((set) => ({
  place: typeof location === 'undefined' ? { kind: 'city' } : placeFromUrl(location.search),
  watching: false,
  setWatching: (watching) => set({ watching }),
  goToSession: (sessionId, invite) =>
    set({ place: invite ? { kind: 'session', sessionId, invite } : { kind: 'session', sessionId } }),
  goToCity: () => {
    // A reload after leaving should not go back into the session the link named (other parameters,
    // such as a kiosk's key, stay).
    if (typeof location !== 'undefined' && placeFromUrl(location.search).kind === 'session') {
      const query = new URLSearchParams(location.search);
      query.delete('session');
      query.delete('invite');
      const rest = query.toString();
      history.replaceState(null, '', `${location.pathname}${rest ? `?${rest}` : ''}`);
    }
    set({ place: { kind: 'city' } });
  },
}));
