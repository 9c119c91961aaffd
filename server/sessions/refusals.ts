// Audit of refused privileged actions, aggregated so a client repeating one cannot make the server
// write a row per message. Contract, per window of `windowMs` (one minute): the first refusal of each
// (actor, action) is written at once, as 'session.refused' {do, role} (an alert is never late);
// repeats are only counted, and when the window ends each actor with repeats gets ONE row
// 'session.refused' {count, actions: {do: n}, repeated: true}. At most MAX_ACTORS actors are tracked
// per window; refusals of further actors go to one row of actor '*'. So a window writes at most
// (distinct actions + 1) rows per actor and a bounded number in all. Runs on the server.

export type RefusalWrite = (actor: string, detail: Record<string, unknown>, atMs: number) => Promise<void>;

type Tally = { written: Set<string>; repeats: Map<string, number> };

/** Actors tracked per window; beyond, counted under '*'. */
const MAX_ACTORS = 200;
const OTHERS = '*';

export class RefusalAudit {
  private tallies = new Map<string, Tally>();
  private windowStartMs: number | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private flushing: Promise<void> = Promise.resolve();

  private readonly write: RefusalWrite;
  private readonly now: () => number;
  private readonly windowMs: number;

  constructor(write: RefusalWrite, now: () => number, windowMs = 60_000) {
    this.write = write;
    this.now = now;
    this.windowMs = windowMs;
  }

  /** A refused action of `actor` (its audit name) with its role; writes at most one row now. */
  record(actor: string, what: { do: string; role: string }): Promise<void> {
    const nowMs = this.now();
    if (this.windowStartMs !== null && nowMs >= this.windowStartMs + this.windowMs) void this.flush();
    if (this.windowStartMs === null) this.open(nowMs);
    const key = this.tallies.has(actor) || this.tallies.size < MAX_ACTORS ? actor : OTHERS;
    let tally = this.tallies.get(key);
    if (!tally) {
      tally = { written: new Set(), repeats: new Map() };
      this.tallies.set(key, tally);
    }
    if (key !== OTHERS && !tally.written.has(what.do)) {
      tally.written.add(what.do);
      return this.write(actor, { do: what.do, role: what.role }, nowMs);
    }
    tally.repeats.set(what.do, (tally.repeats.get(what.do) ?? 0) + 1);
    return Promise.resolve();
  }

  /** Writes the window's repeat counts and starts a new window. */
  flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    const tallies = this.tallies;
    this.tallies = new Map();
    const startedAt = this.windowStartMs;
    this.windowStartMs = null;
    const atMs = this.now();
    this.flushing = this.flushing.then(async () => {
      for (const [actor, t] of tallies) {
        if (t.repeats.size === 0) continue;
        const actions = Object.fromEntries(t.repeats);
        const count = [...t.repeats.values()].reduce((a, b) => a + b, 0);
        await this.write(actor, { count, actions, repeated: true, since: startedAt }, atMs);
      }
    });
    return this.flushing;
  }

  private open(nowMs: number): void {
    this.windowStartMs = nowMs;
    this.timer = setTimeout(() => void this.flush(), this.windowMs);
    this.timer.unref();
  }
}
