// What is on air in each session, as every attendee is told (VoiceReply 'air'): the names Janus hears
// talking now and whether the audio is being recorded. The voice service sets it; each session shard
// of this process watches its session and broadcasts a change to its clients. Runs on the server.
import type { VoiceReply } from '../../shared/session/voice.ts';

export type Air = Extract<VoiceReply, { kind: 'air' }>;
type Listener = (air: Air) => void;

const OFF_AIR: Air = { kind: 'air', talking: [], recording: false };

export class OnAir {
  private readonly now = new Map<string, Air>();
  private readonly listeners = new Map<string, Set<Listener>>();

  current(sessionId: string): Air {
    return this.now.get(sessionId) ?? OFF_AIR;
  }

  /** Changes part of a session's air; listeners hear it only when something differs. */
  set(sessionId: string, patch: Partial<Omit<Air, 'kind'>>): void {
    const was = this.current(sessionId);
    const next: Air = { ...was, ...patch };
    if (next.recording === was.recording && sameList(next.talking, was.talking)) return;
    this.now.set(sessionId, next);
    for (const l of this.listeners.get(sessionId) ?? []) l(next);
  }

  /** Calls `listener` on each change of the session's air; returns the function that stops it. */
  watch(sessionId: string, listener: Listener): () => void {
    let set = this.listeners.get(sessionId);
    if (!set) {
      set = new Set();
      this.listeners.set(sessionId, set);
    }
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.listeners.delete(sessionId);
    };
  }

  /** The session ended: nobody is on air any more. */
  clear(sessionId: string): void {
    this.set(sessionId, { talking: [], recording: false });
    this.now.delete(sessionId);
  }
}

function sameList(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
