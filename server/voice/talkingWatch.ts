// Who Janus hears talking in a session's AudioBridge room: the room is created with Janus's
// voice-activity detection on (TALKING_DETECTION), and `watchTalking` asks for the participants'
// `talking` flags every TALKING_POLL_MS, naming them by the server's grants (a participant nobody was
// granted is never named). Not who may speak: who makes sound now. Runs on the server.

/** AudioBridge `create` options: Janus decides "talking" from the audio level of each participant. */
export const TALKING_DETECTION = {
  audiolevel_event: true,
  /** 20 ms packets averaged (25 = half a second). */
  audio_active_packets: 25,
  /**
   * Average level (dBov below full scale: 0 loudest, 127 silence) under which a participant talks;
   * Janus's default 25 misses a quiet voice, a silent microphone stays far above.
   */
  audio_level_average: 45,
} as const;

/** How often Janus is asked who is talking, ms. */
const TALKING_POLL_MS = 400;

type Granted = { id: number; name: string };

/** Polls `listParticipants` and reports the sorted names of granted participants talking now. */
export function watchTalking(
  listParticipants: () => Promise<Record<string, unknown>>,
  granted: () => Granted[],
  report: (names: string[]) => void,
): () => void {
  let asking = false;
  const poll = async () => {
    if (asking) return;
    const grants = granted();
    if (grants.length === 0) return report([]);
    asking = true;
    try {
      const list = await listParticipants();
      const participants = Array.isArray(list.participants)
        ? (list.participants as Array<{ id: number; talking?: boolean }>)
        : [];
      const talking = new Set(participants.filter((p) => p.talking === true).map((p) => p.id));
      report(
        grants
          .filter((g) => talking.has(g.id))
          .map((g) => g.name)
          .sort(),
      );
    } catch {
      // Janus busy or restarting: the next poll asks again.
    } finally {
      asking = false;
    }
  };
  const timer = setInterval(() => void poll(), TALKING_POLL_MS);
  timer.unref();
  return () => clearInterval(timer);
}
