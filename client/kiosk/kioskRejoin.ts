// The kiosk's joins of the city (client only): as a watcher while the attract loop shows (no avatar,
// not counted), as the visitor after the tap — each time under the identity freshVisitor
// (kioskVisitor.ts) made, leaving a session's hall if the last visitor was in one; and the kiosk's
// start place once the visitor is in.
import type { CityLayout } from '../../shared/layout.ts';
import { self } from '../stores/motion.ts';
import { enterPlace, leavePlace } from '../stores/placeActions.ts';
import { useConnectionStore } from '../stores/useConnectionStore.ts';
import { usePlaceStore } from '../stores/usePlaceStore.ts';
import { travelTo } from '../world/hud/travelTo.ts';

/** Joins the city again: as a watcher (`watching`) or as the visitor. */
export function rejoinCity(watching: boolean): void {
  usePlaceStore.getState().setWatching(watching);
  if (usePlaceStore.getState().place.kind === 'session') {
    usePlaceStore.getState().goToCity(); // the world leaves the hall and joins the city
    return;
  }
  leavePlace();
  self.placed = false;
  enterPlace({ kind: 'city' });
}

/** Runs `then` once the city is connected (at once if it is). Returns the function that cancels it. */
function whenConnected(then: () => void): () => void {
  const ready = () =>
    useConnectionStore.getState().status === 'connected' && usePlaceStore.getState().place.kind === 'city';
  if (ready()) {
    then();
    return () => undefined;
  }
  const stop = useConnectionStore.subscribe(() => {
    if (!ready()) return;
    stop();
    then();
  });
  return stop;
}

/** Takes the visitor to the organisation's booth (its panel opens) once in the city. */
export function goToBoothWhenConnected(layout: CityLayout, organisationId: string): () => void {
  return whenConnected(() => travelTo(layout, organisationId));
}
