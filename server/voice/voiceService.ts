// Live voice of public sessions through Janus (the media server; ops/janus/ holds its config). Our
// server alone decides who is heard (shared/session/voice.ts): per live session it creates an
// AudioBridge room (mediaRoom.ts; secret, pin and a token ACL: only people the server handed a
// one-person token may join it, and a token lasts VOICE_TOKEN_TTL_MS: speakerGrants.ts) and a
// Streaming mountpoint fed by the room's RTP forward of the mix, which every listener of every shard
// watches. After each session event `sync` revokes whoever lost the right (token removed, participant
// kicked); a moderator's mute kicks the speaker and refuses them until lifted; the session's end
// destroys both. Janus's admin key, the rooms' secrets and the forwarder stay on the server. Composes
// the host's camera (cameraRooms.ts), the consented recording (voiceRecorder.ts) and what is on air
// (onAir.ts: who Janus hears talking, polled from the room's voice-activity detection). Server only.
import type { Presence } from '@colyseus/core';
import type { ActorRef, SessionModel } from '../../shared/session/model.ts';
import { mayPublish, publishers, type VoiceReply } from '../../shared/session/voice.ts';
import { log } from '../log.ts';
import { CameraRooms } from './cameraRooms.ts';
import type { JanusApi } from './janusApi.ts';
import { createMediaRoom } from './mediaRoom.ts';
import { OnAir, recorded } from './onAir.ts';
import { RoomsBySession } from './roomsBySession.ts';
import {
  type Bridge,
  disallow,
  grantSpeaker,
  kickStrangers,
  type MediaRoom,
  revoke,
} from './speakerGrants.ts';
import { watchTalking } from './talkingWatch.ts';
import { VoiceRecorder } from './voiceRecorder.ts';

export type VoiceConfig = {
  api: JanusApi;
  /** The WebSocket URL browsers signal Janus on (JANUS_PUBLIC_URL). */
  publicUrl: string;
  /** Janus plugins' admin_key (JANUS_ADMIN_KEY): creates rooms and mountpoints. */
  adminKey: string;
  /** Opus bitrate of speakers and of the mix, bits/s (low: phones on slow links). */
  bitrate?: number;
  /** Where recordings go (VOICE_RECORDINGS_DIR); Janus writes there, this server converts and serves. */
  recordingsDir: string;
  /** janus-pp-rec (Debian's janus-tools); another path only to test a failing conversion. */
  ppRec?: string;
  /** Colyseus presence: what is on air reaches the session's shards on every process (onAir.ts). */
  presence?: () => Presence;
};

/** What an attendee asks of voice (the `voice` message, with who asks), handed to the session hub (SessionHub#voice). */
export type VoiceAsk =
  | { want: 'listen' }
  | { want: 'speak'; who: ActorRef }
  | { want: 'camera'; who: ActorRef }
  | { want: 'watch' }
  | { want: 'mute'; handle: string; on: boolean };

const DEFAULT_BITRATE = 24_000;

export class VoiceService {
  private readonly cfg: VoiceConfig;
  /** Session id → its media room, created on the first request while live. */
  private readonly rooms = new RoomsBySession<MediaRoom>((sessionId) => this.create(sessionId));
  /** Per session: syncs run one after another. */
  private readonly chains = new Map<string, Promise<unknown>>();
  readonly camera: CameraRooms;
  readonly recorder: VoiceRecorder;
  readonly air: OnAir;

  constructor(cfg: VoiceConfig) {
    this.cfg = cfg;
    this.air = new OnAir(cfg.presence);
    this.camera = new CameraRooms(cfg.api, cfg.adminKey, cfg.publicUrl);
    this.recorder = new VoiceRecorder(cfg.recordingsDir, cfg.ppRec);
  }

  /**
   * What an attendee asked of voice, answered by the process that owns the session's hub (whichever
   * process the attendee is on: one Janus room per session, whose secrets only the owner holds).
   */
  async request(sessionId: string, model: SessionModel, req: VoiceAsk): Promise<VoiceReply> {
    switch (req.want) {
      case 'listen':
        return this.listen(sessionId, model);
      case 'speak':
        return this.speak(sessionId, model, req.who);
      case 'camera':
        return this.camera.publish(sessionId, model, req.who);
      case 'watch':
        return this.camera.watch(sessionId, model);
      case 'mute':
        await this.mute(sessionId, req.handle, req.on);
        return { kind: 'muted', handle: req.handle, on: req.on };
    }
  }

  /** A listener's ticket to the session's mix; any attendee of a live session gets one. */
  async listen(sessionId: string, model: SessionModel): Promise<VoiceReply> {
    if (model.phase !== 'live') return { kind: 'refused', reason: 'not-live' };
    const r = await this.rooms.open(sessionId);
    return { kind: 'listen', url: this.cfg.publicUrl, stream: r.stream, pin: r.streamPin };
  }

