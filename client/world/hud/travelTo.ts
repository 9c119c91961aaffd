// "Go to" an organisation's booth or the plaza (client only): the server places the visitor; the
// camera turns to look at the booth's front and the booth's panel opens (no second tap needed).
import type { CityLayout } from '../../../shared/layout.ts';
import { travel } from '../../stores/placeActions.ts';
import { useUiStore } from '../../stores/useUiStore.ts';
import { clearWalkTarget, orbit } from '../input/intent.ts';

export function travelTo(layout: CityLayout, to: string): void {
  const booth = layout.booths.find((b) => b.id === to);
  orbit.yaw = booth?.facing === -1 ? Math.PI : 0;
  clearWalkTarget();
  travel(to);
  if (booth) useUiStore.getState().openBoothPanel(booth.id);
}
