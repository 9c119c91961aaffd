// The host's camera on the big screen, through Janus's VideoRoom: per live session one room (secret,
// pin, a token ACL and one publisher) created on the first request. Only the host or an admin gets a
// one-person publisher token (shared/session/voice.ts mayShowCamera), and only while the screen shows
// 'camera'; anyone in the session may watch (subscribe with the pin; subscribing publishes nothing).
// When the screen leaves 'camera' the publisher is kicked and the token removed; the session's end
// destroys the room. Janus refuses a publisher join without a current token. Runs on the server.
import type { ActorRef, SessionModel } from '../../shared/session/model.ts';
import { mayShowCamera, VOICE_TOKEN_TTL_MS, type VoiceReply } from '../../shared/session/voice.ts';
import { log } from '../log.ts';
import { type JanusApi, JanusError } from './janusApi.ts';
import { RoomsBySession, roomNumber, secret } from './roomsBySession.ts';

type Publisher = { token: string; id: number; expires: ReturnType<typeof setTimeout> };
type CameraRoom = { room: number; secret: string; pin: string; publisher: Publisher | null };

/** The camera's bitrate cap, bits/s: a talking head for phones on slow links. */
const CAMERA_BITRATE = 384_000;

export class CameraRooms {
  private readonly rooms = new RoomsBySession<CameraRoom>((sessionId) => this.create(sessionId));
  private readonly api: JanusApi;
  private readonly adminKey: string;
  private readonly publicUrl: string;

  constructor(api: JanusApi, adminKey: string, publicUrl: string) {
    this.api = api;
    this.adminKey = adminKey;
    this.publicUrl = publicUrl;
  }

  /** A one-person publisher token for the host's camera, if `who` may show it now. */
  async publish(sessionId: string, model: SessionModel, who: ActorRef): Promise<VoiceReply> {
    if (model.phase !== 'live') return { kind: 'refused', reason: 'not-live' };
    if (!mayShowCamera(model, who.role) || model.screen.mode !== 'camera')
      return { kind: 'refused', reason: 'not-allowed' };
    const r = await this.rooms.open(sessionId);
    if (r.publisher) await this.revoke(r);
    const publisher: Publisher = {
      token: secret(),
      id: roomNumber(),
      expires: setTimeout(() => void this.forgetToken(sessionId, publisher.token), VOICE_TOKEN_TTL_MS),
    };
    publisher.expires.unref();
    await this.video({
      request: 'allowed',
      action: 'add',
      room: r.room,
      secret: r.secret,
      allowed: [publisher.token],
    });
    r.publisher = publisher;
    return {
      kind: 'camera',
      url: this.publicUrl,
      room: r.room,
      pin: r.pin,
      token: publisher.token,
      id: publisher.id,
    };
  }

  /** A ticket to watch the camera while the screen shows it and the host has been let in. */
  async watch(sessionId: string, model: SessionModel): Promise<VoiceReply> {
    if (model.phase !== 'live') return { kind: 'refused', reason: 'not-live' };
    const pending = this.rooms.get(sessionId);
    const r = pending ? await pending : null;
    if (model.screen.mode !== 'camera' || !r?.publisher) return { kind: 'refused', reason: 'failed' };
    return { kind: 'watch', url: this.publicUrl, room: r.room, pin: r.pin, feed: r.publisher.id };
  }

  /** After a session event: the screen left 'camera' → the camera goes off air; the end closes it. */
  async sync(sessionId: string, model: SessionModel): Promise<void> {
    const pending = this.rooms.get(sessionId);
    if (!pending) return;
    if (model.phase === 'ended') return this.close(sessionId);
    const r = await pending;
    if (model.screen.mode !== 'camera' && r.publisher) await this.revoke(r);
  }

  async close(sessionId: string): Promise<void> {
    const pending = this.rooms.take(sessionId);
    if (!pending) return;
    const r = await pending.catch(() => null);
    if (!r) return;
    if (r.publisher) clearTimeout(r.publisher.expires);
    await this.video({ request: 'destroy', room: r.room, secret: r.secret }).catch(() => {});
    log.info('camera-closed', { session: sessionId });
  }

  async closeAll(): Promise<void> {
    await Promise.all(this.rooms.sessions().map((id) => this.close(id)));
  }

  private async create(sessionId: string): Promise<CameraRoom> {
    const r: CameraRoom = { room: roomNumber(), secret: secret(), pin: secret(), publisher: null };
    await this.video({
      request: 'create',
      room: r.room,
      description: `makaverse ${sessionId}`,
      is_private: true,
      secret: r.secret,
      pin: r.pin,
      allowed: [],
      publishers: 1,
      bitrate: CAMERA_BITRATE,
      videocodec: 'vp8',
    });
    log.info('camera-opened', { session: sessionId });
    return r;
  }

  /** Removes the publisher's token and kicks them (their camera leaves the screen). */
  private async revoke(r: CameraRoom): Promise<void> {
    const p = r.publisher;
    if (!p) return;
    r.publisher = null;
    clearTimeout(p.expires);
    await this.video({
      request: 'allowed',
      action: 'remove',
      room: r.room,
      secret: r.secret,
      allowed: [p.token],
    });
    await this.video({ request: 'kick', room: r.room, secret: r.secret, id: p.id }).catch((e: unknown) => {
      if (!(e instanceof JanusError)) throw e; // Not (or no longer) in the room.
    });
  }

  /** An unused token stops admitting anyone; a joined publisher stays until revoked. */
  private forgetToken(sessionId: string, token: string): void {
    this.rooms
      .get(sessionId)
      ?.then((r) =>
        this.video({
          request: 'allowed',
          action: 'remove',
          room: r.room,
          secret: r.secret,
          allowed: [token],
        }),
      )
      .catch(() => {});
  }

  private video(body: Record<string, unknown>) {
    return this.api.request('janus.plugin.videoroom', { admin_key: this.adminKey, ...body });
  }
}