  /** A one-person token to publish into the session's room, if `who` may be heard now. */
  async speak(sessionId: string, model: SessionModel, who: ActorRef): Promise<VoiceReply> {
    if (model.phase !== 'live') return { kind: 'refused', reason: 'not-live' };
    if (!mayPublish(model, who.handle, who.role)) return { kind: 'refused', reason: 'not-allowed' };
    return this.serial(sessionId, async () => {
      const r = await this.rooms.open(sessionId);
      if (r.muted.has(who.handle)) return { kind: 'refused', reason: 'muted' } as const;
      // Short-lived: an unused token stops admitting anyone; a joined speaker stays until revoked.
      const grant = await grantSpeaker(this.bridge, r, who, ({ token }) => {
        this.rooms
          .get(sessionId)
          ?.then((room) => disallow(this.bridge, room, token))
          .catch(() => {});
      });
      return {
        kind: 'speak',
        url: this.cfg.publicUrl,
        room: r.room,
        pin: r.pin,
        token: grant.token,
        id: grant.id,
        display: who.name,
      } as const;
    });
  }

  /**
   * After a session event: revokes whoever may no longer publish, starts or stops the recording as the
   * host's consent says, takes the camera off when the screen leaves it; the end finishes the
   * recording and closes the rooms.
   */
  sync(sessionId: string, model: SessionModel): void {
    const fail = (error: unknown) => log.error('voice-sync-failed', { session: sessionId, error });
    this.camera.sync(sessionId, model).catch(fail);
    const record = recorded(model);
    // Attendees are told of the consent at once; a recording that fails is a note in the minutes.
    this.air.set(sessionId, { recording: record });
    if (!this.rooms.has(sessionId) && !record && !this.recorder.has(sessionId)) return;
    if (model.phase === 'ended') {
      this.serial(sessionId, async () => {
        await this.recorder.finish(sessionId, await this.mount(sessionId, false), (b) => this.stream(b));
        this.air.clear(sessionId);
        await this.close(sessionId);
      }).catch(fail);
      return;
    }
    const allowed = publishers(model);
    this.serial(sessionId, async () => {
      if (record || this.recorder.isRecording(sessionId)) {
        await this.recorder.want(sessionId, record, await this.mount(sessionId, record), (b) =>
          this.stream(b),
        );
      }
      if (!this.rooms.has(sessionId)) return;
      const r = await this.rooms.open(sessionId);
      for (const [handle, grant] of [...r.grants])
        if (!allowed.has(handle)) await revoke(this.bridge, r, handle, grant);
      await kickStrangers(this.bridge, r);
    }).catch(fail);
  }

  /** The session's mountpoint (opening the media room when `open`), or null when Janus is unreachable. */
  private async mount(sessionId: string, open: boolean): Promise<{ id: number; secret: string } | null> {
    const pending = open ? this.rooms.open(sessionId) : this.rooms.get(sessionId);
    const r = await pending?.catch(() => null);
    return r ? { id: r.stream, secret: r.secret } : null;
  }

  /** A moderator silences (or lets speak again) `handle`: kicked at once and refused while muted. */
  mute(sessionId: string, handle: string, on: boolean): Promise<void> {
    return this.serial(sessionId, async () => {
      const r = await this.rooms.open(sessionId);
      if (!on) {
        r.muted.delete(handle);
        return;
      }
      r.muted.add(handle);
      const grant = r.grants.get(handle);
      if (grant) await revoke(this.bridge, r, handle, grant);
    });
  }

  /** Destroys the session's room and mountpoint (the session ended, or the server stops). */
  async close(sessionId: string): Promise<void> {
    const pending = this.rooms.take(sessionId);
    if (!pending) return;
    const r = await pending.catch(() => null);
    if (!r) return;
    r.stopTalking();
    for (const g of r.grants.values()) clearTimeout(g.expires);
    await this.bridge({ request: 'destroy', room: r.room, secret: r.secret }).catch(() => {});
    await this.stream({ request: 'destroy', id: r.stream, secret: r.secret }).catch(() => {});
    log.info('voice-closed', { session: sessionId });
  }

  async closeAll(): Promise<void> {
    await this.camera.closeAll();
    await Promise.all(this.rooms.sessions().map((id) => this.close(id)));
    this.cfg.api.close();
  }

  /** Whether Janus answers now. */
  reachable(): Promise<boolean> {
    return this.cfg.api.reachable();
  }

  /** Whether the session currently has a media room (tests, metrics). */
  has(sessionId: string): boolean {
    return this.rooms.has(sessionId);
  }

  private async create(sessionId: string): Promise<MediaRoom> {
    const ids = await createMediaRoom(sessionId, this.cfg.bitrate ?? DEFAULT_BITRATE, {
      bridge: (b) => this.bridge(b),
      stream: (b) => this.stream(b),
    });
    const r: MediaRoom = { ...ids, grants: new Map(), muted: new Set(), stopTalking: () => {} };
    r.stopTalking = watchTalking(
      () => this.bridge({ request: 'listparticipants', room: r.room, secret: r.secret }),
      () => [...r.grants.values()],
      (talking) => this.air.set(sessionId, { talking }),
    );
    log.info('voice-opened', { session: sessionId });
    return r;
  }

  private serial<T>(sessionId: string, work: () => Promise<T>): Promise<T> {
    const run = (this.chains.get(sessionId) ?? Promise.resolve()).then(work);
    this.chains.set(
      sessionId,
      run.catch(() => {}),
    );
    return run;
  }

  private readonly bridge: Bridge = (body) =>
    this.cfg.api.request('janus.plugin.audiobridge', { admin_key: this.cfg.adminKey, ...body });

  private stream(body: Record<string, unknown>) {
    return this.cfg.api.request('janus.plugin.streaming', { admin_key: this.cfg.adminKey, ...body });
  }
}
