// A public answer computed at most once per `freshMs` per key, however many residents ask at once:
// callers within the window share the same promise. A computation that fails is forgotten at once
// (the next caller tries again). At most `maxKeys` keys are held; the oldest is dropped first.
// Runs on the server.

export type RecentAnswers<T> = (key: string, nowMs: number, compute: () => Promise<T>) => Promise<T>;

export function recentAnswers<T>(freshMs: number, maxKeys = 200): RecentAnswers<T> {
  const held = new Map<string, { at: number; body: Promise<T> }>();
  return (key, nowMs, compute) => {
    const found = held.get(key);
    if (found && nowMs - found.at < freshMs) return found.body;
    held.delete(key);
    const body = compute();
    const entry = { at: nowMs, body };
    held.set(key, entry);
    body.catch(() => {
      if (held.get(key) === entry) held.delete(key);
    });
    while (held.size > maxKeys) held.delete(held.keys().next().value as string);
    return body;
  };
}
