// Creates a session's media in Janus: a private AudioBridge room (secret, pin, an empty token list,
// voice-activity detection on) and a private Streaming mountpoint that the room's mix is RTP-forwarded
// into (Opus), which every listener watches. Only the voice service calls it. Runs on the server.

import { roomNumber, secret } from './roomsBySession.ts';
import { TALKING_DETECTION } from './talkingWatch.ts';

export type MediaRoomIds = { room: number; secret: string; pin: string; stream: number; streamPin: string };
type Request = (body: Record<string, unknown>) => Promise<Record<string, unknown>>;

/** `bitrate`: Opus bits/s of speakers and the mix. `bridge` / `stream`: plugin requests with the admin key. */
export async function createMediaRoom(
  sessionId: string,
  bitrate: number,
  janus: { bridge: Request; stream: Request },
): Promise<MediaRoomIds> {
  const r: MediaRoomIds = {
    room: roomNumber(),
    secret: secret(),
    pin: secret(),
    stream: roomNumber(),
    streamPin: secret(),
  };
  const mount = await janus.stream({
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
  await janus.bridge({
    request: 'create',
    room: r.room,
    description: `makaverse ${sessionId}`,
    is_private: true,
    secret: r.secret,
    pin: r.pin,
    allowed: [],
    sampling_rate: 16_000,
    default_bitrate: bitrate,
    ...TALKING_DETECTION,
  });
  await janus.bridge({
    request: 'rtp_forward',
    room: r.room,
    secret: r.secret,
    host: '127.0.0.1',
    port,
    codec: 'opus',
    ptype: 100,
    always_on: true,
  });
  return r;
}

/** The port Janus bound for the mountpoint's audio (port 0 asks it to pick one). */
function forwardPort(created: Record<string, unknown>): number {
  const stream = created.stream as { ports?: Array<{ port?: number }> } | undefined;
  const port = stream?.ports?.[0]?.port;
  if (typeof port !== 'number') throw new Error('janus did not say which port the mountpoint listens on');
  return port;
}
