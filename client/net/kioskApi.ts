// A kiosk's calls (client only): its settings by the key in its URL, and the heartbeat that reports
// how it is and carries a staff reload request back. See server/kiosks/kioskRoutes.ts.
import { KIOSK_HEARTBEAT_EVERY_MS, type KioskConfig, type KioskReport } from '../../shared/kiosk.ts';
import { apiBase } from './api.ts';

/** The kiosk's settings; null when the server does not know the key; rejects when it cannot be reached. */
export async function fetchKiosk(key: string): Promise<KioskConfig | null> {
  const res = await fetch(`${apiBase()}/kiosks/${encodeURIComponent(key)}`, {
    headers: { accept: 'application/json' },
  });
  if (res.status === 404) return null;
  if (!res.ok) throw new Error(`GET kiosk: ${res.status}`);
  return (await res.json()) as KioskConfig;
}

/**
 * Sends `report()` now and every KIOSK_HEARTBEAT_EVERY_MS; calls `onReload` when staff asked for a
 * reload. A failed beat is simply tried again at the next one. Returns the function that stops it.
 */
export function startKioskHeartbeat(
  key: string,
  report: () => KioskReport,
  onReload: () => void,
): () => void {
  const beat = async () => {
    try {
      const res = await fetch(`${apiBase()}/kiosks/${encodeURIComponent(key)}/heartbeat`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify(report()),
      });
      if (res.ok && ((await res.json()) as { reload?: unknown }).reload === true) onReload();
    } catch {
      // Unreachable: the next beat tries again.
    }
  };
  void beat();
  const timer = setInterval(() => void beat(), KIOSK_HEARTBEAT_EVERY_MS);
  return () => clearInterval(timer);
}
