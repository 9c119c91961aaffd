// `npm run janus`: starts Debian's Janus (apt-get install -y janus) with the repository's config
// (ops/janus/, rendered into data/janus/) for the server beside it. Ports and key from the same
// environment the server reads: JANUS_URL's port (HTTP API, default 8088), JANUS_PUBLIC_URL's port
// (WebSocket, default 8188), JANUS_ADMIN_KEY (required), JANUS_RTP_BASE (first of 3000 UDP ports,
// default 20000). Stops Janus on Ctrl-C / SIGTERM.
import { resolve } from 'node:path';
import { startJanus } from '../server/voice/janusConfig.ts';

const portOf = (url: string | undefined, fallback: number) => {
  const port = url ? Number(new URL(url).port) : 0;
  return port > 0 ? port : fallback;
};

const adminKey = process.env.JANUS_ADMIN_KEY ?? '';
if (!/^[A-Za-z0-9_-]{8,128}$/.test(adminKey)) {
  process.stderr.write(
    'JANUS_ADMIN_KEY must be set (8–128 letters, digits, - or _), the same as for the server.\n',
  );
  process.exit(1);
}
const settings = {
  http: portOf(process.env.JANUS_URL, 8088),
  ws: portOf(process.env.JANUS_PUBLIC_URL, 8188),
  rtpBase: Number(process.env.JANUS_RTP_BASE ?? 20_000),
  adminKey,
  configDir: resolve('data/janus'),
};
const janus = await startJanus(settings, (line) => process.stdout.write(line));
process.stderr.write(
  `Janus berjalan: HTTP ${settings.http}, WebSocket ${settings.ws} (config: data/janus)\n`,
);
const stop = () => {
  janus.kill('SIGTERM');
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
janus.once('exit', (code) => process.exit(code ?? 0));
