// Voice settings from the environment (read by server/config.ts). Voice is on only when JANUS_URL is
// set; then JANUS_PUBLIC_URL and JANUS_ADMIN_KEY are required too. Runs on the server.
import { resolve } from 'node:path';
import { z } from 'zod';

export type VoiceEnv = {
  /** Janus's HTTP API as this server reaches it, e.g. http://127.0.0.1:8088/janus. */
  janusUrl: string;
  /** Janus's WebSocket API as the browsers reach it, e.g. wss://kota.example/janus-ws. */
  publicUrl: string;
  /** The admin_key of Janus's AudioBridge and Streaming plugins (ops/janus/, rendered by `npm run janus`). */
  adminKey: string;
  /** Opus bitrate of speakers and the mix, bits/s. */
  bitrate: number;
  /** Absolute folder of consented recordings (Janus writes .mjr there, the server converts and serves). */
  recordingsDir: string;
};

const Env = z.object({
  JANUS_URL: z.url({ protocol: /^https?$/ }),
  JANUS_PUBLIC_URL: z.url({ protocol: /^wss?$/ }),
  JANUS_ADMIN_KEY: z.string().regex(/^[A-Za-z0-9_-]{8,128}$/, 'letters, digits, - and _; 8 to 128'),
  VOICE_BITRATE: z.coerce.number().int().min(8000).max(128_000).default(24_000),
  VOICE_RECORDINGS_DIR: z.string().default('data/recordings'),
});

/** null when voice is off (no JANUS_URL); a list of problems when it is misconfigured. */
export function parseVoiceEnv(
  env: Record<string, string | undefined>,
): { voice: VoiceEnv | null } | { problems: string[] } {
  const present = Object.fromEntries(
    Object.keys(Env.shape).flatMap((k) => {
      const v = env[k]?.trim();
      return v ? [[k, v]] : [];
    }),
  ) as Record<string, string>;
  if (present.JANUS_URL === undefined) return { voice: null };
  const parsed = Env.safeParse(present);
  if (!parsed.success) {
    const secret = new Set(['JANUS_ADMIN_KEY']);
    return {
      problems: parsed.error.issues.map((i) => {
        const key = String(i.path[0]);
        const shown = secret.has(key) ? '<hidden>' : JSON.stringify(present[key] ?? '');
        return `${key}=${shown}: ${i.message}`;
      }),
    };
  }
  const e = parsed.data;
  return {
    voice: {
      janusUrl: e.JANUS_URL,
      publicUrl: e.JANUS_PUBLIC_URL,
      adminKey: e.JANUS_ADMIN_KEY,
      bitrate: e.VOICE_BITRATE,
      recordingsDir: resolve(e.VOICE_RECORDINGS_DIR),
    },
  };
}

/** The origin the page's CSP must allow to connect to (ws: or wss: of JANUS_PUBLIC_URL). */
export function voiceOrigin(voice: VoiceEnv | undefined): string[] {
  if (!voice) return [];
  const u = new URL(voice.publicUrl);
  return [`${u.protocol}//${u.host}`];
}
