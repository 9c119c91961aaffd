// Where the game server's WebSocket lives (client only): the page's origin in production, the game
// server's port in dev (Vite serves the page on 5173), or VITE_SERVER_URL when configured.
export function serverUrl(): string {
  const configured = import.meta.env.VITE_SERVER_URL as string | undefined;
  if (configured) return configured;
  return import.meta.env.DEV ? `${location.protocol}//${location.hostname}:2567` : location.origin;
}
