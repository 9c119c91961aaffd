// What is on air in each session, as every attendee is told (VoiceReply 'air'): the names Janus hears
// talking now and whether the audio is being recorded. The voice service sets it on the process that
// runs the session's media room (talking) or hub (recording); each session shard watches its session
// and broadcasts every change to its clients. Contract: `set` publishes only what changed from what
// this process said before, as a patch on the presence topic `session:<id>:air`; every process with a
// watcher of the session subscribes to it (Redis presence: every process of the deployment), merges
// the patches it hears in order and tells its watchers each one. A process that starts watching after
// a change missed it: a late joiner's recording state comes from the model (`recorded`). Without
// presence (tests), the change reaches this process's watchers only. Runs on the server.
import type { Presence } from '@colyseus/core';
import type { SessionModel } from '../../shared/session/model.ts';
import type { VoiceReply } from '../../shared/session/voice.ts';
import { log } from '../log.ts';

export type Air = Extract<VoiceReply, { kind: 'air' }>;
type Patch = Partial<Omit<Air, 'kind'>>;
type Listener = (air: Air) => void;

const OFF_AIR: Air = { kind: 'air', talking: [], recording: false };

export const airTopic = (sessionId: string) => `session:${sessionId}:air`;

/** Whether the session's audio is recorded now: the host consented while it is live. */
export const recorded = (model: SessionModel): boolean => model.phase === 'live' && model.recording;

export class OnAir {
  private readonly presence: (() => Presence) | undefined;
  /** What this process last set per session (a repeat is not published). */
  private readonly said = new Map<string, Air>();
  /** What this process heard per session (what its watchers were told last). */
  private readonly heard = new Map<string, Air>();
  private readonly listeners = new Map<string, { set: Set<Listener>; onPatch: (p: Patch) => void }>();

  constructor(presence?: () => Presence) {
    this.presence = presence;
  }

  current(sessionId: string): Air {
    return this.heard.get(sessionId) ?? this.said.get(sessionId) ?? OFF_AIR;
  }

  /** Changes part of a session's air; published (and heard by watchers) only when something differs. */
  set(sessionId: string, patch: Patch): void {
    const was = this.said.get(sessionId) ?? OFF_AIR;
    const next: Air = { ...was, ...patch };
    if (next.recording === was.recording && sameList(next.talking, was.talking)) return;
    this.said.set(sessionId, next);
    if (!this.presence) {
      this.hear(sessionId, patch);
      return;
    }
    Promise.resolve(this.presence().publish(airTopic(sessionId), patch)).catch((error: unknown) =>
      log.warn('air-publish-failed', { session: sessionId, error }),
    );
  }

  /** Calls `listener` on each change of the session's air; returns the function that stops it. */
  watch(sessionId: string, listener: Listener): () => void {
    let w = this.listeners.get(sessionId);
    if (!w) {
      w = { set: new Set(), onPatch: (p) => this.hear(sessionId, p) };
      this.listeners.set(sessionId, w);
      this.subscription(sessionId, w.onPatch, 'subscribe');
    }
    const watching = w;
    watching.set.add(listener);
    return () => {
      watching.set.delete(listener);
      if (watching.set.size > 0 || this.listeners.get(sessionId) !== watching) return;
      this.listeners.delete(sessionId);
      this.heard.delete(sessionId);
      this.subscription(sessionId, watching.onPatch, 'unsubscribe');
    };
  }

  /** The session ended: nobody is on air any more. */
  clear(sessionId: string): void {
    this.set(sessionId, { talking: [], recording: false });
    this.said.delete(sessionId);
  }

  /** A patch from whichever process set it: merged, and every watcher here told. */
  private hear(sessionId: string, patch: Patch): void {
    const next: Air = { ...this.current(sessionId), ...patch };
    const w = this.listeners.get(sessionId);
    if (!w) return;
    this.heard.set(sessionId, next);
    for (const l of w.set) l(next);
  }

  private subscription(sessionId: string, onPatch: (p: Patch) => void, op: 'subscribe' | 'unsubscribe') {
    if (!this.presence) return;
    Promise.resolve(this.presence()[op](airTopic(sessionId), onPatch)).catch((error: unknown) =>
      log.warn(`air-${op}-failed`, { session: sessionId, error }),
    );
  }
}

function sameList(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
