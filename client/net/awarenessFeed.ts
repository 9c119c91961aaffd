// Keeps useAwarenessStore's trend current while the world is open (the plaza board shows it), and
// sends this visitor's one answer (client only).
import type { AwarenessAnswer } from '../../shared/awareness.ts';
import { useAwarenessStore } from '../stores/useAwarenessStore.ts';
import { useSettingsStore } from '../stores/useSettingsStore.ts';
import { fetchAwareness, sendAwareness } from './awarenessApi.ts';

/** The trend moves slowly: refetched every five minutes. */
const REFRESH_MS = 5 * 60_000;

export function loadAwareness(): Promise<void> {
  return fetchAwareness().then(
    (trend) => useAwarenessStore.getState().setTrend(trend),
    () => undefined, // Unreachable: the board keeps the last trend (or the 2022 baseline alone).
  );
}

export function startAwarenessFeed(): () => void {
  void loadAwareness();
  const timer = setInterval(() => void loadAwareness(), REFRESH_MS);
  return () => clearInterval(timer);
}

/** Records the answer on this device at once and sends it; a failed send is not retried (asked once). */
export async function answerAwareness(answer: AwarenessAnswer): Promise<void> {
  useAwarenessStore.getState().setAnswered(answer);
  const sent = await sendAwareness(useSettingsStore.getState().visitorId, answer).catch(() => false);
  if (sent) await loadAwareness();
}
