// Live voice of public sessions through Janus (the media server; ops/janus/ holds its config). Our
// server alone decides who is heard (shared/session/voice.ts): per live session it creates an
// AudioBridge room (secret, pin and a token ACL: only people the server handed a one-person token
// may join it, and a token lasts VOICE_TOKEN_TTL_MS) and a Streaming mountpoint fed by the room's RTP
// forward of the mix, which every listener of every shard watches. After each session event `sync`
// revokes whoever lost the right (token removed, participant kicked); a moderator's mute kicks the
// speaker and refuses them until lifted; the session's end destroys both. Janus's admin key, the
// rooms' secrets and the forwarder stay on the server. Runs on the server.
import { randomBytes, randomInt } from 'node:crypto';
import type { ActorRef, SessionModel } from '../../shared/session/model.ts';
import { mayPublish, publishers, VOICE_TOKEN_TTL_MS, type VoiceReply } from '../../shared/session/voice.ts';
import { log } from '../log.ts';
import { type JanusApi, JanusError } from './janusApi.ts';

export type VoiceConfig = {
  api: JanusApi;
  /** The WebSocket URL browsers signal Janus on (JANUS_PUBLIC_URL). */
  publicUrl: string;
  /** Janus plugins' admin_key (JANUS_ADMIN_KEY): creates rooms and mountpoints. */
  adminKey: string;
  /** Opus bitrate of speakers and of the mix, bits/s (low: phones on slow links). */
  bitrate?: number;
};

type Grant = { token: string; id: number; expires: ReturnType<typeof setTimeout> };

type MediaRoom = {
  room: number;
  secret: string;
  pin: string;
  stream: number;
  streamPin: string;
  /** Handle → their current grant (token and participant id). */
  grants: Map<string, Grant>;
  muted: Set<string>;
};

const secret = () => randomBytes(18).toString('base64url');
const roomNumber = () => randomInt(1, 2 ** 31);
const DEFAULT_BITRATE = 24_000;

export class VoiceService {
  private readonly cfg: VoiceConfig;
  /** Session id → its media room, created on the first request while live. */
  private readonly rooms = new Map<string, Promise<MediaRoom>>();
  /** Per session: syncs run one after another. */
  private readonly chains = new Map<string, Promise<unknown>>();

  constructor(cfg: VoiceConfig) {
    this.cfg = cfg;
  }

  /** A listener's ticket to the session's mix; any attendee of a live session gets one. */
  async listen(sessionId: string, model: SessionModel): Promise<VoiceReply> {
    if (model.phase !== 'live') return { kind: 'refused', reason: 'not-live' };
    const r = await this.open(sessionId);
    return { kind: 'listen', url: this.cfg.publicUrl, stream: r.stream, pin: r.streamPin };
  }

