// Starts kiosk mode once its settings are loaded (client only, main chunk — no 3D, no Colyseus):
// the settings in useKioskStore, a first visitor identity, the kiosk's chrome (no text selection,
// context menu or dragging; larger touch targets via the `kiosk-mode` class), the heartbeat (which
// carries a staff reload request back) and the watchdog. Then the world is entered, watching the city
// (the attract loop shows first: no avatar, not counted).
import pkg from '../../package.json' with { type: 'json' };
import type { KioskConfig, KioskReport } from '../../shared/kiosk.ts';
import { startKioskHeartbeat } from '../net/kioskApi.ts';
import { useConnectionStore } from '../stores/useConnectionStore.ts';
import { usePlaceStore } from '../stores/usePlaceStore.ts';
import { useUiStore } from '../stores/useUiStore.ts';
import { freshVisitor } from './kioskVisitor.ts';
import { useKioskStore } from './useKioskStore.ts';
import { startWatchdog } from './watchdog.ts';

/** window.makaverse.ready (the public diagnostics contract): the world has rendered. */
const worldReady = () => (window as { makaverse?: { ready?: boolean } }).makaverse?.ready === true;
const preventDefault = (e: Event) => e.preventDefault();

function report(): KioskReport {
  return {
    version: pkg.version,
    ready: worldReady(),
    connection: useConnectionStore.getState().status,
    visiting: useKioskStore.getState().phase === 'visiting',
  };
}

export function startKiosk(config: KioskConfig): void {
  useKioskStore.getState().setConfig(config);
  freshVisitor(config);
  document.documentElement.classList.add('kiosk-mode');
  for (const e of ['contextmenu', 'selectstart', 'dragstart'] as const)
    document.addEventListener(e, preventDefault);
  const reload = () => location.reload();
  startKioskHeartbeat(config.key, report, reload);
  startWatchdog(() => ({ ready: worldReady(), visiting: report().visiting }), reload);
  usePlaceStore.getState().setWatching(true);
  useUiStore.getState().enter();
}
