// What the public sees of a point's source: only its kind — 'push', 'connector', 'staff',
// 'simulator' — never the key id, connector id or username after the colon (the stored source and
// the audit log keep those). Runs on the server.
export function publicSource(source: string): string {
  return source.split(':', 1)[0] ?? source;
}
