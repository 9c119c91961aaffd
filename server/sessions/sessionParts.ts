// The public sessions of one game server: their hubs (one per session, the source of truth; across
// processes the lease holder's, see clusterHubs.ts), live voice when Janus is configured, what the
// `session` room needs and the HTTP routes. Built once by server/app.ts. Runs on the server.
import { matchMaker } from '@colyseus/core';
import { HALL_SHARD_SIZE } from '../../shared/protocol.ts';
import { REGISTRY } from '../../shared/registry.ts';
import type { Tokens } from '../auth/tokens.ts';
import type { Config } from '../config.ts';
import { sessionsRouter } from '../http/sessions.ts';
import type { SessionRoomDeps } from '../rooms/SessionRoom.ts';
import type { Cluster } from '../scale/cluster.ts';
import type { Store } from '../store/store.ts';
import { JanusApi } from '../voice/janusApi.ts';
import { VoiceService } from '../voice/voiceService.ts';
import { createClusterHubs } from './clusterHubs.ts';
import type { HubDeps } from './hub.ts';
import { createSessionHubs } from './hubs.ts';

/** A sample of a live session's attendance every minute. */
const ATTENDANCE_EVERY_MS = 60_000;

export type SessionOptions = {
  /** Attendance sample interval of live sessions, ms (default one minute). */
  attendanceEveryMs?: number;
  /** Avatars per hall shard (default HALL_SHARD_SIZE). */
  shardSize?: number;
  /** Events between two stored snapshots of a session's model (default SESSION_SNAPSHOT_EVERY). */
  snapshotEvery?: number;
};

/** Public sessions: one hub per session (the source of truth) and what the `session` room needs. */
export function sessionParts(
  config: Config,
  store: Store,
  tokens: Tokens,
  now: () => number,
  cluster: Cluster,
  options: SessionOptions = {},
) {
  const voice = config.voice
    ? new VoiceService({
        api: new JanusApi(config.voice.janusUrl),
        publicUrl: config.voice.publicUrl,
        adminKey: config.voice.adminKey,
        bitrate: config.voice.bitrate,
        recordingsDir: config.voice.recordingsDir,
        presence: () => matchMaker.presence,
      })
    : null;
  const hubDeps: HubDeps = {
    voice: voice ?? undefined,
    store,
    presence: () => matchMaker.presence,
    now,
    attendanceEveryMs: options.attendanceEveryMs ?? ATTENDANCE_EVERY_MS,
    snapshotEvery: options.snapshotEvery ?? config.retention.snapshotEvery,
  };
  // Several processes: each session's hub on the process its lease names, forwarded to from the others.
  const hubs = cluster.hubLinks
    ? createClusterHubs({ hub: hubDeps, presence: hubDeps.presence, ...cluster.hubLinks })
    : createSessionHubs(hubDeps);
  const room: SessionRoomDeps = {
    store,
    hubs,
    tokens,
    users: store.users,
    now,
    shardSize: options.shardSize ?? HALL_SHARD_SIZE,
    allowedOrigins: config.corsOrigins,
    voice,
  };
  const router = sessionsRouter({
    sessions: store.sessions,
    users: store.users,
    tokens,
    audit: store.audit,
    registry: REGISTRY,
    now,
    attendance: hubs.attendance,
    recordings: voice?.recorder,
  });
  return { hubs, room, router, voice };
}
export type SessionParts = ReturnType<typeof sessionParts>;
