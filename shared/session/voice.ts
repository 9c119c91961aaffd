// Who may be heard in a public session, and what the server answers to a `voice` request. One rule for
// both sides: the session hub's voice service grants and revokes publishing in the media server with
// it, the page shows the "Bicara" button with it. Pure; runs on server and client.
import type { SessionModel, SessionRole } from './model.ts';

/** Hosts and admins always; residents while invited on stage or holding the floor; only while live. */
export function mayPublish(model: SessionModel, handle: string, role: SessionRole): boolean {
  if (model.phase !== 'live') return false;
  if (role === 'host' || role === 'admin') return true;
  return model.speakers[handle] !== undefined || model.floor?.handle === handle;
}

/** Every handle that may publish now (attendees who ever joined, by the rule above). */
export function publishers(model: SessionModel): Set<string> {
  const out = new Set<string>();
  for (const a of Object.values(model.attendees)) if (mayPublish(model, a.handle, a.role)) out.add(a.handle);
  return out;
}

/** Only the host (and admins) may show their camera on the big screen; only while live. */
export function mayShowCamera(model: SessionModel, role: SessionRole): boolean {
  return model.phase === 'live' && (role === 'host' || role === 'admin');
}

/** Moderators, hosts and admins may silence a speaker. */
export function mayMuteVoice(role: SessionRole): boolean {
  return role === 'moderator' || role === 'host' || role === 'admin';
}

/** What a `voice` request is answered with (server → client message `voice`). */
export type VoiceReply =
  /** No media server configured or reachable: the session runs without voice. */
  | { kind: 'unavailable' }
  /** Voice works in this session (the answer to `status`). */
  | { kind: 'ready' }
  /** `want` names the refused request when it was the camera or watching it (else: speaking, listening). */
  | {
      kind: 'refused';
      reason: 'not-allowed' | 'not-live' | 'muted' | 'failed';
      want?: 'camera' | 'watch';
    }
  /** Listen to the session's mix: watch Streaming mountpoint `stream` with `pin`. */
  | { kind: 'listen'; url: string; stream: number; pin: string }
  /**
   * Speak: join AudioBridge `room` with `pin`, the one-person `token` (valid for TOKEN_TTL_MS) and the
   * participant `id` the server knows them by.
   */
  | { kind: 'speak'; url: string; room: number; pin: string; token: string; id: number; display: string }
  /** A moderator's mute was applied (or lifted). */
  | { kind: 'muted'; handle: string; on: boolean }
  /**
   * Publish the camera: join VideoRoom `room` with `pin`, the one-person `token` and participant `id`
   * (the host, or an admin, only).
   */
  | { kind: 'camera'; url: string; room: number; pin: string; token: string; id: number }
  /** Watch the camera: subscribe to publisher `feed` in VideoRoom `room` with `pin`. */
  | { kind: 'watch'; url: string; room: number; pin: string; feed: number }
  /**
   * What is on air now, pushed to every attendee when it changes: the names of whom Janus hears
   * talking (its voice-activity detection, not who may speak) and whether the audio is recorded.
   */
  | { kind: 'air'; talking: string[]; recording: boolean };

/** A speak token lets its holder join the media room within this time; joined speakers stay. */
export const VOICE_TOKEN_TTL_MS = 60_000;
