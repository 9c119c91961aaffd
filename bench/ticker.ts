// One shared clock for every bot: each acts in its own slots of a TICK_MS grid. Separate setIntervals
// of equal period drift into phase in Node (timers that fire in one batch are re-armed together), so
// every bot would move in the same instant: half the patches would be empty, the other half hold
// everyone. Ticks missed while the event loop was busy are caught up, so rates hold. Runs in Node.

export const TICK_MS = 10;
/** After a longer stall, skip ahead instead of bursting. */
const MAX_CATCH_UP_TICKS = 50;

export type Ticked = { tick(n: number): void };

const active = new Set<Ticked>();
let timer: ReturnType<typeof setInterval> | undefined;
let startedAt = 0;
let ticks = 0;

function run(): void {
  const due = Math.floor((performance.now() - startedAt) / TICK_MS);
  if (due - ticks > MAX_CATCH_UP_TICKS) ticks = due - 1;
  while (ticks < due) {
    ticks++;
    for (const t of active) t.tick(ticks);
  }
}

export function schedule(t: Ticked): void {
  active.add(t);
  if (timer) return;
  startedAt = performance.now();
  ticks = 0;
  timer = setInterval(run, TICK_MS);
  timer.unref(); // never what keeps the process alive
}

export function unschedule(t: Ticked): void {
  active.delete(t);
  if (active.size > 0 || !timer) return;
  clearInterval(timer);
  timer = undefined;
}
