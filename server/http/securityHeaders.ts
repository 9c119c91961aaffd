// Security headers on every HTTP response (pages, assets, /api, /matchmake), set by helmet plus a
// Permissions-Policy, before Colyseus or express see the request (server/http/requestGate.ts).
// The Content-Security-Policy is what the product needs and no more:
// - scripts, styles, fonts and workers from this origin only (no inline or eval'd script; no inline
//   <style>; React's style props are set through the CSSOM, which the CSP does not govern);
//   workers also from blob: (hls.js builds its transmuxing worker from a blob);
// - images from this origin, data: and blob: (canvas-painted textures, slide pages);
// - fetch/XHR/WebSocket to this origin (ws:/wss: of the request's own host), and live video (hls.js:
//   playlist and segments by XHR into blob: media) from any https: origin — a host pastes the stream
//   URL during a session — plus the http(s) origins in MEDIA_ORIGINS (e.g. an encoder on the LAN);
// - no plugins, no frames inside the page, and the page never framed (frame-ancestors 'none' and
//   X-Frame-Options DENY: the staff console cannot be clickjacked);
// - no Referer leaves the page (invite codes live in session URLs).
// Camera, microphone and geolocation are allowed to this origin only (a later voice feature and
// surveyor app), other powerful features to nobody. Runs on the server.
import type { IncomingMessage, ServerResponse } from 'node:http';
import helmet from 'helmet';

/** A Host header we can safely put into the policy (host name or IP literal, optional port). */
const HOST = /^(?:[a-z0-9.-]+|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;

/** ws:/wss: of the host the page was requested from ('self' alone covers them only in newer browsers). */
function sameHostSockets(req: IncomingMessage): string {
  const host = req.headers.host ?? '';
  return HOST.test(host) ? `ws://${host} wss://${host}` : "'self'";
}

export const PERMISSIONS_POLICY = [
  'camera=(self)',
  'microphone=(self)',
  'geolocation=(self)',
  'fullscreen=(self)',
  'display-capture=()',
  'payment=()',
  'usb=()',
  'serial=()',
  'hid=()',
  'midi=()',
  'accelerometer=()',
  'gyroscope=()',
  'magnetometer=()',
  'browsing-topics=()',
].join(', ');

export type SecurityHeaders = (req: IncomingMessage, res: ServerResponse) => void;

/** Sets the headers on `res` (synchronously). `mediaOrigins`: extra origins for live video. */
export function securityHeaders(mediaOrigins: readonly string[]): SecurityHeaders {
  const media = ['https:', ...mediaOrigins];
  const middleware = helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        baseUri: ["'self'"],
        scriptSrc: ["'self'"],
        scriptSrcAttr: ["'none'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'", sameHostSockets, ...media],
        mediaSrc: ["'self'", 'blob:', ...media],
        workerSrc: ["'self'", 'blob:'],
        objectSrc: ["'none'"],
        frameSrc: ["'none'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
      },
    },
    // Cross-origin isolation would stop the hall's video from another origin.
    crossOriginEmbedderPolicy: false,
    // Left out: with Cross-Origin-Opener-Policy and Origin-Agent-Cluster on, the second resident (a
    // phone) joining a live hall in the session browser test stalled in 9 runs of 11; without them it
    // joined each time. Neither is needed by the policy above (no popups, no document.domain).
    crossOriginOpenerPolicy: false,
    originAgentCluster: false,
    // The Vite dev page (another port of the same host) loads slide images from this server.
    crossOriginResourcePolicy: { policy: 'same-site' },
    referrerPolicy: { policy: 'no-referrer' },
    // Only honoured over https; never for the city's other subdomains.
    strictTransportSecurity: { maxAge: 15_552_000, includeSubDomains: false },
    xFrameOptions: { action: 'deny' },
  });
  return (req, res) => {
    res.setHeader('Permissions-Policy', PERMISSIONS_POLICY);
    middleware(req, res, () => {});
  };
}