  /** A one-person token to publish into the session's room, if `who` may be heard now. */
  async speak(sessionId: string, model: SessionModel, who: ActorRef): Promise<VoiceReply> {
    if (model.phase !== 'live') return { kind: 'refused', reason: 'not-live' };
    if (!mayPublish(model, who.handle, who.role)) return { kind: 'refused', reason: 'not-allowed' };
    return this.serial(sessionId, async () => {
      const r = await this.open(sessionId);
      if (r.muted.has(who.handle)) return { kind: 'refused', reason: 'muted' } as const;
      const old = r.grants.get(who.handle);
      if (old) await this.revoke(r, who.handle, old);
      const grant: Grant = {
        token: secret(),
        id: roomNumber(),
        // Short-lived: an unused token stops admitting anyone; a joined speaker stays until revoked.
        expires: setTimeout(() => void this.expire(sessionId, grant), VOICE_TOKEN_TTL_MS),
      };
      grant.expires.unref();
      await this.bridge({
        request: 'allowed',
        action: 'add',
        room: r.room,
        secret: r.secret,
        allowed: [grant.token],
      });
      r.grants.set(who.handle, grant);
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

  /** After a session event: revokes whoever may no longer publish; the end closes the room. */
  sync(sessionId: string, model: SessionModel): void {
    if (!this.rooms.has(sessionId)) return;
    if (model.phase === 'ended') {
      void this.close(sessionId);
      return;
    }
    const allowed = publishers(model);
    this.serial(sessionId, async () => {
      const r = await this.open(sessionId);
      for (const [handle, grant] of [...r.grants])
        if (!allowed.has(handle)) await this.revoke(r, handle, grant);
      await this.kickStrangers(r);
    }).catch((error: unknown) => log.error('voice-sync-failed', { session: sessionId, error }));
  }

  /** A moderator silences (or lets speak again) `handle`: kicked at once and refused while muted. */
  mute(sessionId: string, handle: string, on: boolean): Promise<void> {
    return this.serial(sessionId, async () => {
      const r = await this.open(sessionId);
      if (!on) {
        r.muted.delete(handle);
        return;
      }
      r.muted.add(handle);
      const grant = r.grants.get(handle);
      if (grant) await this.revoke(r, handle, grant);
    });
  }

  /** Destroys the session's room and mountpoint (the session ended, or the server stops). */
  async close(sessionId: string): Promise<void> {
    const pending = this.rooms.get(sessionId);
    if (!pending) return;
    this.rooms.delete(sessionId);
    const r = await pending.catch(() => null);
    if (!r) return;
    for (const g of r.grants.values()) clearTimeout(g.expires);
    await this.bridge({ request: 'destroy', room: r.room, secret: r.secret }).catch(() => {});
    await this.stream({ request: 'destroy', id: r.stream, secret: r.secret }).catch(() => {});
    log.info('voice-closed', { session: sessionId });
  }

  async closeAll(): Promise<void> {
    await Promise.all([...this.rooms.keys()].map((id) => this.close(id)));
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

  private open(sessionId: string): Promise<MediaRoom> {
    let pending = this.rooms.get(sessionId);
    if (!pending) {
      pending = this.create(sessionId);
      this.rooms.set(sessionId, pending);
      pending.catch(() => {
        if (this.rooms.get(sessionId) === pending) this.rooms.delete(sessionId);
      });
    }
    return pending;
  }

  private async create(sessionId: string): Promise<MediaRoom> {
    const bitrate = this.cfg.bitrate ?? DEFAULT_BITRATE;
    const r: MediaRoom = {
      room: roomNumber(),
      secret: secret(),
      pin: secret(),
      stream: roomNumber(),
      streamPin: secret(),
      grants: new Map(),
      muted: new Set(),
    };
    const mount = await this.stream({
      request: 'create',
      type: 'rtp',
      id: r.stream,
      description: `makaverse ${sessionId}`,
      is_private: true,
      secret: r.secret,
      pin: r.streamPin,
      media: [{ type: 'audio', mid: 'a', label: 'mix', port: 0, pt: 100, codec: 'opus' }],
    });
    const port = forwardPort(mount);
    await this.bridge({
      request: 'create',
      room: r.room,
      description: `makaverse ${sessionId}`,
      is_private: true,
      secret: r.secret,
      pin: r.pin,
      allowed: [],
      sampling_rate: 16_000,
      default_bitrate: bitrate,
      audiolevel_event: false,
      audio_active_packets: 50,
    });
    await this.bridge({
      request: 'rtp_forward',
      room: r.room,
      secret: r.secret,
      host: '127.0.0.1',
      port,
      codec: 'opus',
      ptype: 100,
      always_on: true,
    });
    log.info('voice-opened', { session: sessionId });
    return r;
  }

  /** Removes the token and kicks the participant it admitted. */
  private async revoke(r: MediaRoom, handle: string, grant: Grant): Promise<void> {
    clearTimeout(grant.expires);
    r.grants.delete(handle);
    await this.bridge({
      request: 'allowed',
      action: 'remove',
      room: r.room,
      secret: r.secret,
      allowed: [grant.token],
    });
    await this.bridge({ request: 'kick', room: r.room, secret: r.secret, id: grant.id }).catch(
      (e: unknown) => {
        if (!(e instanceof JanusError)) throw e; // Not (or no longer) in the room.
      },
    );
  }

  /** Kicks participants the server granted nothing to (a joined id that is not a current grant). */
  private async kickStrangers(r: MediaRoom): Promise<void> {
    const list = await this.bridge({ request: 'listparticipants', room: r.room, secret: r.secret });
    const granted = new Set([...r.grants.values()].map((g) => g.id));
    const participants = Array.isArray(list.participants) ? (list.participants as Array<{ id: number }>) : [];
    for (const p of participants) {
      if (!granted.has(p.id))
        await this.bridge({ request: 'kick', room: r.room, secret: r.secret, id: p.id }).catch(() => {});
    }
  }

  /** The token expired unused or not: it admits nobody new; a joined speaker stays. */
  private expire(sessionId: string, grant: Grant): void {
    const pending = this.rooms.get(sessionId);
    pending
      ?.then((r) =>
        this.bridge({
          request: 'allowed',
          action: 'remove',
          room: r.room,
          secret: r.secret,
          allowed: [grant.token],
        }),
      )
      .catch(() => {});
  }

  private serial<T>(sessionId: string, work: () => Promise<T>): Promise<T> {
    const run = (this.chains.get(sessionId) ?? Promise.resolve()).then(work);
    this.chains.set(
      sessionId,
      run.catch(() => {}),
    );
    return run;
  }

  private bridge(body: Record<string, unknown>) {
    return this.cfg.api.request('janus.plugin.audiobridge', { admin_key: this.cfg.adminKey, ...body });
  }

  private stream(body: Record<string, unknown>) {
    return this.cfg.api.request('janus.plugin.streaming', { admin_key: this.cfg.adminKey, ...body });
  }
}

/** The port Janus bound for the mountpoint's audio (port 0 asks it to pick one). */
function forwardPort(created: Record<string, unknown>): number {
  const stream = created.stream as { ports?: Array<{ port?: number }> } | undefined;
  const port = stream?.ports?.[0]?.port;
  if (typeof port !== 'number') throw new Error('janus did not say which port the mountpoint listens on');
  return port;
}
