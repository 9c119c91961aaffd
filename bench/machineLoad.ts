// Machine-wide CPU use during a measurement window (Linux /proc/stat), so that a run disturbed by
// other work on the machine (a browser test, a build) shows as such in the results. Runs in Node.
import { readFileSync } from 'node:fs';

/** Busy and total CPU time of all cores since boot, ms; null where /proc is missing. */
function cpuTimesMs(): { busy: number; total: number } | null {
  try {
    const line = readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '';
    const ticks = line.trim().split(/\s+/).slice(1).map(Number);
    const idle = (ticks[3] ?? 0) + (ticks[4] ?? 0); // idle + iowait
    const total = ticks.slice(0, 8).reduce((a, b) => a + b, 0);
    const MS_PER_TICK = 10; // USER_HZ is 100 on Linux
    return { busy: (total - idle) * MS_PER_TICK, total: total * MS_PER_TICK };
  } catch {
    return null;
  }
}

/**
 * Starts a window; the returned function gives the CPU the whole machine spent in it, in "% of a
 * core" (200 = both cores of a 2-core machine fully busy), or null where unknown.
 */
export function machineCpu(): () => number | null {
  const start = cpuTimesMs();
  const t0 = performance.now();
  return () => {
    const end = cpuTimesMs();
    if (!start || !end) return null;
    return ((end.busy - start.busy) / (performance.now() - t0)) * 100;
  };
}
